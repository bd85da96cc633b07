"""What changed between two runs: pure values, no files, no database.

A run is read into a :class:`Snapshot` (from a :class:`~qa_checker.results.Report`, from the
``report.json`` contract, or by the history store from its rows), and :func:`diff` compares two
snapshots into a :class:`Diff`:

- **Descriptors are matched** by their ``id``, then by the SHA-256 of their content, then by their
  source path, so a file that moved (or was renamed) is still the same descriptor. Among several
  candidates of the same id the one at the same source is preferred.
- **Findings are matched** by their key ``(rule, pointer, message)``, counted as a multiset, and
  those left over by rule and pointer alone (the same problem, its message quoting another value
  or date); a finding of the earlier run without a partner is *fixed*, one of the later run *new*.
- **Each matched descriptor** is ``worse`` when its status got worse (pass < fail < error; a
  ``skipped`` file, not a descriptor, is no failure and ranks with pass), its score dropped, a new
  finding counts against it (an error or warning, not waived), a finding of both runs counts again (its
  waiver expired or was withdrawn) or an Annex I element went from
  present (or not applicable) to missing or invalid; ``improved`` when only the
  opposite happened; ``changed`` when something else changed (moved, its id changed, info findings,
  waivers); ``unchanged`` otherwise. Descriptors only in the later run are ``added``, only in the
  earlier ``removed``; neither counts as worse. A file that is a descriptor in neither run (``skipped``)
  is neither counted nor listed, as a run's reports count it apart. A run that read no descriptor,
  compared with one that did and sharing none with it, is told by :attr:`Diff.side_reading_nothing`
  (``qa-checker diff`` refuses it).
- **A descriptor that could be read in only one run** (status ``error`` in the other: the file could not
  be read or checked) is compared by its status alone: its findings are neither fixed nor new and its
  elements (all ``unknown`` in the unreadable run) do not change; its findings of both runs are kept as
  *unreadable* (why it could not be read) and *not compared*.
- :attr:`Diff.exit_code` is 1 when any descriptor got worse, else 0 (``qa-checker diff`` exits with it).
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from qa_checker import pointer as jp
from qa_checker.elements import ELEMENT_KEYS, ELEMENTS_BY_KEY
from qa_checker.errors import ConfigError
from qa_checker.findings import Severity
from qa_checker.patterns import regex
from qa_checker.results import REPORT_KEYS, STATUS_WORDS, STATUSES
from qa_checker.stamp import TOOL
from qa_checker.table import UNKNOWN_PROVIDER, group_order
from qa_checker.text import Text, clip, msg, plural

if TYPE_CHECKING:
    from qa_checker.i18n import Translator
    from qa_checker.results import Report

__all__ = [
    "DescriptorChange",
    "DescriptorState",
    "Diff",
    "FindingRecord",
    "ProviderChange",
    "Snapshot",
    "diff",
    "from_dict",
    "from_report",
    "is_report_json",
    "names_itself_a_report",
    "read_report",
    "reads_nothing",
    "rubric_sha256",
]

STATUS_RANK = {"pass": 0, "fail": 1, "error": 2}
# A skipped file is not a descriptor (a JSON-LD context, a schema, SHACL shapes) and never a failure:
# it ranks with pass, so error → skipped is better, skipped → error or fail worse, pass ↔ skipped a
# change only. An unknown status ranks like error.
_RANK = {**STATUS_RANK, "skipped": 0}
# Element statuses that count as given; going from one of them to missing or invalid is worse.
_GIVEN = ("present", "not-applicable")
_LOST = ("missing", "invalid")
# What a report writes for an element: given, lost, or not known (a file that could not be read).
_ELEMENT_STATUSES = (*_GIVEN, *_LOST, "unknown")
_SEVERITIES = tuple(severity.value for severity in Severity)
# The largest whole number a message shows as written; a longer one is only named a number.
_SHOWN_INTEGER = 10**15
_SHOWN_CHARS = 40
# A rubric file's SHA-256 is named in a note by this many of its first hex digits, enough to tell two apart.
_SHOWN_SHA256 = 12
CHANGES = ("worse", "improved", "changed", "unchanged", "added", "removed")


@dataclass(frozen=True)
class FindingRecord:
    """One finding as compared between runs."""

    rule: str
    severity: str
    element: str | None
    pointer: str
    message: str
    hint: str = ""
    waived: bool = False
    # The texts the message and hint were made from, when known: shown in any language (not compared).
    message_text: Text | None = field(default=None, compare=False, hash=False, repr=False)
    hint_text: Text | None = field(default=None, compare=False, hash=False, repr=False)

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two findings of two runs the same finding."""
        return (self.rule, self.pointer, self.message)

    @property
    def counts(self) -> bool:
        """Whether it counts against status and score (an error or warning, not waived)."""
        return not self.waived and self.severity != "info"

    @classmethod
    def of(
        cls, data: Mapping[str, Any], message_text: Text | None = None, hint_text: Text | None = None
    ) -> FindingRecord:
        """From a finding of the JSON contract (and the texts its message and hint were made from, if known)."""
        return cls(
            rule=str(data.get("rule", "")),
            severity=str(data.get("severity", "")),
            element=data.get("element"),
            pointer=str(data.get("pointer", "")),
            message=str(data.get("message", "")),
            hint=str(data.get("hint") or ""),
            waived=bool(data.get("waived", False)),
            message_text=message_text,
            hint_text=hint_text,
        )

    def to_dict(self, translator: Translator | None = None) -> dict[str, Any]:
        """Plain form, as in the JSON contract, its message and hint in the translator's language (default
        English)."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "element": self.element,
            "pointer": self.pointer,
            "message": translator.message(self) if translator else self.message,
            "hint": translator.hint(self) if translator else self.hint,
            "waived": self.waived,
        }


@dataclass(frozen=True)
class DescriptorState:
    """One descriptor in one run: what the diff compares."""

    source: str
    id: str | None
    sha256: str | None
    provider: str | None
    title: str | None
    kind: str | None
    status: str
    score: float | None
    elements: Mapping[str, str]
    findings: tuple[FindingRecord, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    """A whole run as compared: where it comes from and its descriptors in run order.

    ``label`` names the run for people ("run 12", a file name; a :class:`Text` when it is words of
    ours); ``run`` is its id in a history store, when it has one; ``rubric`` is the rubric's id and version,
    ``rubric_sha256`` its file's SHA-256 (of the run's stamp), which tells two rubrics of one name apart.
    """

    label: str | Text
    descriptors: tuple[DescriptorState, ...]
    run: int | None = None
    generated_at: str | None = None
    tool_version: str | None = None
    rubric: str | None = None
    rubric_sha256: str | None = None

    def describe(self, translator: Translator | None = None) -> dict[str, Any]:
        """The run's identity, as shown in a diff (its label in the translator's language, default English): its
        descriptors counted as a report counts them, ``skipped`` files apart (there when some were)."""
        descriptors = _descriptor_count(self.descriptors)
        skipped = len(self.descriptors) - descriptors
        return {
            "label": _shown(self.label, translator),
            "run": self.run,
            "generated_at": self.generated_at,
            "tool_version": self.tool_version,
            "rubric": self.rubric,
            "descriptors": descriptors,
            **({"skipped": skipped} if skipped else {}),
        }


def is_report_json(data: object) -> bool:
    """Whether a parsed JSON document is a qa-checker report (``tool.name`` and ``results``)."""
    if not isinstance(data, Mapping):
        return False
    tool = data.get("tool")
    return isinstance(tool, Mapping) and tool.get("name") == "qa-checker" and isinstance(data.get("results"), list)


# A JSON string (escapes included) or a bracket: enough to follow the nesting without parsing the values.
_TOKEN = regex(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]')
# The ``tool`` block's object (no nested object in it) after its key, and its name in it, in any order.
_TOOL_VALUE = regex(rb"\s*:\s*(\{[^{}]*\})")
_OUR_NAME = regex(rb'"name"\s*:\s*"qa-checker"')
# The ``tool`` block as the last entry of the top-level object (a report written with sorted keys).
_LAST_TOOL = regex(rb'"tool"\s*:\s*(\{[^{}]*\})\s*\}\s*\Z')


def names_itself_a_report(head: bytes, tail: bytes) -> bool:
    """Whether a JSON file whose first bytes are ``head`` and last bytes ``tail`` says it is a qa-checker
    report, even when it is too large to read or cannot be parsed (cut short, damaged).

    A report names itself by its top-level ``tool`` block (``"name": "qa-checker"``), wherever the keys
    are and however it is laid out: at the start as qa-checker writes it, at the end when its keys were
    sorted (``jq -S``, ``json.dump(sort_keys=True)``), after a long field that another tool put first
    (as far as ``head`` reaches). A head cut short before any ``tool`` block still names a report when
    its top-level keys so far are the contract's, ``generated_at`` and ``results`` among them (a sorted
    report's order).
    """
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"{"):
        return False
    last = _LAST_TOOL.search(tail)
    named = last is not None and _OUR_NAME.search(last.group(1)) is not None
    depth = 0
    keys: set[bytes] = set()
    for token in _TOKEN.finditer(head):
        text = token.group()
        if text in (b"{", b"["):
            depth += 1
        elif text in (b"}", b"]"):
            depth -= 1
            if depth <= 0:
                break
        elif depth == 1:
            value = _TOOL_VALUE.match(head, token.end()) if text == b'"tool"' else None
            named = named or (value is not None and _OUR_NAME.search(value.group(1)) is not None)
            if head[token.end() : token.end() + 64].lstrip()[:1] == b":":
                keys.add(text[1:-1])
    names = {key.decode("utf-8", "replace") for key in keys}
    if names & _DESCRIPTOR_KEYS:
        return False  # a descriptor that carries a "tool" block of its own (a pipeline's provenance)
    if named:
        return names <= set(REPORT_KEYS) or bool(names & {"generated_at", "results", "summary"})
    return {"generated_at", "results"} <= names and names <= set(REPORT_KEYS)


# Top-level keys of a descriptor that no report has.
_DESCRIPTOR_KEYS = frozenset({"descriptor_version", "id", "title", "learning_outcomes", "awarding_bodies", "kind"})


def from_report(report: Report, *, label: str | Text | None = None, run: int | None = None) -> Snapshot:
    """A snapshot of a report just made (provider and title from each descriptor's data; ``label``
    default: "this run")."""
    from qa_checker import table

    states = []
    for result, row in zip(report.results, table.rows(report)):
        states.append(
            DescriptorState(
                source=result.source,
                id=result.id,
                sha256=result.sha256,
                provider=row["provider"],
                title=row["title"],
                kind=result.kind,
                status=result.status,
                score=result.score,
                elements=dict(result.elements),
                findings=tuple(FindingRecord.of(f.to_dict(), f.message_text, f.hint_text) for f in result.findings),
            )
        )
    rubric = f"{report.rubric.id} {report.rubric.version}"
    return Snapshot(
        label=msg("this run") if label is None else label,
        descriptors=tuple(states),
        run=run,
        generated_at=report.generated_at,
        tool_version=str(report.stamp.get("version")) if report.stamp else None,
        rubric=rubric,
        rubric_sha256=rubric_sha256(report.stamp),
    )


def rubric_sha256(stamp: object) -> str | None:
    """The SHA-256 of the rubric file that a run's stamp names (``rubric.sha256``), when it names one."""
    rubric = stamp.get("rubric") if isinstance(stamp, Mapping) else None
    value = rubric.get("sha256") if isinstance(rubric, Mapping) else None
    return value if isinstance(value, str) else None


