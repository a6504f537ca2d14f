"""Status from content: each translation records the source text it was last brought up to date with.

* ``translation.content_hash``: the hash of the normalised current text (kept by the unit of work);
  for texts unchanged since the last pull it is the base hash already, so it is copied, not computed;
* ``translation.source_hash``: the hash of the source language's text the translation was last
  brought up to date with (NULL: never recorded, as in every working copy before 0007; ``""``:
  outdated with a base nobody knows);
* ``source_text``: those source texts, once per hash (for the "what changed in the source" diff);
* the page tree's covering index gains both hashes, so the tree's state marks read no text.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_TREE = [
    "page_id",
    "language_code",
    "title",
    "status",
    "changed_locally",
    "server_updated_at",
    "local_updated_at",
]


def upgrade() -> None:
    """Add the hashes, the source texts and the wider tree index."""
    with op.batch_alter_table("translation", recreate="never") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("source_hash", sa.String(64), nullable=True))
    op.execute(
        "UPDATE translation SET content_hash = base_hash WHERE changed_locally = 0 AND base_hash IS NOT NULL"
    )
    op.create_table(
        "source_text",
        sa.Column("hash", sa.String(64), primary_key=True),
        sa.Column("content", sa.Text(), nullable=False),
    )
    op.create_index("ix_translation_source_hash", "translation", ["source_hash"])
    op.execute("DROP INDEX IF EXISTS ix_translation_tree")
    columns = ", ".join([*_TREE, "content_hash", "source_hash"])
    op.execute(f"CREATE INDEX ix_translation_tree ON translation ({columns})")


def downgrade() -> None:
    """Back to 0006 (the recorded bases are lost; the desk reconstructs them from history again)."""
    op.execute("DROP INDEX IF EXISTS ix_translation_tree")
    op.drop_index("ix_translation_source_hash", "translation")
    op.drop_table("source_text")
    with op.batch_alter_table("translation") as batch:
        batch.drop_column("source_hash")
        batch.drop_column("content_hash")
    op.execute(f"CREATE INDEX ix_translation_tree ON translation ({', '.join(_TREE)})")
