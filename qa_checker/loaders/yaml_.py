"""YAML files, read with a safe loader that keeps dates as the strings the author typed.

Reading is bounded in time and memory for any text up to the size limit:

- The number of values composed is counted as they are composed, and composing stops (``MC-LD-005``,
  with the line) past ``Limits.max_nodes``: a file of a million small values would otherwise take seconds
  per hundred thousand and hundreds of megabytes before any check could refuse it. The rest is only
  parsed, so that a syntax error further on is reported first, as for JSON. Aliases cost one value each
  here; what they expand to is measured afterwards (:func:`~qa_checker.loaders.common.screen`).
- libyaml parses about ten times faster than the pure-Python parser, but PyYAML's libyaml composer is
  recursive C, which very deep nesting can crash (a crash, not a ``RecursionError``). Nesting is bounded
  by the text: flow nesting by its brackets, block nesting by how far a line's indentation and leading
  ``-``/``?``/``:`` indicators reach (each level starts further right; a sequence under a key may share
  its column). Where both bounds are small and the text cannot hold more values than the budget, the
  libyaml composer reads it (the usual descriptor). Otherwise libyaml's events are composed by PyYAML's
  Python composer, which counts values and meets deep nesting with a ``RecursionError``.
- A problem is re-read by the pure-Python loader, so that findings do not depend on which parser ran,
  but only in texts small enough to re-read quickly; in a larger text libyaml's own message (with its
  line and column) is reported.

The constructor also notes what the values cannot show: keys given twice in a mapping (with the line and
column of the repeat), integers too large to use (a :class:`~qa_checker.loaders.common.HugeNumber`
instead of an integer of millions of digits), and the lines of texts holding control or bidirectional
characters.

Each document of a stream is composed whole before it is constructed, so one that cannot be constructed
(a tag a descriptor may not hold) is refused on its own and the others are read. A syntax error refuses its
document, and the stream is read on from the next ``---`` line (or after the next ``...`` line), which YAML
never lets a text or collection hold: the documents after it are read one at a time, each by a parser of its
own part of the text, so the file is still read once however many documents are broken, and what they note
is placed by its line in the whole file (:func:`read_stream`). Only a syntax error after which no such line
follows ends what can be read.
"""

from __future__ import annotations

import collections
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Hashable
from typing import Any

import orjson
import yaml
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.scanner import ScannerError

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.limits import MAX_INT_BITS, MAX_INT_CHARS, Allowance, Limits
from qa_checker.loaders.common import (
    LOOK_CHARS,
    TOO_MANY_VALUES_HINT,
    Explanation,
    HugeNumber,
    ParseNotes,
    SourceLine,
    conflict_markers,
    decode,
    explained_refusal,
    finish_stream,
    lines_at,
    load_error,
    may_hold_unusual,
    missing_comma,
    plainly_within,
    previous_line,
    shown,
    too_deep,
    unusual,
    within_by_size,
)
from qa_checker.patterns import regex
from qa_checker.text import clip, msg, plural
from qa_checker.yaml_core import VALUE_TAG, core_resolvers

_DEFAULT_MAX_NODES = Limits().max_nodes
_DEFAULT_MAX_DOCUMENTS = Limits().max_documents
_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class _TooManyValues(Exception):
    """Raised while composing past the value budget; ``mark`` is where reading stopped."""

    def __init__(self, mark: Any) -> None:
        super().__init__("too many values")
        self.mark = mark


class _Budgeted(Composer):
    """A composer that counts the values it composes (not the keys, as for JSON) and stops past ``max_nodes``."""

    max_nodes = _DEFAULT_MAX_NODES
    composed = 0
    peek_event: Callable[[], Any]  # the parser's, which every loader combines with this composer

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        # A mapping composes each key with no index, and its value with the key node as index.
        if index is not None or not isinstance(parent, MappingNode):
            self.composed += 1
            if self.composed > self.max_nodes:
                raise _TooManyValues(self.peek_event().start_mark)
        return super().compose_node(parent, index)


class _Reading(SafeConstructor):
    """Safe construction that notes repeated keys, huge integers and the lines of unusual texts."""

    max_nodes = _DEFAULT_MAX_NODES
    # Whether texts may hold unusual characters, whose lines are then noted (most files cannot).
    watch_texts = True
    # The lines and characters of the file before the text this loader reads (a stream read on after a
    # syntax error is read one document at a time): added to the parser's lines in what is noted.
    line_base = 0
    char_base = 0
    _notes: ParseNotes | None = None
    _looked: set[int] | None = None
    _repeated: dict[int, list[tuple[str, int, int]]] | None = None
    # The resolver's, which every loader combines with this constructor.
    yaml_implicit_resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]]
    yaml_path_resolvers: dict[Any, Any]

    @property
    def notes(self) -> ParseNotes:
        """What this loader noted while constructing."""
        if self._notes is None:
            self._notes = ParseNotes()
        return self._notes

    def flatten_mapping(self, node: MappingNode) -> None:
        # The first look at a mapping's pairs (its own construction, or a mapping merging it) sees them
        # as written: note keys given twice, not counting keys that arrive through merge keys ``<<``.
        if self._looked is None:
            self._looked = set()
        pairs = node.value
        if id(node) not in self._looked:
            self._looked.add(id(node))
            keys = [k.value for k, _ in pairs if k.__class__ is ScalarNode and k.tag != _MERGE]
            if len(set(keys)) < len(keys):
                self._note_repeats(node)
        # PyYAML's flattening acts only on merge keys and ``=`` keys: a mapping without them is left as it is.
        tags = [k.tag for k, _ in pairs]
        if _MERGE in tags or VALUE_TAG in tags:
            super().flatten_mapping(node)
        # Merging the same mapping many times over, level upon level, multiplies the pairs (older PyYAML
        # does not drop the repeats): no mapping may gather more pairs than the file may hold values.
        if len(node.value) > self.max_nodes:
            raise _TooManyValues(node.start_mark)

    def _note_repeats(self, node: MappingNode) -> None:
        seen: set[tuple[str, str]] = set()
        repeated: list[tuple[str, int, int]] = []
        for key_node, _ in node.value:
            if isinstance(key_node, ScalarNode) and key_node.tag != _MERGE:
                key = (key_node.tag, key_node.value)
                if key in seen:
                    mark = key_node.start_mark
                    repeated.append((key_node.value, self.line_base + mark.line + 1, mark.column + 1))
                seen.add(key)
        if repeated:
            if self._repeated is None:
                self._repeated = {}
            self._repeated[id(node)] = repeated

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        """The tag of a node, as PyYAML's resolver gives it, with the implicit resolvers looked up once.

        libyaml's composer asks for every node; PyYAML's own ``resolve`` joins two lists of resolvers for
        each text. Path resolvers (which descriptor loaders never add) are left to it.
        """
        table = _IMPLICIT.get(id(self.yaml_implicit_resolvers))
        if table is None or self.yaml_path_resolvers:
            return super().resolve(kind, value, implicit)  # type: ignore[misc, no-any-return]
        if kind is ScalarNode:
            if implicit[0]:
                for tag, pattern in table.get(value[:1], table[None]):
                    if pattern.match(value):
                        return tag
            return _STR
        if kind is MappingNode:
            return _MAP
        if kind is SequenceNode:
            return _SEQ
        return super().resolve(kind, value, implicit)  # type: ignore[misc, no-any-return]

    def construct_document(self, node: Node) -> Any:
        """The document's value, built without a generator per collection (see :meth:`_build`)."""
        data = self._build(node)
        self.constructed_objects = {}
        self.recursive_objects = {}
        self.deep_construct = False
        return data

    def _build(self, root: Node) -> Any:
        """What PyYAML's ``construct_document`` gives, in the same order, about three times faster.

        PyYAML builds each list and mapping through a generator: it makes the empty collection when
        the collection is met, and fills it in a later round, level by level. Here plain mappings,
        lists and texts are built in that very order without the generators (a queue of collections to
        fill stands for the rounds), so repeated keys, merge keys, budgets, the lines of unusual texts
        and the first error met are the same; any other tag goes through ``construct_object`` and its
        generators join the queue where PyYAML would run them.
        """
        constructed = self.constructed_objects
        watch = self.watch_texts
        pending: collections.deque[Any] = collections.deque()

        def value(node: Node) -> Any:
            cls = node.__class__
            if cls is ScalarNode and node.tag == _STR:
                text = node.value
                if watch and unusual(text):
                    self.notes.lines.setdefault(text, self.line_base + node.start_mark.line + 1)
                return text
            if node in constructed:
                return constructed[node]
            made: Any
            if cls is MappingNode and node.tag == _MAP:
                made = constructed[node] = {}
            elif cls is SequenceNode and node.tag == _SEQ:
                made = constructed[node] = []
            else:
                made = self.construct_object(node)
                if self.state_generators:
                    pending.extend(self.state_generators)
                    self.state_generators = []
                return made
            pending.append((node, made))
            return made

        data = value(root)
        while pending:
            item = pending.popleft()
            if item.__class__ is not tuple:  # a generator of construct_object's
                for _ in item:
                    pass
                if self.state_generators:
                    pending.extend(self.state_generators)
                    self.state_generators = []
                continue
            node, made = item
            if made.__class__ is list:
                made.extend([value(child) for child in node.value])
                continue
            self.flatten_mapping(node)
            for key_node, value_node in node.value:
                key = value(key_node)
                if key.__class__ is not str:
                    key = _mapping_key(node, key_node, key)
                made[key] = value(value_node)
            if self._repeated is not None:
                for key, line, column in self._repeated.get(id(node), ()):
                    self.notes.duplicate(made, key, line, column)
        return data

    def construct_yaml_map(self, node: MappingNode) -> Any:
        data: dict[Any, Any] = {}
        yield data
        data.update(self.construct_mapping(node))
        if self._repeated is not None:
            for key, line, column in self._repeated.get(id(node), ()):
                self.notes.duplicate(data, key, line, column)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        """PyYAML's, with a value its tag cannot hold (``!!int abc``, ``!!bool maybe``) refused at its place
        as a :class:`ConstructorError`, as PyYAML refuses a tag it does not know, instead of Python's error."""
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            raise ConstructorError(
                None, None, f"{_shown_value(node)} cannot be read as {tag}", node.start_mark
            ) from exc

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        # PyYAML's, with keys as written (see _key_as_written): reached only through other constructors.
        if not isinstance(node, MappingNode):
            raise ConstructorError(
                None, None, f"expected a mapping node, but found {getattr(node, 'id', 'another node')}", node.start_mark
            )
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _mapping_key(node, key_node, self.construct_object(key_node, deep=deep))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_as_text(self, node: ScalarNode) -> str:
        """A ``!!timestamp`` or ``!!binary`` value, kept as the text written (JSON holds neither)."""
        return self.construct_yaml_str(node)

    def construct_as_list(self, node: SequenceNode) -> Any:
        """A ``!!omap`` or ``!!pairs`` value, kept as the list of one-pair mappings it is written as."""
        data: list[Any] = []
        yield data
        data.extend(self.construct_sequence(node))

    def construct_yaml_int(self, node: ScalarNode) -> int | HugeNumber:  # type: ignore[override]
        literal = self.construct_scalar(node)
        if isinstance(literal, str) and len(literal) > MAX_INT_CHARS:
            return HugeNumber(len(literal.lstrip("+-")), self.line_base + node.start_mark.line + 1)
        value: int = super().construct_yaml_int(node)
        if value.bit_length() > MAX_INT_BITS:
            return HugeNumber(len(str(literal).lstrip("+-")), self.line_base + node.start_mark.line + 1)
        return value

    def construct_yaml_str(self, node: ScalarNode) -> str:
        value = self.construct_scalar(node)
        if self.watch_texts and isinstance(value, str) and unusual(value):
            self.notes.lines.setdefault(value, self.line_base + node.start_mark.line + 1)
        return value


