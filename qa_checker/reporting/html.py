"""The HTML audit report: one self-contained file (inline CSS, JS and SVG charts, no network).

This module builds a plain view model from the report (counts, chart geometry, heatmap, the
comparability table, findings ranked by the score their fix gains); the jinja2 template
``reports/report.html.j2`` only loops over it. Autoescaping is on for everything, so descriptor
text containing markup shows as text, and every value printed has its lone surrogates replaced
by U+FFFD, so the page can always be written as UTF-8.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import jinja2
from markupsafe import Markup

from qa_checker import table
from qa_checker.cells import SURROGATES, without_surrogates
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.elements import ELEMENTS, ELEMENTS_BY_KEY
from qa_checker.findings import Finding
from qa_checker.principles import PRINCIPLES
from qa_checker.resources import bundled_dir
from qa_checker.results import Report, Result, principle_notes

STATUS_SYMBOL = {"present": "✓", "missing": "✗", "invalid": "!", "not-applicable": "–"}
STATUS_CLASS = {"present": "ok", "missing": "mi", "invalid": "iv", "not-applicable": "na"}


@functools.cache
def environment() -> jinja2.Environment:
    """The one template environment: bundled templates, autoescape, undefined names fail loudly."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(bundled_dir("reports"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_writable,
    )
    env.filters["num"] = table.display_number
    return env


def _writable(value: Any) -> Any:
    """A printed value without lone surrogates (markup stays markup), so UTF-8 can hold the page."""
    if isinstance(value, str) and SURROGATES.search(value):
        return Markup(without_surrogates(value)) if isinstance(value, Markup) else without_surrogates(value)
    return value


def render(report: Report, **_: object) -> str:
    """The whole report as one HTML document."""
    return environment().get_template("report.html.j2").render(**context(report))


def context(report: Report) -> dict[str, Any]:
    """Everything the template shows, computed once."""
    rows = table.rows(report)
    groups = report.providers
    anchors = [f"d{index + 1}" for index in range(len(rows))]
    summary = report.summary
    scores = [r.score for r in report.results if r.score is not None]
    return {
        "summary": summary,
        "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
        "stamp": report.stamp,
        "rubric": report.rubric,
        "charts": {
            "status": bar_chart("Descriptors by status", [(s, summary[s], s) for s in ("pass", "fail", "error")]),
            "scores": bar_chart("Score distribution (descriptors per score band)", score_bands(scores)),
            "providers": hbar_chart(
                "Pass rate by provider (%)",
                [
                    (
                        g["provider"],
                        g["pass_rate"],
                        f"{table.display_number(g['pass_rate'])}% of {g['descriptors']}, mean score "
                        f"{table.display_number(g['mean_score'])}",
                    )
                    for g in groups
                ],
            ),
            "principles": hbar_chart(
                "Mean score by Annex II principle",
                [
                    (label, value, f"{table.display_number(value)} over {n} descriptor(s)")
                    for label, value, n in principle_means(report.results)
                ],
            ),
        },
        "providers": groups,
        "elements": [
            {"key": e.key, "label": e.label, "short": _short(e.label, 30), "clause": e.clause.replace("Annex I ", "")}
            for e in ELEMENTS
        ],
        "heatmap": [heat_row(anchor, row, result) for anchor, row, result in zip(anchors, rows, report.results)],
        "legend": [(STATUS_CLASS[s], STATUS_SYMBOL[s], s) for s in STATUS_SYMBOL],
        "rows": [dict(row, anchor=anchor) for row, anchor in zip(rows, anchors)],
        "hours_per_ects": HOURS_PER_ECTS,
        "sections": sections(report, rows, anchors),
        "beyond": list(principle_notes(report.results).values()),
        "since": report.since,  # what changed since the last audit (Diff.to_dict()), or None
    }


# The sixteen cells of a heatmap line are built from these fixed strings (never from descriptor
# text), once per status instead of escaping three values per cell in the template.
_HEAT_CELL = {s: Markup(f'<td class="{STATUS_CLASS[s]}" title="{s}">{STATUS_SYMBOL[s]}</td>') for s in STATUS_CLASS}


