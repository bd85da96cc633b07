"""Held-out descriptors, round nineteen: providers of the wider European Higher Education Area and candidate countries.

``tests/heldout_rules19`` holds offers and issued credentials of universities in Ukraine, Moldova, Georgia, Serbia,
Bosnia and Herzegovina, Montenegro, North Macedonia, Albania, Kosovo, Türkiye, Norway, Iceland, Liechtenstein,
Switzerland and the UK, and a joint offer of an EU university with a Ukrainian one (YAML and JSON), about half in the
provider's language: Cyrillic, Georgian and Latin scripts, national frameworks, currencies and agencies, and the
country code XK. ``expectations.yaml`` says which rules must report, and where, each decided before the checker ran;
every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules19"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_19_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 45, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_19_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


def _length_findings(language: str, outcomes: list[str]) -> set[str]:
    """Where MC-LO-005 reports on outcomes written in ``language``."""
    data = baseline()
    data["languages"] = [language]
    data["learning_outcomes"] = outcomes
    return {at for found, at in data_findings(data) if found == "MC-LO-005"}


@pytest.mark.parametrize(
    ("language", "outcomes", "short"),
    [
        # Icelandic has no separate articles and its cases do the prepositions' work: four words are enough.
        (
            "is",
            ["Þátttakandi metur umhverfisáhrif jarðvarmavirkjunar.", "Þátttakandi skrifar skýrslu um hönnun."],
            set(),
        ),
        # Turkish and Georgian join in one word what English says in several: three words are enough.
        ("tr", ["Katılımcı bütçe tablosu hazırlar.", "Katılımcı veritabanı şemasını tasarlar."], set()),
        ("ka", ["მონაწილე ადგენს ბიუჯეტს.", "მონაწილე აანალიზებს მონაცემებს."], set()),
        # The Slavic languages outside the EU count as those within it: four words, not three.
        ("uk", ["Слухач складає кошторис проєкту.", "Слухач перевіряє звіт."], {"/learning_outcomes/1"}),
        ("sr", ["Полазник израђује буџет пројекта.", "Polaznik piše izveštaj."], {"/learning_outcomes/1"}),
        ("tr", ["Katılımcı hazırlar.", "Katılımcı veritabanı şemasını tasarlar."], {"/learning_outcomes/0"}),
    ],
)
def test_outcomes_in_languages_without_articles_need_fewer_words(
    language: str, outcomes: list[str], short: set[str]
) -> None:
    assert _length_findings(language, outcomes) == short


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        # Pass marks named in the Serbian, Bosnian and Macedonian of either script, in Norwegian and Icelandic.
        ("Оцене од 5 до 10; најнижа пролазна оцена је 6.", "5", True),
        ("Ocene od 5 do 10; ocena 6 je najniža prelazna ocena.", "5", True),
        ("Ocjene od 5 do 10; ocjena 6 je najniža prolazna ocjena.", "6", False),
        ("Оценки од 5 до 10; оценката 6 е најниска преодна оценка.", "5", True),
        ("Оценки од 5 до 10; оценката 6 е најниска преодна оценка.", "7", False),
        ("Karakterskala A–F; laveste beståtte karakter er E.", "F", True),
        ("Einkunnir frá 1 til 10; lágmarkseinkunn til að standast er 5,0.", "4,5", True),
        ("Einkunnir frá 1 til 10; lágmarkseinkunn til að standast er 5,0.", "7,5", False),
        # Failing grades named in words: Serbian "недовољан", Ukrainian "незадовільно".
        ("Скала: одличан, врло добар, добар, довољан, недовољан.", "недовољан", True),
        ("Скала: одличан, врло добар, добар, довољан, недовољан.", "довољан", False),
        ("Відмінно, добре, задовільно або незадовільно.", "незадовільно", True),
        # A grade beyond a scale written with "til" (Danish, Norwegian, Icelandic).
        ("Einkunnir frá 0 til 10.", "12", True),
    ],
)
def test_pass_marks_of_the_wider_ehea_are_read(scheme: str, grade: str, fails: bool) -> None:
    found = {at for rule, at in data_findings(graded_credential(scheme, grade)) if rule == "MC-AS-004"}
    assert found == ({"/grade"} if fails else set())
