"""acled-csv as ACLED users read it: pandas with ACLED's column types, ACLED-style actor
names from English and Spanish reports, per-row timestamps, spans."""
from __future__ import annotations

import io

import pytest

from conflictwatch.errors import BadExportFormat
from conflictwatch.export import export
from conflictwatch.export.acled import COLUMNS, acled_row, acled_rows, write_acled_csv
from tests.store.cases import (AREQUIPA_STRIKE, CONGA_PROTEST, CONGA_SOE, CONGA_STRIKE, EN_BLOCKADE,
                               ES_BLOCKADE, blockade_events, conga_events)

pd = pytest.importorskip("pandas")

# the column types of ACLED's exports (text columns as str, codes and counts as integers)
ACLED_DTYPES = {
    "event_id_cnty": str, "year": "int64", "time_precision": "int64", "disorder_type": str,
    "event_type": str, "sub_event_type": str, "actor1": str, "assoc_actor_1": str, "inter1": str,
    "actor2": str, "assoc_actor_2": str, "inter2": str, "interaction": str, "civilian_targeting": str,
    "iso": "int64", "region": str, "country": str, "admin1": str, "admin2": str, "admin3": str,
    "location": str, "latitude": "float64", "longitude": "float64", "geo_precision": "int64",
    "source": str, "source_scale": str, "notes": str, "fatalities": "int64", "tags": str,
    "timestamp": "int64",
}


@pytest.fixture
def filled(store):
    for rep in (CONGA_STRIKE, CONGA_SOE, CONGA_PROTEST, AREQUIPA_STRIKE):
        store.ingest_report(rep, conga_events(rep))
    for rep in (EN_BLOCKADE, ES_BLOCKADE):
        store.ingest_report(rep, blockade_events(rep))
    return store


def read(text: str):
    return pd.read_csv(io.StringIO(text), dtype=ACLED_DTYPES, parse_dates=["event_date"], keep_default_na=False,
                       na_values={"latitude": [""], "longitude": [""]})


def test_pandas_reads_the_csv_with_acleds_types(filled):
    buf = io.StringIO()
    n = export(filled, "acled-csv", buf)
    df = read(buf.getvalue())
    assert list(df.columns) == list(COLUMNS) and len(df) == n == 6
    assert str(df["event_date"].dtype).startswith("datetime64")
    assert set(df["inter1"]) <= {"State forces", "Protesters", "Rioters", "Civilians", "External/Other forces"}
    assert (df.loc[df["actor2"] == "", "inter2"] == "0").all()
    assert not df["actor1"].isin(["Protesters", "Police", "Manifestantes", "comuneros", "farmers"]).any()
    assert (df["timestamp"] > 1_600_000_000).all()
    # the numeric form reads with integer inter codes
    buf = io.StringIO()
    export(filled, "acled-csv", buf, options={"inter": "numeric"})
    num = pd.read_csv(io.StringIO(buf.getvalue()), dtype={**ACLED_DTYPES, "inter1": "int64", "inter2": "int64",
                                                           "interaction": "int64"},
                      keep_default_na=False, na_values={"latitude": [""], "longitude": [""]})
    assert set(num["inter1"]) <= {1, 5, 6, 7, 8} and (num.loc[num["actor2"] == "", "inter2"] == 0).all()


def test_timestamp_is_each_events_last_change(filled):
    rows = list(filled.iter_events())
    stamps = {r["id"]: acled_row(r)["timestamp"] for r in rows}
    assert all(isinstance(v, int) for v in stamps.values())
    first = rows[0]
    later = dict(first, updated_at="2030-01-02T03:04:05+00:00")
    assert acled_row(later)["timestamp"] == 1893553445 != stamps[first["id"]]


@pytest.mark.parametrize("name,kind,expected", [
    ("Manifestantes", "community", ("Protesters (Peru)", "")),
    ("protesters", "community", ("Protesters (Peru)", "")),
    ("comuneros", "community", ("Protesters (Peru)", "Farmers (Peru)")),
    ("farmers", "community", ("Protesters (Peru)", "Farmers (Peru)")),
    ("estudiantes universitarios", "civil_society", ("Protesters (Peru)", "Students (Peru)")),
])
def test_crowds_get_acled_names_in_both_languages(name, kind, expected):
    row = {"id": 1, "type": "protest", "date": "2023-03-13", "country": "PE",
           "actors": [{"name": name, "role": "initiator", "kind": kind}]}
    out = acled_row(row, timestamp=0)
    assert (out["actor1"], out["assoc_actor_1"]) == expected and out["inter1"] == "Protesters"


@pytest.mark.parametrize("police", ["Police", "la Policía Nacional", "riot police", "agentes de la PNP"])
def test_forces_in_a_crackdown_are_actor2_with_the_government_period(police):
    row = {"id": 2, "type": "crackdown", "date": "2023-01-09", "country": "PE", "fatalities": 2,
           "actors": [{"name": police, "role": "initiator", "kind": "security_forces"},
                      {"name": "manifestantes", "role": "target", "kind": "community"}]}
    out = acled_row(row, timestamp=0)
    assert out["actor1"] == "Protesters (Peru)" and out["actor2"] == "Police Forces of Peru (2022-2025)"
    assert out["interaction"] == "State forces-Protesters"
    assert out["sub_event_type"] == "Excessive force against protesters"


def test_a_riot_names_the_crowd_rioters():
    row = {"id": 3, "type": "riot", "date": "2023-01-09", "country": "PE",
           "actors": [{"name": "pobladores", "role": "initiator", "kind": "community"}]}
    out = acled_row(row, timestamp=0)
    assert (out["actor1"], out["inter1"], out["interaction"]) == ("Rioters (Peru)", "Rioters", "Rioters only")


def test_spans_first_day_by_default_or_one_row_a_day():
    row = {"id": 9, "type": "strike", "date": "2023-03-01", "date_end": "2023-03-03", "country": "PE",
           "fatalities": 1, "actors": []}
    (one,) = acled_rows(row)
    assert one["event_date"] == "2023-03-01" and "span=2023-03-01/2023-03-03" in one["tags"]
    daily = acled_rows(row, spans="daily")
    assert [r["event_date"] for r in daily] == ["2023-03-01", "2023-03-02", "2023-03-03"]
    assert [r["event_id_cnty"] for r in daily] == ["PER9-1", "PER9-2", "PER9-3"]
    assert sum(r["fatalities"] for r in daily) == 1
    month = dict(row, date="2023-03", date_end="2023-04")   # not day-precise: one row
    assert len(acled_rows(month, spans="daily")) == 1


@pytest.mark.parametrize("iso2,name,region", [("CD", "Democratic Republic of Congo", "Middle Africa"),
                                              ("CZ", "Czech Republic", "Europe"),
                                              ("TL", "East Timor", "Southeast Asia"),
                                              ("PE", "Peru", "South America")])
def test_country_and_region_as_acled_writes_them(iso2, name, region):
    out = acled_row({"id": 1, "type": "protest", "date": "2023", "country": iso2, "actors": []}, timestamp=0)
    assert (out["country"], out["region"]) == (name, region)


@pytest.mark.parametrize("opts", [{"inter": "words"}, {"spans": "weekly"}])
def test_bad_options_are_a_coded_error(opts):
    with pytest.raises(BadExportFormat) as err:
        write_acled_csv([], io.StringIO(), **opts)
    assert err.value.code == "E304" and "--acled-" in err.value.message
