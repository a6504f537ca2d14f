"""The quality report's finished rows kept between runs, and what changed since (ADR 0032).

* ``report_row``: one finished row per page × language (missing translations included), as the last
  complete report computed it; age and "stale" are not kept (they depend on the day of the report);
* ``report_state``: the key the rows were computed under (versions, glossary, dictionaries), the
  change sequence they include, the link context they were resolved against and the region's page
  index of that context (paths, archived pages, statuses), packed;
* ``report_change``: per page, the sequence number of its latest change (``page_id`` -1: a change
  that concerns the whole region — tree, slugs, statuses, languages, online link results). Triggers
  write it on every write of the tables a row depends on, whatever code path writes them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_WIDE = "INSERT OR REPLACE INTO report_change (page_id) VALUES (-1)"
_PAGE = "INSERT OR REPLACE INTO report_change (page_id) VALUES ({})"
#: (trigger name, event, the statement it runs)
_TRIGGERS = [
    ("report_translation_insert", "AFTER INSERT ON translation", _WIDE),
    ("report_translation_delete", "AFTER DELETE ON translation", _WIDE),
    ("report_translation_update", "AFTER UPDATE ON translation", _PAGE.format("NEW.page_id")),
    (
        "report_translation_address",
        "AFTER UPDATE OF page_id, language_code, slug, status ON translation WHEN "
        "OLD.page_id IS NOT NEW.page_id OR OLD.language_code IS NOT NEW.language_code OR "
        "OLD.slug IS NOT NEW.slug OR OLD.status IS NOT NEW.status",
        _WIDE,
    ),
    ("report_page_insert", "AFTER INSERT ON page", _WIDE),
    ("report_page_delete", "AFTER DELETE ON page", _WIDE),
    (
        "report_page_update",
        "AFTER UPDATE OF parent_id, archived ON page WHEN "
        "OLD.parent_id IS NOT NEW.parent_id OR OLD.archived IS NOT NEW.archived",
        _WIDE,
    ),
    *[(f"report_{table}_{event.lower()}", f"AFTER {event} ON {table}", _WIDE)
      for table in ("language", "region", "link_check") for event in ("INSERT", "UPDATE", "DELETE")],
    *[
        (
            f"report_confirmation_{event.lower()}",
            f"AFTER {event} ON translation_confirmation",
            # a translation deleted with its confirmation: the whole region (its delete is a wide change)
            _PAGE.format(f"coalesce((SELECT page_id FROM translation WHERE id = {row}.translation_id), -1)"),
        )
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
    ],
]  # fmt: skip


def upgrade() -> None:
    """Add the three tables and the triggers that fill ``report_change``."""
    op.create_table(
        "report_row",
        sa.Column("page_id", sa.Integer, primary_key=True),
        sa.Column("language_code", sa.String(20), primary_key=True),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("words", sa.Integer, nullable=True),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("measure", sa.String(10), nullable=True),
        sa.Column("spelling", sa.Integer, nullable=True),
        sa.Column("broken_links", sa.Integer, nullable=False),
        sa.Column("link_problems", sa.Integer, nullable=False),
        sa.Column("qa_warnings", sa.Integer, nullable=True),
        sa.Column("last_changed", sa.String(40), nullable=True),
    )
    op.create_table(
        "report_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("context", sa.String(64), nullable=False),
        sa.Column("page_index", sa.LargeBinary, nullable=True),
    )
    op.execute(
        "CREATE TABLE report_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, page_id INTEGER NOT NULL UNIQUE)"
    )
    for name, event, statement in _TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {statement}; END")


def downgrade() -> None:
    """Drop the triggers and the three tables."""
    for name, _event, _statement in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in ("report_change", "report_state", "report_row"):
        op.drop_table(table)
