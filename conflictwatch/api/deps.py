"""FastAPI dependencies: the store, the settings, the write check and id validation."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header, Request

from ..config import Settings
from ..errors import NotFound
from .security import check_bearer


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request):
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Any, Depends(get_store)]


def require_token(settings: SettingsDep,
                  authorization: Annotated[str | None, Header()] = None) -> str:
    """API writes need ``Authorization: Bearer <settings.api_token>`` (E401 otherwise)."""
    check_bearer(authorization, settings)
    return "api"


WriterDep = Annotated[str, Depends(require_token)]


def found(row, what: str, id_: int, hint: str):
    """404 (E302) when the store has no such record."""
    if row is None:
        raise NotFound(f"No {what} with id {id_}. {hint}")
    return row


def fetch(getter, what: str, id_: int, hint: str):
    try:
        row = getter(id_)
    except (KeyError, LookupError):
        row = None
    return found(row, what, id_, hint)


def page(rows_and_count) -> dict:
    """Normalise a store listing (``(rows, count)`` or a list) to ``{"data", "count", "count_capped"}``."""
    if isinstance(rows_and_count, tuple) and len(rows_and_count) == 2:
        rows, count = rows_and_count
    else:
        rows = list(rows_and_count)
        count = len(rows)
    # a store listing stops counting past COUNT_CAP matches: count is then a lower bound
    return {"data": list(rows), "count": int(count),
            "count_capped": bool(getattr(rows_and_count, "count_capped", False))}
