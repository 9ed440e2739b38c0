"""Watch mode ingests only what is new, and remembers what it has seen across restarts."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from conflictwatch.cli import main
from conflictwatch.store import Store
from conflictwatch.watch import SeenState, Watcher

from .ingest.test_feeds import ITEMS, _FeedServer, feed_server, rss  # noqa: F401 (fixture)

pytest.importorskip("conflictwatch.extract.events", exc_type=ImportError,
                    reason="the extractor (conflictwatch.extract.events) is not importable yet")

MORE = {
    "en": ("Teachers march in Arequipa for school repairs",
           "<p>Some three thousand teachers marched through Arequipa on Thursday to demand "
           "repairs to schools damaged by the rains, the regional union said.</p>",
           "https://news.example.org/2024/05/arequipa-march", "Thu, 16 May 2024 11:00:00 GMT"),
    "es": ("Docentes marchan en Arequipa por colegios dañados",
           "<p>Unos tres mil docentes marcharon el jueves por Arequipa para exigir la reparación "
           "de los colegios dañados por las lluvias, informó el sindicato regional.</p>",
           "https://noticias.example.org/2024/05/marcha-arequipa", "Thu, 16 May 2024 11:00:00 GMT"),
}

FILES = {
    "en": ["Bus drivers in La Paz went on strike on Monday over the price of diesel, leaving "
           "thousands of commuters without transport.",
           "Police detained 9 people on Wednesday after a protest against a landfill in "
           "Cochabamba turned violent."],
    "es": ["Los choferes de La Paz iniciaron un paro el lunes por el precio del diésel y "
           "dejaron sin transporte a miles de pasajeros.",
           "La policía detuvo el miércoles a 9 personas tras una protesta contra un relleno "
           "sanitario en Cochabamba que terminó en enfrentamientos."],
}


def _urls(store):
    rows, _ = store.list_reports(limit=None)
    return sorted(r["url"] for r in rows if r.get("url"))


def _n_reports(store):
    return store.list_reports(limit=None)[1]


def _poll(sources, db, state, **kw):
    """One poll by a fresh watcher (as after a restart)."""
    store = Store(db)
    watcher = Watcher(sources, store=store, state_path=state, **kw)
    try:
        return watcher.poll(), store
    finally:
        watcher.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_feed_file_items_are_ingested_once_across_restarts(tmp_path, lang):
    db, state = f"sqlite:///{tmp_path / 'cw.db'}", tmp_path / "cw.watch.sqlite"
    feed = tmp_path / "wire.rss"
    feed.write_text(rss(lang), encoding="utf-8")
    first, store = _poll([feed], db, state)
    assert (first.new, first.seen_before) == (2, 0) and first.events >= 2
    assert _urls(store) == sorted(i[2] for i in ITEMS[lang])
    store.close()

    again, store = _poll([feed], db, state)           # restart, feed unchanged: not re-read
    assert (again.read, again.new, again.seen_before) == (0, 0, 0)
    store.close()

    feed.write_text(rss(lang, items=[MORE[lang], *ITEMS[lang]]), encoding="utf-8")
    os.utime(feed, ns=(feed.stat().st_atime_ns, feed.stat().st_mtime_ns + 10**9))
    third, store = _poll([feed], db, state)           # restart, one new item on top
    assert (third.read, third.new, third.seen_before) == (1, 1, 2)
    assert _n_reports(store) == 3 and MORE[lang][2] in _urls(store)
    assert SeenState(state).n_seen() == 3
    store.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_watched_folder_picks_up_only_new_files(tmp_path, lang):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(FILES[lang][0], encoding="utf-8")
    db, state = f"sqlite:///{tmp_path / 'cw.db'}", tmp_path / "state.sqlite"
    first, store = _poll([inbox], db, state, published="2024-05-20")
    assert first.new == 1
    store.close()
    (inbox / "b.txt").write_text(FILES[lang][1], encoding="utf-8")
    (inbox / "copy-of-a.txt").write_text(FILES[lang][0], encoding="utf-8")   # same text
    second, store = _poll([inbox], db, state, published="2024-05-20")
    assert (second.read, second.new, second.seen_before) == (1, 1, 1)
    assert _n_reports(store) == 2
    store.close()


def test_feed_url_is_polled_with_conditional_requests_across_restarts(tmp_path):
    db, state = f"sqlite:///{tmp_path / 'cw.db'}", tmp_path / "s.sqlite"
    with _FeedServer(rss("es")) as server:
        url = f"{server.url}/feed.rss"
        first, store = _poll([url], db, state)
        store.close()
        second, store = _poll([url], db, state)
        store.close()
        server.body = rss("es", items=[MORE["es"], *ITEMS["es"]]).encode("utf-8")
        third, store = _poll([url], db, state)
        assert server.hits == [200, 304, 200]
    assert (first.new, second.read, third.new, third.seen_before) == (2, 0, 1, 2)
    assert _n_reports(store) == 3
    store.close()


def test_watch_command_once_then_restart(tmp_path):
    feed = tmp_path / "feed.atom"
    feed.write_text(rss("en"), encoding="utf-8")
    db = tmp_path / "cw.db"
    runner = CliRunner()
    first = runner.invoke(main, ["watch", str(feed), "--db", str(db), "--once"])
    assert first.exit_code == 0, first.output
    assert "2 new reports" in first.stderr
    assert (tmp_path / "cw.db.watch.sqlite").exists()
    feed.write_text(rss("en", items=[MORE["en"], *ITEMS["en"]]), encoding="utf-8")
    os.utime(feed, ns=(feed.stat().st_atime_ns, feed.stat().st_mtime_ns + 10**9))
    second = runner.invoke(main, ["watch", str(feed), "--db", str(db), "--once",
                                  "--workers", "2"])
    assert second.exit_code == 0, second.output
    assert "1 new reports" in second.stderr and "Seen before (not read again): 2" in second.stderr


def test_run_loop_polls_on_its_interval(tmp_path):
    feed = tmp_path / "wire.rss"
    feed.write_text(rss("en"), encoding="utf-8")
    store = Store(f"sqlite:///{tmp_path / 'cw.db'}")
    watcher = Watcher([feed], store=store, state_path=tmp_path / "s.sqlite")
    sleeps, summaries = [], []
    watcher.run(60, max_polls=3, report=summaries.append, sleep=sleeps.append)
    watcher.close()
    store.close()
    assert [s.new for s in summaries] == [2, 0, 0] and len(sleeps) == 2
    assert all(55 < s <= 60 for s in sleeps)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_archives_dropped_in_a_watched_folder_are_ingested_once(tmp_path, lang):
    from .ingest.test_warc import build_warc
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    build_warc(inbox / "crawl-1.warc.gz", lang, gz=True)
    db, state = f"sqlite:///{tmp_path / 'cw.db'}", tmp_path / "s.sqlite"
    first, store = _poll([inbox], db, state, workers=2)
    assert first.new == 2 and first.skipped == {"E105": 1}       # the menu page
    assert _urls(store) == [f"https://example.org/{lang}/miners", f"https://example.org/{lang}/nurses"]
    store.close()
    build_warc(inbox / "crawl-2.warc.gz", lang, gz=True)           # a recrawl of the same pages
    second, store = _poll([inbox], db, state)
    assert (second.new, second.seen_before) == (0, 2) and _n_reports(store) == 2
    store.close()


def test_a_feed_list_is_read_as_feeds_not_stored_as_a_report(tmp_path, feed_server):
    """``watch feeds.txt``: every line of the list is polled (a URL and a file beside the list);
    the list itself never becomes a report."""
    db, state = f"sqlite:///{tmp_path / 'cw.db'}", tmp_path / "cw.watch.sqlite"
    (tmp_path / "wire-es.rss").write_text(rss("es"), encoding="utf-8")
    with feed_server(rss("en")) as server:
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# our feeds\n{server.url}/feed.rss\n\nwire-es.rss\n", encoding="utf-8")
        first, store = _poll([str(feeds)], db, state)
        assert first.new == 4
        assert _urls(store) == sorted(i[2] for i in ITEMS["en"] + ITEMS["es"])
        assert all(r["path"] != str(feeds) for r in store.list_reports(limit=None)[0])
        store.close()
        again, store = _poll([str(feeds)], db, state)    # the feed answers 304, the file is unchanged
        assert again.new == 0 and server.hits[-1] == 304
        store.close()


def test_a_text_report_is_not_taken_for_a_feed_list(tmp_path):
    from conflictwatch.watch import expand_sources, is_feed_list
    report = tmp_path / "report.txt"
    report.write_text(FILES["en"][0], encoding="utf-8")
    assert not is_feed_list(report)
    assert expand_sources([str(report)]) == [str(report)]
