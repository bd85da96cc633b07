"""Held-out descriptors, round twenty-one: English as non-native providers write it.

``tests/heldout_rules21`` holds offers and issued credentials of universities in fourteen countries whose English
descriptors show the provider's mother tongue ("are able to make an analysis of", "is capable to design", "realise a
project", "elaborate a concept", the PRK's "knows and understands" and "is ready to", false friends). ``expectations.yaml``
says which rules must report, and where, each decided before the checker ran; in this round the outcome rules are held
too, since a finding on unidiomatic but observable English is the error to catch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.language import analyse
from tests.heldout import assert_exactly_expected, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules21"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_21_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 45, flawed_one_in=2)
    countries = {name.split("-")[0] for name in EXPECTATIONS}
    assert len(countries) >= 12


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_21_gets_exactly_the_expected_findings_outcome_rules_included(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name, outcomes=True)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Not in the corpus. "Realise" with an object carries out (réaliser, realizar, realizzare); becoming aware
        # stays vague.
        ("Realize the commissioning of a heat pump together with the installer.", set()),
        ("The trainee realises how important hand hygiene is in a hospital.", {"MC-LO-002"}),
        # "Know (how) to" before an action the lexicon lists names the action; before none it stays vague.
        ("Learners know to prepare a tax return for a self-employed person.", set()),
        ("Students know how to cope with stress in a call centre.", {"MC-LO-002"}),
        # The Polish framework's "jest gotów do" translated: a lead-in, the wording after it judged as ever.
        ("The graduate is ready to lead a team of nurses on a ward.", set()),
        ("Participants are ready to take part in the lectures on tax law.", {"MC-LO-003"}),
        # The learner's ability in the passive ("befähigt", "qualifiziert"), not the teaching ("are trained to").
        ("Trainees are enabled to install a heat pump in a single-family house.", set()),
        ("The nurse is qualified to administer an intramuscular injection.", set()),
        ("Students are trained to operate the forklift safely in the warehouse.", {"MC-LO-003"}),
        # Competences acquired, gained or developed name no performance.
        ("Participants develop intercultural competences for work in international teams.", {"MC-LO-002"}),
        ("Learners gain digital competences in the use of e-government services.", {"MC-LO-002"}),
        # A learner named by a profession, before a modal.
        ("The pharmacist can verify a prescription for interactions with a drug database.", set()),
        ("The pharmacist can understand the basics of pharmacology.", {"MC-LO-002"}),
        # Knowledge held, grown or refreshed is no performance; a knowledge base is a thing.
        ("Broaden their understanding of European energy law.", {"MC-LO-002"}),
        ("Students possess a solid knowledge of Spanish contract law.", {"MC-LO-002"}),
        ("The learner consolidates the knowledge of the rules of the road.", {"MC-LO-002"}),
        ("Update the knowledge base of the help desk with the solved tickets.", set()),
    ],
)
def test_non_native_english_is_judged_by_what_it_says(text: str, wanted: set[str]) -> None:
    assert judge_with_length(text, "en") == wanted


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The participants are able to elaborate a communication concept for a museum.", "create"),
        ("The participants are able to elaborate on the causes of the financial crisis.", "understand"),
        ("The student is able to realise a market study for a new product.", "apply"),
    ],
)
def test_elaborate_and_realise_have_the_level_of_what_they_do(text: str, level: str) -> None:
    analysis = analyse(text, "en")
    assert analysis is not None and analysis.level == level
