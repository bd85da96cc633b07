"""CSV and Excel (``.xlsx``) catalogues: one descriptor per row.

Columns name descriptor fields (see :mod:`qa_checker.loaders.columns`). The header row is the first
of the first ten rows in which at least two cells (or the only filled cell) name fields, so a title
row above the table is fine. Each filled row becomes one :class:`Document` whose source is
``FILE [SHEET row N]`` (``FILE [row N]`` for CSV) and whose ``origins`` map every descriptor pointer
the row fills (or has a column for) to its cell, so each finding names ``Sheet!F14``; the descriptor
root maps to the whole row (``Courses!A14:R14``). A CSV's sheet is named after the file, as Excel does.

Cells: empty cells are absent; numbers stay numbers only where the schema expects numbers, so codes
such as ISCED-F ``0613`` keep their leading zero; list cells split on new lines (a cell without new
lines splits on ``;``; lists of codes also on ``,``); bullets and numbering are dropped; a code may be
written as ``NL - Netherlands`` or by its label; ``descriptor_version`` defaults to ``1.0``.

Safety: an ``.xlsx`` is inspected as a zip before it is opened (member count, declared uncompressed
size, compression ratio; CPython's zipfile never inflates past a member's declared size), then
streamed with openpyxl ``read_only`` and ``data_only``: formulas are never evaluated, a formula's
saved result is read, a formula without one is reported. Merged cells are read from the sheet XML:
a value merged down over rows is read for each row (info), a merge across columns is reported.
Hidden sheets are skipped and reported (info) on the workbook's first document, with any sheet that
has no header row; the template's own ``Instructions`` and (hidden) ``Lists`` sheets pass silently.

CSV must be UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused with a
finding rather than guessed, because a wrong guess (cp1250 read as cp1252) would silently corrupt
titles and outcomes that the rules then judge. The delimiter (``,`` ``;`` or tab) is sniffed from the
header row (the line with the most of them); an Excel ``sep=;`` first line is honoured.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import functools
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import PurePosixPath
from typing import Any

from qa_checker import ids
from qa_checker import pointer as jp
from qa_checker import vocab
from qa_checker.document import Document
from qa_checker.elements import element_for_pointer
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.loaders.columns import IGNORE, ColumnResolver, Field
from qa_checker.loaders.common import load_error

CSV_SUFFIXES = (".csv", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEMPLATE_SHEETS = ("Instructions", "Lists")
HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 1000
MAX_MERGES = 20_000

COLUMNS, CELLS, SHEETS = ids.SHEET_COLUMNS, ids.SHEET_CELLS, ids.SHEET_SKIPPED
_MAPPING_HINT = ("Rename the column to a descriptor field (a dotted path such as workload.ects or title.en), "
                 "or name it in a mapping file passed with --mapping FILE; put your own data in an "
                 "extensions.NAME column.")


@dataclass(frozen=True)
class ZipLimits:
    """What an ``.xlsx`` may unpack to before it is opened."""

    members: int = 2_000
    total_bytes: int = 128 * 1024 * 1024
    ratio: int = 200
    ratio_floor: int = 1024 * 1024


LIMITS = ZipLimits()


# ---------------------------------------------------------------- loaders


def load_csv(raw: bytes, source: str, mapping: Mapping[str, str | None] | None = None) -> list[Document]:
    """Every descriptor row of a CSV file."""
    text = _decode_csv(raw, source)
    if isinstance(text, Document):
        return [text]
    sheet = PurePosixPath(source.replace("\\", "/")).stem or "csv"
    reader = _Reader(source, "csv", ColumnResolver(mapping))
    return reader.finish(reader.read_sheet(sheet, _csv_rows(text), lambda row: f"{source} [row {row}]"))


def load_xlsx(raw: bytes, source: str, mapping: Mapping[str, str | None] | None = None) -> list[Document]:
    """Every descriptor row of every visible sheet of an Excel workbook."""
    refusal = inspect_zip(raw, LIMITS)
    if refusal is not None:
        rule, message, hint = refusal
        return [load_error(source, rule, message, hint, fmt="xlsx")]
    scans = _scan_sheets(raw)
    try:
        workbook = _open_workbook(raw, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure of the parser on a hostile file is a finding
        return [load_error(source, ids.UNREADABLE, f"the workbook cannot be read: {_describe(exc)}",
                           "Open the file in Excel or LibreOffice and save it again as .xlsx.", fmt="xlsx")]
    reader = _Reader(source, "xlsx", ColumnResolver(mapping))
    documents: list[Document] = []
    formulas_book = None
    try:
        for sheet in workbook.worksheets:
            title = sheet.title
            if sheet.sheet_state != "visible":
                if title in TEMPLATE_SHEETS:
                    continue
                reader.notes.append(_finding(SHEETS, Severity.INFO, "", f"the {sheet.sheet_state} sheet '{title}' "
                                             "was not read", "Unhide the sheet if it holds descriptors.",
                                             Origin(sheet=title, cell="A1")))
                continue
            scan = scans.get(getattr(sheet, "_worksheet_path", ""), _Scan())
            formulas: dict[tuple[int, int], str] = {}
            if scan.formulas:
                formulas_book = formulas_book or _open_workbook(raw, data_only=False)
                formulas = _formula_cells(formulas_book[title])
            sheet.reset_dimensions()
            rows = _xlsx_rows(sheet, formulas, scan.merges)
            documents.extend(reader.read_sheet(title, rows, lambda row, t=title: f"{source} [{t} row {row}]"))
    except Exception as exc:  # noqa: BLE001 - a broken workbook part must not lose the rows already read
        documents.append(load_error(source, ids.UNREADABLE, f"the workbook cannot be read to the end: {_describe(exc)}",
                                    "Open the file in Excel or LibreOffice and save it again as .xlsx.", fmt="xlsx"))
    finally:
        workbook.close()
        if formulas_book is not None:
            formulas_book.close()
    return reader.finish(documents)


# ---------------------------------------------------------------- CSV


def _decode_csv(raw: bytes, source: str) -> str | Document:
    if not raw.strip():
        return load_error(source, ids.EMPTY, "the file is empty", "Export the catalogue again.", fmt="csv")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            return load_error(source, ids.UNREADABLE, f"the file starts as UTF-16 text but is not: {exc.reason}",
                              "Save the file as CSV UTF-8.", fmt="csv")
    if raw.startswith(b"PK\x03\x04"):
        return load_error(source, ids.UNREADABLE, "the file is an Excel workbook or other zip archive, not CSV text",
                          "Rename an Excel workbook to .xlsx, or save it as CSV UTF-8.", fmt="csv")
    if b"\x00" in raw[:8192]:
        return load_error(source, ids.UNREADABLE, "the file is binary, not CSV text",
                          "Save the catalogue as CSV UTF-8, or give the .xlsx workbook.", fmt="csv")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return load_error(source, ids.UNREADABLE,
                          f"the file is not UTF-8 text (line {line}: byte 0x{raw[exc.start]:02X}); it was not read "
                          "rather than guessed, since a wrong guess would garble accented letters",
                          "Save it as UTF-8: in Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)'; "
                          "in LibreOffice choose the character set 'Unicode (UTF-8)'.",
                          fmt="csv", origin=Origin(line=line))


def _csv_rows(text: str) -> Iterator[tuple[int, list[Any]]]:
    head = text[:65536].splitlines()[:HEADER_SEARCH_ROWS]
    directive = re.match(r"^\s*sep=(.)\s*$", head[0]) if head else None
    if directive:
        delimiter = directive.group(1)
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = _sniff(head)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, row in enumerate(reader, start=1):
        yield number, row


def _sniff(lines: list[str]) -> str:
    """The delimiter with the most occurrences outside quotes on any one of the first lines (the
    header row has the most), comma on a tie; a title row above the header does not mislead it."""
    unquoted = [re.sub(r'"[^"]*"', "", line) for line in lines]
    counts = {d: max((line.count(d) for line in unquoted), default=0) for d in (",", ";", "\t")}
    best = max(counts.values())
    return "," if best == 0 or counts[","] == best else next(d for d, n in counts.items() if n == best)


# ---------------------------------------------------------------- XLSX


def inspect_zip(raw: bytes, limits: ZipLimits = LIMITS) -> tuple[str, str, str] | None:
    """Why an ``.xlsx`` must not be opened, as ``(rule, message, hint)``, or ``None``."""
    if raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return (ids.UNREADABLE, "the file is an old-style .xls workbook or a password-protected one, not an .xlsx",
                "Remove any password and save the workbook as Excel Workbook (.xlsx).")
    if not raw.startswith(b"PK"):
        kind = "empty" if not raw.strip() else "not an Excel workbook (an .xlsx file is a zip archive)"
        return (ids.EMPTY if not raw.strip() else ids.UNREADABLE, f"the file is {kind}",
                "Save the catalogue from Excel or LibreOffice as Excel Workbook (.xlsx), or as CSV UTF-8.")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return (ids.UNREADABLE, f"the file is not a readable .xlsx (broken zip archive: {_describe(exc)})",
                "Save the workbook again from Excel or LibreOffice.")
    names = {m.filename for m in members}
    if len(members) > limits.members:
        return (ids.OVER_LIMIT, f"the workbook has {len(members):,} parts, over the limit of {limits.members:,}; "
                "it was not opened", "Save the catalogue as a plain workbook, or split it.")
    total = sum(m.file_size for m in members)
    if total > limits.total_bytes:
        return (ids.OVER_LIMIT, f"the workbook unpacks to {total:,} bytes, over the limit of {limits.total_bytes:,}; "
                "it was not opened", "Split the catalogue into smaller workbooks.")
    for member in members:
        if member.file_size > limits.ratio_floor and member.file_size > limits.ratio * max(member.compress_size, 1):
            return (ids.OVER_LIMIT, f"the workbook part {member.filename} is compressed more than {limits.ratio}:1 "
                    f"({member.compress_size:,} to {member.file_size:,} bytes), like a zip bomb; it was not opened",
                    "Give the real catalogue workbook.")
        if member.flag_bits & 0x1:
            return (ids.UNREADABLE, "the workbook is encrypted", "Save the workbook without a password.")
    if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
        return (ids.UNREADABLE, "the file is a zip archive but not an Excel workbook (no xl/workbook.xml)",
                "Give an Excel Workbook (.xlsx); a .zip of descriptors must be named .zip.")
    return None


@dataclass
class _Scan:
    formulas: bool = False
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE_TAG = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3}\d{1,7})(?::([A-Z]{1,3}\d{1,7}))?\"")


def _scan_sheets(raw: bytes) -> dict[str, _Scan]:
    """Formula presence and merged ranges of every worksheet part, read in chunks from the zip."""
    scans: dict[str, _Scan] = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for info in archive.infolist():
            if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                continue
            scan = _Scan()
            tail = b""
            seen: set[bytes] = set()
            try:
                with archive.open(info) as stream:
                    for chunk in iter(lambda: stream.read(1 << 20), b""):
                        window = tail + chunk
                        scan.formulas = scan.formulas or bool(_FORMULA_TAG.search(window))
                        for match in _MERGE_TAG.finditer(window):
                            if match.group(0) not in seen and len(scan.merges) < MAX_MERGES:
                                seen.add(match.group(0))
                                scan.merges.append(_range(match.group(1), match.group(2) or match.group(1)))
                        tail = window[-256:]
            except (zipfile.BadZipFile, OSError, EOFError, ValueError):
                pass
            scans[info.filename] = scan
    return scans


def _range(first: bytes, last: bytes) -> tuple[int, int, int, int]:
    from openpyxl.utils.cell import coordinate_to_tuple

    r1, c1 = coordinate_to_tuple(first.decode())
    r2, c2 = coordinate_to_tuple(last.decode())
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def _open_workbook(raw: bytes, *, data_only: bool) -> Any:
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=data_only, keep_links=False)


def _formula_cells(sheet: Any) -> dict[tuple[int, int], str]:
    """``(row, column) -> formula`` for every formula cell of a sheet (read without evaluating)."""
    sheet.reset_dimensions()
    found: dict[tuple[int, int], str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for row in sheet.iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) == "f":
                    found[(cell.row, cell.column)] = str(getattr(cell.value, "text", cell.value))
    return found


_ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
                 "#CALC!"}


def _xlsx_rows(sheet: Any, formulas: dict[tuple[int, int], str],
               merges: list[tuple[int, int, int, int]]) -> Iterator[tuple[int, list[Any]]]:
    """``(row number, cell values)``, formula cells without a result marked, merged areas resolved."""
    pending = sorted(merges)
    active: list[tuple[tuple[int, int, int, int], Any]] = []
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (r, c), formula in formulas.items():
        by_row.setdefault(r, []).append((c, formula))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells: list[Any] = list(values[:MAX_COLUMNS])
            for c, formula in by_row.get(number, ()):
                if c <= MAX_COLUMNS:
                    cells.extend([None] * (c - len(cells)))
                    if cells[c - 1] is None:
                        cells[c - 1] = _Formula(formula)
            active = [(m, v) for m, v in active if m[2] >= number]
            while pending and pending[0][0] == number:
                merge = pending.pop(0)
                top_left = cells[merge[1] - 1] if merge[1] <= len(cells) else None
                active.append((merge, top_left))
            for merge, value in active:
                _apply_merge(cells, number, merge, value)
            if active or any(v is not None for v in cells):
                yield number, cells


@dataclass(frozen=True)
class _Formula:
    """A formula cell with no saved result."""

    text: str


@dataclass(frozen=True)
class _Merged:
    """A cell covered by a merged area: the value of its top-left cell, or nothing across columns."""

    value: Any
    ref: str
    top_left: str
    down: bool


def _apply_merge(cells: list[Any], number: int, merge: tuple[int, int, int, int], value: Any) -> None:
    from openpyxl.utils.cell import get_column_letter

    r1, c1, r2, c2 = merge
    ref = f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}"
    top_left = f"{get_column_letter(c1)}{r1}"
    width = min(c2, MAX_COLUMNS)
    if len(cells) < width:
        cells.extend([None] * (width - len(cells)))
    for column in range(c1, width + 1):
        if (number, column) == (r1, c1):
            continue
        down = column == c1
        cells[column - 1] = _Merged(value if down else None, ref, top_left, down)


# ---------------------------------------------------------------- rows to documents


class _Arr(dict):  # type: ignore[type-arg]
    """A list under construction: raw column index -> item (compacted in index order at the end)."""


@dataclass
class _Column:
    index: int
    letter: str
    header: str
    field: Field | None


class _Reader:
    """Turns the rows of one file's sheets into documents; collects file-level notes."""

    def __init__(self, source: str, fmt: str, resolver: ColumnResolver) -> None:
        self.source = source
        self.fmt = fmt
        self.resolver = resolver
        self.notes: list[Finding] = []
        self.headerless: list[str] = []
        self.edc_issuer_sheets: list[str] = []

    def finish(self, documents: list[Document]) -> list[Document]:
        """Attach file-level notes to the first document; a file without descriptor rows is one error."""
        rows = [d for d in documents if d.data is not None]
        if self.edc_issuer_sheets:
            return [self._nothing_found()]
        if not rows:
            errors = [d for d in documents if d.data is None]
            if not errors:
                errors = [self._nothing_found()]
            errors[0].findings.extend(self.notes)
            return errors
        documents[0].findings.extend(self.notes)
        return documents

    def _nothing_found(self) -> Document:
        if self.edc_issuer_sheets:
            where = ", ".join(f"'{s}'" for s in self.edc_issuer_sheets)
            several = len(self.edc_issuer_sheets) > 1
            return load_error(self.source, COLUMNS, f"this is a Europass EDC issuer bulk-issuing workbook (sheet"
                              f"{'s' if several else ''} {where} name{'' if several else 's'} ELM classes and "
                              "properties in Class/Field/Type rows), not a descriptor catalogue",
                              "Issue the credentials and check the ELM JSON-LD they produce, or copy the offerings into "
                              "'qa-checker template --format xlsx'.", fmt=self.fmt,
                              origin=Origin(sheet=self.edc_issuer_sheets[0], cell="A1"))
        if self.headerless:
            where = ", ".join(f"'{s}'" for s in self.headerless)
            return load_error(self.source, COLUMNS, f"no header row naming descriptor fields was found in the first "
                              f"{HEADER_SEARCH_ROWS} rows of {where}",
                              "Put a header row above the descriptors, naming each column by a descriptor field "
                              "(id, title.en, workload.ects ...) or an alias; start from 'qa-checker template'.",
                              fmt=self.fmt, origin=Origin(sheet=self.headerless[0], cell="A1"))
        return load_error(self.source, ids.EMPTY, "the file has no descriptor rows",
                          "Fill in one row per micro-credential under the header row.", fmt=self.fmt)

    def read_sheet(self, sheet: str, rows: Iterator[tuple[int, list[Any]]],
                   row_source: Callable[[int], str]) -> list[Document]:
        """Documents for the filled rows of one sheet; ``row_source`` names a row's document."""
        documents: list[Document] = []
        buffered: list[tuple[int, list[Any]]] = []
        columns: list[_Column] | None = None
        number = header_row = 0
        try:
            for number, cells in rows:
                if columns is None:
                    buffered.append((number, cells))
                    columns = self._header(cells)
                    if columns is None and _EDC_ISSUER_LABELS <= {_header_text(c[0]) for _, c in buffered if c}:
                        break
                    if columns is None and len(buffered) < HEADER_SEARCH_ROWS:
                        continue
                    if columns is None:
                        break
                    header_row = number
                    continue
                document = self._row(sheet, number, cells, columns, header_row, row_source)
                if document is not None:
                    documents.append(document)
        except Exception as exc:  # noqa: BLE001 - keep the rows read so far; report where reading stopped
            documents.append(load_error(self.source, ids.UNPARSABLE, f"reading sheet '{sheet}' stopped after row "
                                        f"{number}: {_describe(exc)}", "Fix or re-export the file from that row on.",
                                        fmt=self.fmt, origin=Origin(sheet=sheet, cell=f"A{number + 1}")))
        if columns is None:
            if any(any(_filled(v) for v in cells) for _, cells in buffered):
                self.headerless.append(sheet)
                if _EDC_ISSUER_LABELS <= {_header_text(cells[0]) for _, cells in buffered if cells}:
                    self.edc_issuer_sheets.append(sheet)
                if self.fmt == "xlsx" and sheet not in TEMPLATE_SHEETS:
                    self.notes.append(_finding(SHEETS, Severity.INFO, "", f"sheet '{sheet}' has no header row naming "
                                               "descriptor fields; it was not read",
                                               "Give the sheet a header row of descriptor columns if it holds "
                                               "descriptors.", Origin(sheet=sheet, cell="A1")))
        return documents

    def _header(self, cells: list[Any]) -> list[_Column] | None:
        from openpyxl.utils.cell import get_column_letter

        names = [_header_text(v) for v in cells]
        if names and names[0] in _EDC_ISSUER_LABELS:
            return None
        filled = [n for n in names if n]
        fields = [self.resolver.resolve(n) if n else None for n in names]
        known = sum(1 for f in fields if f is not None)
        # A descriptor sheet names mostly descriptor fields; a sheet where most headers mean nothing to
        # us (an ELM mapping table, the EDC issuer's Class/Field/Type rows) is not read as descriptors.
        if not filled or known < min(2, len(filled)) or known * 2 < len(filled):
            return None
        return [_Column(i, get_column_letter(i + 1), names[i], fields[i]) for i in range(len(names))]

    def _row(self, sheet: str, number: int, cells: list[Any], columns: list[_Column], header_row: int,
             row_source: Callable[[int], str]) -> Document | None:
        from openpyxl.utils.cell import get_column_letter

        row = _Row(sheet, number)
        for index, value in enumerate(cells):
            column = columns[index] if index < len(columns) else _Column(index, get_column_letter(index + 1), "", None)
            row.cell(column, value, header_row)
        if not row.filled:
            return None
        last = get_column_letter(max(len(columns), len(cells), 1))
        data = row.data()
        data.setdefault("descriptor_version", "1.0")
        origins = row.origins()
        origins[""] = Origin(sheet=sheet, cell=f"A{number}:{last}{number}")
        return Document(source=row_source(number), data=data, format=self.fmt,
                        findings=row.findings, origins=origins)


