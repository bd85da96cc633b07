"""Hostile round twelve at the web service: file names in bytes that are not UTF-8, file names and titles
that are markup, look-alike names, hostile query strings, an empty form and a workbook downloaded from the
page. Each is a checked file under a clear name, escaped text or a clear 4xx: never a 500, never markup from a
request on a page, never a formula in a downloaded workbook.
"""

from __future__ import annotations

import base64
import io
import json
import re
from collections.abc import Iterator
from typing import Any

import openpyxl
import pytest

from qa_checker.cells import FORMULA_START
from qa_checker.web import application
from qa_checker.web.settings import Settings
from tests.conftest import SAMPLES, baseline

API = "/api/v1/check"
GOOD = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes()
FORM = "multipart/form-data; boundary=B"
PAYLOAD = "<svg onload=alert(77)>"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    settings = Settings.from_env({}, workers=1, max_request_bytes=3 * 1024 * 1024, max_file_bytes=1024 * 1024)
    with TestClient(application.create_app(settings), raise_server_exceptions=True) as test_client:
        yield test_client


def _form(filename: bytes, content: bytes) -> bytes:
    head = b'--B\r\nContent-Disposition: form-data; name="files"; filename="' + filename + b'"\r\n\r\n'
    return head + content + b"\r\n--B--\r\n"


def _token(client: Any) -> str:
    found = re.search(rf'name="{application.CSRF_FIELD}" value="([^"]+)"', client.get("/").text)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize("raw", [b"caf\xe9.yaml", b"\xff\xfe\x80.yaml", b"na\xc3me.yaml"])
def test_a_file_name_that_is_not_utf8_is_still_a_named_checked_file(client: Any, raw: bytes) -> None:
    response = client.post(API, content=_form(raw, GOOD), headers={"Content-Type": FORM})
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["status"] == "pass" and result["source"].endswith(".yaml") and len(result["source"]) > 5


def test_two_file_names_that_differ_by_an_invisible_character_are_told_apart(client: Any) -> None:
    files = [("files", ("a\u200bb.yaml", GOOD)), ("files", ("ab.yaml", GOOD))]
    response = client.post(API, files=files)
    assert response.status_code == 200, response.text
    sources = [r["source"] for r in response.json()["results"]]
    assert len(set(sources)) == 2 and not [s for s in sources if "\u200b" in s]


def test_an_empty_form_is_a_clear_400(client: Any) -> None:
    response = client.post(API, content=b"", headers={"Content-Type": FORM})
    assert response.status_code == 400
    assert "boundary" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    "address",
    [f"/?lang={PAYLOAD}", f"/rules/{PAYLOAD}", f"/rules?rubric={PAYLOAD}", f'/rules/MC-LO-001?rubric="{PAYLOAD}'],
)
def test_a_hostile_query_or_path_is_text_on_the_page(client: Any, address: str) -> None:
    response = client.get(address)
    assert response.status_code < 500
    assert PAYLOAD not in response.text and "<svg" not in response.text


def test_a_markup_file_name_and_title_are_text_on_the_page(client: Any) -> None:
    data = baseline()
    data["title"] = {"en": "</script><script>alert(8)</script>"}
    name = f'x"{PAYLOAD}.json'
    response = client.post(
        "/check", data={application.CSRF_FIELD: _token(client)}, files={"files": (name, json.dumps(data).encode())}
    )
    assert response.status_code == 200, response.text
    assert "<svg" not in response.text and "<script>alert" not in response.text
    assert "&lt;/script&gt;&lt;script&gt;alert(8)" in response.text


def test_a_workbook_downloaded_from_the_page_holds_no_formula(client: Any) -> None:
    data = baseline()
    data["id"] = '=HYPERLINK("http://evil","x")'
    data["title"] = {"en": "+SUM(A1:A9)"}
    data["awarding_bodies"][0]["name"] = "@cmd"
    data["colour"] = "-1+2"  # an unknown field: a finding quoting it
    form = {
        application.CSRF_FIELD: _token(client),
        "format": "xlsx",
        "name": ["=cmd.json"],
        "content": [base64.b64encode(json.dumps(data).encode()).decode()],
    }
    response = client.post("/report", data=form, files={"unused": ("", b"")})
    assert response.status_code == 200, response.text
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    seen = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(FORMULA_START), (sheet.title, cell.coordinate, cell.value)
                    seen += "HYPERLINK" in cell.value
    assert seen


def test_the_page_shows_an_invisible_character_of_a_result_and_gives_pasted_text_back_as_it_was(client: Any) -> None:
    """The results name 'MC-1\\u200b' and '/ti\\u200btle2' as the reports do (U+FFFD), not as 'MC-1' and
    '/title2'; the descriptor pasted into the form comes back in it as it was pasted."""
    data = baseline()
    data["id"] = "MC-1\u200b"
    data["ti\u2060tle2"] = "x"  # an unknown field: a finding at its pointer
    pasted = json.dumps(data, ensure_ascii=False)
    form = {application.CSRF_FIELD: _token(client), "text": pasted}
    response = client.post("/check", data=form, files={"files": ("", b"")})
    assert response.status_code == 200, response.text
    page, _, rest = response.text.partition('<textarea id="text"')
    given, _, after = rest.partition("</textarea>")
    assert "\u200b" not in page + after and "\u2060" not in page + after
    assert "<code>MC-1\ufffd</code>" in page + after and "/ti\ufffdtle2" in page + after
    assert json.dumps(data, ensure_ascii=False).replace('"', "&#34;") in given
