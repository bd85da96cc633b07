"""The JSON report is a contract: real CLI output must validate against schemas/report.schema.json."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.elements import ELEMENT_KEYS
from qa_checker.resources import bundled
from tests.conftest import FIXTURES, SAMPLES


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(bundled("schemas", "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    """A real run over good, flawed and unreadable inputs of both kinds, through the CLI."""
    result = CliRunner().invoke(
        cli,
        ["check", str(SAMPLES), str(FIXTURES / "bad"), "--format", "json", "--now", "2026-11-29"],
        catch_exceptions=False,
    )
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def test_real_output_validates(validator: jsonschema.Draft202012Validator, report: dict[str, Any]) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]
    assert not errors, "\n".join(errors[:20])


def test_the_run_covers_every_status_and_kind(report: dict[str, Any]) -> None:
    assert {r["status"] for r in report["results"]} == {"pass", "fail", "error"}
    assert {r["kind"] for r in report["results"]} == {"offer", "credential", None}
    statuses = {s for r in report["results"] for s in r["elements"].values()}
    assert statuses == {"present", "missing", "invalid", "not-applicable", "unknown"}


def test_summary_counts_the_results(report: dict[str, Any]) -> None:
    results = report["results"]
    assert report["summary"] == {
        "descriptors": len(results),
        **{status: sum(r["status"] == status for r in results) for status in ("pass", "fail", "error")},
    }


def test_every_result_lists_all_sixteen_elements_in_order(report: dict[str, Any]) -> None:
    for result in report["results"]:
        assert tuple(result["elements"]) == ELEMENT_KEYS


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("results", 0, "elements", "learner"), "absent"),
        (("results", 0, "status"), "warn"),
        (("results", 0, "findings", 0, "severity"), "fatal"),
        (("results", 0, "findings", 0, "element"), "workload_ects"),
        (("results", 0, "findings", 0, "pointer"), "learning_outcomes/0"),
        (("results", 0, "findings", 0, "rule"), "LO-1"),
        (("summary", "pass"), -1),
        (("tool", "name"), "other-tool"),
    ],
)
def test_the_schema_rejects_a_broken_report(validator, report, where: tuple, value: Any) -> None:
    """The schema has teeth: each contract violation is caught."""
    broken = copy.deepcopy(report)
    failing = next(r for r in broken["results"] if r["findings"])
    broken["results"].insert(0, failing)
    node: Any = broken
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    assert list(validator.iter_errors(broken))


@pytest.mark.parametrize("key", ["learner", "further_information"])
def test_the_schema_requires_all_sixteen_elements(validator, report, key: str) -> None:
    broken = copy.deepcopy(report)
    del broken["results"][0]["elements"][key]
    assert list(validator.iter_errors(broken))


def test_error_results_have_no_score(validator, report) -> None:
    broken = copy.deepcopy(report)
    unreadable = next(r for r in broken["results"] if r["status"] == "error")
    unreadable["score"] = 0
    assert list(validator.iter_errors(broken))


def test_output_file_validates_too(validator, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    CliRunner().invoke(
        cli,
        ["check", str(SAMPLES / "credentials"), "--format", "json", "--output", str(target)],
        catch_exceptions=False,
    )
    assert not list(validator.iter_errors(json.loads(target.read_text(encoding="utf-8"))))
