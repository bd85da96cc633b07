"""Line and column of JSON pointers in the text of a JSON or YAML file, for the findings that need them.

Parsing never records positions (the JSON parser gives none, and recording every value's place would
cost every file): the text is kept while a file's results are built, and only the pointers that have
findings are looked up afterwards, by one position-recording pass over the text.

- JSON: a small scanner walks the text with regular expressions, descending only into the objects and
  arrays on the way to a wanted pointer; everything else is skipped by counting brackets outside
  strings. It never recurses and keeps one frame per level of a wanted pointer, so deep nesting and
  huge files cost time linear in the text and memory in the number of pointers.
- YAML: the parser's events (libyaml's, when installed) are walked with a stack of frames, one per open
  collection, so nothing is composed or constructed and no recursion depends on the nesting. A text the
  loader read with yaml-rs (block style, no tabs, anchors or flow collections over several lines) is
  placed by its lines' indentation alone, several times faster; where that cannot tell, by the events.

A member's place is its key (where an editor shows the field); an array item's place is the item. A
pointer that cannot be found (a value reached through a YAML alias or merge key, a field that is
missing) takes the place of its closest ancestor that is found, so a "missing field" finding points at
the object it is missing from. Lines and columns are 1-based; columns count characters (code points).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import operator
import re
import sys
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import yaml
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode

from qa_checker import ids
from qa_checker import pointer as jp
from qa_checker.engine import copy_with, finding_from_hit
from qa_checker.findings import Finding, Severity
from qa_checker.limits import Limits
from qa_checker.loaders.common import decode
from qa_checker.loaders.yaml_ import BlockText, quote_end, read_stream
from qa_checker.patterns import regex
from qa_checker.results import Result
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Hit
from qa_checker.text import N_, Text, plural

__all__ = ["Position", "json_offsets", "line_columns", "locate_findings", "locate_results", "positions", "yaml_marks"]

Position = tuple[int, int]
Tokens = tuple[str, ...]

_WS = regex(r"[ \t\r\n]*")
# Strings in the unrolled form (a run of plain characters, then escapes each followed by another run),
# which the regular expression engine matches without trying an alternative per character.
_STRING = regex(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"', re.DOTALL)
# A member of an object, from the white space before it: the comma (if any), its key (group 1), the colon, and its
# value when that is a string or a scalar (group 2; a container is entered or skipped on its own).
_MEMBER = regex(
    r'[ \t\r\n]*(?:,[ \t\r\n]*)?("[^"\\\n]*(?:\\.[^"\\\n]*)*")[ \t\r\n]*:[ \t\r\n]*'
    r'("[^"\\\n]*(?:\\.[^"\\\n]*)*"|[^,\]}\s{\["][^,\]}\s]*)?',
    re.DOTALL,
)
_SKIP = regex(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)
_SCALAR = regex(r"[^,\]}\s]*")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_ESCAPE = regex(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_PART = regex(r" \[document (?P<number>\d+)\]$")

# At most this many pointers are looked up per document (a document with more findings has its first ones
# located, which is all a reader takes in; the others are given without lines, with a notice saying so).
MAX_POINTERS = 5_000
_OVER_KEPT_HINT = N_(
    "The findings' pointers name their places. Split the archive (or the file) into smaller ones to have every "
    "finding placed by line."
)
_OVER_POINTERS_HINT = N_(
    "The findings' pointers name their places. Fix the findings that are placed and check again: "
    "the others are placed once fewer remain."
)


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] == "u" and len(code) == 5:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)

    text = _ESCAPE.sub(one, body)
    # A pair of escaped surrogates is one character, as json.loads reads it.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def _prefixes(targets: Iterable[Tokens]) -> set[Tokens]:
    return {t[:end] for t in targets for end in range(len(t) + 1)}


def json_offsets(text: str, targets: Iterable[Tokens]) -> dict[Tokens, int]:
    """The character offset of each target (and of each ancestor of one) found in a JSON text: the key of a
    member, the start of an item.

    A text that stops being JSON part way gives what was found before that point.
    """
    wanted = set(targets)
    prefixes = _prefixes(wanted)
    found: dict[Tokens, int] = {}
    size = len(text)
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    if pos >= size:
        return found
    found[()] = pos
    # Each frame: [closing bracket, path of the container, next array index, expecting a key].
    stack: list[list[Any]] = []
    try:
        pos = _enter(text, pos, (), prefixes, stack)
        while stack:
            frame = stack[-1]
            path: Tokens = frame[1]
            if frame[0] == "}":
                member = _MEMBER.match(text, pos)
                if member is None:
                    pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
                    if text[pos] != "}":
                        break
                    stack.pop()
                    pos += 1
                    continue
                child = (*path, _unescape(member.group(1)[1:-1]))
                if child in prefixes:
                    found[child] = member.start(1)
                # A string or a scalar is matched with its key; a container is entered or skipped.
                pos = (
                    member.end() if member.group(2) is not None else _enter(text, member.end(), child, prefixes, stack)
                )
                continue
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            char = text[pos]
            if char == "]":
                stack.pop()
                pos += 1
                continue
            if char == ",":
                pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            child = (*path, str(frame[2]))
            frame[2] += 1
            if child in prefixes:
                found[child] = pos
            pos = _enter(text, pos, child, prefixes, stack)
    except IndexError:
        pass  # the text ended early: keep what was found
    return found


def _enter(text: str, pos: int, path: Tokens, prefixes: set[Tokens], stack: list[list[Any]]) -> int:
    """Past the value at ``pos``, or just inside it when it is a container on the way to a target."""
    char = text[pos]
    if char in "{[":
        if path in prefixes:
            stack.append(["}" if char == "{" else "]", path, 0])
            return pos + 1
        return _skip_container(text, pos)
    if char == '"':
        match = _STRING.match(text, pos)
        if match is None:
            raise IndexError(pos)
        return match.end()
    end = _SCALAR.match(text, pos).end()  # type: ignore[union-attr]
    if end == pos:
        raise IndexError(pos)
    return end


_DECODER = json.JSONDecoder()
# An object or array with no other inside it, up to its closing bracket (its strings skipped as _SKIP skips them).
_FLAT = regex(
    r'\{[^{}\[\]"]*(?:"[^"\\]*(?:\\.[^"\\]*)*"[^{}\[\]"]*)*\}|\[[^{}\[\]"]*(?:"[^"\\]*(?:\\.[^"\\]*)*"[^{}\[\]"]*)*\]',
    re.DOTALL,
)


def _skip_container(text: str, pos: int) -> int:
    """Past the object or array at ``pos``: matched whole when it holds no other (most do), else read by the C
    decoder, or (nested too deeply for it) by counting brackets outside strings."""
    flat = _FLAT.match(text, pos)
    if flat is not None:
        return flat.end()
    try:
        return _DECODER.raw_decode(text, pos)[1]
    except (ValueError, RecursionError):
        pass
    level = 0
    for match in _SKIP.finditer(text, pos):
        token = match.group()
        if token in "[{":
            level += 1
        elif token in "]}":
            level -= 1
            if level == 0:
                return match.end()
    raise IndexError(pos)


def yaml_marks(text: str, targets: Iterable[tuple[int, Tokens]]) -> tuple[dict[tuple[int, Tokens], int], int]:
    """The character offset of each ``(document, tokens)`` target in a YAML stream, and how many documents
    it holds; documents are numbered from 0 as the loader keeps them (empty ones are not counted, one
    refused for a syntax error is).

    The stream is read past syntax errors as the loader reads it (:func:`qa_checker.loaders.yaml_.read_stream`:
    on from the next document); one that stops being YAML otherwise gives what was found before that point.
    """
    wanted = set(targets)
    prefixes = {(doc, p) for doc, tokens in wanted for p in _prefixes([tokens])}
    found: dict[tuple[int, Tokens], int] = {}
    loader_class: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    document = -1
    finished = 0  # the documents read to their end (and refused), not counting empty ones

    def read(part: str, start: int, lines: int) -> yaml.MarkedYAMLError | None:
        nonlocal document, finished
        loader = loader_class(part)
        # Frames: [path or None (not wanted), is a mapping, expecting a key, current key or None, next index].
        stack: list[list[Any]] = []
        root_start = start
        try:
            while loader.check_event():
                event: Any = loader.get_event()
                if isinstance(event, yaml.DocumentStartEvent):
                    document += 1
                    mark = event.end_mark if event.explicit else event.start_mark
                    root_start = start + int(mark.index) if mark is not None else start
                    continue
                if isinstance(event, yaml.DocumentEndEvent):
                    finished = document + 1
                    continue
                if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    stack.pop()
                    continue
                if not isinstance(event, yaml.NodeEvent):
                    continue
                at = start + int(event.start_mark.index) if event.start_mark is not None else root_start
                path: Tokens | None
                if not stack:
                    if isinstance(event, yaml.ScalarEvent) and _is_null(event):
                        document -= 1  # an empty document, which the loader drops
                        continue
                    path = ()
                    found.setdefault((document, ()), at)
                else:
                    frame = stack[-1]
                    parent = frame[0]
                    if frame[1] and frame[2]:
                        frame[2] = False
                        frame[3] = event.value if isinstance(event, yaml.ScalarEvent) else None
                        path = None
                        if parent is not None and frame[3] is not None:
                            key = (document, (*parent, frame[3]))
                            if key in prefixes:
                                found[key] = at
                    elif frame[1]:
                        frame[2] = True
                        path = None if parent is None or frame[3] is None else (*parent, frame[3])
                    else:
                        path = None if parent is None else (*parent, str(frame[4]))
                        frame[4] += 1
                        if path is not None and (document, path) in prefixes:
                            found[(document, path)] = at
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    inside = path if path is not None and (document, path) in prefixes else None
                    stack.append([inside, isinstance(event, yaml.MappingStartEvent), True, None, 0])
        except yaml.MarkedYAMLError as exc:
            return exc
        except yaml.YAMLError:
            raise _Stopped from None
        finally:
            loader.dispose()
        return None

    def refuse(error: yaml.MarkedYAMLError, ends: bool) -> None:
        # The broken document is one of the stream, numbered after those read before it.
        nonlocal document, finished
        document = finished
        finished += 1

    with contextlib.suppress(_Stopped):  # keep what was found before the problem
        read_stream(text, read, refuse)
    return found, document + 1


class _Stopped(Exception):
    """A YAML text stopped being readable where no document after can be found (a character YAML forbids)."""


def node_marks(root: Node, targets: Iterable[tuple[int, Tokens]]) -> tuple[dict[tuple[int, Tokens], int], int]:
    """What :func:`yaml_marks` gives for a stream of one document, read from the document's composed node.

    The node must stand for the text as the parser's events do (no anchor, alias or merge key: see
    ``qa_checker.loaders.yaml_``): then its nodes are the events' nodes, met in the same order, and
    only the collections on the way to a target are entered, so nothing is parsed again.
    """
    prefixes = {p for doc, tokens in targets if doc == 0 for p in _prefixes([tokens])}
    found: dict[tuple[int, Tokens], int] = {(0, ()): int(root.start_mark.index)}
    # As yaml_marks: a key's place is the key, an item's the item; a later repeat of a key wins.
    stack: list[tuple[Node, Tokens]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        children: list[tuple[Tokens, Node]] = []
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    continue
                child = (*path, key.value)
                if child in prefixes:
                    found[(0, child)] = int(key.start_mark.index)
                    children.append((child, value))
        elif isinstance(node, SequenceNode):
            for number, item in enumerate(node.value):
                child = (*path, str(number))
                if child in prefixes:
                    found[(0, child)] = int(item.start_mark.index)
                    children.append((child, item))
        # Entered in the order of the text, so that what is found later is assigned later.
        stack.extend((value, child) for child, value in reversed(children) if isinstance(value, CollectionNode))
    return found, 1


# The paths on the way to the targets of block_marks, each with the first characters of its children that
# are on the way too (a quote for an empty key).
_Wanted = dict[Tokens, str]


class _Unplaced(Exception):
    """:func:`block_marks` met what it does not read: the events are walked instead."""


# The indentation given to a line that holds nothing (blank, or a comment): beyond any line's.
_NOTHING = sys.maxsize


class _Lines:
    """The lines of a text: each one's start, and its indentation where it holds something (else :data:`_NOTHING`),
    so that the first line at a column or less that holds something is found by one comparison a line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = lines = text.split("\n")
        lengths = list(map(len, lines))
        self.count = len(lines)
        self.starts = list(itertools.accumulate([length + 1 for length in lengths[:-1]], initial=0))
        self.ends = list(map(operator.add, self.starts, lengths))
        if "\r" in text:
            self.ends = [end - 1 if line.endswith("\r") else end for end, line in zip(self.ends, lines)]
        self.indents = [
            length - len(content) if content and content[0] not in "#\r" else _NOTHING
            for length, content in zip(lengths, map(str.lstrip, lines, itertools.repeat(" ")))
        ]

    def next_full(self, line: int) -> int | None:
        """The first line from ``line`` on that holds something."""
        indents, count = self.indents, self.count
        while line < count and indents[line] == _NOTHING:
            line += 1
        return line if line < count else None


