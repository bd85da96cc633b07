"""Hints and readings of a level or a date that gave a value the checker itself refuses, or none: a level hint kept
the leading zero ("EQF 08": {eqf: 08}, refused again), dropped a minus sign ("EQF -7": {eqf: 7}) or wrote a level its
framework has not ("DQR 99"); a catalogue's "-3" or "EQF -7" was read as the positive level without a word; a number
with leading zeros was told to lose quotes it never had; a Czech date with no-break spaces after its dots ("15. 2.
2026" as Word types it) got no ISO date."""

from __future__ import annotations

import pytest

from qa_checker.loaders.tabular import load_csv
from tests.conftest import baseline_checked_with


def _hint(path: tuple[str, ...], value: object) -> tuple[str, str]:
    findings = [f for f in baseline_checked_with(path, value).findings if f.rule == "MC-SC-001"]
    (finding,) = [f for f in findings if f.pointer.startswith("/" + path[0])]
    return finding.message, finding.hint


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("EQF 08", "Write {eqf: 8}."),
        ("EQF 006", "Write {eqf: 6}."),
        ("DQR 06", "Write {nqf: {framework: DQR, level: 6}}."),
        ("NFQ level 10", "Write {nqf: {framework: NFQ, level: 10}}."),
    ],
)
def test_a_level_hint_writes_the_number_without_leading_zeros(written: str, hint: str) -> None:
    assert _hint(("level",), written)[1] == hint


@pytest.mark.parametrize("written", ["EQF -7", "DQR -3", "-6", "DQR 99", "DQR 0", "NFQ level 11", "SCQF 13"])
def test_no_level_hint_for_a_negative_level_or_one_its_framework_has_not(written: str) -> None:
    assert not _hint(("level",), written)[1].startswith("Write {")


@pytest.mark.parametrize(("written", "number"), [("08", "8"), ("007", "7"), (" 09 ", "9")])
def test_a_number_with_leading_zeros_is_told_to_lose_them_not_quotes(written: str, number: str) -> None:
    message, hint = _hint(("workload", "ects"), written)
    assert message.endswith(f"write {number}")
    assert hint.startswith(f"Write the number without its leading zeros: {number}.")
    assert "quotes" not in hint


def test_a_number_in_quotes_is_still_told_to_lose_them() -> None:
    assert _hint(("workload", "ects"), "5")[1].startswith('Write the number without quotes: 5, not "5".')


@pytest.mark.parametrize("cell", ["-3", "EQF -7", "Level -2"])
def test_a_catalogues_negative_level_is_kept_as_typed_and_refused(cell: str) -> None:
    table = f"Code,Title,EQF level\nC1,Data,{cell}\n".encode()
    (document,) = load_csv(table, "cat.csv")
    level = document.data["level"]["eqf"]
    assert level != abs(int(cell.split()[-1]))


def test_a_catalogues_hyphened_level_is_still_read() -> None:
    table = b"Code,Title,EQF level\nC1,Data,EQF-6\nC2,Data,6 - Bachelor\n"
    assert [d.data["level"]["eqf"] for d in load_csv(table, "cat.csv")] == [6, 6]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_a_dotted_date_with_any_space_after_its_dots_gets_its_iso_date(space: str) -> None:
    message, _ = _hint(("last_reviewed",), f"15.{space}2.{space}2026")
    assert message.endswith("a date written day first; write it as YYYY-MM-DD: 2026-02-15")


@pytest.mark.parametrize(
    "written", ["Beginner", "Intermediate", "All levels", "Fortgeschrittene", "Débutant", "Zaawansowany"]
)
def test_a_difficulty_given_as_the_level_is_told_as_one(written: str) -> None:
    """A course platform's difficulty in a Level column was only "not a whole number"."""
    _, hint = _hint(("level", "eqf"), written)
    assert hint.startswith(f"'{written}' is a difficulty, not a level of the EQF or of a national framework")
    (document,) = load_csv(f"Code,Title,Level\nC1,Data,{written}\n".encode(), "cat.csv")
    assert document.data["level"] == {"eqf": written}


def test_a_level_named_as_words_is_no_difficulty() -> None:
    assert "difficulty" not in _hint(("level", "eqf"), "Bachelor")[1]
