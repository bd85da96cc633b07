"""The first history store: runs, their results and their findings.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables."""
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("complete", sa.Boolean, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("run_at", sa.DateTime, nullable=True),
        sa.Column("generated_at", sa.String(64), nullable=True),
        sa.Column("command", sa.String(32), nullable=False),
        sa.Column("tool_version", sa.String(64), nullable=False),
        sa.Column("rubric_id", sa.String(200), nullable=False),
        sa.Column("rubric_version", sa.String(64), nullable=False),
        sa.Column("rubric_sha256", sa.String(64), nullable=True),
        sa.Column("descriptors", sa.Integer, nullable=False),
        sa.Column("passed", sa.Integer, nullable=False),
        sa.Column("failed", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("personal_data_kept", sa.Boolean, nullable=False),
        sa.Column("options", sa.JSON, nullable=False),
        sa.Column("report", sa.JSON, nullable=False),
    )
    op.create_table(
        "results",
        sa.Column("run_id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("descriptor_id", sa.Text, nullable=True),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("provider", sa.Text, nullable=True),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("document", sa.JSON, nullable=False),
        sa.Column("data", sa.JSON, nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_results_run", ondelete="CASCADE"),
    )
    op.create_index("ix_results_descriptor_id", "results", ["descriptor_id"])
    op.create_table(
        "findings",
        sa.Column("run_id", sa.Integer, primary_key=True),
        sa.Column("result_position", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("rule", sa.String(32), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("element", sa.String(64), nullable=True),
        sa.Column("pointer", sa.Text, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("waived", sa.Boolean, nullable=False),
        sa.Column("document", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id", "result_position"],
            ["results.run_id", "results.position"],
            name="fk_findings_result",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Drop the three tables."""
    op.drop_table("findings")
    op.drop_table("results")
    op.drop_table("runs")
