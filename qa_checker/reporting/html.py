"""The HTML audit report: self-contained pages (inline CSS, JS and SVG charts, no network).

Two shapes of the same report:

* :func:`render` gives one document holding everything (``check --format html``, the web page's
  download): fine for a few hundred descriptors.
* :func:`pages` gives an index (the first screen: how bad, and what to fix first; the rules; the
  providers ranked by mean score) and one page per provider, split into parts of at most
  :data:`PER_PAGE` descriptors, as coverage.py does with its index and per-file pages. A page never
  holds more than one part's descriptors, so 10,000 descriptors open as fast as 14. The caller
  writes the files together (:func:`qa_checker.writing.write_files`).

This module builds a plain view model from the report (counts, chart geometry, heatmap, the
comparability table, findings ranked by the score their fix gains); the jinja2 templates under
``reports/`` only loop over it. Autoescaping is on for everything, so descriptor text containing
markup shows as text, and every value printed has its lone surrogates replaced by U+FFFD, so the
page can always be written as UTF-8.
"""

from __future__ import annotations

import functools
from collections import Counter
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
BAD_ELEMENT = ("missing", "invalid")
SEVERITIES = ("error", "warning", "info")
# Descriptors on one page of the paged report: a part of a provider's descriptors.
PER_PAGE = 100
# Lines in the first screen's lists of most frequent failing rules and missing elements.
TOP = 8
INDEX_NAME = "report.html"
PAGES_FOLDER = "report-pages"
INPUTS_PAGE = "inputs.html"  # the SHA-256 of every input, beside the pages


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
    env.filters["rid"] = rule_id
    return env


def _writable(value: Any) -> Any:
    """A printed value without lone surrogates (markup stays markup), so UTF-8 can hold the page."""
    if isinstance(value, str) and SURROGATES.search(value):
        return Markup(without_surrogates(value)) if isinstance(value, Markup) else without_surrogates(value)
    return value


@functools.lru_cache(maxsize=4096)
def rule_id(value: str) -> Markup:
    """A rule id that never breaks across lines (``white-space: nowrap``; plain hyphens, so that it
    can still be found with the browser's search and copied into ``qa-checker explain``)."""
    return Markup('<span class="rid">{}</span>').format(value)


def render(report: Report, **_: object) -> str:
    """The whole report as one HTML document."""
    model = _Model(report)
    return environment().get_template("report.html.j2").render(**model.single())


def pages(
    report: Report, *, index: str = INDEX_NAME, folder: str = PAGES_FOLDER, per_page: int = PER_PAGE
) -> dict[str, str]:
    """The paged report: ``{relative path: document}``, the index first, then one page per provider part
    and the page of the inputs' SHA-256.

    Paths use ``/``; the pages live in ``folder`` beside the index and link back to it by name.
    """
    model = _Model(report, paged=(index, folder, max(per_page, 1)))
    env = environment()
    out = {index: env.get_template("report_index.html.j2").render(**model.index())}
    page_template = env.get_template("report_page.html.j2")
    for page in model.page_list:
        out[f"{folder}/{page['file']}"] = page_template.render(**model.page(page))
    out[f"{folder}/{INPUTS_PAGE}"] = env.get_template("report_inputs.html.j2").render(**model.common("page"))
    return out


