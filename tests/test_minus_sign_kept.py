"""A minus sign before a number is kept, however it is typed: the ASCII one, the minus sign (U+2212) of a word
processor's autocorrect, a hyphen (U+2010) or an en dash after a space. A catalogue's '−4' in a level column was
refused with "write 4", and a descriptor's ``eqf: "-7"`` with "write 7" while its hint said -7: the level advised
was the positive one. A negative number is read and told as negative, then refused by the schema's minimum."""

from __future__ import annotations

from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import tabular
from tests.conftest import NOW, baseline


@pytest.mark.parametrize(
    ("cell", "level"),
    [("−4", -4), ("EQF ‐5", -5), ("EQF –3", -3), ("-2", -2), ("EQF-6", 6), ("6 – Bachelor", 6), ("EQF 6", 6)],
)
def test_a_catalogues_level_keeps_its_minus_sign(cell: str, level: int) -> None:
    (document,) = tabular.load_csv(f"Code;Title;EQF level\nL1;Data;{cell}\n".encode(), "cat.csv")
    assert document.data["level"]["eqf"] == level


def test_a_catalogues_ects_keep_their_minus_sign() -> None:
    (document,) = tabular.load_csv("Code;Title;ECTS\nL1;Data;−5\n".encode(), "cat.csv")
    assert document.data["workload"]["ects"] == -5


def _told(field: str, value: Any) -> list[str]:
    data = baseline()
    data[field] = value
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    return [str(f.message) for f in result.findings if f.rule == "MC-SC-001"]


@pytest.mark.parametrize(
    ("field", "value", "number"),
    [("level", {"eqf": "-7"}, "-7"), ("level", {"eqf": "EQF −7"}, "-7"), ("workload", {"ects": "−5"}, "-5")],
)
def test_a_descriptors_negative_number_is_told_negative(field: str, value: Any, number: str) -> None:
    told = _told(field, value)
    assert any(message.endswith(f"write {number}") for message in told), told
    assert not any(message.endswith(f"write {number[1:]}") for message in told), told


def test_the_hyphen_of_a_word_is_no_minus() -> None:
    told = _told("level", {"eqf": "EQF-7"})
    assert any(message.endswith("write 7") for message in told), told
