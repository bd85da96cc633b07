"""A vocational provider's price list gives each course's price before and with the tax ("Tarif HT | Tarif TTC",
"Preis netto | Preis brutto"). The second column was refused in every row as giving the price again (an error per
course). The price with the tax, what a learner pays, is read; the other column is noted once, at its header.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular

LISTS = [  # (headers, the price read, the column not read)
    ("Tarif HT;Tarif TTC", 336, "C1"),
    ("Tarif TTC;Tarif HT", 336, "D1"),
    ("Preis netto;Preis brutto", 336, "C1"),
    ("Price excl. VAT;Price incl. VAT", 336, "C1"),
    ("Prix (HT);Prix (TTC)", 336, "C1"),
]


@pytest.mark.parametrize(("headers", "amount", "unread"), LISTS)
def test_the_price_with_the_tax_is_read_and_the_other_noted_once(headers: str, amount: int, unread: str) -> None:
    first = headers.split(";")[0]
    values = "280;336" if "HT" in first or "netto" in first or "excl" in first else "336;280"
    text = f"Référence;Intitulé;{headers}\nF-1;Sauveteur secouriste du travail;{values}\nF-2;CACES R489;{values}\n"
    documents = tabular.load_csv(text.encode(), "tarifs.csv")
    assert [d.data["price"]["amount"] for d in documents] == [amount, amount]
    findings = [f for d in documents for f in d.findings]
    assert not [f for f in findings if f.severity.name == "ERROR"]
    assert [f.origin.label() for f in findings if "is read only in a row where column" in f.message] == [
        f"tarifs!{unread}"
    ]


def test_two_prices_without_a_word_on_tax_are_refused_as_before() -> None:
    text = "id;title;Price;Fee\nF-1;T;280;336\n"
    (document,) = tabular.load_csv(text.encode(), "tarifs.csv")
    assert [f.severity.name for f in document.findings if "already gives" in f.message] == ["ERROR"]


EMPTY_WITH_TAX = [  # (headers, the row's two cells, the price read, the cell read instead)
    ("Tarif HT;Tarif TTC", "280;", 280, "C3"),
    ("Tarif TTC;Tarif HT", ";280", 280, "D3"),
    ("Preis netto;Preis brutto", "280;", 280, "C3"),
    ("Price excl. VAT;Price incl. VAT", "280;", 280, "C3"),
]


@pytest.mark.parametrize(("headers", "cells", "amount", "read"), EMPTY_WITH_TAX)
def test_a_row_without_the_price_with_the_tax_reads_the_other(headers: str, cells: str, amount: int, read: str) -> None:
    """A VAT-exempt course has no price with the tax: its price before the tax is its price, said at the cell,
    never dropped without a word (it was, once the price with the tax was read in the other rows)."""
    first = headers.split(";")[0]
    both = "280;336" if "HT" in first or "netto" in first or "excl" in first else "336;280"
    text = f"Référence;Intitulé;{headers};Pays\nF-1;SST;{both};FR\nF-2;CACES R489;{cells};FR\nF-3;HE;{both};FR\n"
    documents = tabular.load_csv(text.encode(), "tarifs.csv")
    assert [d.data["price"]["amount"] for d in documents] == [336, amount, 336]
    findings = [f for d in documents for f in d.findings]
    assert not [f for f in findings if f.severity.name == "ERROR" and f.path.startswith("/price")]
    noted = [f.origin.label() for f in findings if "was read as the price" in f.message]
    assert noted == [f"tarifs!{read}"]


@pytest.mark.parametrize("mark", ["-", "n/a", "—"])
def test_a_mark_for_no_price_with_the_tax_reads_the_other(mark: str) -> None:
    """'-' or 'n/a' in the column of the price with the tax gives none: the price before the tax is read, as for
    an empty cell (it was dropped, the mark read as empty and the other column not read)."""
    text = f"Nr;Titel;Preis netto;Preis brutto\nA;T;100,00 €;119,00 €\nB;T;100,00 €;{mark}\n"
    documents = tabular.load_csv(text.encode(), "preise.csv")
    assert [d.data["price"]["amount"] for d in documents] == [119, 100]
    assert [f.origin.label() for d in documents for f in d.findings if "was read as the price" in f.message] == [
        "preise!C3"
    ]


@pytest.mark.parametrize(
    ("cell", "amount"),
    [("100 € HT / 120 € TTC", 120), ("120 € TTC / 100 € HT", 120), ("100 € netto | 119 € brutto", 119)],
)
def test_a_cell_giving_both_prices_reads_the_one_with_the_tax(cell: str, amount: int) -> None:
    """One cell giving the price before and with the tax was refused as no number; the price with the tax is read,
    as of two columns, and said at the cell."""
    (document,) = tabular.load_csv(f"Code;Title;Price\nA;T;{cell}\n".encode(), "tarifs.csv")
    assert document.data["price"] == {"amount": amount, "currency": "EUR"}
    assert [f.origin.label() for f in document.findings if "before and with the tax" in f.message] == ["tarifs!C2"]


@pytest.mark.parametrize("cell", ["100 € / 110 USD", "100 € HT / 110 € HT", "100 € TTC / 120 € TTC"])
def test_two_prices_not_before_and_with_the_tax_are_kept_as_typed(cell: str) -> None:
    (document,) = tabular.load_csv(f"Code;Title;Price\nA;T;{cell}\n".encode(), "tarifs.csv")
    assert document.data["price"] == {"amount": cell}
