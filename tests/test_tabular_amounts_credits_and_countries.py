"""Values as catalogues write them: a whole amount's dash ("€ 450,-"), credits with "ECTS" beside their unit
("5 pkt. ECTS", "6 crédits ECTS") or with their hours ("5 ECTS (125 h)"), a country's name with its article ("The Netherlands", "die Schweiz") or in
a form the CLDR does not give ("Czech Republic", "UK"), and the Dutch "mondeling" for an oral examination."""

from __future__ import annotations

import pytest

from qa_checker.loaders import cell_values, tabular
from qa_checker.loaders.columns import field_for_path


def _read(path: str, typed: str):
    return cell_values.convert(typed, field_for_path(path))


@pytest.mark.parametrize(
    ("typed", "amount"), [("€ 450,-", 450), ("450,-- EUR", 450), ("1.250,- €", 1250), ("1.250.000,– zł", 1_250_000)]
)
def test_a_whole_amount_marked_with_a_dash_is_its_number_and_currency(typed, amount):
    converted = _read("price.amount", typed)
    assert converted.value == amount and converted.note is None
    assert converted.implied[0][0] == ("price", "currency")


@pytest.mark.parametrize(
    ("typed", "ects"), [("5 pkt ECTS", 5), ("5 pkt. ECTS", 5), ("6 crédits ECTS", 6), ("2,5 punktów ECTS", 2.5)]
)
def test_credits_with_ects_beside_their_unit_are_the_number(typed, ects):
    assert _read("workload.ects", typed).value == ects


@pytest.mark.parametrize("typed", ["5 h ECTS", "5 pkt ECTS extra"])
def test_hours_or_more_words_beside_ects_are_kept_as_typed(typed):
    assert _read("workload.ects", typed).value == typed


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("The Netherlands", "NL"),
        ("the Netherlands", "NL"),
        ("die Schweiz", "CH"),
        ("les Pays-Bas", "NL"),
        ("l'Italia", "IT"),
        ("the Czech Republic", "CZ"),
        ("Holland", "NL"),
        ("UK", "GB"),
        ("Great Britain", "GB"),
        ("Federal Republic of Germany", "DE"),
        ("Czech Rep.", "CZ"),
        ("Flanders", "BE"),
        ("Vlaanderen", "BE"),
        ("Fédération Wallonie-Bruxelles", "BE"),
    ],
)
def test_a_country_named_with_its_article_or_in_a_common_form_is_its_code(typed, code):
    assert _read("awarding_bodies.0.country", typed).value == code


@pytest.mark.parametrize("typed", ["Le Havre", "De Bilt", "The Moon"])
def test_a_place_that_only_starts_like_an_article_is_kept_as_typed(typed):
    assert _read("awarding_bodies.0.country", typed).value == typed


def test_mondeling_is_an_oral_examination():
    assert _read("assessment.types", "mondeling; portfolio").value == ["oral-examination", "portfolio"]


@pytest.mark.parametrize(
    ("path", "typed", "number", "implied"),
    [
        ("workload.ects", "5 ECTS (125 h)", 5, (("workload", "hours"), 125)),
        ("workload.ects", "5 ECTS / 125 hours", 5, (("workload", "hours"), 125)),
        ("workload.hours", "125 Stunden (5 ECTS)", 125, (("workload", "ects"), 5)),
    ],
)
def test_credits_and_hours_in_one_cell_give_both(path, typed, number, implied):
    converted = _read(path, typed)
    assert (converted.value, converted.implied) == (number, (implied,))


@pytest.mark.parametrize("typed", ["5 ECTS (125)", "5 / 6"])
def test_a_second_part_without_the_other_unit_keeps_the_cell_as_typed(typed):
    assert _read("workload.ects", typed).value == typed


def test_a_note_in_brackets_is_no_second_part():
    converted = _read("workload.ects", "5 ECTS (approx.)")
    assert (converted.value, converted.implied) == (5, ())


def test_credits_and_hours_in_one_cell_fill_the_hours_of_a_sheet_without_an_hours_column():
    (document,) = tabular.load_csv(b"id;ECTS\nC-1;5 ECTS (125 h)\n", "cat.csv")
    assert document.data["workload"] == {"ects": 5, "hours": 125}
    assert document.origin_for("/workload/hours").cell == "B2"