# Column A of the EU's EDC issuer workbook labels its header rows with these words.
_EDC_ISSUER_LABELS = frozenset({"Class", "Field", "Type"})


def _header_text(value: Any) -> str:
    if value is None or isinstance(value, (_Formula, _Merged)):
        return ""
    return " ".join(str(value).split())


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, _Merged):
        return _filled(value.value)
    return True


class _Row:
    """One row being turned into descriptor data, with its origins and findings."""

    def __init__(self, sheet: str, number: int) -> None:
        self.sheet = sheet
        self.number = number
        self.tree: dict[str, Any] = {}
        self.owners: dict[tuple[str, ...], str] = {}
        self.places: list[tuple[tuple[str, ...], Origin]] = []
        self.findings: list[Finding] = []
        self.filled = False

    def origin(self, column: _Column) -> Origin:
        return Origin(sheet=self.sheet, cell=f"{column.letter}{self.number}")

    def note(self, rule: str, severity: Severity, path: tuple[str, ...], message: str, hint: str,
             column: _Column) -> None:
        self.findings.append(_finding(rule, severity, jp.join(*path), message, hint, self.origin(column)))

    def cell(self, column: _Column, value: Any, header_row: int) -> None:
        if column.field is IGNORE:
            return
        merged = value if isinstance(value, _Merged) else None
        if merged is not None:
            value = merged.value
        where = f"{column.letter}{self.number}"
        present = isinstance(value, _Formula) or _filled(value)
        self.filled = self.filled or present
        if column.field is None:
            if present:
                named = f"column {column.letter} '{column.header}'" if column.header else \
                    f"column {column.letter} (no header in row {header_row})"
                self.note(COLUMNS, Severity.WARNING, (), f"{named} does not name a descriptor field; the value in "
                          f"{where} was ignored", _MAPPING_HINT, column)
            return
        path = column.field.path
        self.places.append((path[:-1] if column.field.kind == "lang-list" else path, self.origin(column)))
        if merged is not None:
            self._merged(column, merged, path, where)
        if isinstance(value, _Formula):
            self.note(CELLS, Severity.ERROR, path, f"{where} holds the formula {_short(value.text)} with no saved "
                      "result; formulas are never evaluated, so the cell was read as empty",
                      "Type the value itself, or open and save the file in Excel so the result is stored.", column)
            return
        if not _filled(value):
            return
        if isinstance(value, str) and value.strip() in _ERROR_VALUES:
            self.note(CELLS, Severity.ERROR, path,
                      f"{where} holds the Excel error {value.strip()}; it was read as empty",
                      "Fix the formula or type the value itself.", column)
            return
        if isinstance(value, str) and _looks_like_formula(value):
            self.note(CELLS, Severity.ERROR, path, f"{where} holds text that starts a formula ({_short(value)}); "
                      "it is never evaluated and was read as empty",
                      "Type the value itself; start text with an apostrophe if it must begin with =, +, - or @.",
                      column)
            return
        converted = _convert(value, column.field)
        if converted.note is not None:
            self.note(CELLS, Severity.INFO, path, f"{where}: {converted.note}",
                      "Format the column as Text in Excel so codes keep their leading zeros.", column)
        self._put(column, path, converted.value)

    def _merged(self, column: _Column, merged: _Merged, path: tuple[str, ...], where: str) -> None:
        if merged.down:
            if _filled(merged.value):
                self.note(CELLS, Severity.INFO, path, f"{where} is part of the merged cells {merged.ref}; the value of "
                          f"{merged.top_left} was read for this row too",
                          "Unmerge the cells and type the value in every row to make this explicit.", column)
        else:
            self.note(CELLS, Severity.WARNING, path, f"{where} is covered by the merged cells {merged.ref}, so column "
                      f"{column.letter} ({column.field.dotted if column.field else column.header}) is empty in this "
                      f"row; the merged value was read for {merged.top_left} only",
                      "Unmerge the cells and type each field's value in its own column.", column)

    def _put(self, column: _Column, path: tuple[str, ...], value: Any) -> None:
        label = f"column {column.letter} '{column.header}'"
        if column.field is not None and column.field.kind == "lang-list":
            items = [(path[:-1] + (str(i), path[-1]), v) for i, v in enumerate(value)]
        else:
            items = [(path, value)]
        for tokens, item in items:
            clash = _assign(self.tree, tokens, item)
            if clash:
                owner = next((o for p, o in self.owners.items() if p[:len(tokens)] == tokens or
                              tokens[:len(p)] == p), "another column")
                self.note(COLUMNS, Severity.ERROR, tokens, f"{self.origin(column).cell} ({label}) gives "
                          f"{'.'.join(tokens)}, which {owner} already gives; this cell was ignored",
                          "Keep one column per descriptor field (check aliases such as ECTS and workload.ects).",
                          column)
                return
            self.owners[tokens] = label
            if len(items) > 1 or column.field.kind == "lang-list":
                self.places.append((tokens, self.origin(column)))

    def data(self) -> dict[str, Any]:
        return _compact(self.tree)

    def origins(self) -> dict[str, Origin]:
        """Exact pointers first (in column order), then the ancestors they imply, first column winning."""
        found: dict[str, Origin] = {}
        for tokens, origin in self.places:
            pointer = _translate(self.tree, tokens)
            if pointer is not None and pointer not in found:
                found[pointer] = origin
        for tokens, origin in self.places:
            for end in range(len(tokens) - 1, 0, -1):
                pointer = _translate(self.tree, tokens[:end])
                if pointer is not None and pointer not in found:
                    found[pointer] = origin
        return found


