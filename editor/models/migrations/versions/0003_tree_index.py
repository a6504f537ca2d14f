"""A covering index for the page-tree query.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = [
    "page_id",
    "language_code",
    "title",
    "status",
    "changed_locally",
    "server_updated_at",
    "local_updated_at",
]


def upgrade() -> None:
    """Opening a region reads the tree from this index and never touches the large text columns."""
    op.execute(f"CREATE INDEX IF NOT EXISTS ix_translation_tree ON translation ({', '.join(_COLUMNS)})")


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_translation_tree", "translation")
