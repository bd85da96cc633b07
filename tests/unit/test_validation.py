"""Schema findings speak plainly: no raw jsonschema text, every element covered by the fixtures."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from qa_checker import pointer as jp
from qa_checker import resources, validation
from qa_checker.elements import ELEMENT_KEYS
from qa_checker.errors import RubricError
from qa_checker.findings import Finding, Severity
from qa_checker.rubric import load_rubric
from tests.conftest import baseline
from tests.rules.cases import RULE_FIXTURES

# Phrases of jsonschema's own messages, none of which a provider should ever read.
RAW = re.compile(
    r"is not valid under any of the given schemas|is valid under each of|is not of type|does not match '|"
    r"is a required property|Additional properties are not allowed|should be non-empty|is too short|is too long|"
    r"is not one of \[|was expected|Failed validating|\$defs|\$ref|anyOf|oneOf|propertyNames|additionalProperties"
)
WRONG_VALUES: list[Any] = [None, True, 7, -1, "", "  ", "x", "EN", [], [1], {}, {"zz": 1}, {"text": 5}]


def _credential() -> dict[str, Any]:
    data = baseline()
    data.update(
        kind="credential",
        learner={"name": "A", "identifier": {"scheme": "national", "value": "1"}, "date_of_birth": "1999-10-02"},
        issue_date="2026-06-30",
        grade={"en": "8"},
    )
    return data


def _pointers(node: Any, here: str = "") -> Iterator[str]:
    if here:
        yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _pointers(value, jp.child(here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _pointers(value, jp.child(here, index))


def _replace(data: dict[str, Any], pointer: str, value: Any) -> dict[str, Any]:
    copied = copy.deepcopy(data)
    tokens = jp.split(pointer)
    parent = jp.resolve(copied, jp.join(*tokens[:-1]))
    parent[int(tokens[-1]) if isinstance(parent, list) else tokens[-1]] = value
    return copied


@pytest.fixture(scope="module")
def mutated() -> list[tuple[dict[str, Any], list[Finding]]]:
    """Every field of a full offer and a full credential, replaced by every kind of wrong value."""
    cases = []
    for start in (baseline(), _credential()):
        for pointer in _pointers(start):
            for value in WRONG_VALUES:
                data = _replace(start, pointer, value)
                cases.append((data, validation.validate(data)))
    return cases


def test_no_finding_ever_shows_raw_jsonschema_text(mutated: list[tuple[dict[str, Any], list[Finding]]]) -> None:
    checked = 0
    for _, findings in mutated:
        for finding in findings:
            checked += 1
            assert not RAW.search(finding.message), finding.message
            assert not RAW.search(finding.hint), finding.hint
            assert finding.rule == "MC-SC-001" and finding.hint
            assert finding.pointer == "" or jp.split(finding.pointer)
            assert finding.element is None or finding.element in ELEMENT_KEYS
    assert checked > 1000


def test_every_finding_points_into_the_document_or_at_a_missing_child(
    mutated: list[tuple[dict[str, Any], list[Finding]]],
) -> None:
    for data, findings in mutated:
        for finding in findings:
            tokens = jp.split(finding.pointer)
            parent = jp.join(*tokens[:-1]) if tokens else ""
            assert (
                jp.resolve(data, finding.pointer, default=KeyError) is not KeyError
                or jp.resolve(data, parent, default=KeyError) is not KeyError
            ), finding.to_dict()


def test_fixtures_cover_every_element_and_the_top_level() -> None:
    """MC-SC-001 fixtures exercise schema-error translation on all sixteen elements and on null."""
    spec = yaml.safe_load((RULE_FIXTURES / "MC-SC-001.yaml").read_text(encoding="utf-8"))
    covered: dict[Any, int] = {}
    for case in spec["cases"]:
        for expected in case.get("expect") or []:
            assert {"pointer", "element", "message"} <= set(expected), case["id"]
            covered[expected["element"]] = covered.get(expected["element"], 0) + 1
    assert set(covered) == {*ELEMENT_KEYS, None}


@pytest.mark.parametrize(
    ("schema", "instance", "expected"),
    [
        ({"anyOf": [{"type": "string"}, {"type": "integer"}]}, [], "the descriptor must be text, not []"),
        ({"properties": {"a": {"maxItems": 1}}}, {"a": [1, 2]}, "a is too long; give at most 1"),
        (
            {"properties": {"a": {"multipleOf": 2}}},
            {"a": 3},
            "a does not follow the descriptor format (the 'multipleOf' constraint)",
        ),
    ],
)
def test_fallback_messages_stay_plain(schema: dict[str, Any], instance: Any, expected: str) -> None:
    """Keywords the bundled schema does not use yet still get plain words, never jsonschema's."""
    [error] = jsonschema.Draft202012Validator(schema).iter_errors(instance)
    [finding] = validation._to_findings(error, Severity.ERROR)
    assert finding.message == expected


