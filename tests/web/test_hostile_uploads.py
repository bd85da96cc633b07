"""A sweep of hostile uploads the other web tests do not send: forms of many parts or headers, file names
that climb folders or hold control characters or run to 10 KB, archives of archives, bodies whose declared
type lies, and query parameters given twice or huge. Each is a clear 4xx or a located finding, never a 500.

They run against the application in this process (its workers started), with the limits of the session's
real server (``tests/web/server.py``): 6 files, 1 MiB a file, 50 members and 4 MiB unpacked per archive.
"""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from qa_checker.web import application
from qa_checker.web.settings import Settings
from tests.conftest import SAMPLES, zip_of

API = "/api/v1/check"
GOOD = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes()
FORM = "multipart/form-data; boundary=B"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    settings = Settings.from_env(
        {},
        workers=1,
        max_request_bytes=3 * 1024 * 1024,
        max_file_bytes=1024 * 1024,
        max_files=6,
        max_archive_members=50,
        max_archive_bytes=4 * 1024 * 1024,
    )
    with TestClient(application.create_app(settings), raise_server_exceptions=True) as test_client:
        yield test_client


def refused(response: httpx.Response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert re.search(words, response.json()["error"]["message"], flags=re.I), response.text


def results(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def located(response: httpx.Response) -> list[tuple[str, str]]:
    """Each result's source and first finding's rule, every one an error refused by a loader."""
    found = []
    for result in results(response):
        assert result["status"] == "error" and result["findings"][0]["rule"].startswith("MC-LD-"), result
        found.append((result["source"], result["findings"][0]["rule"]))
    return found


def part(name: bytes, content: bytes, *, filename: bytes | None = None, headers: bytes = b"") -> bytes:
    disposition = (
        b'form-data; name="' + name + b'"' + (b'; filename="' + filename + b'"' if filename is not None else b"")
    )
    return b"--B\r\nContent-Disposition: " + disposition + b"\r\n" + headers + b"\r\n" + content + b"\r\n"


def form(*parts: bytes) -> bytes:
    return b"".join(parts) + b"--B--\r\n"


def upload(client: Any, name: str, content: bytes, query: str = "") -> httpx.Response:
    return client.post(API + query, files={"files": (name, content)})


# ------------------------------------------------------------------------------------------------ forms


def test_a_form_of_thousands_of_text_parts_is_refused_by_its_field_count(client: Any) -> None:
    body = form(*(part(b"f%d" % i, b"x") for i in range(5000)))
    refused(
        client.post(API, content=body, headers={"Content-Type": FORM}), 400, r"too many fields: at most 28 are read"
    )


def test_a_form_of_thousands_of_empty_file_parts_is_refused_by_the_file_count(client: Any) -> None:
    body = form(*(part(b"files", b"", filename=b"") for _ in range(2000)))
    refused(client.post(API, content=body, headers={"Content-Type": FORM}), 413, r"at most 6 files")


def test_a_part_of_thousands_of_headers_is_refused(client: Any) -> None:
    body = form(part(b"files", GOOD, filename=b"a.yaml", headers=b"X-Padding: y\r\n" * 5000))
    refused(client.post(API, content=body, headers={"Content-Type": FORM}), 400, r"too many headers")


def test_a_boundary_longer_than_multipart_allows_is_refused(client: Any) -> None:
    boundary = b"b" * 300
    body = b"--" + boundary + b'\r\nContent-Disposition: form-data; name="files"; filename="a.yaml"\r\n\r\nid: x\r\n'
    body += b"--" + boundary + b"--\r\n"
    response = client.post(API, content=body, headers={"Content-Type": "multipart/form-data; boundary=" + "b" * 300})
    refused(response, 400, r"boundary of the form is too long")


# ------------------------------------------------------------------------------------------- file names


def test_a_10_kb_file_name_is_refused_and_a_2_kb_one_is_cut_short(client: Any) -> None:
    long_ = form(part(b"files", GOOD, filename=b"x" * 10240 + b".yaml"))
    refused(client.post(API, content=long_, headers={"Content-Type": FORM}), 400, r"header too long to read")
    [result] = results(upload(client, "x" * 2048 + ".yaml", GOOD))
    assert result["source"] == "x" * 115 + ".yaml" and result["status"] == "pass"


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("../../etc/passwd.yaml", "passwd.yaml"),
        ("..\\..\\windows\\x.yaml", "x.yaml"),
        ("/srv/uploads/x.yaml", "x.yaml"),
        ("C:\\Users\\x.yaml", "x.yaml"),
        ("a/../../b.yaml", "b.yaml"),
        ("\u202egnp.yaml", "gnp.yaml"),
    ],
)
def test_a_file_name_that_climbs_folders_or_hides_its_text_is_its_own_name(client: Any, given: str, shown: str) -> None:
    [result] = results(upload(client, given, GOOD))
    assert result["source"] == shown and result["status"] == "pass"


def test_control_characters_in_a_raw_file_name_are_dropped(client: Any) -> None:
    body = form(part(b"files", GOOD, filename=b"a\x00b\x1b[2J.yaml"))
    [result] = results(client.post(API, content=body, headers={"Content-Type": FORM}))
    assert result["source"] == "ab[2J.yaml" and result["status"] == "pass"


