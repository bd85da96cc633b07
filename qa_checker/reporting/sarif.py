"""SARIF 2.1.0 output, for code-scanning dashboards that show findings beside the files they concern.

One ``run`` whose ``tool.driver.rules`` documents every rule of the report's rubric (and any other
rule a finding names, such as the ``MC-LD-*`` findings of a file that could not be read), and one
``result`` per finding. A result's physical location is the descriptor's file, relative to the
current directory when it lies below it; what a source name adds after the file (an archive member
``!member``, a spreadsheet row ``[Sheet row N]``, a ``[document N]`` of a YAML stream) is kept in
the message and in the result's properties, since a dashboard can only place a finding in a file; the
properties name the descriptor's id too, which tells apart the descriptors of one file (a CLR's badges).
A finding's line and column in a JSON or YAML file are its region (columns count characters, as
``columnKind`` says); the JSON pointer of the finding is its logical location. Waived findings are
kept, with an external suppression whose justification is the waiver's reason, so dashboards show
them as dismissed; waivers that named no descriptor of the run are the invocation's configuration
notifications. :func:`write` streams the log into its file a chunk of results at a time, as the JSON
report is, so that a run of any size is written in bounded memory; :func:`render` is the same text.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote_from_bytes

from qa_checker import __version__
from qa_checker.file_names import name_shown, shown_bytes
from qa_checker.findings import Finding, Severity
from qa_checker.i18n import Translator, translator
from qa_checker.patterns import regex
from qa_checker.reporting import json_, labels
from qa_checker.results import Report, Result, RuleInfo, in_archive, split_source
from qa_checker.text import msg

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def relative_path(path: str, cwd: str | None = None) -> str:
    """``path`` with ``/`` separators, relative to ``cwd`` (the current directory) when below it.

    Read as text, as :mod:`pathlib` would read it (empty and ``.`` parts dropped), but without pathlib, which
    interns every part of every path for good: a run over many files would keep each file's name."""
    parts = _parts(path)
    if os.path.isabs(path):
        base = _parts(cwd or os.getcwd())
        if parts[: len(base)] != base:
            return _ROOT + "/".join(parts)
        parts = parts[len(base) :]
    return "/".join(parts) if parts else path


def artifact_uri(path: str, cwd: str | None = None) -> str:
    """``path`` as a URI reference: relative when it lies below ``cwd``, else a ``file:`` URI."""
    relative = relative_path(path, cwd)
    if os.path.isabs(relative) and os.name == "nt":
        return Path(relative).as_uri()
    # The name's own bytes: a byte not in UTF-8 is shown as its escape (see :mod:`qa_checker.file_names`).
    if os.path.isabs(relative):
        return "file://" + quote_from_bytes(shown_bytes(_ROOT + "/".join(_parts(relative))), safe="/")
    return quote_from_bytes(shown_bytes(relative), safe="/")


# What an absolute path starts with once its parts are joined by "/" (Windows keeps its drive in the first part).
_ROOT = "" if os.name == "nt" else "/"
_SEPARATORS = regex("[/\\\\]" if os.altsep else "/")


def _parts(path: str) -> list[str]:
    """The parts of a path, without empty and ``.`` ones."""
    return [part for part in _SEPARATORS.split(path) if part not in ("", ".")]


def _rule(rule_id: str, info: RuleInfo | None, tr: Translator) -> dict[str, Any]:
    if info is None:
        return {"id": rule_id, "name": rule_id, "shortDescription": {"text": rule_id}}
    title = tr.gettext(info.title) or tr.gettext(info.message) or rule_id
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": info.name or rule_id,
        "shortDescription": {"text": title},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {
            "element": info.element,
            "weight": info.weight,
            "clause": info.clause,
            "principles": list(info.principles),
        },
    }
    if info.hint:
        hint = tr.gettext(info.hint)
        descriptor["fullDescription"] = {"text": hint}
        descriptor["help"] = {"text": hint}
    return descriptor


