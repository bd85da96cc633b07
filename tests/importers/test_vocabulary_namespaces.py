"""A concept is read as a term of a known vocabulary only when it is in that vocabulary's namespace.

The last segment of a URI is no code: ``http://example.org/isced-f/0413`` is not ISCED-F 0413,
``http://example.org/country/DEU`` is not Germany, ``https://example.org/eqf/6`` is not EQF level 6,
``https://example.org/esco/skill/x`` is no ESCO skill and ``ext:OnlineOnly`` no CTDL delivery type. Such a
value is kept as found (so the element is judged invalid) or left out, as any unknown concept is. The EU
authority tables (http or https), ESCO, the EQF and ISCED-F concepts and CTDL's concept schemes, written as
their URIs, prefixed names or bare terms, are read as before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.importers.builder import country_code, language_code
from tests.importers.test_format_variants import HERE, _load, _same_as_original

EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/"
EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"


def _text(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


def _variant(tmp_path: Path, name: str, old: str, new: str) -> Document:
    """The fixture ``name`` with ``old`` written ``new`` (once), imported (its first document: the CTDL
    fixture's course)."""
    text = _text(name)
    assert text.count(old) >= 1, old
    document = _load(tmp_path, "variant.json", json.loads(text.replace(old, new, 1)))[0]
    assert document.data is not None, [f.message for f in document.findings]
    return document


def _messages(document: Document) -> str:
    return " | ".join(f.message for f in document.findings)


# --- Country and language codes -----------------------------------------------------------------------------


def test_a_country_or_language_is_read_from_the_eu_authority_table_only():
    for uri in (EU_COUNTRY + "DEU", "https://publications.europa.eu/resource/authority/country/DEU/"):
        assert country_code(uri) == "DE", uri
    for value in ("DE", "DEU", "Germany"):
        assert country_code(value) == "DE", value
    for uri in (
        "http://example.org/country/DEU",
        "http://example.org/resource/authority/country/DEU",
        EU_LANGUAGE + "DEU",  # another table of the EU's
        "atold:country/DEU",  # a prefixed name: its importer expands it by the document's prefixes first
        "country/DEU",
    ):
        assert country_code(uri) is None, uri
    for value in (EU_LANGUAGE + "ENG", EU_LANGUAGE + "EN", "en-GB", "ENG", "English"):
        assert language_code(value) == "en", value
    for uri in ("http://example.org/language/ENG", EU_COUNTRY + "ENG", "http://id.example/iso639-1/en"):
        assert language_code(uri) is None, uri


ELM = "elm/credential-full.jsonld"


def test_elm_country_of_another_namespace_is_kept_as_found(tmp_path):
    document = _variant(tmp_path, ELM, EU_COUNTRY + "HRV", "http://example.org/country/HRV")
    assert document.data["awarding_bodies"][0]["country"] == "http://example.org/country/HRV"
    assert "the country 'http://example.org/country/HRV' is not in the EU country authority table" in _messages(
        document
    )


def test_elm_country_and_language_as_prefixed_names_of_the_eu_tables_are_read(tmp_path):
    original = json.loads(_text(ELM))

    def prefixed(data: Any) -> Any:
        data["@context"] = [*data["@context"], {"atold": "http://publications.europa.eu/resource/authority/"}]
        text = json.dumps(data).replace(EU_COUNTRY, "atold:country/").replace(EU_LANGUAGE, "atold:language/")
        return json.loads(text)

    _same_as_original(tmp_path, original, prefixed)


def test_elm_language_of_another_namespace_is_no_language(tmp_path):
    document = _variant(tmp_path, ELM, EU_LANGUAGE + "ENG", "http://example.org/language/ENG")
    assert "languages" not in document.data
    assert "the language 'http://example.org/language/ENG' has no ISO 639-1 code" in _messages(document)


# --- ISCED-F, EQF, ESCO and skill types (ELM) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "kept"),
    [
        ("http://example.org/isced-f/0521", "http://example.org/isced-f/0521"),
        # An unknown code is kept as its number only when the URI is ISCED-F's.
        ("http://example.org/isced-f/1234", "http://example.org/isced-f/1234"),
        ("http://data.europa.eu/snb/isced-f/1234", "1234"),
    ],
)
def test_elm_field_of_another_namespace_is_no_isced_code(tmp_path, uri: str, kept: str):
    document = _variant(tmp_path, ELM, "http://data.europa.eu/snb/isced-f/0521", uri)
    assert document.data["field_of_education"] == kept
    assert "is not an ISCED-F 2013 concept URI; it is kept as found" in _messages(document)


def test_elm_eqf_level_of_another_namespace_is_no_level(tmp_path):
    document = _variant(tmp_path, ELM, "http://data.europa.eu/snb/eqf/5", "http://example.org/eqf/5")
    assert document.data["level"]["eqf"] == "http://example.org/eqf/5"
    assert "is not one of the eight EQF levels" in _messages(document)


ESCO_SKILL = '"relatedESCOSkill": {"id": "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000001"'


def test_elm_esco_skill_of_another_namespace_is_not_esco(tmp_path):
    document = _variant(tmp_path, ELM, ESCO_SKILL, ESCO_SKILL.replace("http://data.europa.eu/", "https://example.org/"))
    assert document.data["learning_outcomes"][1] == {
        "en": "Interpret nutrient measurements against EU bathing water thresholds."
    }


