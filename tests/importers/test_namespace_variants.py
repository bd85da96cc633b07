"""ELM's namespace written with https:// is ELM's, and the CTDL-ASN context (competency frameworks) is a
CTDL context qa-checker knows, so neither is read as something foreign."""

from __future__ import annotations

import json

from qa_checker.loaders import json_

ELM = "https://data.europa.eu/snb/model/elm/"


def test_an_elm_credential_with_https_iris_is_read() -> None:
    credential = {
        "@id": "urn:credential:1",
        "@type": ["https://www.w3.org/2018/credentials#VerifiableCredential", ELM + "EuropeanDigitalCredential"],
        "https://www.w3.org/2018/credentials#credentialSubject": {
            "@id": "urn:epass:person:1",
            "@type": ELM + "Person",
            ELM + "hasClaim": {
                "@id": "urn:epass:learningAchievement:1",
                "@type": ELM + "LearningAchievement",
                ELM + "specifiedBy": {
                    "@id": "urn:epass:qualification:1",
                    "@type": ELM + "Qualification",
                    ELM + "title": {"@language": "en", "@value": "Supply Chains"},
                },
            },
        },
    }
    [document] = json_.load(json.dumps(credential).encode(), "credential.jsonld")
    assert document.data is not None, document.findings
    assert document.data["title"] == {"en": "Supply Chains"}


def test_the_ctdl_asn_context_is_known() -> None:
    course = {
        "@context": ["https://credreg.net/ctdl/schema/context/json", "https://credreg.net/ctdlasn/schema/context/json"],
        "@id": "https://credentialengineregistry.org/resources/ce-1",
        "@type": "ceterms:Course",
        "ceterms:name": {"en-US": "Robot Safety"},
    }
    [document] = json_.load(json.dumps(course).encode(), "course.json")
    assert document.data is not None, document.findings
    assert not [f for f in document.findings if "is not one qa-checker knows" in f.message]
