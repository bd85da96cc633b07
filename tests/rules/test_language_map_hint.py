"""MC-LG-002's hint shows a language map of the declared languages, never one language twice."""

from __future__ import annotations

from typing import Any

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def hints(changes: dict[str, Any]) -> list[str]:
    """The hints of MC-LG-002's findings on the target group of the good offer with ``changes`` set."""
    spec = {"id": "lg", "set": changes}
    found = run_case(Case("MC-LG-002", "lg", spec, RULE_FIXTURES / "MC-LG-002.yaml"))
    return [str(f.hint) for f in found if f.pointer.startswith("/target_group")]


def test_one_declared_language_missing_from_a_map_is_shown_alone() -> None:
    found = hints({"/languages": ["de"], "/target_group": {"en": "Engineers.", "nl": "Ingenieurs."}})
    assert found == ["Write it as a language map in the declared language, e.g. {de: ...}."]


def test_two_declared_languages_both_missing_are_both_shown() -> None:
    found = hints({"/languages": ["de", "fr"], "/target_group": {"en": "Engineers."}})
    assert found == ["Write it as a language map with every declared language, e.g. {de: ..., fr: ...}."]


def test_a_given_language_is_shown_beside_the_missing_one() -> None:
    found = hints({"/languages": ["en", "fr"], "/target_group": {"en": "Engineers."}})
    assert found == ["Write it as a language map with every declared language, e.g. {en: ..., fr: ...}."]
