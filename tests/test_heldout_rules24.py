"""Held-out descriptors, round twenty-four: the EU baseline's thresholds, met exactly and missed by the least step.

``tests/heldout_rules24`` holds offers and issued credentials of six universities, each in its language (English,
German, French, Polish, Finnish, Spanish), changed at one threshold each: hours per ECTS, the smallest workload, ECTS
from EQF 5, outcome lengths and counts, review ages, a schedule years ahead, a duration against its dates, hours a
day and a week, a field's digits, dates of issuing and of birth, and grades at the pass mark. ``expectations.yaml``
says which rules must report, and where (``fire``), and exactly which findings MC-LO-005 and MC-LO-006 give
(``outcome_rules``), each decided from the rule reference before the checker ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.descriptor import Descriptor
from qa_checker.rules.consistency import hours_agree
from tests.conftest import graded_credential
from tests.heldout import (
    assert_exactly_expected,
    data_findings,
    expectations,
    expected_cases,
    expected_files,
    graded_findings,
)

FOLDER = Path(__file__).resolve().parent / "heldout_rules24"
EXPECTATIONS = expectations(FOLDER)
THRESHOLD_RULES = ("MC-LO-005", "MC-LO-006")


def test_every_descriptor_of_round_24_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 80)
    missed = [name for name, entry in EXPECTATIONS.items() if entry["fire"] or entry["outcome_rules"]]
    assert len(missed) >= len(EXPECTATIONS) // 3
    assert all(
        sum(name.startswith(f"{code}-") for name in EXPECTATIONS) >= 8 for code in ("en", "de", "fr", "pl", "fi", "es")
    )


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_24_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_outcome_length_and_count_of_round_24_are_judged_at_their_thresholds(name: str) -> None:
    found = [
        f"{rule} {pointer}"
        for rule, pointer, severity in graded_findings(FOLDER / name, outcomes=True)
        if rule in THRESHOLD_RULES and severity != "info"
    ]
    assert sorted(found) == sorted(EXPECTATIONS[name]["outcome_rules"])


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        # As in the corpus: the pass mark named with the grade a pass is "with", in a language with cases.
        ("Arvosanat 0–5; hyväksytty arvosanalla 1.", "0", True),
        ("Arvosanat 0–5; hyväksytty arvosanalla 1.", "1", False),
        # Not in the corpus: the same in other languages, each with its preposition, article or case.
        ("Hindamisskaala 0–5; arvestatud hindega 1.", "0", True),
        ("Skala ocen 2–5; zaliczenie z oceną co najmniej 3.", "2", True),
        ("Skala ocen 2–5; zaliczenie z oceną co najmniej 3.", "3", False),
        ("Stupnice 1–4; kurz je splněn se známkou 3 nebo lepší.", "4", True),
        ("Vērtējums 1–10; sekmīgs ar atzīmi 4.", "3", True),
        ("Vērtējums 1–10; sekmīgs ar atzīmi 4.", "4", False),
        ("Betygsskala 0–5; godkänt med betyget 3.", "2", True),
        ("Ocjene 1–5; položeno s ocjenom 2.", "1", True),
        ("Ocjene 1–5; položeno s ocjenom 2.", "2", False),
        ("Ocene 1–10; opravljeno z oceno 6.", "5", True),
        ("Voti in trentesimi; superato con il voto di 18.", "17", True),
        ("Voti in trentesimi; superato con il voto di 18.", "18", False),
        ("Escala de 0 a 20; aprovado com a nota 10.", "9", True),
        # A plural is no grade word followed by "s" ("with"): the letters stay a span of passes.
        ("Passing grades A to E", "C", False),
        # A 1-6 scale runs either way round: the pass mark gives no direction, so no grade is told.
        ("Noten 1–6; bestanden mit der Note 4.", "5", False),
    ],
)
def test_a_pass_mark_named_with_the_grade_a_pass_is_with_is_read(scheme: str, grade: str, fails: bool) -> None:
    told = {at for rule, at in data_findings(graded_credential(scheme, grade)) if rule == "MC-AS-004"}
    assert told == ({"/grade"} if fails else set())


@pytest.mark.parametrize(
    ("country", "ects", "hours", "agree"),
    [
        ("IE", 5, 112.5, True),
        ("IE", 5, 112, False),
        ("IE", 5, 165, True),
        ("IE", 5, 165.5, False),
        ("GB", 5, 90, True),  # 20 hours per ECTS by the UK's convention, a tenth less
        ("GB", 5, 89, False),
    ],
)
def test_hours_agree_with_the_ects_within_the_band_and_its_tolerance(
    country: str, ects: float, hours: float, agree: bool
) -> None:
    doc = Descriptor({"awarding_bodies": [{"name": "A university", "country": country}]})
    assert hours_agree(doc, ects, hours) is agree