def _shown_value(node: Node) -> str:
    """A node's value as a message shows it: a text quoted and cut short, a collection by its kind."""
    if isinstance(node, ScalarNode):
        text = str(node.value)
        return repr(clip(text, 41))
    return "a mapping" if isinstance(node, MappingNode) else "a sequence"


class _DescriptorLoader(_Budgeted, _Reading, yaml.SafeLoader):
    """SafeLoader reading plain scalars by YAML 1.2's core schema (:mod:`qa_checker.yaml_core`), without implicit
    timestamps: ``2026-03-01`` stays a string, as in JSON."""

    yaml_implicit_resolvers = core_resolvers()


def _by_first_character(
    resolvers: dict[Any, list[tuple[str, re.Pattern[str]]]],
) -> dict[str | None, tuple[tuple[str, re.Pattern[str]], ...]]:
    """Implicit resolvers by the first character of a text (``""`` for the empty text, ``None`` for any
    other), each list followed by the resolvers for every character, in the order PyYAML tries them."""
    anywhere = tuple(resolvers.get(None, ()))
    table: dict[str | None, tuple[tuple[str, re.Pattern[str]], ...]] = {
        first: (*found, *anywhere) for first, found in resolvers.items() if first is not None
    }
    table[None] = anywhere
    return table


# The descriptor loaders' implicit resolvers (one table, shared by the loaders below), by the table's identity.
_IMPLICIT = {
    id(_DescriptorLoader.yaml_implicit_resolvers): _by_first_character(_DescriptorLoader.yaml_implicit_resolvers)
}

# The methods are _Reading's, whose type the stubs do not count as a loader's; the libyaml loaders below
# share this table.
_DescriptorLoader.add_constructor("tag:yaml.org,2002:map", _Reading.construct_yaml_map)  # type: ignore[type-var]
_DescriptorLoader.add_constructor("tag:yaml.org,2002:int", _Reading.construct_yaml_int)  # type: ignore[type-var]
_DescriptorLoader.add_constructor("tag:yaml.org,2002:str", _Reading.construct_yaml_str)  # type: ignore[type-var]
# Values JSON cannot hold (dates and times, bytes, sets, ordered pairs) are read as they are written: a
# date stays its text, as without the tag, a set the mapping of its members to null, and ordered pairs a list.
for _tag in ("timestamp", "binary"):
    _DescriptorLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _Reading.construct_as_text)  # type: ignore[type-var]
_DescriptorLoader.add_constructor("tag:yaml.org,2002:set", _Reading.construct_yaml_map)  # type: ignore[type-var]
for _tag in ("omap", "pairs"):
    _DescriptorLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _Reading.construct_as_list)  # type: ignore[type-var]

# Keys YAML reads as null, true or false, or a number: kept as the text written, as JSON keys are (``no`` is
# Norwegian in a language map, not false). Huge and non-finite numbers stay numbers, refused with their place.
_KEY_TAGS = frozenset(f"tag:yaml.org,2002:{tag}" for tag in ("null", "bool", "int", "float"))


# PyYAML's words for a key that is a list or a mapping.
_UNHASHABLE = "found unhashable key"


def _mapping_key(mapping: MappingNode, node: Node, key: Any) -> Any:
    """A constructed key as the mapping keeps it (:func:`_key_as_written`); PyYAML's error if it cannot be one."""
    key = _key_as_written(node, key)
    if not isinstance(key, Hashable):
        raise ConstructorError("while constructing a mapping", mapping.start_mark, _UNHASHABLE, node.start_mark)
    return key


def _key_as_written(node: Node, key: Any) -> Any:
    """The key of a mapping: a plain null, boolean or number as its text, anything else as constructed."""
    if node.__class__ is not ScalarNode or node.tag not in _KEY_TAGS:
        return key
    if isinstance(key, HugeNumber) or (isinstance(key, float) and not math.isfinite(key)):
        return key
    return node.value


# libyaml's composer is known to read 2,000 levels: 1,500 brackets and 250 columns of block nesting (a
# sequence under a key may share its column, hence twice) stay below that.
_FAST_MAX_BRACKETS = 1_500
# Indentation and leading block indicators of a line reaching that far: a block node may start there
# (looked for at the start of the text and after each line break, which the regex engine finds quickly).
_LEAD = regex(r"[ \t?:-]{250}")
_LONG_LEAD = regex(r"\n[ \t?:-]{250}")
# Larger texts are not re-read by the pure-Python loader (about 0.5 MB per second) after libyaml fails.
_REREAD_MAX_CHARS = 256 * 1024

_FastDescriptorLoader: type | None = None
_EventLoader: type | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _FastDescriptorLoader(_Reading, yaml.CSafeLoader):  # type: ignore[no-redef]
        """CSafeLoader with the same resolvers and construction as :class:`_DescriptorLoader`."""

        yaml_implicit_resolvers = _DescriptorLoader.yaml_implicit_resolvers
        yaml_constructors = _DescriptorLoader.yaml_constructors

    class _EventLoader(_Budgeted, _Reading, yaml.CSafeLoader):  # type: ignore[no-redef]
        """libyaml's parser with PyYAML's Python composer: counted, and never deep in C."""

        yaml_implicit_resolvers = _DescriptorLoader.yaml_implicit_resolvers
        yaml_constructors = _DescriptorLoader.yaml_constructors

        def __init__(self, stream: str) -> None:
            yaml.CSafeLoader.__init__(self, stream)
            Composer.__init__(self)


def _composer_is_safe(text: str, max_nodes: int) -> bool:
    """Whether libyaml's own (recursive) composer may read the text: shallow, and within the value budget.

    Nesting is at most the brackets plus twice the longest run of leading indentation and indicators.
    Every value starts after a line break, ``,``, ``[``, ``{``, ``:``, ``-`` or ``?`` (or is the first),
    and a key without a value brings an empty one, so twice their count bounds the values.
    """
    brackets = text.count("[") + text.count("{")
    if brackets > _FAST_MAX_BRACKETS or _LEAD.match(text) or _LONG_LEAD.search(text):
        return False
    if 2 * len(text) + 2 <= max_nodes:
        return True  # the characters counted are fewer than the text's: within the budget (the usual file)
    starts = brackets + sum(text.count(c) for c in "\n,:-?")
    return 2 * starts + 2 <= max_nodes


class _Refused:
    """A document of a stream that could not be read, in its place among the documents: the error, and
    whether it ended the stream (a syntax error after which no next document could be found) or only the
    document."""

    __slots__ = ("ends", "error")

    def __init__(self, error: yaml.MarkedYAMLError, ends: bool) -> None:
        self.error = error
        self.ends = ends

    def __repr__(self) -> str:
        return f"<refused{' (stream ends)' if self.ends else ''}: {self.error}>"


# The line breaks YAML counts lines by (both parsers), and a line that starts or ends a document wherever
# it stands: ``---`` or ``...`` at the start of a line, followed by a blank or the line's end. YAML forbids
# such a line inside any text or collection (a block text's lines are indented, a quoted text or brackets
# meeting it are an error), and both parsers read it as a document marker wherever they meet it: a stream
# can be read on from there after a syntax error, whatever the broken document left open.
_BREAKS = "\n\r\x85\u2028\u2029"
_BREAK = regex(r"\r\n|[\n\r\x85\u2028\u2029]")
_MARKER = regex(r"(?:\A|(?<=[\n\r\x85\u2028\u2029]))(?:---|\.\.\.)(?=[ \t\n\r\x85\u2028\u2029]|\Z)")
# A ``...`` line with nothing else on it but a comment.
_ENDS_ONLY = regex(r"\.\.\.[ \t]*(?:#[^\n\r\x85\u2028\u2029]*)?(?:\r\n|[\n\r\x85\u2028\u2029]|\Z)")
# Lines of markers, comments and blanks only, to the end of a part.
_NOTHING = regex(
    r"(?:(?:---|\.\.\.)?[ \t]*(?:#[^\n\r\x85\u2028\u2029]*)?(?:\r\n|[\n\r\x85\u2028\u2029]))*"
    r"(?:---|\.\.\.)?[ \t]*(?:#[^\n\r\x85\u2028\u2029]*)?\Z"
)
# How far back from a ``---`` line its directives (``%YAML``, ``%TAG`` lines) are looked for.
_PROLOGUE_CHARS = 4096
# Where a parser's error is in the directives before a document's ``---`` (or in that line), not in a document.
_PROLOGUE_CONTEXTS = (None, "while scanning a directive")


def _line_count(text: str, start: int, end: int) -> int:
    """The line breaks between two line starts, as YAML counts them (``\\r\\n`` is one)."""
    count = text.count("\n", start, end) - text.count("\r\n", start, end)
    return count + sum(text.count(c, start, end) for c in _BREAKS if c != "\n")


def _next_line(text: str, at: int) -> int:
    """The start of the line after the one ``at`` is in (the end of the text after the last line)."""
    found = _BREAK.search(text, at)
    return found.end() if found is not None else len(text)


def _prologue(text: str, marker: int, floor: int) -> int:
    """Where the document of the ``---`` line at ``marker`` starts: at its directives (``%`` lines, with
    comments and blank lines among them) when the lines just before it are directives, not before ``floor``
    (a line start), and not further back than :data:`_PROLOGUE_CHARS`. Blank lines before the first
    directive stay with the document before (a kept block text ``|+`` ends with them)."""
    low = max(floor, marker - _PROLOGUE_CHARS)
    lines = text[low:marker].splitlines(keepends=True)
    if low > floor and lines:
        lines = lines[1:]  # the window starts inside a line
    start, at = marker, marker
    for line in reversed(lines):
        at -= len(line)
        if line.startswith("%"):
            start = at
        elif line.strip(" \t" + _BREAKS)[:1] not in ("", "#"):
            break
    return start


