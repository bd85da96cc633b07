"""Reports to rows and rows back to reports: the pure half of the history store.

:func:`to_rows` turns a :class:`~qa_checker.results.Report` into the rows of one run (made by
:func:`run_row` and, one result at a time, :func:`result_rows`, as the store records a run of any size);
:func:`to_report_json` turns them back into the ``report.json`` contract and
:func:`to_snapshot` into a :class:`~qa_checker.diff.Snapshot` to compare.

**Personal data.** Unless asked to keep it, the ``learner`` block of a credential (name,
identifiers, date of birth, whatever it holds) is dropped from the stored descriptor data, and
every text value found in it is replaced by ``[personal data removed]`` wherever the result or its
findings quote it (a schema message such as ``'Mara Schneider' is not of type 'object'``), and wherever the
run names a source whose name holds it (see :class:`PersonalSources`). The identifier schemes (``national``,
``eidas``) and types are not personal and are kept.

**What an export does not give back**: the ``since`` block an audit adds to its report (it is
recomputed against whatever run is compared), and learner values replaced as above.
"""

from __future__ import annotations

import functools
import hashlib
import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from qa_checker import __version__
from qa_checker.cells import without_surrogates
from qa_checker.diff import DescriptorState, FindingRecord, Snapshot, rubric_sha256
from qa_checker.i18n import SOURCE_LANGUAGE
from qa_checker.patterns import regex
from qa_checker.text import Name, Series, Text, msg

if TYPE_CHECKING:
    from qa_checker.findings import Finding
    from qa_checker.results import Report, Result

REDACTED = "[personal data removed]"
PERSONAL_BLOCK = "learner"
# Keys inside the learner block whose values say what kind of thing an identifier is, not who.
_NOT_PERSONAL_KEYS = frozenset({"scheme", "type", "@type"})
# A run of six or more letters and digits holding a digit: the number inside a learner's identifier.
_NUMBER_TOKEN = regex(r"\b(?=\w*\d)\w{6,}\b")
_MIN_LENGTH = 3
# A learner's name: letters, with spaces, hyphens, apostrophes and dots between its words.
_NAME = regex(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)+\.?")
# A word of a text, as the learner's name is looked for: letters and digits.
_TOKEN = regex(r"[^\W_]+")
# Keys of the report dict kept out of the store: derived per comparison.
NOT_STORED = ("since",)


@dataclass(frozen=True)
class RunRows:
    """One run as the store keeps it: the run row (without its id), its results and their findings."""

    run: dict[str, Any]
    results: list[dict[str, Any]]
    findings: list[dict[str, Any]]


def text_to_json(value: Text | None) -> dict[str, Any] | None:
    """A message as the store keeps it: its message id, plural, count, context and arguments (each argument
    a plain value, or tagged ``text``, ``name`` or ``series``), from which :func:`text_from_json` makes it
    again."""
    if value is None:
        return None
    return {
        "template": value.template,
        "plural": value.plural,
        "count": value.count,
        "context": value.context,
        "params": {str(k): _argument_to_json(v) for k, v in value.params.items()},
    }


def _argument_to_json(value: Any) -> Any:
    if isinstance(value, Text):
        return {"text": text_to_json(value)}
    if isinstance(value, Name):
        return {"name": [value.kind, value.code, value.english]}
    if isinstance(value, Series):
        return {"series": [_argument_to_json(v) for v in value.items], "sep": value.sep}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # as the message shows it in any language


def text_from_json(data: object) -> Text | None:
    """The message :func:`text_to_json` kept, or ``None`` for anything else (a run stored before texts were kept,
    a document edited by hand)."""
    try:
        return _text(data)
    except (TypeError, ValueError, KeyError):
        return None


def _text(data: Any) -> Text:
    if not isinstance(data, Mapping) or not isinstance(data["template"], str):
        raise TypeError("not a stored text")
    plural, count, context = data.get("plural"), data.get("count"), data.get("context")
    if not (plural is None or isinstance(plural, str)) or not (context is None or isinstance(context, str)):
        raise TypeError("not a stored text")
    if not (count is None or (isinstance(count, int) and not isinstance(count, bool))):
        raise TypeError("not a stored text")
    params = data.get("params") or {}
    if not isinstance(params, Mapping):
        raise TypeError("not a stored text")
    return Text(data["template"], {str(k): _argument(v) for k, v in params.items()}, plural, count, context)


