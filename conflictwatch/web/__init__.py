"""The server-rendered observatory (Jinja2 templates, vendored Leaflet, no CDN)."""