def _document_end(text: str, start: int) -> int:
    """Where the document read from ``start`` (a line start) ends: at the next ``---`` line or its directives,
    or after the next ``...`` line, past the document's own directives and ``---`` line."""
    search = start
    own = _MARKER.match(text, start)
    if own is None and text.startswith("%", start):
        own = _MARKER.search(text, start)  # the document of these directives
    if own is not None:
        if own.group() == "...":
            return _next_line(text, own.start())
        search = _next_line(text, own.start())
    found = _MARKER.search(text, search)
    if found is None:
        return len(text)
    if found.group() == "...":
        return _next_line(text, found.start())
    return _prologue(text, found.start(), search)


def _resume_at(text: str, exc: yaml.MarkedYAMLError) -> int | None:
    """Where the next document after a syntax error starts, if it can be found: at the next ``---`` line
    (or its directives) or after the next ``...`` line, after the line of the error; at the error's own
    line when that is a ``---`` line the parser met inside the broken document (an unclosed bracket or
    quote). An error in the directives before a ``---`` line is in that line's document: the one after it;
    a directive the broken document met (inside brackets) is the next document's."""
    mark = exc.problem_mark
    if mark is None:
        return None
    at = min(max(int(mark.index), 0), len(text))
    line = max(text.rfind(c, 0, at) for c in _BREAKS) + 1
    if line > 0 and text[line - 1] == "\r" and text.startswith("\n", line):
        line += 1  # an error at a "\n" of "\r\n"
    if at == line and line > 0:
        marker = _MARKER.match(text, line)
        if marker is not None:
            return line if marker.group() == "---" else _next_line(text, line)
    search = floor = _next_line(text, at)
    if text.startswith("%", line):
        if exc.context in _PROLOGUE_CONTEXTS:
            own = _MARKER.search(text, search)
            if own is None:
                return None
            search = floor = _next_line(text, own.start())
        elif at == line > 0:
            floor = line  # a directive met inside the broken document: the next document's
    found = _MARKER.search(text, search)
    if found is None:
        return None
    if found.group() == "...":
        return _next_line(text, found.start())
    return _prologue(text, found.start(), floor)


def _shifted(mark: Any, lines: int, chars: int) -> Any:
    """A parser's mark in a part of the text, as a mark in the whole text."""
    if mark is None or (lines == 0 and chars == 0):
        return mark
    return yaml.error.Mark(mark.name, int(mark.index) + chars, int(mark.line) + lines, int(mark.column), None, 0)


def read_stream(
    text: str,
    read: Callable[[str, int, int], yaml.MarkedYAMLError | None],
    refuse: Callable[[yaml.MarkedYAMLError, bool], None],
    enough: Callable[[], bool] | None = None,
) -> int:
    """Read a YAML stream as the loader reads it, past syntax errors: ``read(part, start, lines)`` reads the
    documents of a part of the text (starting at character ``start``, after ``lines`` lines) and returns
    the syntax error that stopped it, if any; ``refuse(error, ends)`` is told of each such error, its marks
    counted from the start of the text, in the order of the documents (one refused document each), and
    whether no document could be found after it (``ends``).

    The whole text is read first; after a syntax error, the stream is read on from the next document
    (:func:`_resume_at`), one document at a time, each part by a parser of its own, so that the text is
    read once however many documents are broken. Once ``enough()`` says so (a file of more documents than
    it may hold), the documents left are only counted, by their parts that hold more than markers,
    comments and blank lines: that count is returned.
    """
    start, lines = 0, 0
    resumed = False  # whether the stream is being read on after a syntax error
    while start < len(text):
        end = _document_end(text, start) if resumed else len(text)
        if resumed and _ENDS_ONLY.match(text, start, end):
            # A document end marker again (``...``), which a stream may repeat: no document.
            lines += _line_count(text, start, end)
            start = end
            continue
        error = read(text[start:end] if resumed else text, start, lines)
        if error is None and not resumed:
            return 0
        if error is not None:
            error.problem_mark = _shifted(error.problem_mark, lines, start)
            error.context_mark = _shifted(error.context_mark, lines, start)
        following = end if resumed else (_resume_at(text, error) if error is not None else None)
        if following is not None and following <= start:
            following = None  # never read a part again
        if error is not None:
            refuse(error, following is None)
        if following is None:
            return 0
        lines += _line_count(text, start, following)
        start, resumed = following, True
        if enough is not None and enough():
            return _count_documents(text, start)
    return 0


def _count_documents(text: str, start: int) -> int:
    """The documents of a stream from ``start`` on, as :func:`read_stream` would read them, counted without
    reading them: the parts that hold more than markers, comments and blank lines."""
    count = 0
    while start < len(text):
        end = _document_end(text, start)
        if not _NOTHING.match(text, start, end):
            count += 1
        start = end
    return count


class _Unread:
    """The last of a stream's documents when reading stopped past ``max_documents``: how many were left."""

    __slots__ = ("count",)

    def __init__(self, count: int) -> None:
        self.count = count


def _read(
    text: str,
    loader_class: type,
    max_nodes: int,
    roots: list[Node] | None = None,
    max_documents: int = _DEFAULT_MAX_DOCUMENTS,
) -> tuple[list[Any], ParseNotes]:
    """The documents of a stream and what the loader noted; ``roots`` gathers every document's composed node
    read before any syntax error.

    A document that cannot be constructed (a tag a descriptor may not hold, an unhashable key) is a
    :class:`_Refused` in its place, and the next documents are read: each is composed whole before it is
    constructed. A syntax error is a :class:`_Refused` too, and the stream is read on from the next
    document after it (:func:`read_stream`), the lines of what is noted counted from the start of the
    file. A syntax error after which no document can be found ends the stream; in a file of one document,
    it is raised. Read on past ``max_documents``, the documents left are only counted, in an
    :class:`_Unread` at the end: the file is refused anyway, and a file of small broken documents would
    otherwise cost a parser each.
    """
    documents: list[Any] = []
    notes = ParseNotes()
    watch = may_hold_unusual(text)
    composed = 0

    def read(part: str, start: int, lines: int) -> yaml.MarkedYAMLError | None:
        nonlocal composed
        loader = loader_class(part)
        loader.max_nodes = max_nodes
        loader.watch_texts = watch
        loader.line_base, loader.char_base = lines, start
        loader.composed = composed
        loader._notes = notes
        try:
            return _read_part(loader, documents, roots if not start else None)
        except _TooManyValues as exc:
            exc.mark = _shifted(exc.mark, lines, start)
            # Past the budget, the rest is only parsed (nothing is kept): a syntax error further on is
            # reported first, as JSON's parser reports it before any budget is looked at. libyaml parses
            # 5 MB this way in a second or two; the pure-Python parser only a small text.
            if not start and (loader_class is _EventLoader or len(text) <= _REREAD_MAX_CHARS):
                while loader.check_event():
                    loader.get_event()
            raise
        except yaml.reader.ReaderError as exc:
            if not start:
                raise
            # Its position in the whole text: in characters, or in bytes of UTF-8 (libyaml's).
            before = start if exc.encoding == "unicode" else len(text[:start].encode("utf-8", "surrogatepass"))
            raise yaml.reader.ReaderError(
                exc.name, exc.position + before, exc.character, exc.encoding, exc.reason
            ) from exc
        finally:
            composed = loader.composed
            loader.dispose()

    def refuse(error: yaml.MarkedYAMLError, ends: bool) -> None:
        if ends and not documents:
            raise error
        documents.append(_Refused(error, ends=ends))

    unread = read_stream(text, read, refuse, lambda: len(documents) > max_documents)
    if unread:
        documents.append(_Unread(unread))
    return documents, notes


def _read_part(loader: Any, documents: list[Any], roots: list[Node] | None) -> yaml.MarkedYAMLError | None:
    """Read the loader's documents into ``documents`` (:func:`_read`), up to the first syntax error: returned."""
    while True:
        try:
            if not loader.check_data():
                return None
            node = loader.get_node()
        except yaml.MarkedYAMLError as exc:
            return exc
        except (ValueError, OverflowError):
            # PyYAML's scanner reads an escape beyond Unicode ("\U00110000") with chr(), which raises; libyaml
            # refuses it as a scanner error, and so is it reported here, where it was read.
            return ScannerError(
                "while parsing a quoted scalar", None, "found invalid Unicode character escape code", loader.get_mark()
            )
        notes = loader.notes
        noted = (len(notes.duplicates), len(notes.lines))
        try:
            document = loader.construct_document(node)
        except ConstructorError as exc:
            _forget_document(loader, *noted)
            exc.problem_mark = _shifted(exc.problem_mark, loader.line_base, loader.char_base)
            exc.context_mark = _shifted(exc.context_mark, loader.line_base, loader.char_base)
            documents.append(_Refused(exc, ends=False))
            continue
        finally:
            # Nodes are told apart by identity, which a later document's nodes may reuse.
            loader._looked = loader._repeated = None
        if roots is not None:
            roots.append(node)
        if document is not None:
            documents.append(document)


def _forget_document(loader: Any, duplicates: int, lines: int) -> None:
    """Drop what the loader kept of a document whose construction failed: its partly built values and
    what was noted in them (a repeated key there is in no document, and would be reported on every one)."""
    loader.constructed_objects = {}
    loader.recursive_objects = {}
    loader.state_generators = []
    loader.deep_construct = False
    notes: ParseNotes = loader.notes
    for mapping_id in list(notes.duplicates)[duplicates:]:
        del notes.duplicates[mapping_id]
    for text in list(notes.lines)[lines:]:
        del notes.lines[text]


@functools.cache
def _rs() -> Any:
    """yaml-rs, imported on first use (a check of JSON files never needs it), or ``None`` where it is not
    installed: it is a declared dependency, but the libyaml path reads every file anyway."""
    try:
        import yaml_rs
    except ImportError:  # pragma: no cover
        return None
    return yaml_rs


