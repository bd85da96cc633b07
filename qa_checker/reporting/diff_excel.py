"""The Excel form of a :class:`~qa_checker.diff.Diff`, and the audit workbook's "Since last audit" sheet.

Built with the audit workbook's :class:`~qa_checker.reporting.workbook.Book` and
:func:`~qa_checker.reporting.workbook.write_table`, so the same formula neutralisation, frozen
header rows, filters and reproducible packaging apply. Headers, labels and the words for changes,
statuses and severities are in the book's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from qa_checker.diff import Diff
from qa_checker.elements import ELEMENTS_BY_KEY
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import labels
from qa_checker.reporting.workbook import Book, Heading, write_table
from qa_checker.text import N_, msg

SINCE_SHEET = N_("Since last audit")
PROVIDER_HEADERS = (
    N_("provider"),
    N_("change"),
    N_("descriptors before"),
    N_("descriptors now"),
    N_("pass before"),
    N_("pass now"),
    N_("mean score before"),
    N_("mean score now"),
    N_("mean score change"),
    N_("improved"),
    N_("worse"),
    N_("changed"),
    N_("new"),
    N_("removed"),
    N_("unchanged"),
)
DESCRIPTOR_HEADERS = (
    N_("descriptor"),
    N_("id"),
    N_("provider"),
    N_("change"),
    N_("source"),
    N_("moved from"),
    N_("id before"),
    N_("matched by"),
    N_("status before"),
    N_("status now"),
    N_("score before"),
    N_("score now"),
    N_("score change"),
    N_("worse"),
    N_("better"),
    N_("findings fixed"),
    N_("findings new"),
    N_("elements changed"),
)
FINDING_HEADERS = (
    N_("descriptor"),
    N_("id"),
    N_("provider"),
    N_("fixed or new"),
    N_("rule"),
    N_("severity"),
    N_("waived"),
    N_("element"),
    N_("pointer"),
    N_("message"),
    N_("hint"),
)
# The Findings sheet's word for a finding the later run no longer has, for one it has anew, for why a run
# could not read the descriptor, and for the findings of the run that could (neither fixed nor new).
FIXED_OR_NEW = {
    "fixed": N_("fixed"),
    "new": N_("new"),
    "unreadable": N_("cannot be read"),
    "not_compared": N_("not compared"),
}
SHEETS = {
    "summary": N_("Summary"),
    "providers": N_("Providers"),
    "descriptors": N_("Descriptors"),
    "findings": N_("Findings"),
}


def _headers(tr: Translator, headers: Iterable[str]) -> list[str]:
    return [tr.gettext(h) for h in headers]


def _provider_rows(since: Mapping[str, Any], tr: Translator) -> Iterable[list[Any]]:
    for p in since["providers"]:
        before, after = p["before"], p["after"]
        yield [
            labels.provider(tr, p["provider"]),
            labels.word(tr, labels.CHANGE, p["change"]),
            before["descriptors"],
            after["descriptors"],
            before["pass"],
            after["pass"],
            before["mean_score"],
            after["mean_score"],
            p["mean_score_delta"],
            p["improved"],
            p["worse"],
            p["changed"],
            p["added"],
            p["removed"],
            p["unchanged"],
        ]


def _element_change(e: Mapping[str, Any], tr: Translator) -> str:
    element = ELEMENTS_BY_KEY.get(e["key"])
    return tr.render(
        msg(
            "{element}: {before} → {after}",
            element=tr.gettext(element.label) if element else e["label"],
            before=labels.word(tr, labels.ELEMENT_STATUS, e["before"]) or "–",
            after=labels.word(tr, labels.ELEMENT_STATUS, e["after"]) or "–",
        )
    )


def _descriptor_rows(since: Mapping[str, Any], tr: Translator) -> Iterable[list[Any]]:
    for d in since["descriptors"]:
        yield [
            d["label"],
            d["id"],
            labels.provider(tr, d["provider"]),
            labels.word(tr, labels.CHANGE, d["change"]),
            d["source"],
            d["moved_from"],
            d["id_before"],
            labels.word(tr, labels.MATCHED_BY, d["matched_by"]) or None,
            labels.word(tr, labels.STATUS, d["status_before"]) or None,
            labels.word(tr, labels.STATUS, d["status"]) or None,
            d["score_before"],
            d["score"],
            d["score_delta"],
            "; ".join(labels.shown(tr, r) for r in d["worse"]),
            "; ".join(labels.shown(tr, r) for r in d["better"]),
            len(d["findings_fixed"]),
            len(d["findings_new"]),
            "; ".join(_element_change(e, tr) for e in d["elements"]),
        ]


def _run_lines(since: Mapping[str, Any], tr: Translator) -> list[list[Any]]:
    before, after, summary = since["before"], since["after"], since["summary"]
    _ = tr.gettext
    lines: list[list[Any]] = [
        [_(N_("Compared with")), before["label"]],
        [_(N_("Its run time")), before["generated_at"]],
        [_(N_("Its rubric")), before["rubric"]],
        [_(N_("This run")), after["label"]],
        [_(N_("Run time")), after["generated_at"]],
        [_(N_("Worse")), summary["worse"]],
        [_(N_("Improved")), summary["improved"]],
        [_(N_("Changed otherwise")), summary["changed"]],
        [_(N_("New descriptors")), summary["added"]],
        [_(N_("Removed descriptors")), summary["removed"]],
        [_(N_("Unchanged")), summary["unchanged"]],
    ]
    lines += [[_(N_("Note")), labels.shown(tr, note)] for note in since["notes"]]
    worse = _(N_("What got worse"))
    lines += [[worse, labels.shown(tr, line)] for line in since["worse"]] or [[worse, _(N_("nothing"))]]
    return lines


def since_sheet(book: Book, since: Mapping[str, Any]) -> None:
    """The "Since last audit" sheet of the audit workbook: the runs compared, per provider, per descriptor."""
    tr = book.tr
    title = book.name(SINCE_SHEET)
    book.sheet(
        title,
        (34, 40, 14, 14, 12, 12, 22, 12, 12, 12, 12, 10, 10, 10, 10, 30, 30, 40),
        [Heading(tr.gettext(N_("Since the last audit")))],
    )
    for line in _run_lines(since, tr):
        book.append(title, line)
    book.append(title, [])
    book.append(title, [Heading(h) for h in _headers(tr, PROVIDER_HEADERS)])
    for row in _provider_rows(since, tr):
        book.append(title, row)
    book.append(title, [])
    book.append(title, [Heading(h) for h in _headers(tr, DESCRIPTOR_HEADERS)])
    for row in _descriptor_rows(since, tr):
        book.append(title, row)


def render(change: Diff, *, language: str = "en", tr: Translator | None = None, **_: object) -> bytes:
    """Sheets Summary, Providers, Descriptors (those that changed), Findings (fixed and new), in ``language``
    (or ``tr``'s)."""
    tr = tr or translator(language)
    since = change.to_dict(translator=tr)
    book = Book(tr)
    item_value = _headers(tr, (N_("item"), N_("value")))
    write_table(book, book.name(SHEETS["summary"]), item_value, [30, 100], _run_lines(since, tr))
    write_table(
        book,
        book.name(SHEETS["providers"]),
        _headers(tr, PROVIDER_HEADERS),
        [34, 12, *([12] * (len(PROVIDER_HEADERS) - 2))],
        _provider_rows(since, tr),
    )
    write_table(
        book,
        book.name(SHEETS["descriptors"]),
        _headers(tr, DESCRIPTOR_HEADERS),
        [34, 22, 30, 10, 40, 30, 22, 10, 10, 10, 10, 10, 10, 50, 50, 10, 10, 50],
        _descriptor_rows(since, tr),
    )

    def findings() -> Iterable[list[Any]]:
        for d in since["descriptors"]:
            for what in FIXED_OR_NEW:
                key = f"findings_{what}"
                for f in d[key]:
                    yield [
                        d["label"],
                        d["id"],
                        labels.provider(tr, d["provider"]),
                        tr.gettext(FIXED_OR_NEW[what]),
                        f["rule"],
                        labels.word(tr, labels.SEVERITY, f["severity"]),
                        f["waived"],
                        f["element"],
                        f["pointer"],
                        f["message"],
                        f["hint"],
                    ]

    write_table(
        book,
        book.name(SHEETS["findings"]),
        _headers(tr, FINDING_HEADERS),
        [34, 22, 30, 10, 12, 10, 8, 18, 28, 60, 50],
        findings(),
    )
    return book.to_bytes(since["after"].get("generated_at"))
