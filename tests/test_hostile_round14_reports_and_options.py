"""Hostile round fourteen: reports given back to ``diff``, ``explain`` with odd rule ids, options at their limits.

A ``report.json`` edited by hand, cut short, from another tool, nested without end or holding NaN is refused
with its file and JSON pointer (exit 2). What this round found: a score of -1 or NaN was "not a number", and a
finding of an unknown severity or an element of an unknown status was read (a severity "fatal" counted as a
new finding, a status "weird" as an element lost); each is now refused at its pointer, saying what it holds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from qa_checker.explain import GOOD_OFFER

Run = Callable[..., Result]


@pytest.fixture
def good_report(tmp_path: Path, run_cli: Run) -> Path:
    path = tmp_path / "good.json"
    outcome = run_cli("check", str(GOOD_OFFER), "--format", "json", "--now", "2026-06-01", "--output", str(path))
    assert outcome.exit_code == 0, outcome.output
    return path


def _changed(good: Path, change: Callable[[dict[str, Any]], object]) -> str:
    report = json.loads(good.read_text(encoding="utf-8"))
    change(report)
    return json.dumps(report)


def _first(report: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = report["results"][0]
    return result


def _finding(severity: str) -> dict[str, Any]:
    return {"rule": "MC-LO-002", "severity": severity, "pointer": "/title", "message": "m"}


@pytest.mark.parametrize(
    ("change", "pointer", "expected"),
    [
        (
            lambda r: _first(r).update(score=-1),
            "/results/0/score",
            "must be a number from 0 to 100, or null, not the number -1",
        ),
        (
            lambda r: _first(r).update(score=100.5),
            "/results/0/score",
            "must be a number from 0 to 100, or null, not the number 100.5;",
        ),
        (
            lambda r: _first(r).update(score=10**30),
            "/results/0/score",
            "must be a number from 0 to 100, or null, not a number;",
        ),
        (
            lambda r: _first(r).update(findings=[_finding("fatal")]),
            "/results/0/findings/0/severity",
            "must be one of error, warning, info, not text 'fatal'",
        ),
        (
            lambda r: _first(r).update(findings=[_finding("ERROR")]),
            "/results/0/findings/0/severity",
            "must be one of error, warning, info",
        ),
        (
            lambda r: _first(r)["elements"].update(title="weird"),
            "/results/0/elements/title",
            "must be one of present, not-applicable, missing, invalid, unknown, not text 'weird'",
        ),
        (
            lambda r: _first(r).update(status="passed"),
            "/results/0/status",
            "must be one of pass, fail, error, skipped, not text 'passed'",
        ),
        (
            lambda r: r.update(generated_at="yesterday"),
            "/generated_at",
            "must be an ISO 8601 date and time, or null, not text 'yesterday'",
        ),
        (
            lambda r: _first(r).update(status="x" * 100_000),
            "/results/0/status",
            "must be one of pass, fail, error, skipped, not text 'xxxxxxxx",
        ),
    ],
    ids=[
        "negative-score",
        "score-over-100",
        "huge-score",
        "unknown-severity",
        "upper-case-severity",
        "unknown-element-status",
        "unknown-status",
        "unreadable-time",
        "long-status",
    ],
)
def test_a_hand_edited_report_is_refused_at_its_pointer_saying_what_it_holds(
    tmp_path: Path,
    run_cli: Run,
    good_report: Path,
    change: Callable[[dict[str, Any]], object],
    pointer: str,
    expected: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(_changed(good_report, change), encoding="utf-8")
    for sides in ((good_report, bad), (bad, good_report)):
        outcome = run_cli("diff", *map(str, sides), "--format", "json")
        assert outcome.exit_code == 2, outcome.output
        assert outcome.output.startswith(f"qa-checker: {bad}: {pointer} {expected}"), outcome.output
        assert outcome.output.count("\n") == 1 and len(outcome.output) < 400, outcome.output


@pytest.mark.parametrize(("literal", "shown"), [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity")])
def test_a_score_json_cannot_hold_is_named_as_written(
    tmp_path: Path, run_cli: Run, good_report: Path, literal: str, shown: str
) -> None:
    report = json.loads(good_report.read_text(encoding="utf-8"))
    score = _first(report)["score"]
    text = good_report.read_text(encoding="utf-8").replace(f'"score": {json.dumps(score)}', f'"score": {literal}', 1)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    outcome = run_cli("diff", str(good_report), str(bad))
    assert outcome.exit_code == 2, outcome.output
    assert outcome.output.startswith(
        f"qa-checker: {bad}: /results/0/score must be a number from 0 to 100, or null, not the number {shown};"
    )


@pytest.mark.parametrize(
    "body",
    [
        "",
        "[]",
        "null",
        '{"results": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"results": [',
        '{"version": "2.1.0", "runs": []}',
    ],
    ids=["empty", "list", "null", "nested-without-end", "cut-short", "sarif"],
)
def test_a_report_that_is_no_report_stops_diff_with_one_line(
    tmp_path: Path, run_cli: Run, good_report: Path, body: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(body, encoding="utf-8")
    outcome = run_cli("diff", str(good_report), str(bad))
    assert outcome.exit_code == 2, outcome.output
    assert outcome.output.startswith(f"qa-checker: {bad}") and outcome.output.count("\n") == 1, outcome.output


def test_a_report_in_utf_16_is_read_as_the_same_report(tmp_path: Path, run_cli: Run, good_report: Path) -> None:
    copy = tmp_path / "utf16.json"
    copy.write_bytes(good_report.read_text(encoding="utf-8").encode("utf-16"))
    outcome = run_cli("diff", str(good_report), str(copy), "--format", "json")
    assert outcome.exit_code == 0, outcome.output
    assert json.loads(outcome.output)["after"]["descriptors"] == 1


@pytest.mark.parametrize(
    "rule_id",
    [
        "",
        "*",
        "MC-LO-*",
        "../../etc/passwd",
        "MC-LO-002\x00",
        "\u202eMC-LO-002",
        "MC-LO-0002",
        "A" * 100_000,
    ],
    ids=["empty", "star", "pattern", "path", "nul", "right-to-left", "four-digits", "long"],
)
def test_explain_with_an_odd_rule_id_is_one_bounded_line(run_cli: Run, rule_id: str) -> None:
    outcome = run_cli("explain", rule_id)
    assert outcome.exit_code == 2, outcome.output
    assert outcome.output.startswith("qa-checker: unknown rule") and outcome.output.count("\n") == 1
    assert len(outcome.output) < 600 and "\x00" not in outcome.output, outcome.output


# (Unicode hyphens, as a word processor writes them, are the id's hyphens too)
@pytest.mark.parametrize("rule_id", ["mc-lo-002", " MC-LO-002 ", "outcome-not-vague", "MC\u2010LO\u2010002"])
def test_explain_takes_a_rule_id_in_any_case_or_its_name(run_cli: Run, rule_id: str) -> None:
    outcome = run_cli("explain", rule_id)
    assert outcome.exit_code == 0 and outcome.output.startswith("MC-LO-002  outcome-not-vague"), outcome.output


@pytest.mark.parametrize(
    "option",
    [
        ("--now", "2026-02-29"),
        ("--now", "9001-01-01"),
        ("--now", "2026-01-01T24:30"),
        ("--now", ""),
        ("--max-bytes", "0"),
        ("--max-bytes", "5MB"),
        ("--max-bytes", "1" + "0" * 30),
        ("--jobs", "-1"),
        ("--jobs", "257"),
        ("--limit", "seconds=inf"),
        ("--limit", "max-depth=0"),
        ("--limit", "max-nodes=1.5"),
        ("--limit", "spreadsheet-rows"),
    ],
    ids=lambda value: str(value)[:20],
)
def test_an_option_past_its_limits_is_a_usage_error(run_cli: Run, option: tuple[str, str]) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), *option)
    assert outcome.exit_code == 2, outcome.output
    assert "Traceback" not in outcome.output and f"{option[0]}" in outcome.output, outcome.output


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "yaml", "json"])
def test_the_template_is_not_written_over_a_folder_or_a_device(tmp_path: Path, run_cli: Run, fmt: str) -> None:
    for target in (str(tmp_path), "/dev/full"):
        outcome = run_cli("template", "--format", fmt, "-o", target)
        assert outcome.exit_code == 2 and "Traceback" not in outcome.output, outcome.output
    assert list(tmp_path.iterdir()) == []