def test_a_file_name_of_dots_only_is_named_by_its_content(client: Any) -> None:
    for name in ("..", "."):
        [result] = results(upload(client, name, GOOD))
        assert result["source"] == "upload.yaml" and result["status"] == "pass"


@pytest.mark.parametrize("filename", [5, ["a.yaml"], {"name": "a.yaml"}, True])
def test_a_json_file_name_that_is_not_a_string_is_refused(client: Any, filename: Any) -> None:
    refused(client.post(API, json={"filename": filename, "content": "id: x"}), 422, r"'filename' must be a file name")
    body = {"files": [{"filename": "a.yaml", "content": "id: x"}, {"filename": filename, "content": "id: y"}]}
    refused(client.post(API, json=body), 422, r"'filename' must be a file name")


def test_a_json_file_name_of_null_or_that_climbs_folders(client: Any) -> None:
    [result] = results(client.post(API, json={"filename": None, "content": GOOD.decode()}))
    assert result["source"] == "upload.yaml"
    [result] = results(client.post(API, json={"filename": "../../x\x00.yaml", "content": GOOD.decode()}))
    assert result["source"] == "x.yaml"


def test_a_file_name_that_is_only_a_suffix_is_read_by_it(client: Any) -> None:
    for name in (".yaml", "\x00.yaml", "\ud800.yaml"):
        body = json.dumps({"filename": name, "content": GOOD.decode()}).encode()  # a lone surrogate escaped
        [result] = results(client.post(API, content=body, headers={"Content-Type": "application/json"}))
        assert result["source"] == "upload.yaml" and result["status"] == "pass"
    # A name without a suffix says nothing of the type: the content is read for it.
    [hidden] = results(upload(client, ".hidden", GOOD))
    assert hidden["source"] == ".hidden" and hidden["status"] == "pass"


def test_base64_in_lines_is_refused_with_how_to_send_it(client: Any) -> None:
    wrapped = base64.encodebytes(GOOD).decode()
    response = client.post(API, json={"filename": "a.yaml", "content_base64": wrapped})
    refused(response, 400, r"holds line breaks or spaces. Send it on one line \(base64 -w 0\)")
    one_line = client.post(API, json={"filename": "a.yaml", "content_base64": base64.b64encode(GOOD).decode()})
    assert one_line.status_code == 200


def test_files_null_is_files_left_out(client: Any) -> None:
    """In a JSON body null is the same as leaving a field out, 'files' as any other."""
    response = client.post(API, json={"files": None, "filename": "a.yaml", "content": GOOD.decode()})
    assert response.status_code == 200, response.text


# --------------------------------------------------------------------------------------------- archives


def test_archives_nested_four_deep_are_a_finding_at_the_first_nested_one(client: Any) -> None:
    inner = zip_of({"a.yaml": GOOD})
    for depth in range(3):
        inner = zip_of({f"level{depth}.zip": inner})
    assert located(upload(client, "outer.zip", inner)) == [("outer.zip!level2.zip", "MC-LD-001")]


def test_an_archive_of_40_archives_is_40_findings(client: Any) -> None:
    archive = zip_of({f"inner{i:02}.zip": zip_of({"a.yaml": GOOD}) for i in range(40)})
    assert located(upload(client, "many.zip", archive)) == [
        (f"many.zip!inner{i:02}.zip", "MC-LD-001") for i in range(40)
    ]


def test_archive_members_that_climb_out_are_refused_each(client: Any) -> None:
    archive = zip_of({"../../evil.yaml": GOOD, "/abs.yaml": GOOD, "ok.yaml": GOOD})
    found = results(upload(client, "t.zip", archive))
    assert {r["source"]: r["status"] for r in found} == {
        "t.zip!../../evil.yaml": "error",
        "t.zip!/abs.yaml": "error",
        "t.zip!ok.yaml": "pass",
    }
    assert all("outside the archive" in r["findings"][0]["message"] for r in found if r["status"] == "error")


def test_an_archive_with_a_member_name_given_twice_checks_both(client: Any) -> None:
    buffer = io.BytesIO()
    with pytest.warns(UserWarning), zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.yaml", GOOD)
        archive.writestr("a.yaml", b"id: [")
    found = results(upload(client, "twice.zip", buffer.getvalue()))
    assert [(r["source"], r["status"]) for r in found] == [
        ("twice.zip!a.yaml", "pass"),
        ("twice.zip!a.yaml (2)", "error"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x05\x06" + b"\0" * 18,
        zip_of({"a.yaml": GOOD})[:-30],
        b"PK\x03\x04" + b"\xff" * 100,
        zip_of({"a\x00b.yaml": GOOD}),
    ],
    ids=["empty", "truncated", "garbage", "nul-in-member-name"],
)
def test_a_broken_or_empty_archive_is_a_finding(client: Any, content: bytes) -> None:
    [(source, _)] = located(upload(client, "broken.zip", content))
    assert source == "broken.zip"


# ---------------------------------------------------------------------------------- declared types lie


