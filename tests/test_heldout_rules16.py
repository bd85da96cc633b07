"""Held-out descriptors, round sixteen: assessment, participation, quality assurance, supervision and grades as
providers write them.

``tests/heldout_rules16`` holds offers and issued credentials of universities, universities of applied sciences,
chambers, VET centres, adult-education centres, distance-learning schools and MOOC platforms in Germany, Austria,
France, Spain, Italy, the Netherlands, Belgium, Poland, Portugal, Sweden, Denmark, Finland, the Czech Republic,
Ireland and the UK: weighted assessment methods, proctored online examinations, identity checks, attendance only,
recognition of prior learning, accreditations and certifications by named and unnamed bodies, national grading
scales. ``expectations.yaml`` says which rules must report, and where, each decided before the checker ran; every
other rule must stay silent, MC-LO-* excepted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import baseline
from tests.heldout import assert_exactly_expected, data_findings, expectations, expected_cases, expected_files
from tests.timing import assert_linear

FOLDER = Path(__file__).resolve().parent / "heldout_rules16"
EXPECTATIONS = expectations(FOLDER)


def test_every_descriptor_of_round_16_has_an_expectation() -> None:
    expected_files(FOLDER, EXPECTATIONS, 45, flawed_one_in=2)


@pytest.mark.parametrize("name", expected_cases(EXPECTATIONS))
def test_descriptor_of_round_16_gets_exactly_the_expected_findings(name: str) -> None:
    assert_exactly_expected(FOLDER, EXPECTATIONS[name], name)


def _rule_findings(data: dict[str, Any], rule: str) -> set[str]:
    """Where ``rule`` reports on a descriptor given as data."""
    return {at for found, at in data_findings(data) if found == rule}


@pytest.mark.parametrize(
    ("description", "found"),
    [
        # A remote proctoring service's name states a watched sitting in a text of any language.
        ({"pl": "Portfolio i końcowa rozmowa online prowadzona przez Examity."}, set()),
        ({"fr": "Dossier noté ; l'entretien final a lieu en ligne avec ProctorU."}, set()),
        # So does an identity document shown at the assessment.
        ({"pl": "Końcowa rozmowa przez wideokonferencję; uczestnik okazuje dowód osobisty do kamery."}, set()),
        ({"pt": "Entrevista final por videoconferência, com apresentação do cartão de cidadão."}, set()),
        ({"es": "Defensa final por videollamada, mostrando el documento nacional de identidad."}, set()),
        ({"da": "Portfolien forsvares på campus; medbring gyldigt billed-ID."}, set()),
        ({"cs": "Obhajoba portfolia na fakultě, účastník předloží občanský průkaz."}, set()),
        ({"hu": "A portfólió bemutatása a karon, személyi igazolvány bemutatásával."}, set()),
        # A lockdown browser alone watches no one, and a Polish "dni" (days) is no Spanish identity card.
        ({"de": "Lernportfolio; die Selbsttests laufen im Safe Exam Browser."}, {"/assessment/supervision"}),
        ({"pl": "Portfolio do oddania w ciągu 5 dni."}, {"/assessment/supervision"}),
    ],
)
def test_a_proctoring_service_or_an_identity_document_states_a_checked_sitting(
    description: dict[str, str], found: set[str]
) -> None:
    data = baseline()
    data["languages"] = list(description)
    data["assessment"] = {
        "types": ["portfolio"],
        "supervision": "supervised-online-id-check",
        "description": description,
    }
    assert _rule_findings(data, "MC-AS-001") == found


@pytest.mark.parametrize(
    ("awarding", "external", "found"),
    [
        # The short name a body gives itself in brackets is its name, in more than one word too.
        ("Technische Universität Dresden (TU Dresden)", "TU Dresden", {"/quality_assurance/external/body"}),
        ("Universidad del País Vasco (UPV/EHU)", "UPV/EHU", {"/quality_assurance/external/body"}),
        ("Fachhochschule Kiel (FH Kiel)", "FIBAA", set()),
        # A remark in brackets is no name.
        ("Hochschule Fresenius (staatlich anerkannt)", "staatlich anerkannt", set()),
    ],
)
def test_a_bracketed_short_name_of_several_words_is_the_awarding_body(
    awarding: str, external: str, found: set[str]
) -> None:
    data = baseline()
    data["awarding_bodies"][0]["name"] = awarding
    data["quality_assurance"]["external"]["body"] = external
    assert _rule_findings(data, "MC-QA-001") == found


def _check_named_with_spaces(spaces: int) -> object:
    """The findings on a descriptor whose body is named with an unclosed bracket before ``spaces`` spaces."""
    data = baseline()
    data["awarding_bodies"][0]["name"] = "Hochschule (" + " " * spaces + "HS Berlin"
    data["quality_assurance"]["external"]["body"] = "HS Berlin"
    return data_findings(data)


def test_an_awarding_body_name_built_to_be_slow_is_read_in_linear_time() -> None:
    assert_linear(_check_named_with_spaces, 50_000, 200_000)
