"""Foreign-credential importers: country names, credit ranges, pointers into JSON-LD arrays, and
JWT claims that hold no credential object."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.limits import Limits
from qa_checker.loaders import load_file
from tests.conftest import FIXTURES, NOW


def _load(tmp_path: Path, name: str, data: Any, limits: Limits | None = None) -> list[Document]:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return load_file(path, limits=limits)


def _messages(document: Document, rule: str) -> str:
    return " | ".join(f.message for f in document.findings if f.rule == rule)


def _course(country: object = "DE", credit: dict[str, Any] | None = None) -> dict[str, Any]:
    """A small CTDL course owned by an organisation with an address."""
    return {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@id": "https://example.org/course/1",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-course-1",
        "ceterms:name": {"en": "Applied Machine Learning"},
        "ceterms:ownedBy": [
            {
                "@id": "https://example.org/org/1",
                "@type": "ceterms:CredentialOrganization",
                "ceterms:name": {"en": "Example University"},
                "ceterms:address": [{"@type": "ceterms:Place", "ceterms:addressCountry": country}],
            }
        ],
        "ceterms:creditValue": [
            {
                "@type": "schema:QuantitativeValue",
                **(credit or {"schema:value": 5}),
                "ceterms:creditUnitType": [
                    {"@type": "ceterms:CredentialAlignmentObject", "ceterms:targetNode": "creditUnit:ECTSCredit"}
                ],
            }
        ],
    }


@pytest.mark.parametrize(
    "country",
    [
        "DE",
        "Germany",
        "Deutschland",
        {"en-US": "Germany"},
        {"de": "Deutschland"},
        [{"en": "Germany"}],
        {"@value": "Allemagne", "@language": "fr"},
    ],
    ids=repr,
)
def test_ctdl_address_country_as_a_code_name_or_language_map_is_read(tmp_path: Path, country: object) -> None:
    (doc,) = _load(tmp_path, "course.json", _course(country))
    assert doc.data["awarding_bodies"][0]["country"] == "DE"
    assert doc.origins["/awarding_bodies/0/country"].pointer.endswith("/ceterms:addressCountry")


def test_ctdl_address_country_naming_no_country_is_kept_as_found_and_quoted(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "course.json", _course({"de": "Ruritanien"}))
    assert doc.data["awarding_bodies"][0]["country"] == "Ruritanien"
    assert "'Ruritanien'" in _messages(doc, "MC-IM-003")
    verdicts = check_documents([doc], now=NOW).results[0]
    assert not any(f.rule == "MC-EL-003" for f in verdicts.findings)  # invalid where it stands, not missing


def test_ob3_issuer_country_named_in_an_eu_language_is_read(tmp_path: Path) -> None:
    badge = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "type": ["Achievement"],
        "id": "https://example.org/achievements/1",
        "name": "Introduction to GIS",
        "creator": {
            "id": "https://example.org/issuer",
            "type": ["Profile"],
            "name": "Example University",
            "address": {"type": ["Address"], "addressCountry": "Nederland"},
        },
    }
    (doc,) = _load(tmp_path, "badge.json", badge)
    assert doc.data["awarding_bodies"][0]["country"] == "NL"


def test_elm_country_code_given_as_a_name_is_read(tmp_path: Path) -> None:
    text = (FIXTURES / "importers/elm/credential-full.jsonld").read_text(encoding="utf-8")
    concept = '{"id": "http://publications.europa.eu/resource/authority/country/HRV", "type": "Concept"}'
    (doc,) = _load(tmp_path, "credential.jsonld", text.replace(concept, '"Hrvatska"'))
    assert doc.data["awarding_bodies"][0]["country"] == "HR"


def test_ctdl_credit_range_is_left_out_with_a_warning(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "course.json", _course(credit={"schema:minValue": 3, "schema:maxValue": 5}))
    assert "workload" not in doc.data
    warned = _messages(doc, "MC-IM-002")
    assert "range 3-5" in warned
    (finding,) = (f for f in doc.findings if f.rule == "MC-IM-002")
    assert finding.origin is not None and finding.origin.pointer == "/ceterms:creditValue/0"


def test_ctdl_credit_range_of_one_value_is_read(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "course.json", _course(credit={"schema:minValue": 4, "schema:maxValue": 4}))
    assert doc.data["workload"] == {"ects": 4}
    assert not _messages(doc, "MC-IM-002")


def _elm_array() -> list[dict[str, Any]]:
    """An ELM credential as a top-level JSON-LD array: the claim names its awarding process by id, and the
    process (with its awarding body) is the array's second node."""
    credential = {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:credential:1",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": "urn:org:1",
        "issued": "2026-02-14T09:00:00Z",
        "credentialSubject": {
            "id": "urn:person:1",
            "type": "Person",
            "fullName": {"en": "Mira Kovač"},
            "hasClaim": {
                "id": "urn:achievement:1",
                "type": "LearningAchievement",
                "title": {"en": "Coastal Water Quality Monitoring"},
                "awardedBy": {"id": "urn:awarding:1", "type": "AwardingProcess"},
            },
        },
    }
    process = {
        "@id": "urn:awarding:1",
        "@type": "AwardingProcess",
        "awardingBody": {"id": "urn:org:1", "type": "Organisation", "legalName": {"en": "Harbour Institute"}},
    }
    return [credential, process]


