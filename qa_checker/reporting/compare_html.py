"""The HTML comparison of chosen offerings: one self-contained file, rows that differ marked."""

from __future__ import annotations

from qa_checker.compare import Comparison
from qa_checker.reporting.html import environment


def render(comparison: Comparison, **_: object) -> str:
    """The comparison as one HTML document (same styles and escaping as the audit report)."""
    report = comparison.report
    return (
        environment()
        .get_template("compare.html.j2")
        .render(
            comparison=comparison,
            rubric=report.rubric,
            stamp=report.stamp,
            differing=sum(1 for row in comparison.rows if row.differs),
        )
    )
