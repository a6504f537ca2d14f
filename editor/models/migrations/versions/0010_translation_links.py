"""Every translation's links kept beside its text (ADR 0038).

``translation_link`` holds, per translation, its links with their offsets and labels, packed
(:func:`editor.text.links.pack_links`; "" for a text without links). The unit of work writes it with
the search index on every write of a text; a region-wide link check reads these rows instead of
100 MB of HTML. The rows of existing translations are computed here.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_BATCH = 2000


def upgrade() -> None:
    """Add the table and fill it from the texts, a batch at a time."""
    from editor.text.links import pack_links

    op.create_table(
        "translation_link",
        sa.Column(
            "translation_id",
            sa.Integer,
            sa.ForeignKey("translation.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("links", sa.Text, nullable=False),
    )
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.text("SELECT id, content FROM translation WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        bind.execute(
            sa.text("INSERT INTO translation_link (translation_id, links) VALUES (:id, :links)"),
            [{"id": tid, "links": pack_links(content or "")} for tid, content in rows],
        )
        last = rows[-1][0]


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("translation_link")
