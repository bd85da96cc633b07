"""The workbook writer every Excel report is built with: :class:`Book`, :class:`Table`, :func:`write_table`.

openpyxl (write-only mode) writes the package: styles, column widths, frozen header rows,
autofilters and conditional formatting, page setup (A4 landscape fitted to the width, header row
repeated on every page), and each sheet's styled first row. The data rows, the bulk of a large batch,
are serialised here straight to SpreadsheetML in openpyxl's own cell forms (inline strings, ``t="n"``
numbers, ``t="b"`` booleans) and spliced into its ``<sheetData>``: about ten times faster than
openpyxl's pure-Python XML writer. The package is then re-zipped with fixed entry dates and the run
time as creation date, so with ``--now`` a workbook is byte-for-byte reproducible. Numbers are stored
as numbers.

Rows and links are deflated as they come, as pieces of their sheet's zip member (each byte is compressed
once), kept in memory up to 32 MB of deflated bytes and spooled to temporary files past that, and the
package is written into the file member by member, copying them in a bounded buffer; memory does not
grow with the rows. A sheet that reaches Excel's :data:`ROW_LIMIT` goes on in another of the same
header ("Findings (2)"), and links point into whichever sheet their row landed in.

Formula injection: any text that would start with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is stored as text with a leading apostrophe (``'=HYPERLINK(...)``), the neutralisation
OWASP recommends for spreadsheet exports (:mod:`qa_checker.cells`, shared with the CSV dataset);
the apostrophe is visible, so nothing is hidden from the reader. Characters XML cannot hold
(control characters, U+FFFE and U+FFFF), lone surrogates and the bidirectional controls that would reorder a
cell's text (as in the HTML report) become U+FFFD, and text is cut to Excel's
32,767-character cell limit (counted as Excel counts, in UTF-16 code units).
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.formatting.formatting import ConditionalFormatting
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from qa_checker.cells import BIDI_CONTROLS, neutralise, without_surrogates
from qa_checker.i18n import Translator, translator
from qa_checker.patterns import regex
from qa_checker.reporting import labels
from qa_checker.scripts import SHOWS_AS_NOTHING
from qa_checker.stamp import TOOL
from qa_checker.text import N_, fill

# Excel's characters in a cell, counted as Excel counts them: UTF-16 code units (a character beyond U+FFFF, an
# emoji or a CJK extension ideograph, is two).
CELL_LIMIT = 32_767
# Excel's rows in a sheet: a sheet with more goes on in another (see Book).
ROW_LIMIT = 1_048_576
# Excel's columns in a sheet.
COLUMN_LIMIT = 16_384
# The name of the sheet a full sheet goes on in (number 2 and up).
CONTINUED = N_("{sheet} ({number})")
_COPY_BUFFER = 1 << 16
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="FFE8E8E8")
STATUS_COLOURS = {
    "present": "FFC8E6C9",
    "missing": "FFFFCDD2",
    "invalid": "FFFFE0B2",
    "not-applicable": "FFEEEEEE",
    "unknown": "FFE1BEE7",
    "pass": "FFC8E6C9",
    "fail": "FFFFCDD2",
    "error": "FFE1BEE7",
    "skipped": "FFEEEEEE",
}
# Columns at least this wide wrap their text (long messages, hints, titles and paths); the others are
# aligned to the top of their row, so a wrapped neighbour does not leave them floating.
WRAP_WIDTH = 30
LINK_FONT = Font(color="FF0563C1", underline="single")

# Excel's footer codes: the sheet's name, the page, the pages.
FOOTER = N_("{sheet}, page {page} of {pages}")
_SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = regex(r"[\[\]:*?/\\]")


# What XML 1.0 cannot hold: the control characters but tab and line breaks, and the noncharacters U+FFFE
# and U+FFFF (which openpyxl's ILLEGAL_CHARACTERS_RE lets through, making a workbook Excel must repair); and,
# as the HTML report does, the bidirectional embeddings, overrides and isolates that would make a cell show
# other than it reads ("Data \u202eEthics" shown as "Data scihtE"), and the characters that show as nothing, which
# would make 'MC-1\u200b' look like 'MC-1'.
_NOT_IN_CELLS = regex(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff{BIDI_CONTROLS}{SHOWS_AS_NOTHING}]")


def safe(value: Any) -> Any:
    """A cell value that can never start a formula; numbers and booleans pass through."""
    if not isinstance(value, str):
        return value
    text = neutralise(_NOT_IN_CELLS.sub("\ufffd", without_surrogates(value)))
    return _clip_units(text, CELL_LIMIT)


def _clip_units(text: str, limit: int, mark: str = "…") -> str:
    """``text`` cut as :func:`~qa_checker.text.clip` cuts it, its length counted in UTF-16 code units, never
    between the two units of one character."""
    if len(text) * 2 <= limit or len(text.encode("utf-16-le")) <= 2 * limit:
        return text
    kept = text.encode("utf-16-le")[: 2 * (limit - len(mark))].decode("utf-16-le", "ignore")
    return kept.rstrip() + mark


class Heading(str):
    """Text shown in the bold, shaded header style where it appears inside a sheet."""


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_QUOTES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


class _Part:
    """One sheet of the package: the openpyxl sheet (its first row and settings) and its data rows and
    internal hyperlinks, spooled as SpreadsheetML until the package is written."""

    def __init__(self, sheet: WriteOnlyWorksheet, header: str, files: contextlib.ExitStack, room: list[int]) -> None:
        self.sheet = sheet
        self.header = header  # the style index of the first row's headings, for headings further down
        self.next = 2
        self.rows = _Spool(files, room)
        self.links = _Spool(files, room)


# Texts up to this long (statuses, severities, rules, providers, hints, a descriptor's source and id: most of a
# workbook's cells, each repeated on many rows) are made safe and escaped once; longer ones each time, so that
# remembering them stays small.
_REMEMBERED = 200
# The text cells' forms a book remembers at most (see Book._text_form).
_FORMS = 4096

# The deflated bytes a book's spools keep in memory together (the rows of some 30,000 descriptors); past them,
# every spool goes on in a temporary file.
_IN_MEMORY = 32 << 20


def _spool_file(files: contextlib.ExitStack) -> IO[bytes]:
    """A temporary file, removed when ``files`` is closed."""
    return files.enter_context(tempfile.TemporaryFile())


class _Spool:
    """Bytes to be copied once, later, into a zip member: deflated on the way in (a piece of the member's raw
    deflate stream, at the package's level, so each byte is compressed once and SpreadsheetML's tenfold shrinking
    keeps a large batch small), with their CRC-32 and size. The deflated bytes are kept in memory while the book's
    spools hold less than :data:`_IN_MEMORY` together (``room`` is what is left, shared by them), then in a
    temporary file."""

    def __init__(self, files: contextlib.ExitStack, room: list[int]) -> None:
        self._files = files
        self._room = room
        self._pending = bytearray()  # written, not yet deflated
        self._held = bytearray()
        self._file: IO[bytes] | None = None
        self._packer: zlib._Compress | None = None  # from the first byte to finish() (256 KB)
        self.size = 0  # bytes written, before compression
        self.crc = 0  # their CRC-32
        self.packed_size = 0  # deflated bytes kept

    def write(self, data: bytes) -> None:
        self.size += len(data)
        self._pending += data
        if len(self._pending) >= _COPY_BUFFER:
            self._pack()

    def _pack(self) -> None:
        """Deflate the bytes written since last time: a piece of :data:`_COPY_BUFFER` rather than each row, as
        deflating and checksumming a few hundred bytes costs mostly the call."""
        if self._packer is None:
            self._packer = _deflater()
        self.crc = zlib.crc32(self._pending, self.crc)
        self._keep(self._packer.compress(self._pending))
        self._pending.clear()

    def _keep(self, packed: bytes) -> None:
        self.packed_size += len(packed)
        if self._file is None:
            self._room[0] -= len(packed)
            if self._room[0] >= 0:
                self._held += packed
                return
            self._file = _spool_file(self._files)
            self._file.write(self._held)
            self._held = bytearray()
        self._file.write(packed)

    def finish(self) -> None:
        """No more bytes will be written: the deflated ones end on a byte boundary, without ending the stream,
        so that the member's next piece follows them."""
        if self._pending:
            self._pack()
        if self._packer is not None:
            self._keep(self._packer.flush(zlib.Z_SYNC_FLUSH))
            self._packer = None

    def copy(self, into: IO[bytes]) -> None:
        """Write the deflated bytes into ``into``, a bounded piece at a time."""
        self.finish()
        if self._file is None:
            with memoryview(self._held) as held:
                for start in range(0, len(held), _COPY_BUFFER):
                    into.write(held[start : start + _COPY_BUFFER])
            return
        self._file.seek(0)
        while packed := self._file.read(_COPY_BUFFER):
            into.write(packed)


