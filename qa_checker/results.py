"""Result of checking one descriptor, and the report of a whole run: the JSON contract."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qa_checker import __version__
from qa_checker.findings import Finding, Severity
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLES
from qa_checker.text import Text, msg, plural, pmsg

if TYPE_CHECKING:
    from qa_checker.rubric import Rubric

# skipped: the file is not a descriptor at all (a JSON Schema, a JSON-LD context, SHACL shapes): counted
# apart from ``error`` (a descriptor that could not be read) and never a failure of the run.
STATUSES = ("pass", "fail", "error", "skipped")
# Each status as a word to show, in the "descriptor status" context (an ``error`` is a file, not a finding).
STATUS_WORDS = {
    "pass": pmsg("descriptor status", "pass"),
    "fail": pmsg("descriptor status", "fail"),
    "error": pmsg("descriptor status", "error"),
    "skipped": pmsg("descriptor status", "skipped"),
}

# What a loader or importer adds after a file's name: a sheet, row, document or credential ([Courses row 4]).
_SUFFIX = regex(r"^(?P<path>.*?) (?P<part>\[[^\[\]]+\])$", re.DOTALL)
_MEMBER = regex(r"^(?P<path>.+?\.zip)!(?P<member>.+)$", re.IGNORECASE | re.DOTALL)


def split_source(source: str) -> tuple[str, str]:
    """The file of a source name and what the name adds after it (``""`` when nothing).

    ``cat.xlsx [Courses row 4]`` gives ``("cat.xlsx", "[Courses row 4]")`` (so do ``[Courses column C]``,
    ``[document 2]``, ``[europassCredential 2]``), ``batch.zip!a.yaml``
    gives ``("batch.zip", "a.yaml")`` and ``batch.zip!c.csv [row 2]`` ``("batch.zip", "c.csv [row 2]")``.
    """
    path, part = source, ""
    suffix = _SUFFIX.match(path)
    if suffix:
        path, part = suffix.group("path"), suffix.group("part")
    member = _MEMBER.match(path)
    if member:
        path = member.group("path")
        part = f"{member.group('member')} {part}".strip()
    return path, part


def in_archive(source: str) -> bool:
    """Whether a source name is an archive member's (``batch.zip!a.yaml``): its lines are the member's, not the
    archive file's."""
    return _MEMBER.match(_SUFFIX.sub(r"\g<path>", source)) is not None


@dataclass(frozen=True)
class RuleInfo:
    """What a report says about one rule of its rubric: documentation and the rubric's setting."""

    id: str
    name: str
    title: str
    element: str | None
    clause: str
    principles: tuple[str, ...]
    severity: Severity
    weight: float
    options: dict[str, Any]
    message: str
    hint: str


@dataclass
class Result:
    """The verdict on one descriptor.

    ``reason`` says in English why a ``skipped`` file is not a descriptor (as the JSON contract and the
    history store keep it); ``reason_text`` is the translatable text it was made from (``None``: the
    English string is its own msgid). Show it with :meth:`reason_in`.
    """

    source: str
    id: str | None
    kind: str | None
    status: str
    score: float | None
    elements: dict[str, str]
    findings: list[Finding]
    principles: dict[str, float | None] = field(default_factory=dict)
    format: str = "unknown"
    sha256: str | None = None
    data: dict[str, Any] | None = None
    imported_from: str | None = None
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    judged: tuple[str, ...] = ()
    reason: str | None = None
    reason_text: Text | None = field(default=None, compare=False, repr=False)

    def reason_in(self, tr: Translator) -> str | None:
        """Why the file was skipped, in the translator's language (``None`` when it was not)."""
        if self.reason is None:
            return None
        return tr.render(self.reason_text or self.reason)

    @property
    def principles_beyond(self) -> list[str]:
        """Annex II principles a reviewer must judge from evidence beyond this descriptor.

        Those that always need it (provider or system evidence), and any no rule could assess here.
        """
        if self.status in ("error", "skipped"):
            return []
        return [p.key for p in PRINCIPLES if p.needs_outside_evidence or self.principles.get(p.key) is None]

    def to_dict(self, translator: Translator | None = None) -> dict[str, Any]:
        """The ``results[]`` entry of the JSON contract (``reason`` only for a skipped file), messages in the
        translator's language."""
        data: dict[str, Any] = {
            "source": self.source,
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "score": self.score,
            "elements": dict(self.elements),
            "principles": dict(self.principles),
            "principles_beyond": self.principles_beyond,
            "outcomes": list(self.outcomes),
            "format": self.format,
            "imported_from": self.imported_from,
            "sha256": self.sha256,
            "judged": list(self.judged),
            "findings": [f.to_dict(translator) for f in self.findings],
        }
        if self.reason is not None:
            data["reason"] = self.reason_in(translator) if translator else self.reason
        return data


# How many of the waivers that named no descriptor the HTML report and the workbook list, with the number of
# the others (the JSON report lists them all): thousands of stale waivers must not blow up a report.
UNMATCHED_WAIVERS_SHOWN = 100