def block_marks(text: str, targets: Iterable[tuple[int, Tokens]]) -> tuple[dict[tuple[int, Tokens], int], int] | None:
    """What :func:`yaml_marks` gives for a text of one document that yaml-rs read (see
    ``qa_checker.loaders.yaml_``: no tabs, anchors, tags, complex keys, second documents, or flow
    collections over several lines), found from the lines' indentation alone: a block collection's
    entries are its lines at its indentation, and what is indented further belongs to the entry above.

    ``None`` where a target lies where it does not look: inside a flow collection, behind a key written
    with escapes, at an empty list item.
    """
    prefixes = _on_the_way(tokens for doc, tokens in targets if doc == 0)
    lines = _Lines(text)
    if any(_opens_quote(line) for line in lines.lines if "'" in line or '"' in line):
        return None  # a quoted text over several lines, whose next lines may stand anywhere
    first = lines.next_full(0)
    if first is not None and text.startswith("---", lines.starts[first]):
        rest = text[lines.starts[first] + 3 : lines.ends[first]]
        if rest[:1] in ("", " "):  # a document start marker, not a key such as "---#c"
            if rest.strip(" ")[:1] not in ("", "#"):
                return None
            first = lines.next_full(first + 1)
    if first is None:
        return None
    found: dict[tuple[int, Tokens], int] = {}
    try:
        column = lines.indents[first]
        found[(0, ())] = lines.starts[first] + column
        _block_node(lines, first, column, (), prefixes, found)
    except _Unplaced:
        return None
    return found, 1