def test_severity_comes_from_the_rubric_setting() -> None:
    data = baseline()
    data["kind"] = "course"
    [finding] = validation.validate(data, severity=Severity.WARNING)
    assert finding.severity is Severity.WARNING and finding.pointer == "/kind"


def test_findings_are_unique_and_sorted() -> None:
    data = baseline()
    data.update(kind="course", titel="x", languages=["EN", "EN"])
    findings = validation.validate(data)
    keys = [(f.pointer, f.message) for f in findings]
    assert keys == sorted(set(keys))


def test_bundled_schema_is_valid_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(resources.descriptor_schema())


EDGE_CASES: list[dict[str, Any]] = [
    {"level": {"eqf": 6.0}},
    {"level": {"eqf": True}},
    {"workload": {"ects": True}},
    {"languages": ["en", "en"]},
    {"assessment": {"types": ["quiz", "quiz"]}},
    {"last_reviewed": "2023-02-30"},
    {"last_reviewed": "2024-02-29"},
    {"further_information": "https://exa mple.org"},
    {"further_information": "ftp://example.org"},
    {"descriptor_version": 1.0},
    {"kind": "offer", "learner": {"name": "A"}},
    {"kind": "credential", "learner": {}},
    {"title": {"EN": "Data"}},
    {"extensions": {"anything": [1, {"deep": None}]}},
]


def _jsonschema_valid(data: Any) -> bool:
    return not any(True for _ in validation.validator().iter_errors(data))


def test_the_compiled_check_agrees_with_jsonschema(mutated: list[tuple[dict[str, Any], list[Finding]]]) -> None:
    """The fast path may only skip jsonschema when jsonschema would find nothing: same verdict everywhere."""
    from benchmarks.corpus import descriptor, providers

    rng = __import__("random").Random(7)
    bodies = providers(rng)
    documents = [data for data, _ in mutated]
    documents += [descriptor(rng, index, bodies) for index in range(400)]
    documents += [{**baseline(), **change} for change in EDGE_CASES]
    verdicts = {True: 0, False: 0}
    for data in documents:
        fast = validation.is_valid(data)
        assert fast == _jsonschema_valid(data), data
        verdicts[fast] += 1
    assert verdicts[True] > 100 and verdicts[False] > 1000


def test_compiling_the_fast_check_leaves_the_shared_schema_untouched() -> None:
    """Other modules read the schema's local references (the spreadsheet columns, hint lookup)."""
    before = copy.deepcopy(resources.descriptor_schema())
    validation._fast_validator.cache_clear()
    assert validation.is_valid(baseline())
    assert resources.descriptor_schema() == before


def test_a_value_the_fast_check_cannot_read_is_left_to_jsonschema() -> None:
    """The compiled check cannot read a Python value JSON has no word for (a caller's own object, a set):
    it counts as rejected, never raises, so that jsonschema has the last word."""
    assert not validation.is_valid({**baseline(), "languages": {"en"}})
    assert not validation.is_valid({**baseline(), "title": object()})
    assert validation.is_valid({**baseline(), "extensions": {"note": object()}})  # nothing there is checked


