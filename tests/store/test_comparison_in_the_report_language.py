"""What changed since the last audit is told in the report's language: the audit's ``since`` block and diff's JSON."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.i18n import translator
from qa_checker.text import msg
from tests.store.helpers import FIRST, SECOND, scenario, second_cycle


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def _translated(since: dict, english: dict, language: str) -> None:
    """Every text for people differs from the English comparison of the same runs (numbers and keys aside)."""
    assert since["before"]["label"] == translator(language).render(msg("run {id}", id="1")) != "run 1"
    assert since["worse"] and len(since["worse"]) == len(english["worse"])
    for line, original in zip(since["worse"], english["worse"]):
        assert line != original
    for item, original in zip(since["descriptors"], english["descriptors"]):
        for key in ("worse", "better"):
            assert len(item[key]) == len(original[key])
            for reason, english_reason in zip(item[key], original[key]):
                assert reason != english_reason


def test_the_audit_since_block_and_diff_json_speak_the_language_asked_for(tmp_path: Path, store_url: str) -> None:
    folder = scenario(tmp_path)
    _invoke("audit", str(folder), "--out", str(tmp_path / "first"), "--store", store_url, "--now", FIRST)
    second_cycle(folder)
    out = tmp_path / "second"
    _invoke("audit", str(folder), "--out", str(out), "--store", store_url, "--now", SECOND, "--lang", "de")

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    english = json.loads(_invoke("diff", "1", "2", "--store", store_url, "--format", "json", "--lang", "en"))
    assert report["language"] == "de"
    _translated(report["since"], english, "de")
    german = json.loads(_invoke("diff", "1", "2", "--store", store_url, "--format", "json", "--lang", "de"))
    _translated(german, english, "de")