def _argument(value: Any) -> Any:
    if not isinstance(value, Mapping):
        if isinstance(value, list):
            raise TypeError("not a stored argument")
        return value
    if "text" in value:
        return _text(value["text"])
    if isinstance(value.get("name"), list):
        kind, code, english = value["name"]
        return Name(str(kind), str(code), str(english))
    if not isinstance(value["series"], list):
        raise TypeError("not a stored argument")
    return Series(tuple(_argument(v) for v in value["series"]), str(value.get("sep", ", ")))


def _stored_texts(finding: Finding, document: Mapping[str, Any], personal: Personal) -> dict[str, Any] | None:
    """The texts of a finding's message and hint to store beside its English ``document``, personal data removed:
    kept only when they still say what the stored English message and hint say."""
    texts = scrub({"message": text_to_json(finding.message_text), "hint": text_to_json(finding.hint_text)}, personal)
    for key, stored in texts.items():
        text = text_from_json(stored)
        if stored is not None and (text is None or text.english() != document[key]):
            return None
    return texts if any(texts.values()) else None


def finding_key(rule: str, pointer: str, message: str) -> str:
    """The stable key of a finding across runs: SHA-256 of its rule, pointer and message."""
    return hashlib.sha256("\x00".join((rule, pointer, message)).encode("utf-8")).hexdigest()


def _personal_keys(data: Mapping[str, Any]) -> list[str]:
    """The keys of a descriptor's learner block: ``learner``, and a key the schema's finding reads as it
    (``lerner``, ``student``): what a provider meant as the learner is the learner's, however spelt."""
    from qa_checker.validation import misspelt_as

    keys = [PERSONAL_BLOCK] if PERSONAL_BLOCK in data else []
    misspelt = misspelt_as(data, "/" + PERSONAL_BLOCK)
    return keys + ([misspelt] if misspelt is not None else [])


@dataclass(frozen=True)
class Personal:
    """What of one result is personal: the text values of its learner block (longest first), each removed where
    quoted, and the words of the learner's name, removed where two or more of them stand side by side, in
    any order, case and accents aside (``andrei-popescu.yaml``, ``Popescu_Andrei``, ``ANDREI POPESCU``,
    ``andreipopescu``, ``stefan-muresan`` for Ștefan Mureșan). Words of a name written in lower case
    (``van``, ``de``, ``da``) join such a run but never make one ("van der" alone is not a name)."""

    texts: tuple[str, ...] = ()
    names: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.texts or self.names)

    def without_names(self, text: str) -> str:
        """``text`` with each run of the learner's name words replaced by :data:`REDACTED`."""
        if not self.names:
            return text
        spans: list[tuple[int, int]] = []
        run: list[tuple[int, int, int]] = []  # start, end and the name words of each token of the run
        for token in [*_TOKEN.finditer(_folded(text)), None]:
            words = self._words(token.group()) if token else 0
            if token and (words or token.group() in self.particles):
                run.append((token.start(), token.end(), words))
                continue
            while run and not run[-1][2]:
                run.pop()
            if sum(words for _, _, words in run) >= 2:
                first = next(i for i, (_, _, words) in enumerate(run) if words)
                spans.append((run[first][0], run[-1][1]))
            run = []
        for start, end in reversed(spans):
            text = text[:start] + REDACTED + text[end:]
        return text

    def _words(self, token: str) -> int:
        """How many of the name's words ``token`` is: one, two run together, or none."""
        if token in self.names:
            return 1
        return 2 if any(token.startswith(w) and token[len(w) :] in self.names for w in self.names) else 0


NOTHING_PERSONAL = Personal()


