"""Comparability, round 2: the dataset gained the ``unread`` column; a dataset an earlier version wrote (the
same columns without it) into the folder audited is still known as qa-checker's own, so the next audit
overwrites it instead of refusing it as an input."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import Result

from tests.conftest import SAMPLES

Run = Callable[..., Result]


def test_a_dataset_of_the_earlier_version_is_overwritten(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLES / "offers" / "data-ethics-nl.yaml", tmp_path / "course.yaml")
    assert run_cli("audit", ".", "--out", "reports", "--dataset", "offerings.csv").exit_code == 0
    earlier = pd.read_csv(tmp_path / "offerings.csv").drop(columns=["unread"])
    (tmp_path / "offerings.csv").write_bytes(earlier.to_csv(index=False, lineterminator="\r\n").encode())
    result = run_cli("audit", ".", "--out", "reports", "--dataset", "offerings.csv")
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))
    assert [r["source"] for r in report["results"]] == ["course.yaml"]
    assert "unread" in pd.read_csv(tmp_path / "offerings.csv").columns


def test_a_catalogue_of_some_of_the_same_columns_is_not_taken_for_a_dataset(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "catalogue.csv").write_text("id,title,provider,country\r\nx-1,Course,Uni,NL\r\n", encoding="utf-8")
    result = run_cli("audit", ".", "--out", "reports", "--dataset", "catalogue.csv")
    assert result.exit_code == 2, result.output
    assert (tmp_path / "catalogue.csv").read_text(encoding="utf-8").startswith("id,title,provider,country")
