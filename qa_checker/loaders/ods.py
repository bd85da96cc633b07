"""The rows of an OpenDocument spreadsheet (``.ods``), for the catalogue reader in :mod:`.tabular`.

An ``.ods`` is a zip whose ``content.xml`` holds every sheet: ``table:table`` elements of
``table:table-row`` elements of ``table:table-cell`` (and ``table:covered-table-cell``, under a cell
spanning others). ``content.xml`` is parsed as a stream by defusedxml's expat parser (no document type,
no entities, no external references) into callbacks, so no tree is built: each row is handed on as it
ends, and nothing is held but the row being read. A cell's value is its typed value
(``office:value-type`` with ``office:value``, ``office:date-value``, ``office:boolean-value``,
``office:string-value``), else its text (``text:p`` paragraphs, one line each, ``text:s`` spaces,
``text:a`` links; a comment's text is not the cell's). A formula's saved result is read, as Excel's is (an
error as shown, ``#DIV/0!``, not the 0 saved beside it), and a formula without one is marked.

Bounded whatever the file: every tag of ``content.xml`` is counted against the same budget as an
``.xlsx`` sheet's XML, and so is every cell a repeat fills in. A repeat (``table:number-columns-repeated``,
``table:number-rows-repeated``) of empty cells or rows costs nothing, however large (LibreOffice ends
each sheet with a million of them); a repeated value fills in at most the columns read, and one that
reaches past them stands as a marker at the first column not read, so the reader reports the cell; a
repeated row is given once per row, until the reader's row limit stops it. A cell's text is at most
``max_string_chars`` characters (``text:s`` may ask for a billion spaces).
"""

from __future__ import annotations

import io
import math
import zipfile
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import IO, Any

from qa_checker import vocab
from qa_checker.loaders.sheet import (
    EXCEL_EPOCH,
    TAGS_PER_ROW,
    Amount,
    FarCell,
    Formula,
    Link,
    LongCell,
    Merges,
    Tags,
)
from qa_checker.patterns import regex

MIMETYPES = (
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet-template",
)
CONTENT = "content.xml"
MANIFEST = "META-INF/manifest.xml"
_CHUNK = 1 << 16

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"

_SHEET = _TABLE + "table"
_ROW = _TABLE + "table-row"
_ROW_GROUP = _TABLE + "table-row-group"
_CELL = _TABLE + "table-cell"
_COVERED = _TABLE + "covered-table-cell"
_NULL_DATE = _TABLE + "null-date"
_PARAGRAPHS = (_TEXT + "p", _TEXT + "h")
_NUMBERS = ("float", "percentage", "currency")
# A time cell's value, an ISO 8601 span of days, hours, minutes and seconds: LibreOffice writes PT125H00M00S.
_SPAN = regex(r"^P(?:(\d{1,6})D)?T(?:(\d{1,9})H)?(?:(\d{1,9})M)?(?:(\d{1,9}(?:\.\d{1,9})?)S)?$")
# Elements whose text is not the cell's: a comment on it, a shape or text box anchored in it.
_NOT_CELL_TEXT = (_OFFICE + "annotation", _OFFICE + "annotation-end")


class Refused(Exception):
    """The file is not a spreadsheet this reader opens: ``what`` is ``mimetype`` (with the type it names)
    or ``encrypted``."""

    def __init__(self, what: str, detail: str = "") -> None:
        super().__init__(f"{what} {detail}".strip())
        self.what = what
        self.detail = detail


def check_package(archive: zipfile.ZipFile) -> None:
    """Raise :class:`Refused` for a package that is another kind of OpenDocument file, or encrypted."""
    names = {info.filename: info for info in archive.infolist()}
    kind = names.get("mimetype")
    if kind is not None:
        with archive.open(kind) as stream:  # its first 200 bytes: a spreadsheet's mimetype is short
            stated = stream.read(200).decode("ascii", errors="replace").strip()
        if stated not in MIMETYPES or kind.file_size > 200:
            raise Refused("mimetype", stated[:80])
    manifest = names.get(MANIFEST)
    if manifest is not None:
        with archive.open(manifest) as stream:  # in chunks: a manifest may be as large as the zip allows
            tail = b""
            while chunk := stream.read(_CHUNK):
                if b"encryption-data" in tail + chunk:
                    raise Refused("encrypted")
                tail = chunk[-16:]


@dataclass
class _Row:
    """A row as it ended: its first number, how many times it repeats, its cells (at most the columns
    read, and a :class:`FarCell` marker past them), whether it is hidden, the areas its cells span."""

    number: int
    repeat: int
    cells: list[Any]
    hidden: bool
    spans: list[tuple[int, int, int, int]]


