"""Shared steps of the text loaders: decoding, the budget and shape checks, load findings.

Every parsed JSON or YAML file passes two walks before it is checked:

- :func:`screen` measures the whole file within its :class:`~qa_checker.limits.Limits` and refuses it
  (a document without data, ``MC-LD-00x``) when it is too deep, refers to itself, holds too many values
  or too much text once YAML aliases are written out, has an over-long text or list, or a number no
  output can hold. A list or mapping reached again through an alias is measured once (by identity) and
  its size added each time it is used, so the walk is linear in what the file spells out while the
  budget bounds what every later step would see.
- :func:`text_findings` then looks at every text and key of each document that was read: lone
  surrogates (replaced by U+FFFD, so nothing downstream can fail on them), control characters,
  bidirectional overrides, and keys the parser saw twice. These are findings on a document that is
  still checked.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from qa_checker import ids
from qa_checker import pointer as jp
from qa_checker.cells import escaped
from qa_checker.document import Document
from qa_checker.elements import element_for_pointer
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.importers import accepts, import_documents
from qa_checker.limits import MAX_INT_BITS, Allowance, Limits, usable_int
from qa_checker.patterns import regex
from qa_checker.scripts import MisleadingWord, may_mislead, misleading_words
from qa_checker.text import N_, Text, clip, msg, plural


def load_error(
    source: str,
    rule: str,
    message: str | Text,
    hint: str | Text,
    *,
    fmt: str = "unknown",
    origin: Origin | None = None,
    line: int | None = None,
    column: int | None = None,
) -> Document:
    """A document that could not be read, carrying one load finding (its message and hint translatable),
    placed at ``line`` and ``column`` of the file when the loader knows them."""
    finding = Finding.make(
        rule=rule,
        severity=Severity.ERROR,
        element=None,
        pointer="",
        message=message,
        hint=hint,
        origin=origin,
        line=line if line and column else None,
        column=column if line and column else None,
    )
    return Document(source=source, data=None, format=fmt, findings=[finding])


# --- Explaining a syntax error ----------------------------------------------------------------------

# How many characters of a line, and how many lines before the error's, a syntax error is explained by:
# the explanation looks only at the text around the error, however large the file.
LOOK_CHARS = 2_000
LOOK_LINES = 4
# How much of a value an example quotes.
_SHOWN_CHARS = 60


@dataclass(frozen=True)
class Explanation:
    """What a syntax error means in plain words (``problem``), how to fix it (``fix``), and where the slip
    is: a 1-based line and column, which may be before the parser's (a missing ``:`` or ``,``)."""

    problem: Text
    fix: Text
    line: int
    column: int


@dataclass(frozen=True)
class SourceLine:
    """One line of a text: its 1-based number, its offset, and its text (at most :data:`LOOK_CHARS`
    characters of it, without the line break)."""

    number: int
    start: int
    text: str

    @property
    def indent(self) -> int:
        """The spaces it starts with."""
        return len(self.text) - len(self.text.lstrip(" "))

    @property
    def blank(self) -> bool:
        """Whether it holds nothing but white space and a ``#`` comment."""
        return self.text.strip(" \t")[:1] in ("", "#")


def explained_refusal(source: str, fmt: str, message: Text, hint: Text, explained: Explanation) -> Document:
    """The refusal of a file whose syntax slip ``explained`` names, placed at the slip's line and column."""
    return load_error(
        source,
        ids.UNPARSABLE,
        message,
        hint,
        fmt=fmt,
        origin=Origin(line=explained.line),
        line=explained.line,
        column=explained.column,
    )


# A line git (and other version control tools) writes where two versions of a file met in a merge:
# ``<<<<<<< ours``, ``||||||| base``, ``=======`` and ``>>>>>>> theirs``, each at the start of a line.
_CONFLICT_MARKER = regex(r"^(?:(?:<{7}|\|{7}|>{7})(?:[ \t][^\n]*)?|={7})\r?$", re.MULTILINE)


def conflict_markers(text: str, source: str, fmt: str) -> Document | None:
    """The refusal of a text holding merge-conflict markers, placed at the first; called only on a text that
    did not parse (a marker at the start of a line is a syntax error in JSON and in YAML)."""
    found = _CONFLICT_MARKER.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    return load_error(
        source,
        ids.UNPARSABLE,
        msg(
            "line {line} holds the merge-conflict marker {marker}: two versions of the file were left in it when "
            "they were merged, and neither was read",
            line=str(line),
            marker=found.group()[:7],
        ),
        msg(
            "Resolve the conflict: keep the version wanted, delete the other one and the marker lines "
            "(<<<<<<<, =======, >>>>>>>), and check the file again."
        ),
        fmt=fmt,
        origin=Origin(line=line),
        line=line,
        column=1,
    )


def lines_at(text: str, index: int, column: int, number: int, breaks: str = "\n") -> list[SourceLine]:
    """The line holding offset ``index`` (0-based ``column`` in line ``number``, 1-based), last, after the
    (up to :data:`LOOK_LINES`) lines before it; ``[]`` when the offsets do not fit the text (or the error
    is further into its line than :data:`LOOK_CHARS`). ``breaks`` are the line breaks the parser counts
    (``\r\n`` is one). Only the characters of these lines are looked at."""
    start = index - column
    if not (0 <= start <= index <= len(text)) or column > LOOK_CHARS or number < 1:
        return []
    if start > 0 and text[start - 1] not in breaks:
        return []
    found = [SourceLine(number, start, _line_text(text, start, breaks))]
    while len(found) <= LOOK_LINES and start > 0 and found[0].number > 1:
        end = start - 1
        if text[end] == "\n" and end > 0 and text[end - 1] == "\r" and "\r" in breaks:
            end -= 1
        low = max(0, end - LOOK_CHARS)
        start = max(text.rfind(b, low, end) for b in breaks) + 1
        if start == 0 and low > 0:
            break  # a line longer than what is looked at
        found.insert(0, SourceLine(found[0].number - 1, start, text[start:end]))
    return found


def _line_text(text: str, start: int, breaks: str) -> str:
    window = text[start : start + LOOK_CHARS]
    ends = [at for at in (window.find(b) for b in breaks) if at != -1]
    return window[: min(ends)] if ends else window


def previous_line(lines: list[SourceLine]) -> SourceLine | None:
    """The last line before the error's that holds more than white space and a comment."""
    for line in reversed(lines[:-1]):
        if not line.blank:
            return line
    return None


def missing_comma(line: int, column: int, next_line: int) -> Explanation:
    """A ``,`` missing at ``column`` of ``line``, after its last item, before the next item on ``next_line``."""
    return Explanation(
        msg(
            "a comma is missing at the end of line {line}, before the next item on line {next}",
            line=str(line),
            next=str(next_line),
        ),
        msg("Put a comma at the end of line {line}.", line=str(line)),
        line,
        column,
    )


def shown(value: str) -> str:
    """A value as an example quotes it: cut short, with ``…``, when it is long."""
    return clip(value, _SHOWN_CHARS + 2, " …")


READ_HINT = N_("Check that the file exists and is readable.")

# Byte-order marks of the encodings a text file may announce; UTF-32 first, as its little-endian mark
# begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode(raw: bytes, source: str, fmt: str) -> str | Document:
    """Decode UTF-8 (with or without BOM), or UTF-16/UTF-32; a document with a finding for anything else.

    YAML allows UTF-16 and UTF-32 files, and Windows tools (PowerShell, Notepad's "Unicode", Excel's
    "Unicode text") write them; with a byte-order mark the encoding is certain. Without one, a file
    whose first character is ASCII with the NUL bytes of UTF-32 or UTF-16 around it is read as that
    (YAML's rule, and JSON's before RFC 8259); any other NUL byte means a binary file.

    A carriage return alone ends a line (old Mac files) and is given as a line feed, so every parser and
    :mod:`qa_checker.locate` count the lines an editor shows; offsets are unchanged, and neither JSON
    (where it may only be white space) nor YAML (which reads it as a line break) reads it otherwise.
    """
    text = _decoded(raw, source, fmt)
    return _one_line_break(text) if isinstance(text, str) else text


_LONE_CR = regex("\r(?!\n)")


