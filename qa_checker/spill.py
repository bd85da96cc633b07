"""Results kept on disk: a run of any size in bounded memory.

:class:`SpilledResults` is a :class:`~collections.abc.Sequence` of :class:`~qa_checker.results.Result`
like the list a small run keeps, but results are pickled and compressed by pages and written to an
SQLite file in a private temporary folder: pages of :data:`PAGE` as they fill, or pages of any length
packed by the worker that checked them (:class:`Page`), stored as they come. Iterating reads them back
a page at a time, and indexing reads the page of the result (the page read last is kept). Only what
every report needs of every result stays in memory, a few bytes a result: its status and its score.
The source and SHA-256 of each, for the reproducibility stamp, are read from a table of their own,
never unpickled. The folder is removed by :meth:`SpilledResults.close`, or when the object is
collected, or at exit.

The file is written by this process only, under a folder only its user can open. A process forked
from it (a report written in parallel) reads it through a connection of its own, and leaves the
folder to the process that made it.
"""

from __future__ import annotations

import array
import bisect
import functools
import gc
import math
import os
import weakref
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from qa_checker.results import STATUSES, Result
from qa_checker.sequences import LazySequence
from qa_checker.text import Text

if TYPE_CHECKING:
    import sqlite3

__all__ = ["Page", "SpilledResults", "pack"]

# Results pickled together into one compressed page: repeated names and texts are written once a page
# (a result takes about 700 bytes on disk instead of 2.5 KB alone), and a page is read back whole.
PAGE = 64
_COMPRESSION = 1  # zlib's fastest level


@dataclass(frozen=True)
class Page:
    """Results packed where they were checked, as :class:`SpilledResults` keeps a page on disk: ``blob``
    is the compressed pickle of their list (``None`` where only ``rendered`` was kept of them); ``kept`` holds, for
    each, what stays in memory or in the input table (status, score, source, SHA-256), and its provider's name and
    its id for the run's tally. A process that keeps a run on disk stores the page as it comes, without unpickling
    and pickling it again. ``rendered`` is what the packer's ``render`` made of the results (a report's text or
    tally of them, made on the worker's core), compressed as ``blob`` is, or ``None``."""

    blob: bytes | None
    kept: tuple[tuple[str, float | None, str, str | None, str | None, str | None], ...]
    rendered: bytes | None = None

    def __len__(self) -> int:
        return len(self.kept)

    def results(self) -> list[Result]:
        """The results, unpacked."""
        return _unpacked(_results_blob(self.blob))


def pack(
    results: list[Result],
    provider: Callable[[Result], str | None],
    render: Callable[[list[Result]], Any] | None = None,
    *,
    keep: bool = True,
) -> Page:
    """The results as one :class:`Page` (``provider`` names each result's awarding body; ``render``, if given,
    makes what the page keeps beside them, see :meth:`SpilledResults.pages`). Without ``keep``, a page that was
    rendered keeps that text only, not the results (its reader reads the text alone)."""
    kept = tuple((r.status, r.score, r.source, r.sha256, provider(r), r.id) for r in results)
    rendered = None
    if render is not None:
        try:
            made = render(results)
        except Exception:  # the results are kept whole: their reader renders them itself
            made = None
        rendered = None if made is None else _compressed(made)
    return Page(_compressed(_sharing_texts(results)) if keep or rendered is None else None, kept, rendered)


def _compressed(data: Any) -> bytes:
    import pickle  # a single file's check never spills

    return zlib.compress(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), _COMPRESSION)


def _sharing_texts(results: list[Result]) -> list[Result]:
    """``results``, the equal texts of their findings (messages, hints, pointers and the translatable texts they
    were made from) made one object each: a page's pickle then writes each once, and reading the page back makes
    it once, where its findings repeat a few dozen messages hundreds of times (a quarter of what reading a page
    back costs, a fifth of its size). The values stay equal, and of their types."""
    shared: dict[Any, Any] = {}
    for result in results:
        for finding in result.findings:
            fields = finding.__dict__
            for name in _SHARED_STRINGS:
                value = fields.get(name)
                if type(value) is str:
                    fields[name] = shared.setdefault(value, value)
            for name in _SHARED_TEXTS:
                text = fields.get(name)
                key = _text_key(text) if type(text) is Text else None
                if key is not None:
                    fields[name] = shared.setdefault(key, text)
    return results


