"""Every translation's links kept beside its text (ADR 0038).

``translation_link`` holds, per translation, its links with their offsets and labels, packed
(:func:`editor.text.links.pack_links`; "" for a text without links). The unit of work writes it with
the search index on every write of a text; a region-wide link check reads these rows instead of
100 MB of HTML. The rows of existing translations are computed here.

The tree index ``ix_translation_tree`` gets the slug as its last column, so the region's page addresses
(every translation's page, language and slug) are read from the index instead of a scan of the table
with all its texts.

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
#: ``ix_translation_tree`` as 0007 made it.
_TREE = (
    "page_id, language_code, title, status, changed_locally, server_updated_at, local_updated_at, "
    "content_hash, source_hash"
)


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
    op.execute("DROP INDEX IF EXISTS ix_translation_tree")
    op.execute(f"CREATE INDEX ix_translation_tree ON translation ({_TREE}, slug)")
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(  # as bytes: a damaged text must not stop the upgrade
            sa.text(
                "SELECT id, CAST(content AS BLOB) FROM translation WHERE id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last, "n": _BATCH},
        ).all()
        if not rows:
            return
        kept = []
        for tid, content in rows:
            try:
                kept.append({"id": tid, "links": pack_links(bytes(content or b"").decode("utf-8"))})
            except UnicodeDecodeError:  # no row: the link check reads that text (and says it cannot)
                continue
        if kept:
            bind.execute(
                sa.text("INSERT INTO translation_link (translation_id, links) VALUES (:id, :links)"), kept
            )
        last = rows[-1][0]


def downgrade() -> None:
    """Drop the table; the tree index as before."""
    op.drop_table("translation_link")
    op.execute("DROP INDEX IF EXISTS ix_translation_tree")
    op.execute(f"CREATE INDEX ix_translation_tree ON translation ({_TREE})")