def without_personal_data(data: object) -> tuple[dict[str, Any] | None, Personal]:
    """Descriptor data to store, its learner block dropped, and what of it is personal, to be removed where
    quoted."""
    if not isinstance(data, Mapping):
        return None, NOTHING_PERSONAL
    keys = _personal_keys(data)
    found: set[str] = set()
    names: set[str] = set()
    particles: set[str] = set()

    def walk(value: object, key: str | None) -> None:
        if key in _NOT_PERSONAL_KEYS:
            return
        if isinstance(value, Mapping):
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v, key)
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value).strip()
            if len(text) >= _MIN_LENGTH:
                found.add(text)
                # The number of an identifier stands alone elsewhere too ("CNP 1900101123456" in an id).
                found.update(token for token in _NUMBER_TOKEN.findall(text) if token != text)
            if isinstance(value, str) and _NAME.fullmatch(text):
                words = _TOKEN.findall(text)
                written = any(not w.islower() for w in words)  # a name written all in lower case has no particles
                for word in words:
                    (particles if len(word) < 2 or (written and word.islower()) else names).add(_folded(word))

    for key in keys:
        walk(data[key], None)
    kept = {k: v for k, v in data.items() if k not in keys}
    texts = tuple(sorted(found, key=lambda t: (-len(t), t)))
    return kept, Personal(texts, frozenset(names), frozenset(particles - names))


def _folded(text: str) -> str:
    """``text`` in lower case without accents, one character for each of its own (so a word's place in it is
    its place in ``text``)."""
    return "".join(map(_fold, text))


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1].lower()[:1]
    return base or char


def scrub(value: Any, personal: Personal) -> Any:
    """A JSON value with every personal value and name inside its texts replaced by :data:`REDACTED`."""
    if not personal:
        return value
    if isinstance(value, str):
        for text in personal.texts:
            if text in value:
                value = value.replace(text, REDACTED)
        return personal.without_names(value)
    if isinstance(value, Mapping):
        return {k: scrub(v, personal) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v, personal) for v in value]
    return value


# Where a path's parts end: sources are shown with '/', a path given on Windows may have '\\'.
_PATH_PARTS = regex(r"[/\\]+")


@dataclass(frozen=True)
class PersonalSources:
    """The sources of a run whose names hold a learner's personal data, to remove it wherever else the stored run
    names them as it is removed from its result's source: in the report (the stamp's inputs, the providers'
    sources) and in the options (a path given on the command line: such a file, or a folder holding one)."""

    # Each such source and the name it is stored by.
    stored: Mapping[str, str]
    # The personal data of such sources, by the first part of their names (under a folder given as ``pd`` or
    # ``/data/pd``, a source is shown as ``pd/...``).
    under: Mapping[str, tuple[Personal, ...]]

    @classmethod
    def of(cls, results: Iterable[Result]) -> PersonalSources:
        """Those of ``results``, personal data found as :func:`result_rows` finds it."""
        stored: dict[str, str] = {}
        under: dict[str, list[Personal]] = {}
        for result in results:
            personal = without_personal_data(result.data)[1]
            name = scrub(result.source, personal)
            if name != result.source:
                stored[result.source] = name
                under.setdefault(_PATH_PARTS.split(result.source)[0], []).append(personal)
        return cls(stored, {part: tuple(found) for part, found in under.items()})

    def without(self, value: Any, *, paths: bool = False) -> Any:
        """A JSON value with each such source in it stored by its name without personal data, and with
        ``paths``, each other text also scrubbed of the personal data of the sources under any of its parts."""
        if not self.stored:
            return value
        if isinstance(value, str):
            if value in self.stored or not paths:
                return self.stored.get(value, value)
            for part in set(_PATH_PARTS.split(value)):
                for personal in self.under.get(part, ()):
                    value = scrub(value, personal)
            return value
        if isinstance(value, Mapping):
            return {k: self.without(v, paths=paths) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self.without(v, paths=paths) for v in value]
        return value


# A NUL as JSON writes it (an escape after an even number of backslashes): PostgreSQL's text cannot hold one.
_NUL = regex(r"(?<!\\)((?:\\\\)*)\\u0000")


def jsonable(value: Any) -> Any:
    """A value the store can hold: dates and other objects a YAML file may give become text, and lone
    surrogates (which no database's UTF-8 can hold) and NUL (which PostgreSQL's cannot) U+FFFD, in every
    database alike, as the reports show them."""
    text = without_surrogates(json.dumps(value, ensure_ascii=False, default=str))
    if "\\u0000" in text:
        text = _NUL.sub("\\1\ufffd", text)
    return json.loads(text)


