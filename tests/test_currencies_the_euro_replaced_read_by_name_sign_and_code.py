"""A currency the euro replaced is read by its name, its sign and its withdrawn code, in a descriptor and a
catalogue alike, and told by MC-VC-004 with the amount in euro: a descriptor's 'kuna' or 'kn' got only the schema's
"wrong form" (the rule read signs and English names alone), and a catalogue's "750 HRK", "750 BGN" or "750 DEM" was
"no number" with "'currency' is missing from price", while "750 kuna" was read."""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.loaders.tabular import load_csv
from tests.conftest import NOW, baseline_checked_with


@pytest.mark.parametrize(("written", "code"), [("kuna", "HRK"), ("Kuna", "HRK"), ("kn", "HRK"), ("лв", "BGN")])
def test_a_descriptors_currency_by_name_or_sign_is_the_one_the_euro_replaced(written: str, code: str) -> None:
    result = baseline_checked_with(("price", "currency"), written)
    (finding,) = [f for f in result.findings if f.pointer == "/price/currency"]
    assert finding.rule == "MC-VC-004"
    assert finding.message.startswith(f"'{written}' is {code}, a currency the euro replaced in")
    assert finding.hint.startswith("Give the price in euro:")


@pytest.mark.parametrize(
    ("cell", "code"),
    [("750 HRK", "HRK"), ("HRK 750", "HRK"), ("750 BGN", "BGN"), ("750 DEM", "DEM"), ("750 kn", "HRK")],
)
def test_a_catalogues_price_in_a_currency_the_euro_replaced_is_read_and_told(cell: str, code: str) -> None:
    documents = load_csv(f"Code,Title,Price\nC1,Data,{cell}\n".encode(), "cat.csv")
    assert documents[0].data["price"] == {"amount": 750, "currency": code}
    (result,) = check_documents(documents, now=NOW).results
    rules = {f.rule for f in result.findings if f.pointer.startswith("/price")}
    assert rules == {"MC-VC-004"}


@pytest.mark.parametrize("cell", ["750 EUR", "750 €"])
def test_a_price_in_euro_stays_as_it_was(cell: str) -> None:
    (document,) = load_csv(f"Code,Title,Price\nC1,Data,{cell}\n".encode(), "cat.csv")
    assert document.data["price"] == {"amount": 750, "currency": "EUR"}


def test_a_german_article_beside_a_price_is_no_currency() -> None:
    """Only a withdrawn code in capitals is read: 'dem' is a German word."""
    (document,) = load_csv("Code,Title,Preis\nC1,Data,300 € nach dem 1. Mai\n".encode(), "cat.csv")
    assert document.data["price"].get("currency") in ("EUR", None)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("750 kn", "Write {amount: 99.54, currency: EUR}: 750 HRK at the rate of 7.5345 HRK to the euro"),
        ("750 DEM", "Write {amount: 383.47, currency: EUR}: 750 DEM at the rate of 1.95583 DEM to the euro"),
        ("0 kuna", "Write {amount: 0}: a free offering needs no currency."),
    ],
)
def test_a_price_written_as_text_in_a_replaced_currency_is_hinted_in_euro(text: str, hint: str) -> None:
    """The hint wrote {amount: 750, currency: HRK} back, which MC-VC-004 then refused."""
    (finding,) = [f for f in baseline_checked_with(("price",), text).findings if f.pointer == "/price"]
    assert finding.hint.startswith(hint)


def test_a_free_price_in_a_replaced_currency_needs_no_currency() -> None:
    result = baseline_checked_with(("price",), {"amount": 0, "currency": "HRK"})
    (finding,) = [f for f in result.findings if f.pointer == "/price/currency"]
    assert finding.hint == "Write the currency as EUR, or leave it out: a free offering is price: {amount: 0}."
