"""The terminal report: grouped by descriptor, most severe first, coloured only on a terminal.

Every value printed may come from a descriptor, a file name, a waiver or a rubric, so control
characters in it are shown as escapes (``\\x1b``, ``\\n``), never sent raw: a descriptor cannot
move the cursor, recolour or clear the terminal, or start a line of its own. The colours this
renderer adds itself are the only escape sequences in its output.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

import click

from qa_checker.bloom import BLOOM_LABELS
from qa_checker.cells import visible, without_surrogates
from qa_checker.elements import ELEMENTS_BY_KEY
from qa_checker.file_names import name_shown
from qa_checker.findings import Finding, Severity
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLES_BY_KEY
from qa_checker.reporting import labels
from qa_checker.results import Report, Result, notes_on
from qa_checker.text import LISTED, MAX_PARAM_CHARS, N_, clip, listed, msg, plural

_SEVERITY_COLOUR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_STATUS_COLOUR = {"pass": "green", "fail": "red", "error": "magenta", "skipped": "blue"}


# What a source name adds after the file for one document of a YAML stream or a JSON list.
_DOCUMENT_PART = regex(r" \[document \d+\]$")


def _joined(values: Iterable[object]) -> str:
    return listed(visible(v) for v in values)


def _style(text: str, colour: bool, **kwargs: object) -> str:
    return click.style(text, **kwargs) if colour else text  # type: ignore[arg-type]


def _finding_lines(finding: Finding, colour: bool, file: str = "", tr: Translator | None = None) -> list[str]:
    tr = tr or translator()
    word = labels.word(tr, labels.SEVERITY, finding.severity.value)
    width = max(len(labels.word(tr, labels.SEVERITY, s.value)) for s in Severity)
    severity = _style(word.ljust(width), colour, fg=_SEVERITY_COLOUR[finding.severity], bold=True)
    where = visible(finding.pointer or tr.gettext(N_("(file)")))
    line, column = finding.place()
    if line is not None and file:
        # file:line:col as compilers print it: terminals and editors open the file at that place.
        where += f"  {name_shown(file)}:{line}" + (f":{column}" if column is not None else "")
    # Without a file, no file:line is printed, so a line is the place to give.
    origin = labels.origin_beyond_line(tr, finding) if file else labels.origin(tr, finding.origin)
    if origin:
        where += f" [{visible(origin)}]"
    waived = _style(" " + tr.gettext(N_("(waived)")), colour, dim=True) if finding.waiver else ""
    lines = [f"  {severity} {visible(finding.rule)}  {where}{waived}", f"          {visible(tr.message(finding))}"]
    hint = tr.hint(finding)
    if hint:
        lines.append(_style("          " + tr.render(msg("hint: {hint}", hint=visible(hint))), colour, dim=True))
    if finding.waiver:
        reason = tr.render(msg("waived: {reason}", reason=visible(finding.waiver.reason)))
        lines.append(_style(f"          {reason}", colour, dim=True))
    return lines


def render_result(result: Result, colour: bool = False, tr: Translator | None = None) -> list[str]:
    """Lines for one descriptor, in ``tr``'s language (by default English)."""
    tr = tr or translator()
    word = labels.word(tr, labels.STATUS_UPPER, result.status)
    status = _style(visible(word), colour, fg=_STATUS_COLOUR.get(result.status), bold=True)
    score = "-" if result.score is None else _score(result.score, tr)
    ident = f" ({visible(clip(result.id, MAX_PARAM_CHARS))})" if result.id else ""
    scored = tr.render(msg("score {score}", score=score))
    lines = [f"{status} {name_shown(result.source)}{ident}  {scored}"]
    file = _DOCUMENT_PART.sub("", result.source)
    if result.reason:
        lines.append("  " + tr.render(msg("skipped: {reason}", reason=visible(labels.reason(tr, result)))))
        # What every other output gives of a skipped file: its findings' place, whole message and hint.
        for finding in result.findings:
            lines.extend(_finding_lines(finding, colour, file, tr))
        return lines
    if result.imported_from:
        lines.append("  " + tr.render(msg("imported from {format}", format=visible(result.imported_from))))
    missing = [k for k, v in result.elements.items() if v == "missing"] if result.status != "error" else []
    if missing:
        names = _joined(labels.named(tr, key, ELEMENTS_BY_KEY[key].label) for key in missing)
        lines.append("  " + tr.render(msg("missing elements: {elements}", elements=names)))
    if any(o["bloom"] for o in result.outcomes):
        levels = _joined(
            labels.named(tr, o["bloom"], BLOOM_LABELS.get(o["bloom"], "")) if o["bloom"] else "?"
            for o in result.outcomes
        )
        lines.append("  " + tr.render(msg("outcome levels (Bloom): {levels}", levels=levels)))
    for finding in result.findings:
        lines.extend(_finding_lines(finding, colour, file, tr))
    return lines


