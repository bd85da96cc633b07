"""Hostile round twelve: a batch of many descriptors giving one id, that id holding a line break, a tab and
terminal escape codes.

A careful user expects every descriptor of such a batch reported on its own (one JSONL line each, one row each in
the workbook, one section each on the page, with anchors that never collide), the one-line formats staying one
line per result or finding, no escape code reaching the terminal, and the diff of the batch with itself saying
nothing changed, each descriptor paired with its own source.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import baseline
from tests.reporting.helpers import NOW_TEXT, write_json

COPIES = 120
ODD_ID = "dup\n\tid\x1b[2J\x1b]0;owned\x07"


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("same-id")
    for index in range(COPIES):
        data = baseline()
        data["id"] = ODD_ID
        data["title"] = {"en": f"Offer {index}\nsecond line\ttab"}
        if index % 2:
            data["colour"] = "blue"  # half of them fail
        write_json(root / "in" / f"d{index:03d}.json", data)
    return root


def _run(*args: str) -> tuple[int, str]:
    done = CliRunner().invoke(cli, [*args, "--now", NOW_TEXT])
    return done.exit_code, done.output


def test_jsonl_is_one_line_and_one_result_for_each_descriptor(batch: Path) -> None:
    code, out = _run("check", str(batch / "in"), "--format", "jsonl", "-j", "1")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == COPIES
    results = [json.loads(line) for line in lines]
    assert {r["id"] for r in results} == {ODD_ID}
    assert len({r["source"] for r in results}) == COPIES


def test_the_terminal_report_gets_no_escape_code_and_no_line_from_a_value(batch: Path) -> None:
    code, out = _run("check", str(batch / "in"), "--format", "text", "-j", "1", "--color", "never")
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out
    assert "second line" not in out.replace("\\nsecond line", "")  # the title's line break shown as \n
    assert out.count("dup\\n\\tid\\x1b[2J") >= COPIES // 2


def test_github_annotations_stay_one_line_each(batch: Path) -> None:
    code, out = _run("check", str(batch / "in"), "--format", "github", "-j", "1")
    assert code == 1
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert commands and all("\x1b" not in line for line in commands)
    assert not [line for line in out.splitlines() if line.startswith("second line")]


def test_every_descriptor_has_its_own_row_and_its_own_anchor(batch: Path) -> None:
    out = batch / "audit"
    code, _ = _run("audit", str(batch / "in"), "--out", str(out), "--no-progress")
    assert code == 1
    book = openpyxl.load_workbook(out / "report.xlsx", read_only=True)
    rows = list(book["Descriptors"].iter_rows(values_only=True))
    book.close()
    assert len(rows) - 1 == COPIES
    for page in [out / "report.html", *sorted((out / "report-pages").glob("*.html"))]:
        text = page.read_text(encoding="utf-8")
        anchors = Counter(re.findall(r'\sid="([^"]+)"', text))
        assert not [a for a, n in anchors.items() if n > 1], (page.name, anchors.most_common(3))
        assert "\x1b" not in text and "\x07" not in text


def test_the_diff_of_the_batch_with_itself_pairs_each_descriptor_with_its_own_source(batch: Path) -> None:
    code, out = _run("diff", str(batch / "in"), str(batch / "in"), "--format", "json", "--all")
    assert code == 0, out
    entries = json.loads(out)["descriptors"]
    assert len(entries) == COPIES
    assert {e["change"] for e in entries} == {"unchanged"}
    assert len({e["source"] for e in entries}) == COPIES and not [e for e in entries if e["moved_from"]]