@dataclass
class _Cell:
    """The cell being read."""

    attributes: dict[str, str]
    covered: bool
    paragraphs: list[str] = field(default_factory=list)
    line: list[str] | None = None
    chars: int = 0
    link: str | None = None


def _count(text: str | None, most: int) -> int:
    """A repeat or span count from an attribute: 1 unless a whole number from 1 on, at most ``most``."""
    try:
        number = int(text) if text is not None and len(text) <= 12 else 1
    except ValueError:
        return 1
    return min(max(number, 1), most)


_MOST = 1 << 40  # a count never needs to be exact beyond any sheet a reader reads


class _Content:
    """The callbacks expat calls while ``content.xml`` is fed to it: sheets, rows and their cells, queued
    as events ``("sheet", name, hidden)``, ``("row", _Row)`` and ``("end",)``."""

    def __init__(self, tags: Tags, columns: int, max_chars: int) -> None:
        self.tags = tags
        self.columns = columns
        self.max_chars = max_chars
        self.events: deque[tuple[Any, ...]] = deque()
        self.epoch = EXCEL_EPOCH
        self.hidden_styles: set[str] = set()
        self.style: str | None = None
        self.depth = 0  # of tables: a table inside a cell is not a sheet
        self.sheets = 0
        self.groups: list[bool] = []  # whether each open row group is hidden
        self.row: _Row | None = None
        self.number = 1  # of the next row of the sheet being read
        self.column = 0
        self.cell: _Cell | None = None
        self.skip = 0  # depth inside elements whose text is not the cell's
        # Where in content.xml the last tag or text expat handed on began (``position`` reads it).
        self.position: Any = None
        self.at = 0

    # ------------------------------------------------------------ expat's callbacks

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        self.at = self.position()
        self.tags.spend(2)  # its start and end tags, as the '<' of a workbook's XML are counted
        if tag == _SHEET:
            self.depth += 1
            if self.depth == 1:
                self.sheets += 1
                # A sheet costs what a row may: a hundred thousand empty sheets are not read one by one.
                self.tags.spend(TAGS_PER_ROW)
                name = " ".join(attributes.get(_TABLE + "name", "").split()) or f"Sheet{self.sheets}"
                self.events.append(("sheet", name, attributes.get(_TABLE + "style-name") in self.hidden_styles))
                self.number, self.groups = 1, []
            return
        if self.depth == 0:
            self._outside(tag, attributes)
            return
        if self.depth > 1:
            return
        if self.cell is not None:
            self._inside_cell(tag, attributes)
        elif tag == _ROW:
            visibility = attributes.get(_TABLE + "visibility", "visible")
            hidden = visibility != "visible" or any(self.groups)
            repeat = _count(attributes.get(_TABLE + "number-rows-repeated"), _MOST)
            self.row = _Row(self.number, repeat, [], hidden, [])
            self.column = 0
        elif tag in (_CELL, _COVERED) and self.row is not None:
            # Its typed value, formula or the like: at most a cell's text (a string-value is the cell's text).
            if any(len(value) > self.max_chars for value in attributes.values()):
                raise LongCell(self.max_chars)
            self.cell = _Cell(attributes, tag == _COVERED)
        elif tag == _ROW_GROUP:
            self.groups.append(attributes.get(_TABLE + "display", "true") == "false")

    def end(self, tag: str) -> None:
        self.at = self.position()
        if tag == _SHEET:
            self.depth -= 1
            if self.depth == 0:
                self.events.append(("end",))
                self.row = self.cell = None
            return
        if self.depth != 1:
            if self.depth == 0 and tag == _STYLE + "style":
                self.style = None
            return
        if self.cell is not None:
            if tag in (_CELL, _COVERED):
                self._end_cell(self.cell)
                self.cell = None
            else:
                self._end_inside_cell(tag)
        elif tag == _ROW and self.row is not None:
            row, self.row = self.row, None
            self.number += row.repeat
            if row.spans or any(v is not None for v in row.cells):
                self.events.append(("row", row))
        elif tag == _ROW_GROUP and self.groups:
            self.groups.pop()

    def data(self, text: str) -> None:
        self.at = self.position()
        cell = self.cell
        if cell is not None and cell.line is not None and self.skip == 0:
            self._add(cell, text)

    def close(self) -> None:
        return None

    # ------------------------------------------------------------ parts

    def _outside(self, tag: str, attributes: dict[str, str]) -> None:
        """Styles (a sheet's hidden by ``table:display="false"``) and the day date serials count from."""
        if tag == _STYLE + "style":
            family = attributes.get(_STYLE + "family")
            self.style = attributes.get(_STYLE + "name") if family == "table" else None
        elif tag == _STYLE + "table-properties" and self.style is not None:
            if attributes.get(_TABLE + "display") == "false":
                self.hidden_styles.add(self.style)
        elif tag == _NULL_DATE:
            self.epoch = _day(attributes.get(_TABLE + "date-value", "")) or EXCEL_EPOCH

    def _inside_cell(self, tag: str, attributes: dict[str, str]) -> None:
        cell = self.cell
        assert cell is not None
        if self.skip or tag in _NOT_CELL_TEXT or tag.startswith(_DRAW):
            self.skip += 1
            return
        if tag in _PARAGRAPHS:
            cell.line = []
        elif cell.line is None:
            return
        elif tag == _TEXT + "s":
            self._add(cell, " " * min(_count(attributes.get(_TEXT + "c"), _MOST), self.max_chars + 1 - cell.chars))
        elif tag == _TEXT + "tab":
            self._add(cell, "\t")
        elif tag == _TEXT + "line-break":
            self._add(cell, "\n")
        elif tag == _TEXT + "a" and cell.link is None:
            cell.link = attributes.get(_XLINK + "href")
            if cell.link is not None and len(cell.link) > self.max_chars:
                raise LongCell(self.max_chars)

    def _end_inside_cell(self, tag: str) -> None:
        cell = self.cell
        assert cell is not None
        if self.skip:
            self.skip -= 1
        elif tag in _PARAGRAPHS and cell.line is not None:
            cell.paragraphs.append("".join(cell.line))
            cell.chars += 1
            cell.line = None

    def _add(self, cell: _Cell, text: str) -> None:
        cell.chars += len(text)
        if cell.chars > self.max_chars:
            raise LongCell(self.max_chars)
        assert cell.line is not None
        cell.line.append(text)

    def _end_cell(self, cell: _Cell) -> None:
        row = self.row
        assert row is not None
        attributes = cell.attributes
        repeat = _count(attributes.get(_TABLE + "number-columns-repeated"), _MOST)
        first = self.column
        self.column += repeat
        if not cell.covered:
            wide = _count(attributes.get(_TABLE + "number-columns-spanned"), _MOST)
            high = _count(attributes.get(_TABLE + "number-rows-spanned"), _MOST)
            if (wide > 1 or high > 1) and first < self.columns:
                row.spans.append((row.number, first + 1, row.number + high - 1, first + wide))
        value = None if cell.covered else _value(cell)
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        cells = row.cells
        filled = max(0, min(self.columns, first + repeat) - first)
        if filled:
            self._pad(cells, first)
            cells[first : first + filled] = [value] * filled
            self.tags.spend(filled)
        if first + repeat > self.columns and len(cells) <= self.columns:
            self._pad(cells, self.columns)
            cells.append(FarCell(max(first, self.columns) + 1))

    def _pad(self, cells: list[Any], length: int) -> None:
        """Fill ``cells`` with empty ones up to ``length``, each counted against the budget as a tag."""
        if len(cells) < length:
            self.tags.spend(length - len(cells))
            cells.extend([None] * (length - len(cells)))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _value(cell: _Cell) -> Any:
    """A cell's value: typed as its ``office:value-type`` says, else its text; a formula without a saved
    result is marked, and a hyperlinked text carries its address."""
    attributes = cell.attributes
    text = "\n".join(cell.paragraphs)
    kind = attributes.get(_OFFICE + "value-type")
    value: Any = text
    if attributes.get(_CALCEXT + "value-type") == "error":
        value = text  # a formula's error, shown as #DIV/0! or Err:502 beside the 0 LibreOffice saves as its value
    elif kind == "percentage" and text:
        value = text  # as shown: a share, never a count of credits or hours
    elif kind in _NUMBERS:
        value = _float(attributes.get(_OFFICE + "value"), text)
        currency = attributes.get(_OFFICE + "currency", "").strip().upper()
        if kind == "currency" and isinstance(value, float) and currency in vocab.get("currencies"):
            value = Amount(value, currency)
    elif kind == "boolean":
        flag = attributes.get(_OFFICE + "boolean-value", "").strip().lower()
        value = True if flag == "true" else False if flag == "false" else text
    elif kind == "date":
        value = _when(attributes.get(_OFFICE + "date-value", ""), text)
    elif kind == "time":
        value = _span(attributes.get(_OFFICE + "time-value", ""), text)
    elif kind == "string" and attributes.get(_OFFICE + "string-value"):
        value = attributes[_OFFICE + "string-value"]  # else the text, as for an error's (Err:502, #DIV/0!)
    formula = attributes.get(_TABLE + "formula")
    if formula is not None and kind is None and value == "":
        # A formula with no result saved (LibreOffice saves each with its type): "of:=SUM(...)" is "=SUM(...)".
        prefix, equals, rest = formula.partition(":=")
        return Formula("=" + rest if equals and prefix.isalpha() else formula)
    if value == "":
        return None
    if cell.link is not None and isinstance(value, str):
        return Link(value, cell.link)
    return value


