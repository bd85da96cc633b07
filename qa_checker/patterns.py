"""Regular expressions compiled once per machine, or on first use.

Compiling a pattern costs far more than most searches with it: the 300-odd patterns a single-file check
compiles take about 45 ms, a fifth of the check. :func:`regex` gives what ``re.compile`` gives, but keeps
each pattern's compiled form (the code the regular expression engine runs) in the user's cache folder, so
that a later process builds the pattern from that code instead of parsing and compiling it again. A
:class:`LazyPattern` (from :func:`lazy`) is compiled the first time it searches, for modules with many
patterns of which one input needs few.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import marshal
import mmap
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, AnyStr

from qa_checker.user_cache import cache_folder, write_atomically

# At most this many compiled forms are kept in the cache file (the tool's own patterns number some 900).
KEPT_FORMS = 4096

# A compiled form: the flags, the engine's code (as the bytes of an array of code words), the number of
# groups, and the group numbers by name and names by number, as ``re`` hands them to the engine.
Form = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]

# Bytes of the SHA-256 seal before the index and before each record, and of the index's length; the largest
# index read (that of KEPT_FORMS patterns takes some 160 KB).
_SEAL = 32
_LENGTH = 8
_LARGEST_INDEX = 1 << 20


def regex(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, its compiled form kept for later processes (see :class:`CompiledForms`).

    For the tool's own patterns and those of its bundled data; a pattern built from a user's input (a
    profile's words, a waiver's paths) is compiled by ``re.compile``, so that it never fills the cache."""
    return _forms().compile(pattern, flags)


class CompiledForms:
    """The compiled forms of patterns kept in one cache file, read as needed and written back at exit.

    A form is taken from the engine's own compiler (the steps of ``re.compile``) and kept only when the
    pattern built from it equals, by the engine's own comparison of flags, text and code, the one
    ``re.compile`` gives. The file is named by the Python build and the engine's version. It holds an
    index (a short hash of each pattern and its flags: where its record lies), sealed, then the records,
    each sealed on its own and holding its pattern, flags and form: a process maps the file into memory
    and reads only the records of the patterns it compiles (the file holds every pattern any check
    compiled, some 3 MB; a check needs a tenth). A file of another build, a damaged index or record, or
    a form the engine refuses leaves the pattern compiled by ``re.compile``.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.fresh: dict[bytes, tuple[Key, re.Pattern[Any]]] = {}
        self.made: dict[Key, re.Pattern[Any]] = {}
        self._index, self._records = _opened(path)

    def compile(self, pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
        """The compiled ``pattern``: built from its kept form, or compiled and its form kept."""
        key = (pattern, int(flags))
        made = self.made.get(key)
        if made is None:
            digest = _digest(key)
            form = _kept_form(key, self._index.get(digest), self._records)
            made = _built(pattern, form) if form is not None else None
            if made is None:
                made = re.compile(pattern, flags)
                if not self.fresh and self.path is not None:
                    atexit.register(self.save)
                self.fresh[digest] = (key, made)
            self.made[key] = made
        return made

    def kept(self) -> dict[Key, Form]:
        """Every pattern's form the cache file holds."""
        index, records = _opened(self.path)
        forms = {}
        for where in index.values():
            with contextlib.suppress(ValueError, EOFError, TypeError):
                pattern, flags, form = marshal.loads(_sealed_body(where, records) or b"")
                forms[(pattern, flags)] = form
        return forms

    def save(self) -> None:
        """Write the forms of the patterns compiled in this process, with those the file holds now, back to the
        cache file. The forms are taken here, not when compiling, and only where the folder can be written: a
        process that cannot keep them does not pay for them."""
        if self.path is None or not self.fresh or not _writable(self.path.parent):
            return
        index, records = _opened(self.path)
        kept: dict[bytes, bytes] = {}
        for digest, (key, made) in self.fresh.items():
            form = _form(key[0], key[1], made)
            if form is not None:
                kept[digest] = _record(key, form)
        for digest, where in index.items():
            body = _sealed_body(where, records)
            if body is not None:
                kept.setdefault(digest, _seal(body) + body)
        chosen = list(kept.items())[:KEPT_FORMS]
        places, start = {}, 0
        for digest, record in chosen:
            places[digest] = (start, len(record))
            start += len(record)
        head = marshal.dumps(places)
        content = b"".join((_seal(self.path.name.encode(), head), len(head).to_bytes(_LENGTH, "little"), head))
        with contextlib.suppress(OSError):
            write_atomically(self.path, lambda name: Path(name).write_bytes(content + b"".join(r for _, r in chosen)))
        self.fresh = {}


