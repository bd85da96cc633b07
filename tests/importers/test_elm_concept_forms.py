"""ELM concepts written with https:// (``https://data.europa.eu/snb/eqf/6``) are the EU concepts of the same
path, and a credit framework written as a bare name (``"framework": "ECTS"``) is read as a blank concept's
notation, not reported as an unknown concept URI."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.document import Document
from qa_checker.ids import IMPORT_CONVERTED
from qa_checker.loaders import json_

SPEC = "/credentialSubject/hasClaim/0/specifiedBy"


def _credential(spec: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {"id": "urn:epass:org:1", "type": "Organisation", "legalName": {"en": "Hogeschool Voorbeeld"}},
        "issued": "2026-07-01T10:00:00Z",
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "fullName": {"en": "Jan de Vries"},
            "hasClaim": [
                {
                    "id": "urn:epass:learningAchievement:1",
                    "type": "LearningAchievement",
                    "specifiedBy": {
                        "id": "urn:epass:qualification:1",
                        "type": "Qualification",
                        "title": {"en": "Supply Chains"},
                        **spec,
                    },
                }
            ],
        },
    }


def _load(spec: dict[str, Any]) -> Document:
    [document] = json_.load(json.dumps(_credential(spec)).encode(), "credential.jsonld")
    assert document.data is not None, document.findings
    return document


def test_https_concepts_are_the_eu_concepts() -> None:
    document = _load(
        {
            "eqfLevel": {"id": "https://data.europa.eu/snb/eqf/6", "type": "Concept"},
            "mode": [{"id": "https://data.europa.eu/snb/learning-assessment/920fbb3cbe", "type": "Concept"}],
        }
    )
    assert document.data["level"] == {"eqf": 6}
    assert document.data["participation"]["mode"] == "online"


def test_an_https_mode_that_is_neither_online_onsite_nor_blended_is_said_so() -> None:
    document = _load({"mode": [{"id": "https://data.europa.eu/snb/learning-assessment/729f3bed4b", "type": "Concept"}]})
    [finding] = [f for f in document.findings if f.pointer == "/participation/mode"]
    assert finding.rule == IMPORT_CONVERTED and "Workbased" in finding.message


def test_a_credit_framework_named_bare_is_read_by_its_name() -> None:
    credit = {"id": "urn:epass:creditPoint:1", "type": "CreditPoint", "framework": "ECTS", "point": "5"}
    document = _load({"creditPoint": [credit]})
    assert document.data["workload"] == {"ects": 5}
    assert not [f for f in document.findings if f.pointer.startswith("/workload")]


def test_a_credit_framework_of_a_wrong_uri_that_names_its_system_is_told_the_systems_uri() -> None:
    """A framework whose URI is no EU concept but whose notation or URI names ECTS or ECVET (a DC4EU sample writes
    ".../education-credit/ECVET", another a mistyped ECTS URI with the notation "ECTS") is told the concept URI to
    write, not that the vocabulary lacks the system it names."""
    for framework, name, uri in (
        ({"id": "http://data.europa.eu/snb/education-credit/ECVET", "type": "Concept"}, "ECVET", "60b314e826"),
        (
            {"id": "http://data.europa.eu/snb/education-credit/6fcec5c425", "type": "Concept", "notation": "ECTS"},
            "ECTS",
            "6fcec5c5af",
        ),
    ):
        credit = {"id": "urn:epass:creditPoint:1", "type": "CreditPoint", "framework": framework, "point": "5"}
        document = _load({"creditPoint": [credit]})
        [finding] = [f for f in document.findings if f.pointer == "/workload/other_credits"]
        assert f"is named {name} but is not the EU concept of {name}" in finding.message
        assert finding.hint.endswith(f"http://data.europa.eu/snb/education-credit/{uri}.")
