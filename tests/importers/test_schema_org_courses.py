"""schema.org course descriptions, as providers publish their offerings on the web: ``Course`` (with its
``CourseInstance`` runs), ``EducationalOccupationalProgram`` and ``EducationalOccupationalCredential``, as JSON-LD
files or inside the ``<script type="application/ld+json">`` blocks of an HTML page (Google's "Course info" and
"Course list" rich results, university catalogues).

The expectations are written from schema.org's definitions and the descriptor contract, not from the code: what
schema.org states is read into its element; what it cannot say (quality assurance, the type of assessment) is
left missing for the checker to report; a value that is not what the descriptor needs (a calendar duration, a
credit number without its system, two forms of participation) is reported, never guessed. The fixtures are
written here, in the shapes providers publish.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from qa_checker.api import check_paths
from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.limits import Limits
from qa_checker.loaders import load_file
from tests.conftest import NOW
from tests.timing import assert_linear

CONTEXT = "https://schema.org/"


def _google_course(**changes: Any) -> dict[str, Any]:
    """A course page's JSON-LD in the shape of Google's "Course info" guide."""
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@id": "https://www.example.edu/courses/data-ethics",
        "@type": "Course",
        "name": "Data Ethics in Practice",
        "description": "Apply data-protection law and fairness metrics to real data projects.",
        "url": "https://www.example.edu/courses/data-ethics",
        "provider": {
            "@type": "CollegeOrUniversity",
            "name": "Example University of Applied Sciences",
            "url": "https://www.example.edu",
            "address": {"@type": "PostalAddress", "addressLocality": "Utrecht", "addressCountry": "NL"},
        },
        "inLanguage": "en",
        "offers": [{"@type": "Offer", "category": "Paid", "price": 10.99, "priceCurrency": "EUR"}],
        "teaches": [
            "Apply the GDPR principles of lawful processing to a data-driven project plan.",
            "Evaluate the fairness of a classification model using group fairness metrics.",
        ],
        "hasCourseInstance": [{"@type": "CourseInstance", "courseMode": "Online", "courseWorkload": "PT140H"}],
    }
    data.update(changes)
    return data


def _load(tmp_path: Path, data: object, name: str = "course.jsonld") -> list[Document]:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return load_file(path)


def _one(tmp_path: Path, data: object) -> Document:
    (doc,) = _load(tmp_path, data)
    assert doc.data is not None, [f.message for f in doc.findings]
    return doc


def _messages(doc: Document, rule: str | None = None) -> list[str]:
    return [f.message for f in doc.findings if rule is None or f.rule == rule]


def _line(finding: Finding) -> int:
    """The line a finding is placed at, on itself or (before a check places it) on its origin."""
    return finding.line or (finding.origin.line if finding.origin is not None else None) or 0


def _page(*blocks: str, before: str = "") -> str:
    scripts = "\n".join(f'<script type="application/ld+json">\n{block}\n</script>' for block in blocks)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Course</title>\n'
        f"{before}{scripts}\n</head>\n<body><h1>Course</h1></body>\n</html>\n"
    )


# --- The course: Google's shape --------------------------------------------------------------------------


def test_a_course_page_is_read_as_an_offer(tmp_path: Path) -> None:
    doc = _one(tmp_path, _google_course())
    assert doc.data["kind"] == "offer"
    assert doc.data["title"] == "Data Ethics in Practice"
    assert doc.data["summary"].startswith("Apply data-protection law")
    assert doc.data["awarding_bodies"] == [
        {"name": "Example University of Applied Sciences", "country": "NL", "url": "https://www.example.edu"}
    ]
    assert doc.data["languages"] == ["en"]
    assert doc.data["price"] == {"amount": 10.99, "currency": "EUR"}
    assert doc.data["learning_outcomes"] == _google_course()["teaches"]
    assert doc.data["workload"] == {"hours": 140}
    assert doc.data["participation"]["mode"] == "online"
    assert doc.data["further_information"] == "https://www.example.edu/courses/data-ethics"
    assert doc.imported_from == "schema.org Course"
    assert doc.origins["/workload/hours"].pointer == "/hasCourseInstance/0/courseWorkload"
    assert doc.origins["/awarding_bodies"].pointer == "/provider"


def test_what_schema_org_cannot_say_is_left_for_the_checker_to_report(tmp_path: Path) -> None:
    path = tmp_path / "course.jsonld"
    path.write_text(json.dumps(_google_course(), indent=2), encoding="utf-8")
    (result,) = check_paths([path], now=NOW).results
    missing = {f.element for f in result.findings if f.severity.value == "error"}
    assert {"assessment", "quality_assurance"} <= missing
    # Located at the course, in the file.
    assert all(f.line for f in result.findings if f.element == "assessment")


def test_two_runs_in_different_modes_leave_the_form_of_participation_to_the_author(tmp_path: Path) -> None:
    runs = [
        {"@type": "CourseInstance", "courseMode": "Blended", "location": "Example University"},
        {"@type": "CourseInstance", "courseMode": "Online", "courseWorkload": "PT22H"},
    ]
    doc = _one(tmp_path, _google_course(hasCourseInstance=runs))
    assert "mode" not in doc.data.get("participation", {})
    (warning,) = [f for f in doc.findings if "blended, online" in f.message]
    assert warning.rule == "MC-IM-002" and warning.pointer == "/participation/mode"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("Onsite", "onsite"),
        ("on-site", "onsite"),
        ("In person", "onsite"),
        ("blended", "blended"),
        ("Hybrid", "blended"),
        (["online", "part-time"], "online"),
        ("https://schema.org/OnlineEventAttendanceMode", "online"),
        ("https://schema.org/OnSiteEventAttendanceMode", "onsite"),
        ("schema:InPersonEventAttendanceMode", "onsite"),
        ("http://schema.org/OfflineEventAttendanceMode", "onsite"),
        ("HybridEventAttendanceMode", "blended"),
    ],
)
def test_course_modes_as_schema_org_and_providers_write_them(tmp_path: Path, mode: object, expected: str) -> None:
    doc = _one(tmp_path, _google_course(hasCourseInstance={"@type": "CourseInstance", "courseMode": mode}))
    assert doc.data["participation"]["mode"] == expected


def test_an_event_attendance_mode_is_the_form_of_participation(tmp_path: Path) -> None:
    run = {"@type": "CourseInstance", "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode"}
    doc = _one(tmp_path, _google_course(hasCourseInstance=run))
    assert doc.data["participation"]["mode"] == "blended"


def test_a_mode_that_is_no_form_of_participation_is_reported(tmp_path: Path) -> None:
    run = {"@type": "CourseInstance", "courseMode": "Weekend seminar"}
    doc = _one(tmp_path, _google_course(hasCourseInstance=run))
    assert "mode" not in doc.data.get("participation", {})
    assert any("Weekend seminar" in m for m in _messages(doc, "MC-IM-002"))


def test_one_run_gives_the_schedule(tmp_path: Path) -> None:
    run = {
        "@type": "CourseInstance",
        "courseMode": "onsite",
        "startDate": "2026-09-07",
        "endDate": "2026-11-27T17:00:00+01:00",
    }
    doc = _one(tmp_path, _google_course(hasCourseInstance=run))
    assert doc.data["participation"]["schedule"] == {"start": "2026-09-07", "end": "2026-11-27"}


# --- Workload -------------------------------------------------------------------------------------------


def test_a_calendar_workload_is_not_study_hours(tmp_path: Path) -> None:
    # Google's own example writes courseWorkload "P2D": two days, not a number of hours.
    run = {"@type": "CourseInstance", "courseMode": "Online", "courseWorkload": "P2D"}
    doc = _one(tmp_path, _google_course(hasCourseInstance=run))
    assert "workload" not in doc.data
    assert any("calendar duration" in m and "'P2D'" in m for m in _messages(doc))


def test_a_workload_in_words_is_reported_not_guessed(tmp_path: Path) -> None:
    run = {"@type": "CourseInstance", "courseMode": "Online", "courseWorkload": "3 hours of lectures per week"}
    doc = _one(tmp_path, _google_course(hasCourseInstance=run))
    assert "workload" not in doc.data
    assert any("3 hours of lectures per week" in m for m in _messages(doc))


def test_the_time_required_is_the_workload(tmp_path: Path) -> None:
    doc = _one(tmp_path, _google_course(hasCourseInstance=[], timeRequired="PT40H"))
    assert doc.data["workload"] == {"hours": 40}
    assert doc.origins["/workload/hours"].pointer == "/timeRequired"


def test_credits_in_ects_are_read(tmp_path: Path) -> None:
    credits = {"@type": "StructuredValue", "value": 6, "unitText": "ECTS"}
    doc = _one(tmp_path, _google_course(numberOfCredits=credits))
    assert doc.data["workload"] == {"ects": 6, "hours": 140}


def test_credits_written_with_their_unit_are_read(tmp_path: Path) -> None:
    doc = _one(tmp_path, _google_course(numberOfCredits="5 ECTS"))
    assert doc.data["workload"]["ects"] == 5


def test_credits_of_another_system_are_other_credits(tmp_path: Path) -> None:
    credits = {"@type": "StructuredValue", "value": 3, "unitText": "semester credit hours"}
    doc = _one(tmp_path, _google_course(numberOfCredits=credits))
    assert doc.data["workload"]["other_credits"] == {"system": "semester credit hours", "value": 3}


def test_a_bare_number_of_credits_is_not_taken_for_ects(tmp_path: Path) -> None:
    doc = _one(tmp_path, _google_course(numberOfCredits=5))
    assert "ects" not in doc.data["workload"] and "other_credits" not in doc.data["workload"]
    (warning,) = [f for f in doc.findings if "numberOfCredits" in f.message]
    assert warning.rule == "MC-IM-002" and warning.origin.pointer == "/numberOfCredits"


# --- Level, languages, organisations, outcomes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "eqf"),
    [
        ("EQF level 6", 6),
        ("http://data.europa.eu/snb/eqf/7", 7),
        ({"@type": "DefinedTerm", "name": "Level 5", "inDefinedTermSet": "http://data.europa.eu/snb/eqf/25831c2"}, 5),
        ({"@type": "DefinedTerm", "name": "EQF 4", "termCode": "4"}, 4),
    ],
)
def test_an_educational_level_that_names_the_eqf_is_read(tmp_path: Path, level: object, eqf: int) -> None:
    doc = _one(tmp_path, _google_course(educationalLevel=level))
    assert doc.data["level"] == {"eqf": eqf}


def test_a_level_in_words_is_no_eqf_level(tmp_path: Path) -> None:
    doc = _one(tmp_path, _google_course(educationalLevel="Advanced"))
    assert "level" not in doc.data
    assert any("Advanced" in m for m in _messages(doc))


@pytest.mark.parametrize(
    ("language", "code"),
    [("en-GB", "en"), ({"@type": "Language", "name": "German", "alternateName": "de"}, "de"), ("Portuguese", "pt")],
)
def test_the_language_of_the_course(tmp_path: Path, language: object, code: str) -> None:
    doc = _one(tmp_path, _google_course(inLanguage=language))
    assert doc.data["languages"] == [code]


@pytest.mark.parametrize(
    "country", ["DE", {"@type": "Country", "name": "Germany"}, "Deutschland", "https://www.wikidata.org/x/DE"]
)
def test_the_country_of_the_provider(tmp_path: Path, country: object) -> None:
    provider = {"@type": "Organization", "name": "Beispiel Hochschule", "address": {"addressCountry": country}}
    doc = _one(tmp_path, _google_course(provider=provider))
    (body,) = doc.data["awarding_bodies"]
    if isinstance(country, str) and "/" in country:
        # Not a country qa-checker can tell: kept as found, for the vocabulary rule to judge.
        assert body["country"] == country
    else:
        assert body["country"] == "DE"


def test_a_provider_in_the_graph_is_read_by_its_id(tmp_path: Path) -> None:
    university = {
        "@id": "https://www.uni-jena.example/#org",
        "@type": ["CollegeOrUniversity", "EducationalOrganization"],
        "name": "Friedrich Schiller University Jena",
        "address": {"@type": "PostalAddress", "addressCountry": "DE"},
    }
    course = _google_course(provider={"@id": "https://www.uni-jena.example/#org"})
    del course["@context"]
    doc = _one(tmp_path, {"@context": "http://schema.org", "@graph": [university, course]})
    assert doc.data["awarding_bodies"][0]["name"] == "Friedrich Schiller University Jena"
    assert doc.data["awarding_bodies"][0]["country"] == "DE"
    assert doc.origins["/awarding_bodies/0/country"].pointer == "/@graph/0/address/addressCountry"


def test_without_a_provider_the_offering_organisation_is_the_awarding_body(tmp_path: Path) -> None:
    course = _google_course(
        offers={"@type": "Offer", "price": "0", "priceCurrency": "EUR", "offeredBy": {"name": "EC2U Alliance"}}
    )
    del course["provider"]
    doc = _one(tmp_path, course)
    assert doc.data["awarding_bodies"][0]["name"] == "EC2U Alliance"
    assert doc.data["price"] == {"amount": 0, "currency": "EUR"}
    assert any("offeredBy" in m for m in _messages(doc, "MC-IM-003"))


def test_several_prices_are_not_added_up(tmp_path: Path) -> None:
    offers = [
        {"@type": "Offer", "price": 450, "priceCurrency": "EUR", "name": "Early bird"},
        {"@type": "Offer", "price": 600, "priceCurrency": "EUR", "name": "Regular"},
    ]
    doc = _one(tmp_path, _google_course(offers=offers))
    assert "price" not in doc.data
    assert any(f.pointer == "/price" and f.rule == "MC-IM-002" for f in doc.findings)


def test_taught_skills_with_an_esco_concept(tmp_path: Path) -> None:
    esco = "http://data.europa.eu/esco/skill/0a1b2c3d-0000-4000-8000-000000000001"
    teaches = [{"@type": "DefinedTerm", "@id": esco, "name": "Assess the fairness of a machine-learning model."}]
    doc = _one(tmp_path, _google_course(teaches=teaches))
    assert doc.data["learning_outcomes"] == [
        {"text": "Assess the fairness of a machine-learning model.", "esco": [esco]}
    ]


def test_prerequisites_in_text_and_as_alignments(tmp_path: Path) -> None:
    prerequisites = [
        "Basic knowledge of statistics",
        {"@type": "AlignmentObject", "targetName": "Introduction to Programming", "alignmentType": "requires"},
    ]
    doc = _one(tmp_path, _google_course(coursePrerequisites=prerequisites))
    assert doc.data["prerequisites"] == "Basic knowledge of statistics\nIntroduction to Programming"


def test_a_course_that_gives_its_prerequisites_as_a_programmes_are_read(tmp_path: Path) -> None:
    """A Course page that writes ``programPrerequisites`` (the programme's term) states its prerequisites all the same;
    its own ``coursePrerequisites`` come first where it gives both."""
    doc = _one(tmp_path, _google_course(programPrerequisites="Basic arithmetic"))
    assert doc.data["prerequisites"] == "Basic arithmetic"
    both = _google_course(programPrerequisites="Basic arithmetic", coursePrerequisites="Algebra I")
    assert _one(tmp_path, both).data["prerequisites"] == "Algebra I"


def test_the_audience_is_the_target_group(tmp_path: Path) -> None:
    audience = {"@type": "EducationalAudience", "audienceType": "Working professionals in public administration"}
    doc = _one(tmp_path, _google_course(audience=audience))
    assert doc.data["target_group"] == "Working professionals in public administration"


# --- Credentials and programmes ---------------------------------------------------------------------------


def test_the_credential_awarded_gives_the_level_and_is_no_offer_of_its_own(tmp_path: Path) -> None:
    credential = {
        "@id": "https://www.example.edu/credentials/data-ethics-mc",
        "@type": "EducationalOccupationalCredential",
        "name": "Micro-credential in Data Ethics",
        "credentialCategory": "micro-credential",
        "educationalLevel": "http://data.europa.eu/snb/eqf/6",
    }
    course = _google_course(educationalCredentialAwarded={"@id": credential["@id"]})
    del course["@context"]
    (doc,) = _load(tmp_path, {"@context": CONTEXT, "@graph": [course, credential]})
    assert doc.imported_from == "schema.org Course"
    assert doc.data["level"] == {"eqf": 6}
    assert doc.origins["/level/eqf"].pointer == "/@graph/1/educationalLevel"


def test_a_credential_alone_is_read_with_its_required_competencies(tmp_path: Path) -> None:
    credential = {
        "@context": CONTEXT,
        "@type": "EducationalOccupationalCredential",
        "@id": "https://www.example.edu/credentials/sql",
        "name": "Certificate in Database Design",
        "credentialCategory": {"@type": "DefinedTerm", "name": "Certificate"},
        "competencyRequired": [
            "Design a normalised relational schema for a business case.",
            {"@type": "DefinedTerm", "name": "Write SQL queries that join and aggregate data."},
        ],
        "recognizedBy": {"@type": "Organization", "name": "NVAO"},
        "educationalLevel": "EQF 5",
    }
    doc = _one(tmp_path, credential)
    assert doc.imported_from == "schema.org EducationalOccupationalCredential"
    assert doc.data["learning_outcomes"] == [
        "Design a normalised relational schema for a business case.",
        "Write SQL queries that join and aggregate data.",
    ]
    assert doc.data["level"] == {"eqf": 5}
    assert doc.data["quality_assurance"]["external"]["body"] == "NVAO"


def test_a_programme_with_its_courses_is_one_offer(tmp_path: Path) -> None:
    programme = {
        "@context": CONTEXT,
        "@type": "EducationalOccupationalProgram",
        "@id": "https://www.example.edu/programmes/green-transition",
        "name": "Green Transition Micro-Programme",
        "provider": {
            "@type": "CollegeOrUniversity",
            "name": "Université d'Exemple",
            "address": {"addressCountry": "FR"},
        },
        "numberOfCredits": {"@type": "StructuredValue", "value": 15, "unitCode": "ECTS"},
        "educationalProgramMode": "blended",
        "programPrerequisites": "A bachelor's degree in engineering or a related field",
        "startDate": "2026-10-01",
        "endDate": "2027-03-31",
        "inLanguage": ["fr", "en"],
        "hasCourse": [
            {"@type": "Course", "name": "Life-cycle assessment"},
            {"@type": "Course", "name": "Energy systems"},
        ],
    }
    doc = _one(tmp_path, programme)
    assert doc.imported_from == "schema.org EducationalOccupationalProgram"
    assert doc.data["workload"] == {"ects": 15}
    assert doc.data["participation"] == {"mode": "blended", "schedule": {"start": "2026-10-01", "end": "2027-03-31"}}
    assert doc.data["prerequisites"] == "A bachelor's degree in engineering or a related field"
    assert doc.data["languages"] == ["fr", "en"]
    assert doc.data["awarding_bodies"][0]["country"] == "FR"


# --- Shapes of JSON-LD ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        {**_google_course(), "@type": ["Course", "Product"]},
        {**_google_course(), "@context": "http://schema.org"},
        {**_google_course(), "@context": {"@vocab": "https://schema.org/"}},
        {
            "@context": {"schema": "http://schema.org/"},
            "@type": "schema:Course",
            "schema:name": "Data Ethics in Practice",
            "schema:provider": {"@type": "schema:Organization", "schema:name": "Example University"},
        },
        {
            "@type": "http://schema.org/Course",
            "http://schema.org/name": "Data Ethics in Practice",
        },
    ],
    ids=["type-array", "http-context", "vocab", "prefixed", "full-iris"],
)
def test_schema_org_written_every_way(tmp_path: Path, data: dict[str, Any]) -> None:
    doc = _one(tmp_path, data)
    assert doc.data["title"] == "Data Ethics in Practice"
    assert doc.imported_from == "schema.org Course"


def test_an_alliance_catalogue_entry_with_its_run_and_university_by_reference(tmp_path: Path) -> None:
    university = {
        "@type": "CollegeOrUniversity",
        "@id": "https://www.univ.example/#org",
        "name": {"@language": "fr", "@value": "Université d'Exemple"},
        "address": {"@type": "PostalAddress", "addressCountry": {"@type": "Country", "name": "France"}},
    }
    course = {
        "@type": "Course",
        "@id": "https://alliance.example/courses/ai-ethics",
        "name": [{"@language": "en", "@value": "AI Ethics"}, {"@language": "fr", "@value": "Éthique de l'IA"}],
        "courseCode": "ALL-AIE-01",
        "provider": "https://www.univ.example/#org",
        "hasCourseInstance": "https://alliance.example/courses/ai-ethics#run1",
        "educationalCredentialAwarded": "Certificate of completion",
        "numberOfCredits": {"@type": "StructuredValue", "value": "2,5", "unitText": "ECTS credits"},
        "offers": {"@type": "Offer", "price": "0.00", "priceCurrency": "EUR", "category": "Free"},
    }
    run = {
        "@type": "CourseInstance",
        "@id": "https://alliance.example/courses/ai-ethics#run1",
        "courseMode": "https://schema.org/OnlineEventAttendanceMode",
        "inLanguage": "en",
        "courseWorkload": "PT62H30M",
    }
    doc = _one(
        tmp_path, {"@context": [CONTEXT, {"ex": "https://example.org/ns#"}], "@graph": [university, course, run]}
    )
    assert doc.data["id"] == "ALL-AIE-01"
    assert doc.data["title"] == {"en": "AI Ethics", "fr": "Éthique de l'IA"}
    assert doc.data["awarding_bodies"] == [{"name": {"fr": "Université d'Exemple"}, "country": "FR"}]
    assert doc.data["workload"] == {"ects": 2.5, "hours": 62.5}
    assert doc.data["participation"]["mode"] == "online" and doc.data["languages"] == ["en"]
    assert doc.data["price"] == {"amount": 0, "currency": "EUR"}
    # A credential named in words is allowed by schema.org: nothing to warn of.
    assert not _messages(doc, "MC-IM-002")


def test_a_graph_of_two_courses_gives_two_offers(tmp_path: Path) -> None:
    org = {"@id": "#org", "@type": "EducationalOrganization", "name": "Example University"}
    first = {"@type": "Course", "@id": "#c1", "name": "Course one", "provider": {"@id": "#org"}}
    second = {"@type": "Course", "@id": "#c2", "name": "Course two", "provider": {"@id": "#org"}}
    docs = _load(tmp_path, {"@context": CONTEXT, "@graph": [org, first, second]})
    assert [d.data["title"] for d in docs] == ["Course one", "Course two"]
    assert all(d.data["awarding_bodies"][0]["name"] == "Example University" for d in docs)
    assert all(any("one of 2" in m for m in _messages(d, "MC-IM-003")) for d in docs)


def test_a_course_list_gives_one_offer_per_course(tmp_path: Path) -> None:
    # Google's "Course list": an ItemList of ListItems, each with its course.
    items = [
        {
            "@type": "ListItem",
            "position": n,
            "item": {"@type": "Course", "url": f"https://ex.edu/c{n}", "name": f"C{n}"},
        }
        for n in (1, 2, 3)
    ]
    docs = _load(tmp_path, {"@context": CONTEXT, "@type": "ItemList", "itemListElement": items})
    assert [d.data["title"] for d in docs] == ["C1", "C2", "C3"]
    assert docs[1].origins["/title"].pointer == "/itemListElement/1/item/name"


def test_a_ctdl_course_is_still_ctdl(tmp_path: Path) -> None:
    data = {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-00000000-0000-0000-0000-000000000001",
        "ceterms:name": {"en": "A CTDL course"},
    }
    (doc,) = _load(tmp_path, data)
    assert doc.imported_from.startswith("CTDL")


# --- HTML pages -------------------------------------------------------------------------------------------


def _html(tmp_path: Path, text: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_html_course_page_is_read_from_its_json_ld(tmp_path: Path) -> None:
    breadcrumbs = json.dumps({"@context": CONTEXT, "@type": "BreadcrumbList", "itemListElement": []})
    course = json.dumps(_google_course(numberOfCredits=5), indent=2)
    path = _html(tmp_path, _page(breadcrumbs, course))
    (doc,) = load_file(path)
    assert doc.source == str(path) or doc.source.endswith("page.html")
    assert doc.data["title"] == "Data Ethics in Practice"
    (result,) = check_paths([path], now=NOW).results
    (warning,) = [f for f in result.findings if "numberOfCredits" in f.message]
    lines = path.read_text(encoding="utf-8").splitlines()
    # Located at the line of the HTML page that holds the value.
    assert '"numberOfCredits"' in lines[warning.line - 1]


def test_several_course_blocks_on_a_page_are_named_by_block(tmp_path: Path) -> None:
    one = json.dumps(_google_course(name="First course"))
    two = json.dumps(_google_course(name="Second course"))
    website = json.dumps({"@context": CONTEXT, "@type": "WebSite", "name": "Example"})
    path = _html(tmp_path, _page(website, one, two))
    docs = load_file(path)
    assert [d.data["title"] for d in docs] == ["First course", "Second course"]
    assert [d.source.rsplit(" ", 2)[-2:] for d in docs] == [["[script", "2]"], ["[script", "3]"]]


def test_script_blocks_written_every_way(tmp_path: Path) -> None:
    course = json.dumps(_google_course())
    text = (
        '<html><head>\n<!-- <script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "Course", "name": "Commented out"}</script> -->\n'
        f"<SCRIPT TYPE='Application/LD+JSON; charset=utf-8'>//<![CDATA[\n{course}\n//]]></SCRIPT>\n"
        "</head></html>"
    )
    (doc,) = load_file(_html(tmp_path, text, "page.htm"))
    assert doc.data["title"] == "Data Ethics in Practice"


def test_broken_json_in_a_script_block_is_located_in_the_page(tmp_path: Path) -> None:
    broken = '{\n  "@context": "https://schema.org",\n  "@type": "Course",\n  "name": "Broken",,\n}'
    path = _html(tmp_path, _page(broken))
    (doc,) = load_file(path)
    assert doc.data is None
    (error,) = [f for f in doc.findings if f.severity.value == "error"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert '"name": "Broken",,' in lines[_line(error) - 1]
    assert f"at line {_line(error)}," in error.message  # the page's line, not the block's


def test_a_page_without_course_data_is_named_as_an_html_page(tmp_path: Path) -> None:
    website = json.dumps({"@context": CONTEXT, "@type": "WebSite", "name": "Example"})
    for text in (_page(website), "<html><body><p>No data</p></body></html>"):
        (doc,) = load_file(_html(tmp_path, text))
        assert doc.data is None
        (error,) = doc.findings
        assert error.rule == "MC-LD-001" and "HTML page" in error.message


def test_a_folder_walk_leaves_html_pages_alone(tmp_path: Path) -> None:
    _html(tmp_path, _page(json.dumps(_google_course())))
    (tmp_path / "course.jsonld").write_text(json.dumps(_google_course()), encoding="utf-8")
    report = check_paths([tmp_path], now=NOW)
    assert [Path(r.source).name for r in report.results] == ["course.jsonld"]


def test_a_hostile_page_is_read_in_bounded_time(tmp_path: Path) -> None:
    # Many empty script blocks, an unclosed one at the end, and a long stretch of markup.
    def loaded(blocks: int) -> list[Document]:
        text = "<html><head>" + '<script type="application/ld+json"></script>' * blocks
        text += "<p>" * (10 * blocks) + '<script type="application/ld+json">{"@context": "https://schema.org", "@type"'
        return load_file(_html(tmp_path, text))

    docs = loaded(20_000)
    assert len(docs) == 1 and docs[0].data is None
    assert_linear(loaded, 2_500, 10_000)


def test_tags_never_closed_cost_no_rescans(tmp_path: Path) -> None:
    def loaded(tags: int) -> list[Document]:
        return load_file(_html(tmp_path, '<script data-type="application/ld+json"' + "<script type=a" * tags))

    (doc,) = loaded(200_000)
    assert_linear(loaded, 25_000, 100_000)
    assert doc.data is None and "HTML page" in doc.findings[0].message


def test_a_page_of_more_blocks_than_max_documents_is_refused(tmp_path: Path) -> None:
    path = _html(tmp_path, _page(*[json.dumps(_google_course(name=f"Course {n}")) for n in range(4)]))
    (doc,) = load_file(path, limits=Limits(max_documents=3))
    assert doc.data is None and doc.findings[0].rule == "MC-LD-005"
    assert len(load_file(path, limits=Limits(max_documents=4))) == 4


def test_a_page_nested_too_deeply_is_refused_with_its_line(tmp_path: Path) -> None:
    deep = (
        '{"@context": "https://schema.org", "@type": "Course", "name": "x", "about": ' + "[" * 5000 + "]" * 5000 + "}"
    )
    (doc,) = load_file(_html(tmp_path, _page(deep)))
    assert doc.data is None
    assert any(_line(f) for f in doc.findings)


def test_convert_writes_the_course_page_as_a_descriptor(run_cli, tmp_path: Path) -> None:
    path = _html(tmp_path, _page(json.dumps(_google_course(), indent=2)))
    out = tmp_path / "out.yaml"
    result = run_cli("convert", str(path), "--to", "yaml", "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    converted = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert converted["title"] == "Data Ethics in Practice"
    assert converted["workload"] == {"hours": 140}