def _finding_at(data: dict[str, Any], pointer: str) -> Finding:
    found = [f for f in validation.validate(data) if f.pointer == pointer]
    assert len(found) == 1, validation.validate(data)
    return found[0]


@pytest.mark.parametrize(
    ("wrong", "meant"), [("worklaod", "workload"), ("Title", "title"), ("learning_outcome", "learning_outcomes")]
)
def test_a_misspelt_field_gets_did_you_mean(wrong: str, meant: str) -> None:
    finding = _finding_at({**baseline(), wrong: "x"}, f"/{wrong}")
    assert finding.message == f"unknown field '{wrong}' in the descriptor; did you mean '{meant}'?"
    assert f"'{meant}'" in finding.hint and not RAW.search(finding.message + finding.hint)


def test_a_nested_misspelt_field_is_matched_against_its_own_object() -> None:
    data = baseline()
    data["workload"] = {**data["workload"], "hourz": 10}
    assert "did you mean 'hours'?" in _finding_at(data, "/workload/hourz").message


def test_an_unknown_field_like_no_known_one_gets_no_guess() -> None:
    finding = _finding_at({**baseline(), "zzz": 1}, "/zzz")
    assert finding.message == "unknown field 'zzz' in the descriptor"
    assert "did you mean" not in finding.hint


@pytest.mark.parametrize(
    ("value", "fix"),
    [
        ("5", 'Write the number without quotes: 5, not "5".'),
        (" 2.5 ", 'Write the number without quotes: 2.5, not " 2.5 ".'),
        ("5,5", 'Write the number with a decimal point and without quotes: 5.5, not "5,5".'),
    ],
)
def test_a_number_given_as_text_says_how_to_write_it(value: str, fix: str) -> None:
    data = baseline()
    data["workload"] = {**data["workload"], "ects": value}
    finding = _finding_at(data, "/workload/ects")
    assert finding.hint.startswith(fix)
    assert finding.hint != fix  # the field's own hint follows


def test_text_that_is_no_number_keeps_the_plain_hint() -> None:
    data = baseline()
    data["workload"] = {**data["workload"], "ects": "five"}
    assert "without quotes" not in _finding_at(data, "/workload/ects").hint


@pytest.mark.parametrize(
    "path",
    [("id",), ("learner", "name"), ("learner", "identifier", "value"), ("workload", "other_credits", "system")],
)
def test_an_identifier_or_name_of_only_spaces_is_refused(path: tuple[Any, ...]) -> None:
    document = _credential()
    document["workload"]["other_credits"] = {"system": "ECVET", "value": 10}
    assert not validation.validate(document), "the baseline credential is valid"
    node: Any = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = "   "
    pointers = [f.pointer for f in validation.validate(document)]
    assert jp.join(*(str(p) for p in path)) in pointers


# --- Keys refused by propertyNames: the message follows the constraint ------------------------------------------


def test_a_language_map_key_is_named_as_no_language_code() -> None:
    data = baseline()
    data["title"] = {"EN": "Urban beekeeping"}
    finding = _finding_at(data, "/title/EN")  # at the key, as an unknown field is
    assert finding.message == "title has the key 'EN', which is not a two-letter ISO 639-1 language code"


