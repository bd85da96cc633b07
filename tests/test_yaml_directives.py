"""A line starting with % at the top of a YAML file is a directive to the parser: a comment written the TeX or
MATLAB way, a %YAML line without the --- that must follow it, a repeated or unknown version are each explained
at their line with a fix, not with the parser's words alone; a file with a well-formed directive is read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.loaders import yaml_
from tests.test_syntax_messages import _yaml as _refusal

BODY = "title: Data Ethics\nsummary: Short.\n"


@pytest.mark.parametrize(
    ("text", "line", "says", "fix"),
    [
        (
            "% Course descriptor\n" + BODY,
            1,
            "line 1 starts with %, which YAML reads as a directive",
            "Start a comment with #",
        ),
        ("%% generated\n" + BODY, 1, "line 1 starts with %", "with #"),
        ("%YAML 1.2\n" + BODY, 2, "the directive %YAML 1.2 on line 1 is not followed by a line ---", "Add a line ---"),
        ("# exported\n\n%YAML 1.1\n" + BODY, 4, "the directive %YAML 1.1 on line 3 is not followed", "Add a line ---"),
        ("%TAG !e! tag:example.com,2000:\n" + BODY, 2, "the directive %TAG !e! tag:example.com,2000: on line 1", "---"),
        ("%YAML 1.1\n%YAML 1.1\n---\n" + BODY, 2, "line 2 repeats the %YAML directive", "Keep one %YAML line"),
        ("%YAML 2.0\n---\n" + BODY, 1, "names a YAML version that is not 1.x", "Delete the line"),
        (
            "%YAML one\n---\n" + BODY,
            1,
            "line 1 is a directive to YAML (%YAML one) that YAML cannot read",
            "Delete the line",
        ),
    ],
)
def test_a_directive_slip_is_explained_at_its_line(text: str, line: int, says: str, fix: str) -> None:
    finding = _refusal(text)
    assert finding.line == line
    assert says in finding.message and "parser message" in finding.message
    assert fix in (finding.hint or "")


@pytest.mark.parametrize("head", ["%YAML 1.2\n---\n", "%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n", "---\n"])
def test_a_well_formed_directive_is_read(head: str) -> None:
    [document] = yaml_.load((head + BODY).encode(), "d.yaml")
    assert document.data == {"title": "Data Ethics", "summary": "Short."}


def test_a_document_start_slip_without_directives_keeps_its_own_explanation() -> None:
    finding = _refusal("title: x\n}\n")
    assert "directive" not in finding.message


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="%YAML12.0 !#-\n:abcTG", max_size=40))
def test_any_percent_lines_are_refused_or_read_without_a_traceback(head: str) -> None:
    documents = yaml_.load(("%" + head + "\n" + BODY).encode(), "d.yaml")
    for document in documents:
        for finding in document.findings:
            assert finding.line is None or finding.line >= 1