# Where a plain value may start, and the characters of a number around an underscore.
_VALUE_STARTS = frozenset(" \t\r\n[{,:")
_NUMBER_CHARACTERS = frozenset("0123456789._+-eE")
_FLOW_MARKS = ("?", "|", ">")
# A zero that may lead a number YAML 1.2 reads by it: not after a digit, and before a digit, an underscore or
# the letter of a base (0b, 0o, 0x).
_ZERO_LEAD = regex(r"0(?<![0-9]0)[0-9_bBoOxX]")
# An underscore a number may hold: at the text's start, after a character of a number or where a value may start.
_NUMBER_UNDERSCORE = regex(f"_(?<![^{re.escape(''.join(sorted(_NUMBER_CHARACTERS | _VALUE_STARTS)))}]_)")
# A tab, YAML 1.1's other line breaks, a byte order mark inside the text (which libyaml, placing findings,
# reads otherwise), the non-characters U+FFFE and U+FFFF (which PyYAML refuses), a merge key, a directive,
# a document marker after the first line.
_OTHER_MARKS = ("\t", "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "<<", "\n%", "\n---", "\n...")


def _odd_number(text: str) -> bool:
    """Whether a plain value of the text may be a number YAML 1.2 reads (yaml-rs more freely) but the loader
    keeps as written: a value that starts (after an optional sign) with a leading zero (``0413``, ``0b1``,
    ``0X1F``), or a run of digits, dots, signs and exponents around an underscore (``1_000``, ``_1``,
    ``.5_``, ``1e1_0``). Digits after a word and a space (``room 0413``) are inside a text, not at its
    start. Only the zeros and underscores that may start such a value are looked at (:data:`_ZERO_LEAD`,
    :data:`_NUMBER_UNDERSCORE`): the regular expressions find them by their first character, as fast as
    ``str.find``, and pass over the others (after a digit, inside a word) without a step in Python."""
    for zero in _ZERO_LEAD.finditer(text):
        at = zero.start()
        start = at - 1 if at and text[at - 1] in "+-" else at
        if _may_start_value(text, start) and not _in_comment(text, at):
            return True
    for underscore in _NUMBER_UNDERSCORE.finditer(text):
        at = start = underscore.start()
        while start and text[start - 1] in _NUMBER_CHARACTERS:
            start -= 1
        if _may_start_value(text, start) and not _in_comment(text, at):
            return True
    return False


# What a plain value may follow, its spaces before it passed over: an indicator or a line break.
_BEFORE_VALUE = frozenset("\r\n[{,:-?")


def _may_start_value(text: str, start: int) -> bool:
    """Whether a plain value may start at ``start``: the text's start, right after a line break or a flow
    indicator, or after spaces that follow a line break or an indicator (``: ``, ``- ``, ``? ``)."""
    if not start or text[start - 1] in _VALUE_STARTS:
        before = start
        while before and text[before - 1] == " ":
            before -= 1
        return before == start or not before or text[before - 1] in _BEFORE_VALUE
    return False


def _in_comment(text: str, at: int) -> bool:
    """Whether the character at ``at`` is in a comment: after a ``#`` that starts its line or follows white
    space, with no quote before it on the line (where it might stand in a quoted text instead)."""
    line = text.rfind("\n", 0, at) + 1
    mark = text.find("#", line, at)
    while mark != -1:
        if mark == line or text[mark - 1] in " \t":
            before = text[line:mark]
            return "'" not in before and '"' not in before
        mark = text.find("#", mark + 1, at)
    return False


def _plain_flow(text: str) -> bool:
    """Whether every flow collection of the text (from a ``[`` or ``{`` to the end of its line) is closed on
    its line (:func:`_closes_on_line`) and holds nothing the parsers read differently there: ``?``,
    ``|``, ``>``, a text that starts with ``:``, or a key with no value right before ``,`` or a closing
    bracket (``[a:, b]``). A bracket that only stands in a text passes the same test, which costs it
    nothing."""
    at = _first_opener(text, 0)
    while at != -1:
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line = text[at:end]
        if not _closes_on_line(line) or any(mark in line for mark in _FLOW_MARKS):
            return False
        colon = line.find(":")
        while colon != -1:
            if line[colon - 1] in " [{,:":
                return False  # a text starting with ":", which YAML 1.2 allows there and YAML 1.1 does not
            if line[colon + 1 : colon + 2] in (",", "]", "}"):
                return False  # a key without a value before "," or a bracket, which libyaml refuses there
            colon = line.find(":", colon + 1)
        at = _first_opener(text, end)
    return True


def _closes_on_line(line: str) -> bool:
    """Whether the brackets opened from the start of ``line`` are all closed on it, brackets in quoted
    texts (a quote where a value starts) and in a comment not counted."""
    depth, at, previous = 0, 0, ""
    while at < len(line):
        char = line[at]
        if char in "'\"" and previous in ("[", "{", ",", ":"):
            end = quote_end(line, at)
            if end is None:
                return False
            at, previous = end + 1, char
            continue
        if char == "#" and line[at - 1 : at] == " ":
            break
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth < 0:
                return False
        if char != " ":
            previous = char
        at += 1
    return depth == 0


def quote_end(line: str, start: int) -> int | None:
    """Where the quoted text opened at ``start`` of ``line`` closes (``''`` in single quotes and ``\\"`` in
    double quotes do not close it), or ``None`` when it does not on this line."""
    quote = line[start]
    at = start + 1
    while True:
        at = line.find(quote, at)
        if at == -1:
            return None
        if quote == "'" and line[at + 1 : at + 2] == "'":
            at += 2
            continue
        if quote == '"':
            body = line[start + 1 : at]
            if (len(body) - len(body.rstrip("\\"))) % 2:
                at += 1
                continue
        return at


def _first_opener(text: str, start: int) -> int:
    """Where the first ``[`` or ``{`` from ``start`` on is, or -1."""
    square, brace = text.find("[", start), text.find("{", start)
    return square if brace == -1 or (square != -1 and square < brace) else brace


def _complex_key(text: str) -> bool:
    """Whether a ``?`` may start a complex key: followed by a space or line break, where a value may start."""
    at = text.find("?")
    while at != -1:
        if text[at + 1 : at + 2] in (" ", "\n", "\r", "") and (not at or text[at - 1] in _VALUE_STARTS):
            return True
        at = text.find("?", at + 1)
    return False


def _not_for_rs(text: str) -> bool:
    """Whether the text holds what yaml-rs reads otherwise than the loader, or what only the loader notes.

    yaml-rs reads otherwise: a block text at the end of a text without a last line break (it adds one), a
    document end marker at the start, a flow collection over several lines or with what
    :func:`_plain_flow` looks for, a complex key (``? ``), a tab, a line break of YAML 1.1 but not 1.2
    (NEL, U+2028, U+2029, a lone carriage return), a byte order mark inside the text, U+FFFE and U+FFFF
    (which PyYAML refuses). Only the loader notes: tags, merge keys, directives, a second document, anchors
    and aliases, and characters :func:`may_hold_unusual` looks for. Numbers written otherwise than YAML 1.2's
    usual way are :func:`_codes_quoted`'s.
    """
    return (
        "!" in text
        or (("|" in text or ">" in text) and not text.endswith("\n"))
        or text.startswith(("...", "%"))
        or not _plain_flow(text)
        or _complex_key(text)
        # A mark's last character is looked for first: one character is found several times faster than two.
        or any(mark in text for mark in _OTHER_MARKS if mark[-1] in text)
        or ("\r" in text and text.count("\r") != text.count("\r\n"))
        or _may_refer(text)
        or may_hold_unusual(text)
    )


# A block entry whose whole plain value is a leading zero and digits (an ISCED-F code written unquoted,
# ``field_of_education: 0413`` or ``- 0413``): its line up to the value, the value, and what follows it.
_CODE_ENTRY = regex(r"( *(?:- +)*(?:[A-Za-z_][A-Za-z0-9_]*: +|- +))(0[0-9]{1,17})( *(?: #.*)?\r?)")


def _codes_quoted(text: str) -> tuple[str, int] | None:
    """The text with each code of :data:`_CODE_ENTRY` quoted, as the loader reads it (the text written), and
    how many were quoted; ``None`` when it has none, or holds another number :func:`_odd_number` finds.

    A line that only looks like such an entry (inside a block text, a quoted text over several lines, a
    plain text's next line) is quoted too: :func:`_only_codes_differ` then finds more than a code changed.
    Only the lines with a space before a zero are matched, a few in a descriptor.
    """
    pieces: list[str] = []
    done = count = 0
    at = text.find(" 0")
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        entry = _CODE_ENTRY.fullmatch(text, start, end)
        if entry is not None:
            pieces += (text[done : entry.start(2)], "'", entry[2], "'")
            done = entry.end(2)
            count += 1
        at = text.find(" 0", end)
    if not count:
        return None
    quoted = "".join((*pieces, text[done:]))
    return None if _odd_number(quoted) else (quoted, count)


def _only_codes_differ(written: Any, quoted: Any, count: int) -> bool:
    """Whether ``quoted`` (a text's value with its codes quoted) is ``written`` (the value as written), but
    for exactly ``count`` numbers read as the texts of their digits with a leading zero."""
    stack = [(written, quoted)]
    while stack:
        a, b = stack.pop()
        if a.__class__ is not b.__class__:
            if a.__class__ is not int or b.__class__ is not str or b.lstrip("0") != str(a).lstrip("0") or not count:
                return False
            count -= 1
        elif a.__class__ is dict:
            if list(a) != list(b):
                return False
            stack.extend(zip(a.values(), b.values()))
        elif a.__class__ is list:
            if len(a) != len(b):
                return False
            stack.extend(zip(a, b))
        elif a != b:
            return False
    return count == 0


class BlockText:
    """Kept in ``trees`` (see :func:`load`) for a text yaml-rs read: no node was composed, and the text is
    one document in block style that ``qa_checker.locate.block_marks`` places findings in by its lines."""


BLOCK_TEXT = BlockText()


def _read_rs(text: str, limits: Limits) -> tuple[bool, Any]:
    """``(True, value)`` of a usual one-document text read by yaml-rs (several times faster than libyaml
    through PyYAML), when it gives what the loader would; ``(False, None)`` when the loader must read it.

    Only shallow texts within the value budget (:func:`_composer_is_safe`) that :func:`_not_for_rs` lets
    through are read, codes with a leading zero quoted (:func:`_codes_quoted`); then only a mapping or list
    of texts (keys too), finite numbers, booleans, nulls, lists and mappings within ``limits`` is taken,
    without a text of line breaks alone (an empty block text, which yaml-rs reads as one). Repeated keys and
    syntax errors are left to the loader, which explains them, as is anything beyond the limits, which it
    refuses.
    """
    if (
        len(text) > _REREAD_MAX_CHARS
        or not _composer_is_safe(text, limits.max_nodes)
        or _not_for_rs(text)
        or (yaml_rs := _rs()) is None
    ):
        return False, None
    codes = _codes_quoted(text) if _odd_number(text) else (text, 0)
    if codes is None:
        return False, None
    try:
        read = functools.partial(
            yaml_rs.loads, parse_datetime=False, duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error
        )
        value = read(codes[0])
        if codes[1] and not _only_codes_differ(read(text), value, codes[1]):
            return False, None
    except Exception:
        return False, None
    if value.__class__ is not dict and value.__class__ is not list:
        return False, None  # no descriptor, nor a list of them: the loader says what it is
    plain = _plain_by_size(text, value, limits) or plainly_within(
        [value], limits, max(limits.max_bytes, len(text)), len(text), line_breaks=False
    )
    return (True, value) if plain else (False, None)


# A lead (see _LEAD) this long, at the start of the text or of a line; without one, every block node starts at
# one of fewer columns, each holding at most two levels of nesting (a sequence under a key may share its column).
_DEEP_LEAD_CHARS = 16
_DEEP_LEAD = regex(rf"[ \t?:-]{{{_DEEP_LEAD_CHARS}}}")
_DEEP_LONG_LEAD = regex(rf"\n[ \t?:-]{{{_DEEP_LEAD_CHARS}}}")
# What orjson writes a value with no other type than those plainly_within takes in: it refuses a subclass, a
# date, a key that is not a text and an integer beyond 64 bits (yaml-rs gives no other type it writes).
_ONLY_PLAIN = orjson.OPT_PASSTHROUGH_SUBCLASS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def _plain_by_size(text: str, value: Any, limits: Limits) -> bool:
    """Whether yaml-rs's ``value`` of ``text`` (no aliases: see :func:`_not_for_rs`) is plainly within ``limits``
    (:func:`plainly_within`, with ``line_breaks=False``) by the text's size and nesting
    (:func:`~qa_checker.loaders.common.within_by_size`) and its types by orjson's writing of it, several times
    faster than the walk; ``False`` leaves the walk to say. orjson writes a non-finite float as ``null``,
    and a text of line breaks alone as ``"\\n...``: a value written with either is walked."""
    if (
        not within_by_size(text, limits, unbracketed=2 * _DEEP_LEAD_CHARS)
        or _DEEP_LEAD.match(text)
        or _DEEP_LONG_LEAD.search(text)
    ):
        return False
    try:
        written = orjson.dumps(value, option=_ONLY_PLAIN)
    except orjson.JSONEncodeError:
        return False
    return b"null" not in written and b'"\\n' not in written


def _parse_noting(
    text: str,
    max_nodes: int = _DEFAULT_MAX_NODES,
    roots: list[Node] | None = None,
    max_documents: int = _DEFAULT_MAX_DOCUMENTS,
) -> tuple[list[Any], ParseNotes]:
    """Every document of the stream (``---`` separates several; empty ones are dropped, one that cannot be
    read is a :class:`_Refused`, the count of those left unread past ``max_documents`` an :class:`_Unread`),
    and the notes.

    ``roots`` gathers the composed node of every document read by the parser that
    :func:`qa_checker.locate.yaml_marks` reads the text with (libyaml, when installed), and only then.
    """
    if _FastDescriptorLoader is not None and _EventLoader is not None:
        loader_class = _FastDescriptorLoader if _composer_is_safe(text, max_nodes) else _EventLoader
        try:
            documents, notes = _read(text, loader_class, max_nodes, roots, max_documents)
        except (_TooManyValues, RecursionError):
            raise
        except Exception:
            if len(text) > _REREAD_MAX_CHARS:
                raise  # libyaml's own message, with its line and column
        else:
            if len(text) > _REREAD_MAX_CHARS or not any(isinstance(d, _Refused) for d in documents):
                return documents, notes
        # The pure-Python loader below reports the problem.
        if roots is not None:
            roots.clear()
        return _read(text, _DescriptorLoader, max_nodes, None, max_documents)
    return _read(text, _DescriptorLoader, max_nodes, roots, max_documents)


def _parse(text: str) -> list[Any]:
    """Every document of the stream (``---`` separates several); empty documents are dropped, one that
    cannot be read is a :class:`_Refused`."""
    return _parse_noting(text)[0]


_TAG = regex(r"for the tag '([^']+)'")


def _may_refer(text: str) -> bool:
    """Whether the text may hold an anchor (``&name``) or an alias (``*name``): an ``&`` or ``*`` at its
    start, after white space or after a flow indicator."""
    for mark in "&*":
        at = text.find(mark)
        while at != -1:
            if at == 0 or text[at - 1].isspace() or text[at - 1] in "[]{},:":
                return True
            at = text.find(mark, at + 1)
    return False


def _tree(text: str, roots: list[Node], documents: list[Any]) -> Node | None:
    """The one document's composed node, when its nodes stand for the text as libyaml's events do.

    Then :func:`qa_checker.locate.node_marks` places findings by it instead of parsing the text again:
    one document, and not an empty one (which the loader drops), no anchor or alias (whose node is its
    anchor's, not where the alias is written), and no merge key (whose pairs construction moves into
    the mapping).
    """
    if len(roots) != 1 or len(documents) != 1 or "<<" in text or _may_refer(text):
        return None
    return roots[0]


def load(
    raw: bytes | str,
    source: str,
    limits: Limits | None = None,
    *,
    trees: dict[str, Node | BlockText] | None = None,
    allowance: Allowance | None = None,
) -> list[Document]:
    """Parse one YAML file (one document, or several separated by ``---``): its bytes, or its text as
    :func:`~qa_checker.loaders.common.decode` gives it.

    A document of a stream that cannot be read (a tag no descriptor may hold, a syntax error) is refused
    on its own, at its line: the documents before and after it are checked, unless a syntax error has no
    ``---`` (or ``...``) line after it, which ends what can be read. A syntax error in a file of one
    document refuses the file.
    With ``trees``, a file of one document keeps its composed node there under ``source`` where it can
    place the findings by line and column (see :func:`_tree`), or :data:`BLOCK_TEXT` where yaml-rs read it.
    With ``allowance`` (an archive's member), what its aliases add is spent from what the archive's members
    share (see :func:`~qa_checker.loaders.common.screen`).
    """
    limits = limits or Limits()
    text = raw if isinstance(raw, str) else decode(raw, source, "yaml")
    if isinstance(text, Document):
        return [text]
    roots: list[Node] | None = [] if trees is not None else None
    read, value = _read_rs(text, limits)
    try:
        documents, notes = (
            ([value], ParseNotes()) if read else _parse_noting(text, limits.max_nodes, roots, limits.max_documents)
        )
    except _TooManyValues as exc:
        line = exc.mark.line + 1
        return [
            load_error(
                source,
                ids.OVER_LIMIT,
                plural(
                    "the file holds more than {count} value (objects, lists, texts and numbers, each use of a "
                    "YAML alias counted), over the limit of {count} (max-nodes); reading stopped at line {line}",
                    "the file holds more than {count} values (objects, lists, texts and numbers, each use of a "
                    "YAML alias counted), over the limit of {count} (max-nodes); reading stopped at line {line}",
                    limits.max_nodes,
                    line=str(line),
                ),
                TOO_MANY_VALUES_HINT,
                fmt="yaml",
                origin=Origin(line=line),
            )
        ]
    except yaml.MarkedYAMLError as exc:
        return [conflict_markers(text, source, "yaml") or _syntax_error(exc, source, text)]
    except RecursionError:
        return [too_deep(source, "yaml")]
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow in a file (a raw control character): its line, from its position,
        # which libyaml counts in bytes of UTF-8.
        position = max(exc.position, 0)
        before = (
            text[:position]
            if exc.encoding == "unicode"
            else text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "replace")
        )
        line = before.count("\n") + 1
        code = ord(exc.character) if isinstance(exc.character, str) else exc.character
        return [
            load_error(
                source,
                ids.UNPARSABLE,
                msg(
                    "invalid YAML at line {line}: the character U+{code} is not allowed in a YAML file",
                    line=str(line),
                    code=format(code, "04X"),
                ),
                msg(
                    "Remove the control character (or write it as an escape "
                    "in a double-quoted text, if it is really meant)."
                ),
                fmt="yaml",
                origin=Origin(line=line),
            )
        ]
    except yaml.YAMLError as exc:
        return [
            load_error(
                source,
                ids.UNPARSABLE,
                msg("invalid YAML: {detail}", detail=str(exc)),
                msg("Fix the YAML syntax."),
                fmt="yaml",
            )
        ]
    if documents and isinstance(documents[-1], _Unread):
        return [_too_many_documents(source, len(documents) - 1 + documents[-1].count, limits)]
    # A document that did not parse or is a bare text: a merge's conflict markers split the file so.
    conflicted = any(isinstance(d, (_Refused, str)) for d in documents) and conflict_markers(text, source, "yaml")
    if conflicted:
        return [conflicted]
    if trees is not None and read:
        trees[source] = BLOCK_TEXT
    elif trees is not None and roots:
        tree = _tree(text, roots, documents)
        if tree is not None:
            trees[source] = tree
    values = [_syntax_error(d.error, source, text, ends=d.ends) if isinstance(d, _Refused) else d for d in documents]
    clean = read or not may_hold_unusual(text)  # yaml-rs reads only texts without what the text checks look for
    return finish_stream(
        values, source, "yaml", limits, notes, size=len(text), clean=clean, screened=read, allowance=allowance
    )