# The fields of a finding shared by :func:`_sharing_texts`: its strings, and its translatable texts.
_SHARED_STRINGS = ("message", "hint", "pointer")
_SHARED_TEXTS = ("message_text", "hint_text")


def _text_key(text: Text) -> tuple[Any, ...] | None:
    """What tells translatable texts apart, or ``None`` for one with a param that is not a text or a whole number
    (a float's ``-0.0`` equals ``0.0``, a list cannot be hashed); with the type of each param and of the count, as
    ``1`` equals ``True`` but is written otherwise."""
    params = tuple((name, type(value), value) for name, value in text.params.items())
    if not all(kind is str or kind is int for _, kind, _ in params):
        return None
    return (Text, text.template, params, text.plural, type(text.count), text.count, text.context)


def _unpickled(blob: bytes) -> Any:
    import pickle

    return pickle.loads(zlib.decompress(blob))


def _results_blob(blob: bytes | None) -> bytes:
    """A page's blob of results, which a page kept as rendered text only has not."""
    if blob is None:
        raise LookupError("the results of this page were not kept, only their rendered text")
    return blob


def _unpacked(blob: bytes) -> list[Result]:
    """The results of a page. The cyclic collector is paused meanwhile (what it finds is found at its next
    run): it would otherwise run over every object of the process a few times a page, as a page's ten
    thousand new objects are made, and double what reading a page costs."""
    import pickle

    data = zlib.decompress(blob)
    collecting = gc.isenabled()
    gc.disable()
    try:
        results: list[Result] = pickle.loads(data)
    finally:
        if collecting:
            gc.enable()
    return results


# The finalisers of the spilled results alive in this process, for a run that leaves at once (Ctrl-C) and so
# skips them.
_LIVE: weakref.WeakSet[SpilledResults] = weakref.WeakSet()


def remove_all() -> None:
    """Remove the folder of every spill of this process still alive."""
    for spilled in list(_LIVE):
        spilled._finalizer()


