"""Catalogues as agencies and providers make them: languages named in headers and cells, numbering
columns, hidden rows and sheets, and Excel's 1904 date system."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver, numbering


def read_csv(text: str, name: str = "cat.csv"):
    return tabular.load_csv(text.encode(), name)


def saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def located(document):
    return sorted(
        (f.rule, f.severity.value, f.pointer, f.origin.label() if f.origin else "") for f in document.findings
    )


# ---------------------------------------------------------------- languages named in headers


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Titel (Deutsch)", "title.de"),
        ("Title (English)", "title.en"),
        ("Titre (français)", "title.fr"),
        ("Titre (Francais)", "title.fr"),
        ("Learning outcomes – English", "learning_outcomes.en"),
        ("Lernergebnisse (Englisch)", "learning_outcomes.en"),
        ("Title [German]", "title.de"),
        ("Title: English", "title.en"),
        ("Title_English", "title.en"),
        ("Title in English", "title.en"),
        ("Titel auf Deutsch", "title.de"),
        ("Titre en anglais", "title.en"),
        ("Titolo in inglese", "title.en"),
        ("Título (inglés)", "title.en"),
        ("Título en español", "title.es"),
        ("Naam (Nederlands)", "title.nl"),
        ("Tytuł (angielski)", "title.en"),
        ("Opis (polski)", "summary.pl"),
        ("English title", "title.en"),
        ("German summary", "summary.de"),
        # inflected, and after words naming a language
        ("Englischer Titel", "title.en"),
        ("Deutsche Beschreibung", "summary.de"),
        ("Englische Lernergebnisse", "learning_outcomes.en"),
        ("Engelse titel", "title.en"),
        ("Titolo in lingua inglese", "title.en"),
        ("Titolo in lingua italiana", "title.it"),
        ("Título en lengua inglesa", "title.en"),
        ("Titre en langue française", "title.fr"),
        ("Tytuł w języku angielskim", "title.en"),
        ("Tytuł (j. angielski)", "title.en"),
        ("Opis po polsku", "summary.pl"),
        ("Beschreibung - Deutsch", "summary.de"),
        # codes still work, and are not taken for names
        ("Title (nl)", "title.nl"),
        ("Learning outcomes EN", "learning_outcomes.en"),
    ],
)
def test_a_header_naming_its_language_in_an_interface_language_fills_that_language(header, path):
    assert ColumnResolver().resolve(header).dotted == path


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Title (required)", "title"),
        ("Language (English)", "languages"),  # not a text field: the language column itself
        ("Leistungspunkte (ECTS)", "workload.ects"),
    ],
)
def test_a_note_that_is_no_language_or_a_field_that_is_not_text_keeps_its_reading(header, path):
    assert ColumnResolver().resolve(header).dotted == path


@pytest.mark.parametrize("header", ["Title English German", "Title (Klingon)", "Title " + "English " * 100])
def test_headers_that_name_no_field_in_one_language(header):
    found = ColumnResolver().resolve(header)
    assert found is None or found.dotted == "title"


def test_a_catalogue_with_titles_in_two_named_languages():
    (document,) = read_csv(
        "id;Titel (Deutsch);Titel (Englisch);Lernergebnisse – Deutsch\nk1;Datenschutz;Privacy;Analysieren\n"
    )
    assert document.data["title"] == {"de": "Datenschutz", "en": "Privacy"}
    assert document.data["learning_outcomes"] == [{"de": "Analysieren"}]
    assert not document.findings


def test_a_mapping_still_wins_over_a_language_name():
    resolver = ColumnResolver({"titeldeutsch": "summary.de"})
    assert resolver.resolve("Titel (Deutsch)").dotted == "summary.de"


# ---------------------------------------------------------------- several languages in one cell


@pytest.mark.parametrize(
    ("cell", "codes"),
    [
        ("English/German", ["en", "de"]),
        ("EN, DE", ["en", "de"]),
        ("EN / DE", ["en", "de"]),
        ("Deutsch und Englisch", ["de", "en"]),
        ("English; French", ["en", "fr"]),
        ("English and French", ["en", "fr"]),
        ("français et anglais", ["fr", "en"]),
        ("Nederlands en Engels", ["nl", "en"]),
        ("polski i angielski", ["pl", "en"]),
        ("italiano e inglese", ["it", "en"]),
        ("English & Spanish", ["en", "es"]),
        ("English", ["en"]),
    ],
)
def test_a_language_cell_naming_several_languages_gives_their_codes(cell, codes):
    (document,) = read_csv(f'id,Language\nx,"{cell}"\n')
    assert document.data["languages"] == codes
    assert not document.findings


@pytest.mark.parametrize(("cell", "kept"), [("EN/Klingon", ["EN/Klingon"]), ("Tom and Jerry", ["Tom and Jerry"])])
def test_a_language_cell_that_does_not_split_into_known_languages_is_kept_for_the_schema(cell, kept):
    (document,) = read_csv(f'id,Language\nx,"{cell}"\n')
    assert document.data["languages"] == kept


def test_joining_words_split_a_list_of_values_where_each_part_is_one():
    (document,) = read_csv('id,Assessment\nx,"written examination/oral examination"\n')
    assert document.data["assessment"]["types"] == ["written-examination", "oral-examination"]
    (document,) = read_csv('id,Assessment\nx,"written examination/lab work"\n')
    assert document.data["assessment"]["types"] == ["written examination/lab work"]


# ---------------------------------------------------------------- numbering columns as the id


@pytest.mark.parametrize("header", ["Nr.", "No.", "N°", "Nº", "№", "Lp.", "L.p.", "#", "nr"])
def test_a_numbering_column_is_the_id_where_no_column_names_one(header):
    assert numbering(header)
    first, second = read_csv(f"{header};Titel;ECTS\n1;Datenschutz;5\n2;Statistik;3\n")
    assert (first.data["id"], second.data["id"]) == ("1", "2")
    assert first.origins["/id"].label() == "cat!A2"
    assert not first.findings


@pytest.mark.parametrize("header", ["LP", "Name", "Number of places", "No. of students"])
def test_other_headers_are_not_numbering(header):
    assert not numbering(header)


def test_german_credit_points_lp_stay_unknown_and_never_become_the_id():
    (document,) = read_csv("Titel;ECTS;LP\nDatenschutz;5;5\n")
    assert "id" not in document.data
    assert [f.origin.label() for f in document.findings] == ["cat!C2"]


def test_with_an_id_column_a_numbering_column_is_not_the_id():
    (document,) = read_csv("Lp.;Kod kursu;Nazwa\n1;K-7;Ochrona danych\n")
    assert document.data["id"] == "K-7"
    assert [f.origin.label() for f in document.findings] == ["cat!A2"]


# ---------------------------------------------------------------- hidden rows


def test_hidden_rows_are_read_and_noted_at_the_row():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["id", "title", "ECTS"])
    sheet.append(["a", "Current", 5])
    sheet.append(["b", "Withdrawn", 3])
    sheet.append(["c", "Current too", 4])
    sheet.row_dimensions[3].hidden = True
    a, b, c = tabular.load_xlsx(saved(book), "cat.xlsx")
    assert [d.data["title"] for d in (a, b, c)] == ["Current", "Withdrawn", "Current too"]
    assert not a.findings and not c.findings
    assert located(b) == [("MC-SS-003", "info", "", "Courses!A3:C3")]
    assert b.findings[0].message == "row 3 of sheet 'Courses' is hidden; it was read and checked like the visible rows"


# ---------------------------------------------------------------- Excel's 1904 date system


@pytest.mark.parametrize(("epoch", "read"), [(None, "2023-03-15"), (CALENDAR_MAC_1904, "2027-03-16")])
def test_a_dates_serial_number_counts_from_the_workbooks_epoch(epoch, read):
    book = openpyxl.Workbook()
    if epoch is not None:
        book.epoch = epoch
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["id", "Start date", "End date"])
    sheet.append(["x", 45000, datetime(2027, 6, 30)])
    sheet["C2"].number_format = "yyyy-mm-dd"
    (document,) = tabular.load_xlsx(saved(book), "cat.xlsx")
    assert document.data["participation"]["schedule"] == {"start": read, "end": "2027-06-30"}
    assert located(document) == [("MC-SS-002", "info", "/participation/schedule/start", "Courses!B2")]
    assert f"it was read as {read}" in document.findings[0].message


def test_a_1904_serial_after_2100_is_not_a_date():
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["id", "Start date"])
    sheet.append(["x", 73000])  # 2099-11-10 in the 1900 system, in 2103 in the 1904 one
    (document,) = tabular.load_xlsx(saved(book), "cat.xlsx")
    assert document.data["participation"]["schedule"] == {"start": "73000"}


def test_a_header_in_two_rows_naming_languages_under_a_merged_field():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kurse"
    sheet.append(["Kurs-Nr.", "Titel", None, "ECTS"])
    sheet.append([None, "Deutsch", "Englisch", None])
    sheet.append(["k1", "Datenschutz", "Data protection", 5])
    for merged in ("A1:A2", "B1:C1", "D1:D2"):
        sheet.merge_cells(merged)
    (document,) = tabular.load_xlsx(saved(book), "kurse.xlsx")
    assert document.data["title"] == {"de": "Datenschutz", "en": "Data protection"}
    assert document.origins["/title/en"].label() == "Kurse!C3"


# Headers of six providers' catalogues (third sweep): each names its field, as the aliases now know it.
@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Risultati di apprendimento attesi", "learning_outcomes"),
        ("Resultados de aprendizaje esperados", "learning_outcomes"),
        ("Objectifs pédagogiques", "learning_outcomes"),
        ("Compétences visées", "learning_outcomes"),
        ("Lernziele / Kompetenzen", "learning_outcomes"),
        ("Modalità di verifica", "assessment.types"),
        ("Type d'examen", "assessment.types"),
        ("Metody weryfikacji efektów uczenia się", "assessment.types"),
        ("Modalités pédagogiques", "participation.mode"),
        ("Modalidad de enseñanza", "participation.mode"),
        ("Nombre d'heures", "workload.hours"),
        ("Horas de dedicación", "workload.hours"),
        ("Impegno orario", "workload.hours"),
        ("Anzahl ECTS", "workload.ects"),
        ("Niveau DQR", "level.nqf.level"),
        ("Nazione", "awarding_bodies.0.country"),
    ],
)
def test_provider_headers_of_the_third_sweep_name_their_fields(header, path):
    assert ColumnResolver().resolve(header).dotted == path


def test_a_catalogue_naming_its_id_and_title_among_unknown_headers_is_read():
    """Two known headers of five were refused as no header at all, and the whole file with them; each
    unknown column is reported instead, in one warning."""
    (document,) = read_csv("ID;Titel;Colonne A;Colonne B;Colonne C\nC1;Cours;a;b;c\n")
    assert document.data["id"] == "C1" and document.data["title"] == "Cours"
    (warning,) = [f for f in document.findings if f.rule == "MC-SS-001"]
    assert "C 'Colonne A', D 'Colonne B', E 'Colonne C'" in warning.message


def test_a_row_is_told_its_ignored_columns_once_however_many_they_are():
    """A catalogue with a dozen columns of its own (lecturer, room, internal codes) gave each row a warning per
    column; each row now has one, naming its ignored cells and columns, at the range they span."""
    extra = [f"Intern {n}" for n in range(1, 13)]
    text = ";".join(["ID", "Titel", *extra, "ECTS", "Land", ""]) + "\n"
    text += ";".join(["C1", "Cours", *(f"v{n}" for n in range(12)), "5", "NL", "x"]) + "\n"
    text += ";".join(["C2", "Cours 2", *([""] * 11), "v", "5", "NL", ""]) + "\n"
    first, second = read_csv(text)
    (warning,) = [f for f in first.findings if f.rule == "MC-SS-001"]
    assert warning.origin.cell == "C2:Q2"
    assert warning.message.startswith("the values in C2, D2, E2, F2, G2, H2, I2, J2, K2, L2, ... (+3) were ignored")
    assert warning.message.endswith("J 'Intern 8', K 'Intern 9', L 'Intern 10', ... (+3)")
    assert first.data["workload"] == {"ects": 5}
    assert [(f.message, f.origin.cell) for f in second.findings if f.rule == "MC-SS-001"] == [
        ("column N 'Intern 12' does not name a descriptor field; the value in N3 was ignored", "N3")
    ]


@pytest.mark.parametrize(
    ("cell", "slug"),
    [("híbrido", "blended"), ("distanciel", "online"), ("ibrido", "blended"), ("formation mixte", "blended")],
)
def test_local_words_for_a_mode_are_read_as_its_concept(cell, slug):
    (document,) = read_csv(f"id;title;mode\nC1;Course;{cell}\n")
    assert document.data["participation"]["mode"] == slug


@pytest.mark.parametrize(
    ("cell", "slug"),
    [("portafolio", "portfolio"), ("QCM", "quiz"), ("mise en situation professionnelle", "practical-assessment")],
)
def test_local_words_for_an_assessment_are_read_as_its_concept(cell, slug):
    (document,) = read_csv(f"id;title;assessment types\nC1;Course;{cell}\n")
    assert document.data["assessment"]["types"] == [slug]


def test_a_row_repeating_an_earlier_rows_id_is_reported_at_its_id_cell():
    """Two rows of one catalogue with one id passed without a word (a copy left in, found by the sweep)."""
    first, second, third = read_csv("id;title;ECTS\nHSM-1;Eins;5\nHSM-2;Zwei;5\nHSM-1;Drei;5\n")
    assert not [f for d in (first, second) for f in d.findings if f.rule == "MC-SS-004"]
    [repeat] = [f for f in third.findings if f.rule == "MC-SS-004"]
    assert repeat.pointer == "/id" and repeat.origin is not None and repeat.origin.label() == "cat!A4"
    assert "'HSM-1' is also the id of an earlier row (cat!A2)" in repeat.message


@pytest.mark.parametrize(
    ("header", "system"), [("Credits (CATS)", "CATS"), ("Credits [SCQF]", "SCQF"), ("ECTS (UK credits)", "UK credits")]
)
def test_credits_of_a_ten_hour_system_named_by_the_header_are_not_ects(header: str, system: str) -> None:
    """A UK catalogue's 'Credits (CATS)' of 15 was read as 15 ECTS, twice the workload (15 CATS are 7.5 ECTS)."""
    (document,) = read_csv(f"id,title,{header},Hours\nC1,Course,15,150\n")
    assert document.data["workload"] == {"other_credits": {"value": 15, "system": system}, "hours": 150}


