"""Hostile round fifteen at the API, in process: request bodies a careless or hostile client sends (JSON with a
slip, nested 100,000 deep, not UTF-8; multipart with broken boundaries, bad part headers, no boundary) and
Accept-Language weights out of range. Each is answered with its status and a message that says where in the
body the request went wrong, every word of it through the catalogue; the next request is answered as usual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.i18n import SOURCE_LANGUAGE, Translator
from qa_checker.web import application
from qa_checker.web.language import accepted
from tests.conftest import NOW, SAMPLES
from tests.web.test_i18n_web import Marking, without_marked

API = "/api/v1/check"
GOOD = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_text(encoding="utf-8")
FORM = "multipart/form-data; boundary=B"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """The application in process, every language but English shown by the marking catalogue (``«...»``)."""
    from starlette.testclient import TestClient

    from qa_checker.i18n import translator

    def marking(language: str = SOURCE_LANGUAGE) -> Translator:
        return translator(language) if language == SOURCE_LANGUAGE else Translator(language, Marking())

    patch = pytest.MonkeyPatch()
    patch.setattr(application, "translator", marking)
    try:
        settings = application.Settings.from_env({}, workers=1, now=NOW, max_files=6)
        with TestClient(application.create_app(settings), raise_server_exceptions=True) as running:
            yield running
    finally:
        patch.undo()


def refused(response: Any, status: int) -> str:
    """The message of a refusal as JSON, after checking its status and form."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["status"] == status
    message: str = error["message"]
    assert "Traceback" not in message and "Exception" not in message
    return message


def in_german(client: Any, status: int, **request: Any) -> str:
    """The refusal's message asked for in German: every word of it comes from the catalogue."""
    response = client.post(API + "?lang=de", **request)
    message = refused(response, status)
    assert response.headers["content-language"] == "de"
    assert message.startswith("«") and without_marked(message).strip(" .") == "", message
    return message


def still_checks(client: Any) -> None:
    response = client.post(API, json={"filename": "x.yaml", "content": GOOD})
    assert response.status_code == 200 and response.json()["summary"]["descriptors"] == 1


def json_body(text: str) -> dict[str, Any]:
    return {"content": text.encode("utf-8"), "headers": {"Content-Type": "application/json"}}


# -- JSON bodies -------------------------------------------------------------------------------

# Bodies written by hand or by string formatting, each with its slip where ^ marks it (a missing comma: where
# it belongs).
SLIPS = {
    "trailing comma": '{\n  "filename": "x.yaml",\n  "content": "id: x"^,\n}',
    "single quotes": "{\n  ^'filename': 'x.yaml'\n}",
    "missing comma": '{\n  "filename": "x.yaml"^\n  "content": "id: x"\n}',
    "cut short": '{\n  "filename": "x.yaml",\n  "content"^: ',
    "python literal": '{"filename": "x.yaml", "content": "id: x", "rubric": ^None}',
}


def _marked(text: str) -> tuple[str, int, int]:
    """The body without its ``^``, and the line and column the mark stood at."""
    at = text.index("^")
    before = text[:at]
    return text.replace("^", "", 1), before.count("\n") + 1, at - (before.rfind("\n") + 1) + 1


@pytest.mark.parametrize("slip", list(SLIPS))
def test_a_json_body_with_a_slip_is_refused_at_its_line_and_column(client: Any, slip: str) -> None:
    body, line, column = _marked(SLIPS[slip])
    message = refused(client.post(API, **json_body(body)), 400)
    assert message.startswith("The body") and "JSON" in message, message
    placed = re.search(r"at line (\d+), column (\d+)", message)
    assert placed is not None, message
    # The place the text shows the slip, or (a quote or bracket that opens what is missing) just before it.
    assert int(placed.group(1)) == line and abs(int(placed.group(2)) - column) <= 1, message
    in_german(client, 400, **json_body(body))
    still_checks(client)


def test_an_empty_json_body_says_it_is_empty(client: Any) -> None:
    message = refused(client.post(API, **json_body(" \n")), 400)
    assert "empty" in message and '"filename"' in message
    in_german(client, 400, **json_body(""))


