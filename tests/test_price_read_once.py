"""One reading of a price for every input: a price text given in a YAML descriptor's ``price.amount`` and read by
the dataset, and the same text typed in a CSV catalogue's price column and read by the spreadsheet loader and then
the dataset, give the same price and currency, or both leave them unread (a workbook's cell reads as a CSV's). The loader reads a price cell with the
value reader's :func:`qa_checker.value_reader.price_written`, and converts it only when its currency is known (or
none is written), so a catalogue's descriptor holds what the dataset reads of the text.

Before the loader shared the reading, a cell closing with a reduced price ("495 € (ermäßigt 295 €)") was kept whole
as unread text while the dataset read 495 EUR of it, and a cell the dataset leaves unread ("-300 €", an amount of
eleven digits) was converted to a number by the loader. Labelled before the loader was changed; on the first run
the dataset's columns agreed for all but "-300 €" and "12345678901 €" (the loader's fault), and the loader's
descriptor disagreed for the eight reduced-price cells and those two (the loader's fault) and for "1.250 zł" (then
kept as typed with its currency; since 2026-12-06 a dot before three digits of a price in a currency of cents groups
thousands, as first labelled). "+300 €" was added
after the fix, as a second example of a sign the value reader reads as no price. A word for free with a closing note
on who pays ("free (funded by the ESF+)") was added on 2026-12-07, when it came to be read as free.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest

from qa_checker.api import audit_paths
from qa_checker.loaders import tabular
from qa_checker.rubric import load_rubric
from qa_checker.table import to_frame
from qa_checker.value_reader import amount_currency, price
from tests.comparability import BASE, Case, case_frame, cell
from tests.conftest import NOW

# A price text -> the price and currency the dataset gives (None: unread).
TEXTS: dict[str, tuple[float | None, str | None]] = {
    "495 € (ermäßigt 295 €)": (495.0, "EUR"),
    "€ 300 (students € 150)": (300.0, "EUR"),
    "450 € (tarif réduit 295 €)": (450.0, "EUR"),
    "1 200 zł (ulgowa 800 zł)": (1200.0, "PLN"),
    "€ 600 (ridotto € 400)": (600.0, "EUR"),
    "€ 1.200,- (ermäßigt € 800,-)": (1200.0, "EUR"),
    "CHF 950.– (reduziert CHF 700.–)": (950.0, "CHF"),
    "990 € zzgl. MwSt. (ermäßigt 790 €)": (990.0, "EUR"),
    "ab 490 €": (None, "EUR"),
    "kostenlos": (0.0, None),
    "free (funded by the ESF+)": (0.0, None),
    "kostenlos (gefördert durch das Land NRW)": (0.0, None),
    "1.250 zł": (1250.0, "PLN"),
    "€ 1.200,-": (1200.0, "EUR"),
    "CHF 950.–": (950.0, "CHF"),
    "990 € zzgl. MwSt.": (990.0, "EUR"),
    "€ 49 (per month)": (None, "EUR"),
    "$ 300": (300.0, None),
    "-300 €": (None, "EUR"),
    "12345678901 €": (None, "EUR"),
    "+300 €": (None, "EUR"),
}
FIELDS = ("ID", "Title", "Learning outcomes", "ECTS", "EQF", "Awarding body", "Country", "Language", "Mode")
ROW = (
    BASE["title"],
    BASE["learning_outcomes"][0],
    "5",
    "6",
    BASE["awarding_bodies"][0]["name"],
    "NL",
    "en",
    "online",
)


def _catalogue(folder: Path) -> Path:
    """A CSV catalogue of one offering per price text, in its ``Price`` column."""
    lines = [";".join((*FIELDS, "Assessment", "Price"))]
    lines += [";".join((f"p{n}", *ROW, "project-work", text)) for n, text in enumerate(TEXTS)]
    path = folder / "catalogue.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def frames(tmp_path_factory: pytest.TempPathFactory) -> tuple[pd.DataFrame, pd.DataFrame]:
    cases: list[Case] = [(f"p{n}", {"price": {"amount": text}}, {}, None) for n, text in enumerate(TEXTS)]
    described = case_frame(tmp_path_factory.mktemp("yaml"), cases)
    catalogue = _catalogue(tmp_path_factory.mktemp("csv"))
    return described, to_frame(audit_paths([catalogue], rubric=load_rubric(), now=NOW, jobs=1)).set_index("id")


def _price_columns(row: pd.Series) -> tuple[object, object, list[str]]:
    unread = cell(row["unread"])
    noted = [c for c in (unread.split("; ") if unread else []) if c in ("price", "currency")]
    return cell(row["price"]), cell(row["currency"]), noted


@pytest.mark.parametrize(("n", "text"), list(enumerate(TEXTS)), ids=list(TEXTS))
def test_a_descriptor_and_a_catalogue_give_one_price(
    frames: tuple[pd.DataFrame, pd.DataFrame], n: int, text: str
) -> None:
    described, catalogued = (frame.loc[f"p{n}"] for frame in frames)
    assert _price_columns(described)[:2] == TEXTS[text]
    assert _price_columns(catalogued) == _price_columns(described)


def _xlsx(text: str) -> list[Any]:
    book = openpyxl.Workbook()
    book.active.append(["ID", "Title", "Price"])
    book.active.append(["C-1", "Data", text])
    out = io.BytesIO()
    book.save(out)
    return tabular.load_xlsx(out.getvalue(), "fees.xlsx")


def _csv(text: str) -> list[Any]:
    return tabular.load_csv(f"ID;Title;Price\nC-1;Data;{text}".encode(), "fees.csv")


@pytest.mark.parametrize("load", [_csv, _xlsx], ids=["csv", "xlsx"])
@pytest.mark.parametrize("text", list(TEXTS))
def test_the_loader_converts_what_the_value_reader_reads(load: Callable[[str], list[Any]], text: str) -> None:
    """A cell the value reader reads in a known currency (or in none) is converted to that amount and currency;
    any other is kept whole, for the schema to report (with its currency when only its amount is unsure)."""
    (document,) = load(text)
    amount, word = price(text) or (None, None)
    code = amount_currency(word) if word else None
    if amount is None or (word and code is None):
        assert document.data["price"] == {"amount": text, **({"currency": code} if code else {})}
    else:
        assert document.data["price"] == ({"amount": amount, "currency": code} if code else {"amount": amount})
