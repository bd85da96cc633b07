"""Hostile round 10: YAML and JSON a parser reads in surprising ways, each answered at its place.

Merge keys that refer to themselves or multiply, tags (Python objects, sets, ordered maps, a custom
tag), numbers beyond a float, YAML 1.1 forms a provider did not mean as numbers (``2:20:00``,
``1_4_0``), duplicate keys below the top, keys that are not names, and a stream of two documents.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import qa_checker
from qa_checker import ids

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "qa_checker" / "data" / "good-offer.yaml").read_text(encoding="utf-8")
WORKLOAD = "workload: {ects: 5, hours: 140}"


def _results(tmp_path: Path, name: str, text: str) -> list[Any]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(qa_checker.check_paths([path]).results)


def _one(tmp_path: Path, name: str, text: str) -> Any:
    (result,) = _results(tmp_path, name, text)
    return result


def _findings(result: Any, rule: str) -> list[Any]:
    return [f for f in result.findings if f.rule == rule]


def test_a_merge_key_referring_to_its_own_mapping_is_read_once(tmp_path: Path) -> None:
    result = _one(tmp_path, "loop.yaml", GOOD + "extra: &a\n  <<: *a\n  x: 1\n")
    # Only the unknown field is wrong: the descriptor is read and judged.
    assert result.status == "fail"
    assert [f.pointer for f in _findings(result, ids.SCHEMA)] == ["/extra"]


def test_merge_keys_that_multiply_are_answered_like_one_mapping(tmp_path: Path) -> None:
    # Each level merges the one before nine times: 9**29 merges if each were expanded.
    levels = "l0: &l0 {a: 1, b: 2, c: 3}\n" + "".join(
        f"l{i}: &l{i}\n  <<: [{', '.join([f'*l{i - 1}'] * 9)}]\n  k{i}: 1\n" for i in range(1, 30)
    )
    result = _one(tmp_path, "merges.yaml", levels + GOOD)
    assert result.status == "fail"
    # The schema explains the first 20 unknown fields (README, "Limits and hostile input").
    told = {f.pointer for f in _findings(result, ids.SCHEMA)}
    assert told <= {f"/l{i}" for i in range(30)} and len(told) == 20


def test_a_merge_key_into_a_language_map_gives_its_texts(tmp_path: Path) -> None:
    text = "base: &t {en: Data Ethics in Practice}\n" + GOOD.replace(
        "title:\n  en: Data Ethics in Practice\n  nl: Data-ethiek in de praktijk",
        "title:\n  <<: *t\n  nl: Data-ethiek in de praktijk",
    )
    result = _one(tmp_path, "merged-title.yaml", text)
    assert result.elements["title"] == "present"
    assert [f.pointer for f in _findings(result, ids.SCHEMA)] == ["/base"]


@pytest.mark.parametrize(
    ("tagged", "line"),
    [
        ("title: !!python/object/apply:os.system ['echo hi']", 1),
        ("title: !custom Data Ethics", 1),
    ],
)
def test_a_tag_no_descriptor_holds_is_refused_at_its_line(tmp_path: Path, tagged: str, line: int) -> None:
    result = _one(tmp_path, "tagged.yaml", tagged + "\n")
    assert result.status == "error"
    (finding,) = result.findings
    assert finding.rule == ids.UNPARSABLE
    assert finding.line == line and "tag" in finding.message


@pytest.mark.parametrize(
    ("old", "new", "pointer"),
    [
        ("languages: [en, nl]", "languages: !!set {en, nl}", "/languages"),
        ("languages: [en, nl]", "languages: !!pairs [a: 1]", "/languages/0"),
        ("ects: 5", "ects: !!str 5", "/workload/ects"),
    ],
)
def test_a_standard_tag_giving_the_wrong_kind_is_a_schema_error_at_its_pointer(
    tmp_path: Path, old: str, new: str, pointer: str
) -> None:
    result = _one(tmp_path, "kind.yaml", GOOD.replace(old, new, 1))
    assert [f.pointer for f in _findings(result, ids.SCHEMA)] == [pointer]


@pytest.mark.parametrize(
    ("written", "shown"),
    [("2:20:00", "'2:20:00'"), ("1_4_0", "'1_4_0'")],
)
def test_yaml_1_1_number_forms_are_not_read_as_numbers(tmp_path: Path, written: str, shown: str) -> None:
    # A provider writing hours as 2:20:00 did not mean 8,400 (YAML 1.1 sexagesimal), nor 1_4_0 140.
    result = _one(tmp_path, "forms.yaml", GOOD.replace(WORKLOAD, f"workload: {{ects: 5, hours: {written}}}"))
    (finding,) = _findings(result, ids.SCHEMA)
    assert finding.pointer == "/workload/hours" and shown in finding.message


@pytest.mark.parametrize("number", ["1e999999", "-1e999999"])
def test_a_number_beyond_a_float_is_an_error_naming_its_pointer_and_line(tmp_path: Path, number: str) -> None:
    result = _one(tmp_path, "big.yaml", GOOD.replace(WORKLOAD, f"workload: {{ects: {number}, hours: 140}}"))
    assert result.status == "error"
    (finding,) = result.findings
    assert finding.rule == ids.UNPARSABLE
    assert "/workload/ects" in finding.message and finding.line == GOOD.splitlines().index(WORKLOAD) + 1


def test_a_number_of_thousands_of_digits_is_an_error_naming_its_pointer(tmp_path: Path) -> None:
    result = _one(tmp_path, "digits.yaml", GOOD.replace(WORKLOAD, f"workload: {{ects: {'9' * 5000}, hours: 140}}"))
    assert result.status == "error"
    (finding,) = result.findings
    assert finding.rule == ids.UNREPRESENTABLE
    assert "/workload/ects" in finding.message and "5,000 digits" in finding.message


def test_duplicate_keys_are_told_at_every_depth_in_yaml_and_json(tmp_path: Path) -> None:
    yaml_result = _one(tmp_path, "dup.yaml", GOOD + "extra:\n  a:\n    b: 1\n    b: 2\n")
    assert [f.pointer for f in _findings(yaml_result, ids.DUPLICATE_KEY)] == ["/extra/a"]
    data = json.dumps(yaml.safe_load(GOOD))
    text = data[:-1] + ', "workload": {"ects": 5, "ects": 6}, "title": {"en": "A", "en": "B"}}'
    json_result = _one(tmp_path, "dup.json", text)
    assert sorted(f.pointer for f in _findings(json_result, ids.DUPLICATE_KEY)) == ["", "", "/title", "/workload"]


@pytest.mark.parametrize(("key", "pointer"), [("1", "/1"), ("null", "/null"), ("on", "/on"), ("1.5", "/1.5")])
def test_a_key_that_is_not_a_name_is_an_unknown_field_under_its_spelling(
    tmp_path: Path, key: str, pointer: str
) -> None:
    result = _one(tmp_path, "key.yaml", GOOD + f"{key}: 3\n")
    assert [f.pointer for f in _findings(result, ids.SCHEMA)] == [pointer]


def test_a_key_that_is_a_list_is_refused_at_its_line(tmp_path: Path) -> None:
    result = _one(tmp_path, "listkey.yaml", GOOD + "? [1, 2]\n: x\n")
    assert result.status == "error"
    (finding,) = result.findings
    assert finding.line == len(GOOD.splitlines()) + 1 and "not a name" in finding.message


def test_two_documents_in_one_yaml_file_are_two_results(tmp_path: Path) -> None:
    results = _results(tmp_path, "two.yaml", GOOD + "---\n" + GOOD)
    assert [r.source.rsplit("/", 1)[-1] for r in results] == ["two.yaml [document 1]", "two.yaml [document 2]"]
    assert [r.status for r in results] == ["pass", "pass"]