def _block(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    return value if isinstance(value, Mapping) else {}


class ReportError(ConfigError):
    """A ``report.json`` whose results cannot be compared; the message names the file and the JSON pointer."""


def _kind(value: object) -> Text:
    """What a JSON value is, in words, with a number or the start of a text (never a whole value, which may be
    huge)."""
    if value is None:
        return msg("null")
    if isinstance(value, bool):
        return msg("true or false")
    if isinstance(value, str):
        return msg("text {text}", text=repr(clip(value, _SHOWN_CHARS)))
    if isinstance(value, float):
        shown = (
            format(value, ".15g")
            if math.isfinite(value)
            else {"nan": "NaN", "inf": "Infinity"}.get(str(value), "-Infinity")
        )
        return msg("the number {number}", number=shown)
    if isinstance(value, int):
        return msg("the number {number}", number=str(value)) if abs(value) < _SHOWN_INTEGER else msg("a number")
    return msg("a list") if isinstance(value, list) else msg("an object")


def _is_score(value: object) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 100)


def _is_text_or_null(value: object) -> bool:
    return value is None or isinstance(value, str)


_Place = tuple[str | int, ...]


def _findings_problem(value: object, where: _Place) -> tuple[_Place, Text] | None:
    if not isinstance(value, list):
        return where, msg("a list")
    for index, finding in enumerate(value):
        place = (*where, index)
        if not isinstance(finding, Mapping):
            return place, msg("an object")
        for key in ("rule", "severity", "pointer", "message"):
            if key in finding and not isinstance(finding[key], str):
                return (*place, key), msg("text")
        if finding.get("severity", _SEVERITIES[0]) not in _SEVERITIES:
            return (*place, "severity"), msg("one of {statuses}", statuses=", ".join(_SEVERITIES))
        for key in ("rule", "message"):  # what a finding is shown by
            if not isinstance(finding.get(key), str):
                return (*place, key), msg("text")
        for key in ("element", "hint"):
            if not _is_text_or_null(finding.get(key)):
                return (*place, key), msg("text or null")
        if not isinstance(finding.get("waived", False), bool):
            return (*place, "waived"), msg("true or false")
    return None