def utc_naive(moment: datetime) -> datetime:
    """A time as the store keeps it: UTC without zone (the same on SQLite and PostgreSQL)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def parse_time(text: str | None) -> datetime | None:
    """An ISO 8601 time as the store keeps it, or ``None``."""
    if not text:
        return None
    try:
        return utc_naive(datetime.fromisoformat(text))
    except ValueError:
        return None


def to_rows(
    report: Report, *, options: Mapping[str, Any], keep_personal_data: bool = False, recorded_at: datetime | None = None
) -> RunRows:
    """The rows of one run (see the module docstring for what is dropped), all in memory."""
    results: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for result, result_findings in result_rows(report, keep_personal_data=keep_personal_data):
        results.append(result)
        findings.extend(result_findings)
    run = run_row(report, options=options, keep_personal_data=keep_personal_data, recorded_at=recorded_at)
    return RunRows(run=run, results=results, findings=findings)


def run_row(
    report: Report, *, options: Mapping[str, Any], keep_personal_data: bool = False, recorded_at: datetime | None = None
) -> dict[str, Any]:
    """The run row of a report: its stamp, summary and options, and the report without its results."""
    from qa_checker.i18n import translator
    from qa_checker.results import principle_notes, scores

    # The store keeps English (messages are the findings' keys across runs), whatever language the report is shown in.
    english = replace(report, language=SOURCE_LANGUAGE)
    tr = translator(SOURCE_LANGUAGE)
    data = dict(english.contract(tr, None, lambda: principle_notes(english.results, tr), list))
    top = {k: v for k, v in data.items() if k not in NOT_STORED}
    if not keep_personal_data:
        sources = PersonalSources.of(report.results)
        top, options = sources.without(top), sources.without(options, paths=True)
    scored = [score for score in scores(report.results) if score is not None]
    summary = report.summary
    return {
        "complete": False,
        "recorded_at": utc_naive(recorded_at or datetime.now(timezone.utc)),
        "run_at": parse_time(report.generated_at),
        "generated_at": report.generated_at,
        "command": report.command,
        "tool_version": str(data["tool"]["version"]),
        "rubric_id": report.rubric.id,
        "rubric_version": report.rubric.version,
        "rubric_sha256": rubric_sha256(report.stamp),
        "descriptors": summary["descriptors"],
        "passed": summary["pass"],
        "failed": summary["fail"],
        "errors": summary["error"],
        "mean_score": round(sum(scored) / len(scored), 1) if scored else None,
        "personal_data_kept": keep_personal_data,
        "options": jsonable(dict(options)),
        "report": jsonable(top),
    }


def result_rows(
    report: Report, *, keep_personal_data: bool = False
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each result's row and its findings' rows, in order, made one result at a time (a run kept on disk
    is read once and never held whole)."""
    from qa_checker import table
    from qa_checker.i18n import translator

    tr = translator(SOURCE_LANGUAGE)
    for position, result in enumerate(report.results):
        row = table.row(result)
        personal = NOTHING_PERSONAL
        data = result.data
        if not keep_personal_data:
            kept, personal = without_personal_data(result.data)
            data = scrub(kept, personal)
        document = jsonable(scrub(result.to_dict(tr), personal))
        finding_documents = document.pop("findings")
        stored = jsonable(
            {
                "position": position,
                "source": scrub(result.source, personal),
                "descriptor_id": scrub(result.id, personal),
                "kind": result.kind,
                "status": result.status,
                "score": result.score,
                "provider": row["provider"],
                "title": scrub(row["title"], personal),
                "sha256": result.sha256,
            }
        )
        stored.update(document=document, data=jsonable(data))
        yield (
            stored,
            [
                {
                    "result_position": position,
                    "position": index,
                    "rule": finding["rule"],
                    "severity": finding["severity"],
                    "element": finding["element"],
                    "pointer": finding["pointer"],
                    "message": finding["message"],
                    "finding_key": finding_key(finding["rule"], finding["pointer"], finding["message"]),
                    "waived": bool(finding.get("waived")),
                    "document": finding,
                    "texts": jsonable(_stored_texts(made, finding, personal)),
                }
                for index, (made, finding) in enumerate(zip(result.findings, finding_documents, strict=True))
            ],
        )


