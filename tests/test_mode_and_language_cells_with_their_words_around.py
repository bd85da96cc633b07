"""A mode or a language as catalogues write them with words around: a mode with its pace ("online,
selbstgesteuert", "online synchron"), the place or tool it is taught in ("Präsenz in Berlin", "presencial en Madrid",
"online via Zoom"), in words the value table lacked ("virtuell", "Webinar", "Fernlehrgang"); a language after a
preposition ("auf Englisch", "in English", "en français", "in lingua inglese").

A probe (labelled before the run) found them kept as typed and refused by the schema. The comparability dataset read
"berufsbegleitend online" while a catalogue's cell of the same words was refused (a held-out catalogue had one): a
cell's mode is now read by the dataset's reader. What names no one mode ("self-paced", "Online & Präsenz", "lezioni
in presenza" where the place is no name) or two codes ("EN DE") stays as typed.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular
from qa_checker.value_reader import language, mode


def _cell(header: str, cell: str) -> object:
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{cell}"\n'.encode(), "c.csv")
    data = document.data
    return data["participation"]["mode"] if header == "Mode" else data["languages"]


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("berufsbegleitend online", "online"),
        ("part-time, online", "online"),
        ("online, selbstgesteuert", "online"),
        ("online synchron via Zoom", "online"),
        ("online über MS Teams", "online"),
        ("Präsenz in Berlin", "onsite"),
        ("vor Ort in Wien", "onsite"),
        ("presencial en Madrid", "onsite"),
        ("virtuell", "online"),
        ("Webinar", "online"),
        ("Fernlehrgang", "online"),
    ],
)
def test_a_mode_with_words_around_is_read_in_a_cell_and_in_the_dataset(cell: str, value: str) -> None:
    assert _cell("Mode", cell) == value
    assert mode(cell) == value


@pytest.mark.parametrize("cell", ["self-paced", "Online & Präsenz", "lezioni in presenza", "online or in Berlin"])
def test_words_that_name_no_one_mode_are_kept(cell: str) -> None:
    assert _cell("Mode", cell) == cell


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("auf Englisch", ["en"]),
        ("in English", ["en"]),
        ("en français", ["fr"]),
        ("in lingua inglese", ["en"]),
        ("auf Deutsch und Englisch", ["de", "en"]),
    ],
)
def test_a_language_after_a_preposition_is_read(cell: str, codes: list[str]) -> None:
    assert _cell("Language", cell) == codes


@pytest.mark.parametrize("cell", ["EN DE", "de deu", "in"])
def test_two_codes_or_a_preposition_alone_are_kept(cell: str) -> None:
    assert _cell("Language", cell) == [cell]
    assert language(cell) is None
