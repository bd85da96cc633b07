"""Hostile round fourteen: the files a user gives beside the descriptors (rubrics, waivers, column maps).

Each is read as carefully as what providers send: whatever it holds, the run either reads it as written or
stops before checking anything, with one line naming the file and the line (exit 2), never a traceback.
What this round found: a key repeated on one line (a flow mapping, a JSON file) was kept once, silently, in
all three files; a rubric's unknown rule or field named no line; ``extends: ''`` (an unset variable) quietly
dropped the parent rubric; a waiver's pointer with a ``~`` RFC 6901 does not allow could never match; and a
column map's ``null:`` header named a column "None".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from qa_checker.errors import ConfigError, RubricError
from qa_checker.explain import GOOD_OFFER
from qa_checker.loaders.columns import load_mapping
from qa_checker.rubric import load_rubric
from qa_checker.waivers import WaiverError, load_waivers

Run = Callable[..., Result]
HEAD = "id: mine\nversion: '1'\ntitle: Mine\n"
WAIVER = "- rule: MC-LO-002\n  descriptor: x\n  reason: r\n  accepted_by: me\n"
GOOD_ID = "hva-data-ethics-2026"


def _message(path: Path, body: str, load: Callable[[Path], object], error: type[Exception]) -> str:
    path.write_text(body, encoding="utf-8")
    with pytest.raises(error) as caught:
        load(path)
    return str(caught.value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (HEAD + "rules: {MC-LO-002: {weight: 1}, MC-LO-002: {weight: 2}}\n", ": line 4: cannot read rubric: the key"),
        (
            '{"id": "m", "version": "1", "title": "T", "rules": {"MC-LO-002": {}, "MC-LO-002": {"weight": 2}}}',
            ": line 1: cannot read rubric: the key 'MC-LO-002' is given twice",
        ),
        (HEAD + "rules:\n  MC-LO-002: {weight: 1, weight: 0}\n", ": line 5: cannot read rubric: the key 'weight'"),
        (HEAD + "rules:\n  MC-XX-999: {}\n", ": line 5: unknown rule 'MC-XX-999'"),
        (HEAD + "rules:\n  MC-LO-002: {}\n  mc-lo-003: {}\n", ": line 6: unknown rule 'mc-lo-003'"),
        (HEAD + "rules:\n  12: {}\n", ": line 5: unknown rule '12'"),
        (HEAD + "colour: red\n", ": line 4: invalid rubric: unknown field 'colour' in the rubric"),
        (HEAD + "rules:\n  MC-LO-002:\n    weight: 1\n    colour: red\n", ": line 7: invalid rubric: unknown field"),
        (HEAD + "extends: ''\n", ": line 4: invalid rubric: extends is empty"),
        (HEAD + "rules:\n  MC-LO-002: {weight: -1}\n", ": line 5: invalid rubric: rules/MC-LO-002/weight is -1"),
        (HEAD + "rules:\n  MC-LO-002: {weight: '2'}\n", ": line 5: invalid rubric: rules/MC-LO-002/weight must be"),
        (HEAD + "rules:\n  MC-LO-002: {weight: true}\n", ": line 5: invalid rubric: rules/MC-LO-002/weight must be"),
        (HEAD + "rules:\n  MC-LO-002: {weight: .NaN}\n", ": line 5: cannot read rubric: .NaN is not a finite number"),
        (HEAD + "rules:\n  MC-LO-002: {weight: 1e308}\n", ": line 5: invalid rubric: rules/MC-LO-002/weight is 1e308"),
        (HEAD + "rules:\n  MC-LO-002: {severity: fatal}\n", ": line 5: invalid rubric: rules/MC-LO-002/severity is"),
        (HEAD + "rules:\n  MC-LO-002: {severity: ERROR}\n", ": line 5: invalid rubric: rules/MC-LO-002/severity is"),
        (HEAD + "rules:\n  MC-LO-002: !!set {a}\n", ": line 5: cannot read rubric: the tag !!set is not allowed"),
        (HEAD + "rules: !custom {}\n", ": line 4: cannot read rubric: not valid YAML"),
        (HEAD + "---\n" + HEAD, ": line 4: cannot read rubric: not valid YAML"),
        (HEAD + "rules:\n  MC-WL-003: {options: {min_hours: .inf}}\n", ": line 5: cannot read rubric: .inf is not"),
    ],
    ids=[
        "flow-repeated-rule",
        "json-repeated-rule",
        "flow-repeated-weight",
        "unknown-rule",
        "unknown-rule-after-a-known-one",
        "rule-keyed-by-a-number",
        "unknown-field",
        "unknown-field-of-a-rule",
        "empty-extends",
        "negative-weight",
        "text-weight",
        "boolean-weight",
        "nan-weight",
        "huge-weight",
        "unknown-severity",
        "upper-case-severity",
        "set-tag",
        "unknown-tag",
        "two-documents",
        "infinite-option",
    ],
)
def test_a_hostile_rubric_is_refused_at_its_line(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "rubric.yaml"
    message = _message(path, body, load_rubric, RubricError)
    assert message.startswith(str(path)) and expected in message, message


@pytest.mark.parametrize(
    "body",
    [
        HEAD + "extends: SELF\n",
        HEAD + "rules: {MC-LO-002: {weight: 1}, MC-LO-002: {weight: 2}}\n",
        HEAD + "extends: ''\n",
        HEAD + "rules:\n  MC-XX-999: {}\n",
    ],
    ids=["extends-itself", "repeated-rule", "empty-extends", "unknown-rule"],
)
def test_a_hostile_rubric_stops_every_command_with_one_line(tmp_path: Path, run_cli: Run, body: str) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(body.replace("SELF", str(path)), encoding="utf-8")
    for command in (("check", str(GOOD_OFFER)), ("rules",), ("explain", "MC-LO-002")):
        outcome = run_cli(*command, "--rubric", str(path))
        assert outcome.exit_code == 2, outcome.output
        assert outcome.output.startswith(f"qa-checker: {path}") and outcome.output.count("\n") == 1, outcome.output


def test_rubrics_extending_each_other_name_the_loop(tmp_path: Path, run_cli: Run) -> None:
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(HEAD + "extends: second.yaml\n", encoding="utf-8")
    second.write_text(HEAD + "extends: first.yaml\n", encoding="utf-8")
    outcome = run_cli("check", str(GOOD_OFFER), "--rubric", str(first))
    assert outcome.exit_code == 2
    assert "extends itself" in outcome.output and "second.yaml" in outcome.output, outcome.output


def test_a_rubric_weighting_every_rule_zero_scores_every_descriptor_100(tmp_path: Path, run_cli: Run) -> None:
    """README: a rule of weight 0 does not count; a descriptor no rule of positive weight judges scores 100."""
    flawed = sorted((Path(__file__).parents[1] / "samples" / "flawed").rglob("*.yaml"))[:4]
    rubric = tmp_path / "zero.yaml"
    rubric.write_text(
        HEAD + "extends: eu-2022\nrules:\n" + "".join(f"  {rule}: {{weight: 0}}\n" for rule in load_rubric().rules),
        encoding="utf-8",
    )
    outcome = run_cli("check", *map(str, flawed), "--rubric", str(rubric), "--format", "json")
    results = [result for result in json.loads(outcome.output)["results"] if result["status"] != "error"]
    assert len(flawed) == 4 and results and all(result["score"] == 100 for result in results), outcome.output


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (WAIVER + "  pointer: /title~2en\n", ": line 5: waiver 1: 'pointer' must be a JSON pointer"),
        (WAIVER + "  pointer: /title~\n", ": line 5: waiver 1: 'pointer' must be a JSON pointer"),
        (WAIVER + "  pointer: title\n", ": line 5: waiver 1: 'pointer' must be a JSON pointer"),
        (
            "- {rule: MC-LO-002, rule: MC-LO-003, descriptor: x, reason: r, accepted_by: me}\n",
            ": line 1: cannot read the waivers file: the key 'rule' is given twice",
        ),
        (
            '[{"rule": "MC-LO-002", "descriptor": "x", "reason": "r", "accepted_by": "me", "reason": "s"}]',
            ": line 1: cannot read the waivers file: the key 'reason' is given twice",
        ),
        (WAIVER.replace("MC-LO-002", "MC-XX-999"), ": line 1: waiver 1: unknown rule 'MC-XX-999'"),
        (WAIVER.replace("MC-LO-002", "'MC-LO-['"), ": line 1: waiver 1: the pattern 'MC-LO-[' matches no rule"),
        (WAIVER + "  until: 2027-02-29\n", ": line 5: cannot read the waivers file: 2027-02-29 is not a date"),
        (WAIVER + "  until: 99999-01-01\n", ": line 5: waiver 1: 'until' must be a date"),
        (WAIVER + "  until: 20270131\n", ": line 5: waiver 1: 'until' must be a date"),
        (WAIVER.replace("reason: r", "reason: '   '"), ": line 3: waiver 1: 'reason' is required and must be text"),
        (WAIVER + "  note: !!binary aGVsbG8=\n", ": line 5: cannot read the waivers file: the tag !!binary"),
        (WAIVER + WAIVER, ": line 5: waiver 2 repeats waiver 1"),
    ],
    ids=[
        "pointer-with-an-unknown-escape",
        "pointer-ending-in-a-tilde",
        "pointer-without-a-slash",
        "flow-repeated-rule",
        "json-repeated-reason",
        "unknown-rule",
        "broken-pattern",
        "no-such-day",
        "five-digit-year",
        "date-as-a-number",
        "blank-reason",
        "binary-tag",
        "repeated-waiver",
    ],
)
def test_a_hostile_waivers_file_is_refused_at_its_line(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "waivers.yaml"
    message = _message(path, body, load_waivers, WaiverError)
    assert message.startswith(str(path)) and expected in message, message


@pytest.mark.parametrize("pointer", ["''", "/", "/title~1en", "/title~0"])
def test_pointers_rfc_6901_allows_are_kept(tmp_path: Path, pointer: str) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(WAIVER + f"  pointer: {pointer}\n", encoding="utf-8")
    assert len(load_waivers(path).entries) == 1


def _findings(run_cli: Run, waivers: Path, now: str = "2026-06-01") -> list[dict]:
    outcome = run_cli("check", str(GOOD_OFFER), "--waivers", str(waivers), "--format", "json", "--now", now)
    assert outcome.exit_code in (0, 1), outcome.output
    (result,) = json.loads(outcome.output)["results"]
    return list(result["findings"])


def test_a_waiver_expired_long_ago_waives_nothing_and_is_reported(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(WAIVER.replace("descriptor: x", f"descriptor: {GOOD_ID}") + "  until: 1000-01-01\n")
    findings = _findings(run_cli, path)
    assert [f["rule"] for f in findings if f["rule"].startswith("MC-WV")] == ["MC-WV-001"], findings
    assert not any(f.get("waived") for f in findings)


def test_a_waiver_until_the_end_of_the_calendar_still_waives(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(
        f"- rule: MC-DT-003\n  descriptor: {GOOD_ID}\n  reason: r\n  accepted_by: me\n  until: 9999-12-31\n",
        encoding="utf-8",
    )
    findings = _findings(run_cli, path, now="2025-12-29")
    dated = [f for f in findings if f["rule"] == "MC-DT-003"]
    assert dated and all(f["waived"] for f in dated), findings
    assert not any(f["rule"].startswith("MC-WV") for f in findings)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("{Credits: workload.ects, Credits: title.en}\n", ": line 1: cannot read the mapping file: the key 'Credits'"),
        ("Title: title.en\nnull: workload.ects\n", ": line 2: a header is null, not text"),
        ("~: workload.ects\n", ": line 1: a header is null, not text"),
        ("Credits: /workload/ects\n", ": line 1: column 'Credits' is mapped to '/workload/ects'"),
        ("Credits: [workload.ects]\n", ": line 1: column 'Credits' is mapped to ['workload.ects']"),
        ("'': workload.ects\n", ": line 1: the header '' has no letters or digits to match"),
    ],
    ids=["flow-repeated-header", "null-header", "tilde-header", "pointer-target", "list-target", "empty-header"],
)
def test_a_hostile_column_map_is_refused_at_its_line(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "columns.yaml"
    message = _message(path, body, load_mapping, ConfigError)
    assert message.startswith(str(path)) and expected in message, message


def test_a_header_quoted_null_names_the_column_headed_null(tmp_path: Path) -> None:
    path = tmp_path / "columns.yaml"
    path.write_text("'null': workload.ects\n", encoding="utf-8")
    assert list(load_mapping(path).values()) == ["workload.ects"]


def test_a_hostile_column_map_exits_2_with_one_line(tmp_path: Path, run_cli: Run) -> None:
    sheet = tmp_path / "offers.csv"
    sheet.write_text("Title,Credits\nData ethics,5\n", encoding="utf-8")
    mapping = tmp_path / "columns.yaml"
    mapping.write_text("{Credits: workload.ects, Credits: title.en}\n", encoding="utf-8")
    outcome = run_cli("check", str(sheet), "--mapping", str(mapping))
    assert outcome.exit_code == 2
    assert outcome.output.startswith(f"qa-checker: {mapping}: line 1:") and outcome.output.count("\n") == 1
