"""One settings object (pydantic-settings, env prefix CONFLICTWATCH_). Documented in docs/settings.md."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import BadSetting
from .records import SUPPORTED_LANGS


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONFLICTWATCH_", extra="ignore")

    database_url: str = Field("sqlite:///conflictwatch.db",
                              description="SQLAlchemy URL: sqlite:///file.db or postgresql+psycopg://user:pw@host/db")
    max_file_bytes: int = Field(20_000_000, description="Files larger than this are skipped (E104).")
    languages: list[str] = Field(default_factory=lambda: ["en", "es"],
                                 description="Languages the extractor reads; others are skipped (E108).")
    api_token: str | None = Field(None, description="Bearer token needed for API writes; unset = writes refused.")
    admin_user: str = Field("analyst", description="Login name for the web UI.")
    admin_password: str | None = Field(None, description="Login password for the web UI; unset = no login possible.")
    secret_key: str = Field("change-me", description="Key signing session cookies (32+ chars); unset or weak: a generated key kept in <db>.secret (SQLite), or E501 when a login is set on PostgreSQL.")
    max_upload_bytes: int = Field(2_000_000, description="Largest report accepted by the API / UI.")
    tile_url: str | None = Field(None, description="Optional map tile URL template; offline boundaries otherwise.")
    rate_limit_per_minute: int = Field(600, description="Requests per minute per client before 429 (0: no limit).")
    batch_size: int = Field(200, description="Reports per batch when streaming large inputs.")
    decider: str = Field("hybrid", description="Who keeps or drops event candidates: hybrid (rule thresholds "
                                               "decide, the learned model gives the confidence), learned, or rules.")
    max_report_seconds: float = Field(120, description="Seconds one report's extraction may take before E115 (0: no limit).")
    max_report_chars: int = Field(5_000_000, description="Reports with a longer text are skipped (E104).")

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, v: str) -> str:
        if not v.startswith(("sqlite", "postgresql")):
            raise ValueError("use sqlite:///path/to/file.db or postgresql+psycopg://user:pw@host/db")
        return v

    @field_validator("languages")
    @classmethod
    def _supported_languages(cls, v: list[str]) -> list[str]:
        bad = [x for x in v if x not in SUPPORTED_LANGS]
        if bad or not v:
            raise ValueError(f"languages must be among {', '.join(SUPPORTED_LANGS)} (got {v})")
        return v

    @field_validator("decider")
    @classmethod
    def _known_decider(cls, v: str) -> str:
        if v not in ("hybrid", "learned", "rules"):
            raise ValueError("must be hybrid, learned or rules")
        return v

    @field_validator("rate_limit_per_minute")
    @classmethod
    def _not_negative(cls, v: int) -> int:
        if v < 0:
            raise ValueError("must be 0 (no limit) or more")
        return v

    @field_validator("max_report_seconds")
    @classmethod
    def _seconds(cls, v: float) -> float:
        if v < 0 or v != v or v > 86_400:
            raise ValueError("must be 0 (no limit) up to 86400 seconds")
        return v

    @field_validator("max_file_bytes", "max_upload_bytes", "batch_size", "max_report_chars")
    @classmethod
    def _positive(cls, v: int) -> int:
        if v < 1:
            raise ValueError("must be 1 or more")
        return v


def load_settings(**overrides) -> Settings:
    """Settings from the environment (CONFLICTWATCH_*) and overrides; E501 when a value is bad."""
    try:
        return Settings(**overrides)
    except ValidationError as err:
        first = err.errors()[0]
        name = "CONFLICTWATCH_" + str(first["loc"][0]).upper() if first.get("loc") else "a setting"
        raise BadSetting(f"{name}: {first['msg']}. Fix the environment variable (see docs/settings.md).") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