def _result_problem(item: object, where: _Place) -> tuple[_Place, Text] | None:
    """The first place in one result that :func:`from_dict` cannot read, and what it must be."""
    if not isinstance(item, Mapping):
        return where, msg("an object")
    for key in ("source", "status"):
        if key in item and not isinstance(item[key], str):
            return (*where, key), msg("text")
    if "status" in item and item["status"] not in STATUSES:
        return (*where, "status"), msg("one of {statuses}", statuses=", ".join(STATUSES))
    for key in ("id", "sha256", "provider", "title", "kind"):
        if not _is_text_or_null(item.get(key)):
            return (*where, key), msg("text or null")
    if not _is_score(item.get("score")):
        return (*where, "score"), msg("a number from 0 to 100, or null")
    elements = item.get("elements")
    if elements is not None:
        if not isinstance(elements, Mapping):
            return (*where, "elements"), msg("an object")
        for key, status in elements.items():
            if not _is_text_or_null(status):
                return (*where, "elements", key), msg("text or null")
            if status is not None and status not in _ELEMENT_STATUSES:
                return (*where, "elements", key), msg("one of {statuses}", statuses=", ".join(_ELEMENT_STATUSES))
    findings = item.get("findings")
    return None if findings is None else _findings_problem(findings, (*where, "findings"))


def _is_moment_or_null(value: object) -> bool:
    """Whether a value is null or an ISO 8601 date and time (what a run time is shown and written as)."""
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _header_problem(data: Mapping[str, Any]) -> tuple[_Place, Text] | None:
    """The first place outside the results that the diff reads (run time, versions, run block) and cannot."""
    for key in ("run", "rubric"):
        if data.get(key) is not None and not isinstance(data[key], Mapping):
            return (key,), msg("an object")
    for block, key in (("tool", "version"), ("rubric", "id"), ("rubric", "version")):
        if not _is_text_or_null(_block(data, block).get(key)):
            return (block, key), msg("text or null")
    if not _is_moment_or_null(data.get("generated_at")):
        return ("generated_at",), msg("an ISO 8601 date and time, or null")
    providers = _block(data, "run").get("providers")
    if providers is not None and not isinstance(providers, list):
        return ("run", "providers"), msg("a list")
    return None


def _providers_problem(data: Mapping[str, Any]) -> tuple[_Place, Text] | None:
    """The first place in the run block's providers the diff cannot read, and what it must be."""
    for index, group in enumerate(_block(data, "run").get("providers") or []):
        where: _Place = ("run", "providers", index)
        if not isinstance(group, Mapping):
            return where, msg("an object")
        if not _is_text_or_null(group.get("provider")):
            return (*where, "provider"), msg("text or null")
        sources = group.get("sources") or []
        if not isinstance(sources, list) or not all(isinstance(source, str) for source in sources):
            return (*where, "sources"), msg("a list of texts")
    return None


# A place in a report the diff cannot read: where, what it must be, and the value there.
_Problem = tuple[_Place, Text, object]


@dataclass
class _Results:
    """A report's results as states, read one at a time (never all at once), with the first that cannot be read.

    Each state's provider is the result's own ``provider`` when it has one, else filled in from the run
    block's providers (which may come after the results) by :meth:`snapshot`.
    """

    limit: int | None = None
    states: list[tuple[DescriptorState, bool]] = field(default_factory=list)
    problem: _Problem | None = None
    too_many: bool = False

    def read(self, items: Iterable[object]) -> None:
        """Read the results (those of a ``results`` given twice replace the first, as a JSON parser keeps the last);
        past ``limit`` results none is kept."""
        self.states, self.problem, self.too_many = [], None, False
        for index, item in enumerate(items):
            if self.limit is not None and index >= self.limit:
                self.states, self.too_many = [], True
            if self.problem is not None or self.too_many:
                continue
            found = _result_problem(item, ("results", index))
            if found is not None:
                place, wanted = found
                self.problem = place, wanted, jp.walk(item, place[2:]) if len(place) > 2 else item
                continue
            assert isinstance(item, Mapping)
            self.states.append((_state(item), "provider" in item))

    def snapshot(self, header: Mapping[str, Any], *, label: str | Text, run: int | None) -> Snapshot:
        """The snapshot of the report whose other top-level entries are ``header``; a :class:`ReportError` at the
        first place the diff cannot read (outside the results first, as it reads them), or more results than
        ``limit``."""
        if self.too_many:
            raise ReportError(
                msg(
                    "{file} holds more than {limit} results, more than diff reads; compare such runs in the history "
                    "store (audit --store, then diff latest~1 latest)",
                    file=str(label),
                    limit=self.limit,
                )
            )
        found = _header_problem(header)
        problem = (*found, jp.walk(header, found[0])) if found is not None else self.problem
        if problem is None and (found := _providers_problem(header)) is not None:
            problem = (*found, jp.walk(header, found[0]))
        if problem is not None:
            place, wanted, value = problem
            raise ReportError(
                msg(
                    "{file}: {pointer} must be {wanted}, not {kind}; is this a qa-checker report.json?",
                    file=str(label),
                    pointer=jp.join(*place),
                    wanted=wanted,
                    kind=_kind(value),
                )
            )
        provider_of: dict[str, str | None] = {}
        groups = _block(header, "run").get("providers") or []
        # The group naming no provider is null; a report that has none such may be of a version that wrote
        # the placeholder instead, and a provider of that name is then read as that group.
        earlier = all(group.get("provider") is not None for group in groups)
        for group in groups:
            name = group.get("provider")
            for source in group.get("sources") or []:
                provider_of[source] = None if earlier and name == UNKNOWN_PROVIDER else name
        rubric_block = _block(header, "rubric")
        return Snapshot(
            label=label,
            descriptors=tuple(
                _with_provider(state, provider_of[state.source]) if not named and state.source in provider_of else state
                for state, named in self.states
            ),
            run=run,
            generated_at=header.get("generated_at"),
            tool_version=_block(header, "tool").get("version"),
            rubric=f"{rubric_block.get('id')} {rubric_block.get('version')}" if rubric_block else None,
            rubric_sha256=rubric_sha256(_block(header, "run").get("stamp")),
        )


