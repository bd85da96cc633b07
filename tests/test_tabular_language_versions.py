"""A text column of no language named beside columns of the same field in named languages ('Titel' beside
'Title (English)', as bilingual catalogues give them): the plain text is in the first language the row declares
that the others do not name; with no such language, the plain text is kept under extensions and the reader told
how to say (neither text is dropped)."""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular


def _read(text: str) -> tabular.Document:
    (document,) = tabular.load_csv(text.encode(), "catalogue.csv")
    return document


@pytest.mark.parametrize(
    ("header", "row", "title", "plain", "english"),
    [
        (
            "Titel,Title (English),Sprache",
            "Datenethik,Data ethics,de",
            {"de": "Datenethik", "en": "Data ethics"},
            "A",
            "B",
        ),
        (
            "Title (English),Titel,Sprache",
            'Data ethics,Datenethik,"de, en"',
            {"de": "Datenethik", "en": "Data ethics"},
            "B",
            "A",
        ),
        (
            "Languages,Title (English),Title,Title (French)",
            '"en, nl, fr",Data ethics,Data-ethiek,Éthique des données',
            {"nl": "Data-ethiek", "en": "Data ethics", "fr": "Éthique des données"},
            "C",
            "B",
        ),
    ],
)
def test_a_plain_text_is_in_the_first_language_the_others_do_not_name(
    header: str, row: str, title: dict[str, str], plain: str, english: str
) -> None:
    document = _read(f"{header},ECTS\n{row},5\n")
    assert document.data["title"] == title
    assert not [f for f in document.findings if f.pointer.startswith("/title")]
    assert document.origins[f"/title/{next(iter(title))}"].cell == f"{plain}2"
    assert document.origins["/title/en"].cell == f"{english}2"


@pytest.mark.parametrize("languages", ["", "en", "de, en"])
def test_with_no_language_left_for_the_plain_text_it_is_kept_aside_with_a_warning(languages: str) -> None:
    """Not read as English (the one language declared, or the first), nor dropped: kept as an extension."""
    header = (
        "Titel,Title (English),Title (German),ECTS,Language"
        if "de" in languages
        else "Titel,Title (English),ECTS,Language"
    )
    row = f'Datenethik,Data ethics,{"Datenethik (de)," if "de" in languages else ""}5,"{languages}"'
    document = _read(f"{header}\n{row}\n")
    tagged = {"en": "Data ethics", "de": "Datenethik (de)"} if "de" in languages else {"en": "Data ethics"}
    assert document.data["title"] == tagged
    assert document.data["extensions"] == {"unnamed_language": {"title": "Datenethik"}}
    (finding,) = [f for f in document.findings if "unnamed_language" in f.pointer]
    assert finding.origin is not None and finding.origin.cell == "A2"
    assert "column A 'Titel'" in finding.message
    assert "Languages column" in finding.hint
    assert not [f for f in document.findings if "already gives" in f.message]


def test_a_description_in_the_row_language_beside_its_english_version() -> None:
    document = _read(
        "Nazwa,Opis przedmiotu,Opis (angielski),Język\nEtyka danych,Kurs o etyce danych.,A course on data ethics.,pl\n"
    )
    assert document.data["summary"] == {"pl": "Kurs o etyce danych.", "en": "A course on data ethics."}