def _one_line_break(text: str) -> str:
    """``text`` with each carriage return that ends a line alone made a line feed (same length)."""
    return _LONE_CR.sub("\n", text) if "\r" in text and _LONE_CR.search(text) else text


def _line_and_column(before: str) -> tuple[int, int]:
    """The 1-based line and column of the character after ``before``, a line ended by CR, LF or CRLF."""
    before = _one_line_break(before)
    return before.count("\n") + 1, len(before) - before.rfind("\n")


# The first bytes of a PNG image (a baked badge's, or a picture saved under a descriptor's name).
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The first bytes of files of other formats that end up under a descriptor's name (a download or an
# export saved as ``.json``), by the name of the format.
_SIGNATURES = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"%PDF-", "PDF"),
    (PNG_SIGNATURE, "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "Zstandard"),
    *((b"BZh%d1AY&SY" % size, "bzip2") for size in range(1, 10)),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (.xls, .doc)"),
)
# The signatures alone, for one look at a file's start (the usual file has none of them).
_SIGNATURE_STARTS = tuple(signature for signature, _ in _SIGNATURES)
# The start of an HTML page or an XML file (a web page or an XML export saved under a descriptor's name).
_MARKUP = regex(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*<(?:\?xml|!doctype|html|!--)", re.IGNORECASE)


# What a clone without Git LFS holds in place of the file it stands for: a pointer of three lines.
LFS_POINTER = b"version https://git-lfs.github.com/spec/"
# Word-processor documents saved under a descriptor's name, by their first bytes (Rich Text Format) or, for
# those that are zip archives, a member's name or the media type an OpenDocument file opens with.
_RTF = b"{\\rtf"
_ZIPPED_DOCUMENTS = (
    (b"word/document.xml", "Word, .docx"),
    (b"mimetypeapplication/vnd.oasis.opendocument.text", "OpenDocument, .odt"),
)
# What to give instead of a file that is no text.
_TEXT_HINT = msg("Give a UTF-8 JSON or YAML file.")


def _other_format(raw: bytes, source: str, fmt: str) -> Document | None:
    """The refusal of a file whose first bytes show another format than text: an archive, a PDF, an
    image, HTML or XML, or a word processor's document (a Git LFS pointer is told before parsing: see
    ``Loaders.parse``)."""
    if _MARKUP.match(raw):
        return load_error(
            source,
            ids.UNREADABLE,
            msg("the file is HTML or XML markup, not a JSON or YAML descriptor"),
            _TEXT_HINT,
            fmt=fmt,
            origin=Origin(line=1),
        )
    document = _document_kind(raw)
    if document is not None:
        return load_error(
            source,
            ids.UNREADABLE,
            msg("the file is a word processor's document ({format}), not a JSON or YAML descriptor", format=document),
            _TEXT_HINT,
            fmt=fmt,
        )
    return _binary_format(raw, source, fmt, _TEXT_HINT)


def lfs_pointer(raw: bytes, source: str, fmt: str) -> Document | None:
    """The refusal of a Git LFS pointer (of any format's name: a clone without Git LFS), or ``None``."""
    if not raw.startswith(LFS_POINTER):
        return None
    return load_error(
        source,
        ids.UNREADABLE,
        msg("the file is a Git LFS pointer, not the descriptor it stands for: the descriptor was never fetched"),
        msg("Fetch the file itself (git lfs pull) and check it again."),
        fmt=fmt,
        origin=Origin(line=1),
    )


def _document_kind(raw: bytes) -> str | None:
    """The word processor's format of ``raw`` (RTF, or a Word or OpenDocument text archive), if it is one."""
    if raw.startswith(_RTF):
        return "Rich Text Format, .rtf"
    if not raw.startswith(b"PK\x03\x04"):
        return None
    return next((name for member, name in _ZIPPED_DOCUMENTS if member in raw), None)


def _binary_format(raw: bytes, source: str, fmt: str, hint: Text) -> Document | None:
    """The refusal of a file whose first bytes are the signature of a binary format (``hint`` says what to
    give instead, unless it is a .zip, which is read under its own name)."""
    if not raw.startswith(_SIGNATURE_STARTS):
        return None
    kind = next(name for signature, name in _SIGNATURES if raw.startswith(signature))
    return load_error(
        source,
        ids.UNREADABLE,
        msg("the file is binary (a {format} file), not a text descriptor", format=kind),
        msg("Name it after what it holds (.zip, .xlsx or .ods) to have it read.") if kind == "zip" else hint,
        fmt=fmt,
    )


def binary_markup(raw: bytes, text: bytes, source: str, fmt: str, hint: Text) -> Document | None:
    """The refusal of a markup file (XML) that is no text: a binary format by its signature, or NUL bytes in
    ``text``, its start as UTF-8 (a wide text's start decoded; NUL bytes there are no character of it), placed
    at the first when the rest is UTF-8 text; ``None`` for a text."""
    found = _binary_format(raw, source, fmt, hint)
    if found is not None or b"\x00" not in text:
        return found
    return _stray_nul(raw, source, fmt) or load_error(
        source, ids.UNREADABLE, msg("the file is binary, not a text descriptor"), hint, fmt=fmt
    )


def _decoded(raw: bytes, source: str, fmt: str) -> str | Document:
    wide = wide_text(raw, source, fmt)
    if wide is not None:
        return wide
    if not raw.removeprefix(b"\xef\xbb\xbf").strip():
        return _empty(source, fmt)
    other = _other_format(raw, source, fmt)
    if other is not None:
        return other
    if b"\x00" in raw[:_SNIFF_BYTES] or raw.endswith(b"\x00"):
        return _stray_nul(raw, source, fmt) or load_error(
            source,
            ids.UNREADABLE,
            msg("the file is binary, not a text descriptor"),
            _TEXT_HINT,
            fmt=fmt,
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # utf-8-sig counts from after the byte-order mark it removed.
        start = exc.start + (len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0)
        line, column = _line_and_column(raw[:start].decode("utf-8-sig"))
        return load_error(
            source,
            ids.UNREADABLE,
            msg(
                "the file is not UTF-8 text (line {line}, column {column}: byte 0x{byte})",
                line=str(line),
                column=str(column),
                byte=format(raw[start], "02X"),
            ),
            msg("Save the file as UTF-8; it looks like Windows-1252 or Latin-1 text.")
            if _legacy_text(raw)
            else msg("Save the file as UTF-8."),
            fmt=fmt,
            origin=Origin(line=line),
        )


# How much of a file's start tells a binary file by its NUL bytes; the share of NUL bytes and the control
# characters (all but tab, line breaks and escape) that no text holds.
_SNIFF_BYTES = 8192
_MAX_NUL_SHARE = 0.01
_FEW_NULS = 1
_BINARY_CONTROLS = regex(rb"[\x01-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f]")


def _stray_nul(raw: bytes, source: str, fmt: str) -> Document | None:
    """The refusal of a UTF-8 text with a few NUL bytes (a save cut short, files joined), or with NUL bytes
    only after it (the unwritten end of a file a crash or a copy cut short left), placed at the first;
    ``None`` for a binary file (more NUL bytes, other control characters, not UTF-8)."""
    sample = raw[:_SNIFF_BYTES]
    written = raw.rstrip(b"\x00")
    padded = b"\x00" not in written and bool(written.strip())
    if (sample.count(0) > max(_FEW_NULS, len(sample) * _MAX_NUL_SHARE) and not padded) or _BINARY_CONTROLS.search(
        sample
    ):
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    line, column = _line_and_column(text[: text.index("\x00")])
    return load_error(
        source,
        ids.UNREADABLE,
        msg(
            "the file is text, but holds a NUL byte (U+0000) at line {line}, column {column}, which no text file holds",
            line=str(line),
            column=str(column),
        ),
        msg("Remove the NUL bytes (a save cut short or files joined together leave them) and save as UTF-8."),
        fmt=fmt,
        origin=Origin(line=line),
        line=line,
        column=column,
    )


def wide_text(raw: bytes, source: str, fmt: str) -> str | Document | None:
    """The text of a UTF-32 or UTF-16 file (a byte-order mark says which; without one, where the NUL bytes
    around its first, ASCII character fall), or the refusal of one that is not what it announces; ``None``
    for any other file."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            return _decode_wide(raw, source, fmt, codec, name)
    unmarked = _unmarked_wide(raw)
    if unmarked is None:
        return None
    if isinstance(unmarked, tuple):
        codec, line, column = unmarked
        return load_error(
            source,
            ids.UNREADABLE,
            msg(
                "the file is {encoding} text without a byte-order mark, but it ends in the middle of a character "
                "(line {line}, column {column})",
                encoding=codec[:6].upper(),
                line=str(line),
                column=str(column),
            ),
            msg("Save the file as UTF-8."),
            fmt=fmt,
            origin=Origin(line=line),
        )
    return unmarked if unmarked.strip() else _empty(source, fmt)


# Without a byte-order mark, YAML (1.2, section 5.2) and JSON (RFC 4627) tell UTF-32 and UTF-16 by
# where the NUL bytes around the first character, which is ASCII, fall.
_UNMARKED = (
    (regex(b"\\x00\\x00\\x00[\\t\\n\\r\\x20-\\x7e]"), "utf-32-be"),
    (regex(b"[\\t\\n\\r\\x20-\\x7e]\\x00\\x00\\x00"), "utf-32-le"),
    (regex(b"\\x00[\\t\\n\\r\\x20-\\x7e]"), "utf-16-be"),
    (regex(b"[\\t\\n\\r\\x20-\\x7e]\\x00"), "utf-16-le"),
)


_SAMPLE_CHARS = 2_048
_MIN_ASCII_SHARE = 0.25


def _unmarked_wide(raw: bytes) -> str | tuple[str, int, int] | None:
    """The text of a UTF-32 or UTF-16 file without a byte-order mark; ``None`` when it is not one (or
    holds a NUL character, as a binary file read that way would). A text of several lines cut short in its last
    character (a copy or upload that lost its last byte) is its codec, and the line and column of that character."""
    for pattern, codec in _UNMARKED:
        if pattern.match(raw):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                if exc.reason != "truncated data":
                    return None
                text = raw[: exc.start].decode(codec, errors="replace")
                if "\x00" in text or "\n" not in text or not _mostly_ascii(text):
                    return None
                return (codec, *_line_and_column(text))
            return None if "\x00" in text or not _mostly_ascii(text) else text
    return None


def _mostly_ascii(text: str) -> bool:
    """Whether the start of a text is ASCII enough to be a descriptor: its keys and punctuation are ASCII,
    and binary bytes (or wide text read in the wrong byte order) are mostly not."""
    sample = text[:_SAMPLE_CHARS]
    return bool(sample) and sum(1 for char in sample if char < "\x80") / len(sample) >= _MIN_ASCII_SHARE


# The codec that reads a wide text in the other byte order than its byte-order mark says (UTF-32 first, as its
# little-endian mark begins with UTF-16's).
_OTHER_ORDER = (
    (codecs.BOM_UTF32_LE, "utf-32-be"),
    (codecs.BOM_UTF32_BE, "utf-32-le"),
    (codecs.BOM_UTF16_LE, "utf-16-be"),
    (codecs.BOM_UTF16_BE, "utf-16-le"),
)


def _other_order(raw: bytes, text: str) -> bool:
    """Whether a wide text read by its byte-order mark is not text, but is when read in the other byte order:
    a mark that gives the wrong order (a tool that swapped the bytes, or wrote the mark alone)."""
    if _mostly_ascii(text):
        return False
    bom, codec = next((bom, codec) for bom, codec in _OTHER_ORDER if raw.startswith(bom))
    width = 4 if codec.startswith("utf-32") else 2
    return _mostly_ascii(raw[len(bom) : len(bom) + _SAMPLE_CHARS * width].decode(codec, errors="ignore"))


def _decode_wide(raw: bytes, source: str, fmt: str, codec: str, name: str) -> str | Document:
    if _narrow_after_mark(raw, raw[: 4 * (_SAMPLE_CHARS + 1)].decode(codec, errors="replace")):
        return load_error(
            source,
            ids.UNREADABLE,
            msg(
                "the file begins with a {encoding} byte-order mark, but the text after it is written one byte a "
                "character (as UTF-8 or a code page writes it), not in {encoding}",
                encoding=name,
            ),
            msg("Remove the byte-order mark, or save the file as UTF-8."),
            fmt=fmt,
            origin=Origin(line=1),
        )
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        line, column = _line_and_column(raw[: exc.start].decode(codec, errors="replace"))
        return load_error(
            source,
            ids.UNREADABLE,
            msg(
                "the file announces {encoding} text with its byte-order mark, but is not valid {encoding} "
                "(line {line}, column {column}: {reason})",
                encoding=name,
                line=str(line),
                column=str(column),
                reason=exc.reason,
            ),
            msg("Save the file as UTF-8."),
            fmt=fmt,
            origin=Origin(line=line),
        )
    if not text.strip():
        return _empty(source, fmt)
    if _other_order(raw, text):
        return load_error(
            source,
            ids.UNREADABLE,
            msg(
                "the file's byte-order mark announces {encoding} text in one byte order, but the text is written "
                "in the other",
                encoding=name,
            ),
            msg("Save the file as UTF-8."),
            fmt=fmt,
        )
    return text


def _narrow_after_mark(raw: bytes, text: str) -> bool:
    """Whether a wide text read by its byte-order mark is not text, while the bytes after the mark, read one a
    character, are: no NUL among them (wide text of ASCII has one in every character) and mostly ASCII."""
    if _mostly_ascii(text):
        return False
    bom = next(bom for bom, _codec, _name in _BOMS if raw.startswith(bom))
    after = raw[len(bom) : len(bom) + _SAMPLE_CHARS]
    return b"\x00" not in after and _mostly_ascii(after.decode("latin-1"))


def _empty(source: str, fmt: str) -> Document:
    return load_error(source, ids.EMPTY, msg("the file is empty"), msg("Write the descriptor into the file."), fmt=fmt)


def _legacy_text(raw: bytes) -> bool:
    """Whether the bytes read as Windows-1252, the usual encoding of a non-UTF-8 European text file."""
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


_DEEP_HINT = N_("A descriptor is a shallow object; check the file was generated correctly.")


def too_deep(source: str, fmt: str, message: Text | None = None, origin: Origin | None = None) -> Document:
    """The MC-LD-004 document for nesting beyond what a descriptor can have (by default, too deep to read)."""
    return load_error(
        source,
        ids.TOO_DEEP,
        message or msg("the document is nested too deeply to read"),
        _DEEP_HINT,
        fmt=fmt,
        origin=origin,
    )


class HugeNumber:
    """Stands in for an integer literal too large to use, so that reading the file never fails on it."""

    __slots__ = ("digits", "line")

    def __init__(self, digits: int, line: int | None = None) -> None:
        self.digits = digits
        self.line = line

    def __repr__(self) -> str:
        return f"<a {self.digits:,}-digit number>"

    __str__ = __repr__


def parse_int(literal: str, line: int | None = None) -> int | HugeNumber:
    """The integer a (decimal) literal gives, or a :class:`HugeNumber` when it is too large to use."""
    value = usable_int(literal)
    return HugeNumber(len(literal.lstrip("+-")), line) if value is None else value


@dataclass
class ParseNotes:
    """What a parser saw that the parsed values cannot show: repeated keys of a mapping (kept with the
    mapping, by its identity, with the line and column of the repeat) and, for YAML, the line of texts
    that hold unusual characters."""

    duplicates: dict[int, tuple[dict[Any, Any], list[tuple[str, int | None, int | None]]]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    def duplicate(
        self, mapping: dict[Any, Any], key: object, line: int | None = None, column: int | None = None
    ) -> None:
        """Record that ``key`` was given more than once in ``mapping`` (again at ``line`` and ``column``)."""
        self.duplicates.setdefault(id(mapping), (mapping, []))[1].append((str(key), line, column))


def _placed(line: int | None, column: int | None) -> dict[str, Any]:
    """A load finding's place: the origin's line, and the finding's own line and column when both are known."""
    place: dict[str, Any] = {"origin": Origin(line=line) if line else None}
    if line and column:
        place.update(line=line, column=column)
    return place


# What a document that is not an object is, one whole message each.
_SHAPES = {
    list: N_("the document is a list, not an object of descriptor fields"),
    str: N_("the document is a string, not an object of descriptor fields"),
    int: N_("the document is a number, not an object of descriptor fields"),
    float: N_("the document is a number, not an object of descriptor fields"),
    bool: N_("the document is true or false, not an object of descriptor fields"),
    type(None): N_("the document is empty, not an object of descriptor fields"),
}


def non_finite(value: Any) -> str | None:
    """The pointer of the first NaN or infinite number (JSON's NaN/Infinity, YAML's .inf, 1e999), if any.

    Each distinct list or mapping is looked at once, so a YAML alias used many times costs nothing more.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, float) and not math.isfinite(node):
            return where
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                continue
            seen.add(id(node))
            items = node.items() if isinstance(node, dict) else enumerate(node)
            stack.extend((v, jp.child(where, str(k))) for k, v in items)
    return None


# --- The budget walk --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Refusal:
    """Why a parsed file is refused: ``message`` has a ``{place}`` that :func:`screen` fills in."""

    rule: str
    message: Text
    hint: str | Text
    pointer: str
    line: int | None = None


def _split_hint(name: str) -> Text:
    return msg("Split the file, or raise the limit with --limit {name}=N if the file is genuine.", name=name)


TOO_MANY_VALUES_HINT = N_(
    "Split the file, and write repeated parts out instead of through YAML aliases; raise the "
    "limit with --limit max-nodes=N if the file is genuine."
)


def _archive_aliases_hint(option: str) -> Text:
    return msg(
        "Write repeated parts out instead of through YAML aliases, or split the archive; raise the limit with "
        "{option} if the archive is genuine.",
        option=option,
    )


def _place(pointer: str, number: int | None = None) -> str | Text:
    """Where in a file a refusal points: the pointer, or the top level (of document ``number`` of a stream)."""
    if number is None:
        return pointer or msg("the top level")
    if pointer:
        return msg("{pointer} of document {number}", pointer=pointer, number=str(number))
    return msg("the top level of document {number}", number=str(number))


def _pointer(path: tuple[Any, ...]) -> str:
    """The pointer of a path of keys and indexes, each written as text (as ``jp.child(where, str(key))``)."""
    return jp.join(*(str(key) for key in path))


def _items(node: dict[Any, Any] | list[Any]) -> Iterator[tuple[Any, Any]]:
    return iter(node.items()) if isinstance(node, dict) else enumerate(node)


def screen(
    roots: Sequence[Any],
    source: str,
    fmt: str,
    limits: Limits,
    size: int = 0,
    allowance: Allowance | None = None,
) -> Document | None:
    """The refusal of a parsed file (its documents: one, or several of a YAML stream) that is beyond
    ``limits`` or holds something no later step can use; ``None`` when it may be read.

    Its texts, each use of an alias counted, may hold as many characters as the file (``size``) or
    the size limit, whichever is more: only aliases can make them more. With ``allowance`` (the file is
    one of an archive's members, which share one file's budget for what aliases add), what its aliases
    add, values beyond one per character and text beyond its characters, is spent from the allowance, and
    a file that would add more than is left of it is refused.
    """
    max_text, max_nodes = max(limits.max_bytes, size), limits.max_nodes
    if allowance is not None:
        max_text, max_nodes = min(max_text, size + allowance.chars), min(max_nodes, size + 1 + allowance.values)
    if plainly_within(roots, limits, max_text if allowance is None else size, size):
        return None
    walk = _Screen(limits, max_text, max_nodes, shared=allowance is not None)
    found: tuple[int, _Refusal] | None = None
    for number, root in enumerate(roots, start=1):
        refusal = None if isinstance(root, Document) else walk.walk(root)  # a Document: refused while reading
        if refusal is not None:
            found = (number, refusal)
            break
    if allowance is not None:
        allowance.values -= max(0, min(walk.nodes, max_nodes) - size - 1)
        allowance.chars -= max(0, min(walk.text, max_text) - size)
    if found is not None:
        number, refusal = found
        place = _place(refusal.pointer, number if len(roots) > 1 else None)
        refused = load_error(
            source,
            refusal.rule,
            replace(refusal.message, params={**refusal.message.params, "place": place}),
            refusal.hint,
            fmt=fmt,
            origin=Origin(pointer=refusal.pointer, line=refusal.line),
        )
        refused.findings = [_without_surrogates(f) for f in refused.findings]
        return refused
    return None


def plainly_within(roots: Sequence[Any], limits: Limits, max_text: int, size: int, *, line_breaks: bool = True) -> bool:
    """Whether the documents hold only text keys, texts (without one of line breaks alone, unless
    ``line_breaks``), finite numbers, booleans, nulls, lists and mappings, all within ``limits``: then
    :class:`_Screen` has nothing to refuse. Several times faster than its walk
    (no places are kept), and bounded: it gives up past ``max_nodes`` values, or past one more than the
    characters of the text (``size``, when known), which only values reached again through YAML aliases
    can pass, and leaves the full walk, which counts each shared value once, to say why."""
    max_depth, max_chars, max_items = limits.max_depth, limits.max_string_chars, limits.max_list_items
    max_nodes = min(limits.max_nodes, size + 1) if size else limits.max_nodes
    nodes = text = 0
    stack: list[tuple[Any, int]] = []
    for root in roots:
        if root.__class__ is not dict and root.__class__ is not list:
            return False  # a document that is one value, or was refused while reading: the full walk says
        stack.append((root, 1))
    while stack:
        item, level = stack.pop()
        nodes += 1
        children: Iterable[Any]
        if item.__class__ is dict:
            for key in item:
                if key.__class__ is not str or len(key) > max_chars:
                    return False
                text += len(key)
            children = item.values()
        else:
            if len(item) > max_items:
                return False
            children = item
        below = level + 1
        if below > max_depth and item:
            return False
        for child in children:
            kind = child.__class__
            if kind is dict or kind is list:
                stack.append((child, below))
                continue
            nodes += 1
            if kind is str:
                text += len(child)
                if len(child) > max_chars or (not line_breaks and child and not child.strip("\n")):
                    return False
            elif kind is int:
                if child.bit_length() > MAX_INT_BITS:
                    return False
            elif kind is float:
                if not math.isfinite(child):
                    return False
            elif not (child is None or kind is bool):
                return False
        if nodes > max_nodes or text > max_text:
            return False
    return True


def within_by_size(text: str, limits: Limits, *, unbracketed: int = 0) -> bool:
    """Whether every value read from ``text`` without aliases (JSON, or YAML without them) is within ``limits`` as
    :func:`plainly_within` counts them, whatever its values are: each value, list item and character of a text or
    key takes a character of the text of its own, and each level of nesting an opening bracket, or one of the
    ``unbracketed`` levels at most that the caller's syntax nests otherwise (YAML's indentation). Its values' types
    are the caller's to tell."""
    nesting = text.count("[") + text.count("{") + unbracketed
    size = len(text)
    return size < min(limits.max_nodes, limits.max_string_chars, limits.max_list_items) and nesting < limits.max_depth


class _Screen:
    """One bounded walk of a parsed value: counts with multiplicity, memoised by identity, up to ``max_nodes``
    values and ``max_text`` characters (``shared``: bounds an archive's allowance may have lowered)."""

    def __init__(self, limits: Limits, max_text: int, max_nodes: int | None = None, *, shared: bool = False) -> None:
        self.limits = limits
        self.max_text = max_text
        self.max_nodes = limits.max_nodes if max_nodes is None else max_nodes
        self.shared = shared
        self.nodes = 0
        self.text = 0
        # id of a finished list or mapping -> (values, characters of text, height), all with multiplicity.
        self.done: dict[int, tuple[int, int, int]] = {}

    def walk(self, root: Any) -> _Refusal | None:
        limits = self.limits
        max_depth, max_nodes, max_chars, max_text, max_items = (
            limits.max_depth,
            self.max_nodes,
            limits.max_string_chars,
            self.max_text,
            limits.max_list_items,
        )
        if not isinstance(root, (dict, list)):
            self.nodes += 1
            return self._scalar(root, "") or self._budget("")
        refusal = self._enter(root, "", 1)
        if refusal is not None:
            return refusal
        done = self.done
        # The counts are kept in locals while walking, and handed back to the object (self.nodes and
        # self.text) before any method that reads them. A place is kept as the path of keys to it, and
        # written as a pointer only for a refusal.
        nodes, text = self.nodes, self.text
        # Each frame: container, path, children, level, [deepest level below], values and text at entry.
        frames: list[tuple[Any, tuple[Any, ...], Iterator[tuple[Any, Any]], int, list[int], int, int]] = [
            (root, (), _items(root), 1, [1], nodes - 1, text)
        ]
        open_ = {id(root)}
        while frames:
            node, path, children, level, deepest, nodes_in, text_in = frames[-1]
            is_dict = isinstance(node, dict)
            below = level + 1
            descend: tuple[Any, Any] | None = None
            for key, child in children:
                if is_dict:
                    # Keys are not values, but their text counts and they must be usable as text.
                    if type(key) is str:
                        text += len(key)
                        if len(key) > max_chars:
                            self.nodes, self.text = nodes, text
                            return self._long_text(key, _pointer((*path, key)), "key")
                    else:
                        self.nodes, self.text = nodes, text
                        refusal = self._key(key, _pointer(path))
                        if refusal is not None:
                            return refusal
                        nodes, text = self.nodes, self.text
                if below > max_depth:
                    self.nodes, self.text = nodes, text
                    return self._too_deep(_pointer((*path, key)))
                reach = below
                kind = type(child)
                if kind is str:
                    nodes += 1
                    text += len(child)
                    if len(child) > max_chars:
                        self.nodes, self.text = nodes, text
                        return self._long_text(child, _pointer((*path, key)), "text")
                elif kind is dict or kind is list or isinstance(child, (dict, list)):
                    known = done.get(id(child))
                    if known is None:
                        descend = (key, child)
                        break
                    nodes += known[0]
                    text += known[1]
                    reach = level + known[2]
                    if reach > max_depth:
                        self.nodes, self.text = nodes, text
                        return self._too_deep(_pointer((*path, key)))
                elif (
                    child is None
                    or kind is bool
                    or (kind is int and child.bit_length() <= MAX_INT_BITS)
                    or (kind is float and math.isfinite(child))
                ):
                    nodes += 1  # a number, true, false or null that any output can hold
                else:
                    nodes += 1
                    self.nodes, self.text = nodes, text
                    refusal = self._scalar(child, _pointer(path), key)
                    if refusal is not None:
                        return refusal
                    nodes, text = self.nodes, self.text
                if nodes > max_nodes or text > max_text:
                    self.nodes, self.text = nodes, text
                    return self._budget(_pointer((*path, key)))
                if reach > deepest[0]:
                    deepest[0] = reach
            if descend is None:
                frames.pop()
                open_.discard(id(node))
                done[id(node)] = (nodes - nodes_in, text - text_in, deepest[0] - level + 1)
                if frames and deepest[0] > frames[-1][4][0]:
                    frames[-1][4][0] = deepest[0]
                continue
            key, child = descend
            here = (*path, key)
            if id(child) in open_:
                return _Refusal(
                    ids.TOO_DEEP,
                    msg(
                        "the document contains itself at {place} (a YAML alias used inside its "
                        "own anchor), so it is nested without end"
                    ),
                    _DEEP_HINT,
                    _pointer(here),
                )
            # What _enter does, the pointer written only when it refuses.
            if nodes + 1 > max_nodes or text > max_text or (isinstance(child, list) and len(child) > max_items):
                self.nodes, self.text = nodes, text
                return self._enter(child, _pointer(here), below)
            nodes += 1
            open_.add(id(child))
            frames.append((child, here, _items(child), below, [below], nodes - 1, text))
        self.nodes, self.text = nodes, text
        return None

    def _enter(self, node: dict[Any, Any] | list[Any], where: str, level: int) -> _Refusal | None:
        self.nodes += 1
        if isinstance(node, list) and len(node) > self.limits.max_list_items:
            return _Refusal(
                ids.OVER_LIMIT,
                plural(
                    "the list at {place} has {count} item, over the limit of {limit} (max-list-items)",
                    "the list at {place} has {count} items, over the limit of {limit} (max-list-items)",
                    len(node),
                    limit=self.limits.max_list_items,
                ),
                _split_hint("max-list-items"),
                where,
            )
        return self._budget(where)

    def _budget(self, where: str) -> _Refusal | None:
        limits = self.limits
        if self.nodes > self.max_nodes and self.shared and self.max_nodes < limits.max_nodes:
            return _Refusal(
                ids.OVER_LIMIT,
                plural(
                    "YAML aliases in the archive's members add more than {count} value to what their text spells "
                    "out, over the limit of {count} for the whole archive (max-nodes); counting stopped at {place}",
                    "YAML aliases in the archive's members add more than {count} values to what their text spells "
                    "out, over the limit of {count} for the whole archive (max-nodes); counting stopped at {place}",
                    limits.max_nodes,
                ),
                _archive_aliases_hint("--limit max-nodes=N"),
                where,
            )
        if self.nodes > self.max_nodes:
            return _Refusal(
                ids.OVER_LIMIT,
                plural(
                    "the file holds more than {count} value (objects, lists, texts and numbers, each use of a "
                    "YAML alias counted), over the limit of {count} (max-nodes); counting stopped at {place}",
                    "the file holds more than {count} values (objects, lists, texts and numbers, each use of a "
                    "YAML alias counted), over the limit of {count} (max-nodes); counting stopped at {place}",
                    limits.max_nodes,
                ),
                TOO_MANY_VALUES_HINT,
                where,
            )
        if self.text > self.max_text and self.shared and self.max_text < limits.max_bytes:
            return _Refusal(
                ids.OVER_LIMIT,
                plural(
                    "YAML aliases in the archive's members add more than {count} character of text to what their "
                    "text spells out, over the limit of {count} for the whole archive (max-bytes); counting stopped "
                    "at {place}",
                    "YAML aliases in the archive's members add more than {count} characters of text to what their "
                    "text spells out, over the limit of {count} for the whole archive (max-bytes); counting stopped "
                    "at {place}",
                    limits.max_bytes,
                ),
                _archive_aliases_hint("--max-bytes N"),
                where,
            )
        if self.text > self.max_text:
            return _Refusal(
                ids.OVER_LIMIT,
                plural(
                    "with its YAML aliases written out the file holds more than {count} character of text, "
                    "more than its size limit allows (max-bytes); counting stopped at {place}",
                    "with its YAML aliases written out the file holds more than {count} characters of text, "
                    "more than its size limit allows (max-bytes); counting stopped at {place}",
                    self.max_text,
                ),
                msg("Write repeated parts out instead of through YAML aliases, or split the file."),
                where,
            )
        return None

    def _too_deep(self, where: str) -> _Refusal:
        return _Refusal(
            ids.TOO_DEEP,
            plural(
                "the document is nested more than {count} level deep (at {place})",
                "the document is nested more than {count} levels deep (at {place})",
                self.limits.max_depth,
            ),
            _DEEP_HINT,
            where,
        )

    def _scalar(self, value: Any, where: str, key: Any = None) -> _Refusal | None:
        if isinstance(value, str):
            self.text += len(value)
            if len(value) > self.limits.max_string_chars:
                return self._long_text(value, where if key is None else jp.child(where, str(key)), "text")
            if self.text > self.max_text:
                return self._budget(where if key is None else jp.child(where, str(key)))
            return None
        if isinstance(value, float):
            if not math.isfinite(value):
                return _Refusal(
                    ids.UNPARSABLE,
                    msg("the number at {place} is not finite (NaN or infinity)"),
                    msg(
                        "Write an ordinary number: JSON has no NaN or Infinity, and numbers beyond about 1e308 "
                        "overflow."
                    ),
                    where if key is None else jp.child(where, str(key)),
                )
            return None
        if isinstance(value, HugeNumber) or (isinstance(value, int) and value.bit_length() > MAX_INT_BITS):
            return _huge(value, where if key is None else jp.child(where, str(key)))
        return None

    def _key(self, key: Any, where: str) -> _Refusal | None:
        if isinstance(key, str):
            self.text += len(key)
            if len(key) > self.limits.max_string_chars:
                return self._long_text(key, jp.child(where, key), "key")
            return None
        if isinstance(key, HugeNumber) or (isinstance(key, int) and key.bit_length() > MAX_INT_BITS):
            return _huge(key, jp.child(where, str(key)))
        if isinstance(key, float) and not math.isfinite(key):
            return _Refusal(
                ids.UNPARSABLE,
                msg("the key at {place} is a number that is not finite (NaN or infinity)"),
                msg("Write the key as text."),
                jp.child(where, str(key)),
            )
        return None

    def _long_text(self, text: str, where: str, what: str) -> _Refusal:
        limit = self.limits.max_string_chars
        if what == "key":
            message = plural(
                "the key at {place} has {count} character, over the limit of {limit} (max-string-chars)",
                "the key at {place} has {count} characters, over the limit of {limit} (max-string-chars)",
                len(text),
                limit=limit,
            )
        else:
            message = plural(
                "the text at {place} has {count} character, over the limit of {limit} (max-string-chars)",
                "the text at {place} has {count} characters, over the limit of {limit} (max-string-chars)",
                len(text),
                limit=limit,
            )
        return _Refusal(
            ids.OVER_LIMIT,
            message,
            msg(
                "Shorten the text: a descriptor's longest texts are a few thousand characters. Raise the "
                "limit with --limit max-string-chars=N if it is genuine."
            ),
            where,
        )


def _huge(value: HugeNumber | int, where: str) -> _Refusal:
    if isinstance(value, HugeNumber):
        digits, line = value.digits, value.line
    else:
        digits, line = int(value.bit_length() * math.log10(2)) + 1, None
    return _Refusal(
        ids.UNREPRESENTABLE,
        plural(
            "the number at {place} has {count} digit, beyond what any report, "
            "spreadsheet or calculation can hold (about 1.8e308)",
            "the number at {place} has {count} digits, beyond what any report, "
            "spreadsheet or calculation can hold (about 1.8e308)",
            digits,
        ),
        msg(
            "Write the number the descriptor means (ECTS credits, hours, a level); a value this large is "
            "a fault in the file."
        ),
        where,
        line,
    )


# --- Texts and keys of a document that is read ------------------------------------------------------

# C0 controls but tab, line feed and carriage return; DEL; C1 controls; the bidirectional embeddings,
# overrides and isolates (not the marks U+200E/U+200F, which right-to-left text uses); lone surrogates; the
# noncharacters U+FFFE and U+FFFF, which no XML (a workbook's, an HTML page's) can hold.
_SUSPECT = regex("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")
_SURROGATES = regex("[\ud800-\udfff]")
# The characters of _SUSPECT below U+0100, as bytes of Latin-1: a text of only such characters (the usual file
# in a Latin script) is screened for them by bytes.translate, several times faster than the regex.
_SUSPECT_LATIN1 = bytes(code for code in range(0x100) if _SUSPECT.match(chr(code)))


# Escapes of JSON and YAML double-quoted texts that can give such characters from plain text.
_ESCAPES = regex(r"\\[0abvfeNxuU]")


def unusual(text: str) -> bool:
    """Whether a text holds a control character, a bidirectional control, a lone surrogate, a noncharacter or a
    word that may mix the look-alike letters of two scripts."""
    return _SUSPECT.search(text) is not None or may_mislead(text)


def may_hold_unusual(text: str) -> bool:
    """Whether the values parsed from a file's text may hold what :func:`text_findings` looks for
    (when not, the values read straight from it need no second walk)."""
    try:
        narrow = text.encode("latin-1")
    except UnicodeEncodeError:
        suspect = unusual(text)
    else:
        suspect = len(narrow.translate(None, _SUSPECT_LATIN1)) != len(narrow)
    return suspect or _ESCAPES.search(text) is not None


_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NONCHARACTERS = frozenset("\ufffe\uffff")
# Two words or more: a text of one word (a code, a web address) is read by the rules that know its values, which
# name its look-alike letters themselves.
_SEVERAL_WORDS = regex(r"\S\s+\S")
# The rules whose findings here are warnings (the others are errors).
_WARNINGS = frozenset({ids.HIDDEN_TEXT, ids.WORDS_AS_SHOWN})
# Findings of one kind reported per document before the rest are only counted.
MAX_TEXT_FINDINGS = 20


def _codes(chars: Sequence[str], named: bool = False) -> str | Text:
    """The first three characters' code points (with their names), and how many more there are."""
    shown = ", ".join(f"U+{ord(c):04X}" + (f" ({unicodedata.name(c, '')})" if named else "") for c in chars[:3])
    if len(chars) <= 3:
        return shown
    return plural("{codes} and {count} more", "{codes} and {count} more", len(chars) - 3, codes=shown)


def _intruders_escaped(word: MisleadingWord) -> str:
    """A misleading word quoted, its intruders as escapes: '\\u0410pply', not a seemingly plain 'Аpply'."""
    return "'" + "".join(escaped(c) if c in word.intruders else c for c in word.word) + "'"


class _TextReport:
    """Findings about texts and keys of one document, at most :data:`MAX_TEXT_FINDINGS` of each rule."""

    def __init__(self, notes: ParseNotes | None, reported: set[int] | None = None) -> None:
        self.notes = notes
        self.reported = reported if reported is not None else set()
        self.findings: list[Finding] = []
        self.counts: dict[str, int] = {}

    def add(
        self,
        rule: str,
        severity: Severity,
        pointer: str,
        message: Text,
        hint: str | Text,
        line: int | None = None,
        column: int | None = None,
        element: str | None = None,
    ) -> None:
        count = self.counts[rule] = self.counts.get(rule, 0) + 1
        if count <= MAX_TEXT_FINDINGS:
            self.findings.append(
                Finding.make(
                    rule=rule,
                    severity=severity,
                    element=element or element_for_pointer(pointer),
                    pointer=pointer,
                    message=message,
                    hint=hint,
                    **_placed(line, column),
                )
            )

    def text(self, value: str, pointer: str, what: str) -> str:
        """Report the unusual characters of a text (or key); the text with lone surrogates replaced."""
        found = sorted(set(_SUSPECT.findall(value)))
        line = self.notes.lines.get(value) if self.notes else None
        key = what == "key"
        surrogates = [c for c in found if "\ud800" <= c <= "\udfff"]
        bidi = [c for c in found if c in _BIDI]
        noncharacters = [c for c in found if c in _NONCHARACTERS]
        controls = [c for c in found if c not in _BIDI and c not in _NONCHARACTERS and not "\ud800" <= c <= "\udfff"]
        if surrogates:
            self.add(
                ids.UNREPRESENTABLE,
                Severity.ERROR,
                pointer,
                msg(
                    "the key at {place} holds a lone surrogate ({codes}), half of an escaped character pair, "
                    "which is not text and cannot be written to a report; it was read as U+FFFD",
                    place=pointer,
                    codes=_codes(surrogates),
                )
                if key
                else msg(
                    "the text at {place} holds a lone surrogate ({codes}), half of an escaped character pair, "
                    "which is not text and cannot be written to a report; it was read as U+FFFD",
                    place=pointer,
                    codes=_codes(surrogates),
                ),
                _SURROGATE_HINT,
                line,
            )
        if controls:
            self.add(
                ids.UNREPRESENTABLE,
                Severity.ERROR,
                pointer,
                plural(
                    "the key at {place} holds the control character {codes}, which no report shows and "
                    "spreadsheets refuse",
                    "the key at {place} holds the control characters {codes}, which no report shows and "
                    "spreadsheets refuse",
                    len(controls),
                    place=pointer,
                    codes=_codes(controls),
                )
                if key
                else plural(
                    "the text at {place} holds the control character {codes}, which no report shows and "
                    "spreadsheets refuse",
                    "the text at {place} holds the control characters {codes}, which no report shows and "
                    "spreadsheets refuse",
                    len(controls),
                    place=pointer,
                    codes=_codes(controls),
                ),
                _CONTROL_HINT,
                line,
            )
        if noncharacters:
            self.add(
                ids.UNREPRESENTABLE,
                Severity.ERROR,
                pointer,
                plural(
                    "the key at {place} holds the noncharacter {codes}, which Unicode keeps out of text: no "
                    "report can show it and spreadsheets refuse it",
                    "the key at {place} holds the noncharacters {codes}, which Unicode keeps out of text: no "
                    "report can show them and spreadsheets refuse them",
                    len(noncharacters),
                    place=pointer,
                    codes=_codes(noncharacters),
                )
                if key
                else plural(
                    "the text at {place} holds the noncharacter {codes}, which Unicode keeps out of text: no "
                    "report can show it and spreadsheets refuse it",
                    "the text at {place} holds the noncharacters {codes}, which Unicode keeps out of text: no "
                    "report can show them and spreadsheets refuse them",
                    len(noncharacters),
                    place=pointer,
                    codes=_codes(noncharacters),
                ),
                _NONCHARACTER_HINT,
                line,
            )
        if bidi:
            self.add(
                ids.HIDDEN_TEXT,
                Severity.WARNING,
                pointer,
                plural(
                    "the key at {place} holds the bidirectional control {codes}, which reorders how the text "
                    "is shown and can hide what it says",
                    "the key at {place} holds the bidirectional controls {codes}, which reorder how the text "
                    "is shown and can hide what it says",
                    len(bidi),
                    place=pointer,
                    codes=_codes(bidi, named=True),
                )
                if key
                else plural(
                    "the text at {place} holds the bidirectional control {codes}, which reorders how the text "
                    "is shown and can hide what it says",
                    "the text at {place} holds the bidirectional controls {codes}, which reorder how the text "
                    "is shown and can hide what it says",
                    len(bidi),
                    place=pointer,
                    codes=_codes(bidi, named=True),
                ),
                _BIDI_HINT,
                line,
            )
        misleading = [] if key or not _SEVERAL_WORDS.search(value) else misleading_words(value)
        if misleading:
            intruders = list(dict.fromkeys(char for word in misleading for char in word.intruders))
            self.add(
                ids.WORDS_AS_SHOWN,
                Severity.WARNING,
                pointer,
                plural(
                    "the text at {place} has {count} word ({words}) with characters that are not what they show "
                    "(look-alike letters of another script, or characters that show as nothing): {codes}; the word "
                    "shown is not the word checked or searched for",
                    "the text at {place} has {count} words ({words}) with characters that are not what they show "
                    "(look-alike letters of another script, or characters that show as nothing): {codes}; the words "
                    "shown are not the words checked or searched for",
                    len(misleading),
                    place=pointer,
                    words=", ".join(_intruders_escaped(word) for word in misleading[:3]),
                    codes=_codes(intruders, named=True),
                ),
                _LOOK_ALIKE_HINT,
                line,
            )
        return _SURROGATES.sub("\ufffd", value) if surrogates else value

    def duplicates(self, mapping: dict[Any, Any], pointer: str) -> None:
        """Report the keys the parser saw more than once in ``mapping``, each in the element of its member
        (a repeated ``title`` at the top level is in the title)."""
        if not self.notes or id(mapping) not in self.notes.duplicates:
            return
        kept, keys = self.notes.duplicates[id(mapping)]
        if kept is not mapping:
            return
        self.reported.add(id(mapping))
        for key, line, column in keys:
            self.add(
                ids.DUPLICATE_KEY,
                Severity.ERROR,
                pointer,
                _duplicate_message(key, pointer, line),
                _DUPLICATE_HINT,
                line,
                column,
                element_for_pointer(jp.child(pointer, key)) if isinstance(key, str) else None,
            )

    def finish(self) -> list[Finding]:
        """The findings, with one more per rule saying how many were left out."""
        for rule, count in self.counts.items():
            if count > MAX_TEXT_FINDINGS:
                severity = Severity.WARNING if rule in _WARNINGS else Severity.ERROR
                self.findings.append(
                    Finding.make(
                        rule=rule,
                        severity=severity,
                        element=None,
                        pointer="",
                        message=plural(
                            "{count} more place has the same problem ({rule}); only the first {listed} are listed",
                            "{count} more places have the same problem ({rule}); only the first {listed} are listed",
                            count - MAX_TEXT_FINDINGS,
                            rule=rule,
                            listed=MAX_TEXT_FINDINGS,
                        ),
                        hint=msg("Fix the file as a whole; the same fault repeats."),
                    )
                )
        return self.findings


_DUPLICATE_HINT = N_("Give each key once: JSON and YAML readers keep only the last value, silently.")
_SURROGATE_HINT = N_("Write the character itself in UTF-8, or escape it as a complete pair (\\ud83d\\ude00).")
_CONTROL_HINT = N_(
    "Remove the control characters (often pasted from a PDF or a word processor); only tabs "
    "and line breaks belong in a text."
)
_NONCHARACTER_HINT = N_(
    "Remove the noncharacters (U+FFFE, U+FFFF): they are no text, and often a byte-order mark read the wrong way round."
)
_LOOK_ALIKE_HINT = N_(
    "Retype the word: a letter of another script that looks the same, or a character that shows as nothing, was "
    "pasted, typed on another keyboard layout or put there to pass a filter."
)
_BIDI_HINT = N_(
    "Remove the embedding, override and isolate characters: right-to-left text needs none of "
    "them (the marks U+200E and U+200F are fine)."
)


def _duplicate_message(key: str, pointer: str, line: int | None) -> Text:
    if pointer and line:
        return msg(
            "the key '{key}' is given more than once in the object at {pointer} (again at line {line}); "
            "only its last value was read",
            key=key,
            pointer=pointer,
            line=str(line),
        )
    if pointer:
        return msg(
            "the key '{key}' is given more than once in the object at {pointer}; only its last value was read",
            key=key,
            pointer=pointer,
        )
    if line:
        return msg(
            "the key '{key}' is given more than once in the top-level object (again at line {line}); "
            "only its last value was read",
            key=key,
            line=str(line),
        )
    return msg("the key '{key}' is given more than once in the top-level object; only its last value was read", key=key)


def _duplicate_in_file(key: str, line: int | None) -> Text:
    """The message of a repeated key of an object that is not in any document's data (a converted one)."""
    if line:
        return msg(
            "the key '{key}' is given more than once in one object of the file (again at line {line}); "
            "only its last value was read",
            key=key,
            line=str(line),
        )
    return msg(
        "the key '{key}' is given more than once in one object of the file; only its last value was read", key=key
    )


def text_findings(
    data: dict[Any, Any] | list[Any], notes: ParseNotes | None = None, reported: set[int] | None = None
) -> list[Finding]:
    """Findings about the texts and keys of a document that is read, repairing lone surrogates in place.

    Every distinct list or mapping is visited once (a YAML alias is reported where it is first reached);
    the ids of the mappings whose repeated keys were reported are added to ``reported``.
    """
    report = _TextReport(notes, reported)
    seen: set[int] = set()
    stack: list[tuple[dict[Any, Any] | list[Any], str]] = [(data, "")]
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, str):
                    if unusual(value):
                        node[index] = report.text(value, jp.child(where, index), "text")
                elif isinstance(value, (dict, list)):
                    stack.append((value, jp.child(where, index)))
            continue
        report.duplicates(node, where)
        renamed: dict[Any, str] = {}
        for key, value in node.items():
            name = key
            if isinstance(key, str) and unusual(key):
                name = report.text(key, jp.child(where, _SURROGATES.sub("\ufffd", key)), "key")
                if name != key:
                    renamed[key] = name
            if isinstance(value, str):
                if unusual(value):
                    node[key] = report.text(value, jp.child(where, str(name)), "text")
            elif isinstance(value, (dict, list)):
                stack.append((value, jp.child(where, str(name))))
        if renamed:
            items = [(renamed.get(k, k), v) for k, v in node.items()]
            node.clear()
            node.update(items)
    return report.finish()