@pytest.mark.parametrize(
    ("uri", "read"),
    [
        ("http://data.europa.eu/snb/skill-type/skill", "skill"),
        ("http://data.europa.eu/esco/skill-type/knowledge", "knowledge"),
        ("https://example.org/skill-type/skill", None),
        ("https://example.org/vocab#competence", None),
    ],
)
def test_elm_skill_type_is_read_from_the_eu_skill_types_only(tmp_path, uri: str, read: str | None):
    typed = f'"dcType": {{"id": "{uri}", "type": "Concept"}}, {ESCO_SKILL}'
    outcome = _variant(tmp_path, ELM, ESCO_SKILL, typed).data["learning_outcomes"][1]
    assert outcome.get("type") == read


# --- Open Badges alignments and issuer country ---------------------------------------------------------------

OB3 = "ob3/edubadge-microcredential.json"
EQF_ALIGNMENT = '"targetCode": "6", "targetUrl": "https://example.nl/eqf"'


@pytest.mark.parametrize(
    ("url", "level"),
    [
        ("http://data.europa.eu/snb/eqf/6", 6),
        ("https://data.europa.eu/snb/eqf/6", 6),
        # The last segment of another URL is no level: the alignment is kept as found, so the level is invalid.
        ("https://example.org/eqf/6", "https://example.org/eqf/6"),
    ],
)
def test_ob3_eqf_alignment_without_a_code_is_read_from_an_eqf_url_only(tmp_path, url: str, level: object):
    document = _variant(tmp_path, OB3, EQF_ALIGNMENT, f'"targetUrl": "{url}"')
    assert document.data["level"]["eqf"] == level


def test_ob3_esco_alignment_of_another_namespace_is_not_esco(tmp_path):
    alignment = (
        '"alignment": [{"type": ["Alignment"], "targetType": "ext:Skill", "targetName": "Sampling", '
        '"targetUrl": "URL"}, '
    )
    esco = _variant(tmp_path, OB3, '"alignment": [', alignment.replace("URL", "http://data.europa.eu/esco/skill/x1"))
    assert {"text": "Sampling", "esco": ["http://data.europa.eu/esco/skill/x1"]} in esco.data["learning_outcomes"]
    other = _variant(tmp_path, OB3, '"alignment": [', alignment.replace("URL", "https://example.org/esco/skill/x1"))
    assert "Sampling" not in json.dumps(other.data.get("learning_outcomes"))


def test_ob3_issuer_country_of_another_namespace_is_kept_as_found(tmp_path):
    document = _variant(tmp_path, OB3, '"addressCountryCode": "NL"', '"addressCountryCode": "http://example.org/c/NLD"')
    assert document.data["awarding_bodies"][0]["country"] == "http://example.org/c/NLD"
    document = _variant(tmp_path, OB3, '"addressCountryCode": "NL"', f'"addressCountryCode": "{EU_COUNTRY}NLD"')
    assert document.data["awarding_bodies"][0]["country"] == "NL"


# --- CTDL concept schemes -----------------------------------------------------------------------------------------

CTDL = "ctdl/course-prefixed.json"


@pytest.mark.parametrize(
    "written",
    [
        "deliveryType:BlendedDelivery",
        "https://purl.org/ctdl/vocabs/deliveryType/BlendedDelivery",
        "http://purl.org/ctdl/vocabs/deliveryType/BlendedDelivery",
    ],
)
def test_ctdl_delivery_type_of_the_ctdl_scheme_is_read(tmp_path, written: str):
    document = _variant(tmp_path, CTDL, '"deliveryType:BlendedDelivery"', json.dumps(written))
    assert document.data["participation"]["mode"] == "blended"


@pytest.mark.parametrize(
    "written",
    [
        "https://example.org/deliveryType/BlendedDelivery",
        "https://purl.org/ctdl/vocabs/assessMethod/BlendedDelivery",  # another CTDL scheme's
        "ext:BlendedDelivery",
    ],
)
def test_ctdl_delivery_type_of_another_namespace_is_kept_as_found(tmp_path, written: str):
    document = _variant(tmp_path, CTDL, '"deliveryType:BlendedDelivery"', json.dumps(written))
    assert document.data["participation"]["mode"] == written
    assert "is not a CTDL delivery type" in _messages(document)


def test_ctdl_assessment_method_of_another_namespace_is_not_a_ctdl_one(tmp_path):
    read = _variant(tmp_path, CTDL, '"assessMethod:Artifact"', '"https://purl.org/ctdl/vocabs/assessMethod/Artifact"')
    assert read.data["assessment"]["types"] == ["artefact-assessment"]
    kept = _variant(tmp_path, CTDL, '"assessMethod:Artifact"', '"https://example.org/methods/Artifact"')
    assert kept.data["assessment"]["types"] == ["https://example.org/methods/Artifact"]


@pytest.mark.parametrize(
    ("written", "ects"),
    [
        ("creditUnit:ECTSCredit", True),
        ("https://purl.org/ctdl/vocabs/creditUnit/ECTSCredit", True),
        ("https://example.org/units/ECTS", False),
        ("ext:ECTSCredit", False),
    ],
)
def test_ctdl_ects_is_read_from_the_ctdl_credit_unit_only(tmp_path, written: str, ects: bool):
    document = _variant(tmp_path, CTDL, '"creditUnit:ECTSCredit"', json.dumps(written))
    assert ("ects" in document.data["workload"]) is ects, document.data["workload"]
