"""Mean score per run and a stable key per finding, for history listings and run comparisons.

Existing runs get their mean score computed from their results, and existing findings their key
(SHA-256 of rule, pointer and message); providers and rules get an index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 1000


def _key(rule: str, pointer: str, message: str) -> str:
    # Frozen copy of qa_checker.store.records.finding_key as it was when this migration was written.
    return hashlib.sha256("\x00".join((rule, pointer, message)).encode("utf-8")).hexdigest()


def upgrade() -> None:
    """Add and fill runs.mean_score and findings.finding_key; index results.provider and findings.rule."""
    op.add_column("runs", sa.Column("mean_score", sa.Float, nullable=True))
    op.add_column("findings", sa.Column("finding_key", sa.String(64), nullable=False, server_default=""))
    connection = op.get_bind()
    runs = sa.table("runs", sa.column("id", sa.Integer), sa.column("mean_score", sa.Float))
    results = sa.table("results", sa.column("run_id", sa.Integer), sa.column("score", sa.Float))
    means = connection.execute(
        sa.select(results.c.run_id, sa.func.avg(results.c.score))
        .where(results.c.score.is_not(None))
        .group_by(results.c.run_id)
    ).all()
    for run_id, mean in means:
        connection.execute(runs.update().where(runs.c.id == run_id).values(mean_score=round(float(mean), 1)))
    findings = sa.table(
        "findings",
        sa.column("run_id", sa.Integer),
        sa.column("result_position", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("rule", sa.String),
        sa.column("pointer", sa.Text),
        sa.column("message", sa.Text),
        sa.column("finding_key", sa.String),
    )
    rows = connection.execute(
        sa.select(
            findings.c.run_id,
            findings.c.result_position,
            findings.c.position,
            findings.c.rule,
            findings.c.pointer,
            findings.c.message,
        )
    ).all()
    update = (
        findings.update()
        .where(
            findings.c.run_id == sa.bindparam("r"),
            findings.c.result_position == sa.bindparam("rp"),
            findings.c.position == sa.bindparam("p"),
        )
        .values(finding_key=sa.bindparam("k"))
    )
    for start in range(0, len(rows), BATCH):
        connection.execute(
            update,
            [{"r": r[0], "rp": r[1], "p": r[2], "k": _key(r[3], r[4], r[5])} for r in rows[start : start + BATCH]],
        )
    op.create_index("ix_results_provider", "results", ["provider"])
    op.create_index("ix_findings_rule", "findings", ["rule"])


def downgrade() -> None:
    """Remove what upgrade added."""
    op.drop_index("ix_findings_rule", "findings")
    op.drop_index("ix_results_provider", "results")
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("finding_key")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("mean_score")
