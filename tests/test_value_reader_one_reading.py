"""One value reader: the spreadsheet loader, the schema's hints and the comparability dataset read a value a
provider writes (a price with its currency, a country, a language, a mode, a number with grouped thousands) the
same way, and the dataset's EQF level is the one the level rules read, the awarding bodies' countries counted.

Each expectation was written from the descriptor format and the frameworks' referencing before the code was run.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import yaml

from qa_checker.api import audit_paths, check_documents
from qa_checker.descriptor import Descriptor
from qa_checker.document import Document
from qa_checker.loaders.cell_values import convert
from qa_checker.loaders.columns import Field, field_for_path
from qa_checker.rubric import load_rubric
from qa_checker.rules.consistency import implied_eqf
from qa_checker.table import to_frame
from tests.comparability import BASE
from tests.conftest import NOW, baseline


def _field(path: str) -> Field:
    spec = field_for_path(path)
    assert spec is not None
    return spec


def _rows(tmp_path: Path, cases: dict[str, dict[str, Any]]) -> pd.DataFrame:
    paths = []
    for case, change in cases.items():
        path = tmp_path / f"{case}.yaml"
        path.write_text(yaml.safe_dump({**BASE, "id": case, **change}, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return to_frame(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1)).set_index("id")


def _value(cell: Any) -> Any:
    return None if cell is pd.NA or (isinstance(cell, float) and math.isnan(cell)) else cell


# (the level and bodies a provider writes, the EQF level the rules and the dataset read, whether it is unread)
LEVELS: dict[str, tuple[dict[str, Any], int | None, bool]] = {
    # A national level is read before the QF-EHEA cycle, as the level rules read it: DQR 6 is EQF 6 whatever
    # cycle is written beside it (the rules report the mismatch).
    "national-before-cycle": (
        {
            "awarding_bodies": [{"name": "Hochschule", "country": "DE"}],
            "level": {"nqf": {"framework": "DQR", "level": 6}, "qf_ehea_cycle": "second"},
        },
        6,
        False,
    ),
    "national-before-short-cycle": (
        {
            "awarding_bodies": [{"name": "Akademie", "country": "DE"}],
            "level": {"nqf": {"framework": "DQR", "level": 4}, "qf_ehea_cycle": "short"},
        },
        4,
        False,
    ),
    # "NFQ" alone is Ireland's only when an awarding body is Irish: from a Romanian body it is Romania's own
    # framework (the CNC, level for level), not taken for Ireland's (NFQ 8 would be EQF 6).
    "bare-nfq-from-a-romanian-body": (
        {
            "awarding_bodies": [{"name": "Universitatea din București", "country": "RO"}],
            "level": {"nqf": {"framework": "NFQ", "level": 8}},
        },
        8,
        False,
    ),
    # From bodies of two countries it names no one framework, and the level is unread.
    "bare-nfq-from-bodies-of-two-countries": (
        {
            "awarding_bodies": [
                {"name": "Universitatea din București", "country": "RO"},
                {"name": "Sofia University", "country": "BG"},
            ],
            "level": {"nqf": {"framework": "NFQ", "level": 8}},
        },
        None,
        True,
    ),
    "bare-nfq-from-an-irish-body": (
        {
            "awarding_bodies": [{"name": "University College Dublin", "country": "IE"}],
            "level": {"nqf": {"framework": "NFQ", "level": 9}},
        },
        7,
        False,
    ),
    # The bodies' countries are read as the dataset's country column reads them: "Ireland" is IE.
    "bare-nfq-from-a-body-in-ireland-by-name": (
        {
            "awarding_bodies": [{"name": "University College Dublin", "country": "Ireland"}],
            "level": {"nqf": {"framework": "NFQ", "level": 9}},
        },
        7,
        False,
    ),
    "cycle-alone": ({"level": {"qf_ehea_cycle": "second"}}, 7, False),
}


@pytest.fixture(scope="module")
def levels(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    return _rows(tmp_path_factory.mktemp("levels"), {case: change for case, (change, _, _) in LEVELS.items()})


@pytest.mark.parametrize("case", list(LEVELS))
def test_the_dataset_reads_the_level_as_the_rules_do(levels: pd.DataFrame, case: str) -> None:
    change, expected, unread = LEVELS[case]
    row = levels.loc[case]
    assert _value(row["eqf_level"]) == expected
    assert (_value(row["unread"]) == "eqf_level") is unread
    assert implied_eqf(Descriptor({**BASE, **change})) == expected


# (a price as a provider writes it in one text, its amount, its currency's code)
PRICES = [
    ("1.200,50 €", 1200.5, "EUR"),
    ("EUR 450", 450.0, "EUR"),
    ("€ 99,90", 99.9, "EUR"),
    ("1,200.50 GBP", 1200.5, "GBP"),
    ("1,200 EUR", 1200.0, "EUR"),
    ("450 zł", 450.0, "PLN"),
    ("1 250 Kč", 1250.0, "CZK"),
    ("1\u202f250 Ft", 1250.0, "HUF"),
    ("1'250.00 CHF", 1250.0, "CHF"),
    ("300 lei", 300.0, "RON"),
    ("450 Euro", 450.0, "EUR"),
]


@pytest.fixture(scope="module")
def prices(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    cases = {f"price-{i}": {"price": {"amount": text}} for i, (text, _, _) in enumerate(PRICES)}
    return _rows(tmp_path_factory.mktemp("prices"), cases)


@pytest.mark.parametrize(("index", "price"), list(enumerate(PRICES)), ids=[p[0] for p in PRICES])
def test_a_price_reads_alike_in_a_cell_and_in_the_dataset(
    prices: pd.DataFrame, index: int, price: tuple[str, float, str]
) -> None:
    text, amount, code = price
    row = prices.loc[f"price-{index}"]
    assert (_value(row["price"]), _value(row["currency"]), _value(row["unread"])) == (amount, code, None)
    cell = convert(text, _field("price.amount"))
    assert (cell.value, dict(cell.implied).get(("price", "currency"))) == (amount, code)


def test_a_price_whose_dot_may_group_thousands_is_read_by_neither(tmp_path: Path) -> None:
    row = _rows(tmp_path, {"ambiguous": {"price": {"amount": "1.000 KWD"}}}).loc["ambiguous"]
    assert (_value(row["price"]), _value(row["currency"]), _value(row["unread"])) == (None, "KWD", "price")
    assert convert("1.000 KWD", _field("price.amount")).value == "1.000 KWD"
    assert convert("1.000", _field("price.amount")).value == "1.000"


@pytest.mark.parametrize(("written", "amount", "code"), [("1.000 €", 1000.0, "EUR"), ("12.500 zł", 12500.0, "PLN")])
def test_a_price_in_a_currency_of_cents_groups_thousands_by_its_dot(
    tmp_path: Path, written: str, amount: float, code: str
) -> None:
    row = _rows(tmp_path, {"grouped": {"price": {"amount": written}}}).loc["grouped"]
    assert (_value(row["price"]), _value(row["currency"]), _value(row["unread"])) == (amount, code, None)
    converted = convert(written, _field("price.amount"))
    assert (converted.value, dict(converted.implied)[("price", "currency")]) == (amount, code)


def test_a_dollar_is_no_currency_alone_but_a_hint_beside_an_amount(tmp_path: Path) -> None:
    row = _rows(tmp_path, {"dollar": {"price": {"amount": "450 $"}}}).loc["dollar"]
    assert (_value(row["price"]), _value(row["currency"]), _value(row["unread"])) == (450.0, None, "currency")
    assert convert("450 $", _field("price.amount")).implied == ()
    assert "{amount: 450, currency: USD}" in _price_hint("450 $")


def _price_hint(written: str) -> str:
    data = baseline()
    data["price"] = written
    report = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW)
    (finding,) = [f for f in report.results[0].findings if f.rule == "MC-SC-001" and f.pointer == "/price"]
    return str(finding.hint)


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("450 €", "{amount: 450, currency: EUR}"),
        ("12,50 €", "{amount: 12.5, currency: EUR}"),
        ("450 zł", "{amount: 450, currency: PLN}"),
        ("EUR 1.250,00", "{amount: 1250, currency: EUR}"),
        ("1 250 Kč", "{amount: 1250, currency: CZK}"),
    ],
)
def test_the_schema_hint_reads_a_price_as_the_dataset_does(written: str, meant: str) -> None:
    assert meant in _price_hint(written)


def test_a_currency_sign_in_its_own_field_gets_its_code_in_the_hint() -> None:
    data = baseline()
    data["price"] = {"amount": 450, "currency": "zł"}
    report = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW)
    (finding,) = [f for f in report.results[0].findings if f.pointer == "/price/currency"]
    assert "write PLN" in str(finding.message)


# (the field, what a provider writes, the code the loader and the dataset both read)
CODES = [
    ("participation.mode", "Fernlehre", "online"),
    ("participation.mode", "hybrid", "blended"),
    ("participation.mode", "ONLINE", "online"),
    ("assessment.types", "mündliche Prüfung", "oral-examination"),
    ("assessment.types", "Written exam (60%)", "written-examination"),
    ("languages", "Englisch", "en"),
    ("languages", "cz", "cs"),
]


@pytest.fixture(scope="module")
def codes(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    cases: dict[str, dict[str, Any]] = {}
    for i, (path, text, _) in enumerate(CODES):
        changes: dict[str, dict[str, Any]] = {
            "participation.mode": {"participation": {"mode": text}},
            "assessment.types": {"assessment": {"types": [text]}},
            "languages": {"languages": [text]},
        }
        cases[f"code-{i}"] = changes[path]
    return _rows(tmp_path_factory.mktemp("codes"), cases)


@pytest.mark.parametrize(("index", "case"), list(enumerate(CODES)), ids=[f"{c[0]}:{c[1]}" for c in CODES])
def test_a_code_reads_alike_in_a_cell_and_in_the_dataset(
    codes: pd.DataFrame, index: int, case: tuple[str, str, str]
) -> None:
    path, text, code = case
    column = {"participation.mode": "mode", "assessment.types": "assessment_types", "languages": "languages"}[path]
    assert _value(codes.loc[f"code-{index}"][column]) == code
    cell = convert(text, _field(path)).value
    assert (cell[0] if isinstance(cell, list) else cell) == code


@pytest.mark.parametrize(
    ("written", "code"),
    [("Deutschland", "DE"), ("NL - Netherlands", "NL"), ("EL", "GR"), ("DEU", "DE"), ("Ireland", "IE")],
)
def test_the_dataset_reads_a_country_as_written(tmp_path: Path, written: str, code: str) -> None:
    row = _rows(tmp_path, {"c": {"awarding_bodies": [{"name": "X", "country": written}]}}).loc["c"]
    assert (_value(row["country"]), _value(row["unread"])) == (code, None)


@pytest.mark.parametrize(("written", "ects"), [("2,5", 2.5), ("7.5", 7.5), ("1 000", 1000.0), ("1.000", None)])
def test_a_workload_figure_reads_alike_in_a_cell_and_in_the_dataset(tmp_path: Path, written: str, ects: Any) -> None:
    row = _rows(tmp_path, {"w": {"workload": {"ects": written}}}).loc["w"]
    assert _value(row["ects"]) == ects
    cell = convert(written, _field("workload.ects")).value
    assert cell == (written if ects is None else ects)
