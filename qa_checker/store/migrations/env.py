"""Alembic environment of the history store: migrations run on the connection the store hands over.

The store opens the connection and its transaction (``BEGIN IMMEDIATE`` on SQLite, an advisory
lock on PostgreSQL) and commits it, so two processes upgrading one store at once take turns and
the second finds nothing left to do. No ``alembic.ini`` is involved.
"""

from __future__ import annotations

from alembic import context

VERSION_TABLE = "qa_checker_version"

connection = context.config.attributes["connection"]
context.configure(connection=connection, version_table=VERSION_TABLE, transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
