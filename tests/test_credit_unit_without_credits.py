"""A credit unit in a column of its own ("Credit Unit Type" of Credential Engine's export, "Credit Unit" of an SAP
one) beside an empty credits cell. Before, the row was given other credits of that unit and no value
(``{"other_credits": {"system": "CATS"}}``), which the schema refuses and which says nothing of the workload. A unit
without credits now gives no credits at all, and a warning at the unit's cell says it was not read.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular

ALONE = [  # (header, row, the unit's cell)
    ("id;title;Credit Unit Type;Credit Unit Value", "a;T;Quarter hours;", "c!C2"),
    ("id;title;Credit Unit Type;Credit Unit Value", "a;T;ECTS;", "c!C2"),
    ("id;title;Credits;Credit Unit", "a;T;;SWS", "c!D2"),
    ("id;title;Credit system", "a;T;CATS", "c!C2"),
]


@pytest.mark.parametrize(("header", "row", "cell"), ALONE)
def test_a_unit_without_credits_gives_no_credits(header: str, row: str, cell: str) -> None:
    (document,) = tabular.load_csv(f"{header}\n{row}\n".encode(), "c.csv")
    assert "workload" not in document.data
    unit = row.split(";")[header.split(";").index(next(h for h in header.split(";") if "nit" in h or "system" in h))]
    notes = [(f.severity.name, f.origin.label(), f.message) for f in document.findings if "credit unit" in f.message]
    assert notes == [("WARNING", cell, f"the credit unit '{unit}' was not read: the row gives no credits in it")]


def test_a_unit_without_credits_leaves_the_rest_of_the_workload() -> None:
    text = "id;title;Credit Unit Type;Credit Unit Value;Hours\na;T;CATS;;40\n"
    (document,) = tabular.load_csv(text.encode(), "c.csv")
    assert document.data["workload"] == {"hours": 40}
    assert [f.origin.label() for f in document.findings if "credit unit" in f.message] == ["c!C2"]


def test_an_hours_unit_beside_a_column_of_hours_is_not_told() -> None:
    text = "id;title;Credit Unit Type;Credit Unit Value;Hours\na;T;Hours;;40\n"
    (document,) = tabular.load_csv(text.encode(), "c.csv")
    assert document.data["workload"] == {"hours": 40}
    assert not [f for f in document.findings if "credit unit" in f.message]


def test_a_unit_with_its_credits_is_read_as_before() -> None:
    (document,) = tabular.load_csv(b"id;title;Credits;Credit Unit\na;T;5;CATS\n", "c.csv")
    assert document.data["workload"] == {"other_credits": {"system": "CATS", "value": 5}}
