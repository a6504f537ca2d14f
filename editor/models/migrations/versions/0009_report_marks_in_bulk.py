"""The kept report's triggers note nothing while a unit of work notes its changes in bulk (ADR 0035).

Every trigger of 0008 gets the condition "no row ``page_id`` -2 in ``report_change``". The unit of work
writes that row, for the length of a bulk write, only after it has noted in the same transaction what
the triggers would have noted row by row (the whole region for a first import's new translations, the
pages of the bases a pull takes from the CMS's states), and deletes it before the transaction ends; other
connections never see it. One indexed look-up per written row instead of an ``INSERT OR REPLACE``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The condition every trigger gets (-2: ``editor.models.report_rows.NOTED_IN_BULK``).
_NOT_IN_BULK = "NOT EXISTS (SELECT 1 FROM report_change WHERE page_id = -2)"


def _triggers_0008() -> list[tuple[str, str, str]]:
    """0008's triggers (name, event, statement), read from that migration (one definition)."""
    spec = importlib.util.spec_from_file_location(
        "_report_rows_0008", Path(__file__).with_name("0008_report_rows.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module._TRIGGERS)


def _quiet(event: str) -> str:
    """``event`` with the bulk condition added to its WHEN clause (or as its WHEN clause)."""
    head, when, condition = event.partition(" WHEN ")
    return f"{head} WHEN ({condition}) AND {_NOT_IN_BULK}" if when else f"{event} WHEN {_NOT_IN_BULK}"


def upgrade() -> None:
    """Make each trigger of 0008 again with the bulk condition."""
    for name, event, statement in _triggers_0008():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {_quiet(event)} BEGIN {statement}; END")


def downgrade() -> None:
    """The triggers as 0008 made them."""
    for name, event, statement in _triggers_0008():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {statement}; END")
