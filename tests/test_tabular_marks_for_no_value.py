"""A mark typed for "no value" ("-", "–", "/", "n/a", "k. A.") where a field wants a number, a date, a code or
a yes or no is an empty cell, noted at the cell, not a value the schema then calls wrong; in a text field
(prerequisites "-") it stays as typed. A price typed as a word for free ("gratis", "kostenlos") is 0."""

from __future__ import annotations

import pytest

from tests.test_tabular_module_handbooks import read_csv

HEADER = "ID;Title;ECTS;Start date;EQF level;Country;Prerequisites\n"


@pytest.mark.parametrize("mark", ["-", "–", "—", "/", "n/a", "N/A", "n.a.", "k.A.", "k. A.", "n.v.", "b.d.", "?"])
def test_a_mark_for_no_value_is_an_empty_cell_noted_at_it(mark):
    (document,) = read_csv(HEADER + f"C1;Ethics;{mark};{mark};{mark};{mark};{mark}\n")
    assert document.data == {"id": "C1", "title": "Ethics", "prerequisites": mark, "descriptor_version": "1.0"}
    notes = [
        (f.severity.value, f.pointer, f.origin.cell) for f in document.findings if "a mark for no value" in f.message
    ]
    assert notes == [
        ("info", "/workload/ects", "C2"),
        ("info", "/participation/schedule/start", "D2"),
        ("info", "/level/eqf", "E2"),
        ("info", "/awarding_bodies/0/country", "F2"),
    ]


@pytest.mark.parametrize("cell", ["tbd", "NA", "x"])
def test_a_value_still_to_come_or_a_code_is_not_a_mark_for_no_value(cell):
    (document,) = read_csv(f"ID;Title;Country;ECTS\nC1;Ethics;{cell};{cell}\n")
    assert document.data["awarding_bodies"][0]["country"] == cell
    assert document.data["workload"]["ects"] == cell


@pytest.mark.parametrize("word", ["gratis", "Kostenlos", "free of charge", "gratuit", "bezpłatny"])
def test_a_price_typed_as_free_is_zero(word):
    (document,) = read_csv(f"ID;Title;Price\nC1;Ethics;{word}\n")
    assert document.data["price"]["amount"] == 0