def heat_row(anchor: str, row: dict[str, Any], result: Result) -> dict[str, Any]:
    """One heatmap line; an unreadable file gets one cell saying why instead of sixteen "missing"."""
    cells = (
        None
        if result.status == "error"
        else Markup("").join(
            _HEAT_CELL.get(s) or Markup('<td title="{0}">{0}</td>').format(s)
            for s in (result.elements.get(e.key, "missing") for e in ELEMENTS)
        )
    )
    reason = result.findings[0].message if result.status == "error" and result.findings else ""
    return {"anchor": anchor, "label": row["title"] or row["id"] or row["source"], "cells": cells, "reason": reason}


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def score_bands(scores: list[float]) -> list[tuple[str, int, str]]:
    """Counts per band of ten points (the last band includes 100)."""
    counts = [0] * 10
    for value in scores:
        counts[min(int(value // 10), 9)] += 1
    return [(f"{10 * i}–{10 * i + 9 if i < 9 else 100}", n, "band") for i, n in enumerate(counts)]


def principle_means(results: Iterable[Result]) -> list[tuple[str, float, int]]:
    """Mean score per principle over the descriptors where it was assessed."""
    out = []
    items = list(results)
    for principle in PRINCIPLES:
        values = [v for r in items if (v := r.principles.get(principle.key)) is not None]
        if values:
            out.append((principle.label, round(sum(values) / len(values), 1), len(values)))
    return out


def bar_chart(title: str, bars: list[tuple[str, int, str]]) -> dict[str, Any]:
    """Vertical bars with their count above and label below, as SVG geometry."""
    width, height, top, bottom, left = 560, 220, 24, 40, 10
    peak = max((v for _, v, _ in bars), default=0) or 1
    slot = (width - 2 * left) / max(len(bars), 1)
    plot = height - top - bottom
    shapes = []
    for index, (label, value, css) in enumerate(bars):
        h = round(plot * value / peak, 1)
        x = round(left + index * slot + slot * 0.15, 1)
        shapes.append(
            {
                "x": x,
                "y": round(top + plot - h, 1),
                "w": round(slot * 0.7, 1),
                "h": h,
                "cx": round(left + index * slot + slot / 2, 1),
                "label": label,
                "value": value,
                "css": css,
            }
        )
    return {
        "title": title,
        "width": width,
        "height": height,
        "base": top + plot,
        "bars": shapes,
        "empty": not any(v for _, v, _ in bars),
    }


def hbar_chart(title: str, items: list[tuple[str, float | None, str]]) -> dict[str, Any]:
    """Horizontal 0-100 bars, one line per item, label on the left and value text on the right."""
    label_w, bar_w, line = 330, 220, 22
    shapes = []
    for index, (label, value, text) in enumerate(items):
        shapes.append(
            {
                "y": 8 + index * line,
                "w": round(bar_w * (value or 0) / 100, 1),
                "label": _short(label, 44),
                "full": label,
                "text": text,
            }
        )
    return {
        "title": title,
        "width": label_w + bar_w + 260,
        "height": 16 + line * max(len(items), 1),
        "label_w": label_w,
        "bar_w": bar_w,
        "bars": shapes,
        "empty": not items,
    }


def sections(report: Report, rows: list[dict[str, Any]], anchors: list[str]) -> list[dict[str, Any]]:
    """One group per provider, one entry per descriptor, findings ranked by what their fix gains."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for result, row, anchor in zip(report.results, rows, anchors):
        groups.setdefault(table.group_key(row), []).append(
            {
                "anchor": anchor,
                "row": row,
                "result": result,
                "missing": [ELEMENTS_BY_KEY[k].label for k, v in result.elements.items() if v == "missing"]
                if result.status != "error"
                else [],
                "findings": ranked_findings(result, report),
            }
        )
    order = sorted(groups, key=lambda n: (n == table.UNKNOWN_PROVIDER, n.casefold(), n))
    return [{"provider": name, "descriptors": groups[name]} for name in order]


def ranked_findings(result: Result, report: Report) -> list[dict[str, Any]]:
    """Findings with the score points fixing their rule would gain, biggest gain first.

    A rule's gain is its weight's share of the weight of every rule that judged the descriptor.
    """
    weights = {rule: report.rules[rule].weight for rule in result.judged if rule in report.rules}
    possible = sum(weights.values())
    ranked: list[tuple[float, Finding]] = []
    for finding in result.findings:
        weight = weights.get(finding.rule, 0.0)
        ranked.append((round(100.0 * weight / possible, 1) if finding.counts and possible else 0.0, finding))
    ranked.sort(key=lambda item: (-item[0], not item[1].counts, *item[1].sort_key()))
    return [
        {
            "gain": gain,
            "f": finding,
            "where": location(finding),
            "element": ELEMENTS_BY_KEY[finding.element].label if finding.element in ELEMENTS_BY_KEY else "–",
        }
        for gain, finding in ranked
    ]


def location(finding: Finding) -> str:
    """Pointer plus the original place (sheet/cell, source pointer or line) when known."""
    where = finding.pointer or "(whole file)"
    label = finding.origin.label() if finding.origin is not None else ""
    return f"{where} [{label}]" if label else where
