"""Every number a rubric sets as a rule's option is bounded as a weight is (at most 1,000,000 either way).

``min_hours: 1e308`` was accepted (weights were capped at 1,000,000): a threshold no descriptor could
reach, or a count past any, silently made a rule pass or fail everything. It is refused at the rubric's line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_checker.errors import RubricError
from qa_checker.resources import bundled
from qa_checker.rubric import MAX_OPTION_NUMBER, bundled_rubrics, load_rubric
from qa_checker.rules import RULES_BY_ID

HEAD = "id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nrules:\n"


def _numeric_options() -> list[tuple[str, str]]:
    """Each rule's options whose default is a number (every one of them takes a number)."""
    return [
        (rule.id, name)
        for rule in RULES_BY_ID.values()
        if not rule.engine_only
        for name, value in rule.defaults.items()
        if isinstance(value, (int, float)) and not isinstance(value, bool)
    ]


@pytest.mark.parametrize("value", ["1e308", "1000001", "-1000001"])
@pytest.mark.parametrize(("rule", "option"), _numeric_options())
def test_a_number_past_the_bound_is_refused_at_its_line(tmp_path: Path, rule: str, option: str, value: str) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD + f"  {rule}:\n    options:\n      {option}: {value}\n", encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert str(caught.value).startswith(f"{path}: line 8: rule {rule}: "), str(caught.value)


def test_the_min_hours_of_the_report_is_refused_with_the_bound(tmp_path: Path) -> None:
    rule, option = next((r, o) for r, o in _numeric_options() if o == "min_hours")
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD + f"  {rule}:\n    options:\n      {option}: 1e308\n", encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert str(caught.value) == f"{path}: line 8: rule {rule}: min_hours is 1e308; it must be at most 1,000,000"


def test_numbers_within_the_bound_are_kept(tmp_path: Path) -> None:
    rule, option = next((r, o) for r, o in _numeric_options() if o == "min_hours")
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD + f"  {rule}:\n    options:\n      {option}: 2\n", encoding="utf-8")
    assert load_rubric(path).rules[rule].options[option] == 2


def test_the_bound_is_the_weights(tmp_path: Path) -> None:
    schema = json.loads(bundled("schemas", "rubric.schema.json").read_text(encoding="utf-8"))
    setting = schema["properties"]["rules"]["additionalProperties"]["anyOf"][1]
    assert setting["properties"]["weight"]["maximum"] == MAX_OPTION_NUMBER


@pytest.mark.parametrize("name", bundled_rubrics())
def test_every_bundled_rubric_is_within_the_bound(name: str, tmp_path: Path) -> None:
    """A bundled rubric is not validated when loaded: its copy elsewhere is, as a user's rubric."""
    from qa_checker.resources import bundled_dir

    source = bundled_dir("rubrics") / f"{name}.yaml"
    if not source.is_file():
        pytest.skip(f"{name} is not a YAML file of its own")
    copy = tmp_path / source.name
    copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    for other in bundled_dir("rubrics").glob("*.yaml"):
        if other != source:
            (tmp_path / other.name).write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    load_rubric(copy)
