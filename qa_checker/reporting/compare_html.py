"""The HTML comparison of chosen offerings: one self-contained file, rows that differ marked."""

from __future__ import annotations

from dataclasses import replace

from qa_checker.compare import Comparison, ComparisonRow
from qa_checker.i18n import Translator, translator
from qa_checker.reporting.html import environment


def view(comparison: Comparison, tr: Translator) -> list[ComparisonRow]:
    """The rows of a comparison as the HTML and Excel forms show them: labels and words in ``tr``'s language."""
    return [replace(row, label=row.label_in(tr), values=tuple(row.values_in(tr))) for row in comparison.rows]


def render(comparison: Comparison, *, language: str | None = None, tr: Translator | None = None, **_: object) -> str:
    """The comparison as one HTML document (same styles and escaping as the audit report), in ``language``
    (by default the language of the comparison's report) or ``tr``'s."""
    report = comparison.report
    tr = tr or translator(language or report.language)
    return (
        environment(tr)
        .get_template("compare.html.j2")
        .render(
            offerings=comparison.offerings,
            rows=view(comparison, tr),
            rubric=report.rubric,
            stamp=report.stamp,
            differing=sum(1 for row in comparison.rows if row.differs),
        )
    )
