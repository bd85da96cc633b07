"""A price written as each learner's ("950 € pro Person", "EUR 950 per participant", "1 800 zł od osoby"), with its
currency in brackets ("950 (EUR)"), a footnote mark ("950€*") or an early-bird price in a closing note ("950 €
(Frühbucher 850 €)") is the offering's price; one of a part or a period ("950 € (per module)", "950 € (pro Monat)") is
not.

A probe of 32 price cells (labelled before the run) found the first kind unread (refused by the schema, left out of
the comparability table) and "950 € (per month)" read as the offering's price: the words after the amount were taken
for its currency's name.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular
from qa_checker.value_reader import price

THE_PRICE = [
    ("950 € pro Person", 950.0),
    ("EUR 950 per participant", 950.0),
    ("950 € / Teilnehmer", 950.0),
    ("950 € par personne", 950.0),
    ("950 € (per person)", 950.0),
    ("1 800 zł od osoby", 1800.0),
    ("950 (EUR)", 950.0),
    ("950€*", 950.0),
    ("950 € (Frühbucher 850 €)", 950.0),
    ("€950 (early bird €850)", 950.0),
    ("950 € (materials)", 950.0),
]
NOT_THE_PRICE = [
    "950 € (per module)",
    "950 € (pro Modul)",
    "950 € (per month)",
    "950 € / month",
    "950 € a month",
    "950 € per ECTS",
    "ab 950 €",
]


@pytest.mark.parametrize(("written", "amount"), THE_PRICE)
def test_the_offerings_price(written: str, amount: float) -> None:
    read = price(written)
    assert read is not None and read[0] == amount


@pytest.mark.parametrize("written", NOT_THE_PRICE)
def test_a_parts_or_a_periods_price_is_no_amount(written: str) -> None:
    read = price(written)
    assert read is None or read[0] is None


def test_a_catalogue_cell_gives_the_price_and_its_currency() -> None:
    rows = "".join(f'p{i};T;"{written}"\n' for i, (written, _) in enumerate(THE_PRICE))
    documents = tabular.load_csv(f"id;title;Price\n{rows}".encode(), "c.csv")
    assert [d.data["price"] for d in documents] == [
        {"amount": amount, "currency": "PLN" if "zł" in written else "EUR"} for written, amount in THE_PRICE
    ]