def _on_the_way(targets: Iterable[Tokens]) -> _Wanted:
    """Each path on the way to a target (the targets too), with the first characters of its children on the way
    to one, each path's once; built from the shorter paths to the longer."""
    wanted: _Wanted = {}
    for tokens in targets:
        wanted.setdefault((), "")
        for end in range(1, len(tokens) + 1):
            path = tokens[:end]
            if path not in wanted:
                wanted[path] = ""
                wanted[tokens[: end - 1]] += tokens[end - 1][:1] or "'"
    return wanted


def _block_node(
    lines: _Lines, line: int, column: int, path: Tokens, prefixes: _Wanted, found: dict[tuple[int, Tokens], int]
) -> None:
    """Find the wanted places in the node that starts at ``column`` of ``line`` (its first character)."""
    text = lines.text
    at = lines.starts[line] + column
    end = lines.ends[line]
    if _dash(text, at, end):
        _block_list(lines, line, column, path, prefixes, found)
    elif _key(text, at, end) is not None:
        _block_mapping(lines, line, column, path, prefixes, found)
    elif text[at] in "[{" and prefixes.get(path):
        raise _Unplaced  # inside a flow collection


def _entry_end(lines: _Lines, line: int, column: int) -> int:
    """The first line after ``line`` that holds something at ``column`` or less (or the end)."""
    indents, count = lines.indents, lines.count
    line += 1
    while line < count and indents[line] > column:
        line += 1
    return line


