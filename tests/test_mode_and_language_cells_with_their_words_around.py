"""A mode or a language as catalogues write them with words around: a mode with its pace ("online,
selbstgesteuert", "online synchron"), the place or tool it is taught in ("Präsenz in Berlin", "presencial en Madrid",
"online via Zoom"), in words the value table lacked ("virtuell", "Webinar", "Fernlehrgang"); a language after a
preposition ("auf Englisch", "in English", "en français", "in lingua inglese").

A probe (labelled before the run) found them kept as typed and refused by the schema. The comparability dataset read
"berufsbegleitend online" while a catalogue's cell of the same words was refused (a held-out catalogue had one): a
cell's mode is now read by the dataset's reader. What names no one mode ("self-paced", "Online & Präsenz", "lezioni
in presenza" where the place is no name) or two codes ("EN DE") stays as typed.

"Online & Präsenz" and "presencial y en línea" may be one blended course or two forms to choose from (two held-out
labels kept them unread), but the schema's message on them in a JSON descriptor asked "did you mean 'online'?": it
now asks "did you mean 'blended'?", the one mode both parts make as parts of one course. Two modes to choose from
("online oder Präsenz") are asked about neither (they were asked "did you mean 'online'?").
"""

from __future__ import annotations

import copy

import pytest

from qa_checker.loaders import tabular
from qa_checker.text import english
from qa_checker.validation import validate
from qa_checker.value_reader import language, mode
from tests.conftest import baseline


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


@pytest.mark.parametrize(
    "cell", ["self-paced", "Online & Präsenz", "lezioni in presenza", "online or in Berlin", "presencial y en línea"]
)
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


@pytest.mark.parametrize(
    "written",
    [
        "Online & Präsenz",
        "Präsenz/Online",
        "Präsenz- und Online",
        "presencial y en línea",
        "en ligne et en présentiel",
        "online and on campus",
        "e-learning + classroom",
        "hybrid und online",
    ],
)
def test_a_json_descriptor_of_both_modes_is_asked_about_blended(written: str) -> None:
    assert _schema_message({"participation": {"mode": written}}).endswith("did you mean 'blended'?")


@pytest.mark.parametrize(("written", "meant"), [("online/e-learning", "online"), ("Präsenz + vor Ort", "onsite")])
def test_a_json_descriptor_of_one_mode_twice_is_asked_about_it(written: str, meant: str) -> None:
    assert _schema_message({"participation": {"mode": written}}).endswith(f"did you mean '{meant}'?")


@pytest.mark.parametrize("written", ["online oder Präsenz", "en ligne ou en présentiel", "online or on campus"])
def test_a_json_descriptor_of_two_modes_to_choose_from_is_asked_about_none(written: str) -> None:
    assert "did you mean" not in _schema_message({"participation": {"mode": written}})


def _schema_message(changes: dict[str, dict[str, str]]) -> str:
    data = copy.deepcopy(baseline())
    for key, values in changes.items():
        data[key].update(values)
    (finding,) = [f for f in validate(data) if f.pointer == "/participation/mode"]
    return english(finding.message)
