"""The EU's own Annex I micro-credential sample, described by hand, judged element by element.

``samples/credentials/eu-elm-annex1-sample.yaml`` describes the European Learning Model sample
``Sample-MC-Annex1-unsigned.jsonld``; its header explains every judgement. The checker's verdict must
be the one a careful reader of Annex I (Council Recommendation 2022/C 243/02) gives.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import SAMPLES, realworld_or_skip

SAMPLE = SAMPLES / "credentials" / "eu-elm-annex1-sample.yaml"
ELM_FILE = "elm-v3-european-learning-model/credentials-jsonld/Sample-MC-Annex1-unsigned.jsonld"

# What a careful reader of Annex I finds in the sample.
EXPECTED_ELEMENTS = {
    # M1: the credential subject has a full name and a national identifier.
    "learner": "present",
    # M2: the achievement and its specification are titled "Digital micro-credential creation".
    "title": "present",
    # M3: the awarding body's address has the EU country authority code IRL (Ireland).
    "issuer_country": "present",
    # M4: the awarding body is the University of Zed, with a VAT identifier.
    "awarding_body": "present",
    # M5: the unsigned credential carries only validFrom; the issuance date is stamped when it is sealed,
    # so the date of issuing is not in this file.
    "issue_date": "missing",
    # M6: two learning outcomes with ESCO skills (headings rather than outcome statements, but given).
    "learning_outcomes": "present",
    # M7: 2 ECTS and a volume of learning of 60 hours.
    "workload": "present",
    # M8: EQF level 6 and an NQF level.
    "level": "present",
    # M9: an artefact assessment with a grading scheme.
    "assessment": "present",
    # M10: blended, non-formal.
    "participation": "present",
    # M11: no accreditation or other quality-assurance statement anywhere.
    "quality_assurance": "missing",
    # O1: an entry requirement (an EDC Online Credential Builder account).
    "prerequisites": "present",
    # O2: "Unsupervised without ID Verification" is a statement of supervision and ID verification.
    "supervision": "present",
    # O3: the grade "Pass".
    "grade": "present",
    # O4: isPartialQualification=false says nothing about stacking options; no hasPart/isPartOf/entitlesTo.
    "stackability": "missing",
    # O5: no further information about the micro-credential itself.
    "further_information": "missing",
}


@pytest.fixture(scope="module")
def verdict() -> dict[str, Any]:
    """The checker's JSON verdict on the hand-written descriptor, through the CLI."""
    result = CliRunner().invoke(
        cli, ["check", str(SAMPLE), "--format", "json", "--now", "2026-11-29"], catch_exceptions=False
    )
    assert result.exit_code == 1, result.output
    [entry] = json.loads(result.output)["results"]
    return entry


def test_elements_are_judged_as_a_careful_reader_would(verdict: dict[str, Any]) -> None:
    assert verdict["kind"] == "credential"
    assert verdict["elements"] == EXPECTED_ELEMENTS


def test_it_fails_for_exactly_the_two_missing_mandatory_elements(verdict: dict[str, Any]) -> None:
    # Two mandatory elements are absent (date of issuing, type of quality assurance): the
    # micro-credential does not meet Annex I, and nothing else is an error.
    assert verdict["status"] == "fail"
    errors = sorted((f["rule"], f["element"]) for f in verdict["findings"] if f["severity"] == "error")
    assert errors == [("MC-EL-005", "issue_date"), ("MC-EL-011", "quality_assurance")]


def test_missing_optional_elements_are_only_warnings(verdict: dict[str, Any]) -> None:
    warned = {f["element"] for f in verdict["findings"] if f["severity"] == "warning" and f["rule"].startswith("MC-EL")}
    assert warned == {"stackability", "further_information"}


def test_the_descriptor_invents_nothing() -> None:
    """Absent elements are left out of the descriptor, not filled with guesses."""
    data = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    for absent in ("issue_date", "quality_assurance", "stackability", "further_information", "field_of_education"):
        assert absent not in data
    assert "region" not in data["awarding_bodies"][0]  # the sample gives an ATU code, not NUTS
    assert "date_of_birth" not in data["learner"]  # a timestamp whose calendar date depends on a time zone
    assert "qf_ehea_cycle" not in data["level"]  # not stated in the sample


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}/{index}")