def test_credits_noted_with_another_word_stay_ects() -> None:
    (document,) = read_csv("id,title,Credits (ECTS),Credits (min.)\nC1,Course,5,\n")
    assert document.data["workload"] == {"ects": 5}


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("provider_name", "awarding_bodies.0.name"),
        ("provider_country", "awarding_bodies.0.country"),
        ("price_currency", "price.currency"),
        ("ects_credits", "workload.ects"),
        ("start_date", "participation.schedule.start"),
    ],
)
def test_a_header_written_as_an_identifier_names_what_its_words_name(header: str, path: str) -> None:
    """A system's export writes 'provider_name' where a person writes 'Provider name': it was no field at all."""
    assert ColumnResolver().resolve(header).dotted == path


@pytest.mark.parametrize(
    ("cell", "framework", "level"),
    [("NFQ Level 6", "NFQ", "6"), ("SCQF 7", "SCQF", "7"), ("MKKR 6", "MKKR", "6"), ("DQR 5", "DQR", "5")],
)
def test_a_national_level_under_a_level_column_is_the_national_level(cell: str, framework: str, level: str) -> None:
    """'NFQ Level 6' under 'Level' (read as EQF) was 'must be a whole number ...: write 6', wrong advice: NFQ 6 is
    EQF 5. The cell names its framework, so it is the national level, with a note."""
    (document,) = read_csv(f"id,title,Level\nC1,Course,{cell}\n")
    assert document.data["level"] == {"nqf": {"level": level, "framework": framework}}
    (note,) = [f for f in document.findings if "read as the national level" in f.message]
    assert note.origin.cell == "C2"


