"""login sessions and failed logins in the database

Revision ID: 0008_login_sessions
Revises: 0007_review_and_timeline_indexes
Create Date: 2026-12-04

``login_sessions``: the review login's live sessions (random id, who, expiry as Unix time).
They were kept in the memory of one server process, so with ``serve --workers N`` an
analyst logged in on one worker was sent to the login page by the others, and a logout
ended the session in one process only. ``login_failures``: failed logins by address and by
account name, so that the lockout counts every process's failures together.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_login_sessions'
down_revision = '0007_review_and_timeline_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_sessions",
        sa.Column("sid", sa.String(64), primary_key=True),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
    )
    op.create_index("ix_login_sessions_expires_at", "login_sessions", ["expires_at"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", sa.Float(), nullable=False),
    )
    op.create_index("ix_login_failures_key", "login_failures", ["kind", "who", "at"])


def downgrade() -> None:
    op.drop_index("ix_login_failures_key", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_index("ix_login_sessions_expires_at", table_name="login_sessions")
    op.drop_table("login_sessions")