def _score(value: float, tr: Translator) -> str:
    return f"{value:g}" if tr.language == SOURCE_LANGUAGE else tr.number(value)


def _repeated_ids(report: Report, tr: Translator) -> list[str]:
    """The ids several descriptors give, one line each with their sources (the first few)."""
    if not report.repeated_ids:
        return []
    lines = [
        tr.render(
            plural(
                "{count} id is given by more than one descriptor (history, diffs and comparisons take them for "
                "one offering):",
                "{count} ids are given by more than one descriptor (history, diffs and comparisons take them for "
                "one offering):",
                len(report.repeated_ids),
            )
        )
    ]
    lines += [
        f"  {visible(entry['id'])}: {listed(name_shown(source) for source in entry['sources'])}"
        for entry in report.repeated_ids[:LISTED]
    ]
    if len(report.repeated_ids) > LISTED:
        lines.append(f"  ... (+{len(report.repeated_ids) - LISTED})")
    return [*lines, ""]


def render(report: Report, *, colour: bool = False, tr: Translator | None = None, **_: object) -> str:
    """The whole report as text, in the report's language (or ``tr``'s)."""
    return "".join(_lines(report, colour, tr or translator(report.language)))


def write(report: Report, file: BinaryIO, *, colour: bool = False, **_: object) -> None:
    """The text of :func:`render` written into a binary file a descriptor at a time: a run of any size in
    bounded memory (its results read once, from disk when kept there)."""
    for line in _lines(report, colour, translator(report.language)):
        file.write(without_surrogates(line).encode("utf-8"))


def _lines(report: Report, colour: bool, tr: Translator) -> Iterator[str]:
    """The report's text in pieces, each ending in a line end: every result, then the summary."""
    beyond: set[str] = set()
    for result in report.results:
        beyond.update(result.principles_beyond)
        yield "".join(line + "\n" for line in render_result(result, colour, tr)) + "\n"
    lines: list[str] = []
    if beyond:
        lines.append(
            tr.render(
                msg(
                    "Annex II principles needing evidence beyond the descriptors: {principles} "
                    "(what to look for: principle_notes in --format json)",
                    principles=_joined(labels.named(tr, key, PRINCIPLES_BY_KEY[key].label) for key in notes_on(beyond)),
                )
            )
        )
    lines.extend(_repeated_ids(report, tr))
    s = report.summary
    counts = {
        "passing": s["pass"],
        "failing": s["fail"],
        "errors": s["error"],
        "rubric": visible(report.rubric.id),
        "version": visible(report.rubric.version),
    }
    if s.get("skipped"):
        line = plural(
            "{count} descriptor(s): {passing} pass, {failing} fail, {errors} error; "
            "{skipped} file(s) skipped, not descriptors  (rubric {rubric} {version})",
            "{count} descriptor(s): {passing} pass, {failing} fail, {errors} error; "
            "{skipped} file(s) skipped, not descriptors  (rubric {rubric} {version})",
            s["descriptors"],
            skipped=s["skipped"],
            **counts,
        )
    else:
        line = plural(
            "{count} descriptor(s): {passing} pass, {failing} fail, {errors} error  (rubric {rubric} {version})",
            "{count} descriptor(s): {passing} pass, {failing} fail, {errors} error  (rubric {rubric} {version})",
            s["descriptors"],
            **counts,
        )
    lines.append(tr.render(line))
    yield "".join(line + "\n" for line in lines)