# --- From parsed values to documents ----------------------------------------------------------------


def _not_an_object(data: Any, source: str, fmt: str) -> Document:
    shape = _SHAPES.get(type(data))
    if isinstance(data, str) and _TABLE_LINE.match(data):
        # A catalogue's rows given without their suffix (on standard input, or saved as .yaml): read as one text.
        hint = msg("It reads as a table: give it as a file named .csv, or name standard input with --stdin-name x.csv.")
    else:
        hint = msg("Write one descriptor per file as an object (a mapping) at the top level.")
    return load_error(
        source,
        ids.NOT_AN_OBJECT,
        Text(shape)
        if shape is not None
        else msg("the document is {kind}, not an object of descriptor fields", kind=type(data).__name__),
        hint,
        fmt=fmt,
    )


# The start of a table (YAML reads its lines as one text): five cells or more, parted by one of the delimiters CSV
# files use.
_TABLE_LINE = regex(r"\A[^,;\t|]{0,200}([,;\t|])(?:[^,;\t|]{0,200}\1){3}")


def finish_all(
    data: Any,
    source: str,
    fmt: str,
    limits: Limits | None = None,
    notes: ParseNotes | None = None,
    *,
    size: int = 0,
    clean: bool = False,
    screened: bool = False,
) -> list[Document]:
    """The documents of one parsed value (of a text of ``size`` characters): the budget, the shape, import,
    and the text checks (``clean``: the text cannot hold what they look for; ``screened``: the value is known
    to be within the limits, see :func:`plainly_within`). A foreign document may give
    several descriptors (a CTDL graph, an ELM credential with several claims), a JSON-LD array or a compact
    JWS string is imported too, and a list of descriptors (as ``qa-checker convert`` writes) gives one
    document per item."""
    limits = limits or Limits()
    if is_descriptor_list(data) and len(data) > limits.max_documents:
        return [
            _too_many_documents(
                source,
                fmt,
                plural(
                    "the file is a list of {count} descriptor, over the limit of {limit} (max-documents); "
                    "each would be a result of its own",
                    "the file is a list of {count} descriptors, over the limit of {limit} (max-documents); "
                    "each would be a result of its own",
                    len(data),
                    limit=limits.max_documents,
                ),
            )
        ]
    refused = None if screened else screen([data], source, fmt, limits, size)
    if refused is not None:
        return [refused]
    return _with_text_findings(_documents(data, source, fmt, limits), notes, _clean([data], clean, notes))


