"""The files a run passes over (its report folder, its output file) are told folder by folder.

Whether a file lies under an excluded path was decided by resolving the file's whole path, every folder
above it read from the disk again for each of its files: with ``-o`` a run of 2,000 files spent 40 ms on it,
twice (the inputs are counted, then found again), most of it before any file was checked. Each folder is
now resolved once for its files; the files passed over must be exactly those whose resolved path lies
under an excluded path with no given path between (links, ``..``, relative names included).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from qa_checker.loaders import Loaders
from qa_checker.runner import _excluded, _inputs, _resolved
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "offers" / "data-ethics-nl.yaml"


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Descriptors in and around a report folder, reached directly and through links."""
    monkeypatch.chdir(tmp_path)
    for place in ("a/course.yaml", "a/b/other.yaml", "a/out/old.json", "a/out/deep/x.yaml", "c/d.yaml", "report.json"):
        (tmp_path / place).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLE, tmp_path / place)
    os.symlink(tmp_path / "a" / "out" / "old.json", tmp_path / "a" / "b" / "link-into-out.json")
    os.symlink(tmp_path / "c" / "d.yaml", tmp_path / "a" / "out" / "link-out-of-out.yaml")
    os.symlink(tmp_path / "report.json", tmp_path / "a" / "report-link.json")
    return tmp_path


def _by_definition(paths: list[str], exclude: tuple[str, ...]) -> list[str]:
    """The inputs not under an excluded path, each file's whole path resolved (the definition), each place
    (its folder resolved, its name) at the first path it is found by."""
    excluded = {_resolved(p) for p in exclude}
    named = {_resolved(p) for p in paths}
    kept = [os.fspath(p) for p in Loaders().iter_files(paths) if not _excluded(_resolved(p), excluded, named)]
    places = [os.path.join(os.path.realpath(os.path.dirname(p) or "."), os.path.basename(p)) for p in kept]
    return [path for at, path in enumerate(kept) if places.index(places[at]) == at]


@pytest.mark.usefixtures("tree")
@pytest.mark.parametrize(
    ("paths", "exclude"),
    [
        (["."], ("a/out",)),
        (["."], ("report.json",)),
        (["a"], ("a/out", "report.json")),
        (["a", "a/out/deep"], ("a/out",)),  # a folder given inside the excluded one is read
        (["a/b/../out/old.json", "c/../a"], ("a/out",)),
        (["a/b", "a/out/../course.yaml"], ("a/b/link-into-out.json", "a/out")),
        (["./a/./b", "a"], ("a/out/old.json",)),
    ],
)
def test_the_files_passed_over_are_those_whose_resolved_path_is_excluded(
    paths: list[str], exclude: tuple[str, ...]
) -> None:
    found = [os.fspath(p) for p in _inputs(paths, Loaders(), exclude) if p is not None]
    expected = _by_definition(paths, exclude)
    assert found == expected
    assert len(found) < len(list(Loaders().iter_files(paths)))  # something is passed over in each case


def test_the_report_and_a_link_to_it_are_passed_over_wherever_they_are_found(tree: Path) -> None:
    found = {os.fspath(p) for p in _inputs(["."], Loaders(), ("report.json",)) if p is not None}
    assert "report.json" not in found and "a/report-link.json" not in found
    assert {"a/course.yaml", "a/b/other.yaml", "c/d.yaml"} <= found
