"""Held-out catalogues written wholly in a provider's language by people who never saw our template: headers
in sixteen EU languages, values in local forms (credits "5 op", "7,5 hp", "3 CFU", "6 KT"; hours "30 óra";
dates "1.9.2026", "2026.09.01."; languages and countries by local name; modes and assessments in local
words), as semicolon CSV, an Excel sheet with a title row above its header, and CSV in cp1252 or UTF-16.
Every expectation was written before the reader ran on the file."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import openpyxl
import pytest

from qa_checker import vocab
from qa_checker.aliases import concept_for
from qa_checker.loaders import cell_values, tabular
from qa_checker.loaders.columns import ColumnResolver, field_for_path
from qa_checker.pointer import walk

FIELDS = (
    "title",
    "workload.ects",
    "workload.hours",
    "languages",
    "participation.mode",
    "assessment.types",
    "level.eqf",
    "participation.schedule.start",
    "awarding_bodies.0.country",
    "awarding_bodies.0.name",
)

# Per language: the header of each field, then one course as typed and as it must be read.
CATALOGUES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[Any, ...]]] = {
    "de": (
        (
            "Bezeichnung",
            "ECTS-Punkte",
            "Arbeitsaufwand (Stunden)",
            "Unterrichtssprache",
            "Lernform",
            "Prüfungsform",
            "EQR-Niveau",
            "Beginn",
            "Land",
            "Anbieter",
        ),
        (
            "Datenanalyse",
            "5",
            "150 Std.",
            "Deutsch",
            "Präsenz",
            "Klausur",
            "6",
            "1.9.2026",
            "Deutschland",
            "Hochschule Musterstadt",
        ),
        (
            "Datenanalyse",
            5,
            150,
            ["de"],
            "onsite",
            ["written-examination"],
            6,
            "2026-09-01",
            "DE",
            "Hochschule Musterstadt",
        ),
    ),
    "fr": (
        (
            "Intitulé de la formation",
            "Crédits ECTS",
            "Volume horaire",
            "Langue d'enseignement",
            "Modalité",
            "Modalités d'évaluation",
            "Niveau CEC",
            "Date de début",
            "Pays",
            "Établissement",
        ),
        (
            "Gestion de projet",
            "6",
            "30 h",
            "français",
            "à distance",
            "contrôle continu",
            "6",
            "01/09/2026",
            "France",
            "Université de Lille",
        ),
        (
            "Gestion de projet",
            6,
            30,
            ["fr"],
            "online",
            ["continuous-evaluation"],
            6,
            "2026-09-01",
            "FR",
            "Université de Lille",
        ),
    ),
    "es": (
        (
            "Denominación",
            "Créditos ECTS",
            "Horas",
            "Idioma de impartición",
            "Modalidad",
            "Sistema de evaluación",
            "Nivel MEC",
            "Fecha de inicio",
            "País",
            "Universidad",
        ),
        (
            "Ciberseguridad",
            "3",
            "75",
            "español",
            "semipresencial",
            "examen escrito",
            "5",
            "1 de septiembre de 2026",
            "España",
            "Universidad de Granada",
        ),
        (
            "Ciberseguridad",
            3,
            75,
            ["es"],
            "blended",
            ["written-examination"],
            5,
            "2026-09-01",
            "ES",
            "Universidad de Granada",
        ),
    ),
    "it": (
        (
            "Nome del corso",
            "CFU",
            "Ore totali",
            "Lingua di erogazione",
            "Modalità di erogazione",
            "Modalità di verifica",
            "Livello EQF",
            "Data di inizio",
            "Paese",
            "Ateneo",
        ),
        (
            "Economia circolare",
            "3 CFU",
            "75",
            "italiano",
            "in presenza",
            "esame orale",
            "5",
            "01/10/2026",
            "Italia",
            "Università di Bologna",
        ),
        (
            "Economia circolare",
            3,
            75,
            ["it"],
            "onsite",
            ["oral-examination"],
            5,
            "2026-10-01",
            "IT",
            "Università di Bologna",
        ),
    ),
    "nl": (
        (
            "Opleidingsnaam",
            "Studiepunten",
            "Studiebelasting (uren)",
            "Voertaal",
            "Onderwijsvorm",
            "Toetsvorm",
            "EQF-niveau",
            "Startdatum",
            "Land",
            "Instelling",
        ),
        (
            "Duurzaam bouwen",
            "4 EC",
            "112",
            "Nederlands",
            "op afstand",
            "schriftelijk tentamen",
            "6",
            "1-9-2026",
            "Nederland",
            "Hogeschool Utrecht",
        ),
        (
            "Duurzaam bouwen",
            4,
            112,
            ["nl"],
            "online",
            ["written-examination"],
            6,
            "2026-09-01",
            "NL",
            "Hogeschool Utrecht",
        ),
    ),
    "pl": (
        (
            "Nazwa kursu",
            "Punkty ECTS",
            "Liczba godzin",
            "Język wykładowy",
            "Forma zajęć",
            "Forma zaliczenia",
            "Poziom PRK/ERK",
            "Data rozpoczęcia",
            "Kraj",
            "Uczelnia",
        ),
        (
            "Analiza danych",
            "5 kredytów",
            "30 godz.",
            "polski",
            "zdalnie",
            "egzamin pisemny",
            "6",
            "01.10.2026",
            "Polska",
            "Politechnika Warszawska",
        ),
        (
            "Analiza danych",
            5,
            30,
            ["pl"],
            "online",
            ["written-examination"],
            6,
            "2026-10-01",
            "PL",
            "Politechnika Warszawska",
        ),
    ),
    "pt": (
        (
            "Designação",
            "Créditos ECTS",
            "Horas de trabalho",
            "Língua de ensino",
            "Regime de ensino",
            "Método de avaliação",
            "Nível QEQ",
            "Data de início",
            "País",
            "Instituição",
        ),
        (
            "Gestão de dados",
            "6",
            "162",
            "português",
            "b-learning",
            "exame escrito",
            "5",
            "15/09/2026",
            "Portugal",
            "Universidade do Porto",
        ),
        (
            "Gestão de dados",
            6,
            162,
            ["pt"],
            "blended",
            ["written-examination"],
            5,
            "2026-09-15",
            "PT",
            "Universidade do Porto",
        ),
    ),
    "sv": (
        (
            "Kursnamn",
            "Högskolepoäng",
            "Antal timmar",
            "Undervisningsspråk",
            "Studieform",
            "Examinationsform",
            "EQF-nivå",
            "Kursstart",
            "Land",
            "Lärosäte",
        ),
        (
            "Maskininlärning",
            "7,5 hp",
            "200",
            "svenska",
            "distans",
            "skriftlig tentamen",
            "6",
            "2026-09-01",
            "Sverige",
            "Lunds universitet",
        ),
        (
            "Maskininlärning",
            7.5,
            200,
            ["sv"],
            "online",
            ["written-examination"],
            6,
            "2026-09-01",
            "SE",
            "Lunds universitet",
        ),
    ),
    "fi": (
        (
            "Opintojakson nimi",
            "Laajuus (op)",
            "Tuntimäärä",
            "Opetuskieli",
            "Toteutustapa",
            "Arviointitapa",
            "EQF-taso",
            "Alkamispäivä",
            "Maa",
            "Korkeakoulu",
        ),
        (
            "Tietoturva",
            "5 op",
            "135",
            "suomi",
            "verkko-opetus",
            "kirjallinen tentti",
            "6",
            "1.9.2026",
            "Suomi",
            "Aalto-yliopisto",
        ),
        ("Tietoturva", 5, 135, ["fi"], "online", ["written-examination"], 6, "2026-09-01", "FI", "Aalto-yliopisto"),
    ),
    "cs": (
        (
            "Název kurzu",
            "Počet kreditů",
            "Počet hodin",
            "Jazyk výuky",
            "Forma výuky",
            "Způsob ukončení",
            "Úroveň EQF",
            "Datum zahájení",
            "Země",
            "Vysoká škola",
        ),
        (
            "Datová analytika",
            "4",
            "100",
            "čeština",
            "prezenční",
            "písemná zkouška",
            "6",
            "1. 9. 2026",
            "Česko",
            "Masarykova univerzita",
        ),
        (
            "Datová analytika",
            4,
            100,
            ["cs"],
            "onsite",
            ["written-examination"],
            6,
            "2026-09-01",
            "CZ",
            "Masarykova univerzita",
        ),
    ),
    "hu": (
        (
            "Megnevezés",
            "Kredit",
            "Óraszám",
            "Oktatás nyelve",
            "Munkarend",
            "Számonkérés módja",
            "EKKR szint",
            "Kezdés dátuma",
            "Ország",
            "Intézmény",
        ),
        (
            "Adatelemzés",
            "5 kredit",
            "30 óra",
            "magyar",
            "online",
            "írásbeli vizsga",
            "6",
            "2026.09.01.",
            "Magyarország",
            "Debreceni Egyetem",
        ),
        ("Adatelemzés", 5, 30, ["hu"], "online", ["written-examination"], 6, "2026-09-01", "HU", "Debreceni Egyetem"),
    ),
    "ro": (
        (
            "Denumire",
            "Credite ECTS",
            "Număr de ore",
            "Limba de predare",
            "Forma de învățământ",
            "Forma de evaluare",
            "Nivel EQF",
            "Data începerii",
            "Țara",
            "Instituția",
        ),
        (
            "Analiza datelor",
            "5",
            "125",
            "română",
            "cu frecvență",
            "examen scris",
            "6",
            "01.10.2026",
            "România",
            "Universitatea din București",
        ),
        (
            "Analiza datelor",
            5,
            125,
            ["ro"],
            "onsite",
            ["written-examination"],
            6,
            "2026-10-01",
            "RO",
            "Universitatea din București",
        ),
    ),
    "el": (
        (
            "Τίτλος",
            "Πιστωτικές μονάδες ECTS",
            "Ώρες",
            "Γλώσσα διδασκαλίας",
            "Τρόπος παρακολούθησης",
            "Τρόπος αξιολόγησης",
            "Επίπεδο EQF",
            "Ημερομηνία έναρξης",
            "Χώρα",
            "Ίδρυμα",
        ),
        (
            "Ανάλυση δεδομένων",
            "5",
            "125",
            "Ελληνικά",
            "εξ αποστάσεως",
            "γραπτή εξέταση",
            "6",
            "01/10/2026",
            "Ελλάδα",
            "Πανεπιστήμιο Αθηνών",
        ),
        (
            "Ανάλυση δεδομένων",
            5,
            125,
            ["el"],
            "online",
            ["written-examination"],
            6,
            "2026-10-01",
            "GR",
            "Πανεπιστήμιο Αθηνών",
        ),
    ),
    "hr": (
        (
            "Naziv kolegija",
            "ECTS bodovi",
            "Broj sati",
            "Jezik izvođenja",
            "Način izvođenja",
            "Način provjere znanja",
            "Razina EQF",
            "Datum početka",
            "Država",
            "Ustanova",
        ),
        (
            "Analiza podataka",
            "5",
            "125",
            "hrvatski",
            "na daljinu",
            "pismeni ispit",
            "6",
            "1.10.2026.",
            "Hrvatska",
            "Sveučilište u Zagrebu",
        ),
        (
            "Analiza podataka",
            5,
            125,
            ["hr"],
            "online",
            ["written-examination"],
            6,
            "2026-10-01",
            "HR",
            "Sveučilište u Zagrebu",
        ),
    ),
    "sl": (
        (
            "Naziv predmeta",
            "Kreditne točke",
            "Število ur",
            "Jezik izvajanja",
            "Način izvajanja",
            "Način preverjanja znanja",
            "Raven EOK",
            "Datum začetka",
            "Država",
            "Izvajalec",
        ),
        (
            "Analiza podatkov",
            "6 KT",
            "180",
            "slovenščina",
            "na daljavo",
            "pisni izpit",
            "6",
            "1. 10. 2026",
            "Slovenija",
            "Univerza v Ljubljani",
        ),
        (
            "Analiza podatkov",
            6,
            180,
            ["sl"],
            "online",
            ["written-examination"],
            6,
            "2026-10-01",
            "SI",
            "Univerza v Ljubljani",
        ),
    ),
    "da": (
        (
            "Kursusnavn",
            "ECTS-point",
            "Timer",
            "Undervisningssprog",
            "Undervisningsform",
            "Eksamensform",
            "EQF-niveau",
            "Startdato",
            "Land",
            "Uddannelsesinstitution",
        ),
        (
            "Dataanalyse",
            "5",
            "135",
            "dansk",
            "fjernundervisning",
            "skriftlig eksamen",
            "6",
            "01-09-2026",
            "Danmark",
            "Aarhus Universitet",
        ),
        ("Dataanalyse", 5, 135, ["da"], "online", ["written-examination"], 6, "2026-09-01", "DK", "Aarhus Universitet"),
    ),
}
LANGUAGES = sorted(CATALOGUES)
# Western languages a cp1252 CSV can hold (Danish here in ASCII letters only); the others are saved as UTF-16, as
# Excel's "Unicode text" does.
CP1252 = {"de", "fr", "es", "it", "nl", "pt", "sv", "da"}


def _misreads(documents, expected_rows: list[tuple[Any, ...]]) -> list[str]:
    """Every expectation the reading missed: a lost row, an unread column, a wrong value."""
    wrong = [f"{len(documents)} descriptors read, {len(expected_rows)} expected"] * (
        len(documents) != len(expected_rows)
    )
    for document, expected in zip(documents, expected_rows, strict=False):
        for field, want in zip(FIELDS, expected, strict=True):
            got = walk(document.data, field.split("."))
            if got != want:
                wrong.append(f"{field}: {got!r} != {want!r}")
    return wrong


def _csv(headers, rows, encoding: str, delimiter: str = ";") -> bytes:
    lines = [delimiter.join(headers)] + [delimiter.join(str(v) for v in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_semicolon_csv_in_the_providers_language_is_read_whole(language):
    headers, typed, expected = CATALOGUES[language]
    documents = tabular.load_csv(_csv(headers, [typed], "utf-8"), f"katalog-{language}.csv")
    assert _misreads(documents, [expected]) == []
    assert [f.message for d in documents for f in d.findings] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_excel_sheet_with_a_title_row_and_date_cells_is_read_whole(language):
    headers, typed, expected = CATALOGUES[language]
    start = FIELDS.index("participation.schedule.start")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = f"Katalog {language}"
    sheet.append([f"{typed[FIELDS.index('awarding_bodies.0.name')]} 2026/27"])
    sheet.append([])
    sheet.append(list(headers))
    row = list(typed)
    row[start] = datetime.fromisoformat(expected[start])
    sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    documents = tabular.load_xlsx(out.getvalue(), f"katalog-{language}.xlsx")
    assert _misreads(documents, [expected]) == []
    assert all(f.rule != "MC-SS-001" for d in documents for f in d.findings)


@pytest.mark.parametrize("language", ["da", "el", "hu", "pl", "ro"])
def test_a_csv_saved_as_utf16_or_plain_cp1252_with_two_courses_is_read_whole(language):
    headers, typed, expected = CATALOGUES[language]
    second = list(typed)
    second[0] = typed[0] + " II"
    want = list(expected)
    want[0] = expected[0] + " II"
    encoding = "cp1252" if language in CP1252 else "utf-16"
    documents = tabular.load_csv(_csv(headers, [typed, second], encoding), f"export-{language}.csv")
    assert _misreads(documents, [expected, tuple(want)]) == []


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_a_cp1252_csv_with_accented_letters_is_read_with_a_warning_naming_its_code_page(language):
    headers, typed, expected = CATALOGUES[language]
    documents = tabular.load_csv(_csv(headers, [typed], "cp1252"), f"export-{language}.csv")
    assert _misreads(documents, [expected]) == []
    (finding,) = (f for f in documents[0].findings if "UTF-8" in f.message)
    assert "read as Windows-1252" in finding.message and finding.origin.line == 1


# ------------------------------------------------------------ the classes of misreading each fix covers


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Megnevezés", "title"),
        ("Oktatás nyelve", "languages"),
        ("Óraszám", "workload.hours"),
        ("Számonkérés módja", "assessment.types"),
        ("Munkarend", "participation.mode"),
        ("Ország", "awarding_bodies.0.country"),
        ("Denumire", "title"),
        ("Credite ECTS", "workload.ects"),
        ("Rezultatele învățării", "learning_outcomes"),
        ("Data încheierii", "participation.schedule.end"),
        ("Condiții de admitere", "prerequisites"),
        ("Τίτλος", "title"),
        ("Μαθησιακά αποτελέσματα", "learning_outcomes"),
        ("Ημερομηνία λήξης", "participation.schedule.end"),
        ("Προαπαιτούμενα", "prerequisites"),
        ("Δίδακτρα", "price.amount"),
        ("Naziv predmeta", "title"),
        ("Kreditne točke", "workload.ects"),
        ("Učni izidi", "learning_outcomes"),
        ("Raven EOK", "level.eqf"),
        ("Ciljna skupina", "target_group"),
        ("Opleidingsnaam", "title"),
    ],
)
def test_hungarian_romanian_greek_and_slovene_headers_name_their_fields(header, field):
    resolved = ColumnResolver().resolve(header)
    assert resolved is not None and resolved.dotted == field


@pytest.mark.parametrize(
    ("path", "typed", "number"),
    [
        ("workload.ects", "5 op", 5),
        ("workload.ects", "7,5 hp", 7.5),
        ("workload.ects", "5 kredytów", 5),
        ("workload.ects", "4 kredity", 4),
        ("workload.ects", "6 KT", 6),
        ("workload.ects", "5 kredit", 5),
        ("workload.ects", "5 credite", 5),
        ("workload.ects", "5 πιστωτικές μονάδες", 5),
        ("workload.ects", "6 bodova", 6),
        ("workload.ects", "5 opintopistettä", 5),
        ("workload.ects", "3 EAP", 3),
        ("workload.hours", "30 óra", 30),
        ("workload.hours", "125 ώρες", 125),
        ("workload.hours", "40 hodin", 40),
        ("workload.hours", "90 ur", 90),
        ("workload.hours", "60 sati", 60),
        ("workload.hours", "200 timmar", 200),
        ("workload.hours", "135 timer", 135),
        ("workload.hours", "135 tuntia", 135),
    ],
)
def test_credits_and_hours_with_their_unit_in_each_language_are_the_number(path, typed, number):
    assert cell_values.convert(typed, field_for_path(path)).value == number


@pytest.mark.parametrize("typed", ["5 op extra", "5 hp/week", "30 óra hetente"])
def test_a_unit_with_more_words_beside_it_is_still_kept_as_typed(typed):
    path = "workload.hours" if "óra" in typed else "workload.ects"
    assert cell_values.convert(typed, field_for_path(path)).value == typed


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("1.10.2026.", "2026-10-01"),
        ("01. 10. 2026.", "2026-10-01"),
        ("2026.09.01.", "2026-09-01"),
        ("2026. 09. 01.", "2026-09-01"),
        ("2026.9.1", "2026-09-01"),
    ],
)
def test_a_date_closed_with_a_dot_as_croatian_and_hungarian_write_it_is_read(typed, iso):
    assert cell_values.convert(typed, field_for_path("participation.schedule.start")).value == iso


@pytest.mark.parametrize(
    "header", ["Date de début", "Data di inizio", "Fecha de inicio", "Ημερομηνία έναρξης", "Datum početka"]
)
def test_a_slashed_date_under_a_header_in_a_day_first_language_is_read_day_first(header):
    (document,) = tabular.load_csv(f"Titre;{header}\nCours;03/02/2027\n".encode(), "c.csv")
    assert document.data["participation"]["schedule"]["start"] == "2027-02-03"
    assert document.findings == []


@pytest.mark.parametrize("header", ["Start date", "Start", "participation.schedule.start"])
def test_a_slashed_date_under_an_english_or_template_header_is_still_kept_and_noted(header):
    (document,) = tabular.load_csv(f"Title;{header}\nCourse;03/02/2027\n".encode(), "c.csv")
    assert document.data["participation"]["schedule"]["start"] == "03/02/2027"
    assert any("(month first)" in f.message for f in document.findings)


@pytest.mark.parametrize(
    ("vocabulary", "word", "slug"),
    [
        ("participation-modes", "távoktatás", "online"),
        ("participation-modes", "cu frecvență", "onsite"),
        ("participation-modes", "εξ αποστάσεως", "online"),
        ("participation-modes", "δια ζώσης", "onsite"),
        ("participation-modes", "na daljavo", "online"),
        ("participation-modes", "hibrid", "blended"),
        ("assessment-types", "írásbeli vizsga", "written-examination"),
        ("assessment-types", "examen scris", "written-examination"),
        ("assessment-types", "προφορική εξέταση", "oral-examination"),
        ("assessment-types", "pisni izpit", "written-examination"),
        ("assessment-types", "evaluare continuă", "continuous-evaluation"),
        ("assessment-types", "beadandó", "marked-assignment"),
    ],
)
def test_modes_and_assessments_in_hungarian_romanian_greek_and_slovene_are_their_codes(vocabulary, word, slug):
    assert concept_for(word, frozenset(vocab.get(vocabulary).concepts)) == slug


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("1. října 2026", "2026-10-01"),
        ("2026. október 1.", "2026-10-01"),
        ("1 Οκτωβρίου 2026", "2026-10-01"),
        ("1 octombrie 2026", "2026-10-01"),
        ("1. lokakuuta 2026", "2026-10-01"),
        ("15. novembra 2026", "2026-11-15"),
        ("3 mars 2027", "2027-03-03"),
    ],
)
def test_a_date_with_its_month_named_in_any_catalogue_language_is_read(typed, iso):
    assert cell_values.convert(typed, field_for_path("participation.schedule.start")).value == iso


@pytest.mark.parametrize("typed", ["1. listopada 2026.", "15 listopada 2026", "1. listopad 2026"])
def test_a_month_name_two_languages_give_different_months_is_kept_as_typed(typed):
    # Croatian "listopad" is October, Czech and Polish "listopad" November: no month is guessed.
    assert cell_values.convert(typed, field_for_path("participation.schedule.start")).value == typed


@pytest.mark.parametrize(
    ("typed", "flag"),
    [
        ("Kyllä", True),
        ("ei", False),
        ("Igen", True),
        ("Nem", False),
        ("Ano", True),
        ("ne", False),
        ("Da", True),
        ("Nu", False),
        ("ΝΑΙ", True),
        ("ΟΧΙ", False),
        ("Sim", True),
        ("Não", False),
        ("nej", False),
        ("SANT", True),
        ("FALSKT", False),
        ("PRAWDA", True),
        ("FAŁSZ", False),
    ],
)
def test_yes_and_no_in_each_language_of_the_descriptors_are_a_boolean(typed, flag):
    field = field_for_path("quality_assurance.external.eqar_registered")
    assert cell_values.convert(typed, field).value is flag


@pytest.mark.parametrize(
    ("typed", "level"),
    [
        ("6. szint", 6),
        ("EKKR 6", 6),
        ("razina 6", 6),
        ("EOK 6", 6),
        ("raven 5", 5),
        ("επίπεδο 6", 6),
        ("úroveň 7", 7),
        ("taso 6", 6),
        ("nivå 5", 5),
        ("6. Stufe", 6),
        ("EKKR VI", 6),
    ],
)
def test_an_eqf_level_with_its_word_or_initials_in_each_language_is_the_number(typed, level):
    assert cell_values.convert(typed, field_for_path("level.eqf")).value == level


@pytest.mark.parametrize("typed", ["szint 6 vagy 7", "6. szint (BSc)?"])
def test_a_level_with_more_words_beside_it_is_kept_as_typed(typed):
    assert cell_values.convert(typed, field_for_path("level.eqf")).value == typed


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("6 hét", "P6W"),
        ("3 săptămâni", "P3W"),
        ("6 εβδομάδες", "P6W"),
        ("6 tednov", "P6W"),
        ("6 tjedana", "P6W"),
        ("6 viikkoa", "P6W"),
        ("6 veckor", "P6W"),
        ("6 týdnů", "P6W"),
        ("4 uger", "P4W"),
        ("2 hónap", "P2M"),
        ("3 mjeseca", "P3M"),
        ("2 månader", "P2M"),
        ("10 dní", "P10D"),
        ("5 zile", "P5D"),
        ("1 év", "P1Y"),
        ("2 år", "P2Y"),
    ],
)
def test_a_duration_in_words_of_each_language_is_an_iso_duration(typed, iso):
    assert cell_values.convert(typed, field_for_path("participation.schedule.duration")).value == iso


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Megnevezés (angol)", "title.en"),
        ("Megnevezés (magyar)", "title.hu"),
        ("Τίτλος (Αγγλικά)", "title.en"),
        ("Denumire (engleză)", "title.en"),
        ("Naziv predmeta (engleski)", "title.en"),
        ("Kursnamn (engelska)", "title.en"),
        ("Opintojakson nimi (englanti)", "title.en"),
        ("Tanulási eredmények (angol)", "learning_outcomes.en"),
    ],
)
def test_a_header_naming_its_language_in_the_catalogues_own_language_gives_that_language(header, field):
    resolved = ColumnResolver().resolve(header)
    assert resolved is not None and resolved.dotted == field


def test_a_bilingual_hungarian_sheet_reads_both_titles():
    text = "Megnevezés (magyar);Megnevezés (angol);Kredit\nAdatelemzés;Data analysis;5 kredit\n"
    (document,) = tabular.load_csv(text.encode(), "kurzusok.csv")
    assert document.data["title"] == {"hu": "Adatelemzés", "en": "Data analysis"}
    assert document.data["workload"]["ects"] == 5
