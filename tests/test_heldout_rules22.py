"""Held-out descriptors, round twenty-two: descriptors written wholly in the EU languages the earlier rounds covered
least.

``tests/heldout_rules22`` holds offers and issued credentials of Portuguese, Czech, Slovak, Hungarian, Romanian,
Greek, Bulgarian, Croatian, Slovenian, Lithuanian, Latvian, Estonian, Finnish, Swedish, Danish, Maltese and Irish
universities (YAML and JSON), every free value in the provider's language. ``expectations.yaml`` says which rules
must report, and where, each decided before the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qa_checker.ects import counts_hours, is_ects
from qa_checker.rules.consistency import nqf_framework
from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules22"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_22_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 50, flawed_one_in=2)
    languages = {name.split("-")[0] for name in EXPECTATIONS}
    assert len(languages) >= 14
    assert all(sum(name.startswith(f"{language}-") for name in EXPECTATIONS) >= 2 for language in languages)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_22_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


def _found(data: dict[str, Any], rule: str) -> set[str]:
    return {at for found, at in data_findings(data) if found == rule}


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        # The participle in the gender and number of the field's noun, and a phrase after "предстои" (as in the
        # corpus: Latvian feminine, Bulgarian); not in the corpus: Czech feminine, Slovak and Polish plural,
        # Croatian feminine, Slovenian plural, Lithuanian masculine plural, Bulgarian plural.
        ("Tiks precizēta vēlāk.", True),
        ("Предстои да бъде уточнено.", True),
        ("Bude upřesněna.", True),
        ("Budú upresnené neskôr.", True),
        ("Zostaną ustalone później.", True),
        ("Bit će naknadno određena.", True),
        ("Bodo naknadno objavljeni.", True),
        ("Bus paskelbti vėliau.", True),
        ("Ще бъдат обявени.", True),
        # Texts that only open with such words.
        ("Budoucí učitelé matematiky a informatiky.", False),
        ("Bus drivers and dispatchers of regional transport companies.", False),
    ],
)
def test_a_text_still_to_come_is_read_in_every_gender_and_number(text: str, placeholder: bool) -> None:
    data = baseline()
    data["target_group"] = text
    data["languages"] = ["en"]
    data["title"] = data["title"]["en"]
    assert _found(data, "MC-TP-001") == ({"/target_group"} if placeholder else set())


@pytest.mark.parametrize("system", ["kreditní body", "kreditních bodů", "kreditné body", "kreditných bodov"])
def test_the_czech_and_slovak_credit_point_is_the_ects_credit_in_higher_education(system: str) -> None:
    assert is_ects(system, higher_education=True)
    assert not is_ects(system)


@pytest.mark.parametrize(
    ("system", "hours", "wrong"),
    [
        # Not in the corpus: the genitive plural of the Czech and the nominative of the Slovak credit point.
        ("kreditních bodů", 50, True),
        ("kreditních bodů", 140, False),
        ("kreditné body", 60, True),
    ],
)
def test_hours_are_held_to_credit_points_in_higher_education(system: str, hours: int, wrong: bool) -> None:
    data = baseline()
    data["workload"] = {"other_credits": {"system": system, "value": 5}, "hours": hours}
    assert _found(data, "MC-WL-002") == ({"/workload/hours"} if wrong else set())


@pytest.mark.parametrize("system", ["siegħat", "sigħat", "siegħa", "uaireanta an chloig", "uaire an chloig", "uair"])
def test_maltese_and_irish_hours_are_hours(system: str) -> None:
    assert counts_hours(system)


@pytest.mark.parametrize("system", ["sigħat ta' tagħlim", "uaire an chloig staidéir"])
def test_only_hours_under_their_maltese_or_irish_name_are_no_ects(system: str) -> None:
    # Not in the corpus: the Maltese "hours of learning" and the Irish "hours of study".
    data = baseline()
    data["workload"] = {"hours": 140, "other_credits": {"system": system, "value": 140}}
    assert _found(data, "MC-WL-001") == {"/workload"}


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        # Not in the corpus: the share a pass needs, after what it completes and what it needs, in Czech, Croatian,
        # Swedish, Finnish, Lithuanian and Estonian; the lowest pass on a scale in the locative (Latvian); the base
        # before the mark (Greek); the Hungarian "from" on the mark; the Bulgarian completion of the course.
        ("Pro úspěšné ukončení kurzu je nutné získat alespoň 70 % bodů.", "65 %", True),
        ("Pro úspěšné ukončení kurzu je nutné získat alespoň 70 % bodů.", "75 %", False),
        ("Za prolaznu ocjenu potrebno je najmanje 60 % bodova.", "55 %", True),
        ("Godkänt kräver minst 60 % av poängen.", "50 %", True),
        ("Hyväksyttyyn suoritukseen vaaditaan vähintään 50 % pisteistä.", "45 %", True),
        ("Įskaityta, jei surinkta ne mažiau kaip 60 % taškų.", "52 %", True),
        ("Positiivse hinde saamiseks on vaja vähemalt 60% punktidest.", "55%", True),
        ("Vērtējums 10 ballu sistēmā; zemākā sekmīgā atzīme ir 4.", "3", True),
        ("Κλίμακα 0–10, με βάση το 5,0.", "4", True),
        ("Értékelés százalékban; 60 %-tól megfelelt.", "55 %", True),
        ("Шестобална система; минималната оценка за успешно завършване на курса е 4,00.", "3,50", True),
        # A share of something else than the points, and the Greek "based on" before a scale, name no pass mark.
        ("Hodnocení v procentech; úspěšné absolvování vyžaduje účast alespoň 80 % výuky.", "65 %", False),
        ("Βαθμολογία με βάση την κλίμακα 0–10.", "3", False),
    ],
)
def test_a_pass_mark_named_as_what_a_pass_needs_is_read(scheme: str, grade: str, fails: bool) -> None:
    assert _found(graded_credential(scheme, grade), "MC-AS-004") == ({"/grade"} if fails else set())


@pytest.mark.parametrize(
    ("name", "countries", "framework"),
    [
        ("CNC", frozenset({"IE"}), "NFQ"),
        ("CNC", frozenset({"RO"}), "CNC"),
        ("CNC", frozenset(), "CNC"),
        ("CNC", frozenset({"IE", "RO"}), "CNC"),
        ("LKS", frozenset({"LT"}), "LTKS"),
        ("LKS", frozenset(), "LTKS"),
    ],
)
def test_an_abbreviation_in_the_providers_language_names_its_framework(
    name: str, countries: frozenset[str], framework: str
) -> None:
    assert nqf_framework(name, countries) == framework


@pytest.mark.parametrize(("country", "level", "wrong"), [("IE", 7, False), ("IE", 9, True), ("RO", 7, True)])
def test_cnc_levels_are_judged_by_the_bodies_framework(country: str, level: int, wrong: bool) -> None:
    # Not in the corpus: NFQ 7 is EQF 6 (an ordinary bachelor's degree), CNC 7 of Romania is EQF 7.
    data = baseline()
    data["awarding_bodies"][0]["country"] = country
    data["awarding_bodies"][0].pop("region", None)
    data["level"] = {"eqf": 6, "nqf": {"framework": "CNC", "level": level}}
    assert _found(data, "MC-LV-003") == ({"/level/nqf/level"} if wrong else set())
