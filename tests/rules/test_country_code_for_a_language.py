"""MC-VC-002 suggests the language of a country whose code was written for the language's.

Found by a mutation sweep: ``languages: [gr]``, ``[cz]``, ``[dk]`` and ``[jp]`` got no "did you mean", as
the country code is not close in spelling to the language code (el, cs, da, ja).
"""

from __future__ import annotations

import pytest

from qa_checker.rules.vocabulary import _suggest
from tests.rules.cases import RULE_FIXTURES, Case, run_case


def found(languages: list[str]) -> list[tuple[str, str]]:
    """MC-VC-002's pointers and hints on the template-like good offer declaring ``languages``."""
    spec = {"id": "vc", "set": {"/languages": languages}}
    return [
        (f.pointer, f"{f.message} {f.hint}")
        for f in run_case(Case("MC-VC-002", "vc", spec, RULE_FIXTURES / "MC-VC-002.yaml"))
    ]


@pytest.mark.parametrize(("code", "meant"), [("gr", "el"), ("cz", "cs"), ("dk", "da"), ("jp", "ja"), ("ua", "uk")])
def test_a_country_code_for_a_language_suggests_the_language(code: str, meant: str) -> None:
    ((pointer, text),) = found(["en", code])
    assert pointer == "/languages/1"
    assert f"did you mean {meant}?" in text


@pytest.mark.parametrize("code", ["se", "ee", "si"])
def test_a_country_code_that_is_also_a_language_code_is_accepted(code: str) -> None:
    assert found(["en", code]) == []


def test_the_table_never_turns_a_country_into_a_language_code_or_back() -> None:
    assert _suggest("countries", "GR") is None
    assert _suggest("countries", "dk") == "DK"
