"""One settings object (pydantic-settings, env prefix CONFLICTWATCH_). Documented in docs/settings.md."""
from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    secret_key: str = Field("change-me", description="Key signing session cookies and CSRF tokens.")
    max_upload_bytes: int = Field(2_000_000, description="Largest report accepted by the API / UI.")
    tile_url: str | None = Field(None, description="Optional map tile URL template; offline boundaries otherwise.")
    rate_limit_per_minute: int = Field(600, description="Requests per minute per client before 429.")
    batch_size: int = Field(200, description="Reports per batch when streaming large inputs.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
