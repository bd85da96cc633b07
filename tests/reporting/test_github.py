"""``check --format github``: one workflow command per finding, escaped as GitHub's toolkit escapes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.reporting.github import command, escape_data, escape_property
from qa_checker.results import Result
from tests.conftest import ROOT

LINE = re.compile(r"^::(error|warning|notice) file=[^,:]+(,line=\d+(,col=\d+)?)?,title=MC-[A-Z]+-\d{3}::[^\r\n]+$")


@pytest.fixture(scope="module")
def lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    waivers = tmp_path_factory.mktemp("github") / "waivers.yaml"
    waivers.write_text(
        "waivers:\n  - rule: MC-QA-002\n    descriptor: hs-rhein-cloud-grundlagen-2026\n"
        "    reason: accepted\n    accepted_by: QA officer\n",
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        result = CliRunner().invoke(
            cli,
            [
                "check",
                "samples/flawed/de-cloud-grundlagen.yaml",
                "samples/spreadsheets/catalogue.xlsx",
                "tests/fixtures/bad/invalid.json",
                "--waivers",
                str(waivers),
                "--format",
                "github",
                "--now",
                "2026-11-29",
            ],
            catch_exceptions=False,
        )
    assert result.exit_code == 1, result.output
    return result.stdout.splitlines()


def test_every_line_is_a_workflow_command(lines: list[str]) -> None:
    assert lines
    bad = [line for line in lines if not LINE.match(line)]
    assert not bad, bad[:5]


def test_an_unreadable_file_is_annotated_on_its_line(lines: list[str]) -> None:
    assert any(
        line.startswith("::error file=tests/fixtures/bad/invalid.json,line=4,col=48,title=MC-LD-") for line in lines
    )


def test_a_yaml_finding_is_annotated_on_its_line_and_column(lines: list[str]) -> None:
    located = [line for line in lines if "[/quality_assurance/" not in line and "de-cloud-grundlagen" in line]
    assert located and all(",line=" in line and ",col=" in line for line in located)
    text = (ROOT / "samples/flawed/de-cloud-grundlagen.yaml").read_text(encoding="utf-8").splitlines()
    for line in located:
        match = re.search(r",line=(\d+),col=(\d+),.*\[(/[^\],]*)", line)
        assert match, line
        row, column, pointer = int(match.group(1)), int(match.group(2)), match.group(3)
        # The place is the key of the member the pointer ends at, or the item of a list; a missing
        # translation's pointer names the language the text lacks, placed at the text.
        if "title=MC-LG-002" in line:
            pointer = pointer.rsplit("/", 1)[0]
        last = pointer.rsplit("/", 1)[-1]
        assert text[row - 1][column - 1 :].lstrip("- ").startswith((last, "'", '"')) or last.isdigit(), line


def test_a_spreadsheet_finding_names_its_row_and_cell(lines: list[str]) -> None:
    rows = [
        line for line in lines if line.split("::")[1].startswith("warning file=samples/spreadsheets/catalogue.xlsx,")
    ]
    assert rows and all("[Courses row " in line and "Courses!" in line for line in rows)


def test_waived_findings_are_omitted(lines: list[str]) -> None:
    assert not [line for line in lines if "title=MC-QA-002" in line and "de-cloud-grundlagen" in line]
    assert any("de-cloud-grundlagen" in line for line in lines)


def test_escaping_is_the_toolkits() -> None:
    assert escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_a_hostile_descriptor_cannot_start_a_command_of_its_own() -> None:
    finding = Finding(
        rule="MC-EL-001",
        severity=Severity.INFO,
        element="title",
        pointer="/title",
        message="x\n::error file=evil::owned %0A",
        hint="",
        origin=Origin(line=3),
    )
    result = Result(
        source="dir,1/a:b.yaml [document 2]",
        id=None,
        kind=None,
        status="pass",
        score=100.0,
        elements={},
        findings=[finding],
    )
    line = command(result, finding)
    assert "\n" not in line
    assert line == (
        "::notice file=dir%2C1/a%3Ab.yaml,line=3,title=MC-EL-001::"
        "x%0A::error file=evil::owned %250A [/title, [document 2]]"
    )


def test_nothing_else_on_stdout_when_all_pass(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--format", "github"], catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout == ""
