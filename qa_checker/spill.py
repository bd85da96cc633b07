"""Results kept on disk: a run of any size in bounded memory.

:class:`SpilledResults` is a :class:`~collections.abc.Sequence` of :class:`~qa_checker.results.Result`
like the list a small run keeps, but each result is pickled, compressed and written to an SQLite file
in a private temporary folder as soon as it is appended; iterating reads them back a page at a time
and indexing reads one. Only what every report needs of every result stays in memory, a few bytes a
result: its status, its score, and its source and SHA-256 for the reproducibility stamp (read from
their own column, never unpickled). The folder is removed by :meth:`SpilledResults.close`, or when
the object is collected, or at exit.

The file is written and read by this process only, under a folder only its user can open.
"""

from __future__ import annotations

import array
import math
import pickle
import shutil
import sqlite3
import tempfile
import weakref
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from qa_checker.results import STATUSES, Result

__all__ = ["SpilledResults"]

# Results written in one transaction, and read back in one query while iterating.
PAGE = 512
_COMPRESSION = 1  # zlib's fastest level: a 10 KB pickle becomes about 2 KB


class SpilledResults(Sequence[Result]):
    """Results appended in order, held on disk; a read-only sequence once appending is over."""

    def __init__(self, results: Iterable[Result] = ()) -> None:
        self._folder = tempfile.mkdtemp(prefix="qa-checker-results-")
        self._finalizer = weakref.finalize(self, shutil.rmtree, self._folder, True)
        self._db = sqlite3.connect(f"{self._folder}/results.sqlite", check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE result (position INTEGER PRIMARY KEY, source TEXT, sha256 TEXT, blob BLOB)")
        self._pending: list[tuple[int, str, str | None, bytes]] = []
        self._status = bytearray()
        self._scores = array.array("d")
        self.extend(results)

    # -- writing ----------------------------------------------------------------------------------

    def append(self, result: Result) -> None:
        """Keep one more result, the last in order."""
        position = len(self._status)
        blob = zlib.compress(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), _COMPRESSION)
        self._pending.append((position, result.source, result.sha256, blob))
        self._status.append(STATUSES.index(result.status))
        self._scores.append(math.nan if result.score is None else result.score)
        if len(self._pending) >= PAGE:
            self._flush()

    def extend(self, results: Iterable[Result]) -> None:
        """Keep each of ``results`` in turn."""
        for result in results:
            self.append(result)

    def _flush(self) -> None:
        if self._pending:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT INTO result VALUES (?, ?, ?, ?)", self._pending)
            self._pending = []

    # -- reading ----------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._status)

    @overload
    def __getitem__(self, index: int) -> Result: ...

    @overload
    def __getitem__(self, index: slice) -> list[Result]: ...

    def __getitem__(self, index: int | slice) -> Result | list[Result]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError("result index out of range")
        self._flush()
        row = self._db.execute("SELECT blob FROM result WHERE position = ?", (position,)).fetchone()
        return _loaded(row[0])

    def __iter__(self) -> Iterator[Result]:
        self._flush()
        start = 0
        while start < len(self):
            rows = self._db.execute(
                "SELECT blob FROM result WHERE position >= ? ORDER BY position LIMIT ?", (start, PAGE)
            ).fetchall()
            for (blob,) in rows:
                yield _loaded(blob)
            start += PAGE

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
        self._flush()
        return self._db.execute(
            "SELECT source, sha256 FROM result WHERE position >= ? AND position < ? ORDER BY position", (start, stop)
        ).fetchall()

    def close(self) -> None:
        """Remove the file and its folder; the sequence cannot be read afterwards."""
        self._db.close()
        self._finalizer()

    def __reduce__(self) -> Any:
        raise TypeError("spilled results stay in the process that wrote them")


class _Inputs(Sequence[dict[str, Any]]):
    """The stamp's list of inputs of spilled results, read from their own column a page at a time."""

    def __init__(self, results: SpilledResults) -> None:
        self._results = results

    def __len__(self) -> int:
        return len(self._results)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError("input index out of range")
        ((source, sha256),) = self._results._input_rows(position, position + 1)
        return {"source": source, "sha256": sha256}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for start in range(0, len(self), PAGE):
            for source, sha256 in self._results._input_rows(start, start + PAGE):
                yield {"source": source, "sha256": sha256}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _loaded(blob: bytes) -> Result:
    result: Result = pickle.loads(zlib.decompress(blob))
    return result