def test_a_body_whose_content_type_lies_is_refused_clearly(client: Any) -> None:
    as_multipart = client.post(API, content=b'{"content": "id: x"}', headers={"Content-Type": FORM})
    refused(as_multipart, 400, r"form could not be read")
    as_json = client.post(
        API, content=form(part(b"files", GOOD, filename=b"a.yaml")), headers={"Content-Type": "application/json"}
    )
    refused(as_json, 400, r"not valid JSON")
    latin = client.post(
        API, content='{"content": "id: é"}'.encode("latin-1"), headers={"Content-Type": "application/json"}
    )
    refused(latin, 400, r"not UTF-8 text")
    for declared in ("application/ld+json", "application/x-www-form-urlencoded", "text/yaml", ""):
        response = client.post(API, content=b"id: x", headers={"Content-Type": declared})
        refused(response, 415, r"multipart/form-data")


def test_a_request_that_gives_two_content_types_is_refused(client: Any) -> None:
    headers = [("Content-Type", "application/json"), ("Content-Type", FORM)]
    refused(client.post(API, content=b'{"content": "id: x"}', headers=headers), 400, r"Content-Type more than once")


def test_a_file_whose_name_lies_about_its_content_is_a_located_finding(client: Any) -> None:
    assert located(upload(client, "x.yaml", zip_of({"a.yaml": GOOD}))) == [("x.yaml", "MC-LD-001")]
    assert located(upload(client, "x.zip", GOOD)) == [("x.zip", "MC-LD-001")]
    assert located(upload(client, "x.json", GOOD)) == [("x.json", "MC-LD-002")]


def test_a_parts_own_content_type_does_not_change_how_it_is_read(client: Any) -> None:
    [result] = results(client.post(API, files={"files": ("x.yaml", GOOD, "application/zip")}))
    assert result["source"] == "x.yaml" and result["status"] == "pass"


# ------------------------------------------------------------------------------------- query parameters


@pytest.mark.parametrize("path", [API, "/api/v1/rules", "/api/v1/rules/MC-LO-002"])
def test_a_rubric_given_twice_in_the_query_is_refused_not_chosen(client: Any, path: str) -> None:
    query = "?rubric=nzqa&rubric=eu-2022"
    response = client.post(path + query, files={"files": ("x.yaml", GOOD)}) if path == API else client.get(path + query)
    refused(response, 422, r"query parameter 'rubric' is given more than once")


def test_a_rubric_given_twice_on_a_page_is_refused_on_the_page(client: Any) -> None:
    page = client.get("/rules?rubric=nzqa&rubric=eu-2022")
    assert page.status_code == 422 and "given more than once" in page.text


def test_a_rubric_in_the_body_is_used_over_one_in_the_query_as_documented(client: Any) -> None:
    files = {"files": ("x.yaml", GOOD)}
    form_ = client.post(API + "?rubric=nzqa", files=files, data={"rubric": "eu-2022"})
    assert form_.status_code == 200 and form_.json()["rubric"]["id"] == "eu-2022"
    body = client.post(API + "?rubric=nzqa", json={"content": GOOD.decode(), "rubric": "eu-2022"})
    assert body.status_code == 200 and body.json()["rubric"]["id"] == "eu-2022"
    query = client.post(API + "?rubric=nzqa", files=files)
    assert query.status_code == 200 and query.json()["rubric"]["id"] == "nzqa"


def test_a_huge_or_odd_rubric_in_the_query_is_named_short(client: Any) -> None:
    for value, shown in (("x" * 30_000, "x" * 80), ("%00", "\x00"), ("../../etc/passwd", "../../etc/passwd")):
        response = upload(client, "x.yaml", GOOD, f"?rubric={value}")
        refused(response, 422, r"Unknown rubric")
        message = response.json()["error"]["message"]
        assert f"'{shown}'" in message and len(message) < 250


def test_thousands_of_unknown_query_parameters_are_ignored(client: Any) -> None:
    query = "?" + "&".join(f"p{i}=1" for i in range(3000))
    [result] = results(upload(client, "x.yaml", GOOD, query))
    assert result["status"] == "pass"


# ----------------------------------------------------------------------------- the page's report form


def test_the_report_form_names_and_reads_its_files_as_the_check_did(client: Any) -> None:
    page = client.get("/")
    token = re.search(rf'name="{application.CSRF_FIELD}" value="([^"]+)"', page.text)
    assert token is not None
    names = ["../../a.yaml", "", "..\\c.json"]
    contents = [GOOD, json.dumps({"id": "b"}).encode(), b'{"id": "c"}']
    data = {
        application.CSRF_FIELD: token.group(1),
        "format": "json",
        "name": names,
        "content": [base64.b64encode(c).decode() for c in contents],
    }
    response = client.post("/report", data=data, files={"unused": ("", b"")})
    assert response.status_code == 200, response.text
    sources = [r["source"] for r in response.json()["results"]]
    assert sources == ["a.yaml", "upload.json", "c.json"]  # an unnamed file is named by what it holds
    damaged = dict(data, content=["***"] * 3)
    assert client.post("/report", data=damaged, files={"unused": ("", b"")}).status_code == 400
