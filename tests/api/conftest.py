from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conflictwatch.api.app import create_app
from conflictwatch.config import Settings

from .sample import build_store

TOKEN = "test-token-0123456789"


def make_settings(**kw) -> Settings:
    base = dict(api_token=TOKEN, admin_user="ana", admin_password="s3cret-pass",
                secret_key="x" * 40, max_upload_bytes=20_000, rate_limit_per_minute=0)
    base.update(kw)
    return Settings(**base)


@pytest.fixture()
def store(tmp_path):
    s = build_store(f"sqlite:///{tmp_path / 'cw.db'}")
    yield s
    s.close()


@pytest.fixture()
def client(store):
    with TestClient(create_app(make_settings(), store)) as c:
        yield c


@pytest.fixture()
def auth():
    return {"Authorization": f"Bearer {TOKEN}"}
