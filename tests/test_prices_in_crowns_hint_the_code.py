"""A descriptor's price in crowns ("kr", "950 kr") gets a hint that names the crowns' code: "kr" is Danish, Icelandic,
Norwegian and Swedish alike, and the general hint ("Correct the value as the descriptor format describes") or one
that wrote "currency: kr" back, itself refused, left a provider no wiser. The awarding body's country tells which
crowns, as a catalogue's price in crowns is read."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.findings import Finding
from tests.conftest import NOW, baseline


def _price_finding(price: Any, countries: list[str], kind: str = "yaml") -> Finding:
    data = baseline()
    data["price"] = price
    data["awarding_bodies"] = [{**data["awarding_bodies"][0], "country": c} for c in countries]
    (result,) = check_documents([Document(f"d.{kind}", data, kind)], now=NOW).results
    (finding,) = [f for f in result.findings if f.pointer.startswith("/price")]
    return finding


@pytest.mark.parametrize("written", ["kr", "kr.", "Kr", "KR."])
@pytest.mark.parametrize(
    ("country", "code"), [("SE", "SEK"), ("DK", "DKK"), ("NO", "NOK"), ("IS", "ISK"), ("FO", "DKK")]
)
def test_a_currency_in_crowns_is_hinted_as_the_crowns_of_the_awarding_bodys_country(
    written: str, country: str, code: str
) -> None:
    finding = _price_finding({"amount": 950, "currency": written}, [country])
    assert finding.pointer == "/price/currency"
    assert finding.hint.startswith(f"Write {code}: 'kr' names the crowns of Denmark, Iceland, Norway and Sweden")
    assert finding.hint.endswith(f"the awarding body is in {country}.")


@pytest.mark.parametrize("countries", [["NL"], ["DK", "SE"], []])
def test_without_one_country_of_crowns_the_hint_names_the_four(countries: list[str]) -> None:
    finding = _price_finding({"amount": 950, "currency": "kr"}, countries)
    assert "DKK, ISK, NOK or SEK" in finding.hint
    assert "currency: kr" not in finding.hint


def test_a_country_without_crowns_beside_one_with_them_names_the_one() -> None:
    finding = _price_finding({"amount": 950, "currency": "kr"}, ["DE", "se"])
    assert finding.hint.startswith("Write SEK:")
    assert finding.hint.endswith("the awarding body is in SE.")


@pytest.mark.parametrize(("text", "amount"), [("950 kr", "950"), ("kr 950", "950"), ("1.250 kr.", "1250")])
def test_a_price_written_in_crowns_is_hinted_as_an_object_in_the_countrys_crowns(text: str, amount: str) -> None:
    finding = _price_finding(text, ["NO"])
    assert finding.pointer == "/price"
    assert finding.hint.startswith(f"Write {{amount: {amount}, currency: NOK}}:")
    unknown = _price_finding(text, ["AT"])
    assert unknown.hint.startswith(f"Write {{amount: {amount}, currency: ...}} with the ISO 4217 code")
    assert "currency: kr" not in unknown.hint


def test_a_json_file_gets_the_price_in_json() -> None:
    finding = _price_finding("950 kr", ["DK"], kind="json")
    assert finding.hint.startswith('Write {"amount": 950, "currency": "DKK"}:')


def test_a_price_in_another_currency_keeps_its_hint() -> None:
    finding = _price_finding("950 DKK", ["SE"])
    assert finding.hint.startswith("Write {amount: 950, currency: DKK}.")


@pytest.mark.parametrize("written", ["kroner", "Krone", "krona"])
def test_a_name_the_crowns_of_several_countries_share_is_hinted_as_kr_is(written: str) -> None:
    finding = _price_finding({"amount": 950, "currency": written}, ["NO"])
    assert finding.hint.startswith("Write NOK:")
    assert _price_finding(f"950 {written}", ["DK"]).hint.startswith("Write {amount: 950, currency: DKK}:")


def test_the_icelandic_name_of_the_crowns_is_isk() -> None:
    assert "write ISK" in _price_finding({"amount": 950, "currency": "krónur"}, ["NL"]).message


def test_a_catalogues_price_in_kroner_is_in_the_crowns_of_the_bodys_country() -> None:
    from qa_checker.loaders.tabular import load_csv

    table = "Code,Title,Country,Price\nC1,Data,NO,750 kroner\nC2,Data,IS,750 krónur\n".encode()
    assert [d.data["price"] for d in load_csv(table, "k.csv")] == [
        {"amount": 750, "currency": "NOK"},
        {"amount": 750, "currency": "ISK"},
    ]
