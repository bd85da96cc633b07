"""JSON-LD as other producers compact it, read by its terms: ``@set`` and ``@list`` objects wherever a term's values
stand (language values too), the prefixes ELM's context declares for its terms outside ELM's namespace
(``rov:legalName``, ``foaf:homepage``) without their declaration, prefixes declared in a context embedded in a node,
Open Badges 3.0 terms whose IRI has another local name (``vocab.html#CountryCode``, ``#Criteria``); an awarding body
named by an id no node describes is told as such (not replaced by the issuer); CTDL credit units and levels of a
wrong kind are told where they stand, through the accessors."""

from __future__ import annotations

import base64
import copy
import json
import urllib.parse
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.loaders import load_file

HELD_OUT = Path(__file__).resolve().parents[1] / "heldout_imports2"
ELM = "http://data.europa.eu/snb/model/elm/"
_LEFT_OUT = "could not be read and was left out"


def _load(tmp_path: Path, data: Any) -> Document:
    path = tmp_path / "file.json"
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
    (document,) = load_file(path)
    return document


def _elm() -> dict[str, Any]:
    """A complete ELM credential in compact terms (its claim at credentialSubject.hasClaim[0])."""
    data = json.loads((HELD_OUT / "elm-es-ub-presentation.json").read_text(encoding="utf-8"))
    credential: dict[str, Any] = data["verifiableCredential"][0]
    return copy.deepcopy(credential)


def test_set_and_list_objects_are_read_as_the_values_they_hold(tmp_path: Path) -> None:
    data = _elm()
    claim = data["credentialSubject"]["hasClaim"][0]
    spec = claim["specifiedBy"]
    spec["title"] = {"@set": [{"@value": "Bases de datos", "@language": "es"}]}
    spec["learningOutcome"] = {"@list": spec["learningOutcome"]}
    spec["creditPoint"] = [{"@set": spec["creditPoint"]}]
    data["credentialSubject"]["hasClaim"] = {"@set": [claim]}
    document = _load(tmp_path, data)
    assert document.data is not None
    assert document.data["title"] == {"es": "Bases de datos"}
    assert len(document.data["learning_outcomes"]) == 3
    assert document.data["workload"]["ects"] == 5
    assert not [f for f in document.findings if f.rule == "MC-IM-002"]


def test_the_elm_contexts_own_prefixes_are_understood_undeclared(tmp_path: Path) -> None:
    data = _elm()
    body = data["credentialSubject"]["hasClaim"][0]["awardedBy"]["awardingBody"][0]
    body["rov:legalName"] = body.pop("legalName")
    body["foaf:homepage"] = body.pop("homepage")
    document = _load(tmp_path, data)
    assert document.data is not None
    assert document.data["awarding_bodies"][0]["name"] == {"es": "Universitat de Barcelona"}
    assert document.data["awarding_bodies"][0]["url"] == "https://www.ub.it"


def test_prefixes_of_a_context_embedded_in_a_node_are_read(tmp_path: Path) -> None:
    data = _elm()
    subject = data["credentialSubject"]
    data["credentialSubject"] = {"@context": {"edc": ELM}, **subject, "edc:hasClaim": subject["hasClaim"]}
    del data["credentialSubject"]["hasClaim"]
    document = _load(tmp_path, data)
    assert document.data is not None
    assert document.data["title"] == {"en": "Relational Databases"}


def test_open_badges_terms_by_their_iris_local_names(tmp_path: Path) -> None:
    (credential,) = json.loads((HELD_OUT / "ob3-ch-expanded.json").read_text(encoding="utf-8"))
    document = _load(tmp_path, credential)
    assert document.data is not None
    assert document.data["awarding_bodies"][0]["country"] == "CH"
    assert document.data["assessment"]["description"] == "Pass the final programming assignment."


def test_an_awarding_body_named_by_an_id_described_nowhere_is_told_not_replaced(tmp_path: Path) -> None:
    data = _elm()
    data["credentialSubject"]["hasClaim"][0]["awardedBy"]["awardingBody"] = ["https://org.example.eu/other-body"]
    document = _load(tmp_path, data)
    assert document.data is not None
    assert "awarding_bodies" not in document.data
    (told,) = [f for f in document.findings if "only by reference" in f.message]
    assert told.origin is not None
    assert told.origin.pointer == "/credentialSubject/hasClaim/0/awardedBy/awardingBody/0"
    assert not [f for f in document.findings if "issuer was taken" in f.message]


def test_an_awarding_body_named_by_the_id_of_a_node_described_elsewhere_is_read(tmp_path: Path) -> None:
    data = _elm()
    data["credentialSubject"]["hasClaim"][0]["awardedBy"]["awardingBody"] = "urn:epass:org:ub"
    document = _load(tmp_path, data)
    assert document.data is not None
    assert document.data["awarding_bodies"][0]["name"] == {"es": "Universitat de Barcelona"}


def test_ctdl_credit_units_and_levels_of_a_wrong_kind_are_told_where_they_stand(tmp_path: Path) -> None:
    graph = json.loads((HELD_OUT / "ctdl-ie-registry-graph-course.json").read_text(encoding="utf-8"))
    for term, value in (
        ("ceterms:creditUnitType", 7),
        ("ceterms:creditUnitType", [True]),
        ("ceterms:creditLevelType", 7),
    ):
        data = copy.deepcopy(graph)
        data["@graph"][0]["ceterms:creditValue"][0][term] = value
        document = _load(tmp_path, data)
        told = [f for f in document.findings if _LEFT_OUT in f.message and f.origin is not None]
        assert [f.origin.pointer for f in told if f.origin] == [f"/@graph/0/ceterms:creditValue/0/{term}"], term


