"""The CSV's code page named on the self-check page and in every way of posting to the API (multipart field, JSON
body field, query parameter), as ``qa-checker check --encoding NAME`` names it: the same report, the same strict
refusal of a byte the page has no character for (at its line and cell), a Unicode byte-order mark still winning
with a note, and an unknown name refused with the CLI's own words (on the page, at the field)."""

from __future__ import annotations

import base64
import html
import io
import json
import re
import zipfile
from typing import Any

import pytest
from click.testing import CliRunner

from qa_checker import ids
from qa_checker.cli import cli
from qa_checker.loaders.code_pages import text_codec
from qa_checker.web import application
from tests.web.test_api import cli_json

TITLE = "Zarządzanie jakością w szkolnictwie wyższym"
HEADER = "id,title.en,provider.name,ects\n"
# Polish in Windows-1250 (ą, ś, ż are 0xB9, 0x9C, 0xBF there; Windows-1252 reads them as ¹, œ, ¿).
CP1250 = (HEADER + f"PL-QA-1,{TITLE},Politechnika Łódzka,5\n").encode("cp1250")
# 0x81 is no character of Windows-1252: line 3, column 9 (the fifth character of the title, cell B3).
NOT_CP1252 = HEADER.encode("ascii") + b"X-1,Data,Uni,5\nX-2,Stra\x81e,Uni,5\n"
UTF8_BOM = b"\xef\xbb\xbf" + (HEADER + f"PL-QA-1,{TITLE},Politechnika Łódzka,5\n").encode("utf-8")
UNKNOWN = "windows-9999"


def cli_error(name: str) -> str:
    """The CLI's refusal of ``--encoding NAME``, without click's "Invalid value for '--encoding':" before it."""
    result = CliRunner().invoke(cli, ["check", "-", "--encoding", name, "--format", "json"], input=b"")
    assert result.exit_code == 2
    found = re.search(r"Invalid value for '--encoding': (.*?)(?:\n\S|\s*$)", result.output, flags=re.S)
    assert found, result.output
    return " ".join(found.group(1).replace("│", " ").split())


def multipart(client: Any, name: str, raw: bytes, **fields: str) -> Any:
    return client.post("/api/v1/check", files={"files": (name, raw)}, data=fields)


def guesses(report: dict[str, Any]) -> list[str]:
    """The notes of a code page told from the bytes (the report has no title to read the text by)."""
    return [f["message"] for r in report["results"] for f in r["findings"] if "code page" in f["message"]]


def page_post(client: Any, name: str, raw: bytes, **fields: str) -> Any:
    token = client.cookies.get(application.CSRF_COOKIE)
    return client.post(
        "/check",
        data={"csrf": token, **fields},
        files={"files": (name, raw)},
        headers={"origin": "http://testserver"},
    )


# -- the API ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("way", ["multipart", "json", "query"])
def test_every_way_of_posting_names_the_code_page_and_answers_as_the_cli(client: Any, way: str) -> None:
    if way == "multipart":
        response = multipart(client, "catalogue.csv", CP1250, encoding="windows-1250")
    elif way == "json":
        body = {"filename": "catalogue.csv", "content_base64": base64.b64encode(CP1250).decode(), "encoding": "cp1250"}
        response = client.post("/api/v1/check", json=body)
    else:
        response = client.post("/api/v1/check?encoding=Windows-1250", files={"files": ("catalogue.csv", CP1250)})
    assert response.status_code == 200, response.text
    assert response.text == cli_json(CP1250, "catalogue.csv", "--encoding", "windows-1250")
    assert guesses(response.json()) == []


def test_a_json_body_of_several_files_reads_each_csv_in_the_page_named(client: Any) -> None:
    body = {
        "files": [
            {"filename": "one.csv", "content_base64": base64.b64encode(CP1250).decode()},
            {
                "filename": "two.csv",
                "content_base64": base64.b64encode(CP1250.replace(b"PL-QA-1", b"PL-QA-2")).decode(),
            },
        ],
        "encoding": "windows-1250",
    }
    response = client.post("/api/v1/check", json=body)
    assert response.status_code == 200, response.text
    report = response.json()
    assert [r["status"] for r in report["results"]] == ["fail", "fail"]
    assert guesses(report) == []


def test_without_a_name_the_code_page_is_told_from_the_bytes_as_before(client: Any) -> None:
    response = multipart(client, "catalogue.csv", CP1250)
    assert response.status_code == 200
    assert response.text == cli_json(CP1250, "catalogue.csv")
    assert len(guesses(response.json())) == 1  # told from the bytes, with a note saying so


