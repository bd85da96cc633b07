"""The HTML comparison of chosen offerings: one self-contained file, rows that differ marked."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from qa_checker.compare import Comparison, ComparisonRow
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import labels
from qa_checker.reporting.html import environment

# The rows giving a number per offering (keyed as the dataset's column of that number) and the decimals the
# comparison shows them with.
NUMBER_ROWS = {"score": 1, "ects": 2, "hours": 1, "eqf_level": 0}


def view(comparison: Comparison, tr: Translator) -> list[ComparisonRow]:
    """The rows of a comparison as the HTML and Excel forms show them: labels, words and numbers in ``tr``'s
    language (a derived workload marked ≈)."""
    return [
        replace(
            row,
            label=row.label_in(tr),
            values=tuple(
                _number(tr, o, row.key) or value if row.key in NUMBER_ROWS else value
                for o, value in zip(comparison.offerings, row.values_in(tr))
            ),
        )
        for row in comparison.rows
    ]


def _number(tr: Translator, offering: dict[str, Any], key: str) -> str:
    """The offering's number of the row ``key`` in ``tr``'s language (empty when it has none)."""
    number = offering.get(key)
    if number is None:
        return ""
    return ("≈" if offering.get(f"{key}_source") == "derived" else "") + labels.number(tr, number, NUMBER_ROWS[key])


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