def _block_mapping(
    lines: _Lines, line: int, column: int, path: Tokens, prefixes: _Wanted, found: dict[tuple[int, Tokens], int]
) -> None:
    """The entries of the block mapping whose first key is at ``column`` of ``line``; the others are the
    lines at that indentation below it, until one less indented."""
    text, count = lines.text, lines.count
    # The first characters of the keys wanted here: a line that starts otherwise is not read.
    firsts = prefixes[path] + "'\""
    while True:
        at = lines.starts[line] + column
        if text[at] in firsts:
            parsed = _key(text, at, lines.ends[line])
            if parsed is None:
                raise _Unplaced
            child = (*path, parsed[0])
            if child in prefixes:
                found[(0, child)] = at
                _block_value(lines, line, column, parsed[1], child, prefixes, found)
        following = _entry_end(lines, line, column)
        while (
            following < count
            and lines.indents[following] == column
            and _dash(text, lines.starts[following] + column, lines.ends[following])
        ):
            following = _entry_end(lines, following, column)  # the items of a list at the key's indentation
        if following >= count or lines.indents[following] != column:
            return
        line = following


def _block_value(
    lines: _Lines,
    line: int,
    column: int,
    after: int,
    path: Tokens,
    prefixes: _Wanted,
    found: dict[tuple[int, Tokens], int],
) -> None:
    """Find the wanted places in the value of the key at ``column`` of ``line``, which ends at ``after``: on
    the lines below it (further in, or a list at the key's own indentation), or on its line."""
    text = lines.text
    rest = text[after : lines.ends[line]].lstrip(" ")
    if rest and rest[0] != "#":
        if rest[0] in "[{" and prefixes[path]:
            raise _Unplaced  # inside a flow collection
        return
    below = lines.next_full(line + 1)
    if below is None:
        return
    if lines.indents[below] > column:
        _block_node(lines, below, lines.indents[below], path, prefixes, found)
    elif lines.indents[below] == column and _dash(text, lines.starts[below] + column, lines.ends[below]):
        _block_list(lines, below, column, path, prefixes, found)