def test_the_body_names_the_page_over_the_query(client: Any) -> None:
    # As with the rubric, a field of the body is used instead of the query parameter (an unknown one is still a 422).
    response = client.post(
        "/api/v1/check?encoding=windows-1252", files={"files": ("catalogue.csv", CP1250)}, data={"encoding": "cp1250"}
    )
    assert response.status_code == 200, response.text
    assert response.text == cli_json(CP1250, "catalogue.csv", "--encoding", "cp1250")


def test_a_byte_the_named_page_has_no_character_for_is_a_located_error(client: Any) -> None:
    response = multipart(client, "export.csv", NOT_CP1252, encoding="windows-1252")
    assert response.status_code == 200
    assert response.text == cli_json(NOT_CP1252, "export.csv", "--encoding", "windows-1252")
    (result,) = response.json()["results"]
    assert result["status"] == "error"
    (finding,) = result["findings"]
    assert finding["rule"] == ids.UNREADABLE and finding["severity"] == "error"
    assert finding["line"] == 3 and finding["column"] == 9
    assert finding["origin"]["cell"] == "B3"
    assert "Windows-1252" in finding["message"] and "0x81" in finding["message"]


def test_a_unicode_byte_order_mark_still_wins_with_a_note(client: Any) -> None:
    response = client.post(
        "/api/v1/check",
        json={"filename": "utf8.csv", "content_base64": base64.b64encode(UTF8_BOM).decode(), "encoding": "cp1250"},
    )
    assert response.status_code == 200
    assert response.text == cli_json(UTF8_BOM, "utf8.csv", "--encoding", "cp1250")
    (result,) = response.json()["results"]
    assert result["status"] != "error"
    notes = [f for f in result["findings"] if f["severity"] == "info" and "byte-order mark" in f["message"]]
    assert len(notes) == 1 and "UTF-8" in notes[0]["message"] and "Windows-1250" in notes[0]["message"]


def test_a_csv_in_a_zip_is_read_in_the_page_named(client: Any) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("catalogue.csv", CP1250)
    raw = buffer.getvalue()
    response = multipart(client, "batch.zip", raw, encoding="windows-1250")
    assert response.status_code == 200
    assert response.text == cli_json(raw, "batch.zip", "--encoding", "windows-1250")
    assert guesses(response.json()) == []


@pytest.mark.parametrize("way", ["multipart", "json", "query"])
@pytest.mark.parametrize("name", [UNKNOWN, "base64", "rot13"])
def test_an_unknown_name_is_refused_with_the_clis_message(client: Any, way: str, name: str) -> None:
    if way == "multipart":
        response = multipart(client, "catalogue.csv", CP1250, encoding=name)
    elif way == "json":
        response = client.post("/api/v1/check", json={"filename": "c.csv", "content": "id\n", "encoding": name})
    else:
        response = client.post(f"/api/v1/check?encoding={name}", files={"files": ("catalogue.csv", CP1250)})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == cli_error(name)


def test_the_refusal_is_in_the_language_asked_for(client: Any) -> None:
    english = multipart(client, "c.csv", CP1250, encoding=UNKNOWN).json()["error"]["message"]
    german = client.post(
        "/api/v1/check?lang=de", files={"files": ("c.csv", CP1250)}, data={"encoding": UNKNOWN}
    ).json()["error"]["message"]
    assert UNKNOWN in german
    assert german != english


def test_a_json_encoding_that_is_not_a_string_is_refused(client: Any) -> None:
    response = client.post("/api/v1/check", json={"filename": "c.csv", "content": "id\n", "encoding": 1250})
    assert response.status_code == 422
    assert "encoding" in response.json()["error"]["message"]


def test_the_encoding_field_given_twice_or_as_a_file_is_refused(client: Any) -> None:
    twice = client.post(
        "/api/v1/check",
        files=[("files", ("c.csv", CP1250)), ("encoding", (None, "cp1250")), ("encoding", (None, "cp1252"))],
    )
    assert twice.status_code == 422
    assert "encoding" in twice.json()["error"]["message"]
    as_file = client.post("/api/v1/check", files=[("files", ("c.csv", CP1250)), ("encoding", ("e.txt", b"cp1250"))])
    assert as_file.status_code == 422
    assert "encoding" in as_file.json()["error"]["message"]


def test_an_unknown_form_field_names_encoding_among_the_fields(client: Any) -> None:
    response = multipart(client, "c.csv", CP1250, codepage="cp1250")
    assert response.status_code == 422
    assert "encoding" in response.json()["error"]["message"]