def _too_many_documents(source: str, count: int, limits: Limits) -> Document:
    """The refusal of a stream of more documents than ``max-documents``, counted while reading (see
    :func:`_read`); the words of :func:`qa_checker.loaders.common.finish_stream`'s."""
    return load_error(
        source,
        ids.OVER_LIMIT,
        plural(
            "the file holds {count} YAML document, over the limit of {limit} (max-documents); "
            "each would be a result of its own",
            "the file holds {count} YAML documents, over the limit of {limit} (max-documents); "
            "each would be a result of its own",
            count,
            limit=limits.max_documents,
        ),
        msg("Split the file, or raise the limit with --limit {name}=N if the file is genuine.", name="max-documents"),
        fmt="yaml",
    )


def _syntax_error(exc: yaml.MarkedYAMLError, source: str, text: str = "", *, ends: bool = False) -> Document:
    """The refusal of a file, or of one document of a stream (``ends``: where a syntax error stopped reading).

    A common slip (a ``: `` or an apostrophe inside a value, a tab or a line out of step in the indentation,
    a missing ``:`` or a ``-`` without a space, a bracket or brace left open, closed twice or by the other kind,
    a comma too many or missing between the items in brackets) is explained in plain words, at the line where the text
    shows it (:func:`_explain`), with the parser's own words after the explanation.
    """
    mark = exc.problem_mark
    line = mark.line + 1 if mark is not None else None
    at = {"line": str(mark.line + 1), "column": str(mark.column + 1)} if mark is not None else None
    origin = Origin(line=line) if line else None
    tag = _TAG.search(exc.problem or "")
    if isinstance(exc, yaml.constructor.ConstructorError) and tag:
        shown_tag = tag.group(1).replace("tag:yaml.org,2002:", "!!")
        return load_error(
            source,
            ids.UNPARSABLE,
            msg(
                "the YAML tag {tag} at line {line}, column {column} is not allowed in a descriptor",
                tag=shown_tag,
                **at,
            )
            if at
            else msg("the YAML tag {tag} is not allowed in a descriptor", tag=shown_tag),
            msg("Remove the tag: a descriptor holds only plain text, numbers, lists and mappings."),
            fmt="yaml",
            origin=origin,
        )
    if "maximum nesting depth" in (exc.problem or ""):
        # libyaml's own nesting limit, met in a text too large to re-read.
        return too_deep(
            source,
            "yaml",
            msg("the document is nested too deeply to read at line {line}, column {column}", **at) if at else None,
            origin=origin,
        )
    detail = ", ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
    explained = _explain(exc, text) if text else None
    if explained is not None:
        return explained_refusal(
            source,
            "yaml",
            msg(
                "invalid YAML at line {line}, column {column}: {problem} (parser message: {detail})",
                line=str(explained.line),
                column=str(explained.column),
                problem=explained.problem,
                detail=detail,
            ),
            msg("{fix} Nothing after it in the file was read.", fix=explained.fix) if ends else explained.fix,
            explained,
        )
    return load_error(
        source,
        ids.UNPARSABLE,
        msg("invalid YAML at line {line}, column {column}: {detail}", detail=detail, **at)
        if at
        else msg("invalid YAML: {detail}", detail=detail),
        msg("Fix the YAML syntax (indentation, colons, quotes); nothing after it in the file was read.")
        if ends
        else msg("Fix the YAML syntax (indentation, colons, quotes)."),
        fmt="yaml",
        origin=origin,
    )