@pytest.mark.parametrize("cell", ["EQF 6", "6", "Level 6"])
def test_an_eqf_level_under_a_level_column_stays_eqf(cell: str) -> None:
    (document,) = read_csv(f"id,title,Level\nC1,Course,{cell}\n")
    assert document.data["level"] == {"eqf": 6}


@pytest.mark.parametrize(
    ("cell", "target"),
    [
        ("stapelbar zum Zertifikat Data Engineering", "Zertifikat Data Engineering"),
        ("Stackable towards the MSc Data Science.", "MSc Data Science"),
        ("Stapelbaar naar minor Circulaire Economie", "minor Circulaire Economie"),
        ("empilable vers le DU Management de projet", "DU Management de projet"),
    ],
)
def test_a_stackability_with_its_target_gives_both(cell: str, target: str) -> None:
    """'stapelbar zum Zertifikat ...' was a schema error (not one of stand-alone, stackable) and lost its target."""
    (document,) = read_csv(f"id;title;Stackability\nC1;Kurs;{cell}\n")
    assert document.data["stackability"] == {"type": "stackable", "towards": [{"title": target}]}


def test_a_target_column_beside_it_wins() -> None:
    (document,) = read_csv("id;title;Stackability;Stacks towards\nC1;Kurs;stackable to the MSc;MSc Data Science\n")
    assert document.data["stackability"] == {"type": "stackable", "towards": [{"title": "MSc Data Science"}]}


def test_a_stand_alone_offering_with_words_after_it_is_not_read_as_stackable() -> None:
    (document,) = read_csv("id;title;Stackability\nC1;Kurs;stand-alone to the end\n")
    assert document.data["stackability"] == {"type": "stand-alone to the end"}


@pytest.mark.parametrize(("cell", "read"), [("TRUE", "stackable"), ("FALSE", "stand-alone"), ("ja", "stackable")])
def test_a_checkbox_of_stackability_gives_its_type(cell: str, read: str) -> None:
    """A Google Sheets export's 'Stackable' column of TRUE and FALSE was "stackability/type is 'FALSE'"."""
    (document,) = read_csv(f"id,title,Stackable?\nC1,Course,{cell}\n")
    assert document.data["stackability"] == {"type": read}


def test_a_slug_written_with_commas_and_spaces_is_the_slug() -> None:
    """'Unsupervised, no ID check' was an error whose hint named the very slug it spells."""
    (document,) = read_csv('id,title,Supervision\nC1,Course,"Unsupervised, no ID check"\n')
    assert document.data["assessment"] == {"supervision": "unsupervised-no-id-check"}
