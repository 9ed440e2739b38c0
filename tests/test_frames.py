"""conflictwatch.to_pandas on what extract() and the store give, and the coded error without pandas."""
from __future__ import annotations

import pytest

import conflictwatch
from conflictwatch.errors import MissingExtra
from tests.store.cases import CONGA_PROTEST, CONGA_STRIKE, conga_events

pd = pytest.importorskip("pandas")

TEXTS = {
    "en": "Hundreds of farmers blocked the highway to Espinar on Monday, 13 March 2023, demanding water. "
          "Police said two officers were injured.",
    "es": "Unos 500 comuneros bloquearon el lunes 13 de marzo de 2023 la carretera a Espinar para exigir agua.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_extraction_results_become_one_row_per_event(lang):
    results = conflictwatch.extract(TEXTS[lang], published="2023-03-14", lang=lang)
    df = conflictwatch.to_pandas(results)
    n = sum(len(r.events) for r in results)
    assert len(df) == n > 0
    assert list(df.columns[:4]) == ["doc_id", "type", "action", "date"]
    assert str(df["fatalities"].dtype) == "Int64" and str(df["date_first"].dtype).startswith("datetime64")
    assert (df["lang"] == lang).all()


def test_store_listings_become_a_frame(store):
    for rep in (CONGA_STRIKE, CONGA_PROTEST):
        store.ingest_report(rep, conga_events(rep))
    listing = store.list_events(limit=None)
    rows, _ = listing
    df = conflictwatch.to_pandas(listing)
    assert len(df) == len(rows) > 0 and {"id", "doc_ids", "updated_at"} <= set(df.columns)
    assert df["participants"].isna().any() or str(df["participants"].dtype) == "Int64"
    assert conflictwatch.to_pandas([]).empty
    assert len(conflictwatch.to_pandas(store.iter_events())) == len(rows)


def test_without_pandas_the_error_says_which_extra(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "pandas", None)   # what Python does when pandas is absent
    with pytest.raises(MissingExtra) as err:
        conflictwatch.to_pandas([])
    assert err.value.code == "E502" and "conflictwatch[pandas]" in err.value.message
