"""Alembic environment: migrations always run on a connection handed in by ``editor.models.db``."""

from __future__ import annotations

from alembic import context

from editor.models.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
