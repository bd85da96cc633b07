"""One slow member of an archive costs that member its result, not the archive's other members theirs; the archive as
a whole is read within one file's time budget, each member within half of it at most."""

from __future__ import annotations

import time
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from qa_checker.limits import Limits
from qa_checker.loaders import Loaders
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run

SAMPLE = Path(__file__).parents[2] / "samples" / "offers" / "data-ethics-nl.yaml"


@pytest.fixture
def slow_member(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing a member named ``*slow*`` takes longer than any budget of the tests below."""
    parse = Loaders.load_member

    def load_member(self: Loaders, raw: bytes, source: str, name: str, *args: Any) -> Any:
        if "slow" in name:
            time.sleep(30)
        return parse(self, raw, source, name, *args)

    monkeypatch.setattr(Loaders, "load_member", load_member)


def test_the_members_beside_a_slow_one_keep_their_results(tmp_path: Path, slow_member: None) -> None:
    archive = tmp_path / "batch.zip"
    text = SAMPLE.read_bytes()
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("a_good.yaml", "b_slow.yaml", "c_good.yaml"):
            zipped.writestr(name, text)
    config = RunConfig(
        rubric=load_rubric(), now=datetime(2026, 11, 29, tzinfo=timezone.utc), jobs=1, limits=Limits(seconds=3)
    )
    started = time.monotonic()
    results = {r.source.rsplit("!", 1)[-1]: r for r in run([archive], config).results}
    assert time.monotonic() - started < 25
    assert sorted(results) == ["a_good.yaml", "b_slow.yaml", "c_good.yaml"]
    slow = results["b_slow.yaml"]
    assert slow.status == "error"
    assert [f.rule for f in slow.findings] == ["MC-EN-003"]
    assert "archive member took longer than the budget of 1.5 seconds" in slow.findings[0].message
    for name in ("a_good.yaml", "c_good.yaml"):
        assert results[name].status != "error"
        assert results[name].id == results["a_good.yaml"].id is not None


def test_the_archive_is_read_within_one_budget_and_the_members_left_are_given_up(
    tmp_path: Path, slow_member: None
) -> None:
    archive = tmp_path / "batch.zip"
    text = SAMPLE.read_bytes()
    names = ["a_good.yaml", "b_slow.yaml", "c_slow.yaml", "d_slow.yaml", "e_good.yaml", "f_good.yaml"]
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in names:
            zipped.writestr(name, text)
    config = RunConfig(
        rubric=load_rubric(), now=datetime(2026, 11, 29, tzinfo=timezone.utc), jobs=1, limits=Limits(seconds=2)
    )
    started = time.monotonic()
    results = run([archive], config).results
    assert time.monotonic() - started < 15
    by_source = {r.source.rsplit("!", 1)[-1]: r for r in results}
    assert by_source["a_good.yaml"].status != "error"
    assert [by_source[n].findings[0].rule for n in ("b_slow.yaml", "c_slow.yaml")] == ["MC-EN-003"] * 2
    (given_up,) = [r for r in results if r.source.endswith("batch.zip")]
    assert given_up.findings[0].rule == "MC-EN-003"
    assert given_up.findings[0].message == (
        "reading the archive took longer than its time budget (2 s); d_slow.yaml and the 2 members after it were "
        "not read"
    )
    assert not {"d_slow.yaml", "e_good.yaml", "f_good.yaml"} & set(by_source)
