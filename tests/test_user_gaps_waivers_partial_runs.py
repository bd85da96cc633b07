"""Under pre-commit a run checks only the files a commit touches: waivers about the others are not stale.

A provider keeps ``waivers.yaml`` beside the descriptors and runs the hook of the README ("In CI and
editors"). pre-commit passes the touched files by name (split among several processes), so each run sees
only some descriptors. A waiver naming none of them says nothing about whether it is stale: it may name a
file the commit did not touch. The checker reports a waiver that names no descriptor of the run only when
the run was given a folder (the collection the waivers are kept for, as CI and the audit check it); a run
given files still judges every waiver that names one of its descriptors (MC-WV-001, MC-WV-002).
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from qa_checker.api import check_paths
from tests.conftest import NOW, baseline

UNMATCHED = "named no descriptor of this run"


def _repository(tmp_path: Path) -> Path:
    """A provider's repository: two offers under offers/ and a waivers file beside them."""
    offers = tmp_path / "offers"
    offers.mkdir()
    for name in ("alpha", "beta"):
        data = baseline()
        data["id"] = f"acme-{name}-2026"
        data["workload"] = {"hours": 140}  # MC-WL-001: hours without ECTS, which both waivers accept
        (offers / f"{name}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    waivers = [
        {"rule": "MC-WL-001", "descriptor": "acme-alpha-2026", "reason": "Credits pending", "accepted_by": "QA"},
        {"rule": "MC-WL-001", "descriptor": "offers/beta.yaml", "reason": "Credits pending", "accepted_by": "QA"},
        {"rule": "MC-LO-002", "descriptor": "acme-gamma-2026", "reason": "Gone offer", "accepted_by": "QA"},
    ]
    (tmp_path / "waivers.yaml").write_text(yaml.safe_dump({"waivers": waivers}), encoding="utf-8")
    return tmp_path


def _check(run_cli, *args: str):
    return run_cli("check", *args, "--waivers", "waivers.yaml", "--now", NOW.isoformat(), "--format", "json")


def test_a_commit_touching_one_file_hears_nothing_of_the_waivers_about_the_others(
    tmp_path: Path, run_cli, monkeypatch
) -> None:
    monkeypatch.chdir(_repository(tmp_path))
    outcome = _check(run_cli, "offers/alpha.yaml")
    assert UNMATCHED not in outcome.stderr
    report = json.loads(outcome.stdout)
    assert report["run"]["unmatched_waivers"] == []
    (result,) = report["results"]
    waived = [f for f in result["findings"] if f["rule"] == "MC-WL-001"]
    assert waived and all(f["waived"] for f in waived)  # the waiver naming the touched file still applies
    assert result["status"] == "pass"


def test_the_files_named_one_by_one_hear_nothing_either(tmp_path: Path, run_cli, monkeypatch) -> None:
    """Even all the files by name: pre-commit splits them among processes, each seeing a part."""
    monkeypatch.chdir(_repository(tmp_path))
    outcome = _check(run_cli, "offers/alpha.yaml", "offers/beta.yaml")
    assert UNMATCHED not in outcome.stderr
    assert json.loads(outcome.stdout)["run"]["unmatched_waivers"] == []


def test_a_run_given_only_files_still_judges_the_waivers_naming_them(tmp_path: Path, run_cli, monkeypatch) -> None:
    root = _repository(tmp_path)
    data = yaml.safe_load((root / "offers" / "alpha.yaml").read_text(encoding="utf-8"))
    data["workload"] = {"ects": 5, "hours": 140}  # fixed: the waiver naming it now waives nothing
    (root / "offers" / "alpha.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.chdir(root)
    (result,) = json.loads(_check(run_cli, "offers/alpha.yaml").stdout)["results"]
    assert [f["rule"] for f in result["findings"] if f["rule"].startswith("MC-WV")] == ["MC-WV-002"]


def test_the_folder_run_reports_the_waiver_naming_nothing(tmp_path: Path, run_cli, monkeypatch) -> None:
    monkeypatch.chdir(_repository(tmp_path))
    outcome = _check(run_cli, "offers")
    unmatched = json.loads(outcome.stdout)["run"]["unmatched_waivers"]
    assert len(unmatched) == 1 and unmatched[0].startswith("waiver 3 in ") and UNMATCHED in unmatched[0]
    assert "waiver 3 in" in outcome.stderr and UNMATCHED in outcome.stderr


def test_a_folder_among_the_inputs_makes_the_run_report_them(tmp_path: Path, monkeypatch) -> None:
    root = _repository(tmp_path)
    (root / "more").mkdir()
    monkeypatch.chdir(root)
    report = check_paths(["offers/alpha.yaml", "more"], waivers="waivers.yaml", now=NOW)
    assert sorted(str(text).split(" in ", 1)[0] for text in report.unmatched_waivers) == ["waiver 2", "waiver 3"]


def test_the_python_api_follows_the_same_rule(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(_repository(tmp_path))
    assert check_paths(["offers/alpha.yaml"], waivers="waivers.yaml", now=NOW).unmatched_waivers == []
    assert len(check_paths(["offers"], waivers="waivers.yaml", now=NOW).unmatched_waivers) == 1
