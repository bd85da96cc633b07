"""One slow member of an archive costs that member its result, not the archive's other members theirs."""

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
    """Parsing a member named ``b_slow.yaml`` takes longer than any budget of the tests below."""
    parse = Loaders.load_member

    def load_member(self: Loaders, raw: bytes, source: str, name: str, *args: Any) -> Any:
        if name == "b_slow.yaml":
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
    assert "archive member took longer than the budget of 3 seconds" in slow.findings[0].message
    for name in ("a_good.yaml", "c_good.yaml"):
        assert results[name].status != "error"
        assert results[name].id == results["a_good.yaml"].id is not None
