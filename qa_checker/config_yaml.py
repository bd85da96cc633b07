"""Configuration files a user writes (rubrics, waivers), read within fixed bounds.

A configuration file is a few kilobytes of YAML. :func:`read` refuses, with the file and the line,
what could otherwise stop a run with a traceback, never end, or be quietly misread: something that
is not a regular file (a folder, a device, a pipe, a link loop), a file over :data:`MAX_BYTES`,
text that is not UTF-8, a YAML syntax error, nesting deeper than :data:`MAX_DEPTH`, more than
:data:`MAX_VALUES` values (each use of an alias counted, so an alias bomb stops early), a key given
twice in one mapping, an integer too long to convert, a number that is not finite, a date that
does not exist, a value its explicit tag cannot read (``!!bool maybe``), and a tag that gives what JSON
has no value for (``!!binary``, ``!!set``). Plain values are read by YAML 1.2's rules
(:mod:`qa_checker.yaml_core`): ``no`` and ``on`` stay text, ``0413`` stays the code it is, and a date
is text in a file read without ``dates`` (a rubric, which takes no date). :meth:`ConfigText.where`
names a place in the file by the path of keys and indexes to it, so a problem found later (a schema
error, a wrong value) names its line too.
"""

from __future__ import annotations

import math
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from qa_checker.patterns import regex
from qa_checker.text import Text, english, msg
from qa_checker.yaml_core import core_resolvers

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 64
MAX_VALUES = 100_000
_MERGE = "tag:yaml.org,2002:merge"
_TAG_PREFIX = "tag:yaml.org,2002:"
_DIGITS = regex(r"[-+]?[0-9_]+")


class Unreadable(Exception):
    """A configuration file that cannot be read: ``where`` is the file, or the file and a line (see
    :func:`at_line`); ``problem`` says why.

    Each caller words the error of its own kind of file around them.
    """

    def __init__(self, where: str | Text, problem: Text) -> None:
        super().__init__(f"{english(where)}: {problem.english()}")
        self.where = where
        self.problem = problem