class _Model:
    """The view model of one report, computed once and shared by every page."""

    def __init__(self, report: Report, paged: tuple[str, str, int] | None = None) -> None:
        self.report = report
        self.paged = paged
        results = report.results
        rows = table.rows(report)
        self.skipped = [_skipped(result, row) for result, row in zip(results, rows) if result.status == "skipped"]
        checked = [(result, row) for result, row in zip(results, rows) if result.status != "skipped"]
        # Providers in name order (unknown last) get short ids used by the filters and page names.
        names = sorted(
            {table.group_key(row) for _, row in checked}, key=lambda n: (n == table.UNKNOWN_PROVIDER, n.casefold(), n)
        )
        self.provider_ids = {name: f"p{index + 1}" for index, name in enumerate(names)}
        self.descriptors = [self._descriptor(index, result, row) for index, (result, row) in enumerate(checked)]
        self.groups: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
        for d in self.descriptors:
            self.groups[d["provider"]].append(d)
        self.page_list: list[dict[str, Any]] = []
        if paged is not None:
            self._paginate(paged[2])

    # -- one descriptor ---------------------------------------------------------------------------

    def _descriptor(self, index: int, result: Result, row: dict[str, Any]) -> dict[str, Any]:
        anchor = f"d{index + 1}"
        provider = table.group_key(row)
        readable = result.status != "error"
        bad = [e.key for e in ELEMENTS if readable and result.elements.get(e.key, "missing") in BAD_ELEMENT]
        rules = sorted({f.rule for f in result.findings})
        severities = [s for s in SEVERITIES if any(f.severity.value == s for f in result.findings)]
        touched = sorted({*bad, *(f.element for f in result.findings if f.element)})
        return {
            "anchor": anchor,
            "row": row,
            "result": result,
            "label": row["title"] or row["id"] or row["source"],
            "provider": provider,
            "pid": self.provider_ids[provider],
            "cells": heat_cells(result),
            "reason": result.findings[0].message if not readable and result.findings else "",
            "missing": [ELEMENTS_BY_KEY[k].label for k, v in result.elements.items() if v == "missing"]
            if readable
            else [],
            "bad": bad,
            "findings": ranked_findings(result, self.report),
            "filters": {
                "status": result.status,
                "provider": self.provider_ids[provider],
                "rules": " ".join(rules),
                "sev": " ".join(severities),
                "el": " ".join(touched),
            },
        }

    # -- paging -----------------------------------------------------------------------------------

    def _paginate(self, per_page: int) -> None:
        number = 0
        for name, members in self.groups.items():
            parts = [members[i : i + per_page] for i in range(0, len(members), per_page)] or [[]]
            files = [f"page-{number + i + 1:04d}.html" for i in range(len(parts))]
            number += len(parts)
            for part_index, part in enumerate(parts):
                self.page_list.append(
                    {
                        "file": files[part_index],
                        "provider": name,
                        "pid": self.provider_ids[name],
                        "part": part_index + 1,
                        "parts": len(parts),
                        "files": files,
                        "descriptors": part,
                    }
                )

    # -- hrefs ------------------------------------------------------------------------------------

    def _links(self, where: str) -> dict[str, Any]:
        """How a page of kind ``where`` (single, index or page) links to rules, providers and descriptors."""
        if where == "single":
            return {"index": "", "provider": {pid: f"#prov-{pid}" for pid in self.provider_ids.values()}, "pages": ""}
        assert self.paged is not None
        index, folder, _ = self.paged
        first: dict[str, str] = {}
        for page in self.page_list:
            first.setdefault(page["pid"], page["file"])
        prefix = f"{folder}/" if where == "index" else ""
        return {
            "index": "" if where == "index" else f"../{index}",
            "provider": {pid: prefix + file for pid, file in first.items()},
            "pages": prefix,
        }

    # -- contexts ---------------------------------------------------------------------------------

    def common(self, where: str) -> dict[str, Any]:
        """What every page shows or needs: counts, rubric, stamp, filter options, and its links."""
        return {**self._shared, "where": where, "links": self._links(where)}

    @functools.cached_property
    def _shared(self) -> dict[str, Any]:
        report = self.report
        summary = dict(report.summary)
        skipped = len(self.skipped)
        checked = [d["result"] for d in self.descriptors]
        scores = [r.score for r in checked if r.score is not None]
        return {
            "summary": {**summary, "descriptors": len(checked), "skipped": skipped, "files": len(report.results)},
            "headline": headline(checked),
            "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
            "stamp": report.stamp,
            "rubric": report.rubric,
            "elements": [
                {
                    "key": e.key,
                    "label": e.label,
                    "short": _short(e.label, 30),
                    "clause": e.clause.replace("Annex I ", ""),
                }
                for e in ELEMENTS
            ],
            "legend": [(STATUS_CLASS[s], STATUS_SYMBOL[s], s) for s in STATUS_SYMBOL],
            "hours_per_ects": HOURS_PER_ECTS,
            "filter_options": {
                "statuses": [s for s in ("pass", "fail", "error") if any(r.status == s for r in checked)],
                "severities": SEVERITIES,
                "rules": [(info.id, info.title) for info in report.rules.values()],
                "elements": [(e.key, f"{e.clause.replace('Annex I ', '')} {e.label}") for e in ELEMENTS],
                "providers": [(pid, name) for name, pid in self.provider_ids.items()],
            },
            "since": report.since,  # what changed since the last audit (Diff.to_dict()), or None
        }

    def overview(self) -> dict[str, Any]:
        report = self.report
        checked = [d["result"] for d in self.descriptors]
        scores = [r.score for r in checked if r.score is not None]
        summary = report.summary
        return {
            "charts": {
                "status": bar_chart(
                    "Descriptors by status", [(s, summary.get(s, 0), s) for s in ("pass", "fail", "error")]
                ),
                "scores": bar_chart("Score distribution (descriptors per score band)", score_bands(scores)),
            },
            "principle_bars": [
                {"label": label, "value": value, "n": n} for label, value, n in principle_means(checked)
            ],
            "top_rules": top_rules(self.descriptors, report)[:TOP],
            "top_elements": top_elements(self.descriptors)[:TOP],
            "ranking": self.ranking(),
            "rules_view": top_rules(self.descriptors, report, every=True),
            "beyond": list(principle_notes(checked).values()),
            "skipped": self.skipped,
        }

    def ranking(self) -> list[dict[str, Any]]:
        """Providers by mean score, lowest first (those without a score last), with filter data."""
        out: list[dict[str, Any]] = []
        for name, members in self.groups.items():
            results = [d["result"] for d in members]
            scores = [r.score for r in results if r.score is not None]
            counts = {s: sum(1 for r in results if r.status == s) for s in ("pass", "fail", "error")}
            out.append(
                {
                    "provider": name,
                    "pid": self.provider_ids[name],
                    "descriptors": len(members),
                    **counts,
                    "pass_rate": round(100.0 * counts["pass"] / len(members), 1) if members else None,
                    "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
                    "filters": {
                        key: " ".join(sorted({w for d in members for w in d["filters"][key].split()}))
                        for key in ("status", "provider", "rules", "sev", "el")
                    },
                }
            )
        out.sort(key=lambda g: (g["mean_score"] is None, g["mean_score"] or 0.0, g["provider"].casefold()))
        return out

    def detail(self, descriptors: list[dict[str, Any]]) -> dict[str, Any]:
        """The heatmap, comparability table and findings of some descriptors."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for d in descriptors:
            groups.setdefault(d["provider"], []).append(d)
        return {
            "descriptors": descriptors,
            "totals": heat_totals(descriptors),
            "sections": [
                {"provider": name, "pid": self.provider_ids[name], "descriptors": members}
                for name, members in groups.items()
            ],
        }

    def single(self) -> dict[str, Any]:
        return {**self.common("single"), **self.overview(), **self.detail(self.descriptors)}

    def index(self) -> dict[str, Any]:
        return {
            **self.common("index"),
            **self.overview(),
            "page_list": self.page_list,
            "per_page": self.paged[2] if self.paged else 0,
        }

    def page(self, page: dict[str, Any]) -> dict[str, Any]:
        return {**self.common("page"), **self.detail(page["descriptors"]), "page": page}


def _skipped(result: Result, row: dict[str, Any]) -> dict[str, Any]:
    reason = result.reason or (result.findings[0].message if result.findings else "")
    return {"source": row["source"], "reason": reason}


def headline(results: list[Result]) -> dict[str, Any]:
    """Pass or fail for the batch, in one sentence."""
    counts = Counter(r.status for r in results)
    failing = counts["fail"] + counts["error"]
    total = len(results)
    if not total:
        return {"verdict": "pass", "text": "No descriptors were found."}
    if not failing:
        return {"verdict": "pass", "text": f"All {total} descriptor(s) pass."}
    parts = [f"{counts['fail']} of {total} descriptor(s) fail"]
    if counts["error"]:
        parts.append(f"{counts['error']} could not be read")
    parts.append(f"{counts['pass']} pass")
    return {"verdict": "fail", "text": ", ".join(parts) + "."}


def top_rules(descriptors: list[dict[str, Any]], report: Report, every: bool = False) -> list[dict[str, Any]]:
    """Rules by the number of descriptors they fail (counting findings), most first.

    With ``every``, every rule of the rubric and every rule with a finding, also those failing none.
    """
    failing: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    for d in descriptors:
        result: Result = d["result"]
        failing.update({f.rule for f in result.findings if f.counts})
        findings.update(f.rule for f in result.findings)
    ids = list(report.rules) if every else []
    ids += [rule for rule in findings if rule not in report.rules]
    if not every:
        ids = list(failing)
    out: list[dict[str, Any]] = []
    for rule in dict.fromkeys(ids):
        info = report.rules.get(rule)
        out.append(
            {
                "id": rule,
                "title": info.title if info else "",
                "severity": info.severity.value if info else "",
                "weight": info.weight if info else None,
                "clause": info.clause if info else "",
                "message": info.message if info else "",
                "hint": info.hint if info else "",
                "documentation": str(getattr(info, "documentation", "") or "") if info else "",
                "descriptors": failing[rule],
                "findings": findings[rule],
            }
        )
    out.sort(key=lambda r: (-r["descriptors"], -r["findings"], r["id"]))
    return out if every else [r for r in out if r["descriptors"]]


def top_elements(descriptors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Annex I elements by the number of readable descriptors missing them (or giving them invalid), most first."""
    counts: Counter[str] = Counter(key for d in descriptors for key in d["bad"])
    return [
        {
            "key": key,
            "label": ELEMENTS_BY_KEY[key].label,
            "clause": ELEMENTS_BY_KEY[key].clause.replace("Annex I ", ""),
            "count": n,
        }
        for key, n in sorted(counts.items(), key=lambda item: (-item[1], ELEMENT_ORDER[item[0]]))
    ]


