"""Catalogues as QA agencies and providers really keep them: headers in their own words and languages,
notes and totals around the table, values typed with units, local dates and bullets."""

from __future__ import annotations

import importlib.util
import sys

import openpyxl
import pytest

from qa_checker.aliases import value_aliases
from qa_checker.loaders import load_file, tabular
from qa_checker.loaders.columns import ColumnResolver
from tests.conftest import FIXTURES, zip_patched

_spec = importlib.util.spec_from_file_location("xlsx_writer", FIXTURES / "tabular" / "xlsx_writer.py")
xw = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("xlsx_writer", xw)
_spec.loader.exec_module(xw)


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
    # The Currency cell left empty, the price cell's EUR is taken.
    assert (d.data["workload"], d.data["price"]) == ({"ects": 3, "hours": 62.5}, {"amount": 450, "currency": "EUR"})
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
        ("VI", 6),
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


# ---------------------------------------------------------------- rows and sheets around the table


def workbook(tmp_path, *sheets, name="catalogue.xlsx"):
    """Save sheets given as (title, rows, merges, state) with openpyxl and load the file."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows, merges, state in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for merge in merges:
            sheet.merge_cells(merge)
        sheet.sheet_state = state
    path = tmp_path / name
    book.save(path)
    return load_file(path)


@pytest.mark.parametrize(
    "notes",
    [
        ["Mandatory", "Mandatory", "Mandatory", "Optional"],
        ["Beispiel: WB-000", "z. B. Datenschutz", "z. B. 5", "1-8"],
        ["Identificador único", "Nombre oficial", "Número de créditos", "Nivel del MEC (1-8)"],
        ["Obligatoire", "Texte libre", "Nombre (ex. 5)", "JJ/MM/AAAA"],
    ],
)
def test_a_row_of_notes_under_the_header_is_reported_not_read_as_a_descriptor(notes):
    text = "Course code;Title;ECTS;EQF level\n" + ";".join(notes) + "\nC1;Real course;5;6\n"
    (document,) = read_csv(text)
    assert document.data["id"] == "C1" and document.source == "cat.csv [row 3]"
    assert loader_findings(document) == [("MC-SS-003", "info", "", "cat!A2:D2")]
    assert "holds notes on the columns" in document.findings[0].message


@pytest.mark.parametrize(
    "row",
    [
        "example-data-literacy;Data Literacy;;",
        "C1;Example cases in public law;;",
        "format-x;Formatting reports;;",
        "C1;Beispielhafte Projekte;;",
    ],
)
def test_a_first_row_whose_id_or_title_begins_like_a_note_word_is_a_descriptor(row):
    """Only a cell that is a note ("Example: ...", "Format (YYYY-MM-DD)") marks a row of notes: an id
    "example-data-literacy" was read as one, and the offering was left out without a word but an info."""
    (document, _) = read_csv("Course code;Title;ECTS;EQF level\n" + row + "\nC2;Second;5;6\n")
    assert document.data is not None and document.source == "cat.csv [row 2]"
    assert "MC-SS-003" not in [rule for rule, *_ in loader_findings(document)]


def test_a_first_row_with_wrong_values_is_still_a_descriptor():
    (first, second) = read_csv("Course code;Title;ECTS;EQF level\nC1;Optional course;tbd;six\nC2;Second;5;6\n")
    assert first.data["id"] == "C1" and first.data["workload"] == {"ects": "tbd"}
    assert second.data["id"] == "C2"


def test_a_totals_row_is_reported_not_read_as_a_descriptor():
    raw = xw.workbook(
        xw.Sheet(
            "Courses",
            [
                (1, ["Course code", "Title", "ECTS", "Hours"]),
                (2, ["T1", "One", 5, 125]),
                (3, ["T2", "Two", 3, 75]),
                (5, ["Total", None, ("f", "SUM(C2:C3)", 8), ("f", "SUM(D2:D3)", 200)]),
            ],
        )
    )
    documents = tabular.load_xlsx(raw, "t.xlsx")
    assert [d.data["id"] for d in documents] == ["T1", "T2"]
    assert loader_findings(documents[0]) == [("MC-SS-003", "info", "", "Courses!A5:D5")]
    summe = read_csv("Kursnummer;Kurstitel;ECTS\nK1;Kurs A;5\n;Summe:;5\nK2;Total;3\n")
    assert [d.data["id"] for d in summe] == ["K1", "K2"]
    assert "totals the rows above" in summe[0].findings[0].message


def test_a_header_in_two_rows_groups_or_languages_over_subheaders(tmp_path):
    groups, languages = workbook(
        tmp_path,
        (
            "Angebote",
            [
                ["Kurs", None, "Arbeitsaufwand", None, "Niveau", None],
                ["Kursnummer", "Titel", "ECTS", "Stunden", "EQR", "DQR"],
                ["K-1", "Kurs eins", 5, 150, 6, 6],
            ],
            ["A1:B1", "C1:D1", "E1:F1"],
            "visible",
        ),
        (
            "Courses",
            [
                ["Course code", "Title", None, "ECTS", "Learning outcomes", None],
                [None, "EN", "NL", None, "EN", "NL"],
                ["M1", "Data ethics", "Data-ethiek", 5, "Apply GDPR\nAssess bias", "Pas AVG toe\nBeoordeel bias"],
            ],
            ["A1:A2", "B1:C1", "D1:D2", "E1:F1"],
            "visible",
        ),
    )
    assert groups.data == {
        "id": "K-1",
        "title": "Kurs eins",
        "workload": {"ects": 5, "hours": 150},
        "level": {"eqf": 6, "nqf": {"level": 6, "framework": "DQR"}},
        "descriptor_version": "1.0",
    }
    assert groups.source.endswith("[Angebote row 3]") and groups.origins["/workload/hours"].label() == "Angebote!D3"
    assert languages.data["title"] == {"en": "Data ethics", "nl": "Data-ethiek"}
    assert languages.data["learning_outcomes"][1] == {"en": "Assess bias", "nl": "Beoordeel bias"}
    assert languages.data["id"] == "M1" and languages.data["workload"] == {"ects": 5}
    assert languages.findings == []


def test_a_first_data_row_of_header_words_is_not_taken_for_a_second_header_row():
    (document,) = read_csv("Course code;Title;ECTS;Mode\nC1;ECTS;5;Mode\n")
    assert document.data["title"] == "ECTS" and document.data["workload"] == {"ects": 5}


def test_lists_and_instructions_sheets_beside_the_catalogue_are_not_read_as_descriptors(tmp_path):
    provider = [["ID", "Titel", "ECTS", "Sprache"], ["W-1", "Kurs", 5, "de"]]
    instructions = [["Anleitung"], ["Spalte", "Beschreibung", "Pflicht"], ["ECTS", "Leistungspunkte", "ja"]]
    lists = [["Sprache", "Land", "Lernform"], ["de", "AT", "online"], ["en", "DE", "onsite"]]
    (document,) = workbook(
        tmp_path,
        ("Anleitung", instructions, [], "visible"),
        ("FH Wien", provider, [], "visible"),
        ("Listen", lists, [], "visible"),
    )
    assert document.data["id"] == "W-1"
    assert loader_findings(document) == [
        ("MC-SS-003", "info", "", "Anleitung!A1"),
        ("MC-SS-003", "info", "", "Listen!A1"),
    ]
    assert "reads as lists of values or instructions" in document.findings[1].message


def test_a_cell_the_parser_cannot_read_is_reported_at_its_cell_and_the_sheet_read_on():
    """A number cell holding text is read as text and reported at its cell; the rows after it are read."""
    raw = xw.workbook(xw.Sheet("Courses", [(1, ["id", "title", "ECTS"]), (2, ["a", "A", 5]), (3, ["b", "B", 5])]))
    raw = zip_patched(raw, "xl/worksheets/sheet1.xml", b'<c r="C3"><v>5</v>', b'<c r="C3"><v>five</v>')
    documents = tabular.load_xlsx(raw, "b.xlsx")
    assert [d.data["id"] for d in documents] == ["a", "b"]
    (note,) = [f for f in documents[1].findings if f.rule == "MC-SS-002"]
    assert note.origin.label() == "Courses!C3" and "'five' marked as a number" in note.message


# ---------------------------------------------------------------- learning outcomes in one cell


@pytest.mark.parametrize(
    "cell",
    [
        "•Apply A\n•Design B\n•Evaluate C",
        "▪ Apply A\n▪ Design B\n▪ Evaluate C",
        "-Apply A\n-Design B\n-Evaluate C",
        "i. Apply A\nii. Design B\niii. Evaluate C",
        "LO1: Apply A\nLO2: Design B\nLO3: Evaluate C",
        "K_W01 Apply A\nK_U01 Design B\nK_K01 Evaluate C",
        "1) Apply A 2) Design B 3) Evaluate C",
        "a. Apply A b. Design B c. Evaluate C",
        "1. Apply A\r\n2. Design B\r\n3. Evaluate C",
    ],
)
def test_outcomes_in_one_cell_are_split_and_their_marks_dropped(cell):
    (document,) = read_csv(f'id;Learning outcomes\nx;"{cell}"\n')
    assert document.data["learning_outcomes"] == ["Apply A", "Design B", "Evaluate C"]
    assert document.findings == []


@pytest.mark.parametrize(
    "cell",
    ["Apply ISO 9001 in 2. steps", "Explain the 1. law of thermodynamics", "-5% error margins explained"],
)
def test_numbers_and_dashes_inside_one_outcome_do_not_split_it(cell):
    (document,) = read_csv(f'id;Learning outcomes\nx;"{cell}"\n')
    assert document.data["learning_outcomes"] == [cell]


def test_a_line_introducing_the_outcomes_is_left_out_and_noted_at_its_cell():
    cell = "Upon completion, learners will be able to:\n- Apply A\n- Design B"
    (document,) = read_csv(f'id;Learning outcomes\nx;"{cell}"\n')
    assert document.data["learning_outcomes"] == ["Apply A", "Design B"]
    assert loader_findings(document) == [("MC-SS-002", "info", "/learning_outcomes", "cat!B2")]
    assert "introduces the list" in document.findings[0].message
    (kept,) = read_csv('id;Learning outcomes\nx;"Apply A: the basics\nDesign B"\n')
    assert kept.data["learning_outcomes"] == ["Apply A: the basics", "Design B"]


def test_commas_in_a_quoted_cell_of_several_lines_do_not_make_a_semicolon_file_comma_separated():
    text = 'id;title;Learning outcomes\nx;T;"Plan, run and close a project\nLead, coach and assess a team"\n'
    (document,) = read_csv(text)
    assert document.data["learning_outcomes"] == ["Plan, run and close a project", "Lead, coach and assess a team"]


# ---------------------------------------------------------------- hyperlinks


def test_a_hyperlinked_cell_gives_its_address_to_a_web_address_field_and_its_text_elsewhere(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Courses"
    sheet.append(["Course code", "Title", "More information", "Provider URL", "Awarding body"])
    sheet.append(["H1", "Linked", "Course page", "Uni X", "Uni X"])
    sheet.append(["H2", "Typed", "https://uni-x.eu/h2", None, None])
    sheet["C2"].hyperlink = "https://uni-x.eu/h1?a=1&b=2"
    sheet["D2"].hyperlink = "https://uni-x.eu"
    sheet["E2"].hyperlink = "https://uni-x.eu/about"
    path = tmp_path / "links.xlsx"
    book.save(path)
    first, second = load_file(path)
    assert first.data["further_information"] == "https://uni-x.eu/h1?a=1&b=2"
    assert first.data["awarding_bodies"] == [{"url": "https://uni-x.eu", "name": "Uni X"}]
    assert second.data["further_information"] == "https://uni-x.eu/h2"


def test_a_hyperlink_formulas_saved_text_gives_its_address_to_a_web_address_field():
    raw = xw.workbook(
        xw.Sheet(
            "Courses",
            [
                (1, ["id", "title", "Further information"]),
                (2, ["F1", "Formula link", "x"]),
            ],
        )
    )
    raw = zip_patched(
        raw,
        "xl/worksheets/sheet1.xml",
        b'<c r="C2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c>',
        b'<c r="C2" t="str"><f>HYPERLINK("https://x.eu/f1","Course page")</f><v>Course page</v></c>',
    )
    (document,) = tabular.load_xlsx(raw, "f.xlsx")
    assert document.data["further_information"] == "https://x.eu/f1"


# ---------------------------------------------------------------- codes written as names


def test_countries_and_languages_named_in_the_catalogues_own_language():
    text = "id;Land;Sprache\na;Deutschland;Deutsch\nb;Polska;polski\nc;España;Inglés\nd;Atlantis;Klingon\n"
    a, b, c, d = read_csv(text)
    assert (a.data["awarding_bodies"], a.data["languages"]) == ([{"country": "DE"}], ["de"])
    assert (b.data["awarding_bodies"], b.data["languages"]) == ([{"country": "PL"}], ["pl"])
    assert (c.data["awarding_bodies"], c.data["languages"]) == ([{"country": "ES"}], ["en"])
    assert (d.data["awarding_bodies"], d.data["languages"]) == ([{"country": "Atlantis"}], ["Klingon"])


# ---------------------------------------------------------------- words for vocabulary concepts


@pytest.mark.parametrize(
    ("mode", "assessment", "read"),
    [
        ("Präsenz", "mündliche Prüfung, Projektarbeit", ("onsite", ["oral-examination", "project-work"])),
        ("hybride", "examen écrit", ("blended", ["written-examination"])),
        ("in presenza", "prova orale", ("onsite", ["oral-examination"])),
        ("zdalnie", "egzamin pisemny", ("online", ["written-examination"])),
        ("Blended Learning", "EVC", ("blended", ["recognition-of-prior-learning"])),
        ("presencial", "evaluación continua", ("onsite", ["continuous-evaluation"])),
        ("op afstand", "praktijkexamen", ("online", ["practical-assessment"])),
    ],
)
def test_modes_and_assessment_types_in_a_catalogue_s_own_words_are_read_as_their_slugs(mode, assessment, read):
    (document,) = read_csv(f"id;Mode;Assessment\na;{mode};{assessment}\n")
    assert (document.data["participation"]["mode"], document.data["assessment"]["types"]) == read
    assert not document.findings


def test_every_value_alias_names_a_concept_of_its_vocabulary_and_only_one():
    from qa_checker import vocab
    from qa_checker.loaders.columns import field_for_path

    # Sections for fields the schema lists values of without a code list.
    fields = {
        "stackability": "stackability.type",
        "qa-frameworks": "quality_assurance.external.framework",
        "identifier-schemes": "awarding_bodies.0.identifier.scheme",
        "outcome-types": "learning_outcomes.0.type",
    }
    seen: dict[tuple[str, str], str] = {}
    for vocab_id, concepts in value_aliases().items():
        spec = field_for_path(fields[vocab_id]) if vocab_id in fields else None
        known = {slug: {} for slug in spec.enum} if spec is not None else vocab.get(vocab_id).concepts
        for slug, words in concepts.items():
            assert slug in known, (vocab_id, slug)
            for word in words:
                key = (vocab_id, str(word).casefold())
                assert seen.setdefault(key, slug) == slug, f"{word!r} names {seen[key]} and {slug}"
                label = {str(c.get("label", "")).casefold(): s for s, c in known.items()}.get(key[1])
                assert label in (None, slug), f"{word!r} is the label of {label}"
