"""The Excel workbook reviewers work in: Summary, Descriptors, Findings, Coverage, Principles, Rules.

openpyxl (write-only mode) writes the package: styles, column widths, frozen header rows,
autofilters and conditional formatting, page setup (A4 landscape fitted to the width, header row
repeated on every page), and each sheet's styled first row. Findings carry their descriptor's title,
status and score, and link to the descriptor's row and to the rule's row in the Rules sheet. The data rows, the bulk
of a large batch, are serialised here straight to SpreadsheetML in openpyxl's own cell forms
(inline strings, ``t="n"`` numbers, ``t="b"`` booleans) and spliced into its ``<sheetData>``:
about ten times faster than openpyxl's pure-Python XML writer. The package is then re-zipped with
fixed entry dates and the run time as creation date, so with ``--now`` the workbook is
byte-for-byte reproducible. Numbers are stored as numbers.

Formula injection: any text that would start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is stored as text with a leading apostrophe (``'=HYPERLINK(...)``), the neutralisation
OWASP recommends for spreadsheet exports (:mod:`qa_checker.cells`, shared with the CSV dataset);
the apostrophe is visible, so nothing is hidden from the reader. Characters XML cannot hold
(control characters) and lone surrogates become U+FFFD, and text is cut to Excel's
32,767-character cell limit.
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from qa_checker import table
from qa_checker.cells import FORMULA_START as FORMULA_START
from qa_checker.cells import neutralise, without_surrogates
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.elements import ELEMENTS, citation
from qa_checker.i18n import Translator, translator
from qa_checker.principles import PRINCIPLES, PRINCIPLES_BY_KEY
from qa_checker.reporting import labels
from qa_checker.results import Report, principle_notes
from qa_checker.text import N_, fill

CELL_LIMIT = 32_767
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE8E8E8")
STATUS_COLOURS = {
    "present": "FFC8E6C9",
    "missing": "FFFFCDD2",
    "invalid": "FFFFE0B2",
    "not-applicable": "FFEEEEEE",
    "pass": "FFC8E6C9",
    "fail": "FFFFCDD2",
    "error": "FFE1BEE7",
    "skipped": "FFEEEEEE",
}
# Columns at least this wide wrap their text (long messages, hints, titles and paths); the others are
# aligned to the top of their row, so a wrapped neighbour does not leave them floating.
WRAP_WIDTH = 30
LINK_FONT = Font(color="FF0563C1", underline="single")

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
# Excel's footer codes: the sheet's name, the page, the pages.
FOOTER = N_("{sheet}, page {page} of {pages}")
_SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


def safe(value: Any) -> Any:
    """A cell value that can never start a formula; numbers and booleans pass through."""
    if not isinstance(value, str):
        return value
    text = neutralise(ILLEGAL_CHARACTERS_RE.sub("\ufffd", without_surrogates(value)))
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - 1] + "…"
    return text


class Heading(str):
    """Text shown in the bold, shaded header style where it appears inside a sheet."""


_HEADER_STYLE = "\x01"  # replaced by the header's style index once openpyxl has assigned it
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


class Book:
    """A workbook whose data rows are written as SpreadsheetML text (see the module docstring).

    Every sheet is set up to print: A4 landscape, fitted to the page width, its header row repeated
    on every page (print titles), gridlines, and the sheet name and page number in the footer. Data
    cells in wide columns wrap their text; the others align to the top. Internal hyperlinks (to a
    cell of another sheet) are written with the rows.
    """

    def __init__(self, tr: Translator | None = None) -> None:
        self.tr = tr or translator()
        self._names: dict[str, str] = {}
        self.workbook = Workbook(write_only=True)
        self.rows: dict[str, list[str]] = {}
        self.links: dict[str, list[tuple[str, str]]] = {}
        self._next: dict[str, int] = {}
        self._letters: list[str] = []
        self._columns: dict[str, list[str]] = {}
        self._styles: dict[str, str] = {}

    def name(self, label: str) -> str:
        """The name of the sheet ``label`` (an English msgid) in the book's language: at most 31 characters,
        none that Excel refuses in a name, unique in the book (the same label always gets the same name)."""
        if label not in self._names:
            text = _NOT_IN_SHEET_NAMES.sub(" ", self.tr.gettext(label)).strip().strip("'")
            text = text[:_SHEET_NAME_LIMIT].rstrip() or label[:_SHEET_NAME_LIMIT]
            taken = {n.casefold() for n in self._names.values()}
            candidate, number = text, 1
            while candidate.casefold() in taken:
                number += 1
                suffix = f" ({number})"
                candidate = text[: _SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
            self._names[label] = candidate
        return self._names[label]

    def gettext(self, message: str) -> str:
        """A header or label in the book's language."""
        return self.tr.gettext(message)

    def _register(self, sheet: WriteOnlyWorksheet) -> None:
        """The workbook's style indexes for data cells (registered once, with the first sheet)."""
        if self._styles:
            return
        forms = {
            "top": {"alignment": Alignment(vertical="top")},
            "wrap": {"alignment": Alignment(vertical="top", wrap_text=True)},
            "link": {"alignment": Alignment(vertical="top"), "font": LINK_FONT},
            "wrap-link": {"alignment": Alignment(vertical="top", wrap_text=True), "font": LINK_FONT},
        }
        for name, style in forms.items():
            cell = WriteOnlyCell(sheet)
            for attribute, value in style.items():
                setattr(cell, attribute, value)
            self._styles[name] = str(cell.style_id)

    def sheet(
        self,
        title: str,
        widths: Sequence[float],
        first: Sequence[Any],
        *,
        freeze: str | None = None,
        titles: bool | None = None,
    ) -> WriteOnlyWorksheet:
        """A new sheet with column widths, frozen panes, page setup and its first row (header cells styled).

        Everything that openpyxl writes before the rows must be set here, before the first row. The
        first row is repeated on every printed page when ``titles`` (by default: when panes are frozen
        under it).
        """
        sheet: WriteOnlyWorksheet = self.workbook.create_sheet(title)
        self._register(sheet)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = freeze
        _page_setup(sheet, titles if titles is not None else freeze == "A2", self.tr)
        sheet.append([header_cell(sheet, v) if isinstance(v, Heading) else safe(v) for v in first])
        self.rows[title] = []
        self.links[title] = []
        self._next[title] = 2
        self._columns[title] = [self._styles["wrap" if width >= WRAP_WIDTH else "top"] for width in widths]
        return sheet

    def next_row(self, title: str) -> int:
        """The number the next row appended to a sheet will have."""
        return self._next[title]

    def append(self, title: str, values: Sequence[Any], links: dict[int, str] | None = None) -> None:
        """Add one data row (after the first) to a sheet; ``links`` maps column indexes to the cells
        (such as ``'Rules'!A5``) their values link to."""
        number = self._next[title]
        self._next[title] = number + 1
        while len(self._letters) < len(values):
            self._letters.append(get_column_letter(len(self._letters) + 1))
        columns = self._columns.get(title, [])
        wrap = self._styles.get("wrap")
        cells = []
        for index, (letter, value) in enumerate(zip(self._letters, values)):
            style = columns[index] if index < len(columns) else self._styles.get("top")
            ref = f"{letter}{number}"
            if links and index in links and value is not None and value != "":
                self.links[title].append((ref, links[index]))
                style = self._styles["wrap-link" if style == wrap else "link"]
            cells.append(_cell(ref, value, style))
        joined = "".join(cells)
        if joined:
            self.rows[title].append(f'<row r="{number}">{joined}</row>')

    def to_bytes(self, generated_at: str | None) -> bytes:
        """The ``.xlsx`` package, re-zipped with fixed entry dates and the run time as its date."""
        created = _w3cdtf(generated_at)
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        parts = {f"xl/worksheets/sheet{i}.xml": title for i, title in enumerate(self.workbook.sheetnames, start=1)}
        out = io.BytesIO()
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                data = source.read(name)
                if name in parts and self.rows.get(parts[name]):
                    data = _splice(data, "".join(self.rows[parts[name]]), self.links.get(parts[name], []))
                elif name == "docProps/core.xml" and created:
                    data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + created.encode(), data)
                target.writestr(
                    zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED
                )
        return out.getvalue()


