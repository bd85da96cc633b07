"""Open Education API (OOAPI v5) course catalogues: ``/courses/{id}``, ``/programs/{id}``, ``/offerings/{id}`` and
their paginated lists, as Dutch institutions, eduXchange and the European alliances' catalogues publish them.

The expectations are written from the OOAPI v5 specification and the descriptor contract, not from the code: names
and descriptions are language-typed string arrays (``[{"language": "en-GB", "value": ...}]``) read into language
strings; ``studyLoad`` is read by its unit (ECTS credits, SBU study-load hours, hours; contact time is no notional
workload); ``level`` says a QF-EHEA cycle (bachelor, master, ...) or an NLQF level (mbo 1-4, "corresponds to
levelOfQualification N"), never an EQF level unless the value names the EQF; ``levelOfQualification`` is the NLQF
level. What OOAPI cannot say (quality assurance, the type of assessment) is left for the checker to report. The
responses are written here, in the shapes the specification gives.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from qa_checker.api import check_paths
from qa_checker.document import Document
from qa_checker.loaders import load_file
from tests.conftest import NOW
from tests.timing import assert_linear

ORG_ID = "123e4567-e89b-12d3-a456-123514174000"


def _lts(en: str | None = None, nl: str | None = None) -> list[dict[str, str]]:
    """A language-typed string array, as OOAPI writes every name and description."""
    texts = [("en-GB", en), ("nl-NL", nl)]
    return [{"language": tag, "value": text} for tag, text in texts if text is not None]


def _organization(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "organizationId": ORG_ID,
        "primaryCode": {"codeType": "brin", "code": "00AA"},
        "organizationType": "root",
        "name": _lts(nl="Hogeschool Voorbeeld"),
        "shortName": "HSV",
        "addresses": [{"addressType": "visit", "street": "Moreelsepark", "city": "Utrecht", "countryCode": "NL"}],
        "link": "https://www.hogeschool-voorbeeld.nl",
    }
    data.update(changes)
    return data


def _course(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "courseId": "123e4567-e89b-12d3-a456-426614174000",
        "primaryCode": {"codeType": "identifier", "code": "INFODE-26"},
        "name": _lts("Data Ethics in Practice", "Data-ethiek in de praktijk"),
        "abbreviation": "DEP",
        "description": _lts("Apply data-protection law and fairness metrics to real data projects."),
        "teachingLanguage": "eng",
        "studyLoad": {"studyLoadUnit": "ects", "value": 5},
        "level": "bachelor",
        "modeOfDelivery": ["online"],
        "fieldsOfStudy": "0613",
        "learningOutcomes": [
            _lts("Apply the GDPR principles of lawful processing to a data-driven project plan."),
            _lts("Evaluate the fairness of a classification model using group fairness metrics."),
        ],
        "assessment": _lts("A project report and an oral examination."),
        "admissionRequirements": _lts("An introductory course in statistics."),
        "link": "https://www.hogeschool-voorbeeld.nl/courses/data-ethics",
        "organization": _organization(),
    }
    data.update(changes)
    return data


def _program(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "programId": "123e4567-e89b-12d3-a456-426614174999",
        "primaryCode": {"codeType": "programCode", "code": "MIN-DS"},
        "programType": "minor",
        "name": _lts("Minor Data Science"),
        "abbreviation": "MDS",
        "description": _lts("A minor of five courses in data science."),
        "teachingLanguage": "eng",
        "studyLoad": {"studyLoadUnit": "ects", "value": 30},
        "levelOfQualification": "6",
        "level": "bachelor",
        "modeOfDelivery": ["on campus"],
        "learningOutcomes": [_lts("Design a reproducible data-analysis pipeline.")],
        "organization": _organization(),
    }
    data.update(changes)
    return data


def _offering(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "offeringId": "123e4567-e89b-12d3-a456-134564174000",
        "primaryCode": {"codeType": "offeringCode", "code": "INFODE-26-SP"},
        "offeringType": "course",
        "name": _lts("Data Ethics in Practice, spring 2026"),
        "description": _lts("The spring run of Data Ethics in Practice."),
        "teachingLanguage": "nld",
        "modeOfDelivery": ["hybrid"],
        "resultExpected": True,
        "startDate": "2026-02-02",
        "endDate": "2026-04-24",
        "priceInformation": [
            {"costType": "total costs", "amount": "340.84", "currency": "EUR"},
            {"costType": "STAP eligible", "amount": "300", "currency": "EUR"},
        ],
        "course": _course(),
    }
    data.update(changes)
    return data


def _page(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"pageSize": 10, "pageNumber": 1, "hasPreviousPage": False, "hasNextPage": False, "items": items}


def _load(tmp_path: Path, data: object, name: str = "course.json") -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return load_file(path)


def _one(tmp_path: Path, data: object) -> Document:
    (doc,) = _load(tmp_path, data)
    assert doc.data is not None, [f.message for f in doc.findings]
    return doc


def _messages(doc: Document, rule: str | None = None) -> list[str]:
    return [f.message for f in doc.findings if rule is None or f.rule == rule]


def _warned_at(doc: Document, pointer: str) -> list[str]:
    """The import warnings located at a pointer into the response."""
    return [f.message for f in doc.findings if f.rule == "MC-IM-002" and f.origin and f.origin.pointer == pointer]


# --- A course ----------------------------------------------------------------------------------------------------


def test_a_course_is_read_as_an_offer(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course())
    data = doc.data
    assert data["kind"] == "offer"
    assert data["id"] == "INFODE-26"
    assert data["title"] == {"en": "Data Ethics in Practice", "nl": "Data-ethiek in de praktijk"}
    assert data["summary"] == {"en": "Apply data-protection law and fairness metrics to real data projects."}
    assert data["languages"] == ["en"]
    assert data["workload"] == {"ects": 5}
    assert data["level"] == {"qf_ehea_cycle": "first"}
    assert data["participation"]["mode"] == "online"
    assert data["field_of_education"] == "0613"
    assert data["learning_outcomes"] == [
        {"en": "Apply the GDPR principles of lawful processing to a data-driven project plan."},
        {"en": "Evaluate the fairness of a classification model using group fairness metrics."},
    ]
    assert data["assessment"]["description"] == {"en": "A project report and an oral examination."}
    assert data["prerequisites"] == {"en": "An introductory course in statistics."}
    assert data["further_information"] == "https://www.hogeschool-voorbeeld.nl/courses/data-ethics"
    assert data["awarding_bodies"] == [
        {"name": {"nl": "Hogeschool Voorbeeld"}, "country": "NL", "url": "https://www.hogeschool-voorbeeld.nl"}
    ]
    assert doc.imported_from == "OOAPI v5 course"
    assert doc.origins["/title"].pointer == "/name"
    assert doc.origins["/learning_outcomes/1"].pointer == "/learningOutcomes/1"
    assert doc.origins["/workload/ects"].pointer == "/studyLoad"
    assert doc.origins["/awarding_bodies"].pointer == "/organization"
    # A bachelor's course is the QF-EHEA first cycle: no EQF level is made up for it.
    assert "eqf" not in data["level"]


def test_what_ooapi_cannot_say_is_left_for_the_checker_to_report(tmp_path: Path) -> None:
    path = tmp_path / "course.json"
    path.write_text(json.dumps(_course(), indent=2), encoding="utf-8")
    (result,) = check_paths([path], now=NOW).results
    missing = {f.element for f in result.findings if f.severity.value == "error"}
    assert "quality_assurance" in missing
    # The assessment is described in words only: its type is for the author to give.
    assert any(f.element == "assessment" and f.severity.value in ("error", "warning") for f in result.findings)
    assert all(f.line for f in result.findings if f.element == "quality_assurance")


def test_an_organization_given_only_by_its_id_is_reported(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(organization=ORG_ID))
    assert "awarding_bodies" not in doc.data
    (warning,) = _warned_at(doc, "/organization")
    assert ORG_ID in warning and "expand=organization" in warning


def test_dutch_only_texts_and_a_dutch_teaching_language(tmp_path: Path) -> None:
    course = _course(
        name=_lts(nl="Data-ethiek in de praktijk"),
        description=_lts(nl="Pas privacywetgeving toe op echte dataprojecten."),
        learningOutcomes=[_lts(nl="De student past de AVG toe op een projectplan.")],
        teachingLanguage="nld",
    )
    data = _one(tmp_path, course).data
    assert data["title"] == {"nl": "Data-ethiek in de praktijk"}
    assert data["learning_outcomes"] == [{"nl": "De student past de AVG toe op een projectplan."}]
    assert data["languages"] == ["nl"]


@pytest.mark.parametrize("language", ["nl-NL", "nld", "dut", "NL"])
def test_the_teaching_language_as_rfc_3066_or_iso_639_2(tmp_path: Path, language: str) -> None:
    # ISO 639-2 has a bibliographic code beside the terminology code for some languages (dut and nld: Dutch).
    assert _one(tmp_path, _course(teachingLanguage=language)).data["languages"] == ["nl"]


def test_a_teaching_language_with_no_iso_639_1_code_is_reported(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(teachingLanguage="xx-unknown"))
    assert "languages" not in doc.data
    assert _warned_at(doc, "/teachingLanguage")


# --- Study load --------------------------------------------------------------------------------------------------


def test_sbu_are_study_load_hours(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(studyLoad={"studyLoadUnit": "sbu", "value": 140}))
    assert doc.data["workload"] == {"hours": 140, "other_credits": {"system": "SBU", "value": 140}}


def test_hours_are_study_hours(tmp_path: Path) -> None:
    assert _one(tmp_path, _course(studyLoad={"studyLoadUnit": "hour", "value": 56})).data["workload"] == {"hours": 56}


def test_studiepunten_are_ects_credits(tmp_path: Path) -> None:
    # The studiepunt is the Dutch legal name of the ECTS credit (WHW art. 7.4), as the checker's rules know it.
    doc = _one(tmp_path, _course(studyLoad={"studyLoadUnit": "sp", "value": 15}))
    assert doc.data["workload"] == {"ects": 15}
    assert any("studiepunt" in m for m in _messages(doc, "MC-IM-003"))


def test_contact_time_is_no_notional_workload(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(studyLoad={"studyLoadUnit": "contacttime", "value": 24}))
    assert "workload" not in doc.data
    assert any("contact" in m for m in _messages(doc))
    path = tmp_path / "contact.json"
    path.write_text(json.dumps(_course(studyLoad={"studyLoadUnit": "contacttime", "value": 24})), encoding="utf-8")
    (result,) = check_paths([path], now=NOW).results
    assert any(f.element == "workload" and f.severity.value == "error" for f in result.findings)


@pytest.mark.parametrize(
    ("load", "pointer"),
    [
        ({"studyLoadUnit": "weeks", "value": 6}, "/studyLoad/studyLoadUnit"),
        ({"studyLoadUnit": "ects", "value": "five"}, "/studyLoad/value"),
        ({"studyLoadUnit": "ects", "value": -3}, "/studyLoad/value"),
        (5, "/studyLoad"),
    ],
)
def test_a_study_load_that_cannot_be_read_is_located(tmp_path: Path, load: object, pointer: str) -> None:
    doc = _one(tmp_path, _course(studyLoad=load))
    assert "workload" not in doc.data
    assert _warned_at(doc, pointer), [(f.message, f.origin) for f in doc.findings]


def test_the_ects_of_an_early_v5_course(tmp_path: Path) -> None:
    course = _course(ects=7.5)
    del course["studyLoad"]
    assert _one(tmp_path, course).data["workload"] == {"ects": 7.5}


def test_an_ooapi_v4_course_of_plain_texts(tmp_path: Path) -> None:
    course = {
        "courseId": "123e4567-e89b-12d3-a456-426614174000",
        "name": "Academic and Professional Writing",
        "abbreviation": "INFOMQNM",
        "ects": 7.5,
        "description": "Write research reports and professional documents.",
        "learningOutcomes": ["Write a structured research report.", "Revise a text after peer feedback."],
        "level": "master",
    }
    data = _one(tmp_path, course).data
    assert data["title"] == "Academic and Professional Writing"
    assert data["learning_outcomes"] == course["learningOutcomes"]
    assert data["workload"] == {"ects": 7.5} and data["level"] == {"qf_ehea_cycle": "second"}


# --- Levels ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("associate degree", {"qf_ehea_cycle": "short"}),
        ("bachelor", {"qf_ehea_cycle": "first"}),
        ("master", {"qf_ehea_cycle": "second"}),
        ("doctoral", {"qf_ehea_cycle": "third"}),
        ("Master", {"qf_ehea_cycle": "second"}),
        ("secondary vocational education 3", {"nqf": {"framework": "NLQF", "level": 3}}),
        ("eqf-4", {"eqf": 4}),
        ("EQF 6", {"eqf": 6}),
    ],
)
def test_the_level_says_a_cycle_or_a_framework_level(tmp_path: Path, level: str, expected: dict[str, Any]) -> None:
    assert _one(tmp_path, _course(level=level)).data["level"] == expected


@pytest.mark.parametrize("level", ["nqf-4", "undefined", "undivided", "nt2-1", "secondary vocational education"])
def test_a_level_that_names_no_framework_level_is_not_read(tmp_path: Path, level: str) -> None:
    doc = _one(tmp_path, _course(level=level))
    assert "level" not in doc.data
    assert any(level in m for m in _messages(doc))


def test_the_level_of_qualification_is_the_nlqf_level(tmp_path: Path) -> None:
    doc = _one(tmp_path, _program())
    assert doc.data["level"] == {"nqf": {"framework": "NLQF", "level": 6}, "qf_ehea_cycle": "first"}
    assert doc.origins["/level/nqf"].pointer == "/levelOfQualification"
    plus = _one(tmp_path, _program(levelOfQualification="4+", level="secondary vocational education 4"))
    assert plus.data["level"] == {"nqf": {"framework": "NLQF", "level": "4+"}}


# --- Mode of delivery --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("modes", "expected"),
    [
        (["online"], "online"),
        (["distance-learning"], "online"),
        (["on campus"], "onsite"),
        (["situated"], "onsite"),
        (["hybrid"], "blended"),
        ("online", "online"),
    ],
)
def test_the_mode_of_delivery_is_the_form_of_participation(tmp_path: Path, modes: object, expected: str) -> None:
    assert _one(tmp_path, _course(modeOfDelivery=modes)).data["participation"]["mode"] == expected


def test_several_modes_of_delivery_leave_the_form_of_participation_to_the_author(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(modeOfDelivery=["online", "on campus"]))
    assert "mode" not in doc.data.get("participation", {})
    assert _warned_at(doc, "/modeOfDelivery")


# --- Programs, offerings, lists ----------------------------------------------------------------------------------


def test_a_program_is_read_as_an_offer(tmp_path: Path) -> None:
    doc = _one(tmp_path, _program())
    assert doc.imported_from == "OOAPI v5 program"
    assert doc.data["id"] == "MIN-DS"
    assert doc.data["title"] == {"en": "Minor Data Science"}
    assert doc.data["workload"] == {"ects": 30}
    assert doc.data["participation"]["mode"] == "onsite"


def test_a_course_offering_gives_its_run_its_price_and_its_course(tmp_path: Path) -> None:
    doc = _one(tmp_path, _offering())
    data = doc.data
    assert doc.imported_from == "OOAPI v5 course offering"
    # The course offered is what the micro-credential is; the offering gives its run.
    assert data["title"] == {"en": "Data Ethics in Practice", "nl": "Data-ethiek in de praktijk"}
    assert data["learning_outcomes"][0] == {
        "en": "Apply the GDPR principles of lawful processing to a data-driven project plan."
    }
    assert data["workload"] == {"ects": 5}
    assert data["participation"]["mode"] == "blended"
    assert data["participation"]["schedule"] == {"start": "2026-02-02", "end": "2026-04-24"}
    assert data["languages"] == ["nl"]
    assert data["price"] == {"amount": 340.84, "currency": "EUR"}
    assert data["id"] == "INFODE-26-SP"
    assert doc.origins["/price/amount"].pointer == "/priceInformation/0/amount"
    assert doc.origins["/learning_outcomes"].pointer == "/course/learningOutcomes"


def test_an_offering_of_a_course_given_by_its_id_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    doc = _one(tmp_path, _offering(course="123e4567-e89b-12d3-a456-426614174000"))
    assert doc.data["title"] == {"en": "Data Ethics in Practice, spring 2026"}
    assert "learning_outcomes" not in doc.data
    assert any("expand=course" in m for m in _messages(doc))


def test_two_total_prices_are_not_added_up(tmp_path: Path) -> None:
    prices = [
        {"costType": "total costs", "amount": "340", "currency": "EUR"},
        {"costType": "total costs", "amount": "400", "currency": "USD"},
    ]
    doc = _one(tmp_path, _offering(priceInformation=prices))
    assert "price" not in doc.data
    assert _warned_at(doc, "/priceInformation")


def test_a_paginated_list_gives_one_offer_per_item(tmp_path: Path) -> None:
    items = [_course(primaryCode={"codeType": "identifier", "code": f"C{n}"}, name=_lts(f"C{n}")) for n in (1, 2, 3)]
    docs = _load(tmp_path, _page(items))
    assert [d.data["title"] for d in docs] == [{"en": "C1"}, {"en": "C2"}, {"en": "C3"}]
    assert [d.data["id"] for d in docs] == ["C1", "C2", "C3"]
    assert docs[1].origins["/title"].pointer == "/items/1/name"
    assert all(any("one of 3" in m for m in _messages(d, "MC-IM-003")) for d in docs)


def test_an_empty_page_is_no_descriptor(tmp_path: Path) -> None:
    (doc,) = _load(tmp_path, _page([]))
    assert doc.data is None


# --- Expanded relations and consumers ----------------------------------------------------------------------------


def test_expanded_coordinators_are_no_awarding_body(tmp_path: Path) -> None:
    person = {"personId": "p1", "givenName": "Maartje", "surname": "Damme", "displayName": "Maartje van Damme"}
    doc = _one(tmp_path, _course(coordinators=[person]))
    assert [b["name"] for b in doc.data["awarding_bodies"]] == [{"nl": "Hogeschool Voorbeeld"}]
    assert "learner" not in doc.data


def test_an_organization_without_a_country_is_kept_for_the_checker(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(organization=_organization(addresses=[])))
    assert doc.data["awarding_bodies"] == [
        {"name": {"nl": "Hogeschool Voorbeeld"}, "url": "https://www.hogeschool-voorbeeld.nl"}
    ]


def test_a_course_of_expanded_programs_is_stackable_towards_them(tmp_path: Path) -> None:
    consumer = {"consumerKey": "eduxchange", "lifeLongLearning": {"hasMicrocredential": True, "isStackable": True}}
    doc = _one(tmp_path, _course(programs=[_program()], consumers=[consumer, {"consumerKey": "rio", "x": 1}]))
    assert doc.data["stackability"] == {"type": "stackable", "towards": [{"title": {"en": "Minor Data Science"}}]}


def test_the_eduxchange_stackable_flag_without_programs(tmp_path: Path) -> None:
    consumer = {"consumerKey": "eduxchange", "lifeLongLearning": {"isStackable": False}}
    doc = _one(tmp_path, _course(consumers=[consumer]))
    assert doc.data["stackability"] == {"type": "stand-alone"}


# --- Values of a wrong kind, hostile sizes, recognition ----------------------------------------------------------


def test_values_of_a_wrong_kind_are_located_by_their_pointer(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(description=7, learningOutcomes=[_lts("One outcome stated well."), 5]))
    assert "summary" not in doc.data
    assert doc.data["learning_outcomes"] == [{"en": "One outcome stated well."}]
    assert _warned_at(doc, "/description")
    assert _warned_at(doc, "/learningOutcomes/1")


def test_a_course_without_a_readable_name_is_still_read_and_reported(tmp_path: Path) -> None:
    doc = _one(tmp_path, _course(name=[{"language": "en-GB"}]))
    assert "title" not in doc.data
    path = tmp_path / "noname.json"
    path.write_text(json.dumps(_course(name=[])), encoding="utf-8")
    (result,) = check_paths([path], now=NOW).results
    assert any(f.element == "title" and f.severity.value == "error" for f in result.findings)


def test_a_large_page_is_read_in_bounded_time(tmp_path: Path) -> None:
    def loaded(count: int) -> list[Document]:
        items = [copy.deepcopy(_course(primaryCode={"codeType": "identifier", "code": f"C{n}"})) for n in range(count)]
        return _load(tmp_path, _page(items))

    assert len(loaded(1500)) == 1500
    assert_linear(loaded, 100, 400)


def test_a_course_of_very_many_outcomes_is_read_in_bounded_time(tmp_path: Path) -> None:
    def loaded(count: int) -> list[Document]:
        return _load(
            tmp_path, _course(learningOutcomes=[_lts(f"Apply method {n} to a data project.") for n in range(count)])
        )

    (doc,) = loaded(20_000)
    assert_linear(loaded, 1_250, 5_000)
    assert doc.data is not None and len(doc.data["learning_outcomes"]) == 20_000


@pytest.mark.parametrize(
    "data",
    [
        {"pageSize": 10, "items": [{"title": "x"}]},
        {"name": _lts("A name"), "description": _lts("Words")},
        {"status": "404", "title": "Resource not found"},
        {"courseId": "42", "name": "Introduction to statistics", "students": 30, "teacher": "A. Jansen"},
    ],
)
def test_other_json_is_not_taken_for_ooapi(tmp_path: Path, data: dict[str, Any]) -> None:
    docs = _load(tmp_path, data)
    assert not any(d.imported_from and "OOAPI" in d.imported_from for d in docs)


def test_a_descriptor_with_a_course_id_extension_stays_a_descriptor(tmp_path: Path) -> None:
    descriptor = {
        "descriptor_version": "1.0",
        "id": "x",
        "title": "Data Ethics",
        "extensions": {"courseId": "123", "name": _lts("Data Ethics")},
    }
    (doc,) = _load(tmp_path, descriptor)
    assert doc.imported_from is None and doc.data["title"] == "Data Ethics"


def test_convert_writes_the_course_as_a_descriptor(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "course.json"
    path.write_text(json.dumps(_course(), indent=2), encoding="utf-8")
    out = tmp_path / "out.yaml"
    result = run_cli("convert", str(path), "--to", "yaml", "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    converted = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert converted["title"] == {"en": "Data Ethics in Practice", "nl": "Data-ethiek in de praktijk"}
    assert converted["workload"] == {"ects": 5}