def _block_list(
    lines: _Lines, line: int, column: int, path: Tokens, prefixes: _Wanted, found: dict[tuple[int, Tokens], int]
) -> None:
    """The items of the block list whose first ``-`` is at ``column`` of ``line``; the others are the lines
    at that indentation below it that start with ``-``, until another line that indented or less."""
    text, count = lines.text, lines.count
    number = 0
    while _dash(text, lines.starts[line] + column, lines.ends[line]):
        child = (*path, str(number))
        number += 1
        if child in prefixes:
            end = lines.ends[line]
            inner = lines.starts[line] + column + 1
            while inner < end and text[inner] == " ":
                inner += 1
            if inner < end and text[inner] != "#":
                found[(0, child)] = inner
                _block_node(lines, line, inner - lines.starts[line], child, prefixes, found)
            else:
                below = lines.next_full(line + 1)
                if below is None or lines.indents[below] <= column:
                    raise _Unplaced  # an empty item, which the parser places where its next token is
                found[(0, child)] = lines.starts[below] + lines.indents[below]
                _block_node(lines, below, lines.indents[below], child, prefixes, found)
        line = _entry_end(lines, line, column)
        if line >= count or lines.indents[line] != column:
            return


def _dash(text: str, at: int, end: int) -> bool:
    """Whether a block list item starts at ``at`` (a ``-`` then a space or the line's end)."""
    return at < end and text[at] == "-" and (at + 1 == end or text[at + 1] == " ")


def _opens_quote(line: str) -> bool:
    """Whether a quoted text starts on the line, as its key, a list item or a key's value, and does not end
    on it."""
    at = len(line) - len(line.lstrip(" "))
    while line.startswith("-", at) and line[at + 1 : at + 2] in ("", " ", "\r"):
        at += 1
        while line.startswith(" ", at):
            at += 1
    if line[at : at + 1] in ("'", '"'):
        end = quote_end(line, at)
        if end is None:
            return True
        colon = line.find(":", end)
        if colon == -1 or line[end + 1 : colon].strip(" "):
            return False
        at = colon + 1
    else:
        colon = line.find(": ", at)
        if colon == -1:
            return False
        at = colon + 1
    while line.startswith(" ", at):
        at += 1
    return line[at : at + 1] in ("'", '"') and quote_end(line, at) is None


def _key(text: str, at: int, end: int) -> tuple[str, int] | None:
    """The key a line holds from ``at`` (``key:``, ``'key':``, ``"key":``, then a space or the line's end)
    and where its value starts; ``None`` when the line holds no key there. A key in double quotes with an
    escape is not read (:class:`_Unplaced`)."""
    char = text[at]
    if char in "'\"":
        closed = quote_end(text[at:end], 0)
        if closed is None:
            return None
        close = at + closed
        body = text[at + 1 : close]
        if char == '"' and "\\" in body:
            raise _Unplaced
        colon = close + 1
        while colon < end and text[colon] == " ":
            colon += 1
        if colon < end and text[colon] == ":" and (colon + 1 == end or text[colon + 1] == " "):
            return (body.replace("''", "'") if char == "'" else body), colon + 1
        return None
    if char in "[{&*!|>%@`#" or (char in "?-:" and text[at + 1 : at + 2] in ("", " ")):
        return None
    colon = text.find(":", at, end)
    while colon != -1:
        if colon + 1 == end or text[colon + 1] == " ":
            key = text[at:colon]
            if " #" in key:
                return None
            return key.rstrip(" "), colon + 1
        colon = text.find(":", colon + 1, end)
    return None


