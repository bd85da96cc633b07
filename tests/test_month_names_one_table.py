"""Dates with the month in words are read from one month table (:func:`qa_checker.aliases.named_date`, the
CLDR's names in the catalogue languages): a sheet's cell and the schema's hint for a value read them alike, in
the forms of every EU language (Lithuanian and Latvian write the year first, Bulgarian and Polish add a word for
"year", Maltese puts "ta'" before the month, Irish names some months in two words), and a name two languages
give to different months ("listopada": October in Croatian, November in Polish) is kept as typed by both."""

from __future__ import annotations

import pytest

from qa_checker.aliases import named_date
from qa_checker.loaders.cell_values import convert
from qa_checker.loaders.columns import field_for_path
from tests.rules.test_values_meant_for_objects_and_worded_dates import schema_hints

DATES = [
    ("2026 m. rugsėjo 1 d.", "2026-09-01"),  # Lithuanian
    ("2026 m. lapkričio 15 d.", "2026-11-15"),
    ("2026. gada 1. septembris", "2026-09-01"),  # Latvian, nominative
    ("2026. gada 15. oktobrī", "2026-10-15"),  # Latvian, locative
    ("1 септември 2026 г.", "2026-09-01"),  # Bulgarian
    ("1. september 2026", "2026-09-01"),  # Estonian
    ("1 ta' Ottubru 2026", "2026-10-01"),  # Maltese
    ("1 ta’ Diċembru 2026", "2026-12-01"),
    ("l-1 ta' Ottubru 2026", "2026-10-01"),  # with the article Maltese puts before the day
    ("is-16 ta' Settembru 2026", "2026-09-16"),
    ("1 Meán Fómhair 2026", "2026-09-01"),  # Irish, two words
    ("15 Deireadh Fómhair 2026", "2026-10-15"),
    ("1ú Eanáir 2027", "2027-01-01"),  # Irish ordinal
    ("1 de setembro de 2026", "2026-09-01"),  # Portuguese
    ("1. septembra 2026", "2026-09-01"),  # Slovak
    ("1. oktober 2026", "2026-10-01"),  # Slovene
    ("15 grudnia 2026 r.", "2026-12-15"),  # Polish with its year word
    ("1 paź 2026", "2026-10-01"),  # Polish abbreviation, now from the CLDR
    ("15 Jan 2026", "2026-01-15"),
]
# Names two languages give to different months: Croatian "listopad(a)" is October, Czech and Polish November;
# Croatian "lip" (lipanj) is June, Polish "lip" (lipiec) July.
CLASHING = ["15 listopada 2026", "1. listopad 2026", "15 lip 2026", "3 lis 2026"]


def _cell(text: str) -> object:
    return convert(text, field_for_path("participation.schedule.start")).value


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_a_date_in_words_is_read_in_the_form_of_its_language(text: str, iso: str) -> None:
    assert named_date(text) == iso
    assert _cell(text) == iso


@pytest.mark.parametrize(("text", "iso"), DATES[:6])
def test_the_schema_hint_writes_the_date_the_sheet_reader_reads(text: str, iso: str) -> None:
    found = schema_hints({"/last_reviewed": text})["/last_reviewed"]
    assert f"a date with the month in words; write it as YYYY-MM-DD: {iso}" in found


@pytest.mark.parametrize("text", CLASHING)
def test_a_month_name_two_languages_give_to_different_months_is_guessed_by_neither(text: str) -> None:
    assert named_date(text) is None
    assert _cell(text) == text
    assert "write it as YYYY-MM-DD:" not in schema_hints({"/last_reviewed": text})["/last_reviewed"]


@pytest.mark.parametrize("text", ["31 Feb 2026", "2026 m. vasario 30 d.", "15 Meán 2026", "1 " + "a" * 80 + " 2026"])
def test_a_day_that_does_not_exist_an_unknown_or_overlong_month_gives_no_date(text: str) -> None:
    assert named_date(text) is None


@pytest.mark.parametrize(("text", "iso"), [("01.09.2026 г.", "2026-09-01"), ("15.09.2026 r.", "2026-09-15")])
def test_a_numeric_date_with_the_word_for_year_after_it_is_read(text: str, iso: str) -> None:
    assert _cell(text) == iso
