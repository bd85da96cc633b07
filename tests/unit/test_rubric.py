"""Rubric loading: extends chains and every configuration error names the rubric file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
import yaml

from qa_checker.errors import RubricError
from qa_checker.findings import Severity
from qa_checker.resources import bundled_dir
from qa_checker.rubric import _schema as rubric_schema
from qa_checker.rubric import bundled_rubrics, load_rubric
from qa_checker.rules import RULES_BY_ID, register
from qa_checker.rules.base import Rule
from tests.unit.test_validation import RAW


class CountingRule(Rule):
    """A rule with a typed option, registered only while a test needs one.

    Why: test only. Passes: always. Fails: never.
    """

    id = "MC-ZZ-901"
    name = "option-holder"
    title = "Has an option"
    message = "never shown"
    hint = "never shown"
    defaults = {"min_count": 3}
    options_schema = {"min_count": {"type": "integer", "minimum": 1}}


@pytest.fixture
def rule_with_option() -> Iterator[str]:
    register(CountingRule)
    try:
        yield CountingRule.id
    finally:
        RULES_BY_ID.pop(CountingRule.id, None)


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def test_bundled_eu_2022() -> None:
    assert "eu-2022" in bundled_rubrics()
    rubric = load_rubric("eu-2022")
    assert rubric.id == "eu-2022" and rubric.extends == ()
    expected = (
        {f"MC-EL-{n:03d}" for n in range(1, 17)} | {"MC-SC-001", "MC-WL-001"} | {f"MC-VC-00{n}" for n in range(1, 5)}
    )
    assert expected <= set(rubric.rules)
    assert rubric.rules["MC-EL-011"].severity is Severity.ERROR
    assert rubric.rules["MC-EL-015"].severity is Severity.WARNING


@pytest.mark.parametrize("name", bundled_rubrics())
def test_every_bundled_rubric_is_valid_and_loads_like_a_copy_given_by_a_user(name: str, tmp_path: Path) -> None:
    """A bundled rubric is not validated against the rubric schema at run time, and is parsed by libyaml:
    the schema holds it here, and a copy outside the bundle (read and validated as a user's file) loads
    to the same rubric."""
    source = bundled_dir("rubrics") / f"{name}.yaml"
    text = source.read_text(encoding="utf-8")
    assert list(jsonschema.Draft202012Validator(rubric_schema()).iter_errors(yaml.safe_load(text))) == []
    shipped = load_rubric(name)
    given = load_rubric(write(tmp_path, f"{name}.yaml", text))
    assert shipped.path == str(source) and given.path != shipped.path
    assert replace(given, path=shipped.path) == shipped


def test_extends_chain_overrides_and_disables(tmp_path: Path) -> None:
    write(
        tmp_path,
        "national.yaml",
        "id: national\nversion: '2'\ntitle: National\nextends: eu-2022\nrules:\n"
        "  MC-EL-012: {severity: error, weight: 2}\n  MC-VC-004: off\n",
    )
    child = write(
        tmp_path,
        "agency.yaml",
        "id: agency\nversion: '3'\ntitle: Agency\nextends: national.yaml\nrules:\n"
        "  MC-EL-016: {severity: info}\n  MC-EL-012: {weight: 4}\n",
    )
    rubric = load_rubric(child)
    assert rubric.id == "agency" and rubric.extends == ("national", "eu-2022")
    assert rubric.rules["MC-EL-012"].severity is Severity.ERROR  # inherited from national
    assert rubric.rules["MC-EL-012"].weight == 4.0  # overridden by agency
    assert rubric.rules["MC-EL-016"].severity is Severity.INFO
    assert "MC-VC-004" not in rubric.rules
    assert rubric.rules["MC-EL-002"] == load_rubric("eu-2022").rules["MC-EL-002"]


def test_options_inherited_and_overridden(tmp_path: Path, rule_with_option: str) -> None:
    write(
        tmp_path,
        "base.yaml",
        f"id: base\nversion: '1'\ntitle: B\nrules:\n  {rule_with_option}: {{options: {{min_count: 5}}}}\n",
    )
    child = write(
        tmp_path,
        "child.yaml",
        f"id: child\nversion: '1'\ntitle: C\nextends: base.yaml\nrules:\n  {rule_with_option}: {{severity: warning}}\n",
    )
    assert load_rubric(tmp_path / "base.yaml").rules[rule_with_option].options == {"min_count": 5}
    assert load_rubric(child).rules[rule_with_option].options == {"min_count": 5}


@pytest.mark.parametrize(
    ("body", "phrases"),
    [
        ("id: r\nversion: '1'\ntitle: R\nrules:\n  MC-XX-123: {}\n", ["unknown rule 'MC-XX-123'", "qa-checker rules"]),
        (
            "id: r\nversion: '1'\ntitle: R\nrules:\n  MC-EL-002: {options: {minimum: 2}}\n",
            ["rule MC-EL-002 has no option 'minimum'", "options: none"],
        ),
        (
            "id: r\nversion: '1'\ntitle: R\nrules:\n  MC-EL-002: {severity: fatal}\n",
            ["invalid rubric: rules/MC-EL-002/severity is 'fatal', not one of: error, warning, info"],
        ),
        ("id: r\nversion: '1'\ntitle: R\nrulez: {}\n", ["invalid rubric", "rulez"]),
        ("id: r\ntitle: R\n", ["invalid rubric", "'version' is missing from the rubric"]),
        ("id: r\nversion: '1'\ntitle: R\nrules: [MC-EL-002\n", ["cannot read rubric"]),
        ("- just\n- a list\n", ["invalid rubric: the rubric must be an object"]),
        ("id: r\nversion: '1'\ntitle: R\nextends: no-such-rubric\n", ["unknown rubric 'no-such-rubric'", "eu-2022"]),
    ],
    ids=[
        "unknown-rule",
        "unknown-option",
        "bad-severity",
        "unknown-key",
        "missing-version",
        "unreadable-yaml",
        "not-a-mapping",
        "unknown-parent",
    ],
)
def test_configuration_errors_name_the_file(tmp_path: Path, body: str, phrases: list[str]) -> None:
    path = write(tmp_path, "broken.yaml", body)
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    for phrase in phrases:
        assert phrase in message
    assert not RAW.search(message), message


def test_wrong_option_type_names_file_rule_and_option(tmp_path: Path, rule_with_option: str) -> None:
    path = write(
        tmp_path,
        "typed.yaml",
        f"id: r\nversion: '1'\ntitle: R\nrules:\n  {rule_with_option}: {{options: {{min_count: three}}}}\n",
    )
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and rule_with_option in message and "min_count" in message


def test_error_in_a_parent_names_the_parent(tmp_path: Path) -> None:
    parent = write(tmp_path, "parent.yaml", "id: p\nversion: '1'\ntitle: P\nrules:\n  MC-NO-000: {}\n")
    child = write(tmp_path, "child.yaml", "id: c\nversion: '1'\ntitle: C\nextends: parent.yaml\n")
    with pytest.raises(RubricError, match=r"parent\.yaml: line 5: unknown rule 'MC-NO-000'") as caught:
        load_rubric(child)
    assert str(caught.value).startswith(str(parent))


def test_extends_cycle_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "id: a\nversion: '1'\ntitle: A\nextends: b.yaml\n")
    write(tmp_path, "b.yaml", "id: b\nversion: '1'\ntitle: B\nextends: a.yaml\n")
    with pytest.raises(RubricError, match="extends itself") as caught:
        load_rubric(tmp_path / "a.yaml")
    assert "a.yaml" in str(caught.value) and "b.yaml" in str(caught.value)


def test_self_extension_is_a_cycle(tmp_path: Path) -> None:
    path = write(tmp_path, "self.yaml", "id: s\nversion: '1'\ntitle: S\nextends: self.yaml\n")
    with pytest.raises(RubricError, match="extends itself"):
        load_rubric(path)


def test_unknown_rubric_name_lists_bundled_ones() -> None:
    with pytest.raises(RubricError, match=r"unknown rubric 'eu-2099'.*eu-2022"):
        load_rubric("eu-2099")


def test_non_utf8_rubric(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("id: r\nversion: '1'\ntitle: Qualit\xe9\n".encode("latin-1"))
    with pytest.raises(RubricError, match="cannot read rubric") as caught:
        load_rubric(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(
    ("levels", "accepted"),
    [("{7: evaluate, 8: create}", True), ("{9: apply}", False), ("{'9': apply}", False), ("{0: apply}", False)],
)
def test_an_eqf_level_key_is_checked_whether_yaml_reads_it_as_a_number_or_a_text(
    tmp_path: Path, levels: str, accepted: bool
) -> None:
    path = write(
        tmp_path,
        "levels.yaml",
        f"id: r\nversion: '1'\ntitle: R\nrules:\n  MC-LO-007: {{options: {{min_highest: {levels}}}}}\n",
    )
    if accepted:
        assert load_rubric(path).rules["MC-LO-007"].options["min_highest"]
        return
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: line 5") and "MC-LO-007" in message and "min_highest" in message, message


@pytest.mark.parametrize(
    ("written", "weight"), [("1e3", 1000.0), ("1.5e2", 150.0), ("2.5E-1", 0.25), ("1.0e+3", 1000.0)]
)
def test_a_weight_in_exponent_form_is_a_number(tmp_path: Path, written: str, weight: float) -> None:
    """As YAML 1.2 and the descriptor reader read it; YAML 1.1's rules wanted a dot and a sign."""
    path = write(
        tmp_path,
        "exponent.yaml",
        f"id: exponent\nversion: '1'\ntitle: Exponent\nextends: eu-2022\nrules:\n  MC-EL-002: {{weight: {written}}}\n",
    )
    assert load_rubric(path).rules["MC-EL-002"].weight == weight


def test_option_values_are_read_as_written_by_yaml_1_2(tmp_path: Path) -> None:
    """YAML 1.1 read the words no, on, off, yes, y and n as booleans and 0413 as the octal number 267."""
    path = write(
        tmp_path,
        "words.yaml",
        "id: r\nversion: '1'\ntitle: R\nextends: eu-2022\nrules:\n"
        "  MC-TT-001: {options: {forbidden_words: [no, on, off, yes, y, n, 0413]}}\n"
        "  MC-SK-001: {options: {require_stackable: true}}\n",
    )
    rubric = load_rubric(path)
    assert rubric.rules["MC-TT-001"].options["forbidden_words"] == ["no", "on", "off", "yes", "y", "n", "0413"]
    assert rubric.rules["MC-SK-001"].options["require_stackable"] is True


@pytest.mark.parametrize(
    ("setting", "line", "phrase"),
    [
        ("{options: {require_stackable: yes}}", 6, "require_stackable must be true or false, not 'yes': write true"),
        ("\n    options:\n      require_stackable: Off", 8, "require_stackable must be true or false, not 'Off'"),
        ("{enabled: no}", 6, "rules/MC-SK-001/enabled must be true or false, not 'no': write false"),
        ("no", 6, "rule MC-SK-001 is set to 'no': write off (or false) to turn it off, on (or true)"),
    ],
    ids=["option-yes", "option-off", "enabled-no", "rule-no"],
)
def test_a_boolean_written_yes_or_no_says_where_to_write_true_or_false(
    tmp_path: Path, setting: str, line: int, phrase: str
) -> None:
    path = write(
        tmp_path, "yes.yaml", f"id: r\nversion: '1'\ntitle: R\nextends: eu-2022\nrules:\n  MC-SK-001: {setting}\n"
    )
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: line {line}: "), message
    assert phrase in message, message


def test_a_rule_turned_off_and_on_by_the_words_off_and_on(tmp_path: Path) -> None:
    path = write(tmp_path, "onoff.yaml", "id: r\nversion: '1'\ntitle: R\nextends: eu-2022\nrules:\n  MC-SK-001: off\n")
    assert "MC-SK-001" not in load_rubric(path).rules
