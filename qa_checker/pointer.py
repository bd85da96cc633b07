"""RFC 6901 JSON Pointers: build, split and resolve."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from qa_checker.patterns import regex

_MISSING = object()
# RFC 6901: a pointer is empty or a "/" before each reference token, in which "~" is only "~0" or "~1".
_WELL_FORMED = regex(r"(?:/(?:[^~/]|~[01])*)*")


def escape(token: str | int) -> str:
    """Escape one reference token (``~`` → ``~0``, ``/`` → ``~1``)."""
    text = str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def join(*tokens: str | int) -> str:
    """Build a pointer from tokens: ``join("a", 0)`` → ``/a/0``."""
    if len(tokens) == 1:  # most pointers are built a step at a time
        return "/" + escape(tokens[0])
    return "/" + "/".join(map(escape, tokens)) if tokens else ""


def from_path(path: Iterable[str | int]) -> str:
    """Build a pointer from a jsonschema ``absolute_path``-like sequence."""
    return join(*path)


def well_formed(pointer: str) -> bool:
    """Whether ``pointer`` is a JSON pointer as RFC 6901 writes it (``/a~2b`` and ``/a~`` are not)."""
    return _WELL_FORMED.fullmatch(pointer) is not None


def split(pointer: str) -> list[str]:
    """Split a pointer into unescaped tokens; ``""`` is the whole document."""
    return list(_tokens(pointer))


def tokens(pointer: str) -> tuple[str, ...]:
    """What :func:`split` gives, as a tuple (remembered for the pointers used most, and not to be copied)."""
    return _tokens(pointer)


@functools.lru_cache(maxsize=8192)
def _tokens(pointer: str) -> tuple[str, ...]:
    # Rules resolve the same few hundred pointers for every descriptor of a batch.
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return tuple(t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/"))


def resolve(document: object, pointer: str, default: Any = None) -> Any:
    """Return the value at ``pointer``, or ``default`` when any step is absent."""
    return walk(document, _tokens(pointer), default)


def walk(document: object, tokens: Iterable[str | int], default: Any = None) -> Any:
    """Return the value reached by ``tokens`` (keys, and indexes as numbers or digits), or ``default``."""
    node = document
    for token in tokens:
        if isinstance(node, dict):
            node = node.get(token, _MISSING)
        elif isinstance(node, list) and (index := _index(token, len(node))) is not None:
            node = node[index]
        else:
            return default
        if node is _MISSING:
            return default
    return node


def _index(token: str | int, length: int) -> int | None:
    """The list index a step names (an integer, or ASCII digits without a leading zero and no more of them than
    the length has, as RFC 6901 writes one), or ``None`` past the end."""
    if isinstance(token, int) and not isinstance(token, bool):
        return token if 0 <= token < length else None
    text = str(token)
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(length)) or (text[0] == "0" and text != "0"):
        return None
    index = int(text)
    return index if index < length else None


def child(pointer: str, *tokens: str | int) -> str:
    """Append tokens to an existing pointer."""
    if len(tokens) == 1:  # most pointers are built a step at a time
        return pointer + "/" + escape(tokens[0])
    return pointer + join(*tokens)
