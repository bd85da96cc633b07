"""Configuration files (rubrics, waivers, column mappings) holding what JSON has no value for.

YAML's explicit tags (``!!binary``, ``!!set``, ``!!bool maybe``...) and a rubric's plain dates once
stopped a run with a traceback: constructing the tagged value failed inside PyYAML, or a value no JSON
message can show reached the schema's message. Each is now refused at its line, or read as the text
JSON would read, and the command exits 2 with one line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from qa_checker.errors import ConfigError, RubricError
from qa_checker.explain import GOOD_OFFER
from qa_checker.loaders.columns import load_mapping
from qa_checker.rubric import MAX_EXTENDS, load_rubric
from qa_checker.waivers import WaiverError, load_waivers

HEAD = "id: mine\nversion: '1'\ntitle: Mine\n"

Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (HEAD + "description: !!binary aGVsbG8=\n", "line 4: cannot read rubric: the tag !!binary is not allowed"),
        (HEAD + "rules: !!set {MC-LO-005}\n", "line 4: cannot read rubric: the tag !!set is not allowed"),
        (
            HEAD + "rules:\n  MC-LO-005: {enabled: !!bool maybe}\n",
            "line 5: cannot read rubric: 'maybe' cannot be read as !!bool",
        ),
        (
            HEAD + "rules:\n  MC-LO-005: {weight: !!float abc}\n",
            "line 5: cannot read rubric: 'abc' cannot be read as !!float",
        ),
        (
            HEAD + "rules:\n  MC-LO-005: {weight: !!int abc}\n",
            "line 5: cannot read rubric: 'abc' cannot be read as !!int",
        ),
        (HEAD + "description: !!timestamp nope\n", "line 4: cannot read rubric: the tag !!timestamp is not allowed"),
        (HEAD + "rules: !!map abc\n", "line 4: cannot read rubric: not valid YAML: expected a mapping node"),
    ],
    ids=["binary", "set", "bool", "float", "int", "timestamp", "map-of-text"],
)
def test_a_tagged_value_a_rubric_cannot_hold_is_refused_at_its_line(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert str(caught.value).startswith(f"{path}: {expected}"), caught.value


def test_a_rubric_date_is_read_as_the_text_it_is(tmp_path: Path) -> None:
    """A rubric takes no date: ``version: 2026-01-01`` is that text, as in JSON."""
    path = tmp_path / "rubric.yaml"
    path.write_text("id: mine\nversion: 2026-01-01\ntitle: 2026-01-02\n", encoding="utf-8")
    rubric = load_rubric(path)
    assert (rubric.version, rubric.title) == ("2026-01-01", "2026-01-02")


def test_a_rubric_date_where_a_number_belongs_is_refused_as_text(tmp_path: Path) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD + "rules:\n  MC-LO-005:\n    weight: 2026-01-01\n", encoding="utf-8")
    with pytest.raises(
        RubricError, match=r"line 6: invalid rubric: rules/MC-LO-005/weight must be a number, not '2026"
    ):
        load_rubric(path)


@pytest.mark.parametrize("tag", ["!!binary aGVsbG8=", "!!set {a}", "!!bool maybe"])
def test_a_tagged_value_in_a_waivers_or_mapping_file_is_refused_at_its_line(tmp_path: Path, tag: str) -> None:
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text(f"- rule: MC-LO-002\n  descriptor: x\n  reason: {tag}\n  accepted_by: me\n", encoding="utf-8")
    with pytest.raises(WaiverError, match=rf"^{waivers}: line 3: cannot read the waivers file: "):
        load_waivers(waivers)
    mapping = tmp_path / "columns.yaml"
    mapping.write_text(f"Credits: workload.ects\nHours: {tag}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{mapping}: line 2: cannot read the mapping file: "):
        load_mapping(mapping)


def test_a_rule_keyed_by_null_is_an_unknown_rule(tmp_path: Path) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD + "rules:\n  null: on\n  MC-LO-005: off\n", encoding="utf-8")
    with pytest.raises(RubricError, match=r"unknown rule 'None'"):
        load_rubric(path)


def test_a_rubric_name_longer_than_a_file_name_can_be_is_an_unknown_rubric(tmp_path: Path, run_cli: Run) -> None:
    name = "a" * 5000
    parent = tmp_path / "child.yaml"
    parent.write_text(HEAD + f"extends: {name}.yaml\n", encoding="utf-8")
    with pytest.raises(RubricError, match=rf"^{parent}: extends unknown rubric 'aaa"):
        load_rubric(parent)
    for rubric in (name, name + ".yaml"):
        outcome = run_cli("check", str(GOOD_OFFER), "--rubric", rubric)
        assert outcome.exit_code == 2 and outcome.output.startswith("qa-checker: unknown rubric 'aaa"), outcome.output


def test_headers_matched_as_one_column_but_mapped_apart_are_refused_at_the_second(tmp_path: Path) -> None:
    mapping = tmp_path / "columns.yaml"
    mapping.write_text("Credits (ECTS): workload.ects\ncredits ects: workload.hours\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_mapping(mapping)
    assert str(caught.value).startswith(
        f"{mapping}: line 2: the headers 'Credits (ECTS)' and 'credits ects' are matched as the same column"
    ), caught.value
    mapping.write_text("Credits (ECTS): workload.ects\ncredits ects: workload.ects\n", encoding="utf-8")
    assert list(load_mapping(mapping).values()) == ["workload.ects"]


def test_a_mapping_to_no_field_names_the_line_of_its_header(tmp_path: Path) -> None:
    mapping = tmp_path / "columns.yaml"
    mapping.write_text("Credits: workload.ects\n\nHours: workload.nothing\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^{mapping}: line 3: column 'Hours' is mapped to 'workload.nothing'"):
        load_mapping(mapping)


def test_a_chain_of_rubrics_too_long_to_resolve_is_refused_naming_the_file_that_goes_over(tmp_path: Path) -> None:
    """A chain of thousands of rubric files, each extending the next, ended in RecursionError."""
    count = 2000
    for index in range(count):
        parent = f"r{index + 1}.yaml" if index + 1 < count else "eu-2022"
        (tmp_path / f"r{index}.yaml").write_text(HEAD + f"extends: {parent}\n", encoding="utf-8")
    with pytest.raises(RubricError, match=rf"^{tmp_path / 'r15.yaml'}: rubric extends a chain of more than 16"):
        load_rubric(tmp_path / "r0.yaml")
    assert load_rubric(tmp_path / f"r{count - MAX_EXTENDS + 1}.yaml").extends[-1] == "eu-2022"