@pytest.mark.parametrize(
    ("names", "key", "expected"),
    [
        ({"pattern": "^[a-z]{2}$"}, "EN", "m has the key 'EN', which is not a two-letter ISO 639-1 language code"),
        ({"enum": ["offer", "credential"]}, "zzz", "m has the key 'zzz', which is not one of: offer, credential"),
        (
            {"enum": ["offer", "credential"]},
            "ofer",
            "m has the key 'ofer', which is not one of: offer, credential; did you mean 'offer'?",
        ),
        ({"const": "en"}, "de", "m has the key 'de', which is not one of: en"),
        ({"$ref": "#/$defs/kinds"}, "zzz", "m has the key 'zzz', which is not one of: offer, credential"),
        # A pattern allowing a few keys lists them; a simple form is shown by an example; any other as written.
        ({"pattern": "^[1-8]$"}, "9", "m has the key '9', which is not one of: 1, 2, 3, 4, 5, 6, 7, 8"),
        ({"pattern": "^(en|de)$"}, "fr", "m has the key 'fr', which is not one of: en, de"),
        (
            {"pattern": "^MC-[A-Z]{2}-[0-9]{3}$"},
            "LO-2",
            "m has the key 'LO-2', which is not allowed here (keys must be written like MC-AB-123)",
        ),
        (
            {"pattern": "^x-[a-z]+$"},
            "y",
            "m has the key 'y', which is not allowed here (keys must match the pattern ^x-[a-z]+$)",
        ),
        ({"maxLength": 3}, "abcd", "m has the key 'abcd', which is not allowed here"),
    ],
)
def test_a_refused_key_is_described_by_the_constraint_it_breaks(names: dict[str, Any], key: str, expected: str) -> None:
    schema = {"$defs": {"kinds": {"enum": ["offer", "credential"]}}, "properties": {"m": {"propertyNames": names}}}
    [error] = jsonschema.Draft202012Validator(schema).iter_errors({"m": {key: 1}})
    [finding] = validation._to_findings(error, Severity.ERROR)
    assert finding.message == expected
    assert not RAW.search(finding.message)
    assert finding.hint in ("Use one of the listed values exactly as written.", "Rename or remove the key.")
    # Files other than descriptors (rubrics, options) are described the same way, without the guess.
    assert validation.describe(error, root="the rubric") == expected.partition("; did you mean")[0]


def test_a_property_called_propertynames_is_a_value_not_a_key() -> None:
    schema = {"properties": {"propertyNames": {"pattern": "^a$"}}}
    [error] = jsonschema.Draft202012Validator(schema).iter_errors({"propertyNames": "b"})
    assert validation.describe(error, root="the rubric") == "propertyNames is 'b', which has the wrong form"


def test_a_rule_options_key_outside_its_range_lists_the_allowed_keys(tmp_path: Path) -> None:
    # MC-LO-007's options map EQF levels 1-8 to Bloom levels (propertyNames ^[1-8]$): no language codes.
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text(
        "id: mine\nversion: '1'\ntitle: Mine\nrules:\n  MC-LO-007: {options: {min_highest: {'9': apply}}}\n",
        encoding="utf-8",
    )
    with pytest.raises(RubricError) as refused:
        load_rubric(rubric)
    message = str(refused.value)
    assert message.endswith("min_highest has the key '9', which is not one of: 1, 2, 3, 4, 5, 6, 7, 8"), message
    assert "language code" not in message


