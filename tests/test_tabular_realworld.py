"""Catalogues as QA agencies and providers really keep them: headers in their own words and languages,
notes and totals around the table, values typed with units, local dates and bullets."""

from __future__ import annotations

import openpyxl
import pytest

from qa_checker.loaders import load_file, tabular
from qa_checker.loaders.columns import ColumnResolver


def read_csv(text: str, name: str = "cat.csv"):
    """The documents of a CSV catalogue given as text."""
    return tabular.load_csv(text.encode("utf-8"), name)


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Titel des Kurses", "title"),
        ("Intitulé de la formation", "title"),
        ("Título del curso", "title"),
        ("Titolo del corso", "title"),
        ("Nazwa kursu", "title"),
        ("Naam microcredential", "title"),
        ("Title of the micro-credential", "title"),
        ("Kurs-Nr.", "id"),
        ("Codice corso", "id"),
        ("Kod kursu", "id"),
        ("Crediti", "workload.ects"),
        ("Punkty ECTS", "workload.ects"),
        ("Liczba godzin", "workload.hours"),
        ("Livello EQF", "level.eqf"),
        ("Niveau EQR/DQR", "level.eqf"),
        ("Poziom PRK/ERK", "level.eqf"),
        ("NLQF/EQF-niveau", "level.eqf"),
        ("Risultati di apprendimento", "learning_outcomes"),
        ("Efekty uczenia się", "learning_outcomes"),
        ("Modalità di erogazione", "participation.mode"),
        ("Forma zajęć", "participation.mode"),
        ("Ente erogatore", "awarding_bodies.0.name"),
        ("Provider(s)", "awarding_bodies.0.name"),
        ("Paese", "awarding_bodies.0.country"),
        ("Data di inizio", "participation.schedule.start"),
        ("Data rozpoczęcia", "participation.schedule.start"),
        ("Lingua", "languages"),
        ("Język wykładowy", "languages"),
        ("Forma zaliczenia", "assessment.types"),
        ("Tipo di valutazione", "assessment.types"),
        ("Type of quality assurance", "quality_assurance.internal.description"),
    ],
)
def test_headers_in_the_words_of_seven_languages(header, path):
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == path


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Leistungspunkte (ECTS)", "workload.ects"),
        ("Studiepunten (EC)", "workload.ects"),
        ("Crediti (CFU/ECTS)", "workload.ects"),
        ("Notional workload (ECTS)", "workload.ects"),
        ("Dauer (Stunden)", "workload.hours"),
        ("Duration (hours)", "workload.hours"),
        ("Title (required)", "title"),
        ("Title\n(required)", "title"),
        ("ECTS credits [number]", "workload.ects"),
        ("EQF level (1-8)", "level.eqf"),
        ("Price (EUR)", "price.amount"),
        ("Mode of delivery (online/onsite/blended)", "participation.mode"),
        ("Course code *", "id"),
        ("Title (nl)", "title.nl"),
    ],
)
def test_headers_with_a_note_or_unit_name_the_field_before_it_or_the_unit(header, path):
    found = ColumnResolver().resolve(" ".join(header.split()))
    assert found is not None and found.dotted == path


@pytest.mark.parametrize("header", ["Title (xx)", "Lecturer (ECTS office)", "Notes (internal)", "(" * 10_000])
def test_a_note_does_not_make_an_unknown_header_a_field(header):
    assert ColumnResolver().resolve(header) is None


def test_an_italian_catalogue_is_read_instead_of_refused_for_want_of_a_header():
    text = (
        "Codice corso;Titolo del corso;Crediti (CFU/ECTS);Livello EQF;Modalità di erogazione;Lingua;Ente erogatore\n"
        "I1;Marketing digitale;3;6;online;it;Università di Bologna\n"
    )
    (document,) = read_csv(text)
    assert document.data == {
        "id": "I1",
        "title": "Marketing digitale",
        "workload": {"ects": 3},
        "level": {"eqf": 6},
        "participation": {"mode": "online"},
        "languages": ["it"],
        "awarding_bodies": [{"name": "Università di Bologna"}],
        "descriptor_version": "1.0",
    }


# ---------------------------------------------------------------- values


def loader_findings(document):
    """Loader findings as (rule, severity, pointer, sheet!cell)."""
    return sorted((f.rule, f.severity.value, f.pointer, f.origin.label()) for f in document.findings)


def test_numbers_typed_with_their_units_and_local_separators():
    text = (
        "id;ECTS;Hours;Price;Currency\n"
        "a;5 ECTS;125 h;1.250,00 €;€\n"
        "b;6 créditos;100 godz.;€450;EUR\n"
        "c;1,5 CFU;40 Std.;1 250,50;zł\n"
        "d;'3;'62,5;450 EUR;\n"
    )
    a, b, c, d = read_csv(text)
    assert (a.data["workload"], a.data["price"]) == ({"ects": 5, "hours": 125}, {"amount": 1250, "currency": "EUR"})
    assert (b.data["workload"], b.data["price"]) == ({"ects": 6, "hours": 100}, {"amount": 450, "currency": "EUR"})
    assert (c.data["workload"], c.data["price"]) == ({"ects": 1.5, "hours": 40}, {"amount": 1250.5, "currency": "PLN"})
    assert (d.data["workload"], d.data["price"]) == ({"ects": 3, "hours": 62.5}, {"amount": 450})
    assert not any(doc.findings for doc in (a, b, c, d))


