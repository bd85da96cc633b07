"""A list whose first line has no mark above two or more lines marked alike: that line introduces the list in any
language ('Opiskelija osaa' above '- selittää ...'), unless it ends a sentence or the marks differ."""

from __future__ import annotations

import pytest

from qa_checker import listing
from qa_checker.loaders import tabular


@pytest.mark.parametrize(
    "text",
    [
        "Opiskelija osaa\n- selittää kiertotalouden periaatteet\n- arvioida materiaalivirtoja",
        "On completion the student\n• explains the principles\n• assesses material flows\n• plans a programme",
        "Absolvent umí\n1. nainstalovat systém\n2. nastavit síť",
        "Student potrafi\n a) skonfigurować zaporę\n b) ocenić ryzyko",
        "Opiskelija osaa\n- selittää kiertotalouden periaatteet ja\n  niiden käytön\n- arvioida materiaalivirtoja",
    ],
)
def test_an_unmarked_first_line_above_marked_ones_introduces_them(text: str) -> None:
    found = listing.items(text)
    assert listing.lead_in(found, text)


@pytest.mark.parametrize(
    "text",
    [
        "Explain the principles of circular economy.\n- assess material flows\n- plan a programme",
        "Opiskelija osaa\n- selittää kiertotalouden periaatteet",
        "Opiskelija osaa\n- selittää kiertotalouden periaatteet\n1. arvioida materiaalivirtoja",
        "selittää kiertotalouden periaatteet\narvioida materiaalivirtoja\nlaatia suunnitelman",
        "- selittää kiertotalouden periaatteet\n- arvioida materiaalivirtoja\n- laatia suunnitelman",
    ],
)
def test_a_statement_or_a_list_marked_otherwise_keeps_its_first_line(text: str) -> None:
    found = listing.items(text)
    assert not listing.lead_in(found, text)


def test_a_catalogue_cell_reads_the_items_under_the_lead_in_and_says_so() -> None:
    raw = (
        'Nimi,Osaamistavoitteet,Opintopisteet,Kieli\nKiertotalous,"Opiskelija osaa\n- selittää kiertotalouden '
        'periaatteet\n- arvioida materiaalivirtoja\n- laatia kiertotaloussuunnitelman",5,fi\n'
    )
    (document,) = tabular.load_csv(raw.encode(), "opintojaksot.csv")
    assert document.data["learning_outcomes"] == [
        "selittää kiertotalouden periaatteet",
        "arvioida materiaalivirtoja",
        "laatia kiertotaloussuunnitelman",
    ]
    (note,) = [f for f in document.findings if f.pointer == "/learning_outcomes"]
    assert "'Opiskelija osaa' introduces the list" in note.message
    assert note.origin is not None and note.origin.cell == "B2"
