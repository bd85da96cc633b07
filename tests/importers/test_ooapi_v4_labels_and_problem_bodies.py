"""Two follow-ups of the OOAPI reader: which version of the specification a resource follows, and a server's error
body given in place of a resource.

The expectations are written from the specifications, not from the code. OOAPI v4 writes names and descriptions as
plain texts and has ``ects``, ``type`` and ``mainLanguage``; v5 writes them as language-typed string arrays and has
``studyLoad``, ``offeringType``, ``programType``, ``primaryCode`` and ``teachingLanguage``. A resource is labelled by
the version it follows, an offering by the version of the course or program it offers with it. An error body (RFC
7807/9457 problem details: ``type``, ``title``, ``status``, ``detail``, ``instance``; OOAPI v4's ``Problem`` and v5's
error responses have this shape) holds no resource: it is skipped as the error response it is, not as "an object of
type <its problem URL>".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_paths
from qa_checker.document import Document
from qa_checker.loaders import load_file
from qa_checker.results import Result
from tests.conftest import NOW

V4_COURSE: dict[str, Any] = {
    "courseId": "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
    "name": "Groundwater Hydrology",
    "abbreviation": "GWH",
    "ects": 6,
    "description": "Flow and transport of groundwater in aquifers.",
    "learningOutcomes": ["Compute the drawdown around a pumping well."],
    "level": "master",
    "modeOfDelivery": "on campus",
}
V4_PROGRAM: dict[str, Any] = {
    "programId": "1c2d3e4f-5061-4728-93a4-b5c6d7e8f90a",
    "type": "minor",
    "name": "Minor Water Management",
    "abbreviation": "MIN-WM",
    "ects": 30,
    "levelOfQualification": "6",
}


def _v4_offering(offered: str, resource: dict[str, Any]) -> dict[str, Any]:
    """A v4 offering (no name of its own: type, mainLanguage, isLineItem) with what it offers expanded."""
    return {
        "offeringId": "2d3e4f50-6172-4839-a4b5-c6d7e8f90a1b",
        "type": offered,
        "mainLanguage": "en-GB",
        "isLineItem": True,
        "startDate": "2027-02-01",
        "endDate": "2027-04-30",
        offered: resource,
    }


def _load(tmp_path: Path, data: object) -> list[Document]:
    path = tmp_path / "response.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_file(path)


def _checked(tmp_path: Path, data: object) -> Result:
    """The one result of checking ``data`` saved as a response file."""
    path = tmp_path / "response.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    (result,) = check_paths([path], now=NOW, jobs=1).results
    return result


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (V4_COURSE, "OOAPI v4 course"),
        (V4_PROGRAM, "OOAPI v4 program"),
        (_v4_offering("course", V4_COURSE), "OOAPI v4 course offering"),
        (_v4_offering("program", V4_PROGRAM), "OOAPI v4 program offering"),
        ({"pageSize": 10, "pageNumber": 1, "items": [_v4_offering("course", V4_COURSE)]}, "OOAPI v4 course offering"),
    ],
    ids=["course", "program", "course-offering", "program-offering", "page"],
)
def test_a_v4_resource_is_labelled_v4(tmp_path: Path, data: dict[str, Any], label: str) -> None:
    (doc,) = _load(tmp_path, data)
    assert doc.data is not None and doc.imported_from == label


@pytest.mark.parametrize(
    ("data", "label"),
    [
        # An early v5 course: language-typed names beside v4's ects.
        ({**V4_COURSE, "name": [{"language": "en-GB", "value": "Groundwater Hydrology"}]}, "OOAPI v5 course"),
        # Plain names, but fields v5 introduced.
        (
            {**V4_COURSE, "teachingLanguage": "eng", "studyLoad": {"studyLoadUnit": "ects", "value": 6}},
            "OOAPI v5 course",
        ),
        (
            {
                "offeringId": "3e4f5061-7283-49a4-b5c6-d7e8f90a1b2c",
                "offeringType": "course",
                "name": [{"language": "en-GB", "value": "Groundwater Hydrology, spring"}],
                "course": "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9",
            },
            "OOAPI v5 course offering",
        ),
    ],
    ids=["early-v5-course", "v5-fields", "v5-offering-course-by-id"],
)
def test_a_v5_resource_stays_labelled_v5(tmp_path: Path, data: dict[str, Any], label: str) -> None:
    (doc,) = _load(tmp_path, data)
    assert doc.data is not None and doc.imported_from == label


PROBLEM_NOT_FOUND = {
    "type": "https://api.uni-example.nl/problems/not-found",
    "title": "Not Found",
    "status": 404,
    "detail": "No program with programId 1c2d3e4f exists.",
    "instance": "/programs/1c2d3e4f",
}


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (PROBLEM_NOT_FOUND, "HTTP status 404: Not Found"),
        # v5's error response: status and title, no type.
        ({"status": 400, "title": "Invalid request", "detail": "pageSize must be at most 250."}, "400: Invalid"),
        # A status written as a string, and a type without a title (the type's URL tells the problem).
        ({"type": "https://api.example.org/errors/unavailable", "status": "503"}, "errors/unavailable"),
        # An extension member named like a descriptor field does not make it a descriptor.
        ({**PROBLEM_NOT_FOUND, "id": "err-7781", "status": 500, "title": "Internal Server Error"}, "500"),
    ],
    ids=["rfc7807", "v5-error", "string-status-type-only", "extension-id"],
)
def test_a_problem_body_is_skipped_as_an_error_response(tmp_path: Path, data: dict[str, Any], said: str) -> None:
    result = _checked(tmp_path, data)
    assert result.status == "skipped"
    assert result.reason is not None and "error response" in result.reason and said in result.reason
    assert "object of type" not in result.reason


@pytest.mark.parametrize(
    "data",
    [
        # A resource with an id is no error body, whatever else it has.
        {"courseId": "42", "status": 404, "title": "Not Found"},
        # A successful status is no error.
        {"status": 200, "title": "OK", "type": "about:blank"},
        # A status alone tells no problem.
        {"status": 404, "detail": "gone"},
    ],
    ids=["resource-id", "success-status", "status-only"],
)
def test_what_is_not_a_problem_body(tmp_path: Path, data: dict[str, Any]) -> None:
    result = _checked(tmp_path, data)
    assert "error response" not in (result.reason or "")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        # The problem's detail is shown beside its title.
        (PROBLEM_NOT_FOUND, "Not Found — No program with programId 1c2d3e4f exists."),
        # Spring Boot's default error body.
        (
            {
                "timestamp": "2026-11-30T10:15:00.000+00:00",
                "status": 404,
                "error": "Not Found",
                "message": "No course with courseId 42",
                "path": "/courses/42",
            },
            "HTTP status 404: Not Found — No course with courseId 42",
        ),
        # JSON:API's errors list: its first error, its status written as a string.
        (
            {"jsonapi": {"version": "1.1"}, "errors": [{"status": "422", "title": "Invalid Attribute", "detail": "x"}]},
            "HTTP status 422: Invalid Attribute — x",
        ),
        # Google's JSON style: an error object with a code and a message.
        (
            {"error": {"code": 403, "message": "The caller does not have permission", "status": "PERMISSION_DENIED"}},
            "403: The caller",
        ),
    ],
    ids=["rfc7807-detail", "spring-boot", "json-api", "google-json"],
)
def test_error_bodies_as_servers_write_them_are_told_with_their_detail(
    tmp_path: Path, data: dict[str, Any], said: str
) -> None:
    result = _checked(tmp_path, data)
    assert result.status == "skipped"
    assert result.reason is not None and said in result.reason


@pytest.mark.parametrize(
    "data",
    [
        # GraphQL's errors name no HTTP status.
        {"errors": [{"message": "Cannot query field 'ects'", "locations": [{"line": 1, "column": 9}]}]},
        # OAuth's error names no status either.
        {"error": "invalid_token", "error_description": "The access token expired"},
        # A status in the 2xx range with Spring Boot's keys is no error.
        {"timestamp": "2026-11-30T10:15:00Z", "status": 200, "error": "None", "path": "/courses"},
    ],
    ids=["graphql", "oauth", "spring-success"],
)
def test_bodies_that_name_no_error_status_are_no_error_response(tmp_path: Path, data: dict[str, Any]) -> None:
    result = _checked(tmp_path, data)
    assert "error response" not in (result.reason or "")