def _message(finding: Finding, part: str, tr: Translator) -> str:
    """The finding's message (and hint) in the translator's language, with where in the file it is."""
    where = [name_shown(part)] if part else []
    if finding.origin is not None and finding.origin.label() and finding.origin.line is None:
        where.append(labels.origin(tr, finding.origin))
    text = tr.message(finding)
    if where:
        text += f" ({', '.join(where)})"
    hint = tr.hint(finding)
    if hint:
        text += "\n" + tr.render(msg("Hint: {hint}", hint=hint))
    return text


def _result(result: Result, finding: Finding, index: int, cwd: str | None, tr: Translator) -> dict[str, Any]:
    path, part = split_source(result.source)
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path, cwd)}}
    line, column = finding.place()
    where = part
    if in_archive(result.source):  # a member's line is no line of the archive file: the message names it
        where, line = labels.member_at_line(tr, part, line), None
    if line is not None and line >= 1:
        physical["region"] = {"startLine": line}
        if column is not None and column >= 1:
            physical["region"]["startColumn"] = column
    properties: dict[str, Any] = {
        "element": finding.element,
        "pointer": finding.pointer,
        "waived": finding.waiver is not None,
        "source": result.source,
    }
    if result.id:  # which descriptor, when a file holds several (a CLR's badges, a JSON-LD graph)
        properties["descriptor_id"] = result.id
    if part:
        properties["part"] = part
    if finding.origin is not None:
        properties["origin"] = finding.origin.to_dict()
    if hint := tr.hint(finding):
        properties["hint"] = hint
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": _message(finding, where, tr)},
        "locations": [
            {
                "physicalLocation": physical,
                "logicalLocations": [{"fullyQualifiedName": finding.pointer, "kind": "element"}],
            }
        ],
        "properties": properties,
    }
    if finding.waiver is not None:
        entry["suppressions"] = [{"kind": "external", "justification": finding.waiver.reason}]
    return entry


def build(report: Report, *, cwd: str | None = None, tr: Translator | None = None) -> dict[str, Any]:
    """The SARIF log of a report, as plain data: the texts a dashboard shows (messages, rule descriptions)
    in the report's language (or ``tr``'s), ids, levels and properties as they are."""
    return _log(report, cwd, tr or translator(report.language), list)


def write(report: Report, file: BinaryIO, **_: object) -> None:
    """Write the SARIF log into a binary file a chunk of results at a time: the text of :func:`build`, in
    memory bounded however many findings the run has."""
    tr = translator(report.language)
    json_.write_data(lambda: _log(report, None, tr, json_.Whole), file)


def render(report: Report, *, tr: Translator | None = None, **_: object) -> str:
    """The report as a SARIF 2.1.0 log (JSON text), as :func:`write` writes it."""
    buffer = io.BytesIO()
    json_.write_data(lambda: build(report, tr=tr), buffer)
    return buffer.getvalue().decode("utf-8")


def _log(
    report: Report, cwd: str | None, tr: Translator, results: Callable[[Iterator[dict[str, Any]]], object]
) -> dict[str, Any]:
    """The SARIF log, its results as ``results`` makes them of their generator (a list, or a streamed array)."""
    rule_ids = list(report.rules)
    for result in report.results:
        for finding in result.findings:
            if finding.rule not in report.rules and finding.rule not in rule_ids:
                rule_ids.append(finding.rule)
    index = {rule_id: number for number, rule_id in enumerate(rule_ids)}
    # The waivers that named no descriptor of the run: a problem of the run's configuration, not a result.
    unmatched = [{"level": "warning", "message": {"text": text}} for text in report.unmatched_waivers_in(tr)]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "qa-checker",
                        "version": __version__,
                        "rules": [_rule(rule_id, report.rules.get(rule_id), tr) for rule_id in rule_ids],
                    }
                },
                **(
                    {"invocations": [{"executionSuccessful": True, "toolConfigurationNotifications": unmatched}]}
                    if unmatched
                    else {}
                ),
                "results": results(
                    _result(result, finding, index[finding.rule], cwd, tr)
                    for result in report.results
                    for finding in result.findings
                ),
                "columnKind": "unicodeCodePoints",
                "properties": {
                    "rubric": {"id": report.rubric.id, "version": report.rubric.version},
                    "summary": report.summary,
                },
            }
        ],
    }
