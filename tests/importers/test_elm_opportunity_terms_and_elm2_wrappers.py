"""A learning opportunity's own terms (ELM 3 JSON-LD and the LOQ XML): its mode and learning setting before its
specification's, its price (``priceDetail``) and its schedule (``temporal``, ``duration``); the ELM 2 reading of
an organisation's own country, a specification's mode and learning setting and an assessment's type; and the
ELM v2 credentials a presentation (or another XML wrapper) holds, one result each."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qa_checker.document import Document
from qa_checker.findings import Severity
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, load_file
from tests.conftest import realworld_or_skip

FIXTURES = Path(__file__).parent / "fixtures_xml"
LOQ = FIXTURES / "loq-data-protection.xml"
ELM2 = FIXTURES / "elm2-data-protection.xml"
ELM2_FULL = FIXTURES / "elm2-mode-country-assessment.xml"
_EUR = "http://publications.europa.eu/resource/authority/currency/EUR"
_ONLINE = "http://data.europa.eu/snb/learning-assessment/920fbb3cbe"
_ONSITE = "http://data.europa.eu/snb/learning-assessment/9191af2ed9"
_FORMAL = "http://data.europa.eu/snb/learning-setting/6fd4685715"
_NON_FORMAL = "http://data.europa.eu/snb/learning-setting/e207a81fc7"


def _xml(raw: bytes, name: str = "upload.xml", limits: Limits | None = None) -> list[Document]:
    return Loaders(limits)._xml(raw, name)


def _jsonld(tmp_path: Path, opportunity: dict[str, Any]) -> Document:
    spec = {
        "id": "urn:spec:1",
        "type": "LearningAchievementSpecification",
        "title": {"en": "Data Protection by Design"},
        "mode": {"id": _ONLINE, "type": "Concept"},
        "learningSetting": {"id": _FORMAL, "type": "Concept"},
    }
    node = {"id": "urn:lo:1", "type": "LearningOpportunity", "learningAchievementSpecification": spec, **opportunity}
    path = tmp_path / "opportunity.jsonld"
    path.write_text(json.dumps({"@context": "http://data.europa.eu/snb/model/context/edc-ap", **node}))
    (document,) = load_file(path)
    return document


def _messages(document: Document) -> list[str]:
    return [f.message for f in document.findings]


def test_an_loq_opportunity_gives_its_own_mode_price_and_schedule():
    first, second = load_file(LOQ)
    assert first.data["price"] == {"amount": 450, "currency": "EUR"}
    assert first.data["participation"]["schedule"] == {"start": "2025-03-03", "end": "2025-05-30", "duration": "P12W"}
    # The autumn run is blended though its qualification says online: the opportunity's own mode is read.
    assert second.data["participation"]["mode"] == "blended"
    assert "price" not in second.data and "schedule" not in second.data["participation"]
    lines = LOQ.read_text(encoding="utf-8").splitlines()
    for pointer, text in (
        ("/price/amount", "<value>450</value>"),
        ("/price/currency", "currency/EUR"),
        ("/participation/schedule/start", "<startDate>"),
        ("/participation/schedule/duration", "<duration>P12W</duration>"),
    ):
        origin = first.origin_for(pointer)
        assert origin is not None and origin.line is not None and text in lines[origin.line - 1], pointer
    origin = second.origin_for("/participation/mode")
    assert origin is not None and origin.pointer.endswith("learningOpportunity[2]/mode")


def test_an_elm3_opportunity_is_read_before_its_specification(tmp_path):
    document = _jsonld(
        tmp_path,
        {
            "mode": [{"id": _ONSITE, "type": "Concept"}],
            "learningSetting": {"id": _NON_FORMAL, "type": "Concept"},
            "temporal": {"type": "PeriodOfTime", "startDate": "2026-01-12T09:00:00+01:00", "endDate": "2026-03-20"},
            "duration": "P10W",
            "priceDetail": {"type": "PriceDetail", "amount": {"type": "Amount", "value": "1200.50", "unit": _EUR}},
        },
    )
    data = document.data
    assert data["participation"]["mode"] == "onsite" and data["participation"]["learning_setting"] == "non-formal"
    assert data["participation"]["schedule"] == {"start": "2026-01-12", "end": "2026-03-20", "duration": "P10W"}
    assert data["price"] == {"amount": 1200.5, "currency": "EUR"}
    assert document.origin_for("/price/currency").pointer == "/priceDetail/amount/unit"


def test_an_opportunity_without_its_own_mode_keeps_its_specifications(tmp_path):
    data = _jsonld(tmp_path, {}).data
    assert data["participation"] == {"mode": "online", "learning_setting": "formal"}
    assert "price" not in data


def test_several_prices_and_periods_are_noted_and_odd_ones_kept_or_reported(tmp_path):
    document = _jsonld(
        tmp_path,
        {
            "temporal": [{"startDate": "2026-01-12"}, {"startDate": "2026-09-07"}],
            "priceDetail": [
                {"amount": {"value": 90, "unit": {"id": "http://example.org/money/euro", "type": "Concept"}}},
                {"amount": {"value": 120, "unit": _EUR}},
            ],
        },
    )
    data = document.data
    assert data["participation"]["schedule"] == {"start": "2026-01-12"}
    # A currency that is no EU currency concept is kept as found, for the schema to judge where it stands.
    assert data["price"] == {"amount": 90, "currency": "http://example.org/money/euro"}
    messages = _messages(document)
    assert "the learning opportunity gives 2 periods (temporal); only the first was read" in messages
    assert "the learning opportunity gives 2 prices (priceDetail); only the first was read" in messages
    assert any("is not an EU currency concept" in m for m in messages)
    no_unit = _jsonld(tmp_path, {"priceDetail": {"amount": {"value": 90}}})
    assert "price" not in no_unit.data
    (warning,) = [f for f in no_unit.findings if "no currency" in f.message]
    assert warning.severity is Severity.WARNING and warning.origin.pointer == "/priceDetail/amount"


def test_an_elm_v2_credential_gives_its_bodys_country_mode_setting_and_assessment_type():
    (document,) = load_file(ELM2_FULL)
    data = document.data
    assert data["awarding_bodies"] == [{"name": {"pt": "Escola Digital do Porto"}, "country": "PT"}]
    assert data["participation"] == {"mode": "blended", "learning_setting": "non-formal"}
    assert data["assessment"]["types"] == ["marked-assignment"]
    lines = ELM2_FULL.read_text(encoding="utf-8").splitlines()
    for pointer, text in (
        ("/awarding_bodies/0/country", "<country "),
        ("/participation/mode", "<mode "),
        ("/participation/learning_setting", "<learningSetting "),
        ("/assessment/types/0", "<type "),
    ):
        origin = document.origin_for(pointer)
        assert origin is not None and text in lines[origin.line - 1], pointer
    assert not [f for f in document.findings if f.severity is not Severity.INFO]


def test_an_elm2_json_attestation_gives_its_bodys_own_country(tmp_path):
    attestation = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "id": "urn:uuid:3f1c",
        "type": ["VerifiableCredential", "VerifiableAttestation", "Europass"],
        "issuanceDate": "2025-09-12T09:00:00Z",
        "credentialSubject": {
            "id": "did:example:learner",
            "achieved": [
                {
                    "id": "urn:epass:learningAchievement:1",
                    "title": "Accessible Web Design",
                    "wasAwardedBy": {
                        "id": "urn:epass:awardingProcess:1",
                        "awardingBody": [
                            {
                                "id": "urn:epass:org:1",
                                "preferredName": "Escola Digital do Porto",
                                "location": [
                                    {
                                        "address": [
                                            {
                                                "countryCode": {
                                                    "uri": "http://publications.europa.eu/resource/authority/country/PRT"
                                                }
                                            }
                                        ]
                                    }
                                ],
                            }
                        ],
                    },
                    "specifiedBy": {"id": "urn:spec:1", "title": "Accessible Web Design", "mode": [_ONLINE]},
                }
            ],
        },
    }
    path = tmp_path / "attestation.json"
    path.write_text(json.dumps(attestation))
    (document,) = load_file(path)
    assert document.data["awarding_bodies"][0]["country"] == "PT"
    assert document.data["participation"] == {"mode": "online"}


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("?>", 1)[1]


def test_each_credential_a_presentation_holds_is_read_by_its_position():
    raw = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<verifiablePresentation xmlns="http://data.europa.eu/snb/vp">\n'
        f"<type uri='http://data.europa.eu/snb/credential/e34929035b'/>{_body(ELM2)}{_body(ELM2_FULL)}"
        "</verifiablePresentation>"
    ).encode()
    first, second = _xml(raw, "shared.xml")
    assert (first.source, second.source) == ("shared.xml [europassCredential 1]", "shared.xml [europassCredential 2]")
    assert first.data["title"]["en"] == "Data Protection by Design"
    assert second.data["awarding_bodies"][0]["country"] == "PT"
    lines = raw.decode().splitlines()
    (note,) = [f for f in second.findings if f.message.startswith("read credential")]
    assert note.message == "read credential 2 of 2 in a verifiablePresentation"
    assert note.origin.pointer == "/verifiablePresentation/europassCredential[2]"
    assert "<europassCredential" in lines[note.origin.line - 1]
    level = first.origin_for("/level/eqf")
    assert (
        level.pointer.startswith("/verifiablePresentation/europassCredential[1]/")
        and "<hasEQFLevel" in (lines[level.line - 1])
    )


def test_a_wrapper_of_one_credential_reads_it_and_an_empty_presentation_is_refused():
    (one,) = _xml(
        f"<europassPresentation xmlns='http://data.europa.eu/snb'>{_body(ELM2)}</europassPresentation>".encode()
    )
    assert one.source == "upload.xml" and one.data["kind"] == "credential"
    (empty,) = _xml(b'<verifiablePresentation xmlns="http://data.europa.eu/snb/vp">\n<type/></verifiablePresentation>')
    assert empty.data is None
    assert (
        empty.findings[0].message == ("the document is a Europass ELM v2 presentation (XML) without credentials")
        and empty.findings[0].origin.line == 1
    )


def test_too_many_credentials_in_a_wrapper_are_refused_at_the_limit():
    raw = f"<wrapper>{_body(ELM2) * 3}</wrapper>".encode()
    (refusal,) = _xml(raw, limits=Limits(max_documents=2))
    assert refusal.data is None and "max-documents" in refusal.findings[0].message


def test_the_real_loq_upload_gives_each_opportunitys_price_and_schedule():
    root = realworld_or_skip()
    first, second, _qualification = load_file(root / "elm-v3-european-learning-model" / "loq-xml" / "loq.xml")
    assert first.data["price"]["currency"] == "XXX"  # the file's own (test) currency, for the rules to judge
    assert first.data["participation"]["schedule"]["start"] == "2024-10-17"
    assert second.data["participation"]["schedule"]["duration"] == "P0Y2M7DT1H10M0S"


def test_a_claims_learning_opportunity_gives_the_mode_it_was_followed_in(tmp_path: Path) -> None:
    """An ELM 3 credential's claim names the opportunity it was achieved through: its mode is the one the
    learner followed, before the specification's."""
    spec = {"id": "urn:spec:1", "type": "LearningAchievementSpecification", "title": {"en": "Data Protection"}}
    spec["mode"] = {"id": _ONLINE, "type": "Concept"}
    claim = {
        "id": "urn:claim:1",
        "type": "LearningAchievement",
        "title": {"en": "Data Protection"},
        "specifiedBy": spec,
        "learningOpportunity": {"id": "urn:lo:1", "type": "LearningOpportunity", "mode": {"id": _ONSITE}},
        "awardedBy": {
            "id": "urn:award:1",
            "type": "AwardingProcess",
            "awardingBody": {"id": "urn:org:1", "type": "Organisation", "legalName": {"en": "Sample College"}},
        },
    }
    credential = {
        "@context": ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"],
        "id": "urn:uuid:mode",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuanceDate": "2025-01-10T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "type": "Person", "hasClaim": [claim]},
    }
    path = tmp_path / "credential.jsonld"
    path.write_text(json.dumps(credential))
    (document,) = load_file(path)
    assert document.data["participation"]["mode"] == "onsite"
