"""The highest run id ever given, so that a pruned run's id is never given to another run.

SQLite gives a new row the highest id in the table plus one, so a store whose newest runs were pruned
gave their ids again (PostgreSQL's sequence never does). Existing stores start from their newest run.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add run_ids, holding the newest run's id."""
    table = op.create_table("run_ids", sa.Column("last", sa.Integer(), nullable=False))
    newest = op.get_bind().execute(sa.text("SELECT max(id) FROM runs")).scalar()
    op.bulk_insert(table, [{"last": int(newest or 0)}])


def downgrade() -> None:
    """Remove what upgrade added."""
    op.drop_table("run_ids")
