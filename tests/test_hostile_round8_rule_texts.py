"""Hostile texts for this round's rule phrases: an external QA body and awarding bodies named in thousands of
words, a thousand awarding bodies, credit systems, grading schemes and assessment descriptions built to make
the regexes backtrack are checked in bounded time, with the findings a reviewer expects."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from qa_checker.ects import counts_hours
from qa_checker.rules.grading import read_scale
from tests.conftest import baseline, graded_credential
from tests.heldout import data_findings
from tests.timing import assert_linear


def _bodies_and_qa_body(bodies: int) -> dict:
    """Awarding bodies named in 22 words each, and an external QA body named in ten words for each of them."""
    data = baseline()
    words = [f"Wort{n}" for n in range(10 * bodies)]
    data["awarding_bodies"] = [
        {"name": " ".join([f"Akademie{n}", *words[:20]]) + " GmbH", "country": "DE"} for n in range(bodies)
    ]
    data["quality_assurance"]["external"] = {"body": " ".join(words), "country": "DE", "framework": "other"}
    return data


def test_a_thousand_awarding_bodies_with_long_names_and_a_qa_body_of_ten_thousand_words() -> None:
    found = data_findings(_bodies_and_qa_body(1_000), "eu-2022")
    assert ("MC-QA-001", "/quality_assurance/external/body") not in found  # no body's name starts so
    assert_linear(lambda n: data_findings(_bodies_and_qa_body(n), "eu-2022"), 250, 1_000)


def test_the_last_of_a_thousand_awarding_bodies_under_a_shorter_name_is_told() -> None:
    data = baseline()
    data["awarding_bodies"] = [{"name": f"Akademie {n} GmbH", "country": "DE"} for n in range(1_000)]
    data["awarding_bodies"][-1]["name"] = "Robert Bosch " + " ".join(f"Teil{n}" for n in range(5_000))
    data["quality_assurance"]["external"] = {"body": "Robert Bosch", "country": "DE", "framework": "other"}
    assert ("MC-QA-001", "/quality_assurance/external/body") in data_findings(data, "eu-2022")


@pytest.mark.parametrize(
    "system",
    [
        lambda n: "Stunden " * (n // 8),
        lambda n: "Unterrichtsstunden" * (n // 18),
        lambda n: "1h" * (n // 2),
        lambda n: "(" * n + "hours",
        lambda n: "credit hours " * (n // 13),
        lambda n: "a" * n,
    ],
    ids=["Stunden", "Unterrichtsstunden", "1h", "brackets", "credit hours", "letters"],
)
def test_a_credit_system_name_built_to_be_slow_is_told_at_once(system: Callable[[int], str]) -> None:
    assert_linear(lambda n: counts_hours(system(n)), 50_000, 200_000)


@pytest.mark.parametrize(
    "scheme",
    [
        lambda n: "1 bis " * (n // 6) + "6",
        lambda n: "between 1 and " * (n // 14),
        lambda n: "1 (" + "a" * 40 + ") " * (n // 2),
        lambda n: "Note " + "la " * (n // 3) + "4",
        lambda n: "1-" * (n // 2) + "1000",
        lambda n: "genügend ab Note " * (n // 17) + "4",
        lambda n: "1000 " * (n // 5),
    ],
    ids=["bis", "between", "open bracket", "la", "dashes", "genügend", "thousands"],
)
def test_a_grading_scheme_built_to_backtrack_is_read_at_once(scheme: Callable[[int], str]) -> None:
    assert_linear(lambda n: read_scale(scheme(n), "de"), 25_000, 100_000)
    bodies = [{"name": f"Schule {n}", "country": country} for n, country in enumerate(("CH", "DE", "LI"))]

    def checked(size: int) -> object:
        data = graded_credential(scheme(size), "3")
        data["awarding_bodies"] = bodies
        return data_findings(data, "eu-2022")

    assert_linear(checked)


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
    }

    def checked(size: int) -> object:
        data["assessment"]["description"] = {language: unit * (size // len(unit))}
        return data_findings(data, "eu-2022")

    assert_linear(checked, 50_000, 200_000)
