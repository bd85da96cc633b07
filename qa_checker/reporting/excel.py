"""The Excel workbook reviewers work in: Summary, Descriptors, Findings, Coverage, Principles, Rules.

Findings carry their descriptor's title, status and score, and link to the descriptor's row and to the
rule's row in the Rules sheet. :func:`write` streams: one pass over the results fills every sheet of a
row per result or finding, through the :class:`~qa_checker.reporting.workbook.Book` (spooled rows,
formula neutralisation, reproducible packaging, sheets continued past Excel's row limit), so memory
does not grow with the batch.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, BinaryIO

from qa_checker import table
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.elements import ELEMENTS, citation
from qa_checker.findings import Finding
from qa_checker.i18n import Translator, translator
from qa_checker.principles import PRINCIPLES, PRINCIPLES_BY_KEY
from qa_checker.reporting import labels
from qa_checker.reporting.diff_excel import since_sheet
from qa_checker.reporting.workbook import (
    ROW_LIMIT,
    Book,
    Heading,
    Table,
    translated_colours,
    write_table,
)
from qa_checker.results import Report, Result, principle_notes, scores
from qa_checker.text import N_, pmsg

# The sheets' names as a reader sees them (translated, at most 31 characters: see Book.name).
SHEETS = {
    "summary": N_("Summary"),
    "descriptors": N_("Descriptors"),
    "findings": N_("Findings"),
    "coverage": N_("Coverage"),
    "principles": N_("Principles"),
    "beyond": N_("Beyond the descriptors"),
    "rules": N_("Rules"),
}
# The Descriptors sheet is the dataset (qa_checker.table): its column names and values stay as the data
# dictionary names them, in every language. The other sheets' headers and words are translated.
DESCRIPTOR_COLUMNS = tuple(n for n in table.COLUMN_NAMES if not n.startswith(("element_", "principle_")))
FINDING_HEADERS = (
    N_("source"),
    N_("descriptor_id"),
    N_("title"),
    N_("status"),
    N_("score"),
    N_("provider"),
    N_("rule"),
    N_("severity"),
    N_("element"),
    N_("pointer"),
    N_("line"),
    N_("column"),
    N_("message"),
    N_("hint"),
    N_("origin_sheet"),
    N_("origin_cell"),
    N_("origin_pointer"),
    N_("origin_line"),
    N_("waived"),
    N_("waiver_reason"),
)


def render(report: Report, *, tr: Translator | None = None, **_: object) -> bytes:
    """The workbook as ``.xlsx`` bytes, in the report's language (or ``tr``'s): :func:`write` into memory."""
    buffer = io.BytesIO()
    write(report, buffer, tr=tr)
    return buffer.getvalue()


def write(report: Report, file: BinaryIO, *, tr: Translator | None = None, row_limit: int = ROW_LIMIT) -> None:
    """Write the workbook into ``file``, in the report's language (or ``tr``'s), in bounded memory.

    One pass over the results fills the Descriptors, Findings, Coverage and Principles sheets (and finds
    the principles of the Beyond sheet); the Summary's figures come from the report's counts. A sheet
    full at ``row_limit`` rows (Excel's, :data:`ROW_LIMIT`; lower only in tests) goes on in another.
    """
    with contextlib.closing(Book(tr or translator(report.language), row_limit=row_limit)) as book:
        _summary(book, report)
        if report.since is not None:  # what changed since the last audit (audit --store)
            since_sheet(book, report.since)
        sheets = _ResultSheets(book, report)
        beyond = Table(
            book,
            book.name(SHEETS["beyond"]),
            [book.gettext(N_("principle")), book.gettext(N_("look for"))],
            [24, 110],
        )
        _rules(book, report)
        # The Annex II principles a reviewer must judge from evidence beyond the descriptors, and what to look
        # for: principle_notes reads each result as the pass writes its rows.
        for note in principle_notes(sheets.written(report.results), book.tr).values():
            beyond.append([note["label"], note["look_for"]])
        for finished in (*sheets.tables, beyond):
            finished.close()
        book.save(file, report.generated_at)


def _width(name: str) -> float:
    if name in ("source", "title", "provider", "message", "hint", "sha256", "field_label"):
        return 40
    if name.startswith(("element_", "principle_")) or name in ("ects", "hours", "score", "eqf_level"):
        return 12
    return 18


def _mean_score(results: Sequence[Result]) -> float | None:
    """The mean of the results' scores (those they have), to one decimal; from memory for results on disk."""
    mean = table.Mean()
    for score in scores(results):
        if score is not None:
            mean.add(score)
    return mean.value()


def _summary(book: Book, report: Report) -> None:
    _ = book.gettext
    tr = book.tr
    stamp = report.stamp
    title = book.name(SHEETS["summary"])
    book.sheet(title, (42, 70, 10, 10, 10, 14, 12), [Heading(_(N_("qa-checker audit report")))])
    summary = report.summary
    rubric = stamp["rubric"]
    lines: list[list[Any]] = [
        [_(N_("Tool")), f"{stamp['tool']} {stamp['version']}"],
        [_(N_("Rubric")), f"{rubric['id']} {rubric['version']}: {tr.gettext(report.rubric.title)}"],
        [_(N_("Rubric SHA-256")), rubric.get("sha256")],
        [_(N_("Run time")), stamp["generated_at"]],
    ]
    if "waivers" in stamp:
        lines.append([_(N_("Waivers")), f"{stamp['waivers']['path']} (SHA-256 {stamp['waivers']['sha256']})"])
    lines += [
        [_(N_("Descriptors")), summary["descriptors"]],
        [_(N_("Pass")), summary["pass"]],
        [_(N_("Fail")), summary["fail"]],
        [_(N_("Error (unreadable)")), summary["error"]],
        [_(N_("Skipped (not descriptors)")), summary.get("skipped", 0)],
        [_(N_("Mean score")), _mean_score(report.results)],
        [_(N_("Hours per ECTS used to normalise workload")), HOURS_PER_ECTS],
        [],
        [
            Heading(tr.render(h))
            for h in (
                N_("Provider"),
                N_("Descriptors"),
                N_("Pass"),
                N_("Fail"),
                # The count of descriptors whose status is error: the status's word, not a severity's.
                pmsg("descriptor status", "Error"),
                N_("Pass rate (%)"),
                N_("Mean score"),
            )
        ],
    ]
    lines += [
        [
            labels.provider(tr, g["provider"]),
            g["descriptors"],
            g["pass"],
            g["fail"],
            g["error"],
            g["pass_rate"],
            g["mean_score"],
        ]
        for g in report.providers
    ]
    if report.repeated_ids:
        lines += [[], [Heading(_(N_("Id given by more than one descriptor"))), Heading(_(N_("Sources")))]]
        lines += [[entry["id"], ", ".join(entry["sources"])] for entry in report.repeated_ids]
    if report.unmatched_waivers:
        heading, shown = report.unmatched_waivers_shown(tr)
        lines += [[], [Heading(heading)], *([line] for line in shown)]
    lines += [[], [Heading(_(N_("Input (source)"))), Heading("SHA-256")]]
    for line in lines:
        book.append(title, line)
    for item in stamp["inputs"]:
        book.append(title, [item["source"], item["sha256"]])


FINDING_WIDTHS = (40, 22, 36, 9, 8, 30, 12, 10, 18, 28, 7, 7, 60, 50, 14, 10, 24, 8, 8, 30)


class _ResultSheets:
    """The sheets of a row per result or finding, filled together in one pass over the results.

    Descriptors: the comparability columns, status and score (element statuses and principle scores have
    their own sheets); this sheet is the dataset, its column names and values those of the data dictionary
    in every language, and a descriptor's source links to its first finding. Findings: every finding with
    its descriptor's title, status and score; the source links to the descriptor's row, the rule to its
    row in the Rules sheet. Coverage: each element's status. Principles: each principle's score.
    """

    def __init__(self, book: Book, report: Report) -> None:
        _ = book.gettext
        colours = translated_colours(book.tr)
        self.book = book
        self.names = {key: book.name(SHEETS[key]) for key in ("findings", "descriptors", "rules")}
        # Each rule's row in the Rules sheet, where its findings link to.
        self.rules = {rule_id: book.location(self.names["rules"], index) for index, rule_id in enumerate(report.rules)}
        columns = DESCRIPTOR_COLUMNS
        self.descriptors = Table(
            book, self.names["descriptors"], columns, [_width(n) for n in columns], coloured=[columns.index("status")]
        )
        headers = [_(h) for h in FINDING_HEADERS]
        self.findings = Table(book, self.names["findings"], headers, FINDING_WIDTHS, coloured=[3], colours=colours)
        headers = [
            _(N_("source")),
            _(N_("id")),
            _(N_("provider")),
            _(N_("status")),
            *(f"{e.clause.replace('Annex I ', '')} {e.key}" for e in ELEMENTS),
        ]
        self.coverage = Table(
            book,
            book.name(SHEETS["coverage"]),
            headers,
            [40, 22, 30, 10, *([14] * len(ELEMENTS))],
            coloured=range(3, len(headers)),
            colours=colours,
        )
        headers = [_(N_("source")), _(N_("id")), _(N_("provider")), _(N_("score")), *(_(p.label) for p in PRINCIPLES)]
        self.principles = Table(
            book, book.name(SHEETS["principles"]), headers, [40, 22, 30, 10, *([14] * len(PRINCIPLES))]
        )
        self.tables = (self.descriptors, self.findings, self.coverage, self.principles)
        # A machine value's word is looked up once a workbook: most are written for every descriptor or finding.
        self.status = functools.cache(functools.partial(labels.word, book.tr, labels.STATUS))
        self.severity = functools.cache(functools.partial(labels.word, book.tr, labels.SEVERITY))
        self.element_status = functools.cache(functools.partial(labels.word, book.tr, labels.ELEMENT_STATUS))

    def written(self, results: Iterable[Result]) -> Iterator[Result]:
        """Each result, once its rows are written."""
        book, tr = self.book, self.book.tr
        columns = DESCRIPTOR_COLUMNS
        source, rule = FINDING_HEADERS.index("source"), FINDING_HEADERS.index("rule")
        findings = 0  # the findings written so far
        for number, result in enumerate(results):
            row = table.row(result)
            first = {columns.index("source"): book.location(self.names["findings"], findings)}
            self.descriptors.append([row[n] for n in columns], first if result.findings else None)
            descriptor = book.location(self.names["descriptors"], number)
            status = self.status(result.status)
            for f in result.findings:
                targets = {source: descriptor}
                if f.rule in self.rules:
                    targets[rule] = self.rules[f.rule]
                self.findings.append(_finding_row(tr, result, row, status, self.severity(f.severity.value), f), targets)
            findings += len(result.findings)
            self.coverage.append(
                [
                    row["source"],
                    row["id"],
                    row["provider"],
                    status,
                    *(self.element_status(row[table.ELEMENT_COLUMNS[e.key]]) or None for e in ELEMENTS),
                ]
            )
            self.principles.append(
                [
                    row["source"],
                    row["id"],
                    row["provider"],
                    row["score"],
                    *(row[table.PRINCIPLE_COLUMNS[p.key]] for p in PRINCIPLES),
                ]
            )
            yield result


def _finding_row(
    tr: Translator, result: Result, row: Mapping[str, Any], status: str, severity: str, f: Finding
) -> list[Any]:
    origin = f.origin
    return [
        result.source,
        result.id,
        row["title"],
        status,
        result.score,
        row["provider"],
        f.rule,
        severity,
        f.element,
        f.pointer,
        f.line,
        f.column,
        tr.message(f),
        tr.hint(f),
        origin.sheet if origin else None,
        origin.cell if origin else None,
        origin.pointer if origin else None,
        origin.line if origin else None,
        f.waiver is not None,
        f.waiver.reason if f.waiver else None,
    ]


RULE_HEADERS = (
    N_("rule"),
    N_("title"),
    N_("element"),
    N_("clause"),
    N_("principles"),
    N_("severity"),
    N_("weight"),
    N_("options"),
    N_("message"),
    N_("hint"),
    N_("explain"),
)


def _rules(book: Book, report: Report) -> None:
    """Each rule of the rubric with its setting and explanation, in rubric order (the Findings sheet links
    here); ``explain`` is the command that shows passing and failing examples."""
    tr = book.tr
    body = (
        [
            rule.id,
            tr.gettext(rule.title),
            rule.element,
            tr.render(citation(rule.clause)),
            ", ".join(labels.named(tr, key, PRINCIPLES_BY_KEY[key].label) for key in rule.principles),
            labels.word(tr, labels.SEVERITY, rule.severity.value),
            rule.weight,
            json.dumps(rule.options, ensure_ascii=False, sort_keys=True) if rule.options else None,
            labels.template(tr, rule.message),
            labels.template(tr, rule.hint),
            f"qa-checker explain {rule.id}",
        ]
        for rule in report.rules.values()
    )
    headers = [book.gettext(h) for h in RULE_HEADERS]
    write_table(book, book.name(SHEETS["rules"]), headers, [12, 40, 18, 14, 24, 10, 8, 30, 60, 60, 26], body)