def test_a_ctdl_competency_named_by_the_registry_address_of_another_host_is_read_by_its_ctid(tmp_path: Path) -> None:
    data = json.loads((HELD_OUT / "ctdl-ie-registry-graph-course.json").read_text(encoding="utf-8"))
    for alignment in data["@graph"][0]["ceterms:teaches"]:
        alignment["ceterms:targetNode"] = alignment["ceterms:targetNode"].replace("://", "://sandbox.", 1)
    document = _load(tmp_path, data)
    assert document.data is not None
    assert len(document.data["learning_outcomes"]) == 3
    assert not [f for f in document.findings if "only by reference" in f.message]


def test_an_expanded_presentation_a_top_level_array_is_opened(tmp_path: Path) -> None:
    credential = json.loads((HELD_OUT / "elm-pt-ulisboa-expanded.json").read_text(encoding="utf-8"))
    cred = "https://www.w3.org/2018/credentials#"
    presentation = [
        {"@type": [f"{cred}VerifiablePresentation"], f"{cred}verifiableCredential": [{"@graph": [credential]}]}
    ]
    document = _load(tmp_path, presentation)
    assert document.data is not None
    assert document.data["title"] == {"en": "Relational Databases"}
    origin = document.origins["/title"]
    assert origin.pointer is not None
    assert origin.pointer.startswith(f"/0/{cred.replace('/', '~1')}verifiableCredential/0/@graph/0/")


def test_dublin_core_terms_of_the_element_set_a_context_binds_dc_to(tmp_path: Path) -> None:
    data = _elm()
    data["@context"] = [*data["@context"], {"dc": "http://purl.org/dc/elements/1.1/"}]
    claim = data["credentialSubject"]["hasClaim"][0]
    claim["title"] = {"en": "Claim title"}
    spec = claim["specifiedBy"]
    spec["dc:title"] = spec.pop("title")
    assessment = claim["provenBy"][0]["specifiedBy"]
    assessment["dc:type"] = assessment.pop("dcType")
    document = _load(tmp_path, data)
    assert document.data is not None
    assert document.data["title"] == {"en": "Relational Databases"}
    assert document.data["assessment"]["types"]


def test_an_sd_jwt_vc_iat_of_a_wrong_kind_is_told_not_dropped(tmp_path: Path) -> None:
    achievement = {"type": "Achievement", "name": "GIS Basics", "criteria": {"narrative": "Pass the exam."}}
    for iat in ("2025-01-01", True):
        claims = {"vct": "urn:eudi:micro_credential:1", "iat": iat, "credentialSubject": {"achievement": achievement}}
        document = _load(tmp_path, claims)
        assert document.data is not None
        assert "issue_date" not in document.data
        (told,) = [f for f in document.findings if f.message.startswith("iat ")]
        assert told.origin is not None and told.origin.pointer == "/iat"


def _enveloped(ident: str) -> dict[str, Any]:
    return {"@context": "https://www.w3.org/ns/credentials/v2", "type": "EnvelopedVerifiableCredential", "id": ident}


def test_an_enveloped_credential_written_as_json_in_its_data_url_is_read(tmp_path: Path) -> None:
    credential = _elm()
    text = json.dumps(credential)
    for ident in (
        "data:application/vc;base64," + base64.b64encode(text.encode()).decode(),
        "data:application/vc," + urllib.parse.quote(text),
    ):
        document = _load(tmp_path, _enveloped(ident))
        assert document.data is not None, ident[:30]
        assert document.data["title"] == {"en": "Relational Databases"}
        assert document.origins["/title"].pointer.startswith("/id/credentialSubject/hasClaim/0/")


def test_an_enveloped_cose_credential_is_refused_for_what_it_is(tmp_path: Path) -> None:
    cose = base64.b64encode(bytes([0xD2, 0x84, 0x43, 0xA1, 0x01, 0x26, 0xA0, 0xFF])).decode()
    document = _load(tmp_path, _enveloped("data:application/vc+cose;base64," + cose))
    assert document.data is None
    assert any("binary data (application/vc+cose)" in f.message for f in document.findings)


def test_elms_own_presentation_type_is_opened(tmp_path: Path) -> None:
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"],
        "type": "EuropeanDigitalPresentation",
        "elm:verifiableCredential": [_elm()],
    }
    document = _load(tmp_path, presentation)
    assert document.data is not None
    assert document.data["title"] == {"en": "Relational Databases"}


def test_a_specifications_awarding_body_named_by_an_id_described_nowhere_is_told(tmp_path: Path) -> None:
    spec = {
        "@context": ["https://www.w3.org/ns/credentials/v2", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:epass:las:1",
        "type": "LearningAchievementSpecification",
        "title": {"en": "Data basics"},
        "awardingOpportunity": {"id": "urn:epass:ao:1", "type": "AwardingOpportunity", "awardingBody": "urn:org:9"},
    }
    document = _load(tmp_path, spec)
    assert document.data is not None and "awarding_bodies" not in document.data
    (told,) = [f for f in document.findings if "only by reference" in f.message]
    assert told.origin is not None and told.origin.pointer == "/awardingOpportunity/awardingBody"