def _state(item: Mapping[str, Any]) -> DescriptorState:
    """One result of the JSON contract as compared (its provider, when it names none, filled in later)."""
    return DescriptorState(
        source=str(item.get("source", "")),
        id=item.get("id"),
        sha256=item.get("sha256"),
        provider=item.get("provider"),
        title=item.get("title"),
        kind=item.get("kind"),
        status=str(item.get("status", "error")),
        score=item.get("score"),
        elements=dict(item.get("elements") or {}),
        findings=tuple(FindingRecord.of(f) for f in item.get("findings") or []),
    )


def _with_provider(state: DescriptorState, provider: str | None) -> DescriptorState:
    """``state`` with another provider (made directly: :func:`dataclasses.replace` is several times slower)."""
    return DescriptorState(
        state.source,
        state.id,
        state.sha256,
        provider,
        state.title,
        state.kind,
        state.status,
        state.score,
        state.elements,
        state.findings,
    )


def from_dict(data: Mapping[str, Any], *, label: str | Text, run: int | None = None) -> Snapshot:
    """A snapshot of a ``report.json`` (providers from its ``run.providers``; titles when present).

    A value of the wrong type where the diff reads one is a :class:`ReportError` naming its JSON pointer.
    """
    results = _Results()
    results.read(data.get("results") or [])
    return results.snapshot(data, label=label, run=run)


def read_report(
    file: BinaryIO, *, label: str | Text, run: int | None = None, max_results: int | None = None
) -> Snapshot | None:
    """A snapshot of the ``report.json`` open in ``file``, as :func:`from_dict` makes of it, read a result at a
    time: only the states compared are held, never the whole document, and none past ``max_results`` (then a
    :class:`ReportError`). ``None`` when it is not a qa-checker report (not JSON, or another document)."""
    header: dict[str, Any] = {}
    results = _Results(limit=max_results)
    try:
        for key, value in _members(_JsonText(file)):
            if isinstance(value, _Items):
                results.read(value)
                header[key] = []
            else:
                header[key] = value
    except (ValueError, RecursionError, MemoryError):
        return None
    return results.snapshot(header, label=label, run=run) if is_report_json(header) else None


