"""Store commands of the CLI: ingest, events, conflicts, show, export (registered in cli.py)."""
from __future__ import annotations

import json
import sys

import click

from ..errors import ALL_ERRORS, BadDate, ConflictWatchError, ExtractionFailed
from ..progress import scale_options
from ..records import EVENT_TYPES, SUPPORTED_LANGS

PROGRESS_EVERY = 100   # reports between progress lines when stderr is not a terminal

db_option = click.option(
    "--db", "db", metavar="PATH|URL", default=None,
    help="SQLite file or SQLAlchemy URL (postgresql+psycopg://user:pw@host/db); "
         "default: CONFLICTWATCH_DATABASE_URL, else ./conflictwatch.db.")


def _open(db, must_exist: bool = True):
    """The store at ``--db``. Read commands (the default) refuse a SQLite file that does not
    exist (E305) rather than create an empty one; ``ingest`` creates it."""
    from . import Store
    try:
        return Store.open(db, must_exist=must_exist)
    except ConflictWatchError as err:
        raise click.ClickException(str(err)) from None


def parse_day(ctx, param, value):
    """``--from``/``--to``: a YYYY-MM-DD date, else E112 (never silently ignored)."""
    if value is None:
        return None
    import re
    from datetime import date
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        pass
    raise click.BadParameter(str(BadDate(
        f"'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2022-12-15).")))


def _filters(f):
    for opt in reversed([
        click.option("--type", "type_", type=click.Choice(EVENT_TYPES), multiple=True, help="Event type (repeatable)."),
        click.option("--country", metavar="ISO2", help="Country code, e.g. PE."),
        click.option("--admin1", help="First-level division as GeoNames names it, e.g. Cajamarca."),
        click.option("--from", "date_from", metavar="YYYY-MM-DD", callback=parse_day,
                     help="Events on or after this date."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", callback=parse_day,
                     help="Events on or before this date."),
        click.option("--conflict", "conflict_id", type=int, help="Only events of this conflict id."),
        click.option("--text", "q", metavar="WORDS", help="Full-text search: every word must occur."),
        click.option("--status", type=click.Choice(["new", "confirmed", "corrected", "rejected", "all"]),
                     help="Review status; default: every status but rejected."),
    ]):
        f = opt(f)
    return f


def _filter_kwargs(type_, country, admin1, date_from, date_to, conflict_id, q, status) -> dict:
    return {"type": list(type_) or None, "country": country, "admin1": admin1, "date_from": date_from,
            "date_to": date_to, "conflict_id": conflict_id, "q": q, "status": status}


@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date for reports that carry none of their own; a report stored "
                   "earlier without a date is extracted again with it.")
@click.option("--lang", type=click.Choice(["auto", *SUPPORTED_LANGS]), default="auto", show_default=True,
              help="Language of the reports; 'auto' identifies each one.")
@click.option("--retry-failed", is_flag=True, help="Also extract again every report stored as failed.")
@click.option("--quiet", "-q", is_flag=True, help="No per-report lines on stderr.")
@scale_options
def ingest(paths, db, published, lang, retry_failed, quiet, workers, engine, scheduler, batch_size):
    """Read, extract, merge and store the reports under PATHS (the inputs of `extract`).

    Idempotent: a report already stored (same content hash or URL) is skipped, so an
    interrupted run can simply be run again. A report whose extraction fails is stored with
    its error and retried by --retry-failed. Prints a JSON summary on stdout; the exit
    status is 1 when some input could not be read or extracted.
    """
    if not paths and not retry_failed:
        raise click.UsageError("give one or more PATHS to ingest (files, folders, or - for stdin), or --retry-failed.")
    from ..progress import RunProgress, estimate_total
    store = _open(db, must_exist=False)
    # a bar on a terminal, else a line every PROGRESS_EVERY reports (as `extract`)
    bar = RunProgress(quiet=quiet, total=estimate_total(paths) if paths and not quiet and sys.stderr.isatty()
                      else None, every=PROGRESS_EVERY, verb="ingested")

    def progress(item):
        if quiet:
            return
        if isinstance(item, ConflictWatchError):
            bar.error(item)
            return
        if item.status == "failed":
            err_type = ALL_ERRORS.get(item.error.get("code"), ExtractionFailed)
            bar.error(err_type(str(item.error.get("message")), path=item.doc_id))
            return
        if item.undated:
            click.echo(f"warning: {item.doc_id}: no publication date; events it dates only relatively "
                       "('on Sunday') were placed against the latest full date it states, or left out "
                       "if it states none. Run ingest again with --published YYYY-MM-DD to extract it "
                       "again with that date.", err=True)
        bar.report()

    try:
        if paths and (workers > 1 or engine != "local"):    # extraction in workers, one writer
            summary = _ingest_parallel(store, paths, published, lang, progress, workers=workers,
                                       engine=engine, scheduler=scheduler, batch_size=batch_size)
        else:
            summary = store.ingest_paths(paths, published=published, lang=lang, progress=progress) if paths else None
        retried = store.retry_failed(progress=progress) if retry_failed else None
    except ConflictWatchError as err:
        raise click.UsageError(str(err)) from None
    finally:
        bar.close()
    out = summary.to_dict() if summary else {}
    if retried is not None:
        out["retried"] = retried.to_dict()
    out.pop("errors", None)
    if "retried" in out:
        out["retried"].pop("errors", None)
    click.echo(json.dumps(out))
    bad = (summary.failed + summary.unreadable if summary else 0) + (retried.failed if retried else 0)
    sys.exit(1 if bad else 0)


