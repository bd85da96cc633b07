"""A row repeating the module above in other languages, with its outcomes written in them, is the module's
other language version: a descriptor of its own, not more outcomes of the one above. Languages alone listed
one per row under the module still continue it, as outcomes repeated with the module's values do."""

from __future__ import annotations

from tests.test_tabular_module_handbooks import read_csv

HEADER = "Module code;Title;Language;ECTS;Learning outcomes\n"


def test_a_row_in_another_language_with_its_outcomes_is_a_descriptor_of_its_own():
    text = (
        HEADER
        + "M1;Data Wrangling;en;5;Clean a messy open data set with pandas.\n"
        + "M1;Data Wrangling;de;5;Einen offenen Datensatz mit pandas bereinigen.\n"
    )
    first, second = read_csv(text)
    assert (first.data["languages"], second.data["languages"]) == (["en"], ["de"])
    assert second.data["learning_outcomes"] == ["Einen offenen Datensatz mit pandas bereinigen."]


def test_outcome_rows_repeating_the_module_and_its_language_continue_it():
    text = (
        HEADER
        + "M1;Data Wrangling;en;5;Clean a messy open data set with pandas.\n"
        + "M1;Data Wrangling;en;5;Document each cleaning step in a notebook.\n"
    )
    (document,) = read_csv(text)
    assert len(document.data["learning_outcomes"]) == 2


def test_languages_listed_one_per_row_under_the_module_continue_it():
    text = HEADER + "M1;Data Wrangling;en;5;Clean a messy open data set with pandas.\n;;de;;\n"
    (document,) = read_csv(text)
    assert document.data["languages"] == ["en", "de"]
