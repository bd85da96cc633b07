"""A cell whose value follows a label naming the column's own field, as catalogues copied from a web page write it:
"Preis: 950 €" under "Price", "Sprache: Deutsch" under "Language", "Provider: Hochschule X" under "Awarding body".

The label was kept as part of the value: the price, the language and the mode were refused by the schema (errors)
and the name carried the label. A label is now left out, noted at the cell, when the column names table gives it for
the column's own field, the cell would otherwise be kept as typed and what follows the label is read (a value the
field takes, or free text). A label naming anything else (a group, "Studierende: 450 €"; another field, "Note:
English") or before what gives no value ("Land: Narnia", "Preis: auf Anfrage") keeps the cell as typed, as before. A
label of one word may come without its colon ("Teilnahmegebühr 950 €") before a value that is no free text: a name
("Anbieter Hochschule X") may begin with such a word.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_checker.loaders import tabular
from qa_checker.loaders.cell_values import convert
from qa_checker.loaders.columns import field_for_path

READ = [
    ("Price", "Preis: 950 €", {"price": {"amount": 950, "currency": "EUR"}}, "Preis"),
    ("Price", "Fee: € 950", {"price": {"amount": 950, "currency": "EUR"}}, "Fee"),
    ("Price", "Prix : 950 €", {"price": {"amount": 950, "currency": "EUR"}}, "Prix"),
    ("Price", "Teilnahmegebühr: 1.200 €", {"price": {"amount": 1200, "currency": "EUR"}}, "Teilnahmegebühr"),
    ("Language", "Sprache: Deutsch", {"languages": ["de"]}, "Sprache"),
    ("Language", "Language: English, French", {"languages": ["en", "fr"]}, "Language"),
    ("Country", "Country: DE", {"awarding_bodies": [{"country": "DE"}]}, "Country"),
    ("Mode", "Mode: online", {"participation": {"mode": "online"}}, "Mode"),
    ("Assessment", "Assessment: written exam", {"assessment": {"types": ["written-examination"]}}, "Assessment"),
    ("Awarding body", "Anbieter: Hochschule X", {"awarding_bodies": [{"name": "Hochschule X"}]}, "Anbieter"),
    ("Price", "Teilnahmegebühr 950 €", {"price": {"amount": 950, "currency": "EUR"}}, "Teilnahmegebühr"),
    ("Language", "Unterrichtssprache Deutsch", {"languages": ["de"]}, "Unterrichtssprache"),
    ("Country", "Land Deutschland", {"awarding_bodies": [{"country": "DE"}]}, "Land"),
]
KEPT = [
    ("Price", "Studierende 450 €", {"price": {"amount": "Studierende 450 €"}}),
    ("Awarding body", "Anbieter Hochschule X", {"awarding_bodies": [{"name": "Anbieter Hochschule X"}]}),
    ("Country", "Land: Narnia", {"awarding_bodies": [{"country": "Land: Narnia"}]}),
    ("Price", "Preis: auf Anfrage", {"price": {"amount": "Preis: auf Anfrage"}}),
    ("Price", "Studierende: 450 €", {"price": {"amount": "Studierende: 450 €"}}),
    ("Language", "Note: English", {"languages": ["Note: English"]}),
    ("ECTS", "Hours: 150", {"workload": {"ects": "Hours: 150"}}),
    (
        "Awarding body",
        "Hochschule X: Zentrum für Weiterbildung",
        {"awarding_bodies": [{"name": "Hochschule X: Zentrum für Weiterbildung"}]},
    ),
]


def _read(header: str, cell: str):
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{cell}"\n'.encode(), "c.csv")
    data = {k: v for k, v in document.data.items() if k not in ("id", "title", "descriptor_version")}
    return data, [(f.origin.label(), f.message) for f in document.findings if f.rule == "MC-SS-002"]


@pytest.mark.parametrize(("header", "cell", "data", "label"), READ)
def test_a_label_naming_the_columns_field_is_left_out_and_noted(header: str, cell: str, data: dict, label: str) -> None:
    assert _read(header, cell) == (data, [("c!C2", f"C2: the label '{label}' before the value was left out")])


@pytest.mark.parametrize(("header", "cell", "data"), KEPT)
def test_a_label_naming_anything_else_keeps_the_cell(header: str, cell: str, data: dict) -> None:
    assert _read(header, cell) == (data, [])


def test_a_value_its_reader_reads_with_its_label_keeps_that_readers_note() -> None:
    assert _read("Duration", "Dauer: 10 Wochen") == (
        {"participation": {"schedule": {"duration": "P10W"}}},
        [("c!C2", "C2: the duration 'Dauer: 10 Wochen' was read as P10W")],
    )


_FIELDS = ["price.amount", "languages", "participation.mode", "awarding_bodies.0.country", "title", "level.eqf"]


@given(
    st.sampled_from(_FIELDS),
    st.sampled_from(["Preis", "Sprache", "Mode", "Land", "Titel", "Note", "Level", "x"]),
    st.text(max_size=40),
)
def test_a_labelled_cell_is_read_whole_or_as_what_follows_its_label(dotted: str, label: str, rest: str) -> None:
    field = field_for_path(dotted)
    assert field is not None
    read = convert(f"{label}: {rest}", field)
    if read.note is not None and "the label" in read.note.template:
        assert read.note.params["label"] == label
        assert read.value == convert(rest.lstrip(), field).value
