"""Hostile configuration and arguments: rubrics, waivers, limits, stores, report files given to diff.

Every case here once ended in a traceback, did not end, or was quietly misread. Each must now be
refused before the run with one line naming the file (and the line, where there is one) and exit 2.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from qa_checker.config_yaml import MAX_BYTES, MAX_DEPTH
from qa_checker.errors import RubricError
from qa_checker.explain import GOOD_OFFER
from qa_checker.rubric import load_rubric
from qa_checker.waivers import WaiverError, load_waivers

HEAD = "id: mine\nversion: '1'\ntitle: Mine\n"
WAIVER = "- rule: MC-LO-002\n  descriptor: x\n  reason: r\n  accepted_by: me\n"

Run = Callable[..., Result]


def _refused(path: Path, body: str | bytes, load: Callable[[Path], object], error: type[Exception]) -> str:
    """The message ``load`` refuses the file ``path`` with, once it holds ``body``."""
    if isinstance(body, bytes):
        path.write_bytes(body)
    else:
        path.write_text(body, encoding="utf-8")
    with pytest.raises(error) as caught:
        load(path)
    return str(caught.value)


def _refused_rubric(tmp_path: Path, body: str | bytes) -> str:
    return _refused(tmp_path / "rubric.yaml", body, load_rubric, RubricError)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            HEAD + "description: " + "[" * 5000 + "]" * 5000 + "\n",
            f": line 4: cannot read rubric: nested more than {MAX_DEPTH}",
        ),
        (
            HEAD + "rules:\n  MC-LO-002:\n    weight: " + "9" * 5000 + "\n",
            ": line 6: cannot read rubric: the integer 9999",
        ),
        (
            HEAD + "rules:\n  MC-LO-002:\n    weight: .nan\n",
            ": line 6: cannot read rubric: .nan is not a finite number",
        ),
        (
            HEAD + "rules:\n  MC-LO-002:\n    weight: 1e308\n  MC-LO-003:\n    weight: 1e308\n",
            ": line 6: invalid rubric: rules/MC-LO-002/weight is 1e308; it must be at most 1,000,000",
        ),
        (
            HEAD + "description: a\x07b\n",
            ": line 4: cannot read rubric: not valid YAML: the control character U+0007 is not allowed",
        ),
        (
            HEAD + "rules:\n  MC-LO-002:\n    weight: .inf\n",
            ": line 6: cannot read rubric: .inf is not a finite number",
        ),
        (
            HEAD + "rules:\n  MC-LO-002: off\n  MC-LO-002: on\n",
            ": line 6: cannot read rubric: the key 'MC-LO-002' is given twice",
        ),
        (
            "id: a\nid: b\nversion: '1'\ntitle: T\n",
            ": line 2: cannot read rubric: the key 'id' is given twice (first at line 1)",
        ),
        (HEAD + "title: Again\n", ": line 4: cannot read rubric: the key 'title' is given twice (first at line 3)"),
        (
            HEAD
            + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(f"b{i}: &b{i} [{', '.join([f'*b{i - 1}' if i else '*a'] * 10)}]\n" for i in range(8)),
            "cannot read rubric: more than 100,000 values (each use of an alias counted)",
        ),
        (HEAD + "description: &a [*a]\n", "cannot read rubric: an alias refers to the value that holds it"),
        (
            "id: x\nversion: '1'\ntitle: caf\xe9\n".encode("latin-1"),
            ": line 3: cannot read rubric: the byte 0xE9 is not UTF-8",
        ),
        (
            HEAD + "rules:\n  MC-LO-002:\n    weight: heavy\n",
            ": line 6: invalid rubric: rules/MC-LO-002/weight must be a number",
        ),
        (
            HEAD + "rules:\n  MC-WL-003:\n    options: {min_hours: lots}\n",
            ": line 6: rule MC-WL-003: min_hours must be a",
        ),
        (
            HEAD + "rules:\n  MC-WL-003:\n    options: {min_hourz: 3}\n",
            ": line 6: rule MC-WL-003 has no option 'min_hourz'",
        ),
    ],
    ids=[
        "deep",
        "huge-integer",
        "nan-weight",
        "weights-whose-sum-overflows",
        "control-character",
        "infinite-weight",
        "repeated-rule",
        "repeated-id",
        "repeated-title",
        "alias-bomb",
        "alias-cycle",
        "latin-1",
        "wrong-type-located",
        "wrong-option-located",
        "unknown-option-located",
    ],
)
def test_a_hostile_rubric_is_refused_at_its_line(tmp_path: Path, body: str | bytes, expected: str) -> None:
    message = _refused_rubric(tmp_path, body)
    assert message.startswith(str(tmp_path / "rubric.yaml")) and expected in message, message


def test_a_rubric_that_is_not_a_regular_file_or_too_large_is_refused(tmp_path: Path) -> None:
    large = tmp_path / "large.yaml"
    large.write_text(HEAD + "description: '" + "x" * MAX_BYTES + "'\n", encoding="utf-8")
    with pytest.raises(RubricError, match=r"large\.yaml: cannot read rubric: larger than 1 MB"):
        load_rubric(large)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    parent = tmp_path / "child.yaml"
    parent.write_text(HEAD + "extends: fifo.yaml\n", encoding="utf-8")
    with pytest.raises(RubricError, match=r"unknown rubric 'fifo\.yaml'"):  # never opened, so never waited on
        load_rubric(parent)


def test_a_hostile_rubric_exits_2_with_one_line(tmp_path: Path, run_cli: Run) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(HEAD + "description: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    for command in (("check", str(GOOD_OFFER)), ("rules",), ("explain", "MC-LO-002")):
        outcome = run_cli(*command, "--rubric", str(path))
        assert outcome.exit_code == 2, outcome.output
        assert (
            outcome.output.strip() == f"qa-checker: {path}: line 4: cannot read rubric: nested more than 64 levels deep"
        )


def _refused_waivers(tmp_path: Path, body: str | bytes) -> str:
    return _refused(tmp_path / "waivers.yaml", body, load_waivers, WaiverError)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("waivers: " + "[" * 5000 + "]" * 5000 + "\n", ": line 1: cannot read the waivers file: nested more than 64"),
        (WAIVER + "  until: " + "9" * 5000 + "\n", ": line 5: cannot read the waivers file: the integer 9999"),
        (
            WAIVER + "  until: 2027-02-30\n",
            ": line 5: cannot read the waivers file: 2027-02-30 is not a date that exists",
        ),
        (
            WAIVER.replace("  descriptor", "  rule: MC-LO-003\n  descriptor"),
            ": line 2: cannot read the waivers file: the key",
        ),
        (WAIVER * 20_000, ": cannot read the waivers file: larger than 1 MB"),
        (WAIVER.replace("reason", "reasn"), ": line 3: waiver 1: unknown field reasn"),
        (WAIVER + WAIVER + "  until: next year\n", ": line 9: waiver 2: 'until' must be a date"),
        (WAIVER + "  pointer: outcomes\n", ": line 5: waiver 1: 'pointer' must be a JSON pointer"),
        (WAIVER.replace("reason: r", "reason: r\x07"), ": line 3: cannot read the waivers file: not valid YAML"),
        (
            WAIVER.replace("me", "J\xe9").encode("latin-1"),
            ": line 4: cannot read the waivers file: the byte 0xE9 is not UTF-8",
        ),
    ],
    ids=[
        "deep",
        "huge-integer",
        "impossible-date",
        "repeated-key",
        "too-large",
        "unknown-field-located",
        "bad-until-located",
        "bad-pointer-located",
        "control-character",
        "latin-1",
    ],
)
def test_a_hostile_waivers_file_is_refused_at_its_line(tmp_path: Path, body: str | bytes, expected: str) -> None:
    message = _refused_waivers(tmp_path, body)
    assert message.startswith(str(tmp_path / "waivers.yaml")) and expected in message, message


def test_a_waivers_file_that_never_ends_is_not_read(run_cli: Run) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), "--waivers", "/dev/zero")
    assert outcome.exit_code == 2
    assert outcome.output.strip() == "qa-checker: /dev/zero: cannot read the waivers file: not a regular file"


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("nan", "must be a finite number"),
        ("inf", "must be a finite number"),
        ("1e400", "must be a finite number"),
        ("-inf", "must be a finite number"),
        ("-1", "must be greater than 0"),
        ("1e308", "must be at most"),
        ("1e10", "must be at most"),
    ],
)
def test_a_limit_that_is_not_a_finite_positive_number_is_refused(run_cli: Run, value: str, said: str) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), "--limit", f"seconds={value}")
    assert outcome.exit_code == 2
    assert f"the limit seconds {said}" in outcome.output


def test_a_limit_given_twice_is_refused(run_cli: Run) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), "--limit", "seconds=5", "--limit", "seconds=50")
    assert outcome.exit_code == 2 and "the limit seconds is given twice" in outcome.output


def test_the_largest_time_limit_is_one_the_timer_holds(run_cli: Run) -> None:
    assert run_cli("check", str(GOOD_OFFER), "--limit", "seconds=1e9").exit_code == 0


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--max-bytes", "99999999999999999999999"),
        ("--limit", "max-nodes=1e20"),
        ("--limit", "archive-members=" + "9" * 30),
    ],
)
def test_a_size_beyond_any_index_is_refused(run_cli: Run, option: str, value: str) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), option, value)
    assert outcome.exit_code == 2, outcome.output


@pytest.mark.parametrize(
    "now", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31", "0999-12-31", "9001-01-01"]
)
@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_run_date_near_the_ends_of_the_calendar_is_refused(
    tmp_path: Path, run_cli: Run, now: str, command: str
) -> None:
    """Shifted by its zone or by years of validity, such a date left the calendar: reports and the store
    stopped with OverflowError."""
    where = ("--format", "xlsx", "-o", str(tmp_path / "r.xlsx")) if command == "check" else ("--out", str(tmp_path))
    outcome = run_cli(command, str(GOOD_OFFER), "--now", now, *where)
    assert outcome.exit_code == 2
    assert "the date must lie between the years 1000 and 9000" in outcome.output


def test_reading_standard_input_when_it_is_closed_is_a_usage_error() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "qa_checker", "check", str(GOOD_OFFER), "-"],
        stdin=None,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.close(0),
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == "qa-checker: '-' reads standard input, which is closed"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("QA_CHECKER_TIMEOUT", "nan", "QA_CHECKER_TIMEOUT (--timeout) must be a number greater than 0"),
        ("QA_CHECKER_TIMEOUT", "inf", "QA_CHECKER_TIMEOUT (--timeout) must be a number greater than 0"),
        ("QA_CHECKER_WORKERS", "100000", "QA_CHECKER_WORKERS (--workers) must be at most 256"),
    ],
)
def test_a_server_setting_that_would_switch_a_limit_off_or_fork_without_end_is_refused(
    variable: str, value: str, expected: str
) -> None:
    from qa_checker.web.settings import Settings

    with pytest.raises(ValueError, match=re.escape(expected)):
        Settings.from_env({variable: value})


@pytest.mark.parametrize(
    ("store", "expected"),
    [
        ("postgresql://u:secret@[::1/db", "qa-checker: not a database URL: postgresql://u:***@[::1/db ("),
        (
            "postgresql://u:secret@host:port/db",
            "qa-checker: not a database URL: postgresql://u:***@host:port/db (the port 'port' is not a number)",
        ),
        ("sqlite:///%00", "qa-checker: not a database URL: sqlite:///%00 (a NUL character in the path)"),
        ("sqlite:////tmp/x.sqlite?mode=ro", "qa-checker: a SQLite store takes no options after '?' (mode)"),
    ],
    ids=["bracket", "port", "nul", "sqlite-options"],
)
def test_an_unreadable_store_url_is_refused_without_its_password(run_cli: Run, store: str, expected: str) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), "--store", store)
    assert outcome.exit_code == 2
    assert outcome.output.startswith(expected) and "secret" not in outcome.output, outcome.output


def test_a_store_path_that_is_a_link_loop_is_refused(tmp_path: Path, run_cli: Run) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    outcome = run_cli("check", str(GOOD_OFFER), "--store", str(tmp_path / "a"))
    assert outcome.exit_code == 2
    assert outcome.output.startswith(f"qa-checker: the store {tmp_path / 'a'} cannot be used: "), outcome.output


@pytest.mark.parametrize("ref", ["99999999999999999999999", "9" * 5000, "latest~99999999999999999999"])
def test_a_run_number_past_any_database_id_names_no_run(tmp_path: Path, run_cli: Run, ref: str) -> None:
    store = str(tmp_path / "history.sqlite")
    assert run_cli("check", str(GOOD_OFFER), "--store", store).exit_code == 0
    for command in (("history", "--export", ref), ("diff", ref, "latest")):
        outcome = run_cli(*command, "--store", store)
        assert outcome.exit_code == 2, outcome.output
        assert "names no run" in outcome.output or "no run 9" in outcome.output, outcome.output


def test_a_json_file_too_deep_to_parse_is_no_report_and_is_checked_as_given(tmp_path: Path, run_cli: Run) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    outcome = run_cli("diff", str(deep), str(deep), "--format", "json")
    assert outcome.exit_code == 0, outcome.output


@pytest.mark.parametrize(
    ("change", "pointer", "expected"),
    [
        (lambda r: r["results"].append(1), "/results/1", "must be an object, not the number 1"),
        (lambda r: r["results"][0].update(findings=5), "/results/0/findings", "must be a list, not the number 5"),
        (lambda r: r["results"][0].update(findings=["x"]), "/results/0/findings/0", "must be an object, not text"),
        (lambda r: r["results"][0].update(elements=[1]), "/results/0/elements", "must be an object, not a list"),
        (lambda r: r["results"][0].update(elements={"a/b": [1]}), "/results/0/elements/a~1b", "must be text or null"),
        (lambda r: r["results"][0].update(score="high"), "/results/0/score", "must be a number from 0 to 100"),
        (lambda r: r["results"][0].update(score=10**400), "/results/0/score", "must be a number from 0 to 100"),
        (lambda r: r["results"][0].update(status=["pass"]), "/results/0/status", "must be text, not a list"),
        (lambda r: r["results"][0].update(id=[1]), "/results/0/id", "must be text or null, not a list"),
        (lambda r: r.update(run={"providers": [1]}), "/run/providers/0", "must be an object, not the number 1"),
        (
            lambda r: r["results"][0].update(status="weird"),
            "/results/0/status",
            "must be one of pass, fail, error, skipped",
        ),
        (lambda r: r["results"][0].update(findings=[{"x": 1}]), "/results/0/findings/0/rule", "must be text, not null"),
    ],
    ids=[
        "result",
        "findings",
        "finding",
        "elements",
        "element",
        "score",
        "huge-score",
        "status",
        "id",
        "providers",
        "unknown-status",
        "finding-without-rule",
    ],
)
def test_a_report_json_with_a_wrong_type_is_refused_at_its_pointer(
    tmp_path: Path, run_cli: Run, change: Callable[[dict], None], pointer: str, expected: str
) -> None:
    good, bad = good_and_changed_report(tmp_path, run_cli, change)
    for runs in ((good, bad), (bad, good)):
        outcome = run_cli("diff", *map(str, runs))
        assert outcome.exit_code == 2, outcome.output
        assert outcome.output.startswith(f"qa-checker: {bad}: {pointer} {expected}"), outcome.output


def good_and_changed_report(tmp_path: Path, run_cli: Run, change: Callable[[dict], None]) -> tuple[Path, Path]:
    """The JSON report of the good offer, and a copy of it with ``change`` made."""
    good = tmp_path / "good.json"
    assert run_cli("check", str(GOOD_OFFER), "--format", "json", "--output", str(good)).exit_code == 0
    report = json.loads(good.read_text(encoding="utf-8"))
    change(report)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(report), encoding="utf-8")
    return good, bad


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            "MC-WL-003: {options: {min_hours: 100, max_hours: 10}}",
            ": line 5: rule MC-WL-003: min_hours is 100, above max",
        ),
        ("MC-WL-002: {options: {hours_per_ects_min: 30, hours_per_ects_max: 25}}", "hours_per_ects_min is 30, above"),
        ("MC-LV-001: {options: {min_eqf: 7, max_eqf: 4}}", ": line 5: rule MC-LV-001: min_eqf is 7, above max_eqf 4"),
        ("MC-LO-005: {options: {min_words: 50}}", "min_words is 50, above max_words 40, so nothing could pass"),
        ("LO-2: on", ": unknown rule 'LO-2' (see 'qa-checker rules' for the list)"),
    ],
    ids=["hours", "suffixed", "eqf", "against-the-default", "malformed-rule-id"],
)
def test_a_rubric_that_no_descriptor_could_pass_or_that_names_no_rule_is_refused(
    tmp_path: Path, rules: str, expected: str
) -> None:
    message = _refused_rubric(tmp_path, HEAD + "rules:\n  " + rules + "\n")
    assert expected in message and "language code" not in message, message


def test_an_empty_range_made_by_extending_a_rubric_names_the_child(tmp_path: Path) -> None:
    (tmp_path / "parent.yaml").write_text(HEAD + "rules:\n  MC-WL-003: {options: {max_ects: 6}}\n", encoding="utf-8")
    child = tmp_path / "child.yaml"
    child.write_text(
        HEAD + "extends: parent.yaml\nrules:\n  MC-WL-003:\n    options: {min_ects: 10}\n", encoding="utf-8"
    )
    with pytest.raises(RubricError, match=r"child\.yaml: line 7: rule MC-WL-003: min_ects is 10, above max_ects 6"):
        load_rubric(child)


def test_max_bytes_given_as_a_limit_points_to_its_own_option(run_cli: Run) -> None:
    outcome = run_cli("check", str(GOOD_OFFER), "--limit", "max-bytes=10")
    assert outcome.exit_code == 2
    assert "max-bytes has its own option: --max-bytes 10" in outcome.output


def test_a_merge_key_may_repeat_what_it_merges(tmp_path: Path) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(WAIVER.replace("- rule", "- &one\n  rule") + "- <<: *one\n  descriptor: y\n", encoding="utf-8")
    assert [entry.descriptor for entry in load_waivers(path).entries] == ["x", "y"]


def test_a_waivers_file_that_is_a_named_pipe_is_not_waited_on(tmp_path: Path) -> None:
    import subprocess
    import sys

    fifo = tmp_path / "waivers.yaml"
    os.mkfifo(fifo)
    code = (
        "from qa_checker.waivers import load_waivers, WaiverError\ntry:\n    load_waivers(__import__('sys').argv[1])\n"
    )
    code += "except WaiverError as exc:\n    print(exc)\n"
    done = subprocess.run([sys.executable, "-c", code, str(fifo)], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"{fifo}: cannot read the waivers file: not a regular file", done.stderr
