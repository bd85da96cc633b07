"""Findings are placed at the line and column an editor shows, whatever ends the file's lines.

A carriage return alone ends a line (old Mac and some Excel exports) as CRLF and LF do; Python's JSON
parser and the locator counted only line feeds, so every finding of such a file was on line 1. A UTF-8
file with a byte-order mark placed its first invalid byte three bytes early, naming the wrong byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.loaders import json_, yaml_
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW

LINES = [
    "{",
    '"descriptor_version": "1.0",',
    '"kind": "offer",',
    '"title": {"en": "Data"},',
    '"workload": {"ects": NaN}}',
]
BREAKS = {"cr": "\r", "lf": "\n", "crlf": "\r\n"}


def _place(path: Path) -> tuple[int | None, int | None]:
    report = run([path], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    [result] = report.results
    [finding] = [f for f in result.findings if f.rule == "MC-LD-002"]
    return finding.place()


@pytest.mark.parametrize("ending", BREAKS)
def test_a_finding_at_a_pointer_is_on_its_line_whatever_ends_the_lines(tmp_path: Path, ending: str) -> None:
    path = tmp_path / "nan.json"
    path.write_text(BREAKS[ending].join(LINES), encoding="utf-8", newline="")
    assert _place(path) == (5, 14)


@pytest.mark.parametrize("ending", BREAKS)
def test_a_yaml_finding_at_a_pointer_is_on_its_line_whatever_ends_the_lines(tmp_path: Path, ending: str) -> None:
    lines = ['descriptor_version: "1.0"', "kind: offer", "title: {en: Data}", "workload: {ects: .nan}", ""]
    path = tmp_path / "nan.yaml"
    path.write_text(BREAKS[ending].join(lines), encoding="utf-8", newline="")
    assert _place(path)[0] == 4


@pytest.mark.parametrize("ending", BREAKS)
def test_a_json_syntax_error_is_on_its_line_whatever_ends_the_lines(ending: str) -> None:
    text = BREAKS[ending].join(['{"a": 1,', '"b": 2,', '"c": ]}'])
    [document] = json_.load(text.encode(), "x.json")
    [finding] = document.findings
    assert "line 3, column 6" in finding.message


def test_mixed_line_ends_each_end_one_line() -> None:
    [document] = json_.load(b'{\n"a": 1,\r\n"b": 2,\r"c": 3,\n"d": ]\r}', "x.json")
    assert "line 5, column 6" in document.findings[0].message


def test_an_invalid_byte_after_a_byte_order_mark_is_named_at_its_place() -> None:
    [document] = yaml_.load(b"\xef\xbb\xbfa: 1\rb: caf\xe9\r", "x.yaml")
    [finding] = document.findings
    assert finding.message == "the file is not UTF-8 text (line 2, column 7: byte 0xE9)"
    [document] = json_.load(b"\xef\xbb\xbf\xff\xfe{}", "x.json")
    assert document.findings[0].message == "the file is not UTF-8 text (line 1, column 1: byte 0xFF)"


def test_a_column_after_accented_letters_counts_characters_not_bytes() -> None:
    [document] = json_.load('{}\n{"title": "Éàü\udcff"}'.encode("utf-8", "surrogateescape"), "x.json")
    assert document.findings[0].message == "the file is not UTF-8 text (line 2, column 15: byte 0xFF)"


def test_a_carriage_return_in_a_json_text_is_still_refused() -> None:
    [document] = json_.load(b'{"title": "a\rb"}', "x.json")
    [finding] = document.findings
    assert finding.rule == "MC-LD-002"