def _deflater() -> zlib._Compress:
    """A raw deflate compressor at zipfile's default level, as a zip member's data is compressed."""
    return zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS)


class _Layout:
    """What every sheet of one table shares: column widths and styles, first row, frozen panes, print titles."""

    def __init__(
        self, widths: Sequence[float], styles: list[str], first: Sequence[Any], freeze: str | None, titles: bool
    ) -> None:
        self.widths = widths
        self.styles = styles  # the style index of each column's data cells
        self.first = first
        self.freeze = freeze
        self.titles = titles
        self.parts: list[_Part] = []
        # Each column's data cell up to its row number (``<c r="B``), style index and style index as a link, made
        # once (by Book.append) rather than for every cell.
        self.openings: list[str] = []
        self.cell_styles: list[str] = []
        self.link_styles: list[str] = []


class Book:
    """A workbook whose data rows are written as SpreadsheetML text (see the module docstring).

    Every sheet is set up to print: A4 landscape, fitted to the page width, its header row repeated
    on every page (print titles), gridlines, and the sheet name and page number in the footer. Data
    cells in wide columns wrap their text; the others align to the top. Internal hyperlinks (to a
    cell of another sheet) are written with the rows. A sheet that reaches ``row_limit`` rows goes on
    in a new sheet after it, of the same settings and first row, named by :data:`CONTINUED`.
    """

    def __init__(self, tr: Translator | None = None, *, row_limit: int = ROW_LIMIT) -> None:
        self.tr = tr or translator()
        self.row_limit = row_limit
        self._names: dict[str | tuple[str, int], str] = {}
        self.workbook = Workbook(write_only=True)
        self.workbook.properties.creator = TOOL
        self._sheets: dict[str, _Layout] = {}
        self._styles: dict[str, str] = {}
        self._colour_styles: dict[str, DifferentialStyle] = {}  # see colour_style
        self._files = contextlib.ExitStack()  # the sheets' spooled rows, removed once the package is written
        self._room = [_IN_MEMORY]  # what the spools may still keep in memory
        self._forms: dict[tuple[str, str], str] = {}  # text cells' forms by text and style (see _text_form)

    def name(self, label: str) -> str:
        """The name of the sheet ``label`` (an English msgid) in the book's language: at most 31 characters,
        none that Excel refuses in a name, unique in the book (the same label always gets the same name)."""
        if label not in self._names:
            self._names[label] = self._unique(self.tr.gettext(label), label)
        return self._names[label]

    def continued(self, title: str, number: int) -> str:
        """The name of the ``number``-th sheet (2 and up) of the sheet ``title``, as :meth:`name` makes names."""
        key = (title, number)
        if key not in self._names:
            template = self.tr.gettext(CONTINUED)
            room = _SHEET_NAME_LIMIT - len(fill(template, {"sheet": "", "number": str(number)}))
            text = fill(template, {"sheet": title[: max(room, 0)].rstrip(), "number": str(number)})
            self._names[key] = self._unique(text, title)
        return self._names[key]

    def _unique(self, text: str, fallback: str) -> str:
        text = _NOT_IN_SHEET_NAMES.sub(" ", text).strip().strip("'")
        text = text[:_SHEET_NAME_LIMIT].rstrip() or fallback[:_SHEET_NAME_LIMIT]
        taken = {n.casefold() for n in self._names.values()}
        candidate, number = text, 1
        while candidate.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            candidate = text[: _SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
        return candidate

    def location(self, title: str, index: int, column: str = "A") -> str:
        """The hyperlink location of the ``index``-th row (from 0) after the first row of the sheet ``title``,
        in whichever of its sheets that row lands (for sheets whose every value appended is one row)."""
        part, offset = divmod(index, self.row_limit - 1)
        return sheet_link(title if part == 0 else self.continued(title, part + 1), offset + 2, column)

    def colour_style(self, colour: str) -> DifferentialStyle:
        """The conditional-formatting style filling a cell with ``colour``: one per colour in the book, shared by
        the rules of every sheet, as the package writer compares each rule's style with those it has met (an
        equal one is written once) and comparing one object with itself is quick."""
        if colour not in self._colour_styles:
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            self._colour_styles[colour] = DifferentialStyle(fill=fill)
        return self._colour_styles[colour]

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
        under it), and at the top of each sheet the sheet continues in.
        """
        sheet = self.workbook.create_sheet(title)
        self._register(sheet)
        styles = [self._styles["wrap" if width >= WRAP_WIDTH else "top"] for width in widths]
        titles = titles if titles is not None else freeze == "A2"
        self._sheets[title] = _Layout(widths, styles, first, freeze, titles)
        return self._add_part(self._sheets[title], sheet)

    def _add_part(self, layout: _Layout, sheet: WriteOnlyWorksheet) -> WriteOnlyWorksheet:
        for index, width in enumerate(layout.widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = layout.freeze
        _page_setup(sheet, layout.titles, self.tr)
        cells = [header_cell(sheet, v) if isinstance(v, Heading) else safe(v) for v in layout.first]
        sheet.append(cells)
        heading = cells[0] if cells and isinstance(cells[0], Cell) else None
        layout.parts.append(_Part(sheet, str(heading.style_id) if heading else "0", self._files, self._room))
        return sheet

    def parts(self, title: str) -> list[tuple[WriteOnlyWorksheet, int]]:
        """The sheets the sheet ``title`` fills, each with its number of rows after the first."""
        return [(part.sheet, part.next - 2) for part in self._sheets[title].parts]

    def append(self, title: str, values: Sequence[Any], links: dict[int, str] | None = None) -> None:
        """Add one data row (after the first) to a sheet, in a new sheet after it once it is full; ``links``
        maps column indexes to the cells (such as ``'Rules'!A5``) their values link to."""
        layout = self._sheets[title]
        part = layout.parts[-1]
        if part.next > self.row_limit:
            part.rows.finish()
            part.links.finish()
            name = self.continued(title, len(layout.parts) + 1)
            self._add_part(layout, self.workbook.create_sheet(name, self.workbook.index(part.sheet) + 1))
            part = layout.parts[-1]
        number = part.next
        part.next = number + 1
        row = f'{number}"'  # what follows a column's opening in a cell's reference
        self._columns(layout, len(values))
        openings, styles = layout.openings, layout.cell_styles
        if links:
            styles = styles.copy()
            hyperlinks = []
            for index in sorted(links):
                if 0 <= index < len(values) and values[index] is not None and values[index] != "":
                    ref = f"{get_column_letter(index + 1)}{number}"
                    hyperlinks.append(f'<hyperlink ref="{ref}" location="{links[index].translate(_QUOTES)}"/>')
                    styles[index] = layout.link_styles[index]
            if hyperlinks:
                part.links.write("".join(hyperlinks).encode())
        forms = self._forms
        cells = []
        for opening, style, value in zip(openings, styles, values):
            if value is None or value == "":
                continue  # nothing, as openpyxl
            if type(value) is str:  # most cells
                form = forms.get((value, style)) or self._text_form(value, style)
            elif isinstance(value, Heading):
                form = _text_cell(value, part.header)
            else:
                form = _value_cell(value, style)
            cells.append(f"{opening}{row}{form}")
        if cells:
            part.rows.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())

    def _text_form(self, text: str, style: str) -> str:
        """:func:`_text_cell` of ``text`` in the style ``style``, remembered (in a dict that :meth:`append` reads
        first, cheaper than a cached function's call) for a text of at most :data:`_REMEMBERED` characters; all
        are forgotten at once when :data:`_FORMS` are remembered, so that they take bounded memory."""
        form = _text_cell(text, style)
        if len(text) <= _REMEMBERED:
            if len(self._forms) >= _FORMS:
                self._forms.clear()
            self._forms[text, style] = form
        return form

    def _columns(self, layout: _Layout, count: int) -> None:
        """Make the forms of a layout's first ``count`` columns (see :class:`_Layout`); columns past its widths
        are aligned to the top."""
        while len(layout.openings) < count:
            index = len(layout.openings)
            style = layout.styles[index] if index < len(layout.styles) else self._styles["top"]
            layout.openings.append(f'<c r="{get_column_letter(index + 1)}')
            layout.cell_styles.append(style)
            layout.link_styles.append(self._styles["wrap-link" if style == self._styles["wrap"] else "link"])

    def save(self, file: BinaryIO, generated_at: str | None) -> None:
        """Write the ``.xlsx`` package into ``file``, member by member, with fixed entry dates and the run time
        as its date; the sheets' spooled rows are copied in a bounded buffer, never read whole."""
        created = _w3cdtf(generated_at)
        package = io.BytesIO()  # openpyxl's package holds the sheets' first rows only
        self.workbook.save(package)
        by_sheet = {part.sheet.title: part for layout in self._sheets.values() for part in layout.parts}
        parts = {f"xl/worksheets/sheet{i}.xml": by_sheet.get(t) for i, t in enumerate(self.workbook.sheetnames, 1)}
        try:
            with zipfile.ZipFile(package) as source, zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as target:
                for name in source.namelist():
                    data = source.read(name)
                    entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                    entry.compress_type = zipfile.ZIP_DEFLATED
                    part = parts.get(name)
                    if part is not None and part.rows.size:
                        _add_deflated(target, entry, _spliced(data, part))
                        continue
                    if name == "docProps/core.xml" and created:
                        data = re.sub(
                            rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + created.encode(), data
                        )
                    target.writestr(entry, data)
        finally:
            self.close()

    def close(self) -> None:
        """Remove the spooled rows (done by :meth:`save`; for a book given up before it)."""
        self._files.close()

    def to_bytes(self, generated_at: str | None) -> bytes:
        """The ``.xlsx`` package as bytes (see :meth:`save`)."""
        buffer = io.BytesIO()
        self.save(buffer, generated_at)
        return buffer.getvalue()


def _value_cell(value: Any, style: str | None = None) -> str:
    """A cell after its reference, in the forms openpyxl writes (with the style index ``style``), of a value that
    is not text (or, as its :func:`_text_cell`, text)."""
    styled = f' s="{style}"' if style else ""
    if isinstance(value, bool):
        return f'{styled} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return f'{styled} t="n"><v>{value!r}</v></c>'
    return _text_cell(str(value), style)


def _text_cell(text: str, style: str | None) -> str:
    """A text cell after its reference: its style index ``style``, and as an inline string the :func:`safe` text,
    escaped for XML, the spaces at its ends kept."""
    text = safe(text).translate(_ESCAPES)
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    styled = f' s="{style}"' if style else ""
    return f'{styled} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _spliced(sheet_xml: bytes, part: _Part) -> list[bytes | _Spool]:
    """The sheet's XML in pieces: the data rows after the first row, and the internal hyperlinks where the
    schema wants them (before the print settings)."""
    end = sheet_xml.index(b"</sheetData>")
    pieces: list[bytes | _Spool] = [sheet_xml[:end], part.rows]
    tail = sheet_xml[end:]
    if part.links.size:
        marker = next(m for m in (b"<printOptions", b"<pageMargins", b"<pageSetup", b"</worksheet>") if m in tail)
        at = tail.index(marker)
        pieces += [tail[:at] + b"<hyperlinks>", part.links]
        tail = b"</hyperlinks>" + tail[at:]
    return [*pieces, tail]


def _add_deflated(target: zipfile.ZipFile, entry: zipfile.ZipInfo, pieces: list[bytes | _Spool]) -> None:
    """Add the member ``entry`` of ``pieces`` one after the other to ``target``, the spools' deflated bytes copied
    as they are and the bytes between them deflated here, as :meth:`zipfile.ZipFile.mkdir` adds a member (its
    header, then where the next one starts), its CRC-32 and sizes known before its header is written."""
    packed: list[bytes | _Spool] = []
    crc = size = 0
    for index, piece in enumerate(pieces):
        if isinstance(piece, bytes):
            packer = _deflater()
            last = index == len(pieces) - 1
            packed.append(packer.compress(piece) + packer.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH))
            crc, size = zlib.crc32(piece, crc), size + len(piece)
        else:
            piece.finish()
            packed.append(piece)
            crc, size = _crc32_combined(crc, piece.crc, piece.size), size + piece.size
    packed_size = sum(len(p) if isinstance(p, bytes) else p.packed_size for p in packed)
    entry.CRC, entry.file_size, entry.compress_size = crc, size, packed_size
    entry.external_attr = 0o600 << 16  # -rw-------, as zipfile gives the others
    fp = target.fp
    assert fp is not None  # open for writing
    entry.header_offset = fp.tell()
    target.filelist.append(entry)
    target.NameToInfo[entry.filename] = entry
    fp.write(entry.FileHeader())
    for piece in packed:
        if isinstance(piece, bytes):
            fp.write(piece)
        else:
            piece.copy(fp)
    target.start_dir = fp.tell()


