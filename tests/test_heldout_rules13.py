"""Held-out descriptors, round thirteen: multilingual descriptors.

``tests/heldout_rules13`` holds offers and issued credentials of providers in countries with several official or
working languages (Belgium, Switzerland, Luxembourg, Finland, Ireland, Malta, Spain, Estonia) and of a European
Universities alliance, their texts given in two to four languages: versions that disagree, are left untranslated or
hold another language's text, texts missing in a declared language, language maps keyed by a code in another form,
languages declared as region tags or country codes. ``expectations.yaml`` says which rules must report, and where,
each decided before the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qa_checker.aliases import language_meant
from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules13"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_13_has_an_expectation() -> None:
    files = expected_files(FOLDER, EXPECTATIONS, 60, flawed_one_in=2)
    kinds = {yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))["kind"] for name in files}
    assert kinds == {"offer", "credential"}


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_13_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    ("key", "meant"),
    [("NL", "nl"), ("nl-NL", "nl"), ("nl_BE", "nl"), ("dut", "nl"), ("nld", "nl"), ("NLD", "nl")],
)
def test_a_language_key_in_another_form_is_told_once_and_read_as_its_language(key: str, meant: str) -> None:
    data = baseline()
    data["summary"] = {"en": data["summary"]["en"], key: data["summary"]["nl"]}
    found = {f for f in data_findings(data) if f[0] in ("MC-SC-001", "MC-VC-002", "MC-LG-002")}
    assert found == {("MC-VC-002", f"/summary/{key}")}
    assert language_meant(key) == meant


def test_a_key_of_another_language_leaves_the_declared_one_missing() -> None:
    data = baseline()
    data["summary"] = {"en": data["summary"]["en"], "vls": data["summary"]["nl"]}
    found = {f for f in data_findings(data) if f[0] in ("MC-SC-001", "MC-VC-002", "MC-LG-002")}
    assert found == {("MC-VC-002", "/summary/vls"), ("MC-LG-002", "/summary/nl")}


def test_an_object_of_other_texts_is_no_language_map() -> None:
    data = baseline()
    data["extensions"] = {"eng": "x"}
    data["assessment"]["description"] = {"en": "A written exam.", "nl": "Een schriftelijk examen."}
    assert not [f for f in data_findings(data) if f[0] == "MC-VC-002"]


@pytest.mark.parametrize(
    ("country", "languages", "pointer"),
    [
        ("BE", ["be", "en"], "/languages/0"),
        ("CH", ["de", "ch"], "/languages/1"),
        ("CY", ["cy", "en"], "/languages/0"),
        ("GB", ["en", "cy"], None),  # Welsh, from a Welsh university
        ("LT", ["be", "en"], None),  # Belarusian, from a university in Vilnius
    ],
)
def test_the_country_code_of_a_country_of_several_languages_typed_for_one(
    country: str, languages: list[str], pointer: str | None
) -> None:
    data = baseline()
    data["awarding_bodies"][0].update(country=country)
    data["awarding_bodies"][0].pop("region", None)
    data["languages"] = languages
    found = {p for rule, p in data_findings(data) if rule == "MC-VC-002"}
    assert found == ({pointer} if pointer else set())


@pytest.mark.parametrize(
    ("claimed", "copied", "reported"),
    [
        ("mt", "en", True),
        ("lb", "en", True),
        ("gl", "es", False),  # Spanish and Galician are never told apart
        ("mt", "mt", False),  # the same text twice under one code is no copy of another version
    ],
)
def test_a_version_copied_word_for_word_into_a_language_the_detector_does_not_know(
    claimed: str, copied: str, reported: bool
) -> None:
    texts = {
        "en": "Apply European data-protection law and fairness methods to real data projects.",
        "es": "Aplicar la legislación europea de protección de datos a proyectos reales de datos.",
    }
    data = baseline()
    source = texts.get(copied, "Japplika l-liġi Ewropea dwar il-protezzjoni tad-data fi proġetti reali.")
    data["summary"] = {copied: source, claimed: source} if copied != claimed else {claimed: source}
    assert (("MC-LG-001", f"/summary/{claimed}") in data_findings(data)) is reported
