"""Content quality: online link-check results, "still valid" confirmations, the report cache.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def _translation_key() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "translation_id", sa.Integer, sa.ForeignKey("translation.id", ondelete="CASCADE"), primary_key=True
    )


def upgrade() -> None:
    """Add ``link_check``, ``translation_confirmation`` and ``quality_cache`` (nothing else changes)."""
    op.create_table(
        "link_check",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("status", sa.Integer, nullable=True),
        sa.Column("final_url", sa.String(2048), nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("checked_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "translation_confirmation",
        _translation_key(),
        sa.Column("confirmed_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "quality_cache",
        _translation_key(),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(200), nullable=False, server_default=""),
        sa.Column("result", sa.Text, nullable=False),
        sa.Column("links_context", sa.String(64), nullable=False, server_default=""),
        sa.Column("links", sa.Text, nullable=False, server_default="[]"),
    )


def downgrade() -> None:
    """Drop the three tables."""
    for table in ("quality_cache", "translation_confirmation", "link_check"):
        op.drop_table(table)
