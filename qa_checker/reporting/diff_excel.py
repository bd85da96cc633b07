"""The Excel form of a :class:`~qa_checker.diff.Diff`, and the audit workbook's "Since last audit" sheet.

Built with the audit workbook's :class:`~qa_checker.reporting.excel.Book` and
:func:`~qa_checker.reporting.excel.write_table`, so the same formula neutralisation, frozen
header rows, filters and reproducible packaging apply.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from qa_checker.diff import Diff
from qa_checker.reporting.excel import Book, Heading, write_table

SINCE_SHEET = "Since last audit"
PROVIDER_HEADERS = (
    "provider",
    "change",
    "descriptors before",
    "descriptors now",
    "pass before",
    "pass now",
    "mean score before",
    "mean score now",
    "mean score change",
    "improved",
    "worse",
    "new",
    "removed",
    "unchanged",
)
DESCRIPTOR_HEADERS = (
    "descriptor",
    "id",
    "provider",
    "change",
    "source",
    "moved from",
    "matched by",
    "status before",
    "status now",
    "score before",
    "score now",
    "score change",
    "worse",
    "better",
    "findings fixed",
    "findings new",
    "elements changed",
)
FINDING_HEADERS = (
    "descriptor",
    "id",
    "provider",
    "fixed or new",
    "rule",
    "severity",
    "waived",
    "element",
    "pointer",
    "message",
    "hint",
)


def _provider_rows(since: Mapping[str, Any]) -> Iterable[list[Any]]:
    for p in since["providers"]:
        before, after = p["before"], p["after"]
        yield [
            p["provider"],
            p["change"],
            before["descriptors"],
            after["descriptors"],
            before["pass"],
            after["pass"],
            before["mean_score"],
            after["mean_score"],
            p["mean_score_delta"],
            p["improved"],
            p["worse"],
            p["added"],
            p["removed"],
            p["unchanged"],
        ]


def _descriptor_rows(since: Mapping[str, Any]) -> Iterable[list[Any]]:
    for d in since["descriptors"]:
        yield [
            d["label"],
            d["id"],
            d["provider"],
            d["change"],
            d["source"],
            d["moved_from"],
            d["matched_by"],
            d["status_before"],
            d["status"],
            d["score_before"],
            d["score"],
            d["score_delta"],
            "; ".join(d["worse"]),
            "; ".join(d["better"]),
            len(d["findings_fixed"]),
            len(d["findings_new"]),
            "; ".join(f"{e['label']}: {e['before'] or '–'} → {e['after'] or '–'}" for e in d["elements"]),
        ]


def _run_lines(since: Mapping[str, Any]) -> list[list[Any]]:
    before, after, summary = since["before"], since["after"], since["summary"]
    lines: list[list[Any]] = [
        ["Compared with", before["label"]],
        ["Its run time", before["generated_at"]],
        ["Its rubric", before["rubric"]],
        ["This run", after["label"]],
        ["Run time", after["generated_at"]],
        ["Worse", summary["worse"]],
        ["Improved", summary["improved"]],
        ["Changed otherwise", summary["changed"]],
        ["New descriptors", summary["added"]],
        ["Removed descriptors", summary["removed"]],
        ["Unchanged", summary["unchanged"]],
    ]
    lines += [["Note", note] for note in since["notes"]]
    lines += [["What got worse", line] for line in since["worse"]] or [["What got worse", "nothing"]]
    return lines


def since_sheet(book: Book, since: Mapping[str, Any]) -> None:
    """The "Since last audit" sheet of the audit workbook: the runs compared, per provider, per descriptor."""
    book.sheet(
        SINCE_SHEET,
        (34, 40, 14, 14, 12, 12, 12, 12, 12, 12, 10, 10, 10, 10, 30, 30, 40),
        [Heading("Since the last audit")],
    )
    for line in _run_lines(since):
        book.append(SINCE_SHEET, line)
    book.append(SINCE_SHEET, [])
    book.append(SINCE_SHEET, [Heading(h) for h in PROVIDER_HEADERS])
    for row in _provider_rows(since):
        book.append(SINCE_SHEET, row)
    book.append(SINCE_SHEET, [])
    book.append(SINCE_SHEET, [Heading(h) for h in DESCRIPTOR_HEADERS])
    for row in _descriptor_rows(since):
        book.append(SINCE_SHEET, row)


def render(change: Diff, **_: object) -> bytes:
    """Sheets Summary, Providers, Descriptors (those that changed), Findings (fixed and new)."""
    since = change.to_dict()
    book = Book()
    write_table(book, "Summary", ("item", "value"), [30, 100], _run_lines(since))
    write_table(
        book, "Providers", PROVIDER_HEADERS, [34, 12, *([12] * (len(PROVIDER_HEADERS) - 2))], _provider_rows(since)
    )
    write_table(
        book,
        "Descriptors",
        DESCRIPTOR_HEADERS,
        [34, 22, 30, 10, 40, 30, 10, 10, 10, 10, 10, 10, 50, 50, 10, 10, 50],
        _descriptor_rows(since),
    )

    def findings() -> Iterable[list[Any]]:
        for d in since["descriptors"]:
            for what, key in (("fixed", "findings_fixed"), ("new", "findings_new")):
                for f in d[key]:
                    yield [
                        d["label"],
                        d["id"],
                        d["provider"],
                        what,
                        f["rule"],
                        f["severity"],
                        f["waived"],
                        f["element"],
                        f["pointer"],
                        f["message"],
                        f["hint"],
                    ]

    write_table(book, "Findings", FINDING_HEADERS, [34, 22, 30, 10, 12, 10, 8, 18, 28, 60, 50], findings())
    return book.to_bytes(since["after"].get("generated_at"))
