"""A language cell as catalogues write it: a tag with its region ("de-DE", "en-GB; de-AT"), a word saying it is the
only one ("English only"), the alternatives a course is given in ("Deutsch oder Englisch", "anglais ou français",
"Español o Inglés").

A probe of 17 language cells (labelled before the run) found these refused by the schema. Each names the offering's
languages; a part that names none ("English or other", "on request") keeps the cell's item as typed.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular
from qa_checker.value_reader import joined_languages, language


def _languages(cell: str) -> list[str]:
    (document,) = tabular.load_csv(f'id;title;Language\nx;T;"{cell}"\n'.encode(), "c.csv")
    return document.data["languages"]


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("de-DE", ["de"]),
        ("en-GB; de-AT", ["en", "de"]),
        ("English only", ["en"]),
        ("Deutsch oder Englisch", ["de", "en"]),
        ("anglais ou français", ["en", "fr"]),
        ("Español o Inglés", ["es", "en"]),
        ("Englisch (B2)", ["en"]),
    ],
)
def test_a_language_cell_as_catalogues_write_it(cell: str, codes: list[str]) -> None:
    assert _languages(cell) == codes


@pytest.mark.parametrize("cell", ["English or other", "nur Deutsch"])
def test_a_cell_that_names_no_one_language_is_kept(cell: str) -> None:
    assert _languages(cell) == [cell]


def test_the_dataset_reads_alternatives_as_the_cells_do() -> None:
    assert joined_languages("Deutsch oder Englisch") == ["de", "en"]
    assert language("English only") == "en"