def _is_null(event: Any) -> bool:
    return bool(event.implicit[0]) and event.value in ("", "~", "null", "Null", "NULL")


def line_columns(text: str, offsets: Iterable[int]) -> dict[int, Position]:
    """1-based (line, column) of each character offset, in one pass over the text."""
    result: dict[int, Position] = {}
    line, line_start, previous = 1, 0, 0
    for offset in sorted(set(offsets)):
        breaks = text.count("\n", previous, offset)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", previous, offset) + 1
        result[offset] = (line, offset - line_start + 1)
        previous = offset
    return result


def _closest(found: Mapping[Any, int], tokens: Tokens, least: int, stream: int | None = None) -> int | None:
    """The offset of ``tokens`` in ``found`` (keyed ``(stream, tokens)`` when ``stream`` is given), else of its
    closest ancestor found that has at least ``least`` tokens."""
    for end in range(len(tokens), least - 1, -1):
        path = tokens[:end]
        offset = found.get(path if stream is None else (stream, path))
        if offset is not None:
            return offset
    return None


def positions(
    text: str,
    fmt: str,
    pointers: Iterable[str],
    *,
    document: int | None = None,
    tree: Node | BlockText | None = None,
) -> dict[str, Position]:
    """(line, column) of each pointer in a JSON or YAML text (its closest found ancestor's when it is not found).

    ``document`` is the number (from 1) of the descriptor in a YAML stream or a JSON list, as a source
    name's `` [document N]`` says; pointers of other formats, or into text that is not found, are left out.
    ``tree`` is the YAML text's one document as its loader composed it, when it may stand for the text
    (see :func:`node_marks`), or ``BLOCK_TEXT`` for a text yaml-rs read (see :func:`block_marks`): then
    the text is not parsed again.
    """
    return documents_positions(text, fmt, {document: pointers}, tree=tree).get(document, {})


def documents_positions(
    text: str,
    fmt: str,
    pointers: Mapping[int | None, Iterable[str]],
    *,
    tree: Node | BlockText | None = None,
) -> dict[int | None, dict[str, Position]]:
    """What :func:`positions` gives for the pointers of each document of a text (``None``: the text's only
    one), in one pass over the text however many documents a stream or list holds."""
    wanted = {
        document: {p: jp.tokens(p) for p in _looked_up(names) if _valid(p)} for document, names in pointers.items()
    }
    wanted = {document: found for document, found in wanted.items() if found}
    if not wanted or fmt not in ("json", "yaml"):
        return {}
    offsets: dict[int | None, dict[str, int]] = {document: {} for document in wanted}
    if fmt == "json":
        found = json_offsets(text, [(*_item(d), *t) for d, names in wanted.items() for t in names.values()])
        for document, names in wanted.items():
            prefix = _item(document)
            for name, tokens in names.items():
                offset = _closest(found, (*prefix, *tokens), len(prefix))
                if offset is not None:
                    offsets[document][name] = offset
    else:
        # "[document N]" is the Nth document of a stream, or the Nth item of the one document's list.
        targets = [(_stream(d), t) for d, names in wanted.items() for t in names.values()]
        targets += [(0, (*_item(d), *t)) for d, names in wanted.items() if d is not None for t in names.values()]
        if isinstance(tree, BlockText):
            marks, count = block_marks(text, targets) or yaml_marks(text, targets)
        else:
            marks, count = node_marks(tree, targets) if tree is not None else yaml_marks(text, targets)
        for document, names in wanted.items():
            items, stream = _item(document), _stream(document)
            for name, tokens in names.items():
                if document is None or count > 1:
                    offset = _closest(marks, tokens, 0, stream)
                else:
                    offset = _closest(marks, (*items, *tokens), len(items), 0)
                if offset is not None:
                    offsets[document][name] = offset
    places = line_columns(text, (offset for found in offsets.values() for offset in found.values()))
    return {document: {name: places[o] for name, o in found.items()} for document, found in offsets.items()}


def _looked_up(pointers: Iterable[str]) -> list[str]:
    """The pointers of a document that are looked up: the first :data:`MAX_POINTERS`, in the order given."""
    return list(itertools.islice(dict.fromkeys(pointers), MAX_POINTERS))


def _item(document: int | None) -> Tokens:
    """The pointer tokens of document ``document`` (from 1) as an item of a text's one list."""
    return () if document is None else (str(document - 1),)