def finish_stream(
    values: Sequence[Any],
    source: str,
    fmt: str,
    limits: Limits | None = None,
    notes: ParseNotes | None = None,
    *,
    size: int = 0,
    clean: bool = False,
    screened: bool = False,
    allowance: Allowance | None = None,
) -> list[Document]:
    """The documents of a YAML stream (``---`` separates several), within one budget for the whole file; a
    value that is a :class:`Document` stands for a document refused while reading, and is kept as it is.
    ``screened``: :func:`plainly_within` already found the values within the limits (and no more than the
    text spells out); ``allowance``: see :func:`screen`."""
    limits = limits or Limits()
    if len(values) > limits.max_documents:
        return [
            _too_many_documents(
                source,
                fmt,
                plural(
                    "the file holds {count} YAML document, over the limit of {limit} (max-documents); "
                    "each would be a result of its own",
                    "the file holds {count} YAML documents, over the limit of {limit} (max-documents); "
                    "each would be a result of its own",
                    len(values),
                    limit=limits.max_documents,
                ),
            )
        ]
    refused = None if screened else screen(values, source, fmt, limits, size, allowance)
    if refused is not None:
        return [refused]
    skip = _clean(values, clean, notes)
    if len(values) > 1:
        return _with_text_findings(_each(list(values), source, fmt, limits), notes, skip)
    return _with_text_findings(_documents(values[0] if values else None, source, fmt, limits), notes, skip)