def _float(text: str | None, shown: str) -> Any:
    """The number ``text`` names; the shown text when it names none, or not a finite one ("NaN", "1e999")."""
    try:
        number = float(text) if text is not None else None
    except ValueError:
        return shown
    return number if number is not None and math.isfinite(number) else shown


def _when(text: str, shown: str) -> Any:
    """A date (``2026-03-01``) or a date and time; the shown text when the value is not ISO 8601."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        return shown


def _span(text: str, shown: str) -> Any:
    """A time cell's span (``PT125H00M00S``, as an ``[HH]:MM`` cell stores 125 hours); the shown text when the
    value is no such span."""
    found = _SPAN.match(text.strip())
    if found is None:
        return shown
    days, hours, minutes, seconds = (float(part or 0) for part in found.groups())
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


class Spreadsheet:
    """The sheets of one ``.ods``'s ``content.xml``, read in one pass as they are asked for."""

    def __init__(self, archive: zipfile.ZipFile, tags: Tags, columns: int, max_chars: int) -> None:
        from defusedxml.ElementTree import DefusedXMLParser

        self.stream: IO[bytes] = archive.open(CONTENT)
        self.tags = tags
        self.content = _Content(tags, columns, max_chars)
        self.parser = DefusedXMLParser(target=self.content, forbid_dtd=True)
        expat = self.parser.parser
        self.content.position = lambda: expat.CurrentByteIndex
        # expat 2.5 holds a tag (with its attributes), a comment or an instruction whole until it ends, and
        # scans it again at every chunk fed: one of many megabytes costs memory and quadratic time. None
        # needs more than a cell's longest text (an office:string-value) and the rest of a cell's tag.
        self.most = max_chars + _CHUNK
        self.fed = 0
        self.done = False
        # The sheet being read and the last row given, for locating a problem found between rows.
        self.sheet: str | None = None
        self.last = 0

    @property
    def epoch(self) -> date:
        """The day the spreadsheet counts dates' serial numbers from (``table:null-date``)."""
        return self.content.epoch

    def close(self) -> None:
        self.stream.close()

    def _next(self) -> tuple[Any, ...] | None:
        events = self.content.events
        while not events:
            if self.done:
                return None
            chunk = self.stream.read(_CHUNK)
            try:
                if chunk:
                    self.parser.feed(chunk)
                    self.fed += len(chunk)
                    if self.fed - self.content.at > self.most:
                        raise LongCell(self.content.max_chars)
                else:
                    self.done = True
                    self.parser.close()
            except Exception as exc:  # raised where it was met: after the rows and sheets before it
                self.done = True
                events.append(("error", exc))
        event = events.popleft()
        if event[0] == "error":
            events.clear()
            raise event[1]
        return event

    def sheets(self) -> Iterator[Sheet]:
        """Each sheet in order; the rows a sheet's reader did not ask for are passed over, unexpanded."""
        while True:
            event = self._next()
            if event is None:
                return
            if event[0] != "sheet":
                continue
            self.sheet, self.last = event[1], 0
            sheet = Sheet(self, event[1], event[2])
            yield sheet
            while not sheet.ended:
                sheet.ended = self._next() in (None, ("end",))