def test_json_ld_array_quotes_no_pointer_into_a_graph_the_file_does_not_have(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "credential.jsonld", _elm_array())
    (note,) = (f for f in doc.findings if "another description of the same process" in f.message)
    assert "@graph" not in note.message and "hasClaim.awardedBy" in note.message
    assert note.origin is not None and note.origin.pointer == "/1/awardingBody"


def test_awarding_body_named_by_id_is_noted_only_where_the_process_is_described_elsewhere(tmp_path: Path) -> None:
    """A process written in the claim naming its body by id (the body described as the issuer) is plain JSON-LD,
    with no note that the process names no body; a process described elsewhere is noted where it names the body,
    not at the organisation."""
    credential, process = _elm_array()
    body = process["awardingBody"]
    subject = credential["credentialSubject"]
    subject["hasClaim"]["awardedBy"] = {**process, "awardingBody": {"id": "urn:org:1"}}
    (doc,) = _load(tmp_path, "in-place.jsonld", [{**credential, "issuer": body}])
    assert doc.data["awarding_bodies"][0]["name"] == {"en": "Harbour Institute"}
    assert not [f for f in doc.findings if "another description of the same process" in f.message]
    subject["hasClaim"]["awardedBy"] = "urn:awarding:1"
    described = {"@id": "urn:org:1", "@type": "Organisation", "legalName": body["legalName"]}
    (doc,) = _load(tmp_path, "graph.jsonld", [credential, {**process, "awardingBody": "urn:org:1"}, described])
    (note,) = (f for f in doc.findings if "another description of the same process" in f.message)
    assert note.origin is not None and note.origin.pointer == "/1/awardingBody"


def test_json_ld_array_over_the_node_budget_is_located_in_the_array(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, "credential.jsonld", _elm_array(), Limits(jsonld_nodes=10))
    (finding,) = (f for f in doc.findings if f.rule == "MC-LD-005")
    assert finding.origin is not None and not finding.origin.pointer.startswith("/@graph")
    assert "@graph" not in finding.message


def _b64url(data: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _jwt(payload: object) -> str:
    return f"{_b64url({'alg': 'none', 'typ': 'JWT'})}.{_b64url(payload)}."


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ([{"type": ["VerifiableCredential"]}], "is a list"),
        (_jwt({"vc": {"type": ["VerifiableCredential"]}}), "nested JWT"),
        ("hello", "is not a credential object"),
    ],
    ids=["list", "nested-jwt", "text"],
)
def test_a_jwt_whose_vc_claim_is_no_credential_object_is_an_error(tmp_path: Path, claim: object, said: str) -> None:
    (doc,) = _load(tmp_path, "token.jwt", _jwt({"iss": "https://example.org", "vc": claim}))
    assert doc.data is None
    finding = doc.findings[-1]
    assert "JWT claim 'vc'" in finding.message and said in finding.message
    assert finding.origin is not None and finding.origin.pointer == "/vc"
    assert check_documents([doc], now=NOW).results[0].status == "error"
