"""Catalogues in Portuguese, Swedish, Danish, Finnish and Czech (and a few Slovak and Croatian headers): their
headers name descriptor fields through ``schemas/column-aliases.yaml``, and their words for participation modes
and assessment types are read as slugs through ``schemas/value-aliases.yaml``."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest
import yaml

from qa_checker.aliases import ALIASES_FILE, field_aliases, normalise
from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver
from qa_checker.resources import bundled


def saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def workbook(tmp_path, name: str, sheet: str, header: list[str], *rows: list[object]):
    """The documents of an xlsx workbook written to ``tmp_path`` with one sheet of a header and rows."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(header)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    path.write_bytes(saved(book))
    return tabular.load_xlsx(path.read_bytes(), name)


# One catalogue per language: (header -> field), two course rows, and what each row reads as.
CATALOGUES = {
    "pt": (
        "Unidades curriculares",
        {
            "Código da unidade curricular": "id",
            "Nome da unidade curricular": "title",
            "Descrição": "summary",
            "Instituição": "awarding_bodies.0.name",
            "País": "awarding_bodies.0.country",
            "Resultados de aprendizagem": "learning_outcomes",
            "Créditos ECTS": "workload.ects",
            "Horas de trabalho": "workload.hours",
            "Nível QEQ": "level.eqf",
            "Avaliação": "assessment.types",
            "Modalidade": "participation.mode",
            "Data de início": "participation.schedule.start",
            "Data de fim": "participation.schedule.end",
            "Língua de ensino": "languages",
            "Pré-requisitos": "prerequisites",
            "Público-alvo": "target_group",
            "Preço": "price.amount",
        },
        [
            [
                "UC-101",
                "Análise de dados",
                "Introdução à análise de dados.",
                "Universidade do Minho",
                "PT",
                "Aplicar métodos estatísticos; Interpretar resultados",
                6,
                162,
                6,
                "exame escrito; projeto",
                "à distância",
                datetime(2026, 9, 15),
                datetime(2027, 1, 31),
                "pt",
                "Nenhum",
                "Estudantes",
                250,
            ],
            [
                "UC-102",
                "Comunicação oral",
                "Técnicas de apresentação.",
                "Universidade do Minho",
                "PT",
                "Apresentar um tema; Argumentar",
                3,
                81,
                5,
                "exame oral, avaliação contínua",
                "b-learning",
                datetime(2026, 10, 1),
                datetime(2026, 12, 18),
                "pt",
                "Nenhum",
                "Profissionais",
                120,
            ],
        ],
        [
            ("online", ["written-examination", "project-work"]),
            ("blended", ["oral-examination", "continuous-evaluation"]),
        ],
    ),
    "sv": (
        "Kurser",
        {
            "Kurskod": "id",
            "Kursnamn": "title",
            "Kursbeskrivning": "summary",
            "Lärosäte": "awarding_bodies.0.name",
            "Land": "awarding_bodies.0.country",
            "Förväntade studieresultat": "learning_outcomes",
            "Högskolepoäng": "workload.ects",
            "EQF-nivå": "level.eqf",
            "SeQF-nivå": "level.nqf.level",
            "Examinationsform": "assessment.types",
            "Undervisningsform": "participation.mode",
            "Startdatum": "participation.schedule.start",
            "Slutdatum": "participation.schedule.end",
            "Undervisningsspråk": "languages",
            "Förkunskapskrav": "prerequisites",
            "Målgrupp": "target_group",
            "Mer information": "further_information",
        },
        [
            [
                "DA101A",
                "Databaser",
                "Grundkurs i databaser.",
                "Malmö universitet",
                "SE",
                "Modellera data; Skriva SQL-frågor",
                7.5,
                6,
                6,
                "skriftlig tentamen; projektarbete",
                "distans",
                datetime(2026, 8, 31),
                datetime(2026, 11, 1),
                "sv",
                "Grundläggande behörighet",
                "Nybörjare",
                "https://example.se/da101a",
            ],
            [
                "DA102A",
                "Programmering",
                "Programmering i Python.",
                "Malmö universitet",
                "SE",
                "Skriva program; Testa program",
                15,
                6,
                6,
                "muntlig tentamen, inlämningsuppgift",
                "campus",
                datetime(2026, 11, 2),
                datetime(2027, 1, 17),
                "sv, en",
                "Grundläggande behörighet",
                "Nybörjare",
                "https://example.se/da102a",
            ],
        ],
        [
            ("online", ["written-examination", "project-work"]),
            ("onsite", ["oral-examination", "marked-assignment"]),
        ],
    ),
    "da": (
        "Kurser",
        {
            "Kursuskode": "id",
            "Kursusnavn": "title",
            "Kursusbeskrivelse": "summary",
            "Uddannelsesinstitution": "awarding_bodies.0.name",
            "Land": "awarding_bodies.0.country",
            "Læringsmål": "learning_outcomes",
            "ECTS-point": "workload.ects",
            "EQF-niveau": "level.eqf",
            "NKR-niveau": "level.nqf.level",
            "Eksamensform": "assessment.types",
            "Undervisningsform": "participation.mode",
            "Startdato": "participation.schedule.start",
            "Slutdato": "participation.schedule.end",
            "Undervisningssprog": "languages",
            "Adgangskrav": "prerequisites",
            "Målgruppe": "target_group",
        },
        [
            [
                "KU-01",
                "Statistik",
                "Grundlæggende statistik.",
                "Aarhus Universitet",
                "DK",
                "Beregne sandsynligheder; Tolke data",
                5,
                6,
                6,
                "skriftlig eksamen; projektarbejde",
                "fjernundervisning",
                datetime(2026, 9, 1),
                datetime(2027, 1, 20),
                "da",
                "Bachelor",
                "Studerende",
            ],
            [
                "KU-02",
                "Formidling",
                "Mundtlig formidling.",
                "Aarhus Universitet",
                "DK",
                "Formidle viden; Argumentere",
                10,
                7,
                7,
                "mundtlig eksamen, portfolio",
                "tilstedeværelse",
                datetime(2027, 2, 1),
                datetime(2027, 6, 20),
                "da",
                "Bachelor",
                "Studerende",
            ],
        ],
        [
            ("online", ["written-examination", "project-work"]),
            ("onsite", ["oral-examination", "portfolio"]),
        ],
    ),
    "fi": (
        "Opintojaksot",
        {
            "Opintojakson tunnus": "id",
            "Opintojakson nimi": "title",
            "Kuvaus": "summary",
            "Korkeakoulu": "awarding_bodies.0.name",
            "Maa": "awarding_bodies.0.country",
            "Osaamistavoitteet": "learning_outcomes",
            "Opintopisteet": "workload.ects",
            "EQF-taso": "level.eqf",
            "NQF-taso": "level.nqf.level",
            "Arviointitapa": "assessment.types",
            "Toteutustapa": "participation.mode",
            "Alkamispäivä": "participation.schedule.start",
            "Päättymispäivä": "participation.schedule.end",
            "Opetuskieli": "languages",
            "Esitiedot": "prerequisites",
            "Kohderyhmä": "target_group",
            "Lisätietoja": "further_information",
        },
        [
            [
                "TKT-100",
                "Ohjelmoinnin perusteet",
                "Johdatus ohjelmointiin.",
                "Helsingin yliopisto",
                "FI",
                "Kirjoittaa ohjelmia; Testata ohjelmia",
                5,
                6,
                6,
                "kirjallinen tentti; projektityö",
                "etäopetus",
                datetime(2026, 9, 7),
                datetime(2026, 10, 23),
                "fi",
                "Ei esitietoja",
                "Opiskelijat",
                "https://example.fi/tkt-100",
            ],
            [
                "TKT-200",
                "Viestintä",
                "Suullinen viestintä.",
                "Helsingin yliopisto",
                "FI",
                "Esittää; Perustella",
                3,
                6,
                6,
                "suullinen tentti, vertaisarviointi",
                "monimuoto",
                datetime(2026, 10, 26),
                datetime(2026, 12, 18),
                "fi, sv",
                "Ei esitietoja",
                "Opiskelijat",
                "https://example.fi/tkt-200",
            ],
        ],
        [
            ("online", ["written-examination", "project-work"]),
            ("blended", ["oral-examination", "peer-assessment"]),
        ],
    ),
    "cs": (
        "Předměty",
        {
            "Kód předmětu": "id",
            "Název předmětu": "title",
            "Anotace": "summary",
            "Vysoká škola": "awarding_bodies.0.name",
            "Země": "awarding_bodies.0.country",
            "Výsledky učení": "learning_outcomes",
            "Kredity ECTS": "workload.ects",
            "Hodiny": "workload.hours",
            "Úroveň EQF": "level.eqf",
            "Způsob ukončení": "assessment.types",
            "Forma studia": "participation.mode",
            "Datum zahájení": "participation.schedule.start",
            "Datum ukončení": "participation.schedule.end",
            "Jazyk výuky": "languages",
            "Předpoklady": "prerequisites",
            "Cílová skupina": "target_group",
        },
        [
            [
                "KIV/PT",
                "Programovací techniky",
                "Pokročilé programování.",
                "Západočeská univerzita",
                "CZ",
                "Navrhnout program; Otestovat program",
                6,
                156,
                6,
                "písemná zkouška; projektová práce",
                "distanční",
                datetime(2026, 9, 21),
                datetime(2027, 1, 8),
                "cs",
                "Základy programování",
                "Studenti",
            ],
            [
                "KIV/KP",
                "Komunikace",
                "Prezentační dovednosti.",
                "Západočeská univerzita",
                "CZ",
                "Prezentovat; Argumentovat",
                4,
                104,
                6,
                "ústní zkouška, průběžné hodnocení",
                "kombinovaná",
                datetime(2027, 2, 15),
                datetime(2027, 5, 28),
                "cs, en",
                "Žádné",
                "Studenti",
            ],
        ],
        [
            ("online", ["written-examination", "project-work"]),
            ("blended", ["oral-examination", "continuous-evaluation"]),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_each_column_of_a_catalogue_names_its_field(language):
    _, columns, _, _ = CATALOGUES[language]
    resolver = ColumnResolver()
    assert {header: getattr(resolver.resolve(header), "dotted", None) for header in columns} == columns


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_a_catalogue_is_read_field_by_field_with_its_modes_and_assessments_as_slugs(tmp_path, language):
    sheet, columns, rows, read = CATALOGUES[language]
    documents = workbook(tmp_path, f"catalogue-{language}.xlsx", sheet, list(columns), *rows)
    assert len(documents) == 2
    for document, row, (mode, types) in zip(documents, rows, read):
        assert not [f for f in document.findings if f.rule.startswith("MC-SS")], [f.message for f in document.findings]
        data = document.data
        assert data["id"] == row[0]
        assert data["title"] == row[1]
        assert data["participation"]["mode"] == mode
        assert data["assessment"]["types"] == types
        assert data["awarding_bodies"][0]["country"] == row[4]
        assert data["awarding_bodies"][0]["name"] == row[3]
        assert len(data["learning_outcomes"]) == 2
        assert data["languages"] == [c.strip() for c in row[columns_index(columns, "languages")].split(",")]
        assert (
            data["participation"]["schedule"]["start"]
            == row[columns_index(columns, "participation.schedule.start")].date().isoformat()
        )
        assert (
            data["participation"]["schedule"]["end"]
            == row[columns_index(columns, "participation.schedule.end")].date().isoformat()
        )
        assert data["workload"]["ects"] == row[columns_index(columns, "workload.ects")]
        assert data["level"]["eqf"] == row[columns_index(columns, "level.eqf")]
        assert "prerequisites" in data and "target_group" in data


def columns_index(columns: dict[str, str], path: str) -> int:
    return list(columns.values()).index(path)


# Other headers of real catalogues in these languages, and the field each names.
@pytest.mark.parametrize(
    ("header", "path"),
    [
        # Portuguese
        ("Código", "id"),
        ("Unidade curricular", "title"),
        ("Resumo", "summary"),
        ("Número de créditos ECTS", "workload.ects"),
        ("Carga horária", "workload.hours"),
        ("QEQ", "level.eqf"),
        ("Nível QNQ", "level.nqf.level"),
        ("Métodos de avaliação", "assessment.types"),
        ("Modalidade de ensino", "participation.mode"),
        ("Duração", "participation.schedule.duration"),
        ("Mais informações", "further_information"),
        ("Garantia da qualidade", "quality_assurance.internal.description"),
        ("Moeda", "price.currency"),
        # Swedish
        ("Lärandemål", "learning_outcomes"),
        ("Omfattning (hp)", "workload.ects"),
        ("hp", "workload.ects"),
        ("Examination", "assessment.types"),
        ("Studieform", "participation.mode"),
        ("Behörighet", "prerequisites"),
        ("Timmar", "workload.hours"),
        ("SeQF", "level.nqf.level"),
        ("Längd", "participation.schedule.duration"),
        ("Kvalitetssäkring", "quality_assurance.internal.description"),
        ("Avgift", "price.amount"),
        ("Betygsskala", "assessment.grading_scheme"),
        # Danish
        ("NKR", "level.nqf.level"),
        ("Varighed", "participation.schedule.duration"),
        ("Forudsætninger", "prerequisites"),
        ("Kvalitetssikring", "quality_assurance.internal.description"),
        ("Hjemmeside", "further_information"),
        ("Karakterskala", "assessment.grading_scheme"),
        # Finnish
        ("Oppilaitos", "awarding_bodies.0.name"),
        ("op", "workload.ects"),
        ("OP", "workload.ects"),
        ("Laajuus (op)", "workload.ects"),
        ("Arviointi", "assessment.types"),
        ("Opetusmuoto", "participation.mode"),
        ("Kesto", "participation.schedule.duration"),
        ("Laadunvarmistus", "quality_assurance.internal.description"),
        ("Hinta", "price.amount"),
        ("Arviointiasteikko", "assessment.grading_scheme"),
        ("Koulutusala", "field_of_education"),
        # Czech
        ("Instituce", "awarding_bodies.0.name"),
        ("Počet kreditů", "workload.ects"),
        ("Forma výuky", "participation.mode"),
        ("Úroveň NSK", "level.nqf.level"),
        ("Doba trvání", "participation.schedule.duration"),
        ("Další informace", "further_information"),
        ("Zajištění kvality", "quality_assurance.internal.description"),
        ("Měna", "price.currency"),
        ("Oblast vzdělávání", "field_of_education"),
        # Slovak and Croatian
        ("Názov predmetu", "title"),
        ("Jazyk výučby", "languages"),
        ("Úroveň SKKR", "level.nqf.level"),
        ("Naziv kolegija", "title"),
        ("Ishodi učenja", "learning_outcomes"),
        ("ECTS bodovi", "workload.ects"),
        ("Razina HKO", "level.nqf.level"),
        # a text field in a language, by its code
        ("Kursnamn (en)", "title.en"),
        ("Osaamistavoitteet EN", "learning_outcomes.en"),
    ],
)
def test_more_headers_in_these_languages_name_their_fields(header, path):
    assert ColumnResolver().resolve(header).dotted == path


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Land", "awarding_bodies.0.country"),
        ("Examination", "assessment.types"),
        ("op", "workload.ects"),
        ("hp", "workload.ects"),
        ("Undervisningsform", "participation.mode"),
        ("Universitet", "awarding_bodies.0.name"),
    ],
)
def test_words_shared_by_several_languages_name_one_field_only(header, path):
    """ "Land" (German, Dutch, Swedish, Danish) is the country, "Undervisningsform" (Swedish, Danish) the mode;
    the short credit units are credits and nothing else."""
    raw = yaml.safe_load(bundled("schemas", ALIASES_FILE).read_text(encoding="utf-8"))
    owners = {field for field, names in raw.items() if normalise(header) in {normalise(n) for n in names}}
    assert owners == {path} and field_aliases()[normalise(header)] == path


@pytest.mark.parametrize(
    ("cell", "slug"),
    [
        ("a distância", "online"),
        ("ensino a distância", "online"),
        ("Distans", "online"),
        ("verkko-opetus", "online"),
        ("Distanční", "online"),
        ("campus", "onsite"),
        ("Lähiopetus", "onsite"),
        ("prezenční", "onsite"),
        ("ensino presencial", "onsite"),
        ("hybridi", "blended"),
        ("Monimuoto", "blended"),
        ("hybrid", "blended"),
        ("kombinovaná", "blended"),
    ],
)
def test_words_for_a_mode_in_these_languages_are_read_as_its_concept(cell, slug):
    (document,) = tabular.load_csv(f"id;title;mode\nC1;Course;{cell}\n".encode(), "cat.csv")
    assert document.data["participation"]["mode"] == slug


@pytest.mark.parametrize(
    ("cell", "slug"),
    [
        ("exame escrito", "written-examination"),
        ("skriftlig eksamen", "written-examination"),
        ("kirjallinen tentti", "written-examination"),
        ("muntlig tentamen", "oral-examination"),
        ("ústní zkouška", "oral-examination"),
        ("projektová práce", "project-work"),
        ("projeto", "project-work"),
        ("praktisk prøve", "practical-assessment"),
        ("praktická zkouška", "practical-assessment"),
        ("exame prático", "practical-assessment"),
        ("kamratbedömning", "peer-assessment"),
        ("løbende evaluering", "continuous-evaluation"),
        ("avaliação contínua", "continuous-evaluation"),
        ("harjoitustyö", "marked-assignment"),
        ("portfólio", "portfolio"),
        ("kvíz", "quiz"),
        ("flervalsprov", "quiz"),
        ("AHOT", "recognition-of-prior-learning"),
        ("RVCC", "recognition-of-prior-learning"),
        ("kamratgranskning", "peer-review"),
        ("problembaseret læring", "problem-based-learning"),
    ],
)
def test_words_for_an_assessment_in_these_languages_are_read_as_its_concept(cell, slug):
    (document,) = tabular.load_csv(f"id;title;assessment types\nC1;Course;{cell}\n".encode(), "cat.csv")
    assert document.data["assessment"]["types"] == [slug]