def _cell(ref: str, value: Any, style: str | None = None) -> str:
    """One cell in the forms openpyxl writes (with the style index ``style``); nothing for ``None`` or
    empty text, as openpyxl."""
    if value is None or value == "":
        return ""
    styled = f' s="{_HEADER_STYLE}"' if isinstance(value, Heading) else f' s="{style}"' if style else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{styled} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f'<c r="{ref}"{styled} t="n"><v>{value!r}</v></c>'
    text = safe(str(value)).translate(_ESCAPES)
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}"{styled} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _splice(sheet_xml: bytes, rows: str, links: Sequence[tuple[str, str]] = ()) -> bytes:
    """Insert data rows after the first row, with the header style index openpyxl chose for it, and the
    internal hyperlinks (``(cell, target)``) where the schema wants them: before the print settings."""
    found = re.search(rb'<c r="A1" s="(\d+)"', sheet_xml)
    body = rows.replace(_HEADER_STYLE, found.group(1).decode() if found else "0").encode("utf-8")
    sheet_xml = sheet_xml.replace(b"</sheetData>", body + b"</sheetData>", 1)
    if links:
        quote = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})
        block = "<hyperlinks>" + "".join(
            f'<hyperlink ref="{ref}" location="{target.translate(quote)}"/>' for ref, target in links
        )
        marker = next(m for m in (b"<printOptions", b"<pageMargins", b"<pageSetup", b"</worksheet>") if m in sheet_xml)
        sheet_xml = sheet_xml.replace(marker, (block + "</hyperlinks>").encode("utf-8") + marker, 1)
    return sheet_xml


