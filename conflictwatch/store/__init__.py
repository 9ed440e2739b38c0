"""Storage: SQLAlchemy 2 models, Alembic migrations and queries (SQLite or PostgreSQL).

``Store.open(url)`` opens and migrates a database; see ``store.py`` for the API and
docs/store.md for the schema.
"""
from .store import COUNT_CAP, IngestOutcome, IngestSummary, ListPage, Store, content_hash

__all__ = ["Store", "IngestOutcome", "IngestSummary", "ListPage", "COUNT_CAP", "content_hash"]