class Sheet:
    """One sheet: its name, whether it is hidden, and its rows."""

    def __init__(self, spreadsheet: Spreadsheet, name: str, hidden: bool) -> None:
        self.spreadsheet = spreadsheet
        self.name = name
        self.hidden = hidden
        self.ended = False

    def rows(self, merges: Merges, hidden: set[int]) -> Iterator[tuple[int, list[Any]]]:
        """``(row number, cells)`` of each row holding anything, a repeated row once per row; the areas
        its cells span are added to ``merges`` and a hidden row's number to ``hidden`` before it is given."""
        spreadsheet = self.spreadsheet
        while not self.ended:
            event = spreadsheet._next()
            if event is None or event[0] == "end":
                self.ended = True
                return
            row: _Row = event[1]
            for span in row.spans:
                merges.add(span)
            # A row that only spans empty cells is given once: its repeats hold nothing.
            repeat = row.repeat if any(v is not None for v in row.cells) else 1
            for number in range(row.number, row.number + repeat):
                if number > row.number:
                    spreadsheet.tags.spend(len(row.cells))
                if row.hidden:
                    hidden.add(number)
                spreadsheet.last = number
                yield number, list(row.cells)


def open_package(raw: bytes) -> zipfile.ZipFile:
    """The zip of an ``.ods`` already inspected (:func:`.tabular.inspect_zip`)."""
    return zipfile.ZipFile(io.BytesIO(raw))
