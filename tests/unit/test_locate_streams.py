"""A stream or list of many documents is read once to place the findings of all its documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qa_checker import locate
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

DOCUMENT = 'descriptor_version: "1.0"\nkind: offer\ntitle: {en: "Understand"}\n'
COUNT = 40


def test_a_stream_is_parsed_once_to_place_the_findings_of_all_its_documents(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[int] = []
    marks = locate.yaml_marks

    def counted(text: str, targets: Any) -> Any:
        calls.append(1)
        return marks(text, targets)

    monkeypatch.setattr(locate, "yaml_marks", counted)
    path = tmp_path / "stream.yaml"
    path.write_text("---\n".join([DOCUMENT] * COUNT), encoding="utf-8")
    results = run([path], RunConfig(rubric=load_rubric(), jobs=1)).results
    assert len(results) == COUNT and len(calls) == 1
    for number, result in enumerate(results, start=1):
        assert result.source.endswith(f"[document {number}]")
        lines = {f.line for f in result.findings if f.line is not None}
        # Document N holds lines 4N-3 to 4N-1 (each is three lines and a "---" line).
        assert lines and all(4 * number - 3 <= line <= 4 * number - 1 for line in lines), (number, lines)


def test_a_json_list_is_scanned_once_with_each_item_placed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[int] = []
    offsets = locate.json_offsets

    def counted(text: str, targets: Any) -> Any:
        calls.append(1)
        return offsets(text, targets)

    monkeypatch.setattr(locate, "json_offsets", counted)
    item = '{"descriptor_version": "1.0", "kind": "offer", "title": {"en": "Understand"}}'
    path = tmp_path / "list.json"
    path.write_text("[\n" + ",\n".join([item] * COUNT) + "\n]\n", encoding="utf-8")
    results = run([path], RunConfig(rubric=load_rubric(), jobs=1)).results
    assert len(results) == COUNT and len(calls) == 1
    for number, result in enumerate(results, start=1):
        assert {f.line for f in result.findings if f.line is not None} == {number + 1}
