"""Cells a probe of 140 catalogue values (labelled before the run) found kept as typed and refused by the schema:
a country written after its city ("Berlin, Germany"), a mode written as a kind of course ("Online-Kurs", "online
course", "Präsenzkurs"), hours counted as clock hours ("150 Zeitstunden", as German catalogues tell them from teaching
units) and two languages after a word for "bilingual" ("bilingual (de/en)"). Each is now read, and a country's name
as ISO 3166 sorts it ("Moldova, Republic of"; "Korea" alone names two). What names two
countries, a place alone or one language beside "bilingual" stays as typed.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular


def _read(header: str, cell: str) -> dict:
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{cell}"\n'.encode(), "c.csv")
    return {k: v for k, v in document.data.items() if k not in ("id", "title", "descriptor_version")}


@pytest.mark.parametrize(
    ("header", "cell", "data"),
    [
        ("Country", "Berlin, Germany", {"awarding_bodies": [{"country": "DE"}]}),
        ("Country", "Wien, Österreich", {"awarding_bodies": [{"country": "AT"}]}),
        ("Country", "Paris, France (Île-de-France)", {"awarding_bodies": [{"country": "FR"}]}),
        ("Country", "Moldova, Republic of", {"awarding_bodies": [{"country": "MD"}]}),
        ("Country", "Germany, Federal Republic of", {"awarding_bodies": [{"country": "DE"}]}),
        ("Country", "Netherlands, The", {"awarding_bodies": [{"country": "NL"}]}),
        ("Mode", "Online-Kurs", {"participation": {"mode": "online"}}),
        ("Mode", "online course", {"participation": {"mode": "online"}}),
        ("Mode", "cours en ligne", {"participation": {"mode": "online"}}),
        ("Mode", "Präsenzkurs", {"participation": {"mode": "onsite"}}),
        ("Mode", "curso presencial", {"participation": {"mode": "onsite"}}),
        ("Hours", "150 Zeitstunden", {"workload": {"hours": 150}}),
        ("Language", "bilingual (de/en)", {"languages": ["de", "en"]}),
        ("Language", "Bilingual (DE/EN)", {"languages": ["de", "en"]}),
        ("Language", "zweisprachig: Deutsch/Englisch", {"languages": ["de", "en"]}),
        ("Language", "bilingue (français et anglais)", {"languages": ["fr", "en"]}),
    ],
)
def test_the_cell_is_read(header: str, cell: str, data: dict) -> None:
    assert _read(header, cell) == data


@pytest.mark.parametrize(
    ("header", "cell", "data"),
    [
        ("Country", "Germany, Austria", {"awarding_bodies": [{"country": "Germany, Austria"}]}),
        ("Country", "Berlin, Brandenburg", {"awarding_bodies": [{"country": "Berlin, Brandenburg"}]}),
        ("Country", "Berlin", {"awarding_bodies": [{"country": "Berlin"}]}),
        ("Country", "Korea, Republic of", {"awarding_bodies": [{"country": "Korea, Republic of"}]}),
        ("Language", "bilingual", {"languages": ["bilingual"]}),
        ("Language", "bilingual (de)", {"languages": ["bilingual (de)"]}),
        ("Mode", "online/Präsenz", {"participation": {"mode": "online/Präsenz"}}),
    ],
)
def test_a_cell_that_gives_no_one_value_is_kept(header: str, cell: str, data: dict) -> None:
    assert _read(header, cell) == data
