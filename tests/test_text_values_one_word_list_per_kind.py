"""MC-TP-002 reads each kind of word from one list wherever it is looked for: the units of hours, the currencies,
the words for a level.

The rule had written some lists twice, and the copies had drifted: the hours of a breakdown missed the Polish "godz."
that the workload's hours knew ("Nakład pracy: 30 godz. zajęć i 120 godz. pracy własnej" was reported as a 30-hour
workload), the amounts beside a price of nothing missed the currencies the price reader knew ("free of charge; the
certificate costs 1 200 Kč" was reported against a price of 1,200 CZK), and the national levels knew words for a
level the EQF level did not ("EQF-taso 5", "EQF-nivå 5" unread) and missed the Portuguese "nível" ("QNQ nível 5").
"""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _reported(summary: str, language: str, **fields: Any) -> list[str]:
    data = baseline()
    data.update(languages=[language], title="Data Ethics in Practice", summary=summary, **fields)
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [str(f.message) for f in result.findings if f.rule == "MC-TP-002"]


@pytest.mark.parametrize(
    ("summary", "reported"),
    [
        ("Nakład pracy: 30 godz. zajęć i 120 godz. pracy własnej.", False),
        ("Nakład pracy: 150 godz., w tym 30 godz. zajęć.", False),
        ("Nakład pracy: 120 godz.", True),
        ("Nakład pracy: 150 godz.", False),
    ],
)
def test_hours_of_a_breakdown_in_every_unit(summary: str, reported: bool) -> None:
    assert bool(_reported(summary, "pl", workload={"ects": 6, "hours": 150})) == reported


@pytest.mark.parametrize(
    ("summary", "amount", "currency", "reported"),
    [
        ("Participation is free of charge; the certificate costs 1 200 Kč.", 1200, "CZK", False),
        ("Participation is free of charge. A certificate fee of 2 000 HUF applies.", 2000, "HUF", False),
        ("Participation is free of charge, a certificate costs SEK 500.", 500, "SEK", False),
        ("Participation is free of charge; the exam costs 80 лв.", 80, "BGN", False),
        ("Participation is free of charge.", 1200, "CZK", True),
    ],
)
def test_a_price_of_nothing_beside_an_amount_in_every_currency(
    summary: str, amount: float, currency: str, reported: bool
) -> None:
    assert bool(_reported(summary, "en", price={"amount": amount, "currency": currency})) == reported


@pytest.mark.parametrize(
    ("summary", "language", "reported"),
    [
        ("Kurssi on EQF-taso 5.", "fi", True),
        ("Kurssi on EQF-taso 6.", "fi", False),
        ("Kursen ligger på EQF-nivå 5.", "sv", True),
        ("Kursen ligger på EQF-nivå 6.", "sv", False),
        ("Tečaj je na EQF razina 5.", "hr", True),
        ("O curso é de EQF nível 5.", "pt", True),
    ],
)
def test_the_eqf_level_with_every_word_for_a_level(summary: str, language: str, reported: bool) -> None:
    assert bool(_reported(summary, language)) == reported


@pytest.mark.parametrize(
    ("summary", "reported"),
    [
        ("Curso de formação certificado no QNQ nível 5.", True),
        ("Curso de formação certificado no QNQ nível 4.", False),
        ("Curso QNQ-nível 5.", True),
    ],
)
def test_a_national_level_with_every_word_for_a_level(summary: str, reported: bool) -> None:
    level = {"eqf": 4, "nqf": {"framework": "QNQ", "level": 4}}
    assert bool(_reported(summary, "pt", level=level)) == reported
