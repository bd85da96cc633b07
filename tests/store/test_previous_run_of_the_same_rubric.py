"""An agency that audits the same descriptors under a national profile and under the EU rubric into one store
compares each audit with the last one under the same rubric, not with the other rubric's run of the same day
(which would call unchanged descriptors worse or improved for the rubric's sake alone)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qa_checker.cli import cli
from tests.journey4_data import FIRST, SECOND, build, second_cycle, waivers

CHANGED = "3 improved, 3 worse, 2 added, 1 removed"


def _audit(folder: Path, rubric: str, now: str, out: Path, store: str, rules: Path) -> tuple[str, dict[str, object]]:
    args = ["audit", str(folder), "--rubric", rubric, "--now", now, "--out", str(out), "--store", store]
    done = CliRunner().invoke(cli, [*args, "--jobs", "1", "--waivers", str(rules)], catch_exceptions=False)
    assert done.exit_code == 1, done.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return done.output, report.get("since") or {}


def test_each_audit_is_compared_with_the_last_one_under_its_rubric(store_url: str, tmp_path: Path) -> None:
    folder, rules = build(tmp_path / "cycle"), waivers(tmp_path / "waivers.yaml")
    _audit(folder, "ie-nfq", FIRST, tmp_path / "n1", store_url, rules)  # run 1
    # No earlier eu-2022 run: compared with the national run, and told the rubrics differ.
    said, since = _audit(folder, "eu-2022", FIRST, tmp_path / "e1", store_url, rules)  # run 2
    assert "since run 1" in said and since["notes"]
    second_cycle(folder)
    said, since = _audit(folder, "ie-nfq", SECOND, tmp_path / "n2", store_url, rules)  # run 3
    assert f"since run 1: {CHANGED}" in said and since["before"]["run"] == 1 and not since["notes"]
    said, since = _audit(folder, "eu-2022", SECOND, tmp_path / "e2", store_url, rules)  # run 4
    assert f"since run 2: {CHANGED}" in said and since["before"]["run"] == 2 and not since["notes"]
