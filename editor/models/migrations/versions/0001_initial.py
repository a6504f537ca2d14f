"""The first schema of a working copy.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_STATUS = sa.Enum("DRAFT", "REVIEW", "PUBLIC", name="status", native_enum=False, length=10)


def upgrade() -> None:
    """Create every table, the full-text index and the file's application id."""
    op.execute("PRAGMA application_id = 1229214539")  # 0x4944534B, "IDSK"
    op.create_table(
        "region",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("cms_url", sa.String(500), nullable=False),
    )
    op.create_table(
        "language",
        sa.Column("code", sa.String(20), primary_key=True),
        sa.Column("bcp47_tag", sa.String(40), nullable=False),
        sa.Column("native_name", sa.String(200), nullable=False),
        sa.Column(
            "direction",
            sa.Enum("LTR", "RTL", name="direction", native_enum=False, length=3),
            nullable=False,
        ),
        sa.Column("parent_code", sa.String(20), sa.ForeignKey("language.code"), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "page",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("archived", sa.Boolean, nullable=False),
        sa.Column("cms_page_id", sa.Integer, nullable=True, unique=True),
    )
    op.create_index("ix_page_parent_id", "page", ["parent_id"])
    op.create_table(
        "translation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("page_id", sa.Integer, sa.ForeignKey("page.id", ondelete="CASCADE"), nullable=False),
        sa.Column("language_code", sa.String(20), sa.ForeignKey("language.code"), nullable=False),
        sa.Column("title", sa.String(1024), nullable=False),
        sa.Column("slug", sa.String(1024), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("status", _STATUS, nullable=False),
        sa.Column("server_updated_at", sa.DateTime, nullable=True),
        sa.Column("base_token", sa.String(100), nullable=True),
        sa.Column("base_hash", sa.String(64), nullable=True),
        sa.Column("base_title", sa.String(1024), nullable=True),
        sa.Column("base_content", sa.Text, nullable=True),
        sa.Column("changed_locally", sa.Boolean, nullable=False),
        sa.Column("local_updated_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("page_id", "language_code"),
    )
    op.create_index("ix_translation_language_code", "translation", ["language_code"])
    op.create_table(
        "translation_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "translation_id",
            sa.Integer,
            sa.ForeignKey("translation.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("title", sa.String(1024), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("status", _STATUS, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.String(40), nullable=False),
    )
    op.create_index("ix_translation_version_translation_id", "translation_version", ["translation_id"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "translation_id",
            sa.Integer,
            sa.ForeignKey("translation.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("queued_at", sa.DateTime, nullable=False),
        sa.Column("minor_edit", sa.Boolean, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text, nullable=True),
    )
    # rowid = translation.id; body = the translation's text without markup.
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    """Drop everything (only for tests of the migration machinery)."""
    op.execute("DROP TABLE search_index")
    for table in ("outbox", "translation_version", "translation", "page", "language", "region"):
        op.drop_table(table)