@dataclass
class ConfigText:
    """A configuration file's parsed value and the line of each place in it (a tuple of keys and indexes)."""

    file: str
    data: Any
    lines: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def where(self, *path: Any) -> str | Text:
        """The file and the line of the closest place at or above ``path`` (below the top) whose line is known,
        else the file."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return at_line(self.file, line)
        return self.file


def at_line(file: str, line: int) -> Text:
    """A place in a file as an error message starts with it (``rubric.yaml: line 5``)."""
    return msg("{file}: line {line}", file=file, line=str(line))


class _Refused(Exception):
    def __init__(self, problem: Text, node_or_mark: Any) -> None:
        super().__init__(problem.english())
        self.problem = problem
        self.line = int(getattr(node_or_mark, "start_mark", node_or_mark).line) + 1


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, bounding nesting as it composes, and refusing repeated keys, overlong
    integers, numbers that are not finite, impossible dates, values their tag cannot read and values JSON
    has none for where it constructs them."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        """Refuse nesting past :data:`MAX_DEPTH` before the recursive composer goes deeper."""
        if self.depth >= MAX_DEPTH:
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise _Refused(msg("nested more than {count} levels deep", count=MAX_DEPTH), mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):  # "!!map text": PyYAML's own construction refuses it at its line
            return super().construct_mapping(node, deep=deep)
        first: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE:  # "<<: *anchor": its keys may be given again, which is what it is for
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                line = first.get(key)
            except TypeError:
                continue  # an unhashable key: PyYAML's own construction refuses it at its line
            if line is None:  # keys are told apart by value, not line: a flow mapping holds many on one line
                first[key] = key_node.start_mark.line + 1
            else:
                raise _Refused(
                    msg("the key {key} is given twice (first at line {line})", key=repr(key), line=str(line)), key_node
                )
        return super().construct_mapping(node, deep=deep)

    def construct_checked_int(self, node: ScalarNode) -> int:
        try:
            return int(self.construct_yaml_int(node))
        except ValueError:
            if not _DIGITS.fullmatch(str(node.value)):
                raise _unreadable_as_tagged(node) from None
            raise _Refused(msg("the integer {value}... is too long to read", value=node.value[:20]), node) from None

    def construct_checked_float(self, node: ScalarNode) -> float:
        try:
            value = float(self.construct_yaml_float(node))
        except (ValueError, TypeError):
            raise _unreadable_as_tagged(node) from None
        if not math.isfinite(value):
            raise _Refused(msg("{value} is not a finite number", value=node.value), node)
        return value

    def construct_checked_bool(self, node: ScalarNode) -> bool:
        try:
            return bool(self.construct_yaml_bool(node))
        except (KeyError, AttributeError):
            raise _unreadable_as_tagged(node) from None

    def construct_checked_timestamp(self, node: ScalarNode) -> Any:
        if not isinstance(node, ScalarNode) or self.timestamp_regexp.match(node.value) is None:
            raise _unreadable_as_tagged(node)
        try:
            return self.construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise _Refused(msg("{value} is not a date that exists", value=node.value), node) from None

    def construct_not_json(self, node: Node) -> Any:
        """Refuse a tag whose value the file cannot hold: one JSON has no value for (``!!binary``, ``!!set``),
        or a date in a file that takes none."""
        raise _Refused(msg("the tag {tag} is not allowed in this file", tag=_short_tag(node.tag)), node)


class _TextDatesLoader(_Loader):
    """:class:`_Loader` keeping a date as the text it is, as JSON would (a file that takes no date)."""


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG_PREFIX) if tag.startswith(_TAG_PREFIX) else tag


def _unreadable_as_tagged(node: Node) -> _Refused:
    shown = node.value if isinstance(node, ScalarNode) else "…"
    return _Refused(msg("'{value}' cannot be read as {tag}", value=shown, tag=_short_tag(node.tag)), node)


# The words YAML 1.1 reads as booleans and YAML 1.2 as text, with the boolean each stood for: a place that
# takes true or false and finds one of them says to write true or false (see :func:`yes_or_no`).
YAML11_BOOLEANS = {"y": True, "yes": True, "on": True, "n": False, "no": False, "off": False}


def yes_or_no(value: object) -> bool | None:
    """The boolean YAML 1.1 would have read a text as (``yes``, ``No``, ``ON``...), or ``None`` for any other
    value."""
    return YAML11_BOOLEANS.get(value.lower()) if isinstance(value, str) else None


_Loader.yaml_implicit_resolvers = core_resolvers(dates=True)
_Loader.add_constructor(_TAG_PREFIX + "int", _Loader.construct_checked_int)
_Loader.add_constructor(_TAG_PREFIX + "float", _Loader.construct_checked_float)
_Loader.add_constructor(_TAG_PREFIX + "bool", _Loader.construct_checked_bool)
_Loader.add_constructor(_TAG_PREFIX + "timestamp", _Loader.construct_checked_timestamp)
_Loader.add_constructor(_TAG_PREFIX + "binary", _Loader.construct_not_json)
_Loader.add_constructor(_TAG_PREFIX + "set", _Loader.construct_not_json)
_TextDatesLoader.yaml_implicit_resolvers = core_resolvers(dates=False)
_TextDatesLoader.add_constructor(_TAG_PREFIX + "timestamp", _Loader.construct_not_json)


def read(path: str | os.PathLike[str], *, dates: bool = True) -> ConfigText:
    """Read and parse one YAML configuration file; an :class:`Unreadable` says where and why it cannot be.

    With ``dates``, a plain value written as a date is a :class:`datetime.date`; without, it is text (and
    JSON's values are all there are).
    """
    file = str(path)
    raw = _read_bytes(Path(path), file)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(
            at_line(file, raw[: exc.start].count(b"\n") + 1),
            msg("the byte 0x{byte} is not UTF-8; save the file as UTF-8", byte=format(raw[exc.start], "02X")),
        ) from None
    try:
        # The loader refuses a character YAML does not allow (a control character).
        loader = (_Loader if dates else _TextDatesLoader)(text)
    except yaml.reader.ReaderError as exc:
        code = format(exc.character if isinstance(exc.character, int) else ord(exc.character), "04X")
        raise Unreadable(
            at_line(file, text[: exc.position].count("\n") + 1),
            msg("not valid YAML: the control character U+{code} is not allowed; delete it", code=code),
        ) from None
    try:
        root = loader.get_single_node()
        if root is not None:
            _measure(root)
        data = loader.construct_document(root) if root is not None else None
    except _Refused as exc:
        raise Unreadable(at_line(file, exc.line), exc.problem) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = ", ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        raise Unreadable(
            at_line(file, mark.line + 1) if mark is not None else file, msg("not valid YAML: {detail}", detail=detail)
        ) from None
    except yaml.YAMLError as exc:
        raise Unreadable(file, msg("not valid YAML: {detail}", detail=str(exc))) from None
    finally:
        loader.dispose()
    return ConfigText(file, data, _lines(root) if root is not None else {})


def _read_bytes(path: Path, file: str) -> bytes:
    """The file's bytes: a regular file of at most :data:`MAX_BYTES` (a pipe or a device is never read)."""
    try:
        # Without O_NONBLOCK, opening a named pipe would wait for a writer that may never come.
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise Unreadable(file, msg("a folder") if stat.S_ISDIR(mode) else msg("not a regular file"))
            raw = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise Unreadable(file, msg("a folder")) from None
    except OSError as exc:
        raise Unreadable(file, Text(exc.strerror or str(exc))) from None
    if len(raw) > MAX_BYTES:
        raise Unreadable(
            file, msg("larger than {size} MB, where a configuration file takes a few kilobytes", size=MAX_BYTES >> 20)
        )
    return raw


def _lines(root: Node) -> dict[tuple[Any, ...], int]:
    """The line of each place, each node visited once (an alias's node is placed where it is first met)."""
    lines: dict[tuple[Any, ...], int] = {}
    seen: set[int] = set()
    stack: list[tuple[tuple[Any, ...], Node]] = [((), root)]
    while stack:
        path, node = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode):
                    place = (*path, key_node.value)
                    lines.setdefault(place, key_node.start_mark.line + 1)
                    stack.append((place, value_node))
        elif isinstance(node, SequenceNode):
            stack.extend(((*path, index), item) for index, item in enumerate(node.value))
    return lines


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, SequenceNode) else []


def _measure(root: Node) -> None:
    """Refuse a document whose values, aliases expanded, are too many or nest too deeply (or that holds itself).

    Linear in the distinct nodes: each node's size and height are measured once.
    """
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_.discard(key)
            children = _children(node)
            size[key] = 1 + sum(size[id(child)] for child in children)
            height[key] = 1 + max((height[id(child)] for child in children), default=0)
            if size[key] > MAX_VALUES:
                raise _Refused(msg("more than {count} values (each use of an alias counted)", count=MAX_VALUES), node)
            if height[key] > MAX_DEPTH:
                raise _Refused(msg("nested more than {count} levels deep", count=MAX_DEPTH), node)
            continue
        if key in size:
            continue
        if key in open_:
            raise _Refused(msg("an alias refers to the value that holds it"), node)
        open_.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in size)