# --- Explaining a syntax error ------------------------------------------------------------------------

# The start of a line up to its key: indentation and list dashes, then the key (not quoted, not a flow
# collection, no ``: `` in it) and its ``:`` followed by a blank (group ``value`` is the rest).
_KEY_LINE = regex(
    r"(?P<lead>[ ]*(?:-[ ]+)*)(?P<key>[^\s#'\"\[\]{},&*!|>%@`:-][^:#]*?)[ \t]*:(?=[ \t]|$)[ \t]*(?P<value>.*)"
)
# A key on its own at the start of a line's content: a word of letters, digits, ``_`` and ``-``.
_WORD = regex(r"[^\W\d][\w-]*")


def _explain(exc: yaml.MarkedYAMLError, text: str) -> Explanation | None:
    """The plain explanation of a syntax error, when the few lines around it show a common slip; ``None``
    otherwise (the parser's message is reported as it is)."""
    mark = exc.problem_mark
    if mark is None:
        return None
    context, problem = exc.context or "", exc.problem or ""
    start = exc.context_mark
    around = _lines(text, mark)
    other_break = _other_break(around, text) or _odd_indent(around)
    if other_break is not None:
        return other_break
    directive = _directive(context, problem, text, int(mark.line) + 1)
    if directive is not None:
        return directive
    if problem == _UNHASHABLE:
        return Explanation(
            msg("the key here is a list or a mapping, not a name"),
            msg(
                "Write the key as a name and ':' (languages:): a key written after '?' or in brackets or braces "
                "is read as a list or a mapping."
            ),
            int(mark.line) + 1,
            int(mark.column) + 1,
        )
    if start is not None and context == "while scanning a double-quoted scalar" and "escape" in problem:
        return _escape(_lines(text, mark), int(mark.column))
    if start is not None and context == "while scanning a simple key":
        if mark.line == start.line and mark.index - start.index > _KEY_CHARS:
            return _long_key(int(start.line) + 1, int(start.column))
        return _no_colon(_lines(text, start), int(start.column))
    if start is not None and context in ("while scanning an alias", "while scanning an anchor"):
        return _reference(_lines(text, start), int(start.column))
    if problem.startswith("found undefined alias"):
        return _reference(_lines(text, mark), int(mark.column))
    if start is not None and context == "while scanning a quoted scalar" and "end of stream" in problem:
        return _unclosed(_lines(text, start), int(start.column))
    lines = _lines(text, mark)
    if not lines:
        return None
    here, column = lines[-1], int(mark.column)
    if here.text[column : column + 1] == "\t":
        return _tab(here, column)
    if problem.startswith("mapping values are not allowed"):
        return _colon_in_value(lines, column)
    if start is not None and context in ("while parsing a flow sequence", "while parsing a flow mapping"):
        return _in_flow(lines, column, _lines(text, start), int(start.column), _at_end(text, int(mark.index)))
    if context == "while parsing a flow node":
        return _flow_item(lines, column)
    if here.text[column : column + 1] in _OPENER and (
        context.startswith("while parsing a block") or "document start" in problem
    ):
        return _stray_closer(here, column)
    if context.startswith("while parsing a block") and (
        problem.startswith(("expected <block end>", "did not find expected"))
    ):
        return _after_flow(here, column) or _apostrophe(here, column) or _out_of_step(lines, column)
    return None


# How many lines at the start of a file are searched for directives (lines starting with %), which stand
# before the first document, after blank and comment lines only.
_DIRECTIVE_LINES = 50


def _directive(context: str, problem: str, text: str, line: int) -> Explanation | None:
    """A slip of a line starting with ``%`` at the start of the file, a directive to YAML: ``% a comment``
    (a comment in TeX or MATLAB), ``%YAML 1.2`` with no ``---`` after it, a repeated or unknown version."""
    about = (
        context.startswith("while scanning a directive")
        or "document start" in problem
        or problem.startswith(("found duplicate YAML directive", "found incompatible YAML document"))
    )
    if not about:
        return None
    found: list[tuple[int, str]] = []
    for number, written in enumerate(text[: LOOK_CHARS * 4].lstrip("\ufeff").splitlines()[:_DIRECTIVE_LINES], 1):
        if written.startswith("%"):
            found.append((number, written.strip()))
        elif written.strip() and not written.lstrip().startswith("#"):
            break
    if not found:
        return None
    number, written = found[-1]
    directive = shown(written)
    if not re.match(r"%[A-Za-z]", written):
        return Explanation(
            msg(
                "line {line} starts with %, which YAML reads as a directive (such as %YAML 1.2), not as a comment",
                line=str(number),
            ),
            msg("Start a comment with # instead."),
            number,
            1,
        )
    if problem.startswith("found duplicate YAML directive"):
        return Explanation(
            msg("line {line} repeats the %YAML directive of an earlier line", line=str(line)),
            msg("Keep one %YAML line, or none: a descriptor needs no directive."),
            line,
            1,
        )
    if problem.startswith("found incompatible YAML document"):
        return Explanation(
            msg(
                "the directive {directive} on line {line} names a YAML version that is not 1.x",
                directive=directive,
                line=str(number),
            ),
            msg("Delete the line: a descriptor needs no directive."),
            number,
            1,
        )
    if "document start" in problem:
        return Explanation(
            msg(
                "the directive {directive} on line {line} is not followed by a line ---, which YAML needs between "
                "directives and the document",
                directive=directive,
                line=str(number),
            ),
            msg("Add a line --- after the directive, or delete the directive: a descriptor needs none."),
            line,
            1,
        )
    return Explanation(
        msg(
            "line {line} is a directive to YAML ({directive}) that YAML cannot read",
            line=str(number),
            directive=directive,
        ),
        msg("Delete the line: a descriptor needs no directive (a comment starts with #)."),
        number,
        1,
    )


# The line breaks of YAML 1.1 that are text in YAML 1.2, JSON and editors: copied in from web pages and word
# processors, they end a line for the parser in the middle of what shows as one.
_OTHER_BREAKS = "\x85\u2028\u2029"


def _other_break(lines: list[SourceLine], text: str) -> Explanation | None:
    """A NEL, U+2028 or U+2029 that ended the error's line or the line before it, in the middle of a text."""
    for before, after in zip(lines[-3:], lines[-2:]):
        char = text[after.start - 1]
        if char in _OTHER_BREAKS:
            return Explanation(
                msg(
                    "line {line} holds the character U+{code} ({name}), which YAML reads as a line break, so "
                    "what follows it was read as the start of another line",
                    line=str(before.number),
                    code=f"{ord(char):04X}",
                    name=unicodedata.name(char, "NEXT LINE"),
                ),
                msg(
                    "Replace the character with a space (it comes with text copied from web pages and word "
                    "processors), or put the whole text in double quotes."
                ),
                before.number,
                len(before.text) + 1,
            )
    return None


# The white space a line starts with: what YAML indents with (spaces) and what only looks like it (a no-break,
# figure or ideographic space a word processor or a web page leaves).
_INDENT_SPACES = regex(r"[^\S\n]*")


def _odd_indent(lines: list[SourceLine]) -> Explanation | None:
    """A character that shows as a space in the indentation of the error's line or of the few lines before it
    (the first such line: a parser may stop only at the next)."""
    for line in lines:
        lead = _INDENT_SPACES.match(line.text)
        assert lead is not None  # it matches the empty text
        odd = next((at for at, char in enumerate(lead.group()) if char not in " \t"), None)
        if odd is not None:
            char = line.text[odd]
            return Explanation(
                msg(
                    "line {line} is indented with the character U+{code} ({name}), which shows as a space, but "
                    "YAML indents with spaces only",
                    line=str(line.number),
                    code=f"{ord(char):04X}",
                    name=unicodedata.name(char, "?"),
                ),
                msg("Delete the character, or replace it with a plain space."),
                line.number,
                odd + 1,
            )
    return None


def _escape(lines: list[SourceLine], column: int) -> Explanation | None:
    """A backslash in a text in double quotes that starts no escape YAML knows: a Windows path, a pattern."""
    if not lines:
        return None
    here = lines[-1]
    at = here.text.rfind("\\", 0, column + 1)
    if at == -1:
        return None
    return Explanation(
        msg(
            "a backslash \\ in a text in double quotes starts an escape, and {escape} is not one",
            escape=shown(here.text[at : max(at + 2, column + 1)]),
        ),
        msg("Write the backslash twice (\\\\), or put the text in single quotes, where a backslash is itself."),
        here.number,
        at + 1,
    )


def _at_end(text: str, index: int) -> bool:
    """Whether nothing but white space follows ``index`` (looking at no more than :data:`LOOK_CHARS`)."""
    return index + LOOK_CHARS >= len(text) and not text[index:].strip()


def _lines(text: str, mark: Any) -> list[SourceLine]:
    """The mark's line, last, after a few lines before it (:func:`~qa_checker.loaders.common.lines_at`)."""
    return lines_at(text, int(mark.index), int(mark.column), int(mark.line) + 1, _BREAKS)


def _quoted(value: str) -> str:
    """A value as a YAML text in quotes: double quotes, or single ones when it holds a double quote or a
    backslash (an apostrophe then doubled)."""
    if '"' in value or "\\" in value:
        return "'" + value.replace("'", "''") + "'"
    return '"' + value + '"'


def _plain_value(value: str) -> str:
    """A plain value as written on its line, less a trailing comment."""
    at = value.find(" #")
    return (value if at == -1 else value[:at]).strip()


# The most characters YAML reads as a key written without ``?`` (an implicit key).
_KEY_CHARS = 1024


def _long_key(line: int, column: int) -> Explanation:
    """A key longer than YAML reads without ``?``: the parser says its ``:`` is missing."""
    return Explanation(
        msg(
            "the key on line {line} is longer than {limit} characters, the most YAML reads as a key",
            line=str(line),
            limit=_KEY_CHARS,
        ),
        msg("Shorten the key: descriptor fields have short names."),
        line,
        column + 1,
    )


