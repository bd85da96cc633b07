"""A cell that gives a second field beside its own, where the row has a column for that field too: the column's value
is kept, as before, and where the two disagree the cell is now told of it (a warning at the cell). They were dropped
without a word: "950 €" beside a currency column of CHF became 950 CHF, "5 ECTS (125 h)" beside 150 hours, "EQF 6 /
DQR 6" beside an NQF level of 7, "DQR 6" beside a framework column of NFQ, a period ending 10 May beside an end
column of 31 May. Values that cannot be compared (a framework written out, a currency cell kept as typed) are not
told to disagree.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular

DISAGREE = [
    ("Price;Currency", "950 €;CHF", "C2 gives price/currency as 'EUR', but D2 gives 'CHF'"),
    ("Price (EUR);Currency", "950;CHF", "C2 gives price/currency as 'EUR', but D2 gives 'CHF'"),
    ("ECTS;Hours", "5 ECTS (125 h);150", "C2 gives workload/hours as '125', but D2 gives '150'"),
    ("Hours;ECTS", "150 h (6 ECTS);5", "C2 gives workload/ects as '6', but D2 gives '5'"),
    ("EQF level;NQF level;NQF framework", "EQF 6 / DQR 6;7;DQR", "C2 gives level/nqf/level as '6', but D2 gives '7'"),
    ("NQF level;NQF framework", "DQR 6;NFQ", "C2 gives level/nqf/framework as 'DQR', but D2 gives 'NFQ'"),
    (
        "Start date;End date",
        "01.03.2027 - 10.05.2027;2027-05-31",
        "C2 gives participation/schedule/end as '2027-05-10', but D2 gives '2027-05-31'",
    ),
]
AGREE = [
    ("Price;Currency", "950 €;EUR"),
    ("Price;Currency", "950 €;Euro"),
    ("Price;Currency", "950 €;Euro (inkl. MwSt.)"),
    ("ECTS;Hours", "5 ECTS (150 h);150"),
    ("ECTS;Hours", "5 ECTS (150 h);150.0"),
    ("EQF level;NQF level;NQF framework", "EQF 6 / DQR 6;6;DQR"),
    ("EQF level;NQF level;NQF framework", "EQF 6 / DQR 6;6;Deutscher Qualifikationsrahmen"),
    ("NQF level;NQF framework", "NLQF 6;NLQF"),
    ("Start date;End date", "01.03.2027 - 10.05.2027;2027-05-10"),
    ("Start date;End date", "01.03.2027 - 10.05.2027;"),
]


def _read(header: str, row: str):
    (document,) = tabular.load_csv(f"id;title;{header}\nx;T;{row}\n".encode(), "c.csv")
    return document


@pytest.mark.parametrize(("header", "row", "told"), DISAGREE)
def test_a_cell_implying_another_value_than_its_column_is_told(header: str, row: str, told: str) -> None:
    document = _read(header, row)
    warnings = [(f.severity.value, f.origin.label(), f.message) for f in document.findings if f.rule == "MC-SS-002"]
    assert ("warning", "c!C2", f"{told}; the value of D2 was kept") in warnings


@pytest.mark.parametrize(("header", "row"), AGREE)
def test_a_cell_implying_the_same_value_or_one_beyond_comparing_is_not_told(header: str, row: str) -> None:
    assert not [f for f in _read(header, row).findings if "was kept" in f.message]


def test_the_columns_value_is_kept() -> None:
    assert _read("Price;Currency", "950 €;CHF").data["price"] == {"amount": 950, "currency": "CHF"}
