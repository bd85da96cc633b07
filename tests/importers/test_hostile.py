"""Broken and hostile foreign documents: refused or read with located findings, never an exception."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa_checker.api import check_documents
from qa_checker.limits import Limits
from qa_checker.loaders import load_file
from tests.conftest import FIXTURES, NOW

HERE = FIXTURES / "importers" / "hostile"

REFUSED = {
    "context-only.jsonld": "JSON-LD context",
    "json-schema.json": "JSON Schema ('Some credential schema')",
    "unknown-type.jsonld": "of type SpaceshipLicence",
    "envelope-number-payload.json": "payload is a number",
    "envelope-garbage-payload.json": "neither JSON text nor base64url",
    "garbage-payload.jwt": "not base64url-encoded JSON",
    "not-a-token.jwt": "not a compact JWS/JWT",
}


NOT_CREDENTIALS = {"context-only.jsonld", "json-schema.json", "unknown-type.jsonld"}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_a_clear_reason(name: str):
    (doc,) = load_file(HERE / name)
    assert doc.data is None
    errors = [f for f in doc.findings if f.severity.value == "error"]
    assert len(errors) == 1 and REFUSED[name] in errors[0].message
    result = check_documents([doc], now=NOW).results[0]
    # A file that is no credential at all (a schema, a context, another JSON-LD type) is skipped with its
    # reason; a credential that cannot be read (a broken envelope or token) is an error.
    assert result.status == ("skipped" if name in NOT_CREDENTIALS else "error")


def test_wrong_types_everywhere_are_reported_where_they_are():
    (doc,) = load_file(HERE / "elm-wrong-types.jsonld")
    warned = {f.pointer: f for f in doc.findings if f.rule == "MC-IM-002"}
    assert warned["/issue_date"].origin.pointer == "/issued"
    assert "not an ISO 8601 duration" in warned["/workload/hours"].message
    assert "ambiguous" in warned["/participation/mode"].message
    assert "issue_date" not in doc.data
    # Values of a controlled vocabulary that are not in it are kept as found (never dropped, never read by
    # a label), explained by a note, and judged invalid on their element at their place in the original.
    noted = {f.pointer: f for f in doc.findings if f.rule == "MC-IM-003"}
    assert "ATLANTIS" in noted["/awarding_bodies/0/country"].message
    assert "eqf/11" in noted["/level/eqf"].message
    assert "unknown-check" in noted["/assessment/supervision"].message
    assert "'many'" in noted["/workload/ects"].message
    assert doc.data["level"] == {"eqf": 11}
    result = check_documents([doc], now=NOW).results[0]
    assert result.status == "fail"
    assert {f.rule for f in result.findings} >= {"MC-IM-002", "MC-EL-004", "MC-EL-006"}
    assert {k: result.elements[k] for k in ("issuer_country", "level", "supervision")} == dict.fromkeys(
        ("issuer_country", "level", "supervision"), "invalid"
    )
    errors = {(f.element, f.origin.pointer) for f in result.findings if f.severity.value == "error" and f.origin}
    assert errors >= {
        ("issuer_country", "/credentialSubject/hasClaim/awardedBy/awardingBody/2/location/address/countryCode"),
        ("level", "/credentialSubject/hasClaim/specifiedBy/eqfLevel"),
        ("supervision", "/credentialSubject/hasClaim/provenBy/2/idVerification"),
    }
    # The subject is named only by its document-local id: no learner.
    assert result.elements["learner"] == "missing"


def test_cyclic_references_terminate():
    documents = load_file(HERE / "cyclic-references.jsonld")
    assert [d.imported_from for d in documents] == ["ELM v3 Qualification", "ELM v3 LearningOpportunity"]
    assert documents[0].data["stackability"]["towards"][0]["title"] == {"en": "Loop two"}


def test_enormous_strings_are_carried_not_choked_on(tmp_path: Path):
    huge = "x" * 3_000_000
    badge = {
        "@context": ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "type": "Achievement",
        "id": "urn:huge",
        "name": huge,
        "description": huge,
        "inLanguage": huge,
    }
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(badge), encoding="utf-8")
    (doc,) = load_file(path, limits=Limits(max_bytes=20_000_000))
    assert doc.data["title"] == huge
    assert any(f.pointer == "/languages" for f in doc.findings)


def test_deeply_nested_graph_is_refused_before_import(tmp_path: Path):
    node: dict = {"@id": "urn:leaf", "@type": "Qualification", "title": {"en": "deep"}}
    for i in range(200):
        node = {"@id": f"urn:n{i}", "@type": "Qualification", "hasPart": node}
    path = tmp_path / "deep.jsonld"
    path.write_text(
        json.dumps({"@context": "http://data.europa.eu/snb/model/context/edc-ap", "@graph": [node]}), encoding="utf-8"
    )
    (doc,) = load_file(path)
    assert doc.data is None and doc.findings[0].rule == "MC-LD-004"


def test_deep_payload_inside_an_envelope_is_refused(tmp_path: Path):
    inner: dict = {"type": "Achievement"}
    for _ in range(100):
        inner = {"type": "Achievement", "alignment": inner}
    path = tmp_path / "deep-envelope.json"
    path.write_text(json.dumps({"payload": json.dumps(inner), "signatures": []}), encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data is None and "nested more than" in doc.findings[-1].message


def test_presentation_without_credentials_and_non_credential_json_are_refused(tmp_path: Path):
    empty_vp = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [],
    }
    form = {"credentialTitle": "x", "ectsPoints": "5", "title": "y"}
    for name, data, expected in (
        ("vp.json", empty_vp, "Verifiable Presentation without credentials"),
        ("form.json", form, "keys are mostly not descriptor fields"),
    ):
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        (doc,) = load_file(path)
        assert doc.data is None and expected in doc.findings[-1].message


def test_hand_written_descriptor_without_version_is_still_checked_as_a_descriptor(tmp_path: Path):
    path = tmp_path / "nearly.json"
    path.write_text(json.dumps({"id": "x", "title": "Nearly a descriptor", "workload": {"ects": 5}}), encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data is not None and doc.imported_from is None


def test_ctdl_wrong_types_and_dangling_references():
    (doc,) = load_file(HERE / "ctdl-wrong-types.json")
    # The delivery type that is not a CTDL one is kept as found (invalid), never dropped.
    assert doc.data == {
        "descriptor_version": "1.0",
        "kind": "offer",
        "id": "https://registry.example.org/course/broken",
        "participation": {"mode": "ByCarrierPigeon"},
    }
    warned = [(f.pointer, f.origin.pointer) for f in doc.findings if f.rule == "MC-IM-002" and f.origin]
    assert ("/awarding_bodies", "/ceterms:ownedBy") in warned
    assert ("/stackability", "/ceterms:isPartOf") in warned
    assert ("/languages", "/ceterms:inLanguage/1") in warned
    noted = [(f.pointer, f.origin.pointer) for f in doc.findings if f.rule == "MC-IM-003" and f.origin]
    assert ("/participation/mode", "/ceterms:deliveryType/0") in noted
    result = check_documents([doc], now=NOW).results[0]
    assert result.elements["participation"] == "invalid"
    assert any(
        f.severity.value == "error" and f.origin and f.origin.pointer == "/ceterms:deliveryType/0"
        for f in result.findings
    )


def test_ctdl_organisation_with_an_empty_name_is_reported_where_it_is(tmp_path: Path):
    course = {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": "ceterms:Course",
        "ceterms:name": "Soil Mechanics",
        "ceterms:ownedBy": [{"@id": "urn:org:1", "ceterms:name": ""}],
    }
    path = tmp_path / "course.json"
    path.write_text(json.dumps(course), encoding="utf-8")
    (doc,) = load_file(path)
    assert "awarding_bodies" not in doc.data
    warned = [(f.pointer, f.origin.pointer) for f in doc.findings if f.rule == "MC-IM-002"]
    assert warned == [("/awarding_bodies", "/ceterms:ownedBy/0/ceterms:name")]


def _b64url(text: str) -> str:
    import base64

    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


# A payload's JSON is read as a JSON file is: what no later step can use (a number beyond a double, NaN,
# a key given twice, nesting Python cannot read) refuses it with its reason, never reaching the rules.
PAYLOADS = {
    '{"descriptor_version": "1.0", "workload": {"ects": 1' + "0" * 400 + "}}": "number of 401 digits",
    '{"descriptor_version": "1.0", "workload": {"ects": ' + "9" * 5000 + "}}": "number of 5,000 digits",
    '{"descriptor_version": "1.0", "workload": {"ects": NaN}}': "holds NaN",
    '{"descriptor_version": "1.0", "workload": {"ects": -Infinity}}': "holds -Infinity",
    '{"descriptor_version": "1.0", "workload": {"ects": 1e999}}': "the number 1e999",
    '{"descriptor_version": "1.0", "kind": "offer", "kind": "credential"}': "key 'kind' more than once",
    "[" * 100_000 + "]" * 100_000: "nested too deeply",
}


@pytest.mark.parametrize("payload", sorted(PAYLOADS), ids=lambda p: PAYLOADS[p].replace(" ", "-"))
@pytest.mark.parametrize("envelope", ["jwt", "signed"])
def test_a_payload_value_no_step_can_use_refuses_the_payload(tmp_path: Path, payload: str, envelope: str) -> None:
    if envelope == "jwt":
        path = tmp_path / "token.jwt"
        header = _b64url('{"alg":"none"}')
        path.write_text(f"{header}.{_b64url(payload)}.", encoding="utf-8")
    else:
        path = tmp_path / "signed.json"
        path.write_text(json.dumps({"payload": _b64url(payload), "signatures": []}), encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data is None
    assert PAYLOADS[payload] in doc.findings[-1].message
    assert check_documents([doc], now=NOW).results[0].status == "error"


@pytest.mark.parametrize("header", ["\x00\x01", "[]", '"alg"', "not json"])
def test_a_jwt_whose_header_is_no_json_object_is_refused(tmp_path: Path, header: str) -> None:
    path = tmp_path / "token.jwt"
    path.write_text(f"{_b64url(header)}.{_b64url(json.dumps({'descriptor_version': '1.0'}))}.", encoding="utf-8")
    (doc,) = load_file(path)
    assert doc.data is None and "header is not a base64url-encoded JSON object" in doc.findings[-1].message
