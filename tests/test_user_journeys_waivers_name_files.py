"""A QA agency's waivers name a catalogue by its file: every row of the spreadsheet is named.

The README's Waivers section: ``descriptor`` is "the descriptor's id, or a glob on its file". A spreadsheet
row's source is ``FILE [SHEET row N]`` and a YAML stream's document ``FILE [document N]``; the file is the
same for all of them, so a waiver naming the file (by its path or a glob) names each of them, as a waiver
naming a ``.zip`` names each of its members.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_checker.api import check_paths
from qa_checker.results import split_source
from tests.conftest import NOW, baseline

HEADER = "id,title,languages,awarding_bodies.0.name,awarding_bodies.0.country,learning_outcomes,workload.hours"
ROW = "{id},Data course {n},en,Example Academy,DE,Design a relational database schema for a small shop.,60"


def _catalogue(tmp_path: Path) -> str:
    folder = tmp_path / "catalogue"
    folder.mkdir()
    rows = [ROW.format(id=f"wah-{n}", n=n) for n in (1, 2, 3)]
    (folder / "courses.csv").write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return folder.name


def _stream(tmp_path: Path) -> str:
    folder = tmp_path / "offers"
    folder.mkdir()
    documents = []
    for n in (1, 2):
        data = baseline()
        data["id"] = f"stream-{n}"
        data["workload"] = {"hours": 140}
        documents.append(data)
    (folder / "two.yaml").write_text(yaml.safe_dump_all(documents, allow_unicode=True), encoding="utf-8")
    return folder.name


def _waivers(tmp_path: Path, descriptor: str) -> Path:
    path = tmp_path / "waivers.yaml"
    entry = {
        "rule": "MC-WL-001",
        "descriptor": descriptor,
        "reason": "Hours only until the credit points are approved.",
        "accepted_by": "QA officer",
    }
    path.write_text(yaml.safe_dump({"waivers": [entry]}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("build", "descriptor", "rows"),
    [
        (_catalogue, "catalogue/*.csv", 3),
        (_catalogue, "catalogue/courses.csv", 3),
        (_catalogue, "*.csv", 3),
        (_catalogue, "courses.csv", 3),
        (_stream, "offers/two.yaml", 2),
        (_stream, "offers/*.yaml", 2),
    ],
)
def test_a_waiver_naming_the_file_names_each_of_its_descriptors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, build, descriptor: str, rows: int
) -> None:
    folder = build(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = check_paths([folder], waivers=str(_waivers(tmp_path, descriptor)), now=NOW)
    assert len(report.results) == rows
    for result in report.results:
        hours_only = [f for f in result.findings if f.rule == "MC-WL-001"]
        assert hours_only, result.source
        assert all(f.waiver is not None for f in hours_only), result.source
        assert not [f for f in result.findings if f.rule.startswith("MC-WV")], result.source
    assert report.unmatched_waivers == []


def test_a_waiver_naming_another_file_names_no_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _catalogue(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = check_paths([folder], waivers=str(_waivers(tmp_path, "catalogue/other.csv")), now=NOW)
    assert all(f.waiver is None for result in report.results for f in result.findings)
    assert len(report.unmatched_waivers) == 1


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("cat.xlsx [Courses column C]", ("cat.xlsx", "[Courses column C]")),
        ("cat.xlsx [Lists]", ("cat.xlsx", "[Lists]")),
        ("diploma.xml [europassCredential 2]", ("diploma.xml", "[europassCredential 2]")),
        ("a [draft] b.csv [row 2]", ("a [draft] b.csv", "[row 2]")),
        ("odd [name].yaml", ("odd [name].yaml", "")),
    ],
)
def test_every_part_a_loader_adds_after_the_file_is_told_apart(source: str, expected: tuple[str, str]) -> None:
    assert split_source(source) == expected