@pytest.mark.parametrize("opening", ["[", '{"a":', '{"files": ['])
def test_a_json_body_nested_100000_deep_is_refused_where_it_goes_too_deep(client: Any, opening: str) -> None:
    body = opening * 100_000
    message = refused(client.post(API, **json_body(body)), 400)
    assert "nested too deeply" in message
    # The first bracket past the 64 levels a document may have, on the only line.
    brackets = [at for at, char in enumerate(body) if char in "[{"]
    placed = re.search(r"line 1, column (\d+)", message)
    assert placed is not None and int(placed.group(1)) == brackets[64] + 1, message
    in_german(client, 400, **json_body(body))
    still_checks(client)


@pytest.mark.parametrize(
    ("raw", "line", "column"),
    [
        (b'{"filename": "x.yaml",\n "content": "id: caf\xe9"}', 2, 21),  # Windows-1252
        (b'{"filename": "\xc3\xa9t\xc3\xa9.yaml",\n\n "content": "\xff\xfe"}', 3, 14),
        (b'{"filename": "x.yaml", "content": "\xed\xa0\x80"}', 1, 36),  # a UTF-16 surrogate written as UTF-8
    ],
)
def test_a_json_body_that_is_not_utf8_is_refused_at_the_first_byte_that_is_not(
    client: Any, raw: bytes, line: int, column: int
) -> None:
    request = {"content": raw, "headers": {"Content-Type": "application/json"}}
    message = refused(client.post(API, **request), 400)
    assert "UTF-8" in message and f"line {line}, column {column}" in message, message
    in_german(client, 400, **request)
    still_checks(client)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_a_json_body_in_another_unicode_encoding_is_read(client: Any, codec: str) -> None:
    body = json.dumps({"filename": "x.yaml", "content": GOOD}).encode(codec)
    response = client.post(API, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200 and response.json()["summary"]["descriptors"] == 1


# -- multipart bodies ---------------------------------------------------------------------------


def part(name: str, content: str, filename: str | None = None) -> str:
    disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
    return f"--B\r\nContent-Disposition: {disposition}\r\n\r\n{content}\r\n"


def form(body: str, content_type: str = FORM) -> dict[str, Any]:
    return {"content": body.encode("utf-8"), "headers": {"Content-Type": content_type}}


def test_a_form_without_a_boundary_says_so(client: Any) -> None:
    request = form(part("files", "id: x", "x.yaml") + "--B--\r\n", "multipart/form-data")
    message = refused(client.post(API, **request), 400)
    assert "boundary" in message and "Missing" not in message
    in_german(client, 400, **request)


@pytest.mark.parametrize(
    "header",
    ['Content-Disposition: form-data; filename="b.yaml"', "Content-Type: text/yaml", "Content-Disposition: form-data"],
)
def test_a_form_part_without_a_field_name_names_the_part(client: Any, header: str) -> None:
    nameless = f"--B\r\n{header}\r\n\r\nid: b\r\n"
    request = form(part("files", "id: a", "a.yaml") + nameless + "--B--\r\n")
    message = refused(client.post(API, **request), 400)
    assert "part 2" in message.lower() and "name" in message, message
    in_german(client, 400, **request)
    still_checks(client)


@pytest.mark.parametrize(
    ("body", "line"),
    [
        # Lines ended by LF alone, as a hand-written or Unix-tool body has them.
        (part("files", "id: x", "x.yaml").replace("\r\n", "\n") + "--B--\n", 1),
        # A boundary other than the one the Content-Type names.
        (part("files", "id: x", "x.yaml").replace("--B", "--C") + "--C--\r\n", 1),
        # The second part's boundary line goes on after the boundary and its padding.
        (part("files", "id: a", "a.yaml") + part("files", "id: b", "b.yaml").replace("--B\r\n", "--B  x\r\n"), 5),
    ],
    ids=["LF only", "another boundary", "boundary with more"],
)
def test_a_form_that_does_not_follow_its_boundary_is_placed_at_its_line(client: Any, body: str, line: int) -> None:
    message = refused(client.post(API, **form(body)), 400)
    assert "boundary" in message and f"line {line}" in message, message
    assert "Invalid multipart data" not in message
    in_german(client, 400, **form(body))
    still_checks(client)


def test_a_part_header_that_cannot_be_read_names_its_part_and_line(client: Any) -> None:
    body = part("files", "id: a", "a.yaml") + "--B\r\nContent-Disposition form-data\r\n\r\nid: b\r\n--B--\r\n"
    message = refused(client.post(API, **form(body)), 400)
    assert "part 2" in message and "line 6" in message and "header" in message, message
    in_german(client, 400, **form(body))
    still_checks(client)


# -- Accept-Language ----------------------------------------------------------------------------


@pytest.mark.parametrize("weight", ["5", "1.5", "inf", "-1", "nan", "1e3", "0x1"])
def test_an_accept_language_weight_out_of_range_does_not_win(weight: str) -> None:
    assert accepted(f"fr;q={weight}, de;q=0.9") == "de"


@pytest.mark.parametrize("weight", ["1", "1.0", "1.000", "0.95", "0.001"])
def test_an_accept_language_weight_in_range_is_read(weight: str) -> None:
    assert accepted(f"de;q=0.9, fr;q={weight}") == ("fr" if float(weight) > 0.9 else "de")


def test_an_api_refusal_follows_the_accepted_language_not_an_out_of_range_weight(client: Any) -> None:
    response = client.post(
        API, json={"filename": "x.yaml", "content": GOOD, "rubric": "nope"}, headers={"Accept-Language": "en;q=7, de"}
    )
    refused(response, 422)
    assert response.headers["content-language"] == "de"


@pytest.mark.parametrize(
    ("parameter", "name"),
    [
        ("filename*=utf-8''caf%C3%A9%20%221%22.yaml", 'café "1".yaml'),
        ("filename*=UTF-8'fr'%C3%A9t%C3%A9.yaml", "été.yaml"),
        ("filename*=no-such-charset''plan.yaml", "plan.yaml"),
    ],
)
def test_a_file_named_only_by_filename_star_is_a_file_of_that_name(client: Any, parameter: str, name: str) -> None:
    """urllib3 1 (requests) names a file beyond ASCII only so, though RFC 7578 forbids it: still a file."""
    body = f'--B\r\nContent-Disposition: form-data; name="files"; {parameter}\r\n\r\n{GOOD}\r\n--B--\r\n'
    response = client.post(API, **form(body))
    assert response.status_code == 200, response.text
    assert [r["source"] for r in response.json()["results"]] == [name]


def test_a_plain_filename_is_taken_over_filename_star(client: Any) -> None:
    disposition = 'form-data; name="files"; filename="plain.yaml"; filename*=utf-8\'\'other.yaml'
    body = f"--B\r\nContent-Disposition: {disposition}\r\n\r\n{GOOD}\r\n--B--\r\n"
    response = client.post(API, **form(body))
    assert [r["source"] for r in response.json()["results"]] == ["plain.yaml"]


# -- methods and addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("OPTIONS", API, 405),
        ("PUT", API, 405),
        ("DELETE", "/api/v1/rules/MC-LO-002", 405),
        ("GET", "/api/v1/rules/%00", 404),
        ("GET", "/api/v1/rules/..%2F..%2Fetc%2Fpasswd", 404),
        ("GET", "/api/v1/%2e%2e/healthz", 404),
        ("GET", "/api/v1/rules/" + "A" * 4000, 404),
    ],
)
def test_a_method_or_address_that_is_abuse_is_a_translated_json_refusal(
    client: Any, method: str, path: str, status: int
) -> None:
    response = client.request(method, path + "?lang=de")
    message = refused(response, status)
    assert message.startswith("«") and len(message) < 400, message
    assert "\x00" not in without_marked(message)
    if status == 405:
        assert "POST" in response.headers["allow"] or "GET" in response.headers["allow"]


def test_head_of_the_check_address_is_a_405_without_a_body(client: Any) -> None:
    response = client.head(API)
    assert response.status_code == 405 and response.content == b"" and response.headers["allow"] == "POST"


@pytest.mark.parametrize(
    "body",
    [
        part("files", "id: a", "a.yaml") + part("files", "id: b", "b.yaml").replace("\r\n", "\n") + "--B--\n",
        # Read by the boundaries alone, this is one file holding the second part as its text.
        part("files", "id: a", "a.yaml").replace("id: a\r\n", "id: a\n")
        + part("files", "id: b", "b.yaml")
        + "--B--\r\n",
    ],
    ids=["boundary line ended by LF", "line before the boundary ended by LF"],
)
def test_a_form_with_a_boundary_line_next_to_a_bare_lf_names_the_line(client: Any, body: str) -> None:
    """The boundary on line 5 is taken for data by the parser: neither a body cut short nor one file."""
    message = refused(client.post(API, **form(body)), 400)
    assert "line 5" in message and "LF" in message and "cut short" not in message, message
    in_german(client, 400, **form(body))
