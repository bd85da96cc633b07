"""The HTML report names a finding's place once: a line its file:line:col gives is not repeated as [line N]."""

from __future__ import annotations

from qa_checker.findings import Finding, Origin, Severity
from qa_checker.reporting.html import location


def finding(pointer: str, origin: Origin | None, line: int | None = None) -> Finding:
    return Finding.make(
        rule="MC-LD-002",
        severity=Severity.ERROR,
        element=None,
        pointer=pointer,
        message="m",
        hint="",
        origin=origin,
        line=line,
    )


def test_a_file_level_finding_placed_by_line_is_the_whole_file() -> None:
    assert location(finding("", Origin(line=2))) == "(whole file)"


def test_a_spreadsheet_cell_is_still_named() -> None:
    assert location(finding("/title", Origin(sheet="Courses", cell="B4"))) == "/title [Courses!B4]"


def test_a_pointer_in_the_original_is_still_named() -> None:
    assert location(finding("/title", Origin(pointer="/credentialSubject/name", line=3))) == (
        "/title [/credentialSubject/name]"
    )
