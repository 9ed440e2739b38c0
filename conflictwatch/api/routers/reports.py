"""/api/v1/reports: list, one report (text + evidence), and upload (extract, merge, store)."""
from __future__ import annotations

import hashlib
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from ...errors import BadDate, BadRequest, ConflictWatchError, EmptyInput
from ...records import Report
from ..caching import NOT_MODIFIED, cached_json
from ..deps import StoreDep, WriterDep, fetch, page
from ..schemas import ListOut, ReportDetail, ReportIn, ReportOut, list_dumper

REPORT_LIST = list_dumper(ReportOut)

router = APIRouter(prefix="/reports", tags=["reports"])
HINT = "List reports with GET /api/v1/reports."


@router.get("", response_model=ListOut[ReportOut], summary="Reports, newest first", responses=NOT_MODIFIED)
def list_reports(request: Request, store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 50,
                 offset: Annotated[int, Query(ge=0)] = 0):
    return cached_json(request, REPORT_LIST(page(store.list_reports(limit=limit, offset=offset))))


@router.get("/{report_id}", response_model=ReportDetail,
            summary="One report: its text, its events and their evidence offsets")
def get_report(report_id: int, store: StoreDep):
    return report_detail(store, report_id)


def report_detail(store, report_id: int) -> dict:
    """The stored report plus ``evidence`` spans (one per sentence, with its event) and the
    merged ``events`` its mentions feed."""
    r = dict(fetch(store.get_report, "report", report_id, HINT))
    spans, event_ids = [], []
    for m in r.get("mentions") or []:
        eid = m.get("event_id")
        if eid is not None and eid not in event_ids:
            event_ids.append(eid)
        for e in m.get("evidence") or []:
            spans.append({"event_id": eid, "mention_id": m.get("id"), "type": m.get("type"),
                          "start": e.get("start"), "end": e.get("end"), "sentence": e.get("sentence")})
    r["evidence"] = spans
    events = []
    for eid in event_ids:
        try:
            events.append(store.get_event(eid))
        except ConflictWatchError:
            pass
    r["events"] = events
    return r


def build_report(body: ReportIn) -> Report:
    """A ``Report`` from an upload: plain text, or HTML reduced to its article text."""
    published = None
    if body.published:
        try:
            published = date.fromisoformat(body.published[:10])
        except ValueError:
            raise BadDate(f"'{body.published}' is not a date; give published as YYYY-MM-DD.") from None
    from ...ingest._dates import plausible_date
    published = plausible_date(published, what="published")
    title, html = body.title, body.html
    if html:
        from ...ingest.html import clean_html
        cleaned = clean_html(html)
        text, title = cleaned.text, title or cleaned.title
        published = published or plausible_date(cleaned.published, what="the page's date")
    else:
        text = body.text or ""
    if not text.strip():
        raise EmptyInput("The report holds no text: send 'text' (plain text) or 'html' (a web page).")
    if body.lang and body.lang not in ("en", "es"):
        from ...errors import UnsupportedLanguage
        raise UnsupportedLanguage(f"'{body.lang}' is not read; send lang 'en' or 'es', or leave it out.")
    doc_id = body.doc_id or "upload-" + hashlib.sha1(text.encode()).hexdigest()[:12]
    return Report(doc_id=doc_id, text=text.strip(), title=title, published=published,
                  lang=body.lang, source=body.source, url=body.url, html=html)


async def _read_body(request: Request) -> ReportIn:
    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data") or ctype.startswith("application/x-www-form-urlencoded"):
            form = await request.form()
            fields = {k: v for k, v in form.items() if isinstance(v, str) and v != ""}
            upload = form.get("file")
            if upload is not None and not isinstance(upload, str):
                from ...ingest._decode import decode_bytes
                raw = decode_bytes(await upload.read(), path=upload.filename)
                name = (upload.filename or "").lower()
                is_html = name.endswith((".html", ".htm", ".xhtml")) or "<html" in raw[:2000].lower()
                fields["html" if is_html else "text"] = raw
                fields.setdefault("doc_id", (upload.filename or "upload").rsplit(".", 1)[0] or None)
            return ReportIn(**fields)
        return ReportIn.model_validate_json(await request.body() or b"{}")
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise BadRequest(f"Bad report upload ({where}: {first.get('msg')}). Send JSON "
                         "{\"text\": ..., \"published\": \"YYYY-MM-DD\"} or a multipart 'file'.") from None


@router.post("", response_model=ReportDetail, status_code=201,
             summary="Upload a report (JSON text/html, or a multipart file): extracted, merged, stored",
             openapi_extra={"requestBody": {"content": {
                 "application/json": {"schema": ReportIn.model_json_schema()},
                 "multipart/form-data": {"schema": {"type": "object", "properties": {
                     "file": {"type": "string", "format": "binary"},
                     "published": {"type": "string"}, "lang": {"type": "string"}}}}}}})
async def create_report(request: Request, store: StoreDep, who: WriterDep):
    body = await _read_body(request)
    # reading (HTML cleaning) and extraction run in a worker process under
    # settings.max_report_seconds (E115), storing in a thread: the event loop stays free
    result = await request.app.state.upload_extractor.run(build_and_extract, body)
    ref = await run_in_threadpool(store.ingest_report, result.report, result.events)
    return await run_in_threadpool(report_detail, store, _report_id(ref))


def build_and_extract(body: ReportIn):
    """An upload's report and its events (run in an upload worker)."""
    from ...pipeline import extract_report
    return extract_report(build_report(body))


def _report_id(ref) -> int:
    """The stored report's id, whatever shape ingest_report returns it in."""
    if isinstance(ref, int):
        return ref
    if isinstance(ref, dict):
        return int(ref.get("report_id") or ref.get("id"))
    for attr in ("report_id", "id"):
        if hasattr(ref, attr):
            return int(getattr(ref, attr))
    raise TypeError(f"unexpected ingest_report result {ref!r}")