def _assign(tree: dict[str, Any], tokens: tuple[str, ...], value: Any) -> bool:
    """Set a value at raw tokens (digits index lists); ``True`` when it clashes with one already set."""
    node: Any = tree
    for position, token in enumerate(tokens):
        key: Any = int(token) if isinstance(node, _Arr) else token
        last = position == len(tokens) - 1
        if last:
            if key in node:
                return True
            node[key] = value
            return False
        wants_list = tokens[position + 1].isdigit()
        child = node.get(key)
        if child is None:
            child = _Arr() if wants_list else {}
            node[key] = child
        elif not isinstance(child, dict) or isinstance(child, _Arr) != wants_list:
            return True
        node = child
    return False


def _compact(node: Any) -> Any:
    if isinstance(node, _Arr):
        return [_compact(node[k]) for k in sorted(node)]
    if isinstance(node, dict):
        return {k: _compact(v) for k, v in node.items()}
    return node


@functools.lru_cache(maxsize=4096)
def _plain_pointer(tokens: tuple[str, ...]) -> str | None:
    """The pointer of tokens without list indexes (the same in every row), else ``None``."""
    return None if any(t.isdigit() for t in tokens) else jp.join(*tokens)


def _translate(tree: dict[str, Any], tokens: tuple[str, ...]) -> str | None:
    """The final pointer of raw tokens (list indexes compacted); ``None`` when a list item does not exist."""
    plain = _plain_pointer(tokens)
    if plain is not None:
        return plain
    node: Any = tree
    out: list[str | int] = []
    for token in tokens:
        if isinstance(node, _Arr):
            if not token.isdigit() or int(token) not in node:
                return None
            out.append(sorted(node).index(int(token)))
            node = node[int(token)]
        else:
            out.append(token)
            node = node.get(token) if isinstance(node, dict) else None
    return jp.join(*out)


