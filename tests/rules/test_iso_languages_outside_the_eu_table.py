"""MC-VC-002 knows every ISO 639-1 code, not only those of the EU language authority table.

Found on a real schema.org course taught in English and Sanskrit: the bundled table holds the 133 languages the
EU table gives an ISO 639-1 code, so 'sa', 'mr', 'te' or 'tl' were "not an ISO 639-1 language code", and an
imported "Sanskrit" had "no ISO 639-1 code".
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.importers.builder import language_code
from tests.conftest import NOW, baseline
from tests.rules.cases import RULE_FIXTURES, Case, run_case


def found(languages: list[str], title: dict[str, str] | None = None) -> list[str]:
    """MC-VC-002's pointers on the template-like good offer declaring ``languages`` (and ``title``)."""
    spec = {"id": "vc", "set": {"/languages": languages, **({"/title": title} if title else {})}}
    return [f.pointer for f in run_case(Case("MC-VC-002", "vc", spec, RULE_FIXTURES / "MC-VC-002.yaml"))]


@pytest.mark.parametrize("code", ["sa", "mr", "te", "gu", "tl", "jv", "sc", "ug"])
def test_an_iso_code_outside_the_eu_table_is_a_language(code: str) -> None:
    assert found(["en", code], {"en": "Samkhya philosophy", code: "Samkhya"}) == []


@pytest.mark.parametrize("code", ["xx", "sh", "qq"])
def test_a_code_iso_does_not_give_or_has_withdrawn_is_still_told(code: str) -> None:
    assert found(["en", code], {"en": "Samkhya philosophy", code: "Samkhya"}) == ["/languages/1", f"/title/{code}"]


@pytest.mark.parametrize(
    ("written", "code"), [("Sanskrit", "sa"), ("sa", "sa"), ("mr-IN", "mr"), ("Tagalog", "tl"), ("en", "en")]
)
def test_an_imported_language_outside_the_eu_table_is_read(written: str, code: str) -> None:
    assert language_code(written) == code


def test_a_withdrawn_code_or_another_word_is_no_language() -> None:
    assert [language_code(written) for written in ("sh", "Serbo-Croatian", "xx", "Klingon")] == [None] * 4


@pytest.mark.parametrize(
    ("country", "code", "told"),
    [
        (
            "IE",
            "ie",
            "'ie' is the language code of Interlingue, although the awarding body is in Ireland; did you mean ga",
        ),
        ("LU", "lu", "'lu' is the language code of Luba-Katanga, although the awarding body is in Luxembourg"),
        ("LI", "li", "'li' is the language code of Limburgish, although the awarding body is in Liechtenstein"),
    ],
)
def test_a_country_code_typed_for_its_language_is_still_told(country: str, code: str, told: str) -> None:
    """Interlingue's and Luba-Katanga's codes are Ireland's and Luxembourg's: typed by a body there, they are
    the country's code, not a language it teaches in."""
    data = baseline()
    data["awarding_bodies"][0]["country"] = country
    data["languages"] = ["en", code]
    (result,) = check_documents([Document(source="case.yaml", data=data, format="yaml")], now=NOW).results
    (finding,) = [f for f in result.findings if f.rule == "MC-VC-002"]
    assert finding.pointer == "/languages/1" and finding.message.startswith(told)
