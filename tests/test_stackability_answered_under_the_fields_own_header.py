"""A yes or a no under a column headed by the stackability field's own name ("Stackability: yes", "Stapelbarkeit:
nein"), as catalogues answer it. A yes under a header naming a value ("Stackable: yes") was read; under the field's
name the cell was kept as typed and refused by the schema. A yes now says the offering is stackable, a no that it
stands alone. A yes before the value it affirms ("Ja, stapelbar") is that value; a no before one ("Nein, stapelbar"
contradicts itself, "Nein, eigenständig" does not) stays as typed.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular


@pytest.mark.parametrize(
    ("header", "cell", "value"),
    [
        ("Stackability", "yes", "stackable"),
        ("Stackability", "no", "stand-alone"),
        ("Stapelbarkeit", "ja", "stackable"),
        ("Stapelbarkeit", "nein", "stand-alone"),
        ("Integration/stackability", "✓", "stackable"),
        ("Cumulabilité", "oui", "stackable"),
        ("Stackability", "stand-alone", "stand-alone"),
        ("Stackable", "yes", "stackable"),
    ],
)
def test_an_answer_under_the_fields_own_header_names_the_value(header: str, cell: str, value: str) -> None:
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["stackability"] == {"type": value}


@pytest.mark.parametrize(
    ("cell", "value"),
    [("Ja, stapelbar", "stackable"), ("Yes - stackable", "stackable"), ("oui : cumulable", "stackable")],
)
def test_a_yes_before_the_value_it_affirms_is_that_value(cell: str, value: str) -> None:
    (document,) = tabular.load_csv(f'id;title;Stackability\nx;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["stackability"] == {"type": value}


@pytest.mark.parametrize("cell", ["Nein, stapelbar", "Nein, eigenständig", "vielleicht, stapelbar"])
def test_a_no_or_another_word_before_a_value_keeps_the_cell(cell: str) -> None:
    (document,) = tabular.load_csv(f'id;title;Stackability\nx;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["stackability"] == {"type": cell}