def _stream(document: int | None) -> int:
    """The number (from 0) of document ``document`` (from 1) in a stream."""
    return 0 if document is None else document - 1


def _valid(pointer: str) -> bool:
    return pointer == "" or pointer.startswith("/")


def _target(finding: Finding, imported: bool) -> str | None:
    """The pointer into the file's text a finding is placed by, or ``None`` when it needs no look-up."""
    if finding.line is not None:
        return None
    origin = finding.origin
    if origin is not None and (origin.sheet or origin.cell or origin.line is not None):
        return None
    if imported:
        # Without an origin the finding is about the credential as a whole (a missing element): its top.
        return origin.pointer if origin is not None and origin.pointer is not None else ""
    if not finding.pointer and origin is not None and origin.pointer:
        return origin.pointer  # a file refused for one value in it (a number beyond a double) names its place
    return finding.pointer


def locate_findings(
    findings: Sequence[Finding],
    text: str,
    fmt: str,
    *,
    imported: bool,
    document: int | None,
    tree: Node | BlockText | None = None,
) -> list[Finding]:
    """The findings with ``line``/``column`` set where the text shows them.

    A finding already placed by a line (a syntax error) keeps it; a spreadsheet's cells are their own
    place; an imported document's findings are placed by their origin, the pointer into the original file.
    """
    targets = _targets(findings, imported)
    wanted = _wanted(targets)
    places = positions(text, fmt, wanted, document=document, tree=tree) if wanted else {}
    return _placed(findings, targets, places)


def _targets(findings: Sequence[Finding], imported: bool) -> list[str | None]:
    """Each finding's :func:`_target`."""
    return [_target(f, imported) for f in findings]


def _wanted(targets: Iterable[str | None]) -> dict[str, None]:
    """The pointers findings are placed by (their :func:`_targets`), in the findings' order (so the same ones are
    looked up in every run when there are more than :data:`MAX_POINTERS`)."""
    return dict.fromkeys(p for p in targets if p is not None)


def _placed(
    findings: Sequence[Finding], targets: Sequence[str | None], places: Mapping[str, Position]
) -> list[Finding]:
    """The findings placed at the positions of their pointers (their :func:`_targets`), or by their origins (see
    :func:`locate_findings`)."""
    located: list[Finding] = []
    for finding, target in zip(findings, targets):
        if target is not None and target in places:
            line, column = places[target]
            finding = copy_with(finding, line=line, column=column)
        else:
            finding = _from_origin(finding)
        located.append(finding)
    return located


# How a loader's message names the place of a syntax or encoding error.
_AT = regex(r"\bline (\d+), column (\d+)\b")


def _from_origin(finding: Finding) -> Finding:
    """A finding placed by its origin's line (a loader's), with the column its message names there."""
    if finding.line is not None or finding.origin is None or finding.origin.line is None:
        return finding
    line, column = finding.origin.line, None
    named = _AT.search(finding.message) if finding.rule.startswith("MC-LD-") else None
    if named is not None and int(named.group(1)) == line and int(named.group(2)) >= 1:
        column = int(named.group(2))
    return copy_with(finding, line=line, column=column)


