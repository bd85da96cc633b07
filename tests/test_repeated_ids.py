"""Ids given by more than one descriptor of a run are reported once for the run, with their sources, the
same way whether the results stay in memory or are kept on disk, in every report."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from qa_checker.table import IdTally
from tests.conftest import NOW, ROOT, baseline

REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))


def test_the_tally_keeps_the_first_source_and_the_repeats() -> None:
    tally = IdTally()
    for ident, source in [("a", "1"), ("b", "2"), (None, "3"), ("a", "4"), ("", "5"), ("a", "6")]:
        tally.add(ident, source)
    assert tally.summary() == [{"id": "a", "sources": ["1", "4", "6"]}]


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    for index, ident in enumerate(["shared-id", "own-id", "shared-id", "other-id"]):
        data = baseline()
        data["id"] = ident
        (tmp_path / f"provider-{index}").mkdir()
        (tmp_path / f"provider-{index}" / "course.json").write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("spill_after", [None, 1])
def test_a_run_lists_the_ids_several_descriptors_give(batch: Path, spill_after: int | None) -> None:
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=1, spill_after=spill_after)
    report = run([batch], config)
    sources = [str(batch / f"provider-{i}" / "course.json") for i in (0, 2)]
    assert report.repeated_ids == [{"id": "shared-id", "sources": sources}]
    contract = report.to_dict()
    jsonschema.validate(contract, REPORT_SCHEMA)
    assert contract["run"]["repeated_ids"] == report.repeated_ids


def test_every_report_shows_them(batch: Path) -> None:
    from qa_checker.reporting import render

    report = run([batch], RunConfig(rubric=load_rubric(), now=NOW, jobs=1, short_names=True))
    text = render(report, "text")
    assert "1 id is given by more than one descriptor" in text
    assert f"shared-id: {batch.name}/provider-0/course.json, {batch.name}/provider-2/course.json" in text
    html = render(report, "html")
    assert "Ids given by more than one descriptor (1)" in html and "<code>shared-id</code>" in html


def test_a_paged_report_lists_them_on_its_inputs_page_and_counts_them_on_its_index(batch: Path) -> None:
    from qa_checker.reporting import html

    report = run([batch], RunConfig(rubric=load_rubric(), now=NOW, jobs=1, short_names=True))
    written = html.pages(report, per_page=1)
    assert "<code>shared-id</code>" in written["report-pages/inputs.html"]
    assert "Ids given by more than one descriptor" in written["report.html"]
    assert "<code>shared-id</code>" not in written["report.html"]


def test_an_id_written_in_either_unicode_form_is_one_id(tmp_path: Path) -> None:
    # "café" with a precomposed é (NFC, most editors) and with e + a combining accent (NFD, macOS file
    # names pasted into a sheet): one id to the eye, so one id to the repeats, history and diffs.
    for name, ident in [("composed", "caf\u00e9-1"), ("decomposed", "cafe\u0301-1")]:
        data = baseline()
        data["id"] = ident
        (tmp_path / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    report = run([tmp_path], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    assert [r.id for r in report.results] == ["caf\u00e9-1", "caf\u00e9-1"]
    assert report.repeated_ids == [
        {"id": "caf\u00e9-1", "sources": [str(tmp_path / "composed.json"), str(tmp_path / "decomposed.json")]}
    ]
