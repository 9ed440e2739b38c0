"""FastAPI dependencies: the store, the settings, the write check and id validation."""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..config import Settings
from ..errors import NotFound
from .security import check_bearer


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request):
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Any, Depends(get_store)]


#: the OpenAPI security scheme of the write routes (Swagger UI's Authorize button); the
#: check itself is ``check_bearer`` on the raw header, so errors stay coded (E401)
bearer_scheme = HTTPBearer(auto_error=False, scheme_name="bearerAuth",
                           description="The API token (CONFLICTWATCH_API_TOKEN), sent as 'Authorization: Bearer <token>'.")


def require_token(request: Request, settings: SettingsDep,
                  _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)] = None) -> str:
    """API writes need ``Authorization: Bearer <settings.api_token>`` (E401 otherwise)."""
    check_bearer(request.headers.get("authorization"), settings)
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