def _too_many_documents(source: str, fmt: str, message: Text) -> Document:
    return load_error(source, ids.OVER_LIMIT, message, _split_hint("max-documents"), fmt=fmt)


def _clean(values: Sequence[Any], clean: bool, notes: ParseNotes | None) -> set[int]:
    """The ids of the values (and of the items of a list) whose texts and keys need no second look."""
    if not clean or (notes is not None and notes.duplicates):
        return set()
    found = {id(v) for v in values}
    found.update(id(item) for v in values if isinstance(v, list) for item in v)
    return found


def _documents(data: Any, source: str, fmt: str, limits: Limits, *, listed: bool = False) -> list[Document]:
    """The documents of one value; ``listed``: the value is an item of a list of descriptors, so a list
    there is refused as one, not split again."""
    if isinstance(data, Document):
        return [replace(data, source=source)]  # a document of a stream refused while reading
    if not listed and is_descriptor_list(data):
        return _each(data, source, fmt, limits, listed=True)
    if not (isinstance(data, dict) or accepts(data)):
        return [_not_an_object(data, source, fmt)]
    return import_documents(Document(source=source, data=data, format=fmt), limits)


def _each(items: list[Any], source: str, fmt: str, limits: Limits, *, listed: bool = False) -> list[Document]:
    if len(items) == 1:
        return _documents(items[0], source, fmt, limits, listed=listed)
    return [
        document
        for number, item in enumerate(items, start=1)
        for document in _documents(item, f"{source} [document {number}]", fmt, limits, listed=listed)
    ]


