"""Held-out descriptors, round twenty: micro-credentials as the national and European programmes that publish
catalogues of them word them.

``tests/heldout_rules20`` holds offers and issued credentials of Spain's microcredenciales universitarias, Ireland's
MicroCreds (Special Purpose and Minor Awards on the NFQ), the Dutch pilot, Finland's open university, the Estonian,
Croatian, Lithuanian, Slovenian and Polish micro-credentials, French blocs de compétences, German university and IHK
certificate courses, the Austrian Mikrozertifikat, the Italian microcredenziale and European Universities alliances
(YAML and JSON), about half in the provider's language. ``expectations.yaml`` says which rules must report, and where,
each decided before the checker ran, under eu-2022 and, for the Irish, Dutch, Finnish and alliance files, under their
profile too; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.ects import is_ects
from qa_checker.rules.consistency import nqf_framework
from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules20"
EXPECTATIONS = expectations(FOLDER)
PROFILED = {name: entry for name, entry in EXPECTATIONS.items() if "profile" in entry}


def test_every_descriptor_of_round_20_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 45, flawed_one_in=2)
    countries = {name.split("-")[0] for name in EXPECTATIONS} - {"eu"}
    assert len(countries) >= 12


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_20_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize("name", expected_cases(PROFILED))
def test_descriptor_of_round_20_gets_exactly_the_expected_findings_under_its_profile(name: str) -> None:
    entry = PROFILED[name]
    assert_exactly_expected(FOLDER, {"fire": entry["profile_fire"], "rubric": entry["profile"]}, name)


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        # The pass mark named by the verb of passing and an article before the mark: Spanish (as in the corpus),
        # Catalan, Italian and Dutch.
        ("Calificación numérica de 0 a 10; se aprueba con un 5,0.", "4,2", True),
        ("Calificación numérica de 0 a 10; se aprueba con un 5,0.", "7", False),
        ("Qualificació de 0 a 10; s'aprova amb un 5.", "4", True),
        ("Qualificació de 0 a 10; s'aprova amb un 5.", "5", False),
        ("Voto in trentesimi; l'esame si supera con 18/30.", "15/30", True),
        ("Voto in trentesimi; l'esame si supera con 18/30.", "28/30", False),
        ("Cijfers van 1 tot 10; geslaagd vanaf 5,5.", "5,0", True),
        ("Cijfers van 1 tot 10; geslaagd vanaf 5,5.", "6", False),
    ],
)
def test_a_pass_mark_named_by_the_verb_of_passing_is_read(scheme: str, grade: str, fails: bool) -> None:
    found = {at for rule, at in data_findings(graded_credential(scheme, grade)) if rule == "MC-AS-004"}
    assert found == ({"/grade"} if fails else set())


@pytest.mark.parametrize(
    "system",
    ["crédits européens", "crédit européen", "créditos europeos", "crédito europeo", "studiepoäng", "ainepunktid"],
)
def test_the_ects_credit_under_its_legal_and_inflected_names_is_ects(system: str) -> None:
    assert is_ects(system)


@pytest.mark.parametrize(
    ("system", "hours", "wrong"),
    [
        # Not in the corpus: the singular Spanish name, and the French one beside its abbreviation.
        ("crédito europeo", 20, True),
        ("crédito europeo", 80, False),
        ("crédits européens (ECTS)", 30, True),
    ],
)
def test_hours_are_held_to_credits_named_as_the_european_credit(system: str, hours: int, wrong: bool) -> None:
    data = baseline()
    data["workload"] = {"other_credits": {"system": system, "value": 3}, "hours": hours}
    found = {at for rule, at in data_findings(data) if rule == "MC-WL-002"}
    assert found == ({"/workload/hours"} if wrong else set())


@pytest.mark.parametrize(
    ("name", "countries", "framework"),
    [
        ("Deutscher Qualifikationsrahmen für lebenslanges Lernen", frozenset({"DE"}), "DQR"),
        ("Deutscher Qualifikationsrahmen für lebenslanges Lernen (DQR)", frozenset({"DE"}), "DQR"),
        # Not in the corpus: the English title, the Croatian framework's full title, and a generic name that stays
        # its own country's with the suffix as without it.
        ("German Qualifications Framework for Lifelong Learning", frozenset(), "DQR"),
        ("Hrvatski kvalifikacijski okvir za cjeloživotno učenje", frozenset({"HR"}), "CROQF"),
        ("Nationaler Qualifikationsrahmen für lebenslanges Lernen", frozenset({"AT"}), "NQR"),
        ("Nationaler Qualifikationsrahmen für lebenslanges Lernen", frozenset({"DE"}), None),
        ("Kvalifikationsrammen for livslang læring", frozenset({"DK"}), "DKQF"),
    ],
)
def test_a_framework_is_known_by_its_full_title_for_lifelong_learning(
    name: str, countries: frozenset[str], framework: str | None
) -> None:
    assert nqf_framework(name, countries) == framework
