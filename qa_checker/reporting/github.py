"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

A workflow step running ``qa-checker check --format github`` turns every finding into an annotation
on the descriptor's file (and line and column, when the finding knows them) in the job summary and the pull
request. Errors become ``error``, warnings ``warning`` and infos ``notice``; the title is the rule id.
**Waived findings are omitted**: they are accepted exceptions, and an annotation asks for a fix.
Nothing else is printed (no summary line), so stdout holds only commands.

Values are escaped exactly as GitHub's own toolkit (``@actions/core``) does: ``%``, ``\\r`` and
``\\n`` in the message, and additionally ``:`` and ``,`` in the properties, so a descriptor's text
can neither end the command early nor start a command of its own. Before that, the message's parts are
shown as the terminal report shows them (:func:`~qa_checker.cells.visible`): a control or invisible
character in a descriptor's text, or in its file's name, is written as its escape (``\\x1b``), never sent raw
into the CI log.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from qa_checker.cells import visible, without_surrogates
from qa_checker.file_names import name_shown
from qa_checker.findings import Finding, Severity
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import labels
from qa_checker.reporting.sarif import relative_path
from qa_checker.results import Report, Result, in_archive, split_source
from qa_checker.text import N_, msg

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """A command's message, escaped as the toolkit's ``escapeData``."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A command's property value, escaped as the toolkit's ``escapeProperty``."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(result: Result, finding: Finding, tr: Translator | None = None) -> str:
    """The workflow command of one finding, its message in ``tr``'s language (by default English)."""
    tr = tr or translator()
    path, part = split_source(result.source)
    properties = {"file": visible(relative_path(path))}
    line, column = finding.place()
    if in_archive(result.source):  # a member's line is no line of the archive file: the message names it
        part, line = labels.member_at_line(tr, part, line), None
    if line is not None and line >= 1:
        properties["line"] = str(line)
        if column is not None and column >= 1:
            properties["col"] = str(column)
    properties["title"] = finding.rule
    where = [finding.pointer or tr.gettext(N_("(file)"))]
    if part:
        where.append(name_shown(part))
    original = labels.origin_beyond_line(tr, finding)
    if original:
        where.append(original)
    message = f"{visible(tr.message(finding), lines=True)} [{', '.join(visible(w) for w in where)}]"
    hint = tr.hint(finding)
    if hint:
        message += "\n" + tr.render(msg("Hint: {hint}", hint=visible(hint, lines=True)))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(message)}"


def render(report: Report, *, tr: Translator | None = None, **_: object) -> str:
    """One workflow command per finding that is not waived, in report order, in the report's language (or
    ``tr``'s)."""
    return "".join(_lines(report, tr or translator(report.language)))


def write(report: Report, file: BinaryIO, **_: object) -> None:
    """The text of :func:`render` written into a binary file a command at a time: a run of any size in
    bounded memory."""
    for line in _lines(report, translator(report.language)):
        file.write(without_surrogates(line).encode("utf-8"))


def _lines(report: Report, tr: Translator) -> Iterator[str]:
    return (
        command(result, finding, tr) + "\n"
        for result in report.results
        for finding in result.findings
        if finding.waiver is None
    )