def _with_text_findings(
    documents: list[Document], notes: ParseNotes | None, clean: set[int] | frozenset[int] = frozenset()
) -> list[Document]:
    """The documents with the findings about their texts and keys (but those whose data is among the
    ``clean`` values); repeated keys that are not in any document's data (those of a foreign document,
    which was converted) are reported on each document."""
    reported: set[int] = set()
    for document in documents:
        if isinstance(document.data, (dict, list)) and id(document.data) not in clean:
            found = text_findings(document.data, notes, reported)
            if found:
                document.findings = [*document.findings, *found]
    for document in documents:
        if any(_has_surrogates(f) for f in document.findings):
            document.findings = [_without_surrogates(f) for f in document.findings]
    if notes and notes.duplicates and len(reported) < len(notes.duplicates):
        left = [
            (key, line, column)
            for mapping_id, (_, keys) in notes.duplicates.items()
            if mapping_id not in reported
            for key, line, column in keys
        ]
        for document in documents:
            document.findings = [
                *document.findings,
                *(
                    Finding.make(
                        rule=ids.DUPLICATE_KEY,
                        severity=Severity.ERROR,
                        element=None,
                        pointer="",
                        message=_duplicate_in_file(key, line),
                        hint=_DUPLICATE_HINT,
                        **_placed(line, column),
                    )
                    for key, line, column in left[:MAX_TEXT_FINDINGS]
                ),
            ]
    return documents


