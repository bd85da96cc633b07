"""Awarding bodies listed in one cell with their countries listed in the next, as many of each ("Uni A; Uni B"
beside "DE; AT", or one per line): each body is an awarding body of its own with its country, at those cells.
A list of names beside one country, or of countries that are no countries, is kept as typed for the checks."""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular


def _read(name: str, country: str):
    text = f'id;title;Awarding body;Country\nC-1;Data;"{name}";"{country}"\n'
    (document,) = tabular.load_csv(text.encode(), "cat.csv")
    return document


@pytest.mark.parametrize(
    ("name", "country"), [("Uni A; Uni B", "DE; AT"), ("Uni A\nUni B", "Germany\nAustria"), ("Uni A;Uni B", "de;at")]
)
def test_bodies_and_countries_listed_alike_are_one_body_each(name, country):
    document = _read(name, country)
    assert document.data["awarding_bodies"] == [{"name": "Uni A", "country": "DE"}, {"name": "Uni B", "country": "AT"}]
    assert document.origin_for("/awarding_bodies/1/name").cell == "C2"
    assert document.origin_for("/awarding_bodies/1/country").cell == "D2"


@pytest.mark.parametrize(("name", "country"), [("Uni A; Uni B", "DE"), ("Uni A; Uni B", "DE; Atlantis")])
def test_names_and_countries_that_do_not_pair_are_kept_as_typed(name, country):
    assert _read(name, country).data["awarding_bodies"] == [{"name": name, "country": country}]