# CRC-32's polynomial, bit-reversed (the coefficient of x^0 is the highest bit), as zlib computes it.
_CRC_POLYNOMIAL = 0xEDB88320


def _crc32_combined(first: int, second: int, size: int) -> int:
    """The CRC-32 of two byte strings one after the other, from each one's CRC-32 and the second's ``size``: zlib's
    ``crc32_combine`` (which Python's zlib lacks), ``first`` times x^(8 * size) plus ``second``, modulo CRC-32's
    polynomial."""
    shift, power = 1 << 31, 1 << 23  # x^0; x^8, a byte's shift
    while size:
        if size & 1:
            shift = _times(power, shift)
        power = _times(power, power)
        size >>= 1
    return _times(shift, first) ^ second


def _times(a: int, b: int) -> int:
    """The product of two polynomials modulo CRC-32's, both bit-reversed as :data:`_CRC_POLYNOMIAL`."""
    product = 0
    for _ in range(32):
        if a & (1 << 31):
            product ^= b
        a = (a << 1) & 0xFFFFFFFF
        b = (b >> 1) ^ _CRC_POLYNOMIAL if b & 1 else b >> 1
    return product


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


def _w3cdtf(moment: str | None) -> str | None:
    """The run time in the UTC form document properties use (``2026-11-29T12:00:00Z``)."""
    if not moment:
        return None
    from datetime import datetime, timezone

    parsed = datetime.fromisoformat(moment)
    parsed = parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed
    return parsed.strftime("%Y-%m-%dT%H:%M:%SZ")


