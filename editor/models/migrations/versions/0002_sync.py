"""Sync state: what the last pull saw per translation, conflicts, and region-wide sync metadata.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``sync_state``, ``conflict`` and ``sync_meta`` (existing data is untouched)."""
    op.create_table(
        "sync_state",
        sa.Column(
            "translation_id",
            sa.Integer,
            sa.ForeignKey("translation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("token", sa.String(1200), nullable=True),
        sa.Column("short_link_id", sa.Integer, nullable=True),
        sa.Column("status", sa.String(20), nullable=True),
        sa.Column("title", sa.String(1024), nullable=True),
        sa.Column("slug", sa.String(1024), nullable=True),
        sa.Column("date", sa.Date, nullable=True),
        sa.Column("base_status", sa.String(20), nullable=True),
        sa.Column("dropped", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("seen_at", sa.DateTime, nullable=True),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("message", sa.Text, nullable=True),
    )
    op.create_table(
        "conflict",
        sa.Column(
            "translation_id",
            sa.Integer,
            sa.ForeignKey("translation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("theirs_title", sa.String(1024), nullable=False),
        sa.Column("theirs_content", sa.Text, nullable=False),
        sa.Column("theirs_token", sa.String(1200), nullable=True),
        sa.Column("theirs_status", sa.String(20), nullable=True),
        sa.Column("detected_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sync_meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    """Drop the sync tables."""
    for table in ("sync_meta", "conflict", "sync_state"):
        op.drop_table(table)