@dataclass
class Report:
    """Every result of one run, and all a renderer needs to show it, filled by the runner.

    ``rules`` documents every rule of the rubric with its setting; ``stamp`` is the reproducibility
    stamp; ``providers`` groups the results by awarding body; ``repeated_ids`` lists the ids more than one
    descriptor gives, each with their sources; ``unmatched_waivers`` describes the
    waivers that named no descriptor of the run (translatable texts: ``str()`` of one is English, a renderer
    shows them with :meth:`unmatched_waivers_in`). ``since`` is what changed since the previous run
    of the same descriptors in the history store (the plain form of :class:`qa_checker.diff.Diff`,
    ``Diff.to_dict()``), filled by ``audit --store``/``check --store`` before rendering; ``None``
    when no store was used or it held no earlier run.
    """

    rubric: Rubric
    results: Sequence[Result]
    generated_at: str | None = None
    command: str = "check"
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    stamp: dict[str, Any] = field(default_factory=dict)
    providers: list[dict[str, Any]] = field(default_factory=list)
    repeated_ids: list[dict[str, Any]] = field(default_factory=list)
    unmatched_waivers: list[str | Text] = field(default_factory=list)
    since: dict[str, Any] | None = None
    language: str = SOURCE_LANGUAGE

    @property
    def summary(self) -> dict[str, int]:
        """Counts of inputs by status: ``descriptors`` counts the inputs that are descriptors (all but the
        ``skipped`` files, which are not); ``skipped`` is there when some file was skipped."""
        counts = {"descriptors": 0, "pass": 0, "fail": 0, "error": 0}
        for status in statuses(self.results):
            counts[status] = counts.get(status, 0) + 1
            if status != "skipped":
                counts["descriptors"] += 1
        return counts

    @property
    def skipped(self) -> list[Result]:
        """The files that are not descriptors, skipped with their reason."""
        return [r for r in self.results if r.status == "skipped"]

    def unmatched_waivers_in(self, tr: Translator) -> list[str]:
        """The waivers that named no descriptor of the run, described in the translator's language."""
        return [tr.render(text) for text in self.unmatched_waivers]

    def unmatched_waivers_shown(self, tr: Translator) -> tuple[str, list[str]]:
        """What the HTML report and the workbook say of the waivers that named no descriptor: a heading
        counting them, and the first :data:`UNMATCHED_WAIVERS_SHOWN` of them, then a line counting the others."""
        heading = tr.render(
            msg("Waivers that named no descriptor of this run ({count})", count=len(self.unmatched_waivers))
        )
        shown = [tr.render(text) for text in self.unmatched_waivers[:UNMATCHED_WAIVERS_SHOWN]]
        rest = len(self.unmatched_waivers) - len(shown)
        if rest > 0:
            more = plural(
                "… and {count} more: the JSON report lists them all (run.unmatched_waivers).",
                "… and {count} more: the JSON report lists them all (run.unmatched_waivers).",
                rest,
            )
            shown.append(tr.render(more))
        return heading, shown

    @property
    def exit_code(self) -> int:
        """0 when every descriptor passes (skipped files aside), 1 otherwise (an empty run passes)."""
        return 0 if all(s in ("pass", "skipped") for s in statuses(self.results)) else 1

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (see the README): English keys, messages in the report's ``language``.

        The whole report in memory, lazy parts (the stamp's inputs of results kept on disk) read into
        lists: for a run that fits in memory; :func:`qa_checker.reporting.json_.write` streams any run.
        """
        tr = translator(self.language)
        return dict(
            self.contract(tr, [r.to_dict(tr) for r in self.results], lambda: principle_notes(self.results, tr), list)
        )

    def contract(
        self,
        tr: Translator,
        results: Any,
        notes: Callable[[], dict[str, dict[str, str]]],
        inputs: Callable[[Sequence[dict[str, Any]]], Any],
    ) -> Iterator[tuple[str, Any]]:
        """The JSON contract's entries in order, its long parts as the caller gives them.

        ``results`` is the value of ``results``; ``notes()`` gives the principle notes (the entry is left
        out when they are empty), called only once the ``results`` entry has been taken; ``inputs`` makes
        the value of the stamp's ``inputs`` from the stamp's sequence.
        """
        yield "tool", {"name": "qa-checker", "version": __version__}
        yield "language", self.language
        yield "rubric", self.rubric.to_dict()
        yield "generated_at", self.generated_at
        yield "results", results
        yield "summary", self.summary
        if found := notes():
            yield "principle_notes", found
        stamp = {key: inputs(value) if key == "inputs" else value for key, value in self.stamp.items()}
        yield (
            "run",
            {
                "command": self.command,
                "stamp": stamp,
                "providers": self.providers,
                "repeated_ids": self.repeated_ids,
                "unmatched_waivers": self.unmatched_waivers_in(tr),
            },
        )
        if self.since is not None:
            yield "since", self.since


# The top-level keys of report.json in the order :meth:`Report.contract` gives them (``principle_notes``
# and ``since`` only when there are some): what names a JSON file a report even when it cannot be read.
REPORT_KEYS = ("tool", "language", "rubric", "generated_at", "results", "summary", "principle_notes", "run", "since")


def statuses(results: Iterable[Result]) -> Iterator[str]:
    """Each result's status; results kept on disk give theirs from memory, without reading them back."""
    kept = getattr(results, "statuses", None)
    return kept() if kept is not None else (r.status for r in results)


def scores(results: Iterable[Result]) -> Iterator[float | None]:
    """Each result's score (``None`` where it has none); results kept on disk give theirs from memory."""
    kept = getattr(results, "scores", None)
    return kept() if kept is not None else (r.score for r in results)


def principle_notes(results: Iterable[Result], tr: Translator | None = None) -> dict[str, dict[str, str]]:
    """What a reviewer should look for, for each principle some result needs outside evidence for."""
    return notes_on({key for result in results for key in result.principles_beyond}, tr)


def notes_on(principles: Collection[str], tr: Translator | None = None) -> dict[str, dict[str, str]]:
    """The principle notes of the principles named (keys of :data:`~qa_checker.principles.PRINCIPLES`), in order."""
    tr = tr or translator()
    return {
        p.key: {"label": tr.gettext(p.label), "look_for": tr.gettext(p.beyond_descriptor)}
        for p in PRINCIPLES
        if p.key in principles
    }
