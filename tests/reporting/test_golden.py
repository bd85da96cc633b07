"""Golden reports: a small fixed batch rendered with --now must match tests/golden/ exactly.

Run ``pytest --update-golden`` to rewrite the expected files after an intended change, then read
the diff. JSON is compared parsed, HTML as text, the workbook as the values of every cell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.conftest import ROOT
from tests.reporting.helpers import NOW_TEXT

GOLDEN = ROOT / "tests" / "golden"
BATCH = GOLDEN / "batch"
EXPECTED = BATCH / "expected"


def _workbook_values(path: Path) -> dict[str, list[list[Any]]]:
    workbook = openpyxl.load_workbook(path)
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from qa_checker.cli import cli

    out = tmp_path_factory.mktemp("golden")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(BATCH)
        result = CliRunner().invoke(
            cli,
            ["audit", "inputs", "--out", str(out), "--now", NOW_TEXT, "--rubric", "../rubric.yaml", "--jobs", "1"],
            catch_exceptions=False,
        )
    assert result.exit_code == 1, result.output
    return out


def _check(actual: Any, name: str, update: bool, dump) -> None:
    target = EXPECTED / name
    if update:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump(actual), encoding="utf-8")
        return
    assert target.is_file(), f"{target} is missing; run pytest --update-golden"
    expected = target.read_text(encoding="utf-8")
    if name.endswith(".json"):
        assert actual == json.loads(expected), f"{name} differs from the golden file; see the diff above"
    else:
        assert actual == expected, f"{name} differs from the golden file; run pytest --update-golden and read the diff"


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def test_json_report_matches_the_golden_file(rendered, update_golden):
    _check(json.loads((rendered / "report.json").read_text(encoding="utf-8")), "report.json", update_golden, _json)


def test_html_report_matches_the_golden_file(rendered, update_golden):
    _check((rendered / "report.html").read_text(encoding="utf-8"), "report.html", update_golden, str)


def test_workbook_values_match_the_golden_file(rendered, update_golden):
    values = json.loads(_json(_workbook_values(rendered / "report.xlsx")))
    _check(values, "report.xlsx.json", update_golden, _json)
