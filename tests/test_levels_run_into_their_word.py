"""A level written run into its word, as catalogues and exports write it: "EQF6", "Level6", "DQR6", "PRK6".

Such a cell was kept as typed and refused by the schema, an error weighing five, while the schema's own message for a
descriptor said "write 6". It now gives the level (and a national framework its name). A number run into letters on
both sides is an identifier, no level: a schema message no longer offers the digits of "S91ZbAwnQrf" (an ELM example
file's generated identifier in an ECTS field) as the number to write.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular
from tests.conftest import baseline_checked_with


def _level(cell: str, header: str) -> object:
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{cell}"\n'.encode(), "c.csv")
    return document.data["level"]


@pytest.mark.parametrize(
    ("cell", "header", "level"),
    [
        ("EQF6", "EQF level", {"eqf": 6}),
        ("Level6", "EQF level", {"eqf": 6}),
        ("EQF6 (Bachelor)", "EQF level", {"eqf": 6}),
        ("DQR6", "NQF level", {"nqf": {"level": "6", "framework": "DQR"}}),
        ("PRK6", "NQF level", {"nqf": {"level": "6", "framework": "PRK"}}),
        ("EQF 6 / DQR6", "EQF level", {"eqf": 6, "nqf": {"level": "6", "framework": "DQR"}}),
    ],
)
def test_a_level_run_into_its_word_is_read(cell: str, header: str, level: dict) -> None:
    assert _level(cell, header) == level


@pytest.mark.parametrize("cell", ["S91ZbAwnQrf", "B6", "EQF6x"])
def test_a_number_inside_other_letters_is_kept(cell: str) -> None:
    assert _level(cell, "EQF level") == {"eqf": cell}


def _messages(path: tuple[str, ...], value: str) -> list[str]:
    return [f.message for f in baseline_checked_with(path, value).findings if f.pointer == "/" + "/".join(path)]


def test_a_schema_message_offers_no_digits_of_an_identifier() -> None:
    (message,) = _messages(("workload", "ects"), "S91ZbAwnQrf")
    assert message == "workload/ects must be a number, not 'S91ZbAwnQrf'"


@pytest.mark.parametrize(("path", "value"), [(("workload", "ects"), "5ECTS"), (("level", "eqf"), "EQF6")])
def test_a_number_run_into_its_unit_or_word_is_still_offered(path: tuple[str, ...], value: str) -> None:
    (message,) = _messages(path, value)
    assert message.endswith(f"not '{value}': write {value.strip('EQFCTS')}")