def _no_colon(lines: list[SourceLine], column: int) -> Explanation | None:
    """A line read as a key (from ``column`` on) that has no ``:`` after it: a missing ``:``, or a ``-``
    without a space."""
    if not lines or lines[-1].text[:column].strip(" -"):
        return None
    here = lines[-1]
    content = here.text[column:].rstrip()
    if len(content) > 1 and content[0] == "-" and content[1] not in " \t-":
        return Explanation(
            msg(
                "line {line} starts with '-' without a space after it, so it is not read as a list item",
                line=str(here.number),
            ),
            msg("A list item needs a space after '-': {example}", example=shown("- " + content[1:].lstrip())),
            here.number,
            column + 1,
        )
    word = _WORD.match(content)
    if word is None or ":" in content or len(here.text) >= LOOK_CHARS:
        return None  # (a line longer than what is looked at may well have its ':' further on)
    before = previous_line(lines)
    if before is not None and before.indent == column and before.text[column:].startswith("- "):
        return None  # under list items, it may as well be an item without its '-'
    rest = content[word.end() :]
    if rest and not rest[0].isspace():
        return None
    above = _KEY_LINE.fullmatch(before.text) if before is not None and before.indent == column else None
    text_above = above.group("value").strip() if above is not None else ""
    wrapped = len(text_above.split()) >= 3 and text_above[-1] not in ".!?" and content[0].islower()
    if above is not None and before is not None and wrapped and len(rest.split()) >= 2:
        # Words in small letters under a sentence that has not ended, lined up with its key: the text goes
        # on, wrapped without its indent ("prerequisites Basic ..." under "id: x" is a key missing its ':').
        return Explanation(
            msg(
                "line {line} goes on with the text of '{key}' on line {previous}, but it starts where the key "
                "does, so YAML reads it as another key",
                line=str(here.number),
                key=shown(above.group("key").strip()),
                previous=str(before.number),
            ),
            msg(
                "Indent line {line} further than '{key}', or put the whole text in quotes on one line.",
                line=str(here.number),
                key=shown(above.group("key").strip()),
            ),
            here.number,
            column + 1,
        )
    key = word.group()
    return Explanation(
        msg("line {line} has no ':' after '{key}'", line=str(here.number), key=key),
        msg("Write ':' and a space after the key: {example}", example=shown(f"{key}: {rest.strip()}".rstrip())),
        here.number,
        column + len(key) + 1,
    )


def _reference(lines: list[SourceLine], column: int) -> Explanation | None:
    """A value that starts (at ``column``) with ``*`` or ``&``, which YAML reads as an alias or an anchor."""
    if not lines:
        return None
    here = lines[-1]
    keyed = _KEY_LINE.match(here.text)
    if keyed is None or keyed.start("value") != column or keyed.group("value")[:1] not in ("*", "&"):
        return None
    value = _plain_value(keyed.group("value"))
    problem = (
        msg(
            "the value of '{key}' starts with '*', which YAML reads as an alias (a reference to another value)",
            key=keyed.group("key"),
        )
        if value.startswith("*")
        else msg(
            "the value of '{key}' starts with '&', which YAML reads as an anchor (a name for the value)",
            key=keyed.group("key"),
        )
    )
    example = f"{keyed.group('lead').lstrip()}{keyed.group('key').rstrip()}: {_quoted(shown(value))}"
    return Explanation(
        problem, msg("Put the text in quotes: {example}", example=example), here.number, keyed.start("value") + 1
    )


def _unclosed(lines: list[SourceLine], column: int) -> Explanation | None:
    """A quoted value (starting at ``column``) never closed before the end of the file."""
    if not lines:
        return None
    here = lines[-1]
    quote = here.text[column : column + 1]
    if quote not in ("'", '"'):
        return None
    keyed = _KEY_LINE.match(here.text)
    if keyed is not None and keyed.start("value") == column:
        problem = msg(
            "the text of '{key}' starts with the quote {quote} on line {line}, which is never closed",
            key=keyed.group("key"),
            quote=quote,
            line=str(here.number),
        )
    else:  # inside brackets, after a list's dash, a key: no key to name
        problem = msg(
            "the text that starts with the quote {quote} on line {line} is never closed",
            quote=quote,
            line=str(here.number),
        )
    return Explanation(problem, msg("End the text with the same quote {quote}.", quote=quote), here.number, column + 1)


def _tab(here: SourceLine, column: int) -> Explanation | None:
    """A tab where YAML reads indentation."""
    if here.text[:column].strip(" \t"):
        return None
    return Explanation(
        msg("line {line} is indented with a tab, which YAML does not allow", line=str(here.number)),
        msg("Indent line {line} with spaces instead of the tab.", line=str(here.number)),
        here.number,
        column + 1,
    )


def _colon_in_value(lines: list[SourceLine], column: int) -> Explanation | None:
    """``mapping values are not allowed``: a ``: `` inside a value, or a line indented further than the key
    before it (and so read as more of that key's text)."""
    here = lines[-1]
    keyed = _KEY_LINE.match(here.text)
    if keyed is None:
        return None
    key = keyed.group("key").rstrip()
    if keyed.start("value") <= column:
        value = _plain_value(keyed.group("value"))
        if not value or value[0] in "'\"[{|>" or ": " not in value + " ":
            return None
        example = f"{keyed.group('lead').lstrip()}{key}: {_quoted(shown(value))}"
        return Explanation(
            msg("the text of '{key}' contains ': ', which YAML reads as the start of another key", key=key),
            msg("Put the whole value in quotes: {example}", example=example),
            here.number,
            column + 1,
        )
    before = previous_line(lines)
    above = _KEY_LINE.match(before.text) if before is not None else None
    if before is None or above is None or not _plain_value(above.group("value")):
        return None
    if here.indent <= above.start("key") or here.text[: here.indent].strip():
        return None
    return Explanation(
        msg(
            "line {line} is indented further than '{above}' on line {previous}, so YAML reads '{key}' as more "
            "of the text of '{above}'",
            line=str(here.number),
            previous=str(before.number),
            key=key,
            above=above.group("key").rstrip(),
        ),
        msg(
            "Indent '{key}' exactly as far as '{above}' on line {previous} if it is the next key, or put the value "
            "of '{above}' in quotes if it goes on.",
            key=key,
            above=above.group("key").rstrip(),
            previous=str(before.number),
        ),
        here.number,
        here.indent + 1,
    )


def _apostrophe(here: SourceLine, column: int) -> Explanation | None:
    """An apostrophe inside a text in single quotes, which ends the text early."""
    closing = column - 1
    if closing < 1 or here.text[closing] != "'" or not here.text[closing - 1].isalnum():
        return None
    keyed = _KEY_LINE.match(here.text)
    if keyed is None or not keyed.group("value").startswith("'") or keyed.start("value") >= closing:
        return None
    value = keyed.group("value").rstrip()
    inner = value[1 : value.rfind("'")] if value.rfind("'") > 0 else value[1:]
    before = re.search(r"\w*'$", here.text[: closing + 1])
    after = re.match(r"\w*", here.text[column:])
    whole = (before.group() if before else "'") + (after.group() if after else "")
    example = f"{keyed.group('lead').lstrip()}{keyed.group('key').rstrip()}: {_quoted(shown(inner))}"
    return Explanation(
        msg(
            "the text of '{key}' is in single quotes and holds an apostrophe ({word}), which ends the text early",
            key=keyed.group("key").rstrip(),
            word=whole,
        ),
        msg(
            "Double the apostrophe inside the text ('') or put the text in double quotes: {example}",
            example=example,
        ),
        here.number,
        closing + 1,
    )


def _out_of_step(lines: list[SourceLine], column: int) -> Explanation | None:
    """A line whose indentation does not line up with the line before: a list item, or a key of a list
    item's mapping."""
    here = lines[-1]
    before = previous_line(lines)
    if before is None or here.text[:column].strip() or column != here.indent:
        return None
    content = here.text[column:]
    item = re.match(r"(-[ ]+)+", before.text[before.indent :])
    if content.startswith("- ") or content == "-":
        if item is None or before.indent == column:
            return None
        return Explanation(
            msg(
                "the list item on line {line} does not line up with the list item on line {previous}",
                line=str(here.number),
                previous=str(before.number),
            ),
            msg(
                "Start the '-' of line {line} right under the '-' of line {previous}.",
                line=str(here.number),
                previous=str(before.number),
            ),
            here.number,
            column + 1,
        )
    keyed = _KEY_LINE.match(here.text)
    sibling = _KEY_LINE.match(before.text)
    if item is None or keyed is None or sibling is None or not column < sibling.start("key"):
        return None
    return Explanation(
        msg(
            "'{key}' on line {line} does not line up with '{sibling}' on line {previous}, so it is not read as "
            "part of the same list item",
            key=keyed.group("key").rstrip(),
            line=str(here.number),
            sibling=sibling.group("key").rstrip(),
            previous=str(before.number),
        ),
        msg(
            "Indent '{key}' so that it starts right under '{sibling}' on line {previous}.",
            key=keyed.group("key").rstrip(),
            sibling=sibling.group("key").rstrip(),
            previous=str(before.number),
        ),
        here.number,
        column + 1,
    )


# --- Slips in flow collections: lists in brackets, mappings in braces --------------------------------------

_CLOSER = {"[": "]", "{": "}"}
_OPENER = {"]": "[", "}": "{"}
# A list item's dashes at the start of a line (before a value that is not a key's).
_DASHES = regex(r"[ ]*(?:-[ ]+)+")
# A comment inside a flow collection: ``#`` after white space, a bracket or a comma.
_FLOW_COMMENT = regex(r"(?:^|(?<=[ \t\[{,]))#")
# A key before its ``:`` inside brackets: a quoted text, or a plain one without quotes, brackets or commas.
_FLOW_KEY = regex(r"\"[^\"]*\"|'[^']*'|[^\s'\"\[\]{},#][^'\"\[\]{},#]*")


def _body(line: SourceLine) -> str:
    """A line's text less a trailing comment (see :func:`_comment`) and white space."""
    at = _comment(line.text)
    return (line.text if at is None else line.text[:at]).rstrip()


def _comment(text: str) -> int | None:
    """Where a comment starts in a line of a flow collection: a ``#`` after white space, a bracket or a comma,
    outside quotes (``None`` when there is none, or it may be inside a quoted text)."""
    found = _FLOW_COMMENT.search(text)
    if found is None:
        return None
    before = text[: found.start()]
    return None if before.count('"') % 2 or before.count("'") % 2 else found.start()