def _has_surrogates(finding: Finding) -> bool:
    origin = finding.origin.pointer if finding.origin is not None else None
    return any(text and _SURROGATES.search(text) for text in (finding.message, finding.hint, finding.pointer, origin))


def _without_surrogates(finding: Finding) -> Finding:
    """The finding with lone surrogates (quoted from the file by an importer) replaced by U+FFFD."""
    if not _has_surrogates(finding):
        return finding
    origin = finding.origin
    if origin is not None and origin.pointer:
        origin = replace(origin, pointer=_SURROGATES.sub("\ufffd", origin.pointer))
    return replace(
        finding,
        message=_SURROGATES.sub("\ufffd", finding.message),
        hint=_SURROGATES.sub("\ufffd", finding.hint),
        pointer=_SURROGATES.sub("\ufffd", finding.pointer),
        origin=origin,
        message_text=_text_without_surrogates(finding.message_text),
        hint_text=_text_without_surrogates(finding.hint_text),
    )


def _text_without_surrogates(text: Text | None) -> Text | None:
    """A message's parameters (keys and pointers quoted from the file) with lone surrogates replaced."""
    if text is None:
        return None
    params = {
        name: _SURROGATES.sub("\ufffd", value)
        if isinstance(value, str)
        else _text_without_surrogates(value)
        if isinstance(value, Text)
        else value
        for name, value in text.params.items()
    }
    return replace(text, params=params)


def is_descriptor_list(data: Any) -> bool:
    """A list of which at least one item is a descriptor: several descriptors in one file (an item that is
    not one is refused on its own)."""
    return isinstance(data, list) and any(isinstance(item, dict) and "descriptor_version" in item for item in data)
