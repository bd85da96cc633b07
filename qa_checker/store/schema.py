"""The tables of the history store, as the newest migration leaves them (SQLAlchemy Core).

Queries are written against these; the migrations under ``migrations/versions`` create and change
the real tables, and a test holds the two equal.

- ``runs``: one row per run: its stamp, options, counts and the report's top-level blocks;
  ``complete`` is set in the same transaction as the run's results, and every reader ignores
  runs without it.
- ``results``: one row per descriptor of a run, keyed ``(run_id, position)`` in run order, with
  the columns runs are compared and searched by (descriptor id, provider, content hash, source)
  and its ``results[]`` entry of the JSON contract without findings.
- ``run_ids``: one row, the highest run id ever given (SQLite would give a pruned newest run's id again;
  PostgreSQL's sequence never does).
- ``findings``: one row per finding, keyed ``(run_id, result_position, position)``, with the
  finding's key columns, its JSON form and the texts its message and hint were made from.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

# JSON documents are stored as text (PostgreSQL's json, not jsonb), so a run exported back keeps
# the key order of the report it came from.
Document = JSON()

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("complete", Boolean, nullable=False, default=False),
    Column("recorded_at", DateTime, nullable=False),
    Column("run_at", DateTime, nullable=True),
    Column("generated_at", String(64), nullable=True),
    Column("command", String(32), nullable=False),
    Column("tool_version", String(64), nullable=False),
    Column("rubric_id", String(200), nullable=False),
    Column("rubric_version", String(64), nullable=False),
    Column("rubric_sha256", String(64), nullable=True),
    Column("descriptors", Integer, nullable=False),
    Column("passed", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("errors", Integer, nullable=False),
    Column("mean_score", Float, nullable=True),
    Column("personal_data_kept", Boolean, nullable=False, default=False),
    Column("options", Document, nullable=False),
    Column("report", Document, nullable=False),
)

results = Table(
    "results",
    metadata,
    Column("run_id", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("descriptor_id", Text, nullable=True),
    Column("kind", String(32), nullable=True),
    Column("status", String(16), nullable=False),
    Column("score", Float, nullable=True),
    Column("provider", Text, nullable=True),
    Column("title", Text, nullable=True),
    Column("sha256", String(64), nullable=True),
    Column("document", Document, nullable=False),
    Column("data", Document, nullable=True),
    ForeignKeyConstraint(["run_id"], ["runs.id"], name="fk_results_run", ondelete="CASCADE"),
    Index("ix_results_descriptor_id", "descriptor_id"),
    Index("ix_results_provider", "provider"),
)

findings = Table(
    "findings",
    metadata,
    Column("run_id", Integer, primary_key=True),
    Column("result_position", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("rule", String(32), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("element", String(64), nullable=True),
    Column("pointer", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("finding_key", String(64), nullable=False),
    Column("waived", Boolean, nullable=False),
    Column("document", Document, nullable=False),
    # The message ids and arguments of the message and hint (records.text_to_json), to show them in any language.
    Column("texts", Document, nullable=True),
    ForeignKeyConstraint(
        ["run_id", "result_position"],
        ["results.run_id", "results.position"],
        name="fk_findings_result",
        ondelete="CASCADE",
    ),
    Index("ix_findings_rule", "rule"),
)

run_ids = Table("run_ids", metadata, Column("last", Integer, nullable=False))
