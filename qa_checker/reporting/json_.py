"""The JSON report: the contract other tools read.

:func:`write` streams it into a file: each result is serialised on its own (in chunks of
:data:`CHUNK`), as are the stamp's inputs and the providers' sources, so that a report of any size
is written in bounded memory; :func:`render` is the same text in memory.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import orjson

from qa_checker.cells import without_surrogates
from qa_checker.i18n import Translator, translator
from qa_checker.results import Report, Result, notes_on
from qa_checker.spill import SpilledResults

__all__ = ["CHUNK", "Whole", "dumps", "entries", "lines", "render", "write", "write_data"]

_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
_INDENT = b"  "
# Items of a long array serialised in one call.
CHUNK = 64
# Containers deeper than this are serialised whole: the report's long parts (a provider's sources) are at 4.
_STREAMED_DEPTH = 4
# How deep a results[] entry lies in the report (its object, the results array, the entry), and what comes
# between two entries there.
_ENTRY_DEPTH = 2
_BETWEEN_ENTRIES = b",\n" + _INDENT * _ENTRY_DEPTH


def render(report: Report, **_: object) -> str:
    """Pretty, stable JSON (keys in contract order, UTF-8 kept readable): what :func:`write` writes."""
    buffer = io.BytesIO()
    write(report, buffer)
    return buffer.getvalue().decode("utf-8")


def write(report: Report, file: BinaryIO, **_: object) -> None:
    """Write the report's JSON text into a binary file, one result (or a chunk of them) at a time.

    The text is :func:`dumps` of ``report.to_dict()`` with ``indent``, and a line end: a lone
    surrogate in any string becomes U+FFFD (UTF-8 cannot hold it, and its ``\\ud800`` escape is
    refused by strict JSON readers). Where orjson refuses some value, the standard library writes
    the whole text again instead, as :func:`dumps` would (a file that cannot seek back is written
    through a temporary file).
    """
    _write(lambda stream: stream.report(report), file)


def write_data(build: Callable[[], dict[str, Any]], file: BinaryIO) -> None:
    """Write the JSON text of an object ``build`` makes into a binary file as :func:`write` writes a report:
    each :class:`Whole` array in it a chunk of items at a time (``build`` is called again where orjson
    refuses a value, as the first call's arrays were consumed)."""
    _write(lambda stream: stream.data(build()), file)


def _write(fill: Callable[[_Stream], None], file: BinaryIO) -> None:
    """Have ``fill`` write into the file with orjson, or again with the standard library where orjson
    refuses a value."""
    if not file.seekable():
        import shutil
        import tempfile

        with tempfile.TemporaryFile() as spool:
            _write(fill, spool)
            spool.seek(0)
            shutil.copyfileobj(spool, file)
        return
    start = file.tell()
    try:
        fill(_Stream(file, _by_orjson))
    except _Refused:
        file.seek(start)
        file.truncate()
        fill(_Stream(file, _by_standard_library))


def entries(results: list[Result], language: str) -> tuple[str, bytes, frozenset[str]] | None:
    """The results[] entries of ``results`` as the report writes them, in ``language``, and the principles they
    need outside evidence for; ``None`` where orjson refuses a value (the report is then written from the
    results). Made by the workers of a run kept on disk (see :meth:`~qa_checker.spill.SpilledResults.pages`),
    so that writing a large report copies its results' text instead of unpickling and serialising them."""
    tr = translator(language)
    principles: set[str] = set()
    try:
        text = _entries(results, tr, principles)
    except _Refused:
        return None
    return language, text, frozenset(principles)


def lines(results: list[Result], language: str) -> str:
    """The JSON Lines text of ``results`` (``--format jsonl``): each one's results[] entry, in ``language``, on a
    line of its own. Made by the workers of a stream, on their own cores."""
    tr = translator(language)
    return "".join(f"{dumps(result.to_dict(tr))}\n" for result in results)


def _entries(results: Iterable[Result], tr: Translator, principles: set[str]) -> bytes:
    """The text of results[] entries one after another, noting the principles they need outside evidence for."""
    texts = []
    for result in results:
        principles.update(result.principles_beyond)
        texts.append(_by_orjson(result.to_dict(tr), _ENTRY_DEPTH))
    return _BETWEEN_ENTRIES.join(texts)


def dumps(data: Any, *, indent: bool = False) -> str:
    """JSON text of plain data, by orjson (about ten times faster than the standard library).

    The text is the standard library's ``json.dumps(data, ensure_ascii=False)`` (with ``indent=2``
    when ``indent``), byte for byte on the reports' values. A value orjson refuses (a string with a
    lone surrogate, a number beyond 64 bits) is written by the standard library instead, with every
    lone surrogate replaced by U+FFFD.
    """
    try:
        return _by_orjson(data, 0, indent=indent).decode()
    except _Refused:
        return _by_standard_library(data, 0, indent=indent).decode()


class _Refused(Exception):
    """orjson refused a value: the text is written by the standard library instead."""


# The JSON text of a value nested ``depth`` containers deep, its lines indented for that depth
# (orjson's, or the standard library's with lone surrogates replaced).
_Dump = Callable[[Any, int], bytes]


def _by_orjson(value: Any, depth: int, *, indent: bool = True) -> bytes:
    try:
        text = orjson.dumps(_nested(value, depth), option=_OPTIONS if indent else orjson.OPT_NON_STR_KEYS)
    except (orjson.JSONEncodeError, TypeError) as exc:
        raise _Refused from exc
    return _unnested(text, depth)


def _by_standard_library(value: Any, depth: int, *, indent: bool = True) -> bytes:
    text = json.dumps(_nested(value, depth), indent=2 if indent else None, ensure_ascii=False)
    return _unnested(without_surrogates(text).encode("utf-8"), depth)


def _nested(value: Any, depth: int) -> Any:
    """``value`` inside ``depth`` lists: serialised, it is indented as it is in the report, and as
    deep for the serialiser's limit on nesting."""
    for _ in range(depth):
        value = [value]
    return value


def _unnested(text: bytes, depth: int) -> bytes:
    """The text of the value inside the lists of :func:`_nested`."""
    before, after = _wrapping(depth)
    return text[before : len(text) - after]


@functools.cache
def _wrapping(depth: int) -> tuple[int, int]:
    """How many bytes the ``depth`` lists of :func:`_nested` add before and after a value."""
    return sum(2 + 2 * level for level in range(1, depth + 1)), sum(2 + 2 * level for level in range(depth))


class Whole:
    """Items of a long array (results, inputs), serialised as they are, a chunk at a time."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


class _Stream:
    """Writes JSON values into a file piece by piece, with one serialiser for every piece."""

    def __init__(self, file: BinaryIO, dump: _Dump) -> None:
        self.file = file
        self.dump = dump

    def report(self, report: Report) -> None:
        tr = translator(report.language)
        principles: set[str] = set()
        results: Whole | _Texts = Whole(self._results(report, tr, principles))
        if isinstance(report.results, SpilledResults) and self.dump is _by_orjson:
            results = _Texts(_page_texts(report.results, report.language, tr, principles))
        self.data(report.contract(tr, results, lambda: notes_on(principles, tr), Whole))

    def data(self, entries: dict[str, Any] | Iterable[tuple[str, Any]]) -> None:
        """A whole JSON text: the object, and a line end."""
        self.object(entries.items() if isinstance(entries, dict) else entries, 0)
        self.file.write(b"\n")

    @staticmethod
    def _results(report: Report, tr: Translator, principles: set[str]) -> Iterator[dict[str, Any]]:
        """Each result's entry, noting the principles it needs outside evidence for."""
        for result in report.results:
            principles.update(result.principles_beyond)
            yield result.to_dict(tr)

    def value(self, value: Any, depth: int) -> None:
        if isinstance(value, Whole):
            self.array(value.items, depth, whole=True)
        elif isinstance(value, _Texts) and depth + 1 == _ENTRY_DEPTH:
            self.texts(value.items, depth)
        elif depth > _STREAMED_DEPTH:
            self.file.write(self.dump(value, depth))
        elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
            self.object(value.items(), depth)
        elif isinstance(value, (list, tuple)):
            self.array(value, depth, whole=False)
        else:
            self.file.write(self.dump(value, depth))

    def object(self, entries: Iterable[tuple[str, Any]], depth: int) -> None:
        indent = b"\n" + _INDENT * (depth + 1)
        opening = b"{"
        for key, value in entries:
            self.file.write(opening + indent + self.dump(key, depth + 1) + b": ")
            self.value(value, depth + 1)
            opening = b","
        self.file.write(b"{}" if opening == b"{" else b"\n" + _INDENT * depth + b"}")

    def texts(self, texts: Iterable[bytes], depth: int) -> None:
        """An array of items given as their text, several items to a text (:data:`_BETWEEN_ENTRIES` between them)."""
        opening = b"["
        for text in texts:
            if text:
                self.file.write(opening + _BETWEEN_ENTRIES[1:] + text)
                opening = b","
        self.file.write(b"[]" if opening == b"[" else b"\n" + _INDENT * depth + b"]")

    def array(self, items: Iterable[Any], depth: int, *, whole: bool) -> None:
        """An array; a chunk of items is serialised at once when ``whole`` or when none is a container."""
        indent = b"\n" + _INDENT * (depth + 1)
        opening = b"["
        for chunk in _chunks(items):
            if whole or not any(isinstance(item, (dict, list, tuple)) for item in chunk):
                # "[" + indent + item + "," + indent + item ... + "\n" + indent of the depth + "]"
                self.file.write(opening + self.dump(chunk, depth)[1 : -2 - len(_INDENT) * depth])
            else:
                for item in chunk:
                    self.file.write(opening + indent)
                    self.value(item, depth + 1)
                    opening = b","
            opening = b","
        self.file.write(b"[]" if opening == b"[" else b"\n" + _INDENT * depth + b"]")


class _Texts:
    """An array's items given as text (the results[] entries of a run kept on disk, a page at a time)."""

    def __init__(self, items: Iterable[bytes]) -> None:
        self.items = items


def _page_texts(results: SpilledResults, language: str, tr: Translator, principles: set[str]) -> Iterator[bytes]:
    """The text of the results[] entries of each page of ``results``: as its worker wrote them in ``language``
    (:func:`entries`), else made here from the page's results."""
    for rendered, read in results.pages():
        if isinstance(rendered, tuple) and rendered[0] == language:
            _, text, beyond = rendered
            principles.update(beyond)
            yield text
        else:
            yield _entries(read(), tr, principles)


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