# Whitespace between JSON values.
_SPACE = regex(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# A JSON text is read this many bytes at a time, more while a value is longer than what has been read.
READ_BYTES = 1 << 20


class _JsonText:
    """A JSON text read from a binary file a value at a time, its encoding told as :func:`json.loads` tells it."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        start = file.read(4)
        self.decoder = codecs.getincrementaldecoder(json.detect_encoding(start))("surrogatepass")
        self.text = self.decoder.decode(start)
        self.pos = 0
        self.ended = not start
        self.wanted = READ_BYTES

    def _more(self) -> bool:
        """Read more of the file (twice as much as last time while one value goes on); False at its end."""
        if self.ended:
            return False
        data = self.file.read(self.wanted)
        self.ended = not data
        self.text = self.text[self.pos :] + self.decoder.decode(data, final=self.ended)
        self.pos = 0
        self.wanted *= 2
        return True

    def peek(self) -> str:
        """The next character after whitespace ("" at the end of the text)."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more():
                return ""

    def take(self, characters: str) -> str:
        """The next character after whitespace, which must be one of ``characters``."""
        found = self.peek()
        if not found or found not in characters:
            raise ValueError(f"expected one of {characters!r} at {self.pos}")
        self.pos += 1
        return found

    def value(self) -> Any:
        """The next JSON value, read whole."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except json.JSONDecodeError:
                if self._more():
                    continue
                raise
            if end < len(self.text) or not self._more():  # a number at the end of what was read may go on
                self.pos = end
                self.wanted = READ_BYTES
                return value


class _Items:
    """The items of a top-level ``results`` array, read one at a time (to be read before the next entry)."""

    def __init__(self, text: _JsonText) -> None:
        self.text = text

    def __iter__(self) -> Iterator[Any]:
        self.text.take("[")
        if self.text.peek() == "]":
            self.text.pos += 1
            return
        while True:
            yield self.text.value()
            if self.text.take(",]") == "]":
                return


def _members(text: _JsonText) -> Iterator[tuple[str, Any]]:
    """The entries of the JSON object that is the whole text, ``results`` as :class:`_Items` when it is an array."""
    text.take("{")
    if text.peek() == "}":
        text.pos += 1
    else:
        while True:
            key = text.value()
            if not isinstance(key, str):
                raise ValueError("an object's key must be a string")
            text.take(":")
            yield key, _Items(text) if key == "results" and text.peek() == "[" else text.value()
            if text.take(",}") == "}":
                break
    if text.peek():
        raise ValueError("extra data after the JSON text")


@dataclass(frozen=True)
class ElementChange:
    """One Annex I element whose status changed."""

    key: str
    before: str | None
    after: str | None

    @property
    def direction(self) -> str:
        """``worse``, ``better`` or ``changed``."""
        if self.before in _GIVEN and self.after in _LOST:
            return "worse"
        if self.before in _LOST and self.after in _GIVEN:
            return "better"
        return "changed"

    def to_dict(self, translator: Translator | None = None) -> dict[str, Any]:
        """Plain form (the element's label in the translator's language, default English)."""
        element = ELEMENTS_BY_KEY.get(self.key)
        label = element.label if element else self.key
        return {
            "key": self.key,
            "label": translator.gettext(label) if translator is not None and element else label,
            "before": self.before,
            "after": self.after,
            "direction": self.direction,
        }


@dataclass(frozen=True)
class DescriptorChange:
    """What happened to one descriptor between the two runs.

    ``worse_texts`` and ``better_texts`` say why it got worse or better, as translatable texts;
    ``worse_reasons`` and ``better_reasons`` are the same in English.
    """

    before: DescriptorState | None
    after: DescriptorState | None
    matched_by: str | None = None
    fixed: tuple[FindingRecord, ...] = ()
    new: tuple[FindingRecord, ...] = ()
    elements: tuple[ElementChange, ...] = ()
    worse_texts: tuple[Text, ...] = ()
    better_texts: tuple[Text, ...] = ()

    @property
    def worse_reasons(self) -> tuple[str, ...]:
        """Why it got worse, in English."""
        return tuple(t.english() for t in self.worse_texts)

    @property
    def better_reasons(self) -> tuple[str, ...]:
        """Why it got better, in English."""
        return tuple(t.english() for t in self.better_texts)

    def worse_in(self, tr: Translator) -> list[str]:
        """Why it got worse, in the translator's language."""
        return [tr.render(t) for t in self.worse_texts]

    def better_in(self, tr: Translator) -> list[str]:
        """Why it got better, in the translator's language."""
        return [tr.render(t) for t in self.better_texts]

    @property
    def current(self) -> DescriptorState:
        """The later state, or the earlier one of a removed descriptor."""
        state = self.after or self.before
        assert state is not None
        return state

    def _known(self, attribute: str) -> str | None:
        """The later run's value of ``attribute``, else the earlier run's (a file that became unreadable names
        neither its title, id nor provider, and is still the descriptor it was)."""
        return next((v for s in (self.after, self.before) if s is not None and (v := getattr(s, attribute))), None)

    @property
    def id(self) -> str | None:
        """Its id, in the later run or else the earlier."""
        return self._known("id")

    @property
    def group(self) -> str | None:
        """The provider it is grouped under: the later run's, else the earlier run's; None when neither names one."""
        return self._known("provider")

    @property
    def label(self) -> str:
        """How a person names it: title, else id (of the later run, else the earlier), else its source."""
        return self._known("title") or self.id or self.current.source

    @property
    def unreadable(self) -> str | None:
        """The run (``"before"`` or ``"after"``) in which only it could not be read (see :func:`unreadable_in`)."""
        return unreadable_in(self.before, self.after) if self.before and self.after else None

    @property
    def unreadable_findings(self) -> tuple[FindingRecord, ...]:
        """Why it could not be read: the findings of the run that could not read it (none when both could)."""
        state = {"before": self.before, "after": self.after}.get(self.unreadable or "")
        return state.findings if state is not None else ()

    @property
    def not_compared(self) -> tuple[FindingRecord, ...]:
        """The findings of the run that could read it, when the other could not: neither fixed nor new."""
        state = {"after": self.before, "before": self.after}.get(self.unreadable or "")
        return state.findings if state is not None else ()

    @property
    def id_before(self) -> str | None:
        """The earlier id, when both runs give one and the later gives another (same source or content)."""
        if self.before and self.after and self.before.id and self.after.id and self.before.id != self.after.id:
            return self.before.id
        return None

    @property
    def moved_from(self) -> str | None:
        """The earlier source, when the descriptor moved."""
        if self.before and self.after and self.before.source != self.after.source:
            return self.before.source
        return None

    @property
    def score_delta(self) -> float | None:
        """Later score minus earlier score, when both exist."""
        if self.before is None or self.after is None or self.before.score is None or self.after.score is None:
            return None
        return round(self.after.score - self.before.score, 1)

    @property
    def change(self) -> str:
        """One of :data:`CHANGES`."""
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        if self.worse_texts:
            return "worse"
        if self.better_texts:
            return "improved"
        if (
            self.fixed
            or self.new
            or self.elements
            or self.moved_from
            or self.id_before
            or self.before.status != self.after.status
            or self.score_delta
        ):
            return "changed"
        return "unchanged"

    def to_dict(self, translator: Translator | None = None) -> dict[str, Any]:
        """Plain form (the ``descriptors[]`` entries of a diff's JSON), its reasons and element labels in the
        translator's language (default English)."""
        state = self.current
        return {
            "change": self.change,
            "id": self.id,
            "title": self._known("title"),
            "label": self.label,
            "provider": self.group,
            "source": state.source,
            "moved_from": self.moved_from,
            "id_before": self.id_before,
            "matched_by": self.matched_by,
            "unreadable": self.unreadable,
            "status_before": self.before.status if self.before else None,
            "status": self.after.status if self.after else None,
            "score_before": self.before.score if self.before else None,
            "score": self.after.score if self.after else None,
            "score_delta": self.score_delta,
            "worse": self.worse_in(translator) if translator is not None else list(self.worse_reasons),
            "better": self.better_in(translator) if translator is not None else list(self.better_reasons),
            "findings_fixed": [f.to_dict(translator) for f in self.fixed],
            "findings_new": [f.to_dict(translator) for f in self.new],
            "findings_unreadable": [f.to_dict(translator) for f in self.unreadable_findings],
            "findings_not_compared": [f.to_dict(translator) for f in self.not_compared],
            "elements": [e.to_dict(translator) for e in self.elements],
        }


def _a_descriptor(state: DescriptorState | None) -> bool:
    """Whether ``state`` is a descriptor's (a ``skipped`` file is none, as a report counts it)."""
    return state is not None and state.status != "skipped"


def _descriptor_count(states: Sequence[DescriptorState]) -> int:
    return sum(map(_a_descriptor, states))


def _counts(states: Sequence[DescriptorState]) -> dict[str, Any]:
    scores = [s.score for s in states if s.score is not None]
    return {
        "descriptors": _descriptor_count(states),
        **{k: sum(1 for s in states if s.status == k) for k in STATUS_RANK},
        "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
    }


@dataclass(frozen=True)
class ProviderChange:
    """One awarding body: its counts in both runs and how many of its descriptors changed how."""

    provider: str | None
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    changes: Mapping[str, int]

    @property
    def change(self) -> str:
        """``worse`` when any of its descriptors got worse, ``improved`` when some improved and none got worse."""
        if self.changes.get("worse"):
            return "worse"
        if self.changes.get("improved"):
            return "improved"
        if any(self.changes.get(k) for k in ("changed", "added", "removed")):
            return "changed"
        return "unchanged"

    def to_dict(self) -> dict[str, Any]:
        """Plain form."""
        before, after = self.before.get("mean_score"), self.after.get("mean_score")
        delta = round(after - before, 1) if before is not None and after is not None else None
        return {
            "provider": self.provider,
            "change": self.change,
            "before": dict(self.before),
            "after": dict(self.after),
            "mean_score_delta": delta,
            **{k: self.changes.get(k, 0) for k in CHANGES},
        }


@dataclass(frozen=True)
class Diff:
    """Two runs compared: every descriptor's change, per provider, and what got worse."""

    before: Snapshot
    after: Snapshot
    descriptors: tuple[DescriptorChange, ...]
    providers: tuple[ProviderChange, ...] = field(default=())

    def of(self, change: str) -> list[DescriptorChange]:
        """The descriptors with one kind of change."""
        return [d for d in self.descriptors if d.change == change]

    @property
    def any_worse(self) -> bool:
        """Whether any descriptor got worse."""
        return any(d.change == "worse" for d in self.descriptors)

    @property
    def side_reading_nothing(self) -> str | None:
        """``"before"`` or ``"after"`` when that run read no descriptor (its results, if any, are files that could
        not be read or are not descriptors), the other read some, and no descriptor of one run is one of the
        other: compared, every descriptor would be added or removed and nothing worse (see :func:`reads_nothing`)."""
        if any(d.before is not None and d.after is not None for d in self.descriptors):
            return None
        for side, other in (("before", self.after), ("after", self.before)):
            run = self.before if side == "before" else self.after
            if reads_nothing(run) and not reads_nothing(other):
                return side
        return None

    @property
    def exit_code(self) -> int:
        """1 when anything got worse, else 0."""
        return 1 if self.any_worse else 0

    @property
    def summary(self) -> dict[str, Any]:
        """Counts of descriptors by change."""
        counts = Counter(d.change for d in self.descriptors)
        return {
            "descriptors_before": _descriptor_count(self.before.descriptors),
            "descriptors_after": _descriptor_count(self.after.descriptors),
            **{k: counts.get(k, 0) for k in CHANGES},
            "any_worse": self.any_worse,
        }

    @property
    def note_texts(self) -> list[Text]:
        """What makes the two runs less comparable (another rubric, or another of the same id and version, another
        tool version)."""
        out = []
        before, after = self.before, self.after
        if before.rubric and after.rubric and before.rubric != after.rubric:
            out.append(
                msg(
                    "the runs used different rubrics ({before}, then {after}): scores and findings may differ for "
                    "that reason alone",
                    before=before.rubric,
                    after=after.rubric,
                )
            )
        elif (
            after.rubric
            and before.rubric_sha256
            and after.rubric_sha256
            and before.rubric_sha256 != after.rubric_sha256
        ):
            out.append(
                msg(
                    "the runs used different rubrics of the same name ({rubric}, its file's SHA-256 {before}…, then "
                    "{after}…): scores and findings may differ for that reason alone",
                    rubric=after.rubric,
                    before=before.rubric_sha256[:_SHOWN_SHA256],
                    after=after.rubric_sha256[:_SHOWN_SHA256],
                )
            )
        if before.tool_version and after.tool_version and before.tool_version != after.tool_version:
            out.append(
                msg(
                    "the runs used different qa-checker versions ({before}, then {after})",
                    before=before.tool_version,
                    after=after.tool_version,
                )
            )
        return out

    @property
    def notes(self) -> list[str]:
        """:attr:`note_texts` in English."""
        return [t.english() for t in self.note_texts]

    def worse_summary(self, translator: Translator | None = None) -> list[str]:
        """One line per descriptor that got worse: who, and why (in the translator's language, default English)."""
        lines = []
        for d in self.of("worse"):
            reasons = d.worse_in(translator) if translator is not None else list(d.worse_reasons)
            group = d.group or (translator.gettext(UNKNOWN_PROVIDER) if translator is not None else UNKNOWN_PROVIDER)
            lines.append(f"{d.label} ({group}): {'; '.join(reasons)}")
        return lines

    def to_dict(self, *, unchanged: bool = False, translator: Translator | None = None) -> dict[str, Any]:
        """The diff as JSON: runs, summary, what got worse, providers and the descriptors that changed.

        Unchanged descriptors are only counted, unless ``unchanged`` is true. The texts for people (run
        labels, notes, reasons, element labels) are in the translator's language, default English; keys
        and values such as statuses stay as they are.
        """
        return {
            "before": self.before.describe(translator),
            "after": self.after.describe(translator),
            "summary": self.summary,
            "notes": [_shown(t, translator) for t in self.note_texts],
            "worse": self.worse_summary(translator),
            "providers": [p.to_dict() for p in self.providers],
            "descriptors": [d.to_dict(translator) for d in self.descriptors if unchanged or d.change != "unchanged"],
        }


def reads_nothing(run: Snapshot) -> bool:
    """Whether a run read no descriptor: it has no result, or each could not be read (``error``) or is no
    descriptor (``skipped``)."""
    return all(state.status in ("error", "skipped") for state in run.descriptors)


def _shown(value: str | Text, translator: Translator | None) -> str:
    """A label or note: a :class:`Text` in the translator's language (default English), a string as given."""
    if isinstance(value, Text):
        return translator.render(value) if translator is not None else value.english()
    return value


def diff(before: Snapshot, after: Snapshot) -> Diff:
    """Compare two runs (see the module docstring for how descriptors and findings are matched)."""
    pairs, removed, _ = match(before.descriptors, after.descriptors)
    changes: list[DescriptorChange] = []
    matched_after = {j: (i, how) for i, j, how in pairs}
    for j, state in enumerate(after.descriptors):
        if j in matched_after:
            i, how = matched_after[j]
            changes.append(compare(before.descriptors[i], state, how))
        else:
            changes.append(DescriptorChange(before=None, after=state))
    for i in removed:
        changes.append(DescriptorChange(before=before.descriptors[i], after=None))
    # A file that is a descriptor in neither run (skipped) has no change to tell, as no report lists it among the
    # descriptors; one that became a descriptor, or stopped being one, has.
    changes = [c for c in changes if _a_descriptor(c.before) or _a_descriptor(c.after)]
    return Diff(before=before, after=after, descriptors=tuple(changes), providers=tuple(_providers(changes)))


def match(
    before: Sequence[DescriptorState], after: Sequence[DescriptorState]
) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
    """Pair descriptors of two runs: ``(pairs (i, j, matched_by), unmatched before, unmatched after)``."""
    left = set(range(len(before)))
    right = list(range(len(after)))
    pairs: list[tuple[int, int, str]] = []
    for attribute in ("id", "sha256", "source"):
        # Per value, its descriptors in order and by source: a pick is the first left at the same source,
        # else the first left, found in constant time however many descriptors share the value.
        candidates: dict[str, tuple[deque[int], dict[str, deque[int]]]] = {}
        for i in sorted(left):
            value = getattr(before[i], attribute)
            if value:
                order, by_source = candidates.setdefault(value, (deque(), {}))
                order.append(i)
                by_source.setdefault(before[i].source, deque()).append(i)
        still: list[int] = []
        for j in right:
            value = getattr(after[j], attribute)
            pool = candidates.get(value) if value else None
            picked = _first_left(pool[1].get(after[j].source), left) if pool else None
            if picked is None and pool:
                picked = _first_left(pool[0], left)
            if picked is None:
                still.append(j)
                continue
            left.discard(picked)
            pairs.append((picked, j, attribute))
        right = still
    return pairs, sorted(left), right


def _first_left(queue: deque[int] | None, left: set[int]) -> int | None:
    """The first index of ``queue`` still in ``left`` (those before it, taken already, are dropped)."""
    while queue and queue[0] not in left:
        queue.popleft()
    return queue.popleft() if queue else None


def unreadable_in(before: DescriptorState, after: DescriptorState) -> str | None:
    """``"after"`` when only the later run could not read the descriptor (status ``error``), ``"before"`` when
    only the earlier could not; ``None`` when both runs read it, or neither did (then they compare as usual)."""
    if (before.status == "error") == (after.status == "error"):
        return None
    return "after" if after.status == "error" else "before"


def compare(before: DescriptorState, after: DescriptorState, matched_by: str | None = None) -> DescriptorChange:
    """What changed in one descriptor (by its status alone when only one run could read it)."""
    comparable = unreadable_in(before, after) is None
    fixed, new = _finding_changes(before.findings, after.findings) if comparable else ((), ())
    elements = tuple(
        ElementChange(k, before.elements.get(k), after.elements.get(k))
        for k in _element_keys(before.elements, after.elements)
        if comparable and before.elements.get(k) != after.elements.get(k)
    )
    worse: list[Text] = []
    better: list[Text] = []
    rank_before, rank_after = _RANK.get(before.status, 2), _RANK.get(after.status, 2)
    if rank_after != rank_before:
        (worse if rank_after > rank_before else better).append(_status_text(before.status, after.status))
    if before.score is not None and after.score is not None and round(after.score - before.score, 1):
        text = msg("score {before} → {after}", before=_number(before.score), after=_number(after.score))
        (worse if after.score < before.score else better).append(text)
    counting_new = [f for f in new if f.counts]
    counting_fixed = [f for f in fixed if f.counts]
    if counting_new:
        worse.append(_findings_text(counting_new, "new"))
    if counting_fixed:
        better.append(_findings_text(counting_fixed, "fixed"))
    if comparable:
        lapsed, waived = _waiver_changes(before.findings, after.findings, counting_fixed, counting_new)
        if lapsed:
            worse.append(_findings_text(lapsed, "lapsed"))
        if waived:
            better.append(_findings_text(waived, "waived"))
    for change in elements:
        # Element labels and statuses are words the catalogue has (qa_checker.elements, reporting.labels).
        label = msg(ELEMENTS_BY_KEY[change.key].label) if change.key in ELEMENTS_BY_KEY else change.key
        text = msg(
            "{element} {before} → {after}", element=label, before=_word(change.before), after=_word(change.after)
        )
        if change.direction == "worse":
            worse.append(text)
        elif change.direction == "better":
            better.append(text)
    return DescriptorChange(
        before=before,
        after=after,
        matched_by=matched_by,
        fixed=fixed,
        new=new,
        elements=elements,
        worse_texts=tuple(worse),
        better_texts=tuple(better),
    )


def _element_keys(*maps: Mapping[str, str]) -> list[str]:
    extra = sorted({k for m in maps for k in m} - set(ELEMENT_KEYS))
    return [*ELEMENT_KEYS, *extra]


def _full_key(finding: FindingRecord) -> tuple[str, ...]:
    return finding.key


def _place_key(finding: FindingRecord) -> tuple[str, ...]:
    return finding.key[:2]


def _finding_changes(
    before: Iterable[FindingRecord], after: Iterable[FindingRecord]
) -> tuple[tuple[FindingRecord, ...], tuple[FindingRecord, ...]]:
    """Findings of the earlier run without a partner in the later one (fixed), and the reverse (new).

    Partners are found by the full key first, then by rule and pointer alone: a finding whose
    message changed only in what it quotes ("expired on ... (today is ...)", a new value of the
    same wrong field) is the same problem, not one fixed and one new.
    """
    left, right = list(before), list(after)
    for key in (_full_key, _place_key):
        unmatched_right: list[FindingRecord] = []
        pool: dict[tuple[str, ...], int] = Counter(key(f) for f in left)
        taken: Counter[tuple[str, ...]] = Counter()
        for finding in right:
            k = key(finding)
            if taken[k] < pool.get(k, 0):
                taken[k] += 1
            else:
                unmatched_right.append(finding)
        unmatched_left: list[FindingRecord] = []
        for finding in left:
            k = key(finding)
            if taken[k]:
                taken[k] -= 1
            else:
                unmatched_left.append(finding)
        left, right = unmatched_left, unmatched_right
    return tuple(left), tuple(right)


def _waiver_changes(
    before: Iterable[FindingRecord],
    after: Iterable[FindingRecord],
    fixed: Sequence[FindingRecord],
    new: Sequence[FindingRecord],
) -> tuple[list[FindingRecord], list[FindingRecord]]:
    """Findings of both runs that count in only one: waived before and counting now (a waiver expired or was
    withdrawn), and the reverse (waived now); ``fixed`` and ``new`` are the counting findings without a partner."""
    before, after = tuple(before), tuple(after)
    if not any(f.waived for f in (*before, *after)):
        return [], []
    gone, came = _finding_changes([f for f in before if f.counts], [f for f in after if f.counts])
    unpaired = {id(f) for f in (*fixed, *new)}
    return [f for f in came if id(f) not in unpaired], [f for f in gone if id(f) not in unpaired]


def _status_text(before: str, after: str) -> Text:
    """A status change, in the words the reports use for a descriptor's status; a skipped file is said not to
    be a descriptor, and a file only one run could read not to have its findings compared."""
    params = {"before": STATUS_WORDS.get(before, before), "after": STATUS_WORDS.get(after, after)}
    if after == "skipped":
        return msg("status {before} → {after} (not a descriptor)", **params)
    if before == "skipped":
        return msg("status {before} → {after} (was not a descriptor)", **params)
    if after == "error":
        return msg("status {before} → {after} (cannot be read: findings and elements not compared)", **params)
    if before == "error":
        return msg("status {before} → {after} (readable again: findings and elements not compared)", **params)
    return msg("status {before} → {after}", **params)


def _word(key: str | None) -> Text | str:
    """An element status key as a word to translate (the catalogue has them); ``None`` as written."""
    return msg(key) if key else str(key)


def _findings_text(findings: Sequence[FindingRecord], what: str) -> Text:
    rules = sorted({f.rule for f in findings})
    shown = ", ".join(rules[:4]) + (", …" if len(rules) > 4 else "")
    if what == "new":
        return plural("{count} new finding ({rules})", "{count} new findings ({rules})", len(findings), rules=shown)
    if what == "lapsed":
        return plural(
            "{count} finding no longer waived ({rules})",
            "{count} findings no longer waived ({rules})",
            len(findings),
            rules=shown,
        )
    if what == "waived":
        return plural(
            "{count} finding waived now ({rules})", "{count} findings waived now ({rules})", len(findings), rules=shown
        )
    return plural("{count} finding fixed ({rules})", "{count} findings fixed ({rules})", len(findings), rules=shown)


def _number(value: float) -> float | int:
    """A score as shown in a reason: a whole number without decimals, else one decimal."""
    return int(value) if value == int(value) else round(value, 1)


def _providers(changes: Sequence[DescriptorChange]) -> list[ProviderChange]:
    # Both states of a descriptor count under the provider its change is grouped under (see
    # DescriptorChange.group), so that a provider's counts before and now and its changes agree.
    groups_before: dict[str | None, list[DescriptorState]] = {}
    groups_after: dict[str | None, list[DescriptorState]] = {}
    counted: dict[str | None, Counter[str]] = {}
    for change in changes:
        counted.setdefault(change.group, Counter())[change.change] += 1
        for state, groups in ((change.before, groups_before), (change.after, groups_after)):
            if state is not None:
                groups.setdefault(change.group, []).append(state)
    names = sorted(set(groups_before) | set(groups_after), key=group_order)
    return [
        ProviderChange(
            provider=name,
            before=_counts(groups_before.get(name, [])),
            after=_counts(groups_after.get(name, [])),
            changes=dict(counted.get(name, Counter())),
        )
        for name in names
    ]


# Whether a JSON file is a report that cannot be read as one is told from this much of its start and of
# its end (its top-level "tool" block, at the start as written or at the end when its keys were sorted),
# never by reading it whole.
REPORT_HEAD_BYTES = 1 << 20
REPORT_TAIL_BYTES = 64 << 10


# A SARIF log qa-checker wrote: its run's tool is qa-checker, near the start as it writes it.
_OUR_SARIF = regex(
    rb'^\s*\{\s*"\$schema"\s*:\s*"[^"]*sarif[^"]*".{0,400}?"driver"\s*:\s*\{\s*"name"\s*:\s*"qa-checker"', re.S
)


def names_itself_a_report_file(path: Path) -> bool:
    """Whether a file says it is a report qa-checker wrote (a JSON report's opening, or a workbook's author),
    though it cannot be read as one: compared as descriptors, it would show every descriptor removed."""
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            with path.open("rb") as handle:
                head = handle.read(REPORT_HEAD_BYTES)
                size = os.fstat(handle.fileno()).st_size
                if size > len(head):
                    handle.seek(max(len(head), size - REPORT_TAIL_BYTES))
                tail = handle.read(REPORT_TAIL_BYTES) if size > len(head) else head
        except OSError:
            return False
        return names_itself_a_report(head, tail) or _OUR_SARIF.search(head) is not None
    if path.suffix.lower() in (".xlsx", ".xlsm") and path.is_file():
        import zipfile

        try:
            with zipfile.ZipFile(path) as workbook:
                core = workbook.read("docProps/core.xml")[:4096]
        except (OSError, KeyError, zipfile.BadZipFile, ValueError):
            return False
        return f"<dc:creator>{TOOL}</dc:creator>".encode() in core
    return False