@pytest.mark.realworld
def test_judgements_match_the_real_file() -> None:
    """Re-read the EU sample and confirm each fact the descriptor and its verdict rest on."""
    credential = json.loads((realworld_or_skip() / ELM_FILE).read_text(encoding="utf-8"))
    keys = {key for _, key, _ in _walk(credential)}
    claim = credential["credentialSubject"]["hasClaim"]
    spec = claim["specifiedBy"]
    assessment = claim["provenBy"]
    described = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))

    # Missing: no date of issuing (only validFrom), no QA, no stacking relation, no further information.
    assert not keys & {"issued", "issuanceDate", "awardingDate"}
    assert "validFrom" in credential
    assert not keys & {"accreditation", "hasAccreditation"}
    assert not keys & {"hasPart", "isPartOf", "entitlesTo"} and spec["isPartialQualification"] is False
    assert not keys & {"supplementaryDocument", "additionalNote"}
    homepages = [path for path, key, _ in _walk(credential) if key == "homepage"]
    assert homepages and all(
        path.rsplit("/", 1)[-1] in ("awardingBody", "directedBy", "assessedBy", "issuer") for path in homepages
    ), homepages  # organisations' sites, not course information

    # Present, and described faithfully.
    assert described["title"]["en"] == spec["title"]["en"] == claim["title"]["en"]
    assert described["learner"]["name"] == credential["credentialSubject"]["fullName"]["en"]
    assert described["learner"]["identifier"]["value"] == credential["credentialSubject"]["nationalID"]["notation"]
    body = claim["awardedBy"]["awardingBody"]
    assert (
        body["location"]["address"]["countryCode"]["id"].endswith("/IRL")
        and described["awarding_bodies"][0]["country"] == "IE"
    )
    assert described["awarding_bodies"][0]["name"]["en"] == body["legalName"]["en"]
    assert spec["creditPoint"]["framework"]["prefLabel"]["en"] == "European Credit Transfer System"
    assert float(spec["creditPoint"]["point"]) == described["workload"]["ects"]
    assert spec["volumeOfLearning"] == f"PT{described['workload']['hours']}H"
    assert spec["eqfLevel"]["id"] == f"http://data.europa.eu/snb/eqf/{described['level']['eqf']}"
    outcomes = spec["learningOutcome"]
    assert [o["title"]["en"] for o in outcomes] == [o["text"]["en"] for o in described["learning_outcomes"]]
    for outcome, written in zip(outcomes, described["learning_outcomes"]):
        related = outcome["relatedESCOSkill"]
        related = related if isinstance(related, list) else [related]
        assert [s["id"] for s in related] == written["esco"]
    assert assessment["specifiedBy"]["dcType"]["prefLabel"]["en"] == "artefact assessment"
    assert assessment["idVerification"]["prefLabel"]["en"] == "Unsupervised without ID Verification"
    assert assessment["grade"]["noteLiteral"]["en"] == described["grade"]["en"]
    assert spec["mode"]["prefLabel"]["en"] == "Blended" and described["participation"]["mode"] == "blended"
    assert spec["learningSetting"]["prefLabel"]["en"] == "non-formal learning"
    assert spec["entryRequirement"]["noteLiteral"]["en"] == described["prerequisites"]["en"]


@pytest.mark.realworld
def test_the_elm_importer_reaches_the_same_verdict_on_the_real_file() -> None:
    """Checking the EU's JSON-LD itself (through the ELM importer) gives the hand-made verdict."""
    source = realworld_or_skip() / ELM_FILE
    result = CliRunner().invoke(
        cli, ["check", str(source), "--format", "json", "--now", "2026-11-29"], catch_exceptions=False
    )
    [entry] = json.loads(result.output)["results"]
    assert entry["kind"] == "credential"
    assert entry["elements"] == EXPECTED_ELEMENTS