# ---------------------------------------------------------------- cell values


@dataclass(frozen=True)
class _Converted:
    value: Any
    note: str | None = None


_FORMULA_START = re.compile(r"^\s*(?:=|[+\-@][A-Za-z_][A-Za-z0-9_.]*\(|[+\-@=].*\|.*!)")
_BULLET = re.compile(r"^\s*(?:[-•*–·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
_CODE_WITH_LABEL = re.compile(r"^(\S+)\s+[-–—:]\s+\S")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d{1,2}$")
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?$")
_TRUE = {"true", "yes", "y", "x", "1", "ja", "oui", "si", "sí", "waar", "wahr", "vrai", "verdadero"}
_FALSE = {"false", "no", "n", "0", "nee", "nein", "non", "onwaar", "falsch", "faux", "falso"}


def _looks_like_formula(text: str) -> bool:
    return bool(_FORMULA_START.match(text))


def _convert(value: Any, spec: Field) -> _Converted:
    """A cell value as the field's type; anything that does not convert is kept for the schema to report."""
    kind = spec.kind
    if kind in ("number", "integer"):
        return _Converted(_number(value))
    if kind == "string-or-integer":
        number = _number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        return _Converted(number if isinstance(number, int) else _text(number))
    if kind == "boolean":
        return _Converted(_boolean(value))
    if kind in ("list", "text-list", "lang-list"):
        items = _split(value, codes=kind == "list")
        return _Converted([_code(i, spec) for i in items] if kind == "list" else items)
    if kind == "any":
        return _Converted(value.strip() if isinstance(value, str) else _text(value)
                          if isinstance(value, (datetime, date, time, timedelta)) else value)
    if spec.path == ("descriptor_version",) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _Converted(f"{float(value):.1f}")
    if spec.vocab == "isced-f" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _isced(value)
    text = _text(value)
    return _Converted(_code(text, spec) if spec.enum or spec.vocab else text)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return str(value)


def _number(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else value
    text = _text(value).replace("\u00a0", " ").strip()
    if _DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    elif _THOUSANDS.match(text):
        text = re.sub(r"[,\u00a0 ]", "", text)
    try:
        number = float(text)
    except ValueError:
        return _text(value)
    if number != number or number in (float("inf"), float("-inf")):
        return _text(value)
    return int(number) if number.is_integer() else number


def _boolean(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = _text(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return _text(value)


def _split(value: Any, *, codes: bool) -> list[str]:
    if not isinstance(value, str):
        return [_text(value)]
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if codes:
        parts = re.split(r"[\n;,]", text)
    elif "\n" in text.strip():
        parts = text.split("\n")
    else:
        parts = text.split(";")
    return [p for p in (_BULLET.sub("", part).strip() for part in parts) if p]


def _code(text: str, spec: Field) -> str:
    """A code or slug as the vocabulary spells it, accepting ``NL - Netherlands``, labels and case slips."""
    allowed, labels = _forms(spec.vocab, spec.enum)
    if not allowed or text in allowed:
        return text
    match = _CODE_WITH_LABEL.match(text)
    candidates = [text, match.group(1)] if match else [text]
    for candidate in candidates:
        for form in (candidate, candidate.upper(), candidate.lower(),
                     re.sub(r"[\s_]+", "-", candidate.strip().lower())):
            if form in allowed:
                return form
    return labels.get(text.casefold(), text)


@functools.cache
def _forms(vocab_id: str | None, enum: tuple[str, ...]) -> tuple[frozenset[str], dict[str, str]]:
    """The codes a field allows and its vocabulary's labels (casefolded) -> code."""
    if vocab_id is None:
        return frozenset(enum), {}
    concepts = vocab.get(vocab_id).concepts
    labels = {str(c.get("label", "")).casefold(): slug for slug, c in concepts.items()}
    return frozenset(enum) | frozenset(concepts), labels


def _isced(value: float) -> _Converted:
    text = _text(value)
    codes = vocab.get("isced-f")
    if text not in codes and f"0{text}" in codes:
        return _Converted(f"0{text}", f"the ISCED-F code was stored as the number {text}, which drops the leading "
                          f"zero; it was read as '0{text}'")
    return _Converted(text)


# ---------------------------------------------------------------- helpers


def _finding(rule: str, severity: Severity, pointer: str, message: str, hint: str, origin: Origin) -> Finding:
    return Finding(rule=rule, severity=severity, element=element_for_pointer(pointer), pointer=pointer,
                   message=message, hint=hint, origin=origin)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