def _grouped(findings: Iterable[Mapping[str, Any]]) -> dict[int, list[Mapping[str, Any]]]:
    out: dict[int, list[Mapping[str, Any]]] = {}
    for row in sorted(findings, key=lambda f: (f["result_position"], f["position"])):
        out.setdefault(row["result_position"], []).append(row)
    return out


def to_report_json(
    run: Mapping[str, Any], results: Iterable[Mapping[str, Any]], findings: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """A stored run back as the ``report.json`` contract, keys in the order the report had."""
    by_result = _grouped(findings)
    rebuilt = []
    for row in sorted(results, key=lambda r: r["position"]):
        document = dict(row["document"])
        document["findings"] = [dict(f["document"]) for f in by_result.get(row["position"], [])]
        rebuilt.append(document)
    report = dict(run["report"])
    if "results" not in report:
        report["results"] = None
    return {k: (rebuilt if k == "results" else v) for k, v in report.items()}


def _record(row: Mapping[str, Any]) -> FindingRecord:
    """A stored finding as a comparison reads it, with the texts of its message and hint when they were kept
    (runs stored before revision 0003 have none: their messages are shown as stored, in English)."""
    texts = row.get("texts")
    texts = texts if isinstance(texts, Mapping) else {}
    return FindingRecord.of(row["document"], text_from_json(texts.get("message")), text_from_json(texts.get("hint")))


def to_snapshot(
    run: Mapping[str, Any],
    results: Iterable[Mapping[str, Any]],
    findings: Iterable[Mapping[str, Any]],
    *,
    ordered: bool = False,
) -> Snapshot:
    """A stored run as a :class:`~qa_checker.diff.Snapshot` (with each descriptor's provider and title).

    With ``ordered``, the rows come in order (results by position, findings by result position and
    position) and are read once as they come; otherwise they are sorted first."""
    if not ordered:
        results = sorted(results, key=lambda r: r["position"])
        findings = sorted(findings, key=lambda f: (f["result_position"], f["position"]))
    states = _states(results, findings)
    return Snapshot(
        label=msg("run {id}", id=str(run["id"])),
        descriptors=tuple(states),
        run=int(run["id"]),
        generated_at=run["generated_at"],
        tool_version=run["tool_version"],
        rubric=f"{run['rubric_id']} {run['rubric_version']}",
        rubric_sha256=run.get("rubric_sha256"),
    )


def _states(results: Iterable[Mapping[str, Any]], findings: Iterable[Mapping[str, Any]]) -> Iterator[DescriptorState]:
    """The state of each result row, in the order given (by position), with its findings taken from their
    rows in the same order (by result position, then position): both are read once, as they come."""
    rest = iter(findings)
    pending = next(rest, None)
    for row in results:
        own = []
        while pending is not None and pending["result_position"] <= row["position"]:
            if pending["result_position"] == row["position"]:
                own.append(pending)
            pending = next(rest, None)
        yield _state(row, own)


def _state(row: Mapping[str, Any], findings: Iterable[Mapping[str, Any]]) -> DescriptorState:
    """One stored result (and its findings' rows, in order) as the state a comparison reads."""
    return DescriptorState(
        source=row["source"],
        id=row["descriptor_id"],
        sha256=row["sha256"],
        provider=row["provider"],
        title=row["title"],
        kind=row["kind"],
        status=row["status"],
        score=row["score"],
        elements=dict(row["document"].get("elements") or {}),
        findings=tuple(_record(f) for f in findings),
    )


def snapshot_of(
    report: Report,
    *,
    keep_personal_data: bool = False,
    label: str | Text | None = None,
    run: int | None = None,
) -> Snapshot:
    """A report just made, as it will be stored (personal data removed the same way), to compare with stored runs.

    Made one result at a time: only the comparison's states are held, not the rows they are read from."""
    return Snapshot(
        label=msg("this run") if label is None else label,
        descriptors=tuple(_state(*rows) for rows in result_rows(report, keep_personal_data=keep_personal_data)),
        run=run,
        generated_at=report.generated_at,
        tool_version=__version__,
        rubric=f"{report.rubric.id} {report.rubric.version}",
        rubric_sha256=rubric_sha256(report.stamp),
    )
