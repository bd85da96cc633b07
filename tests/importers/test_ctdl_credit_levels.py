"""CTDL: the level of a credit value (``creditLevelType``) is the national framework level when its IRI names
the framework by its path (Credential Engine's Scottish courses: ``.../scqf/levels/10``), and a credit unit
whose IRI only says credits (``.../scqf/credits/``) keeps the framework in the credit system's name."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qa_checker.document import Document
from qa_checker.ids import IMPORT_NOTE
from qa_checker.loaders import json_
from tests.conftest import realworld_or_skip
from tests.test_profiles_uk_qaa_and_microbol import errors, uk

TERMS = "https://purl.org/ctdl/terms/"
SCQF_CREDITS = "http://example.edu/scqf/credits/"
HERIOT_WATT = "ctdl-credential-engine-schema-development/PathwaysConditionsAndConstraints__Pathway-Examples__HeriotWatt__courses.json"


def _expanded(level: object, unit: str = SCQF_CREDITS) -> list[dict[str, Any]]:
    """A course and its value profile as the Heriot-Watt example writes them: expanded JSON-LD, no context."""
    value = {
        "@id": "http://example.org/resources/value-1",
        "@type": [f"{TERMS}ValueProfile"],
        f"{TERMS}creditUnitType": [{"@id": unit}],
        f"{TERMS}value": [{"@value": 15}],
    }
    if level is not None:
        value[f"{TERMS}creditLevelType"] = [level]
    course = {
        "@id": "http://example.org/resources/course-1",
        "@type": [f"{TERMS}Course"],
        f"{TERMS}name": [{"@language": "en", "@value": "Distributed and Parallel Technologies"}],
        f"{TERMS}creditValue": [{"@id": "http://example.org/resources/value-1"}],
    }
    return [course, value]


def _load(data: object) -> Document:
    document = json_.load(json.dumps(data).encode(), "course.json")[0]
    assert document.data is not None, document.findings
    return document


@pytest.mark.parametrize(
    ("level", "nqf"),
    [
        ({"@id": "http://example.edu/scqf/levels/10"}, {"framework": "SCQF", "level": 10}),
        ({"@id": "https://example.org/frameworks/RQF/level-3"}, {"framework": "RQF", "level": 3}),
        ({"@id": "https://example.org/fheq/6"}, {"framework": "FHEQ", "level": 6}),
        ({"@id": "https://example.org/cqfw-levels/level7/"}, {"framework": "CQFW", "level": 7}),
        (
            {
                "@type": [f"{TERMS}CredentialAlignmentObject"],
                f"{TERMS}targetNode": [{"@id": "http://x.org/scqf/levels/8"}],
            },
            {"framework": "SCQF", "level": 8},
        ),
        ({"@id": "https://credentialengineregistry.org/resources/scqfLevel07"}, {"framework": "SCQF", "level": 7}),
        ("res:scqfLevel10", {"framework": "SCQF", "level": 10}),
    ],
    ids=[
        "scqf levels path",
        "rqf level-3",
        "fheq bare number",
        "framework-levels segment",
        "alignment target",
        "progression level of a framework",
        "progression level by reference",
    ],
)
def test_a_credit_level_naming_a_framework_is_the_nqf_level(level: object, nqf: dict[str, Any]) -> None:
    document = _load(_expanded(level))
    assert document.data["level"] == {"nqf": nqf}
    assert document.origins["/level/nqf"].pointer.startswith("/1/https:~1~1purl.org~1ctdl~1terms~1creditLevelType/0")


def test_a_prefixed_credit_level_is_read_by_its_declared_prefix() -> None:
    """The Turtle of the Heriot-Watt example as JSON-LD: scqflevel:10 with the prefix in the context."""
    course = {
        "@context": {"ceterms": TERMS, "scqflevel": "http://example.edu/scqf/levels/", "scqfcredits": SCQF_CREDITS},
        "@type": "ceterms:Course",
        "ceterms:name": {"en": "Distributed and Parallel Technologies"},
        "ceterms:creditValue": {
            "@type": "ceterms:ValueProfile",
            "ceterms:creditLevelType": "scqflevel:10",
            "ceterms:creditUnitType": "scqfcredits:",
            "ceterms:value": 15,
        },
    }
    document = _load(course)
    assert document.data["level"] == {"nqf": {"framework": "SCQF", "level": 10}}
    assert document.data["workload"] == {"other_credits": {"system": "SCQF credit points", "value": 15}}


@pytest.mark.parametrize(
    "level",
    [
        "audLevel:LowerDivisionLevel",
        {"@id": "http://example.edu/levels/10"},
        {"@id": "http://example.edu/courses/10"},
        {"@id": "https://purl.org/ctdl/vocabs/audLevel/LowerDivisionLevel"},
    ],
    ids=["audience level", "levels of no framework", "number after another word", "audience level IRI"],
)
def test_a_credit_level_naming_no_framework_gives_no_level(level: object) -> None:
    document = _load(_expanded(level))
    assert "level" not in document.data
    assert document.data["workload"] == {"other_credits": {"system": "SCQF credit points", "value": 15}}
    [note] = [f for f in document.findings if f.pointer == "/level"]
    assert note.rule == IMPORT_NOTE and "names no level of a national qualifications framework" in note.message
    assert note.origin is not None and "creditLevelType" in note.origin.pointer


def test_an_alignment_naming_no_level_is_noted_by_its_name() -> None:
    alignment = {
        "@type": [f"{TERMS}CredentialAlignmentObject"],
        f"{TERMS}targetNodeName": [{"@value": "Upper division"}],
    }
    [note] = [f for f in _load(_expanded(alignment)).findings if f.pointer == "/level"]
    assert "creditLevelType 'Upper division' names no level" in note.message


@pytest.mark.parametrize(
    ("unit", "system"),
    [
        (SCQF_CREDITS, "SCQF credit points"),
        ("https://example.org/cqfw/credits", "CQFW credits"),
        ("https://example.org/units/RQF-credits", "RQF credits"),
        ("http://example.edu/credits/", "credits"),
        ("http://example.edu/units/credits", "credits"),
    ],
    ids=["scqf", "cqfw", "framework-credits segment", "no framework", "another word before"],
)
def test_a_credit_unit_keeps_the_framework_its_path_names(unit: str, system: str) -> None:
    document = _load(_expanded(None, unit))
    assert document.data["workload"] == {"other_credits": {"system": system, "value": 15}}


def test_uk_qaa_finds_the_national_level_the_source_gives() -> None:
    imported = _load(_expanded({"@id": "http://example.edu/scqf/levels/10"})).data
    data = uk(
        level={"eqf": 6, "qf_ehea_cycle": "first", **imported.get("level", {})},
        workload={"hours": 150, **imported["workload"]},
    )
    assert errors(data, "uk-qaa", "MC-LV-004") == []
    assert errors(data, "uk-qaa", "MC-WL-001") == []


def test_the_heriot_watt_courses_give_their_scqf_levels_and_credit_points() -> None:
    from qa_checker.loaders import load_file

    documents = load_file(realworld_or_skip() / HERIOT_WATT)
    courses = [d.data for d in documents if d.data and "workload" in d.data]
    assert courses
    assert {c["workload"]["other_credits"]["system"] for c in courses} == {"SCQF credit points"}
    levels = {c["level"]["nqf"]["level"] for c in courses if "level" in c}
    assert levels == {7, 8, 9, 10}
    assert {c["level"]["nqf"]["framework"] for c in courses if "level" in c} == {"SCQF"}


def test_the_level_of_credits_a_credential_requires_is_not_its_level() -> None:
    """A degree requiring 90 credits at SCQF 10 (the Heriot-Watt pathway's constraint) is not thereby at SCQF 10."""
    degree = {
        "@context": {"ceterms": TERMS},
        "@type": "ceterms:BachelorDegree",
        "ceterms:name": {"en": "BSc Computer Science"},
        "ceterms:requires": {
            "@type": "ceterms:ConditionProfile",
            "ceterms:creditValue": {
                "@type": "ceterms:ValueProfile",
                "ceterms:creditLevelType": "http://example.edu/scqf/levels/10",
                "ceterms:creditUnitType": SCQF_CREDITS,
                "ceterms:value": 90,
            },
        },
    }
    document = _load(degree)
    assert document.data["workload"] == {"other_credits": {"system": "SCQF credit points", "value": 90}}
    assert "level" not in document.data