@pytest.mark.parametrize(
    ("column", "typed"), [("Hours", "5 weeks"), ("ECTS", "125 h"), ("ECTS", "3-5"), ("Price", "5 ECTS")]
)
def test_a_number_with_another_fields_unit_or_a_range_is_kept_as_typed(column, typed):
    (document,) = read_csv(f"id;{column}\nx;{typed}\n")
    field = {"Hours": ("workload", "hours"), "ECTS": ("workload", "ects"), "Price": ("price", "amount")}[column]
    assert document.data[field[0]][field[1]] == typed


def test_a_number_whose_dot_may_group_thousands_is_kept_and_noted_at_its_cell():
    (document,) = read_csv("id;Hours\nx;1.000\n")
    assert document.data["workload"] == {"hours": "1.000"}
    assert loader_findings(document) == [("MC-SS-002", "warning", "/workload/hours", "cat!B2")]
    assert "may be 1000" in document.findings[0].message


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("Level 6", 6),
        ("EQF 6", 6),
        ("EQF-Level 6", 6),
        ("6 (Bachelor)", 6),
        ("Niveau 5", 5),
        ("EQR-Niveau 7", 7),
        ("Nivel 6", 6),
        ("Livello 4", 4),
        ("Poziom 6", 6),
        ("'6", 6),
        ("EQF 6 / NLQF 6", "EQF 6 / NLQF 6"),
        ("VI", "VI"),
        ("Level 6-7", "Level 6-7"),
    ],
)
def test_eqf_levels_written_with_their_words(typed, level):
    (document,) = read_csv(f"id;EQF level\nx;{typed}\n")
    assert document.data["level"] == {"eqf": level}


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("15.04.2027", "2027-04-15"),
        ("1.4.2027", "2027-04-01"),
        ("01-09-2027", "2027-09-01"),
        ("28/02/2027", "2027-02-28"),
        ("9/13/2027", "2027-09-13"),
        ("04/04/2027", "2027-04-04"),
        ("2027-3-1", "2027-03-01"),
        ("2027/03/01", "2027-03-01"),
        ("31.02.2027", "31.02.2027"),
        ("Jan 2027", "Jan 2027"),
    ],
)
def test_dates_typed_as_text_in_local_orders(typed, iso):
    (document,) = read_csv(f"id;Start date\nx;{typed}\n")
    assert document.data["participation"]["schedule"]["start"] == iso
    assert document.findings == []


def test_a_slashed_date_that_reads_both_ways_is_kept_and_noted_at_its_cell():
    (document,) = read_csv("id;Start date\nx;03/02/2027\n")
    assert document.data["participation"]["schedule"]["start"] == "03/02/2027"
    assert loader_findings(document) == [("MC-SS-002", "warning", "/participation/schedule/start", "cat!B2")]
    assert "2027-02-03 (day first) or 2027-03-02 (month first)" in document.findings[0].message


def test_a_dates_serial_number_in_a_cell_not_formatted_as_a_date(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["id", "Start date", "End date", "ECTS"])
    sheet.append(["s1", 46419, 1200, 46419])
    path = tmp_path / "serial.xlsx"
    book.save(path)
    (document,) = load_file(path)
    assert document.data["participation"]["schedule"] == {"start": "2027-02-01", "end": "1200"}
    assert document.data["workload"] == {"ects": 46419}
    assert loader_findings(document) == [("MC-SS-002", "info", "/participation/schedule/start", "Courses!B2")]


@pytest.mark.parametrize(("typed", "value"), [("sì", True), ("Tak", True), ("nie", False), ("'ja", True), ("✓", True)])
def test_yes_and_no_in_italian_and_polish(typed, value):
    (document,) = read_csv(f"id;EQAR registered\nx;{typed}\n")
    assert document.data["quality_assurance"]["external"]["eqar_registered"] is value


@pytest.mark.parametrize(
    ("typed", "duration"),
    [("6 Wochen", "P6W"), ("3 mesi", "P3M"), ("10 dni", "P10D"), ("2 semaines", "P2W"), ("1 Semester", "1 Semester")],
)
def test_durations_typed_as_a_count_and_unit(typed, duration):
    (document,) = read_csv(f"id;Duration\nx;{typed}\n")
    assert document.data["participation"]["schedule"]["duration"] == duration


def test_the_apostrophe_marking_text_in_excel_is_dropped_from_codes_not_from_texts():
    (document,) = read_csv("id;title;ISCED-F;Country\nx;'s-Hertogenbosch campus;'0613;'NL\n")
    assert document.data["field_of_education"] == "0613"
    assert document.data["awarding_bodies"] == [{"country": "NL"}]
    assert document.data["title"] == "'s-Hertogenbosch campus"
