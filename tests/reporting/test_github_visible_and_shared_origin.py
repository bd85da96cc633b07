"""Control and invisible characters reach no CI log raw, and the reports share one "beyond the line" check.

``--format github`` escaped only what ends a workflow command (``%``, CR, LF): an ESC, BEL or zero width
space in a descriptor's text went raw into the log. The terminal and HTML reports each had their own copy
of "is the original place only the line the finding already gives?", and the GitHub annotation a third.
"""

from __future__ import annotations

import pytest

from qa_checker.findings import Finding, Origin, Severity
from qa_checker.reporting import html, labels, text
from qa_checker.reporting.github import command
from qa_checker.results import Result


def finding(pointer: str, message: str, origin: Origin | None = None, hint: str = "") -> Finding:
    return Finding.make(
        rule="MC-EL-001",
        severity=Severity.ERROR,
        element="title",
        pointer=pointer,
        message=message,
        hint=hint,
        origin=origin,
    )


def result(*findings: Finding) -> Result:
    return Result(source="a.yaml", id=None, kind=None, status="fail", score=0.0, elements={}, findings=list(findings))


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x00", "\x9b", "\u200b", "\u202e", "\ufeff"])
def test_a_control_or_invisible_character_is_written_as_its_escape(char: str) -> None:
    found = finding(f"/ti{char}tle", f"bad{char}[31m text", Origin(pointer=f"/x{char}y"), hint=f"fix{char}it")
    line = command(result(found), found)
    assert char not in line
    shown = text.visible(char)
    assert line.count(shown) == 4, line


def test_line_breaks_of_a_message_stay_escaped_as_the_toolkit_does() -> None:
    found = finding("/title", "one\ntwo\x1b")
    assert command(result(found), found).endswith("::one%0Atwo\\x1b [/title]")


def test_both_reports_ask_labels_whether_the_origin_is_beyond_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "origin_beyond_line", lambda tr, found: "ASKED")
    found = Finding.make(
        rule="MC-LD-002",
        severity=Severity.ERROR,
        element=None,
        pointer="/title",
        message="m",
        hint="",
        origin=Origin(sheet="Courses", cell="B4"),
        line=4,
    )
    assert html.location(found) == "/title [ASKED]"
    assert command(result(found), found).endswith("::m [/title, ASKED]")
    assert "[ASKED]" in text._finding_lines(found, colour=False, file="a.yaml")[0]


@pytest.mark.parametrize(
    ("origin", "shown"),
    [
        (Origin(pointer="/credentialSubject/name", line=3), "[/credentialSubject/name]"),
        (Origin(sheet="Courses", cell="A5", line=3), "[Courses!A5]"),
        (Origin(line=3), None),
    ],
)
def test_every_report_names_the_original_place_as_the_page_does(origin: Origin, shown: str | None) -> None:
    found = finding("/title", "m", origin)
    first = text._finding_lines(found, colour=False, file="a.yaml")[0]
    assert "a.yaml:3" in first
    assert (f" {shown}" in first) if shown else ("[" not in first)
    assert html.location(found) == ("/title " + shown if shown else "/title")
    annotation = command(result(found), found)
    assert ",line=3," in annotation
    assert annotation.endswith("::m [/title, " + shown.strip("[]") + "]" if shown else "::m [/title]")


def test_without_a_file_the_terminal_still_gives_the_line() -> None:
    assert "[line 3]" in text._finding_lines(finding("/title", "m", Origin(line=3)), colour=False)[0]