def _in_flow(
    lines: list[SourceLine], column: int, opened: list[SourceLine], start: int, at_end: bool
) -> Explanation | None:
    """A flow collection, opened at ``start`` of the last of ``opened``, that the parser met something in
    (at ``column`` of the last of ``lines``) where it expected ``,`` or its closing bracket."""
    if not opened:
        return None
    first, here = opened[-1], lines[-1]
    bracket = first.text[start : start + 1]
    if bracket not in _CLOSER:
        return None
    close = _CLOSER[bracket]
    at = {"open": bracket, "close": close}
    found = here.text[column : column + 1]
    hidden = _hidden_closer(lines, column, first, close)
    if hidden is not None:
        return hidden
    close_it = msg("Close it with '{close}' after its last item.", close=close)
    if at_end:
        problem = msg("the '{open}' on line {line} is never closed with '{close}'", line=str(first.number), **at)
        return Explanation(problem, close_it, first.number, start + 1)
    if found in _OPENER:
        return Explanation(
            msg(
                "'{found}' on line {line} comes before the '{close}' that closes the '{open}' on line {opened}",
                found=found,
                line=str(here.number),
                opened=str(first.number),
                **at,
            ),
            msg(
                "Close the '{open}' with '{close}': replace the '{found}' with '{close}', or put '{close}' before it "
                "if the '{found}' closes an outer '{outer}'.",
                found=found,
                outer=_OPENER[found],
                **at,
            ),
            here.number,
            column + 1,
        )
    outside = _outside_line(lines, first, start)
    if outside is not None:
        # A line no further in than the key (or dash) the collection is the value of: the next entry of the
        # block around it, read as more of the collection; or a document's start or end marker, where the
        # document ends with the collection still open. The parser may stop a few lines further on.
        before = previous_line([line for line in lines if line.number <= outside.number])
        here = outside
        problem = (
            msg("the '{open}' on line {line} is never closed with '{close}'", line=str(first.number), **at)
            if _MARKER.match(here.text)
            else msg(
                "the '{open}' on line {line} is not closed with '{close}' before line {next}, which YAML reads as "
                "more of it",
                line=str(first.number),
                next=str(here.number),
                **at,
            )
        )
        if before is None or before.number < first.number:
            return Explanation(problem, close_it, first.number, start + 1)
        return Explanation(
            problem,
            msg("Put '{close}' at the end of line {line}, after the last item.", close=close, line=str(before.number)),
            before.number,
            len(_body(before)) + 1,
        )
    before = previous_line(lines)
    return (
        _flow_apostrophe(here, column)
        or _flow_comma(here, column, before, first)
        or _flow_colon(here, column, found, first, at)
    )


def _outside_line(lines: list[SourceLine], first: SourceLine, start: int) -> SourceLine | None:
    """The first line after ``first`` (up to the error's) that is no further in than the key or dash a flow
    collection opened at ``start`` of ``first`` is the value of: where the block around it goes on; or a
    document's start or end marker, which ends even a collection that is the whole document."""
    for line in lines:
        if line.number <= first.number or line.blank:
            continue
        if (
            line.indent < first.indent
            or (line.indent == first.indent and start > first.indent)
            or _MARKER.match(line.text)
        ):
            return line
    return None


def _hidden_closer(lines: list[SourceLine], column: int, first: SourceLine, close: str) -> Explanation | None:
    """A ``#`` that starts a comment hiding the collection's closing bracket, on a line of the collection
    looked at (from ``first``, up to ``column`` of the last): a ``#`` meant as text, or a comment before it."""
    for line in lines:
        text = line.text[:column] if line is lines[-1] else line.text
        at = _comment(text) if line.number >= first.number else None
        if at is not None and close in text[at:]:
            return Explanation(
                msg(
                    "the '#' on line {line} starts a comment, which hides the rest of the line with its '{close}'",
                    line=str(line.number),
                    close=close,
                ),
                msg("Put the text that holds '#' in quotes, or move the comment after the '{close}'.", close=close),
                line.number,
                at + 1,
            )
    return None


def _flow_comma(here: SourceLine, column: int, before: SourceLine | None, first: SourceLine) -> Explanation | None:
    """The next item of a collection on a line of its own (its key, or the item itself, first on the line)
    without a ``,`` at the end of the line before."""
    if before is None or before.number < first.number or here.number == first.number:
        return None
    lead = here.text[here.indent : column].rstrip()
    if lead and (here.text[column : column + 1] != ":" or not _FLOW_KEY.fullmatch(lead)):
        return None
    body = _body(before)
    if not body or body[-1] in ",[{:":
        return None
    return missing_comma(before.number, len(body) + 1, here.number)


def _flow_colon(here: SourceLine, column: int, found: str, first: SourceLine, at: dict[str, str]) -> Explanation | None:
    """A ``:`` after a value inside braces: a missing ``,`` between two pairs, or a value holding ``: ``."""
    if found != ":" or at["open"] != "{":
        return None
    return Explanation(
        msg(
            "a ':' follows a value inside the '{open}' on line {line}, where YAML expects ',' or '{close}'",
            line=str(first.number),
            **at,
        ),
        msg("Separate the pairs with ',' (key: value, key: value), and put a value that holds ': ' in quotes."),
        here.number,
        column + 1,
    )


def _flow_apostrophe(here: SourceLine, column: int) -> Explanation | None:
    """An apostrophe inside an item in single quotes, which ends the item early."""
    closing = column - 1
    if closing < 1 or here.text[closing] != "'" or not here.text[closing - 1].isalnum():
        return None
    opening = here.text.rfind("'", 0, closing)
    if opening < 0 or here.text[:opening].rstrip()[-1:] not in ("[", "{", ",", ":"):
        return None
    rest = re.match(r"((?:[^']|'(?![ \t]*[,\]}]))*)'[ \t]*[,\]}]", here.text[opening + 1 :])
    if rest is None:
        return None
    before = re.search(r"\w*'$", here.text[: closing + 1])
    after = re.match(r"\w*", here.text[column:])
    return Explanation(
        msg(
            "a text in single quotes on line {line} holds an apostrophe ({word}), which ends the text early",
            line=str(here.number),
            word=(before.group() if before else "'") + (after.group() if after else ""),
        ),
        msg(
            "Double the apostrophe inside the text ('') or put the text in double quotes: {example}",
            example=_quoted(shown(rest.group(1))),
        ),
        here.number,
        closing + 1,
    )


def _before_in_flow(lines: list[SourceLine], column: int) -> str:
    """The last character before ``column`` of the last line that is not white space or a comment ('' when
    there is none in the lines looked at)."""
    back = lines[-1].text[:column].rstrip(" \t")
    if back:
        return back[-1]
    before = previous_line(lines)
    return _body(before)[-1:] if before is not None else ""


def _flow_item(lines: list[SourceLine], column: int) -> Explanation | None:
    """An item inside brackets that is missing (two commas in a row, a comma first) or starts with ``- ``."""
    here = lines[-1]
    found = here.text[column : column + 1]
    hidden = next(filter(None, (_hidden_closer(lines, column, lines[0], close) for close in _OPENER)), None)
    if hidden is not None:
        return hidden
    before = _before_in_flow(lines, column)
    if found == "," and before == ",":
        return Explanation(
            msg("there is nothing between this ',' and the ',' before it"),
            msg("Remove one of the commas, or write the missing item between them."),
            here.number,
            column + 1,
        )
    if found == "," and before in _CLOSER:
        return Explanation(
            msg("the ',' right after '{open}' has no item before it", open=before),
            msg("Remove the ','."),
            here.number,
            column + 1,
        )
    if found == "-" and here.text[column + 1 : column + 2] in (" ", "") and _open_bracket(here.text[:column]) == "[":
        return Explanation(
            msg("an item inside '[' starts with '- ', which YAML does not allow inside brackets"),
            msg("Write the items without '- ' ([a, b]), or each on a line of its own that starts with '- '."),
            here.number,
            column + 1,
        )
    marker = _MARKER.match(here.text) is not None
    if marker or not here.text[column:].strip():
        # The document ends (at the next one's marker, placed there, or at the end of the file, placed at
        # the bracket) after a ',' with a bracket still open.
        opened = _left_open([*lines[:-1], SourceLine(here.number, here.start, here.text[:column])])
        if opened is not None:
            first, start = opened
            bracket = first.text[start]
            close = _CLOSER[bracket]
            return Explanation(
                msg(
                    "the '{open}' on line {line} is never closed with '{close}'",
                    open=bracket,
                    close=close,
                    line=str(first.number),
                ),
                msg("Close it with '{close}' after its last item.", close=close),
                here.number if marker else first.number,
                1 if marker else start + 1,
            )
    return None


def _left_open(lines: list[SourceLine]) -> tuple[SourceLine, int] | None:
    """The line and column of the innermost bracket the lines leave open, when they hold no quotes."""
    open_: list[tuple[SourceLine, int]] = []
    for line in lines:
        body = _body(line)
        if '"' in body or "'" in body:
            return None
        for index, char in enumerate(body):
            if char in _CLOSER:
                open_.append((line, index))
            elif char in _OPENER and open_:
                open_.pop()
    return open_[-1] if open_ else None


def _open_bracket(text: str) -> str | None:
    """The innermost bracket a line's text leaves open, when it holds no quotes (which may hold brackets)."""
    if '"' in text or "'" in text:
        return None
    open_: list[str] = []
    for char in text:
        if char in _CLOSER:
            open_.append(char)
        elif char in _OPENER and open_:
            open_.pop()
    return open_[-1] if open_ else None


def _stray_closer(here: SourceLine, column: int) -> Explanation:
    """A closing bracket outside any collection in brackets."""
    found = here.text[column]
    return Explanation(
        msg(
            "the '{found}' on line {line} closes nothing: no '{open}' is open before it",
            found=found,
            line=str(here.number),
            open=_OPENER[found],
        ),
        msg("Remove the '{found}'.", found=found),
        here.number,
        column + 1,
    )


def _after_flow(here: SourceLine, column: int) -> Explanation | None:
    """A value (of a key, or a list item) that starts with a bracket, so is read as a collection, with text
    after its closing bracket: a text starting with ``[`` or ``{``."""
    keyed = _KEY_LINE.match(here.text)
    dashes = _DASHES.match(here.text) if keyed is None else None
    if keyed is not None:
        begin = keyed.start("value")
    elif dashes is not None:
        begin = dashes.end()
    else:
        return None
    bracket = here.text[begin : begin + 1]
    if bracket not in _CLOSER or column <= begin or here.text[:column].rstrip()[-1:] != _CLOSER[bracket]:
        return None
    value = _plain_value(here.text[begin:])
    at = {"open": bracket, "close": _CLOSER[bracket]}
    if keyed is not None:
        key = keyed.group("key").rstrip()
        problem = msg(
            "the value of '{key}' starts with '{open}', which YAML reads as a collection in brackets up to its "
            "'{close}'; no text may follow it",
            key=key,
            **at,
        )
        example = f"{keyed.group('lead').lstrip()}{key}: {_quoted(shown(value))}"
    else:
        problem = msg(
            "the list item on line {line} starts with '{open}', which YAML reads as a collection in brackets up to "
            "its '{close}'; no text may follow it",
            line=str(here.number),
            **at,
        )
        example = f"{here.text[here.indent : begin]}{_quoted(shown(value))}"
    return Explanation(
        problem,
        msg(
            "If it is a text, put it all in quotes: {example}; if not, end it at '{close}'.",
            example=example,
            close=at["close"],
        ),
        here.number,
        column + 1,
    )
