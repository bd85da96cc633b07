"""The samples the README's main command checks: good ones pass, flawed ones fail for their flaws."""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import SAMPLES

# The EU's own sample is a faithful description of a credential that lacks two mandatory elements
# (see test_elm_annex1_sample.py), so it fails although it sits with the good credentials.
EXPECTED_TO_FAIL = {"credentials/eu-elm-annex1-sample.yaml"}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    run = CliRunner().invoke(
        cli, ["check", str(SAMPLES), "--format", "json", "--now", "2026-11-29"], catch_exceptions=False
    )
    assert run.exit_code == 1, run.output  # the flawed samples make the README's command exit 1
    found = json.loads(run.output)["results"]
    # Named from the input's last part, never by the absolute local path the command was given.
    assert all(r["source"].startswith(f"{SAMPLES.name}/") for r in found), [r["source"] for r in found]
    return {PurePosixPath(r["source"]).relative_to(SAMPLES.name).as_posix(): r for r in found}


def test_both_kinds_are_sampled(results: dict[str, dict[str, Any]]) -> None:
    kinds = {(name.split("/")[0], r["kind"]) for name, r in results.items()}
    assert {("offers", "offer"), ("credentials", "credential"), ("flawed", "offer"), ("flawed", "credential")} <= kinds


def test_good_samples_pass(results: dict[str, dict[str, Any]]) -> None:
    good = {
        n: r for n, r in results.items() if n.split("/")[0] in ("offers", "credentials") and n not in EXPECTED_TO_FAIL
    }
    assert good
    for name, result in good.items():
        errors = [f for f in result["findings"] if f["severity"] == "error"]
        assert result["status"] == "pass", (name, errors)
        assert "missing" not in result["elements"].values() and "invalid" not in result["elements"].values(), name


def test_flawed_samples_fail_but_are_read(results: dict[str, dict[str, Any]]) -> None:
    flawed = {n: r for n, r in results.items() if n.startswith("flawed/")}
    assert len(flawed) >= 3
    for name, result in flawed.items():
        assert result["status"] == "fail", name
        assert 0 < result["score"] < 100, name


def test_flawed_credential_is_judged_element_by_element(results: dict[str, dict[str, Any]]) -> None:
    result = results["flawed/credential-without-learner.yaml"]
    elements = result["elements"]
    assert elements["learner"] == "missing"  # M1 not given
    assert elements["issue_date"] == "invalid"  # 30.06.2026 is not an ISO date
    assert elements["issuer_country"] == "invalid"  # EL is the EU editorial code, not ISO 3166-1
    assert elements["level"] == "not-applicable"  # a stated reason is a valid answer to "if applicable"
    assert elements["grade"] == "present" and elements["workload"] == "present"
    located = {(f["rule"], f["pointer"]) for f in result["findings"]}
    assert {
        ("MC-EL-001", "/learner"),
        ("MC-SC-001", "/issue_date"),
        ("MC-VC-001", "/awarding_bodies/0/country"),
    } <= located
    assert ("MC-WL-001", "/workload") not in located  # non-formal, no level: hours are what is possible
    gr = next(f for f in result["findings"] if f["rule"] == "MC-VC-001")
    assert "did you mean GR?" in gr["message"]
