"""The terminal report: grouped by descriptor, most severe first, coloured only on a terminal."""

from __future__ import annotations

import click

from qa_checker.findings import Finding, Severity
from qa_checker.results import Report, Result, principle_notes

_SEVERITY_COLOUR = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_STATUS_COLOUR = {"pass": "green", "fail": "red", "error": "magenta"}


def _style(text: str, colour: bool, **kwargs: object) -> str:
    return click.style(text, **kwargs) if colour else text  # type: ignore[arg-type]


def _finding_lines(finding: Finding, colour: bool) -> list[str]:
    severity = _style(f"{finding.severity.value:<7}", colour, fg=_SEVERITY_COLOUR[finding.severity], bold=True)
    where = finding.pointer or "(file)"
    if finding.origin is not None and finding.origin.label():
        where += f" [{finding.origin.label()}]"
    waived = _style(" (waived)", colour, dim=True) if finding.waiver else ""
    lines = [f"  {severity} {finding.rule}  {where}{waived}", f"          {finding.message}"]
    if finding.hint:
        lines.append(_style(f"          hint: {finding.hint}", colour, dim=True))
    if finding.waiver:
        lines.append(_style(f"          waived: {finding.waiver.reason}", colour, dim=True))
    return lines


def render_result(result: Result, colour: bool = False) -> list[str]:
    """Lines for one descriptor."""
    status = _style(result.status.upper(), colour, fg=_STATUS_COLOUR[result.status], bold=True)
    score = "-" if result.score is None else f"{result.score:g}"
    ident = f" ({result.id})" if result.id else ""
    lines = [f"{status} {result.source}{ident}  score {score}"]
    if result.imported_from:
        lines.append(f"  imported from {result.imported_from}")
    missing = [k for k, v in result.elements.items() if v == "missing"] if result.status != "error" else []
    if missing:
        lines.append(f"  missing elements: {', '.join(missing)}")
    if any(o["bloom"] for o in result.outcomes):
        lines.append(f"  outcome levels (Bloom): {', '.join(o['bloom'] or '?' for o in result.outcomes)}")
    for finding in result.findings:
        lines.extend(_finding_lines(finding, colour))
    return lines


def render(report: Report, *, colour: bool = False, **_: object) -> str:
    """The whole report as text."""
    lines: list[str] = []
    for result in report.results:
        lines.extend(render_result(result, colour))
        lines.append("")
    beyond = list(principle_notes(report.results))
    if beyond:
        lines.append(f"Annex II principles needing evidence beyond the descriptors: {', '.join(beyond)} "
                     f"(what to look for: principle_notes in --format json)")
    s = report.summary
    lines.append(
        f"{s['descriptors']} descriptor(s): {s['pass']} pass, {s['fail']} fail, {s['error']} error"
        f"  (rubric {report.rubric.id} {report.rubric.version})"
    )
    return "\n".join(lines) + "\n"
