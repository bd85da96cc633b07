"""Swiss amounts written with "Fr." or "SFr." are Swiss francs, and a German heading naming an organisation's web
address in the genitive ("Homepage des Anbieters") is that organisation's ``url``.

Expectations, labelled before the checker was run: Swiss catalogues write prices as "Fr. 450.–" or "SFr. 1'250.00"
(Fr. and SFr. abbreviate Franken, the Swiss franc, ISO 4217 CHF); "Fr" without its dot is read beside an amount
only, never as a currency on its own. German headings put the organisation after the address word in the
genitive, whose masculine and neuter nouns take -s or -es ("des Anbieters", "des Instituts"): the heading names
the same organisation as "Homepage Anbieter". 0 of the labels disagreed with the checker once fixed.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import cell_values
from qa_checker.loaders.columns import ColumnResolver, field_for_path
from qa_checker.value_reader import currency


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("Fr. 450.–", 450),
        ("450 Fr.", 450),
        ("Fr 90", 90),
        ("SFr. 1'250.00", 1250),
        ("sFr. 120", 120),
        ("1'250.– SFr.", 1250),
    ],
)
def test_an_amount_in_francs_is_its_number_in_swiss_francs(typed: str, amount: int) -> None:
    converted = cell_values.convert(typed, field_for_path("price.amount"))
    assert converted.value == amount and converted.note is None
    assert converted.implied == ((("price", "currency"), "CHF"),)


@pytest.mark.parametrize(("typed", "code"), [("SFr.", "CHF"), ("sfr", "CHF"), ("Fr.", "CHF"), ("Fr", None)])
def test_a_franc_sign_alone_is_a_currency_when_it_cannot_be_another_word(typed: str, code: str | None) -> None:
    assert currency(typed) == code


def test_a_number_format_showing_francs_gives_their_currency() -> None:
    assert cell_values.format_currency('#,##0.00 "SFr."') == "CHF"


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Homepage des Anbieters", "awarding_bodies.0.url"),
        ("Webseite des Bildungsanbieters", "awarding_bodies.0.url"),
        ("Internetseite des Anbieters", "awarding_bodies.0.url"),
        ("URL des Anbieters", "awarding_bodies.0.url"),
        ("Website der Hochschule", "awarding_bodies.0.url"),
        ("Website des Trägers", "awarding_bodies.0.url"),
    ],
)
def test_a_genitive_address_heading_is_the_organisations_url(header: str, path: str) -> None:
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == path


@pytest.mark.parametrize("header", ["Website des Kurses", "Homepage des Lernens"])
def test_a_genitive_of_no_organisation_names_no_address(header: str) -> None:
    found = ColumnResolver().resolve(header)
    assert found is None or found.path[-1] != "url"
