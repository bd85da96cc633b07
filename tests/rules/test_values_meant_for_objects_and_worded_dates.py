"""MC-SC-001 writes the value meant for a value given where an object belongs, and for a date in words.

Found by a mutation sweep of the good samples: ``participation: online``, ``assessment: [quiz]``,
``stackability: yes`` and ``external: NVAO`` got only "Change the value to the expected type", and
``15 Jan 2026`` or ``15-01-2026`` no ISO date to write instead.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def schema_hints(changes: dict[str, Any]) -> dict[str, str]:
    """MC-SC-001's message and hint by pointer, on the good offer with ``changes`` set."""
    spec = {"id": "sc", "set": changes}
    found = run_case(Case("MC-SC-001", "sc", spec, RULE_FIXTURES / "MC-SC-001.yaml"))
    return {f.pointer: f"{f.message} | {f.hint}" for f in found}


@pytest.mark.parametrize(
    ("pointer", "value", "written"),
    [
        ("/participation", "online", "{mode: online}"),
        ("/participation", "Blended", "{mode: blended}"),
        ("/stackability", "stackable", "{type: stackable}"),
        ("/assessment", ["project-work", "oral-examination"], "{types: [project-work, oral-examination]}"),
        ("/quality_assurance/external", "NVAO", "{body: NVAO}"),
        ("/quality_assurance/external", "ESG", "{framework: ESG}"),
    ],
)
def test_a_value_one_field_of_the_object_allows_is_written_as_that_field(
    pointer: str, value: Any, written: str
) -> None:
    assert f"Write {written}." in schema_hints({pointer: value})[pointer]


@pytest.mark.parametrize("value", ["yes", "no", True, "Ja"])
def test_stackability_as_a_yes_or_no_says_how_to_state_it(value: Any) -> None:
    assert "stackability: {type: stackable" in schema_hints({"/stackability": value})["/stackability"]


def test_a_text_no_field_allows_is_still_written_as_the_object_s_text() -> None:
    found = schema_hints({"/assessment": "Written exam and project"})["/assessment"]
    assert "Write {description: Written exam and project}." in found


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("15 Jan 2026", "2026-01-15"),
        ("January 15, 2026", "2026-01-15"),
        ("15. Januar 2026", "2026-01-15"),
        ("1er mars 2026", "2026-03-01"),
        ("1 de marzo de 2026", "2026-03-01"),
        ("5 października 2026", "2026-10-05"),
        ("Sept. 3, 2026", "2026-09-03"),
    ],
)
def test_a_date_with_the_month_in_words_is_written_as_iso(value: str, iso: str) -> None:
    found = schema_hints({"/last_reviewed": value})["/last_reviewed"]
    assert f"a date with the month in words; write it as YYYY-MM-DD: {iso}" in found


def test_a_day_first_date_between_hyphens_is_written_as_iso() -> None:
    found = schema_hints({"/last_reviewed": "15-01-2026"})["/last_reviewed"]
    assert "a date written day first; write it as YYYY-MM-DD: 2026-01-15" in found


@pytest.mark.parametrize("value", ["31 Feb 2026", "15 Foo 2026", "Monday 2026"])
def test_no_date_is_written_for_a_day_that_does_not_exist_or_an_unknown_month(value: str) -> None:
    assert "write it as YYYY-MM-DD:" not in schema_hints({"/last_reviewed": value})["/last_reviewed"]


@pytest.mark.parametrize(
    ("key", "meant"),
    [("further_info", "further_information"), ("lang", "languages"), ("Qual Assur", "quality_assurance")],
)
def test_a_field_name_cut_short_is_taken_for_the_field_it_starts(key: str, meant: str) -> None:
    found = schema_hints({f"/{key}": "x"})[f"/{key}"]
    assert f"did you mean '{meant}'?" in found


def test_a_name_that_starts_two_fields_suggests_neither() -> None:
    assert "did you mean" not in schema_hints({"/lear": "x"})["/lear"]  # learner, learning_outcomes


@pytest.mark.parametrize("joined", ["e-learning / workshop", "e-learning|workshop"])
def test_slugs_parted_by_slashes_or_bars_are_written_as_a_list(joined: str) -> None:
    found = schema_hints({"/participation/activity_types": joined})["/participation/activity_types"]
    assert "Write [e-learning, workshop]." in found


def test_web_addresses_are_never_parted_at_their_slashes() -> None:
    found = schema_hints({"/learning_outcomes/0": {"text": "Apply the law to a plan.", "esco": "https://x.eu/a"}})
    assert all("Write [" not in hint for hint in found.values())


def test_field_of_study_is_taken_for_the_field_of_education() -> None:
    assert "did you mean 'field_of_education'?" in schema_hints({"/field_of_study": "0613"})["/field_of_study"]
