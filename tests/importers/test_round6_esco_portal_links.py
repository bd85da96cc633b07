"""An ESCO portal page names its concept in its ``uri`` parameter; no other URL names an ESCO concept."""

from __future__ import annotations

import pytest

from qa_checker.importers.builder import esco_concept

SKILL = "http://data.europa.eu/esco/skill/0bdf0c1b-3c7f-4d3b-9f1a-8a0e5b8c6f2d"


@pytest.mark.parametrize(
    "url",
    [
        SKILL,
        "https://data.europa.eu/esco/skill/0bdf0c1b-3c7f-4d3b-9f1a-8a0e5b8c6f2d",
        "https://esco.ec.europa.eu/en/classification/skill?uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F"
        "0bdf0c1b-3c7f-4d3b-9f1a-8a0e5b8c6f2d",
        "https://esco.ec.europa.eu/fr/classification/skill_main?lang=fr&uri=" + SKILL,
    ],
)
def test_the_concept_a_url_names(url: str) -> None:
    assert esco_concept(url) == SKILL


@pytest.mark.parametrize(
    "url",
    [
        "https://esco.ec.europa.eu/en/classification/skill_main",
        "https://example.org/classification/skill?uri=" + SKILL,
        "https://esco.ec.europa.eu/en/classification/skill?uri=https%3A%2F%2Fexample.org%2Fesco%2Fskill%2F1",
        "http://example.org/esco/skill/1",
    ],
)
def test_no_other_url_names_an_esco_concept(url: str) -> None:
    assert esco_concept(url) is None
