"""Held-out descriptors, round twelve: issued credentials and stacking.

``tests/heldout_rules12`` holds credentials issued to a named learner by universities of ten countries, each in its
language (and a joint credential of an Austrian and a Slovak university): learner identification, the date of
issuing, grades and pass/fail results inside and outside their schemes, supervision and identity checks,
recognition of prior learning, expiry, revocation and corrected re-issues; and offers that stack towards larger
credentials, programmes of micro-credentials among them. ``expectations.yaml`` says which rules must report, and
where, each decided before the checker ran; every other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import baseline, graded_credential
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files

FOLDER = Path(__file__).resolve().parent / "heldout_rules12"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_12_has_an_expectation() -> None:
    files = expected_files(FOLDER, EXPECTATIONS, 60, flawed_one_in=2)
    kinds = {yaml.safe_load((FOLDER / name).read_text(encoding="utf-8"))["kind"] for name in files}
    assert kinds == {"offer", "credential"}


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_12_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


@pytest.mark.parametrize(
    ("scheme", "language", "passing", "failing"),
    [
        ("Apto / no apto.", "es", "Apta", "No apta"),
        ("Aprobado / suspenso.", "es", "aprobada", "suspensa"),
        ("Idoneo / non idoneo.", "it", "idonea", "non idonea"),
        ("Approvato / non approvato.", "it", "approvata", "non approvata"),
        ("Aprovado / Reprovado.", "pt", "Aprovada", "Reprovada"),
        ("Admis / respins.", "ro", "admisă", "respinsă"),
        ("Acquis / non acquis.", "fr", "acquise", "non acquise"),
        ("Validé / non validé.", "fr", "validée", "non validée"),
        ("Zaliczenie bez oceny: zaliczono / nie zaliczono.", "pl", "zaliczono", "nie zaliczono"),
        ("zdany / niezdany", "pl", "zdana", "niezdana"),
        ("Splněno / nesplněno.", "cs", "splněno", "nesplněno"),
        ("Apte / no apte.", "ca", "apta", "no apta"),
    ],
)
def test_a_result_of_pass_or_fail_is_read_in_every_gender(
    scheme: str, language: str, passing: str, failing: str
) -> None:
    for grade, fails in ((passing, False), (failing, True)):
        data = graded_credential({language: scheme}, grade)
        data["languages"] = [language]
        assert ("MC-AS-004" in {rule for rule, _ in data_findings(data)}) is fails, grade


@pytest.mark.parametrize(
    ("scheme", "grade", "fails"),
    [
        ("Notenskala 1,0 bis 5,0; bestanden bis einschließlich 4,0.", "5,0", True),
        ("Notenskala 1,0 bis 5,0; bestanden bis einschließlich 4,0.", "4,0", False),
        ("Grades 1.0 to 5.0; passed up to and including 4.0.", "4.3", True),
        ("Grades 1.0 to 5.0; passed up to and including 4.0.", "1.7", False),
        ("Hodnotenie A až FX.", "FX", True),
        ("Hodnotenie A až FX.", "E", False),
        ("Grades A, B, C, D, E, FX.", "FX", True),
        ("Klasifikačná stupnica A – FX; E je najnižšie úspešné hodnotenie.", "D", False),
        ("A-F", "F", False),  # a letter scale that names no pass and is not the ECTS one
    ],
)
def test_an_inclusive_pass_mark_and_the_ects_fx_scale(scheme: str, grade: str, fails: bool) -> None:
    assert ("MC-AS-004" in {rule for rule, _ in data_findings(graded_credential(scheme, grade))}) is fails


@pytest.mark.parametrize(
    ("awarding", "external", "itself"),
    [
        ("Slovenská technická univerzita v Bratislave", "STU", True),
        ("České vysoké učení technické v Praze", "ČVUT", True),
        ("Vysoké učení technické v Brně", "VUT", True),
        ("Uniwersytet Jagielloński w Krakowie", "UJ", True),
        ("Fakultet elektrotehnike i računarstva", "FER", True),
        ("Universitat Politècnica de Catalunya", "UPC", True),
        ("Slovenská technická univerzita v Bratislave", "SAAVŠ", False),
        ("České vysoké učení technické v Praze", "NAÚ", False),
        ("Technische Universität Wien", "AQ Austria", False),
    ],
)
def test_an_awarding_body_is_known_by_the_acronym_of_its_name_without_its_seat(
    awarding: str, external: str, itself: bool
) -> None:
    data = baseline()
    data["awarding_bodies"] = [{"name": awarding, "country": "SK"}]
    data["quality_assurance"]["external"] = {"body": external, "country": "SK", "framework": "ESG"}
    assert (("MC-QA-001", "/quality_assurance/external/body") in data_findings(data)) is itself


@pytest.mark.parametrize(
    ("stackability", "found"),
    [
        ({"type": "stackable", "towards": {"title": "MSc Data Science"}}, {("MC-SC-001", "/stackability/towards")}),
        ({"type": "stackable", "towards": "MSc Data Science"}, {("MC-SC-001", "/stackability/towards")}),
        ({"type": "stackable", "towards": []}, {("MC-SK-001", "/stackability")}),
        (
            {"type": "stand-alone", "towards": {"title": "MSc Data Science"}},
            {("MC-SC-001", "/stackability/towards"), ("MC-SK-001", "/stackability/type")},
        ),
    ],
)
def test_a_target_in_the_wrong_shape_is_still_a_target(
    stackability: dict[str, object], found: set[tuple[str, str]]
) -> None:
    data = baseline()
    data["stackability"] = stackability
    assert {f for f in data_findings(data) if f[0] in ("MC-SC-001", "MC-SK-001")} == found
