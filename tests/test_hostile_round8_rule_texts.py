"""Hostile texts for this round's rule phrases: an external QA body and awarding bodies named in thousands of
words, a thousand awarding bodies, credit systems, grading schemes and assessment descriptions built to make
the regexes backtrack are checked in bounded time, with the findings a reviewer expects."""

from __future__ import annotations

import time

import pytest

from qa_checker.ects import counts_hours
from qa_checker.rules.grading import read_scale
from tests.conftest import baseline, graded_credential
from tests.heldout import data_findings

_SECONDS = 30


def _timed(data: dict, rubric: str = "eu-2022") -> list[tuple[str, str]]:
    started = time.perf_counter()
    found = data_findings(data, rubric)
    assert time.perf_counter() - started < _SECONDS
    return found


def test_a_thousand_awarding_bodies_with_long_names_and_a_qa_body_of_ten_thousand_words() -> None:
    data = baseline()
    words = [f"Wort{n}" for n in range(10_000)]
    data["awarding_bodies"] = [
        {"name": " ".join([f"Akademie{n}", *words[:20]]) + " GmbH", "country": "DE"} for n in range(1_000)
    ]
    data["quality_assurance"]["external"] = {"body": " ".join(words), "country": "DE", "framework": "other"}
    found = _timed(data)
    assert ("MC-QA-001", "/quality_assurance/external/body") not in found  # no body's name starts so


def test_the_last_of_a_thousand_awarding_bodies_under_a_shorter_name_is_told() -> None:
    data = baseline()
    data["awarding_bodies"] = [{"name": f"Akademie {n} GmbH", "country": "DE"} for n in range(1_000)]
    data["awarding_bodies"][-1]["name"] = "Robert Bosch " + " ".join(f"Teil{n}" for n in range(5_000))
    data["quality_assurance"]["external"] = {"body": "Robert Bosch", "country": "DE", "framework": "other"}
    assert ("MC-QA-001", "/quality_assurance/external/body") in _timed(data)


@pytest.mark.parametrize(
    "system",
    [
        "Stunden " * 200_000,
        "Unterrichtsstunden" * 50_000,
        "1h" * 500_000,
        "(" * 200_000 + "hours",
        "credit hours " * 100_000,
        "a" * 1_000_000,
    ],
)
def test_a_credit_system_name_built_to_be_slow_is_told_at_once(system: str) -> None:
    started = time.perf_counter()
    counts_hours(system)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize(
    "scheme",
    [
        "1 bis " * 20_000 + "6",
        "between 1 and " * 10_000,
        "1 (" + "a" * 40 + ") " * 5_000,
        "Note " + "la " * 20_000 + "4",
        "1-" * 50_000 + "1000",
        "genügend ab Note " * 10_000 + "4",
        "1000 " * 40_000,
    ],
)
def test_a_grading_scheme_built_to_backtrack_is_read_at_once(scheme: str) -> None:
    started = time.perf_counter()
    read_scale(scheme, "de")
    assert time.perf_counter() - started < 10
    data = graded_credential(scheme[:100_000], "3")
    data["awarding_bodies"] = [{"name": f"Schule {n}", "country": ("CH", "DE", "LI")[n % 3]} for n in range(1_000)]
    _timed(data)


@pytest.mark.parametrize(
    ("language", "unit"),
    [
        ("de", "Identitätsprüfung der "),
        ("fr", "contrôle d'identité sans "),
        ("fr", "vérification de l’"),
        ("it", "verifica dell'"),
        ("pl", "weryfikacji tożsamości nie "),
        ("nl", "controle van de "),
        ("es", "comprobación de la "),
    ],
)
def test_an_assessment_description_of_repeated_phrases_is_read_at_once(language: str, unit: str) -> None:
    data = baseline()
    data["languages"] = [language]
    data["assessment"] = {
        "types": ["peer-review"],
        "supervision": "supervised-online-id-check",
        "description": {language: unit * (200_000 // len(unit))},
    }
    _timed(data)
