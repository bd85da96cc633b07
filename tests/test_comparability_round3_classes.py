"""Comparability, round 3: the classes of values the held-out corpus (tests/comparability_heldout3/) showed unread,
each with an example of the class the fix was not made on: credits of another system or a national name in
other_credits, weeks x hours a week and counts of credits, free of charge, notes on VAT, currencies by their words
and signs with a dot, the currency of a price that cannot be read, ISO 639-2 language codes, official country
names, modes in inflected Polish and Norwegian, and a catalogue's blank currency cell beside an amount in euros."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from qa_checker import value_reader
from qa_checker.api import audit_paths
from qa_checker.ects import ects_of_credits, weekly_hours, workload_written
from qa_checker.rubric import load_rubric
from tests.comparability import Case, case_frame, cell
from tests.conftest import NOW

CASES: list[Case] = [
    (
        "cfu-in-other-credits",
        {"workload": {"other_credits": {"system": "crediti formativi universitari", "value": 6}}},
        {"ects": 6.0, "ects_source": "declared", "hours": 165.0, "hours_source": "derived"},
        None,
    ),
    (
        "kredity-in-higher-education",
        {"workload": {"other_credits": {"system": "kredity", "value": 4}}, "level": {"qf_ehea_cycle": "first"}},
        {"ects": 4.0, "ects_source": "declared"},
        None,
    ),
    (
        "kredity-outside-higher-education",
        {"workload": {"other_credits": {"system": "kredity", "value": 4}}, "level": {"eqf": 4}},
        {"ects": None, "hours": None},
        "ects",
    ),
    (
        "cqfw-credits",
        {"workload": {"other_credits": {"system": "CQFW credits", "value": 20}}},
        {"ects": 10.0, "ects_source": "derived", "hours": 200.0, "hours_source": "derived"},
        None,
    ),
    (
        "nzqcf-credits-give-hours-only",
        {"workload": {"other_credits": {"system": "NZQCF credits", "value": 15}}},
        {"ects": 5.45, "ects_source": "derived", "hours": 150.0, "hours_source": "derived"},
        None,
    ),
    (
        "continuing-education-units",
        {"workload": {"other_credits": {"system": "Continuing Education Units", "value": 2}}},
        {"ects": None, "hours": None},
        "ects",
    ),
    (
        "polish-weeks-and-weekly-hours",
        {"workload": {"hours": "6 tygodni po 4 godziny tygodniowo"}},
        {"hours": 24.0, "hours_source": "declared", "ects": 0.87},
        None,
    ),
    ("weeks-and-hours-in-all", {"workload": {"hours": "6 weeks, 40 hours"}}, {"hours": None}, "hours"),
    ("count-of-hour-blocks", {"workload": {"hours": "3 x 20 h"}}, {"hours": 60.0}, None),
    ("gratis", {"price": {"amount": "gratis"}}, {"price": 0.0, "currency": None}, None),
    ("ingyenes", {"price": {"amount": "ingyenes"}}, {"price": 0.0, "currency": None}, None),
    ("austrian-vat-note", {"price": {"amount": "500 € (inkl. 20% USt.)"}}, {"price": 500.0, "currency": "EUR"}, None),
    ("net-price", {"price": {"amount": "1 200 zł netto"}}, {"price": 1200.0, "currency": "PLN"}, None),
    ("forint-with-dot", {"price": {"amount": "1 500 Ft."}}, {"price": 1500.0, "currency": "HUF"}, None),
    ("swiss-whole-francs", {"price": {"amount": "Fr. 450.–"}}, {"price": 450.0, "currency": "CHF"}, None),
    ("kroner-sign", {"price": {"amount": "1 200 kr"}}, {"price": 1200.0, "currency": None}, "currency"),
    ("korun", {"price": {"amount": "5 000 korun"}}, {"price": 5000.0, "currency": "CZK"}, None),
    ("zlotych-named", {"price": {"amount": 300, "currency": "złotych"}}, {"price": 300.0, "currency": "PLN"}, None),
    ("range-in-koruna", {"price": {"amount": "1 500 – 2 000 Kč"}}, {"price": None, "currency": "CZK"}, "price"),
    ("dollars-a-month", {"price": {"amount": "$ 5 per month"}}, {"price": None, "currency": None}, "price"),
    ("iso-639-2-codes", {"languages": ["fra", "dut", "spa"]}, {"languages": "fr; nl; es"}, None),
    (
        "official-country-names",
        {"awarding_bodies": [{"name": "A", "country": "Rzeczpospolita Polska"}, {"name": "B", "country": "Republika Hrvatska"}]},
        {"country": "PL; HR"},
        None,
    ),
    (
        "country-in-luxembourgish",
        {"awarding_bodies": [{"name": "A", "country": "Éisträich"}]},
        {"country": "AT"},
        None,
    ),
    ("polish-onsite-phrase", {"participation": {"mode": "w trybie stacjonarnym"}}, {"mode": "onsite"}, None),
    ("norwegian-online", {"participation": {"mode": "nettundervisning"}}, {"mode": "online"}, None),
]  # fmt: skip


@pytest.fixture(scope="module")
def frame(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return case_frame(tmp_path_factory.mktemp("round3-classes"), CASES)


@pytest.mark.parametrize(("case", "change", "expected", "unread"), CASES, ids=[c[0] for c in CASES])
def test_values_are_read_or_marked_unread(
    frame: pd.DataFrame, case: str, change: dict[str, Any], expected: dict[str, Any], unread: str | None
) -> None:
    row = frame.loc[case]
    assert {column: cell(row[column]) for column in expected} == pytest.approx(expected, abs=0.01)
    assert set((cell(row["unread"]) or "").split("; ")) - {""} == set((unread or "").split("; ")) - {""}


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("5 Std. pro Woche über 6 Wochen", 30),
        ("3 horas semanales durante 10 semanas", 30),
        ("10 semanas x 3 horas", 30),
        ("2 weeks of 40 hours", None),  # "of" joins, but says nothing of a week: 40 hours in all or a week
        ("40 hours over 6 weeks", None),
    ],
)
def test_weekly_hours(text: str, hours: float | None) -> None:
    assert weekly_hours(text) == hours


def test_counts_and_credit_conversions() -> None:
    assert workload_written("3 x 2 ECTS") == {"ects": 6}
    assert workload_written("2 x 3") is None  # no unit
    assert ects_of_credits("SCQF credit points", 40) == 20
    assert ects_of_credits("US semester credit hours", 3) is None


def test_a_price_text_names_its_one_currency() -> None:
    assert value_reader.currency_in("ab 90 CHF") == "CHF"
    assert value_reader.currency_in("5 EUR or 20 USD") is None
    assert value_reader.without_tax_note("990 € + 21% BTW") == "990 €"
    assert value_reader.without_tax_note("Paket Plus") == "Paket Plus"  # no tax named: kept as written


def test_a_blank_currency_cell_takes_the_currency_the_amount_gives(tmp_path: Path) -> None:
    outcome = "Analyse a data set with descriptive statistics and report the results."
    text = (
        "id;title;languages;awarding_bodies.0.name;awarding_bodies.0.country;workload.ects;level.eqf;"
        "participation.mode;assessment.types;learning_outcomes;price.amount;price.currency\r\n"
        f"a;Course A;pl;Uczelnia;PL;5;6;online;quiz;{outcome};1 200 zł;\r\n"
        f"b;Course B;pl;Uczelnia;PL;5;6;online;quiz;{outcome};1 200;EUR\r\n"
    )
    (tmp_path / "catalogue.csv").write_text(text, encoding="utf-8")
    report = audit_paths([tmp_path / "catalogue.csv"], rubric=load_rubric(), now=NOW, jobs=1)
    prices = {r.id: r.data["price"] for r in report.results}
    assert prices == {"a": {"amount": 1200, "currency": "PLN"}, "b": {"amount": 1200, "currency": "EUR"}}