ELEMENT_ORDER = {e.key: index for index, e in enumerate(ELEMENTS)}


def heat_totals(descriptors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The heatmap's totals row: per element, how many readable descriptors have it and how many lack it."""
    readable = [d["result"] for d in descriptors if d["result"].status != "error"]
    return [
        {
            "present": sum(1 for r in readable if r.elements.get(e.key) == "present"),
            "bad": sum(1 for r in readable if r.elements.get(e.key, "missing") in BAD_ELEMENT),
        }
        for e in ELEMENTS
    ]


# The sixteen cells of a heatmap line are built from these fixed strings (never from descriptor
# text), once per status instead of escaping three values per cell in the template.
_HEAT_CELL = {s: Markup(f'<td class="{STATUS_CLASS[s]}" title="{s}">{STATUS_SYMBOL[s]}</td>') for s in STATUS_CLASS}


def heat_cells(result: Result) -> Markup | None:
    """The sixteen cells of one heatmap line; None for an unreadable file (one cell says why)."""
    if result.status == "error":
        return None
    return Markup("").join(
        _HEAT_CELL.get(s) or Markup('<td title="{0}">{0}</td>').format(s)
        for s in (result.elements.get(e.key, "missing") for e in ELEMENTS)
    )


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def score_bands(scores: list[float]) -> list[tuple[str, int, str]]:
    """Counts per band of ten points (the last band includes 100); labelled by the band's start."""
    counts = [0] * 10
    for value in scores:
        counts[min(int(value // 10), 9)] += 1
    return [(f"{10 * i}", n, "band") for i, n in enumerate(counts)]


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
    """Vertical bars with their count above and label below, as SVG geometry.

    Narrow (360 units) so that on a 390 px phone it is drawn at nearly its own size and its text
    stays readable; wider screens show it at most at 1.3 times that.
    """
    width, height, top, bottom, left = 360, 200, 24, 34, 6
    peak = max((v for _, v, _ in bars), default=0) or 1
    slot = (width - 2 * left) / max(len(bars), 1)
    plot = height - top - bottom
    shapes = []
    for index, (label, value, css) in enumerate(bars):
        h = round(plot * value / peak, 1)
        x = round(left + index * slot + slot * 0.12, 1)
        shapes.append(
            {
                "x": x,
                "y": round(top + plot - h, 1),
                "w": round(slot * 0.76, 1),
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
            "place": place(result, finding),
            "element": ELEMENTS_BY_KEY[finding.element].label if finding.element in ELEMENTS_BY_KEY else "–",
        }
        for gain, finding in ranked
    ]


def location(finding: Finding) -> str:
    """Pointer plus the original place (sheet/cell, source pointer or line) when known."""
    where = finding.pointer or "(whole file)"
    label = finding.origin.label() if finding.origin is not None else ""
    return f"{where} [{label}]" if label else where


def place(result: Result, finding: Finding) -> str:
    """``file:line:col`` where the finding's place in the file's text is known (YAML and JSON), else empty."""
    line, column = finding.place()
    if line is None:
        return ""
    return f"{result.source}:{line}:{column}" if column is not None else f"{result.source}:{line}"