def locate_results(
    results: Sequence[Result],
    texts: Mapping[str, tuple[bytes | str, str]],
    trees: Mapping[str, Node | BlockText] | None = None,
    *,
    unkept: Collection[str] = (),
    limits: Limits | None = None,
) -> list[Result]:
    """Results with their findings placed by line and column in the texts they were read from.

    ``texts`` maps a source name to ``(text, format)`` (``json`` or ``yaml``; the text as read, bytes
    decoded here only when a result needs it); a result whose source (less any `` [document N]``) has no
    text keeps its findings, but for the line a finding's origin gives. ``trees`` maps a YAML source to its
    one document's composed node, where the loader kept it (see :func:`positions`).

    Placing is bounded by counted work: ``unkept`` names the sources whose text the loader did not keep, as
    it went over ``limits.placed_bytes``, and a document's places beyond :data:`MAX_POINTERS` are not looked
    up. A result some of whose findings are left without lines so gets a notice saying how many, and which
    limit was met (an info ``MC-LD-005`` finding), which every output shows.
    """
    limits = limits or Limits()
    decoded: dict[str, tuple[str, str] | None] = {}

    def text_of(source: str) -> tuple[str, str] | None:
        if source not in decoded:
            raw, fmt = texts[source]
            text = raw if isinstance(raw, str) else decode(raw, source, fmt)
            decoded[source] = (text, fmt) if isinstance(text, str) else None
        return decoded[source]

    # The results of each text (with the document of it each is), placed together: a stream or list of many
    # documents is read once for all of them, not once for each.
    placed: list[list[Finding] | None] = [None] * len(results)
    notices: dict[int, Finding] = {}
    by_text: dict[str, list[tuple[int, int | None]]] = {}
    # Each result's findings' targets, found once for looking them up and for placing.
    targets = [_targets(result.findings, result.imported_from is not None) for result in results]
    for index, result in enumerate(results):
        if all(target is None for target in targets[index]):
            # Nothing to place by a pointer (most passing descriptors): its text is not decoded for it.
            placed[index] = [_from_origin(f) for f in result.findings]
            continue
        source = result.source
        if source in texts and text_of(source) is not None:
            by_text.setdefault(source, []).append((index, None))
            continue
        part = _PART.search(source)
        whole = source[: part.start()] if part is not None else source
        if part is not None and whole in texts:
            if text_of(whole) is not None:
                by_text.setdefault(whole, []).append((index, int(part.group("number"))))
                continue
            source = whole
        placed[index] = [_from_origin(f) for f in result.findings]
        if (source in unkept or whole in unkept) and (count := _count_wanted(result, None)):
            notices[index] = _over_kept(count, limits.placed_bytes)
    for source, members in by_text.items():
        text, fmt = decoded[source]  # type: ignore[misc]
        wanted: dict[int | None, dict[str, None]] = {}
        for index, document in members:
            wanted.setdefault(document, {}).update(_wanted(targets[index]))
        places = documents_positions(text, fmt, wanted, tree=trees.get(source) if trees else None)
        # The places not looked up, once per document however many results share it.
        beyond = {
            document: set(itertools.islice(pointers, MAX_POINTERS, None))
            for document, pointers in wanted.items()
            if len(pointers) > MAX_POINTERS
        }
        for index, document in members:
            placed[index] = _placed(results[index].findings, targets[index], places.get(document, {}))
            if document in beyond and (count := _count_wanted(results[index], beyond[document])):
                notices[index] = _over_pointers(count)
    located = []
    for index, (result, findings) in enumerate(zip(results, placed)):
        if index in notices:
            findings = [*(findings or result.findings), notices[index]]
        # A finding placed is a new one; one left as it was is the same (compared by identity, not field by field).
        if findings is not None and (
            len(findings) != len(result.findings) or any(map(operator.is_not, findings, result.findings))
        ):
            result = copy_with(result, findings=findings)
        located.append(result)
    return located


def _count_wanted(result: Result, among: Collection[str] | None) -> int:
    """How many of a result's findings are placed by a pointer (``among`` those, when given)."""
    imported = result.imported_from is not None
    targets = (_target(f, imported) for f in result.findings)
    return sum(1 for t in targets if t is not None and (among is None or t in among))


def _over_kept(count: int, limit: int) -> Finding:
    """The notice on a result whose findings were given without lines, its text being beyond ``placed_bytes``."""
    message = plural(
        "the line number of {count} finding was not given: placing it exceeded the limit of {limit} bytes of "
        "JSON and YAML text placed for one input",
        "the line numbers of {count} findings were not given: placing them exceeded the limit of {limit} bytes "
        "of JSON and YAML text placed for one input",
        count,
        limit=limit,
    )
    return _notice(message, _OVER_KEPT_HINT)


def _over_pointers(count: int) -> Finding:
    """The notice on a result whose findings are at more places than :data:`MAX_POINTERS`."""
    message = plural(
        "the line number of {count} finding was not given: placing it exceeded the limit of {limit} places "
        "looked up in one descriptor",
        "the line numbers of {count} findings were not given: placing them exceeded the limit of {limit} places "
        "looked up in one descriptor",
        count,
        limit=MAX_POINTERS,
    )
    return _notice(message, _OVER_POINTERS_HINT)


def _notice(message: Text, hint: str) -> Finding:
    """An info ``MC-LD-005`` finding about the file as a whole, as the loaders give for a limit they meet."""
    return finding_from_hit(RULES_BY_ID[ids.OVER_LIMIT], Hit("", message=message, hint=hint), Severity.INFO)
