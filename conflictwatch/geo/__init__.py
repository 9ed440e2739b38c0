"""Places: the offline gazetteer (GeoNames, CC BY 4.0) and the resolver. See docs/geo.md."""
from conflictwatch.geo.gazetteer import Entry, Gazetteer
from conflictwatch.geo.resolver import Geocoder, PlaceMention

__all__ = ["Entry", "Gazetteer", "Geocoder", "PlaceMention"]