def test_the_openapi_document_offers_the_encoding_everywhere_a_file_is_posted(client: Any) -> None:
    document = client.get("/openapi.json").json()
    check = document["paths"]["/api/v1/check"]["post"]
    assert "encoding" in [p["name"] for p in check["parameters"] if p["in"] == "query"]
    assert "encoding" in check["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]
    for variant in document["components"]["schemas"]["CheckRequest"]["oneOf"]:
        assert "encoding" in variant["properties"]
    assert "encoding" in check["responses"]["422"]["description"]


# -- the page ----------------------------------------------------------------------------------------


def test_the_page_has_a_labelled_optional_field_with_the_usual_code_pages(client: Any) -> None:
    page = client.get("/").text
    field = re.search(r'<input[^>]*\bid="encoding"[^>]*>', page)
    assert field, "no encoding field"
    assert 'name="encoding"' in field.group(0) and "required" not in field.group(0)
    assert re.search(r'<label for="encoding">[^<]+</label>', page)
    described = re.search(r'aria-describedby="([^"]+)"', field.group(0))
    assert described and all(f'id="{i}"' in page for i in described.group(1).split())
    listed = re.search(r'list="([^"]+)"', field.group(0))
    assert listed
    options = re.findall(
        r'<option value="([^"]+)"', page.split(f'<datalist id="{listed.group(1)}">')[1].split("</datalist>")[0]
    )
    assert {"windows-1250", "windows-1252", "iso-8859-2", "utf-8"} <= set(options)
    assert all(text_codec(o) for o in options)
    # The field sits with the upload: after the file input, before the pasted text.
    assert page.index('id="files"') < page.index('id="encoding"') < page.index('id="text"')


def test_the_page_checks_with_the_page_named_and_its_downloads_too(client: Any) -> None:
    response = page_post(client, "catalogue.csv", CP1250, encoding="windows-1250")
    assert response.status_code == 200
    page = response.text
    assert re.search(r"<h3[^>]*>.*?" + re.escape(TITLE) + "</h3>", page), "the title as it was written"
    assert re.search(r'<input[^>]*id="encoding"[^>]*value="windows-1250"', page), "the name is kept for the next check"
    download = re.search(r'<form[^>]*id="downloads".*?</form>', page, flags=re.S)
    assert download and re.search(r'<input type="hidden" name="encoding" value="windows-1250">', download.group(0))
    fields = dict(
        re.findall(r'<input type="hidden" name="(csrf|rubric|now|encoding)" value="([^"]*)">', download.group(0))
    )
    contents = re.findall(r'<input type="hidden" name="(name|content)" value="([^"]*)">', download.group(0))
    parts = [*fields.items(), ("format", "json"), *contents]
    report = client.post("/report", files=[(k, (None, v)) for k, v in parts], headers={"origin": "http://testserver"})
    assert report.status_code == 200, report.text
    assert guesses(json.loads(report.content)) == []
    assert report.text == cli_json(CP1250, "catalogue.csv", "--encoding", "windows-1250")


def test_the_page_shows_the_strict_error_at_its_line_and_cell(client: Any) -> None:
    page = page_post(client, "export.csv", NOT_CP1252, encoding="windows-1252").text
    finding = re.search(r'<li class="sev-error">(.*?)</li>', page, flags=re.S)
    assert finding and ids.UNREADABLE in finding.group(1)
    where = re.search(r'<p class="where">(.*?)</p>', finding.group(1), flags=re.S)
    assert where and "line 3" in where.group(1) and "B3" in where.group(1)


def test_an_unknown_name_on_the_page_is_shown_at_the_field_and_kept(client: Any) -> None:
    response = page_post(client, "catalogue.csv", CP1250, encoding=UNKNOWN)
    assert response.status_code == 422
    page = response.text
    field = re.search(r'<input[^>]*\bid="encoding"[^>]*>', page)
    assert field and 'aria-invalid="true"' in field.group(0) and f'value="{UNKNOWN}"' in field.group(0)
    described = re.search(r'aria-describedby="([^"]+)"', field.group(0))
    assert described
    error_ids = [i for i in described.group(1).split() if "error" in i]
    assert error_ids, described.group(1)
    shown = re.search(rf'id="{error_ids[0]}"[^>]*>(.*?)</', page, flags=re.S)
    assert shown and html.unescape(shown.group(1)).strip() == cli_error(UNKNOWN)
    assert page.index('id="files"') < page.index(f'id="{error_ids[0]}"') < page.index('id="text"')


def test_another_refusal_is_not_put_at_the_encoding_field(client: Any) -> None:
    token = client.cookies.get(application.CSRF_COOKIE)
    response = client.post(
        "/check",
        data={"csrf": token, "rubric": "nope", "encoding": "cp1250"},
        files={"files": ("c.csv", CP1250)},
        headers={"origin": "http://testserver"},
    )
    assert response.status_code == 422
    field = re.search(r'<input[^>]*\bid="encoding"[^>]*>', response.text)
    assert field and "aria-invalid" not in field.group(0)
