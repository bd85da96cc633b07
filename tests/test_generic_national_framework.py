"""A framework named no more than "national qualifications framework" ("NQF 6") is the framework of the awarding
bodies' country, where that country has one framework known here; the level rules and the comparison table read it
so, and from countries with several frameworks, or bodies of several countries, it stays unknown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from qa_checker import api
from qa_checker.frameworks import NQF_TO_EQF
from qa_checker.rules.consistency import _NATIONAL, nqf_framework
from qa_checker.table import row
from tests.conftest import NOW, baseline
from tests.heldout import data_findings
from tests.reporting.helpers import write_json

GENERIC = ["NQF", "NFQ", "National Qualifications Framework", "the national framework of qualifications", "NQF (2017)"]


@pytest.mark.parametrize("country", sorted(_NATIONAL))
@pytest.mark.parametrize("name", GENERIC)
def test_a_generic_name_is_the_framework_of_the_bodies_country(country: str, name: str) -> None:
    assert nqf_framework(name, frozenset({country})) == _NATIONAL[country]


@pytest.mark.parametrize("countries", [{"BE"}, {"ES"}, {"GB"}, {"CZ"}, {"FI", "SE"}, set()])
def test_a_generic_name_from_several_frameworks_or_none_known_stays_unknown(countries: set[str]) -> None:
    assert nqf_framework("NQF", frozenset(countries)) is None


def test_every_country_framework_is_one_whose_levels_are_known() -> None:
    assert set(_NATIONAL.values()) <= NQF_TO_EQF.keys()


def test_a_named_framework_is_read_as_before_wherever_the_body_is() -> None:
    assert nqf_framework("DQR", frozenset({"FI"})) == "DQR"
    assert nqf_framework("Irish NFQ", frozenset({"HU"})) == "NFQ"
    assert nqf_framework("NFQ", frozenset({"IE"})) == "NFQ"


def _finnish(nqf: Any, eqf: int | None) -> dict[str, Any]:
    data = baseline()
    for body in data["awarding_bodies"]:
        body["country"] = "FI"
        body["identifier"] = {"scheme": "erasmus", "value": "SF HELSINK01"}
        body.pop("region", None)
    data["level"] = {"nqf": {"framework": nqf, "level": 6}, **({"eqf": eqf} if eqf is not None else {})}
    return data


def test_the_level_rules_hold_a_generic_level_to_the_eqf_level_given() -> None:
    assert data_findings(_finnish("NQF", 7), "eu-2022") == [("MC-LV-003", "/level/nqf/level")]
    assert data_findings(_finnish("NQF", 6), "eu-2022") == []


def test_the_table_derives_the_eqf_level_of_a_generic_level(tmp_path: Path) -> None:
    report = api.check_paths([write_json(tmp_path / "fi.json", _finnish("NQF", None))], now=NOW)
    table_row = row(report.results[0])
    assert (table_row["eqf_level"], table_row["eqf_level_source"]) == (6, "derived")


@pytest.mark.parametrize(
    ("name", "countries", "framework"),
    [
        # France's nomenclature by that word, a year beside it or not (found by a probe that moved the national
        # level of 400 held-out descriptors away from their EQF level: "Nomenclature 2019" was not judged)
        ("Nomenclature 2019", {"FR"}, "RNCP"),
        ("Nomenclature de 2019", {"FR"}, "RNCP"),
        ("nomenclature des certifications professionnelles", {"FR"}, "RNCP"),
        ("Nomenclature des niveaux de formation", {"FR"}, "RNCP"),
        # from bodies of another country it names no framework known here
        ("Nomenclature 2019", {"BE"}, None),
        ("Nomenclature", {"CH"}, None),
    ],
)
def test_the_french_nomenclature_is_named_by_that_word_from_french_bodies(
    name: str, countries: set[str], framework: str | None
) -> None:
    assert nqf_framework(name, frozenset(countries)) == framework