def _ingest_parallel(store, paths, published, lang, progress, **options):
    """``ingest --workers N / --engine dask``: conflictwatch.parallel extracts, this process
    writes; the same summary as ``Store.ingest_paths``."""
    from ..parallel import RunSummary, ingest_results, iter_extract
    from .store import IngestSummary
    summary = IngestSummary()
    items = iter_extract(paths, published=published, lang=lang, **options)
    for outcome in ingest_results(store, items, RunSummary(), on_item=progress):
        if isinstance(outcome, ConflictWatchError):
            summary.unreadable += 1
            summary.errors.append(outcome.to_dict())
        else:
            store._count(summary, outcome)
    return summary


def _table(rows: list[dict], columns: list[tuple[str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table
    table = Table(*[title for _, title in columns], show_lines=False)
    for row in rows:
        table.add_row(*["" if row.get(k) is None else str(row.get(k)) for k, _ in columns])
    Console(width=200 if not sys.stdout.isatty() else None).print(table)


@click.command()
@db_option
@_filters
@click.option("--limit", type=int, default=50, show_default=True, help="Rows to show.")
@click.option("--offset", type=int, default=0, help="Rows to skip.")
@click.option("--sort", default="-date", show_default=True,
              help="date, id, confidence, n_sources or updated; a leading - sorts descending.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one event a line, instead of a table.")
def events(db, type_, country, admin1, date_from, date_to, conflict_id, q, status, limit, offset, sort, as_json):
    """List merged events, newest first."""
    store = _open(db)
    try:
        rows, total = found = store.list_events(**_filter_kwargs(type_, country, admin1, date_from, date_to, conflict_id, q,
                                                         status), limit=limit, offset=offset, sort=sort)
    except ValueError as err:
        raise click.UsageError(str(err)) from None
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    for row in rows:
        row["place"] = ", ".join(x for x in (row.get("location"), row.get("admin1"), row.get("country")) if x)
        row["what"] = row["type"] + (f" ({row['action']})" if row.get("action") else "")
    _table(rows, [("id", "id"), ("date", "date"), ("what", "type"), ("place", "place"),
                  ("fatalities", "dead"), ("n_sources", "sources"), ("conflict_id", "conflict"), ("status", "status")])
    click.echo(f"{len(rows)} of {'more than ' if found.count_capped else ''}"
               f"{total - 1 if found.count_capped else total} events", err=True)


@click.command()
@db_option
@click.option("--country", metavar="ISO2", help="Country code, e.g. PE.")
@click.option("--status", type=click.Choice(["active", "latent"]), help="Only active or latent conflicts.")
@click.option("--text", "q", metavar="WORDS", help="Words in the name, project, company or region.")
@click.option("--limit", type=int, default=50, show_default=True, help="Rows to show.")
@click.option("--offset", type=int, default=0, help="Rows to skip.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
def conflicts(db, country, status, q, limit, offset, as_json):
    """List conflicts, most recently active first."""
    store = _open(db)
    rows, total = found = store.list_conflicts(country=country, status=status, q=q, limit=limit, offset=offset)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    for row in rows:
        c = row["counters"] or {}
        row["span"] = f"{row.get('first_event') or '?'} – {row.get('last_event') or '?'}"
        row["dead"] = c.get("fatalities")
        row["soe"] = c.get("soe_days")
    _table(rows, [("id", "id"), ("name", "name"), ("span", "span"), ("status", "status"), ("n_events", "events"),
                  ("dead", "dead"), ("soe", "days of emergency")])
    click.echo(f"{len(rows)} of {'more than ' if found.count_capped else ''}"
               f"{total - 1 if found.count_capped else total} conflicts", err=True)


@click.command()
@click.argument("event_id", type=int)
@db_option
@click.option("--json", "as_json", is_flag=True, help="The event as one JSON object.")
def show(event_id, db, as_json):
    """Show one event with every source sentence it was drawn from."""
    store = _open(db)
    try:
        ev = store.get_event(event_id)
    except ConflictWatchError as err:
        raise click.ClickException(str(err)) from None
    if as_json:
        click.echo(json.dumps(ev, ensure_ascii=False, indent=1))
        return
    what = ev["type"] + (f" ({ev['action']})" if ev.get("action") else "")
    click.echo(f"event {ev['id']}: {what}  {ev.get('date') or '?'}" + (f" to {ev['date_end']}" if ev.get("date_end") else ""))
    click.echo("  place: " + (", ".join(x for x in (ev.get("location"), ev.get("admin1"), ev.get("country")) if x) or "?"))
    for slot in ("participants", "fatalities", "injuries", "arrests", "project", "company"):
        if ev.get(slot) is not None:
            click.echo(f"  {slot}: {ev[slot]}")
    if ev.get("actors"):
        click.echo("  actors: " + "; ".join(f"{a['name']} ({a['role']}, {a['kind']})" for a in ev["actors"]))
    if ev.get("issues"):
        click.echo("  issues: " + ", ".join(ev["issues"]))
    for slot, told in (ev.get("figures") or {}).items():
        click.echo(f"  {slot} as told: " + ", ".join(f"{f['value']} ({f['doc_id']})" for f in told))
    click.echo(f"  status: {ev['status']}  confidence: {ev['confidence']}  conflict: {ev.get('conflict_id')}")
    click.echo(f"  sources ({ev['n_sources']}):")
    for src in ev["sources"]:
        click.echo(f"  - [{src['doc_id']}] {src.get('published') or ''} {src.get('title') or ''}".rstrip())
        if src.get("sentence"):
            click.echo(f"      \"{src['sentence']}\" [{src['start']}:{src['end']}]")


@click.command()
@db_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["events-jsonl", "acled-csv", "plover-jsonl", "geojson"]),
              help="events-jsonl (SCHEMA + doc_ids), acled-csv, plover-jsonl or geojson; see docs/exports.md.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-",
              help="File to write; default stdout.")
@click.option("--acled-inter", type=click.Choice(["text", "numeric"]), default="text", show_default=True,
              help="acled-csv: inter1/inter2/interaction as ACLED's text labels ('Protesters', "
                   "'State forces-Protesters') or as the older numeric codes (6, 16).")
@click.option("--acled-spans", type=click.Choice(["first", "daily"]), default="first", show_default=True,
              help="acled-csv: an event over several days as one row on its first day, or one row a day.")
@_filters
def export(db, fmt, output, acled_inter, acled_spans, type_, country, admin1, date_from, date_to, conflict_id, q,
           status):
    """Export merged events (all but rejected ones, unless --status says otherwise)."""
    from ..export import export as do_export
    store = _open(db)
    kwargs = _filter_kwargs(type_, country, admin1, date_from, date_to, conflict_id, q, status)
    options = {"inter": acled_inter, "spans": acled_spans} if fmt == "acled-csv" else None
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")
    try:
        n = do_export(store, fmt, out, options=options, **kwargs)
    finally:
        if out is not sys.stdout:
            out.close()
    click.echo(f"{n} records written ({fmt})", err=True)


COMMANDS = (ingest, events, conflicts, show, export)


def register(group: click.Group) -> None:
    for cmd in COMMANDS:
        group.add_command(cmd)