def _page_setup(sheet: WriteOnlyWorksheet, titles: bool, tr: Translator) -> None:
    """A4 landscape, as wide as the page and as long as it takes, header row on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    # A literal & of the translation is doubled: single ones start Excel's codes.
    codes = {"sheet": "&A", "page": "&P", "pages": "&N"}
    sheet.oddFooter.center.text = fill(tr.gettext(FOOTER).replace("&", "&&"), codes)
    if titles:
        sheet.print_title_rows = "1:1"


def sheet_link(title: str, row: int, column: str = "A") -> str:
    """The hyperlink location of a cell in another sheet of the workbook."""
    return "'" + title.replace("'", "''") + f"'!{column}{row}"


def render(report: Report, *, tr: Translator | None = None, **_: object) -> bytes:
    """The workbook as ``.xlsx`` bytes, in the report's language (or ``tr``'s)."""
    rows = table.rows(report)
    book = Book(tr or translator(report.language))
    _summary(book, report, report.stamp, report.providers)
    if report.since is not None:  # what changed since the last audit (audit --store)
        from qa_checker.reporting.diff_excel import since_sheet

        since_sheet(book, report.since)
    _descriptors(book, report, rows)
    _findings(book, report, rows)
    _coverage(book, rows)
    _principles(book, rows)
    _beyond(book, report)
    _rules(book, report)
    return book.to_bytes(report.generated_at)


def _w3cdtf(moment: str | None) -> str | None:
    """The run time in the UTC form document properties use (``2026-11-29T12:00:00Z``)."""
    if not moment:
        return None
    from datetime import datetime, timezone

    parsed = datetime.fromisoformat(moment)
    parsed = parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_table(
    book: Book,
    title: str,
    headers: Sequence[str],
    widths: Sequence[float],
    body: Iterable[Sequence[Any]],
    *,
    coloured: Sequence[int] = (),
    links: Iterable[dict[int, str] | None] = (),
    colours: Mapping[str, str] = STATUS_COLOURS,
) -> None:
    """Add a tabular sheet: bold frozen header repeated on every printed page, autofilter, widths.

    Columns whose indexes are in ``coloured`` hold statuses and are coloured by conditional
    formatting (one rule per status for the whole range: cheap to write, and the colour follows
    a reviewer's edits; ``colours`` maps the words shown to their colours, by default the statuses'
    keys). ``links`` gives, row by row, the cells some columns link to.
    """
    sheet = book.sheet(title, widths, [Heading(h) for h in headers], freeze="A2")
    count = 0
    targets = iter(links)
    for values in body:
        count += 1
        book.append(title, values, next(targets, None))
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    for index in coloured if count else ():
        letter = get_column_letter(index + 1)
        for status, colour in colours.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            text = status.replace('"', '""')
            sheet.conditional_formatting.add(
                f"{letter}2:{letter}{count + 1}", CellIsRule(operator="equal", formula=[f'"{text}"'], fill=fill)
            )


def header_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """A bold, shaded header cell."""
    cell = WriteOnlyCell(sheet, value=safe(text))
    cell.font = BOLD
    cell.fill = HEADER_FILL
    return cell


def translated_colours(tr: Translator) -> dict[str, str]:
    """:data:`STATUS_COLOURS` by the words a reader sees for the statuses (the first colour of a word wins)."""
    out: dict[str, str] = {}
    for key, colour in STATUS_COLOURS.items():
        out.setdefault(labels.word(tr, {**labels.ELEMENT_STATUS, **labels.STATUS}, key), colour)
    return out


def _width(name: str) -> float:
    if name in ("source", "title", "provider", "message", "hint", "sha256", "field_label"):
        return 40
    if name.startswith(("element_", "principle_")) or name in ("ects", "hours", "score", "eqf_level"):
        return 12
    return 18


def _summary(book: Book, report: Report, stamp: dict[str, Any], groups: list[dict[str, Any]]) -> None:
    _ = book.gettext
    tr = book.tr
    title = book.name(SHEETS["summary"])
    book.sheet(title, (42, 70, 10, 10, 10, 14, 12), [Heading(_(N_("qa-checker audit report")))])
    summary = report.summary
    scores = [r.score for r in report.results if r.score is not None]
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
        [_(N_("Mean score")), round(sum(scores) / len(scores), 1) if scores else None],
        [_(N_("Hours per ECTS used to normalise workload")), HOURS_PER_ECTS],
        [],
        [
            Heading(_(h))
            for h in (
                N_("Provider"),
                N_("Descriptors"),
                N_("Pass"),
                N_("Fail"),
                N_("Error"),
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
        for g in groups
    ]
    lines += [[], [Heading(_(N_("Input (source)"))), Heading("SHA-256")]]
    lines += [[i["source"], i["sha256"]] for i in stamp["inputs"]]
    for line in lines:
        book.append(title, line)


def _descriptors(book: Book, report: Report, rows: list[dict[str, Any]]) -> None:
    """The comparability columns, status and score; element statuses and principle scores have their own
    sheets. A descriptor's source links to its first finding in the Findings sheet. This sheet is the
    dataset: its column names and values are those of the data dictionary in every language."""
    names = DESCRIPTOR_COLUMNS
    findings = book.name(SHEETS["findings"])
    first = 2
    links: list[dict[int, str] | None] = []
    for result in report.results:
        links.append({names.index("source"): sheet_link(findings, first)} if result.findings else None)
        first += len(result.findings)
    write_table(
        book,
        book.name(SHEETS["descriptors"]),
        names,
        [_width(n) for n in names],
        ([row[n] for n in names] for row in rows),
        coloured=[names.index("status")],
        links=links,
    )


def _findings(book: Book, report: Report, rows: list[dict[str, Any]]) -> None:
    """Every finding with its descriptor's title, status and score; the source links to the descriptor's
    row in the Descriptors sheet, the rule to its row in the Rules sheet."""
    tr = book.tr
    rule_rows = {rule_id: number for number, rule_id in enumerate(report.rules, start=2)}
    source_column, rule_column = FINDING_HEADERS.index("source"), FINDING_HEADERS.index("rule")
    descriptors, rules = book.name(SHEETS["descriptors"]), book.name(SHEETS["rules"])

    def body() -> Iterable[list[Any]]:
        for result, row in zip(report.results, rows):
            status = labels.word(tr, labels.STATUS, result.status)
            for f in result.findings:
                origin = f.origin
                yield [
                    result.source,
                    result.id,
                    row["title"],
                    status,
                    result.score,
                    row["provider"],
                    f.rule,
                    labels.word(tr, labels.SEVERITY, f.severity.value),
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

    def links() -> Iterable[dict[int, str]]:
        for number, result in enumerate(report.results, start=2):
            for f in result.findings:
                targets = {source_column: sheet_link(descriptors, number)}
                if f.rule in rule_rows:
                    targets[rule_column] = sheet_link(rules, rule_rows[f.rule])
                yield targets

    widths = [40, 22, 36, 9, 8, 30, 12, 10, 18, 28, 7, 7, 60, 50, 14, 10, 24, 8, 8, 30]
    headers = [book.gettext(h) for h in FINDING_HEADERS]
    title = book.name(SHEETS["findings"])
    write_table(book, title, headers, widths, body(), coloured=[3], links=links(), colours=translated_colours(tr))


def _coverage(book: Book, rows: list[dict[str, Any]]) -> None:
    tr = book.tr
    _ = book.gettext
    headers = [
        _(N_("source")),
        _(N_("id")),
        _(N_("provider")),
        _(N_("status")),
        *(f"{e.clause.replace('Annex I ', '')} {e.key}" for e in ELEMENTS),
    ]
    body = (
        [
            row["source"],
            row["id"],
            row["provider"],
            labels.word(tr, labels.STATUS, row["status"]),
            *(labels.word(tr, labels.ELEMENT_STATUS, row[f"element_{e.key}"]) or None for e in ELEMENTS),
        ]
        for row in rows
    )
    write_table(
        book,
        book.name(SHEETS["coverage"]),
        headers,
        [40, 22, 30, 10, *([14] * len(ELEMENTS))],
        body,
        coloured=range(3, len(headers)),
        colours=translated_colours(tr),
    )


def _principles(book: Book, rows: list[dict[str, Any]]) -> None:
    _ = book.gettext
    headers = [_(N_("source")), _(N_("id")), _(N_("provider")), _(N_("score")), *(_(p.label) for p in PRINCIPLES)]
    body = (
        [row["source"], row["id"], row["provider"], row["score"], *(row[f"principle_{p.key}"] for p in PRINCIPLES)]
        for row in rows
    )
    write_table(book, book.name(SHEETS["principles"]), headers, [40, 22, 30, 10, *([14] * len(PRINCIPLES))], body)


def _beyond(book: Book, report: Report) -> None:
    """The Annex II principles a reviewer must judge from evidence beyond the descriptors, and what to look for."""
    notes = principle_notes(report.results, book.tr)
    body = ([note["label"], note["look_for"]] for note in notes.values())
    headers = [book.gettext(N_("principle")), book.gettext(N_("look for"))]
    write_table(book, book.name(SHEETS["beyond"]), headers, [24, 110], body)


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
    body = []
    for rule in report.rules.values():
        body.append(
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
        )
    headers = [book.gettext(h) for h in RULE_HEADERS]
    write_table(book, book.name(SHEETS["rules"]), headers, [12, 40, 18, 14, 24, 10, 8, 30, 60, 60, 26], body)
