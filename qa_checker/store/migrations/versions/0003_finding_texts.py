"""The texts a finding's message and hint were made from (message ids and arguments), so a comparison of
stored runs shows them in any language.

Existing findings get none: their messages are shown as stored, in English.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add findings.texts."""
    op.add_column("findings", sa.Column("texts", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Remove what upgrade added."""
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("texts")
