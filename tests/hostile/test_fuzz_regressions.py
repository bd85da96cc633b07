"""Inputs the fuzzers (``fuzz/``) once crashed on, each read by its loader and checked through the runner.

Every file under ``fuzz_regressions/`` is saved by ``python fuzz/run.py --save`` as the file the
crashing input stands for (its suffix picks the loader). Reading it must not raise, and checking it
must give results whose findings are registered rules, never an internal error, and never an input
given up over its time budget (a saved ``timeout-`` input once took over 10 s).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from qa_checker.loaders import Loaders
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.runner import RunConfig, run

HERE = Path(__file__).resolve().parent / "fuzz_regressions"
FILES = sorted(p for p in HERE.iterdir() if p.is_file() and p.suffix != ".md") if HERE.is_dir() else []
NOW = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_fuzz_regression_is_answered(path: Path) -> None:
    documents = Loaders().load_path(path)
    assert documents, "no document"
    report = run([path], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    assert report.results
    for result in report.results:
        for finding in result.findings:
            assert finding.rule in RULES_BY_ID, finding.rule
            assert finding.rule not in ("MC-EN-002", "MC-EN-003"), finding.message
