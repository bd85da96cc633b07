"""Paths are shown relative to the input given on the command line, never as absolute local paths
(``RunConfig.short_names``)."""

from __future__ import annotations

import json
import os
import pickle
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.loaders import Loaders, ShownPath, SkippedPath, input_starts, iter_files, shown, shown_name
from qa_checker.reporting import render
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, ROOT

GOOD = ROOT / "qa_checker" / "data" / "good-offer.yaml"


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "audits" / "batch"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.yaml").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.json").write_text("{", encoding="utf-8")
    with zipfile.ZipFile(folder / "more.zip", "w") as archive:
        archive.write(GOOD, "inner/good.yaml")
    return folder


def test_shown_names() -> None:
    assert shown_name("samples") is None and shown_name("samples", "samples/a.yaml") is None
    assert shown_name("/home/me/batch", "/home/me/batch/sub/a.yaml") == "batch/sub/a.yaml"
    assert shown_name("/home/me/a.yaml") == "a.yaml"
    assert shown_name("/home/me/a.yaml", "/home/me/a.yaml") == "a.yaml"
    assert shown_name("/", "/x/a.yaml") == "x/a.yaml"


def test_inputs_of_the_same_last_part_are_told_apart() -> None:
    starts = input_starts(["/a/2025/course.yaml", "/b/2025/course.yaml", "/c/other.yaml", "/a/2025/course.yaml"])
    assert starts == ["a/2025/course.yaml", "b/2025/course.yaml", "other.yaml", "a/2025/course.yaml"]
    assert input_starts(["course.yaml", "/x/course.yaml", "-"]) == [None, "x/course.yaml", None]
    assert input_starts(["/data/batch", "/old/batch", "/"]) == ["data/batch", "old/batch", ""]


def test_two_providers_files_of_one_name_keep_apart_in_the_report(tmp_path: Path) -> None:
    for provider in ("uni-a", "uni-b"):
        (tmp_path / provider / "2025").mkdir(parents=True)
        (tmp_path / provider / "2025" / "course.yaml").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    files = [tmp_path / "uni-a" / "2025", tmp_path / "uni-b" / "2025"]
    result = CliRunner().invoke(cli, ["check", *map(str, files), "--format", "json"], catch_exceptions=False)
    sources = [r["source"] for r in json.loads(result.stdout)["results"]]
    assert sources == ["uni-a/2025/course.yaml", "uni-b/2025/course.yaml"]


def test_files_under_an_absolute_folder_keep_their_real_path_to_open(batch: Path) -> None:
    found = list(iter_files([batch], short_names=True))
    assert sorted(shown(p) for p in found) == ["batch/broken.json", "batch/more.zip", "batch/sub/good.yaml"]
    assert all(isinstance(p, ShownPath) and p.is_absolute() and p.is_file() for p in found)
    again = pickle.loads(pickle.dumps(found[0]))
    assert shown(again) == shown(found[0]) and again == found[0]
    assert [str(p) for p in iter_files([batch])] == sorted(str(p) for p in found)  # the API's default


def test_a_skipped_path_keeps_its_name_through_the_pool() -> None:
    path = SkippedPath.refused("/x/y/loop.yaml", "a loop", "hint", "y/loop.yaml")
    again = pickle.loads(pickle.dumps(path))
    assert again.document().source == "y/loop.yaml"


@pytest.mark.parametrize("fmt", ["json", "text", "sarif", "github", "html", "xlsx"])
def test_no_output_shows_the_absolute_path(batch: Path, fmt: str) -> None:
    report = run([batch], RunConfig(rubric=load_rubric(), now=NOW, jobs=1, short_names=True))
    rendered = render(report, fmt)
    if isinstance(rendered, bytes):
        path = batch.parent / "report.xlsx"
        path.write_bytes(rendered)
        text = _workbook_text(path)
    else:
        text = rendered
    assert str(batch.parent) not in text
    assert "batch/broken.json" in text
    if fmt not in ("sarif", "github"):  # these list findings only, and the good files have none
        assert "batch/sub/good.yaml" in text and "batch/more.zip!inner/good.yaml" in text


def _workbook_text(path: Path) -> str:
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    return "\n".join(
        str(cell.value) for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.value
    )


def test_a_relative_input_is_shown_as_given(batch: Path) -> None:
    cwd = os.getcwd()
    os.chdir(batch.parent)
    try:
        result = CliRunner().invoke(cli, ["check", "batch", "--format", "json"], catch_exceptions=False)
        report = run(["batch"], RunConfig(rubric=load_rubric(), now=NOW, jobs=1, short_names=True))
    finally:
        os.chdir(cwd)
    expected = ["batch/broken.json", "batch/more.zip!inner/good.yaml", "batch/sub/good.yaml"]
    assert sorted(r["source"] for r in json.loads(result.stdout)["results"]) == expected
    assert sorted(r.source for r in report.results) == expected


def test_a_link_out_of_the_folder_names_no_absolute_folder(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    outside = tmp_path / "private" / "secret.yaml"
    outside.parent.mkdir()
    outside.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "elsewhere.yaml").symlink_to(os.path.relpath(outside, folder))
    documents = [d for p in Loaders(short_names=True).iter_files([folder]) for d in Loaders().load_path(p)]
    assert len(documents) == 1
    message = documents[0].findings[0].message
    assert "outside the folder batch given to check" in message and str(tmp_path) not in message
    assert documents[0].source == "batch/elsewhere.yaml"