def _writable(folder: Path) -> bool:
    """Whether files can be written in ``folder`` (made where it is missing)."""
    import os

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _seal(*parts: bytes) -> bytes:
    return hashlib.sha256(b"".join(parts)).digest()


def _digest(key: Key) -> bytes:
    """The short hash that finds a pattern's record in the index."""
    return hashlib.blake2b(marshal.dumps(key), digest_size=16).digest()


def _record(key: Key, form: Form) -> bytes:
    body = marshal.dumps((key[0], key[1], form))
    return _seal(body) + body


def _opened(path: Path | None) -> tuple[dict[bytes, tuple[int, int]], Any]:
    """The index of the cache file at ``path`` and its records, mapped into memory (nothing when the file is
    missing, unreadable, of another name, or its index damaged)."""
    if path is None:
        return {}, b""
    try:
        with path.open("rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, a folder, empty, not this user's
        return {}, b""
    length = int.from_bytes(mapped[_SEAL : _SEAL + _LENGTH], "little")
    if length > _LARGEST_INDEX:
        return {}, b""
    head = mapped[_SEAL + _LENGTH : _SEAL + _LENGTH + length]
    if len(head) != length or mapped[:_SEAL] != _seal(path.name.encode(), head):
        return {}, b""
    try:
        index = marshal.loads(head)
    except (ValueError, EOFError, TypeError):
        return {}, b""
    return (index, memoryview(mapped)[_SEAL + _LENGTH + length :]) if isinstance(index, dict) else ({}, b"")


def _sealed_body(where: Any, records: Any) -> bytes | None:
    """The body of the record at ``where`` (start and length), None when it is cut short or its seal differs."""
    try:
        start, length = int(where[0]), int(where[1])
        record = bytes(records[start : start + length])
    except (TypeError, ValueError, IndexError):
        return None
    body = record[_SEAL:]
    return body if len(record) == length >= _SEAL and record[:_SEAL] == _seal(body) else None


def _kept_form(key: Key, where: Any, records: Any) -> Form | None:
    """The form the record at ``where`` holds for ``key`` (None: no record, or one of another pattern)."""
    body = _sealed_body(where, records) if where is not None else None
    if body is None:
        return None
    try:
        pattern, flags, form = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None
    same = type(pattern) is type(key[0]) and (pattern, flags) == key
    return form if same else None


@functools.cache
def _engine() -> tuple[Any, Any, Any, str] | None:
    """The engine's compiler, parser and module and the array type of its code words (None: not CPython's)."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    word = next((code for code in "IL" if array(code).itemsize == _sre.CODESIZE), None)
    return (_compiler, _parser, _sre, word) if word else None


def _form(pattern: AnyStr, flags: int, made: re.Pattern[AnyStr]) -> Form | None:
    """The compiled form of ``pattern``, as ``re.compile`` makes it; None when the built pattern would differ."""
    engine = _engine()
    if engine is None or flags & (re.DEBUG | re.LOCALE):
        return None
    compiler, parser, _, word = engine
    try:
        tree = parser.parse(pattern, flags)
        code = array(word, compiler._code(tree, flags)).tobytes()
        names = {str(name): int(number) for name, number in tree.state.groupdict.items()}
        numbers: list[str | None] = [None] * tree.state.groups
        for name, number in names.items():
            numbers[number] = name
        form: Form = (int(flags | tree.state.flags), code, tree.state.groups - 1, names, tuple(numbers))
    except Exception:  # an engine whose compiler works otherwise: nothing is kept
        return None
    return form if _built(pattern, form) == made else None


def _built(pattern: AnyStr, form: Form) -> re.Pattern[AnyStr] | None:
    """The pattern built from its compiled ``form`` (None when the engine refuses the form)."""
    engine = _engine()
    if engine is None:
        return None
    _, _, sre, word = engine
    flags, code, groups, names, numbers = form
    try:
        built: re.Pattern[AnyStr] = sre.compile(pattern, flags, array(word, code).tolist(), groups, names, numbers)
    except Exception:  # a form this engine does not take
        return None
    return built


@functools.cache
def _forms() -> CompiledForms:
    """This process's compiled forms, kept in the user's cache folder under the Python build's name."""
    engine = _engine()
    folder = cache_folder("patterns")
    if engine is None or folder is None:
        return CompiledForms(None)
    build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{engine[2].MAGIC}-{engine[2].CODESIZE}"
    return CompiledForms(folder / f"{build}.marshal")


class LazyPattern:
    """What ``re.compile(pattern, flags)`` gives, compiled when first used (the methods the code calls)."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now on first use)."""
        if self._compiled is None:
            self._compiled = regex(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (see :class:`LazyPattern`)."""
    return LazyPattern(pattern, flags)
