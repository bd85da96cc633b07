"""Issue 11: a run walks its folders once where its inputs are few enough to list, and the cyclic collector runs
less often while a run lasts (given back after it)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from qa_checker import runner
from qa_checker.api import check_paths
from qa_checker.loaders import Loaders

GOOD = 'descriptor_version: "1.0"\nkind: offer\nid: c-{n}\ntitle: {{en: Data ethics}}\nlanguages: [en]\n'


def _folder(tmp_path: Path, count: int) -> Path:
    for n in range(count):
        (tmp_path / f"{n}.yaml").write_text(GOOD.format(n=n), encoding="utf-8")
    return tmp_path


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per walk of the given paths a run makes."""
    walks: list[int] = []
    walk = Loaders.iter_files

    def counted(self: Loaders, paths: list[str]) -> Iterator[Path]:
        walks.append(1)
        return walk(self, paths)

    monkeypatch.setattr(Loaders, "iter_files", counted)
    return walks


def test_a_run_of_few_inputs_walks_its_folder_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    walks = _walks(monkeypatch)
    report = check_paths([_folder(tmp_path, 3)], jobs=1)
    assert [r.source.rsplit("/", 1)[-1] for r in report.results] == ["0.yaml", "1.yaml", "2.yaml"]
    assert walks == [1]


def test_a_run_of_more_inputs_than_it_lists_walks_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "LISTED_INPUTS", 2)
    walks = _walks(monkeypatch)
    report = check_paths([_folder(tmp_path, 3)], jobs=1)
    assert [r.source.rsplit("/", 1)[-1] for r in report.results] == ["0.yaml", "1.yaml", "2.yaml"]
    assert walks == [1, 1]


def _threshold_while_running(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    seen: list[int] = []
    run = runner._run

    def recorded(*args: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return run(*args)

    monkeypatch.setattr(runner, "_run", recorded)
    check_paths([_folder(tmp_path, 1)], jobs=1)
    return seen[0]


def test_a_run_collects_less_often_and_gives_the_threshold_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()
    gc.set_threshold(700, *before[1:])
    try:
        assert _threshold_while_running(monkeypatch, tmp_path) == runner.COLLECT_AFTER
        assert gc.get_threshold()[0] == 700
    finally:
        gc.set_threshold(*before)


def test_a_run_leaves_a_higher_threshold_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = gc.get_threshold()
    gc.set_threshold(runner.COLLECT_AFTER * 2, *before[1:])
    try:
        assert _threshold_while_running(monkeypatch, tmp_path) == runner.COLLECT_AFTER * 2
        assert gc.get_threshold()[0] == runner.COLLECT_AFTER * 2
    finally:
        gc.set_threshold(*before)