@pytest.mark.parametrize(
    ("where", "value", "expected"),
    [
        (("level", "eqf"), "EQF 6", "level/eqf must be a whole number, not 'EQF 6': write 6"),
        (("level", "eqf"), "6", "level/eqf must be a whole number, not '6': write 6"),
        (("workload", "ects"), "2.5 ECTS", "workload/ects must be a number, not '2.5 ECTS': write 2.5"),
        (("level", "eqf"), "6.5", "level/eqf must be a whole number, not '6.5'"),
        # a level as a roman numeral, alone or after its word; not a word that only looks like one, nor an amount
        (("level", "eqf"), "VI", "level/eqf must be a whole number, not 'VI': write 6"),
        (("level", "eqf"), "poziom VII", "level/eqf must be a whole number, not 'poziom VII': write 7"),
        (("level", "eqf"), "Vi", "level/eqf must be a whole number, not 'Vi'"),
        (("level", "eqf"), "CIV", "level/eqf must be a whole number, not 'CIV'"),
        (("workload", "ects"), "V", "workload/ects must be a number, not 'V'"),
        (("workload", "ects"), "5 or 6", "workload/ects must be a number, not '5 or 6'"),
        (("workload", "ects"), "2,5", "workload/ects must be a number, not '2,5': write 2.5"),  # a decimal comma
        (("workload", "hours"), "3 weeks", "workload/hours must be a number, not '3 weeks'"),
        # a price's dot before three digits groups thousands (no euro price has three decimals); a bare number's
        # reads two ways
        (("price", "amount"), "€ 1.250", "price/amount must be a number, not '€ 1.250': write 1250"),
        (("workload", "hours"), "1.250", "workload/hours must be a number, not '1.250'"),
        (("workload", "ects"), "1 semestr", "workload/ects must be a number, not '1 semestr'"),
        (("workload", "hours"), "12 Wochen", "workload/hours must be a number, not '12 Wochen'"),
        (("workload", "ects"), "2 anni", "workload/ects must be a number, not '2 anni'"),
        (
            ("last_reviewed",),
            "2026-09-01T09:00:00+02:00",
            "last_reviewed is '2026-09-01T09:00:00+02:00', a date and a time; give the date alone: 2026-09-01",
        ),
        (
            ("last_reviewed",),
            "01.09.2026",
            "last_reviewed is '01.09.2026', a date written day first; write it as YYYY-MM-DD: 2026-09-01",
        ),
        (
            ("last_reviewed",),
            "2026-13-01T09:00",
            "last_reviewed is '2026-13-01T09:00', not a calendar date written YYYY-MM-DD",
        ),
    ],
)
def test_a_value_of_the_wrong_form_is_answered_with_the_value_to_write(
    where: tuple[str, ...], value: str, expected: str
) -> None:
    data = baseline()
    target = data
    for key in where[:-1]:
        target = target.setdefault(key, {})
    target[where[-1]] = value
    messages = [f.message for f in validation.validate(data) if f.pointer == "/" + "/".join(where)]
    assert messages == [expected]


def test_a_message_quotes_a_long_key_by_its_start_and_the_pointer_keeps_it_whole() -> None:
    key = "k" * 100_000
    data = {"descriptor_version": "1.0", "id": "x", key: 1, "workload": {key: 2}}
    findings = [f for f in validation.validate(data) if key in f.pointer]
    assert len(findings) == 2
    for finding in findings:
        assert len(finding.message) < 200 and "kkk…" in finding.message
        assert finding.pointer.endswith("/" + key)


def test_a_hint_writes_back_only_a_short_value() -> None:
    # Splitting a 200,000-character text for a list hint took seconds (a quadratic regular expression).
    data = {**baseline(), "languages": "en" + " " * 200_000 + "nl"}
    (finding,) = [f for f in validation.validate(data) if f.pointer == "/languages"]
    assert "Write [" not in str(finding.hint) and len(finding.message) < 400


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "title is empty"),
        ("   ", "title holds only spaces or invisible characters"),
        ("\u200b\u00ad", "title holds only spaces or invisible characters"),
    ],
)
def test_an_empty_or_blank_text_is_one_finding_saying_so(value: str, message: str) -> None:
    at_title = [f.message for f in validation.validate({"title": value}) if f.pointer == "/title"]
    assert at_title == [message]


@pytest.mark.parametrize(("key", "shown"), [("\ufeffkind", "\\ufeffkind"), ("ki\u200bnd", "ki\\u200bnd")])
def test_an_unknown_key_shows_the_invisible_character_that_makes_it_unknown(key: str, shown: str) -> None:
    (finding,) = [f for f in validation.validate({key: "offer"}) if "unknown field" in f.message]
    assert finding.message == f"unknown field '{shown}' in the descriptor; did you mean 'kind'?"


def test_a_key_with_a_non_breaking_space_keeps_its_hint() -> None:
    (finding,) = [f for f in validation.validate({"our\u00a0note": "x"}) if "unknown field" in f.message]
    assert "our\\xa0note" in finding.message and "non-breaking space" in finding.hint
