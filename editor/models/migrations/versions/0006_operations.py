"""The outbox holds typed operations (edit text, create/move/archive/restore a page, set a status).

Existing outbox rows become ``edit_text`` operations with their minor-edit flag, attempts and error.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``operation``, move the outbox into it, drop ``outbox``."""
    op.create_table(
        "operation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("page_id", sa.Integer(), sa.ForeignKey("page.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "translation_id", sa.Integer(), sa.ForeignKey("translation.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("payload", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("conflict", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_operation_page_id", "operation", ["page_id"])
    op.create_index("ix_operation_translation_id", "operation", ["translation_id"])
    op.execute(
        "INSERT INTO operation (kind, page_id, translation_id, payload, queued_at, attempts, last_error, "
        "conflict) SELECT 'edit_text', t.page_id, o.translation_id, "
        "CASE WHEN o.minor_edit THEN '{\"minor_edit\": true}' ELSE '{\"minor_edit\": false}' END, "
        "o.queued_at, o.attempts, o.last_error, 0 "
        "FROM outbox o JOIN translation t ON t.id = o.translation_id "
        "ORDER BY o.queued_at, o.id"
    )
    op.drop_table("outbox")


def downgrade() -> None:
    """Back to the text-only outbox (structure operations are lost)."""
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "translation_id", sa.Integer(), sa.ForeignKey("translation.id", ondelete="CASCADE"), unique=True
        ),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("minor_edit", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.execute(
        "INSERT INTO outbox (translation_id, queued_at, minor_edit, attempts, last_error) "
        "SELECT translation_id, min(queued_at), 0, max(attempts), max(last_error) FROM operation "
        "WHERE kind = 'edit_text' GROUP BY translation_id"
    )
    op.drop_table("operation")