class SpilledResults(LazySequence[Result]):
    """Results appended in order, held on disk; a read-only sequence once appending is over."""

    def __init__(self, results: Iterable[Result] = ()) -> None:
        import sqlite3
        import tempfile

        self._folder = tempfile.mkdtemp(prefix="qa-checker-results-")
        self._pid = os.getpid()
        self._finalizer = weakref.finalize(self, _remove, self._folder, self._pid)
        _LIVE.add(self)
        self._db = sqlite3.connect(self._file, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE page (number INTEGER PRIMARY KEY, blob BLOB, rendered BLOB)")
        self._db.execute("CREATE TABLE input (position INTEGER PRIMARY KEY, source TEXT, sha256 TEXT)")
        self._filling: list[Result] = []  # the last page, until it is full
        self._written = 0  # pages on disk
        self._starts = array.array("q")  # the position of each page's first result
        self._read: tuple[int, list[Result]] = (-1, [])  # the page read last
        self._status = bytearray()
        self._scores = array.array("d")
        self.extend(results)

    @property
    def _file(self) -> str:
        return f"{self._folder}/results.sqlite"

    def _connection(self) -> sqlite3.Connection:
        """The connection to read with: a forked process opens its own (an inherited one is not safe to use)."""
        if os.getpid() != self._pid:
            self._pid = os.getpid()
            # The inherited connection is kept, never used: closing it here could upset the file's owner.
            self._inherited = self._db
            import sqlite3

            self._db = sqlite3.connect(f"file:{quote(self._file)}?mode=ro", uri=True, check_same_thread=False)
        return self._db

    # -- writing ----------------------------------------------------------------------------------

    def append(self, result: Result) -> None:
        """Keep one more result, the last in order."""
        self._filling.append(result)
        self._status.append(STATUSES.index(result.status))
        self._scores.append(math.nan if result.score is None else result.score)
        if len(self._filling) == PAGE:
            self._write_page()

    def extend(self, results: Iterable[Result]) -> None:
        """Keep each of ``results`` in turn."""
        for result in results:
            self.append(result)

    def add_page(self, page: Page) -> None:
        """Keep the results of a :class:`Page`, the last in order, stored as they were packed."""
        if self._filling:
            self._write_page()
        for status, score, *_ in page.kept:
            self._status.append(STATUSES.index(status))
            self._scores.append(math.nan if score is None else score)
        self._store(page.blob, [(source, sha256) for _, _, source, sha256, *_ in page.kept], page.rendered)

    def _write_page(self) -> None:
        filling, self._filling = self._filling, []
        self._store(_compressed(_sharing_texts(filling)), [(r.source, r.sha256) for r in filling])

    def _store(self, blob: bytes | None, inputs: list[tuple[str, str | None]], rendered: bytes | None = None) -> None:
        first = len(self) - len(inputs)
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("INSERT INTO page VALUES (?, ?, ?)", (self._written, blob, rendered))
            self._db.executemany(
                "INSERT INTO input VALUES (?, ?, ?)",
                [(first + offset, source, sha256) for offset, (source, sha256) in enumerate(inputs)],
            )
        self._starts.append(first)
        self._written += 1

    # -- reading ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._status)

    def item(self, position: int) -> Result:
        filling_from = self._filling_from
        if position >= filling_from:
            return self._filling[position - filling_from]
        number = bisect.bisect_right(self._starts, position) - 1
        return self._page(number)[position - self._starts[number]]

    @property
    def _filling_from(self) -> int:
        """The position of the first result of the page still filling."""
        return len(self) - len(self._filling)

    def __iter__(self) -> Iterator[Result]:
        for number in range(self._written):
            yield from self._page(number)
        yield from list(self._filling)

    def pages(self) -> Iterator[tuple[Any, Callable[[], list[Result]]]]:
        """Each page in order: what its packer rendered of its results (``None`` for nothing: a page kept here, or
        the page still filling), and how to read the results themselves, which are unpickled only if asked for (a
        page packed as its text only has none: reading them raises ``LookupError``)."""
        for number in range(self._written):
            (rendered,) = self._connection().execute("SELECT rendered FROM page WHERE number = ?", (number,)).fetchone()
            yield (None if rendered is None else _unpickled(rendered)), functools.partial(self._page, number)
        if self._filling:
            yield None, functools.partial(list, self._filling)

    def _page(self, number: int) -> list[Result]:
        if number == self._written:
            return self._filling
        if self._read[0] != number:
            (blob,) = self._connection().execute("SELECT blob FROM page WHERE number = ?", (number,)).fetchone()
            self._read = (number, _unpacked(_results_blob(blob)))
        return self._read[1]

    def statuses(self) -> Iterator[str]:
        """Each result's status, in order, from memory."""
        return (STATUSES[code] for code in self._status)

    def scores(self) -> Iterator[float | None]:
        """Each result's score (``None`` for none), in order, from memory."""
        return (None if math.isnan(score) else score for score in self._scores)

    def inputs(self) -> Sequence[dict[str, Any]]:
        """Each result's ``{"source", "sha256"}`` for the reproducibility stamp, read as needed."""
        return _Inputs(self)

    def _input_rows(self, start: int, stop: int) -> list[tuple[str, str | None]]:
        on_disk = (
            self._connection()
            .execute(
                "SELECT source, sha256 FROM input WHERE position >= ? AND position < ? ORDER BY position", (start, stop)
            )
            .fetchall()
        )
        first = self._filling_from
        return on_disk + [(r.source, r.sha256) for r in self._filling[max(start - first, 0) : max(stop - first, 0)]]

    def close(self) -> None:
        """Remove the file and its folder; the sequence cannot be read afterwards."""
        self._db.close()
        self._finalizer()

    def __reduce__(self) -> Any:
        raise TypeError("spilled results stay in the process that wrote them")


def _remove(folder: str, owner: int) -> None:
    """Remove the results' folder, in the process that made it only."""
    if os.getpid() == owner:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


class _Inputs(LazySequence[dict[str, Any]]):
    """The stamp's list of inputs of spilled results, read from their own column a page at a time."""

    def __init__(self, results: SpilledResults) -> None:
        self._results = results

    def __len__(self) -> int:
        return len(self._results)

    def item(self, position: int) -> dict[str, Any]:
        ((source, sha256),) = self._results._input_rows(position, position + 1)
        return {"source": source, "sha256": sha256}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for start in range(0, len(self), PAGE):
            for source, sha256 in self._results._input_rows(start, start + PAGE):
                yield {"source": source, "sha256": sha256}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]