class Table:
    """A tabular sheet: bold frozen header repeated on every printed page, autofilter, widths; in as many
    sheets as its rows need (each with its own filter and colours).

    Columns whose indexes are in ``coloured`` hold statuses and are coloured by conditional
    formatting (one rule per status for the whole range: cheap to write, and the colour follows
    a reviewer's edits; ``colours`` maps the words shown to their colours, by default the statuses'
    keys). Add rows with :meth:`append`, then :meth:`close`.
    """

    def __init__(
        self,
        book: Book,
        title: str,
        headers: Sequence[str],
        widths: Sequence[float],
        *,
        coloured: Iterable[int] = (),
        colours: Mapping[str, str] = STATUS_COLOURS,
    ) -> None:
        self.book = book
        self.title = title
        self.columns = len(headers)
        self.coloured = list(coloured)
        self.colours = colours
        book.sheet(title, widths, [Heading(h) for h in headers], freeze="A2")

    def append(self, values: Sequence[Any], links: dict[int, str] | None = None) -> None:
        """Add a row; ``links`` maps column indexes to the cells their values link to."""
        self.book.append(self.title, values, links)

    def close(self) -> None:
        """Set each sheet's autofilter and status colours over its rows."""
        last = get_column_letter(self.columns)
        styles = {colour: self.book.colour_style(colour) for colour in self.colours.values()}
        for sheet, count in self.book.parts(self.title):
            sheet.auto_filter.ref = f"A1:{last}{count + 1}"
            for index in self.coloured if count else ():
                letter = get_column_letter(index + 1)
                cells = ConditionalFormatting(f"{letter}2:{letter}{count + 1}")  # read once, not once per rule
                for status, colour in self.colours.items():
                    text = status.replace('"', '""')
                    rule = Rule(type="cellIs", operator="equal", formula=[f'"{text}"'], dxf=styles[colour])
                    sheet.conditional_formatting.add(cells, rule)


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
    """Add a :class:`Table` of the rows of ``body``; ``links`` gives, row by row, the cells some columns link to."""
    sheet = Table(book, title, headers, widths, coloured=coloured, colours=colours)
    targets = iter(links)
    for values in body:
        sheet.append(values, next(targets, None))
    sheet.close()


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
