"""Catalogues as QA agencies and providers really keep them: headers in their own words and languages,
notes and totals around the table, values typed with units, local dates and bullets."""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular
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
