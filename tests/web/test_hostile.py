"""Hostile uploads to a real server: each is a clear 4xx or a located finding, and the server still answers.

The session's server runs with small limits (``tests/web/server.py``): 3 MiB per request, 1 MiB per
file, 6 files, 50 members and 4 MiB unpacked per archive.
"""

from __future__ import annotations

import json
import os
import re
import socket
import struct
import time
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import SAMPLES, baseline, zip_of
from tests.web.server import Server, start

API = "/api/v1/check"
MIB = 1024 * 1024


@pytest.fixture(autouse=True)
def still_answers(server: Server) -> Iterator[None]:
    """After every hostile request the server is up and its workers still check."""
    yield
    assert server.process.poll() is None
    assert httpx.get(server.url + "/healthz", timeout=10).json()["status"] == "ok"


def check(server: Server, name: str, content: bytes) -> httpx.Response:
    return httpx.post(server.url + API, files={"files": (name, content)}, timeout=60)


def findings(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    return [f for r in response.json()["results"] for f in r["findings"]]


def refused(response: httpx.Response, status: int, words: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert re.search(words, response.json()["error"]["message"], flags=re.I), response.text


def test_a_body_over_the_request_limit_is_refused_before_it_is_read(server: Server) -> None:
    response = check(server, "big.yaml", b"#" * (4 * MIB))
    refused(response, 413, r"larger than the 3 MB")


def test_a_streamed_body_over_the_limit_is_refused_while_it_is_read(server: Server) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(8):
            yield b'{"filename": "x.yaml", "content": "' + b"a" * (512 * 1024)

    response = httpx.post(server.url + API, content=chunks(), headers={"Content-Type": "application/json"}, timeout=60)
    refused(response, 413, r"larger than")


def test_a_file_over_the_file_limit_is_a_refusal_or_a_located_finding(server: Server) -> None:
    content = b"title: x\n" + b"# padding\n" * (150 * 1024)  # 1.5 MiB, under the request limit
    assert [f["rule"] for f in findings(check(server, "large.yaml", content))] == ["MC-LD-005"]
    body = {"filename": "large.yaml", "content": content.decode()}
    refused(httpx.post(server.url + API, json=body, timeout=60), 413, r"larger than 1 MB")


def test_too_many_files_are_refused(server: Server) -> None:
    files = [("files", (f"d{i}.yaml", b"id: x\n")) for i in range(7)]
    refused(httpx.post(server.url + API, files=files, timeout=60), 413, r"at most 6 files")
    body = {"files": [{"filename": f"d{i}.yaml", "content": "id: x"} for i in range(7)]}
    refused(httpx.post(server.url + API, json=body, timeout=60), 413, r"at most 6 files")


def test_an_archive_with_too_many_members_is_refused(server: Server) -> None:
    refused(check(server, "many.zip", zip_of({f"d{i}.yaml": b"id: x\n" for i in range(60)})), 413, r"holds 60 files")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(server: Server) -> None:
    bomb = zip_of({f"zeros{i}.yaml": b"\0" * (3 * MIB) for i in range(2)})  # 6 MiB unpacked from a few kB
    assert len(bomb) < 64 * 1024
    refused(check(server, "bomb.zip", bomb), 413, r"would unpack to 6,291,456 bytes")


def test_a_zip_member_that_lies_about_its_size_is_a_located_finding(server: Server) -> None:
    data = b"a" * (2 * MIB)
    archive = bytearray(zip_of({"liar.yaml": data}))
    # Make both headers claim 100 bytes: the loader counts what it really unpacks.
    local = archive.find(b"PK\x03\x04")
    archive[local + 22 : local + 26] = struct.pack("<I", 100)
    central = archive.find(b"PK\x01\x02")
    archive[central + 24 : central + 28] = struct.pack("<I", 100)
    results = check(server, "liar.zip", bytes(archive))
    assert results.status_code == 200
    for result in results.json()["results"]:
        assert result["source"].startswith("liar.zip") and result["status"] == "error"
        assert result["findings"][0]["rule"].startswith("MC-LD-")


def test_a_nested_archive_is_a_finding(server: Server) -> None:
    inner = zip_of({"a.yaml": b"id: a\n"})
    rules = [f["rule"] for f in findings(check(server, "outer.zip", zip_of({"inner.zip": inner})))]
    assert rules and all(r.startswith("MC-LD-") for r in rules)


def test_binary_files_are_located_findings(server: Server) -> None:
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + os.urandom(64)
    for name, content in (
        ("photo.png", png),
        ("descriptor.yaml", png),
        ("descriptor.json", bytes(range(256))),
        ("catalogue.xlsx", b"PK\x03\x04" + os.urandom(200)),
        ("sheet.csv", b"\xff\xfe\x00" * 50),
    ):
        result = check(server, name, content)
        assert result.status_code == 200, name
        (only,) = result.json()["results"]
        assert only["status"] == "error" and only["findings"][0]["rule"][:6] in ("MC-LD-", "MC-SS-"), (name, only)


def test_deep_nesting_is_a_finding_in_a_file_and_a_400_in_the_body(server: Server) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    for name in ("deep.json", "deep.yaml"):
        (only,) = check(server, name, deep).json()["results"]
        assert only["status"] == "error" and only["findings"][0]["rule"].startswith("MC-LD-"), name
    response = httpx.post(server.url + API, content=deep, headers={"Content-Type": "application/json"}, timeout=60)
    refused(response, 400, r"not valid JSON")


def test_a_yaml_alias_bomb_is_answered(server: Server) -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    response = check(server, "laughs.yaml", "\n".join(lines).encode())
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        assert response.json()["results"][0]["status"] in ("fail", "error")


def test_script_in_a_title_is_data_in_the_report_and_text_on_the_page(server: Server) -> None:
    data = baseline()
    data["title"] = {"en": "<script>alert('x')</script><img src=x onerror=alert(1)>"}
    content = json.dumps(data).encode()
    report = check(server, "inject.json", content).json()
    assert report["results"][0]["status"] in ("pass", "fail")
    page = httpx.get(server.url + "/")
    token = page.cookies["qa_checker_csrf"]
    shown = httpx.post(
        server.url + "/check",
        files={"files": ("inject.json", content)},
        data={"csrf": token},
        cookies={"qa_checker_csrf": token},
        timeout=60,
    )
    assert shown.status_code == 200
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in shown.text
    assert "<img src=x" not in shown.text and shown.text.count("<script") == 1


def test_malformed_requests_get_clear_4xx(server: Server) -> None:
    url = server.url + API
    refused(httpx.post(url, content=b"{not json", headers={"Content-Type": "application/json"}), 400, "not valid JSON")
    refused(httpx.post(url, json=["a list"]), 422, "JSON object")
    refused(httpx.post(url, json={"filename": "x.xlsx", "content_base64": "***"}), 400, "not valid base64")
    refused(httpx.post(url, json={"files": []}), 422, "nothing to check")
    refused(httpx.post(url, json={"filename": "x.yaml"}), 422, "either 'content'")
    refused(httpx.post(url, json={"content": "id: x", "now": "yesterday"}), 422, "ISO 8601")
    refused(httpx.post(url, content=b"id: x", headers={"Content-Type": "text/plain"}), 415, "multipart")
    refused(
        httpx.post(url, content=b"--x\r\nbroken", headers={"Content-Type": "multipart/form-data; boundary=x"}),
        400,
        "cut short",
    )
    # Two files, the second cut short: the first alone was checked, and the second lost without a word.
    two = (
        b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.yaml"\r\n\r\nid: a\r\n'
        b'--x\r\nContent-Disposition: form-data; name="files"; filename="b.yaml"\r\n\r\nid: b, cut'
    )
    refused(httpx.post(url, content=two, headers={"Content-Type": "multipart/form-data; boundary=x"}), 400, "cut short")
    whole = two + b"\r\n--x--\r\n"
    answered = httpx.post(url, content=whole, headers={"Content-Type": "multipart/form-data; boundary=x"}, timeout=60)
    assert answered.status_code == 200 and len(answered.json()["results"]) == 2
    refused(httpx.post(url, content=b"garbage", headers={"Content-Type": "multipart/form-data"}), 400, "could not")
    refused(httpx.post(url, files={"other": ("", b"")}), 422, "nothing to check")


def test_form_posts_need_the_cookie_token_and_the_same_origin(server: Server) -> None:
    files = {"files": ("x.yaml", (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes())}
    page = httpx.get(server.url + "/")
    token = page.cookies["qa_checker_csrf"]
    no_cookie = httpx.post(server.url + "/check", files=files, data={"csrf": token})
    assert no_cookie.status_code == 403 and "Reload the page" in no_cookie.text
    forged = httpx.post(server.url + "/check", files=files, data={"csrf": "x" * 43}, cookies={"qa_checker_csrf": token})
    assert forged.status_code == 403
    elsewhere = httpx.post(
        server.url + "/check",
        files=files,
        data={"csrf": token},
        cookies={"qa_checker_csrf": token},
        headers={"Origin": "https://evil.example"},
    )
    assert elsewhere.status_code == 403 and "another web site" in elsewhere.text
    same = httpx.post(
        server.url + "/check",
        files=files,
        data={"csrf": token},
        cookies={"qa_checker_csrf": token},
        headers={"Origin": server.url},
        timeout=60,
    )
    assert same.status_code == 200 and 'id="results"' in same.text
    download = httpx.post(
        server.url + "/report",
        data={"csrf": token, "format": "json", "name": "x.yaml", "content": "aWQ6IHg="},
        files={"x": ("", b"")},
        cookies={"qa_checker_csrf": "other" * 9},
    )
    assert download.status_code == 403


def test_an_oversized_page_upload_gets_the_form_back_with_the_message(server: Server) -> None:
    page = httpx.get(server.url + "/")
    token = page.cookies["qa_checker_csrf"]
    response = httpx.post(
        server.url + "/check",
        files={"files": ("big.yaml", b"#" * (4 * MIB))},
        data={"csrf": token},
        cookies={"qa_checker_csrf": token},
        timeout=60,
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text and "larger than the 3 MB" in response.text


@pytest.fixture(scope="module")
def hasty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server allowing a quarter of a second per check and a second's pause in a body, with one worker."""
    running = start(
        tmp_path_factory.mktemp("hasty") / "server.log",
        workers=1,
        env={"QA_CHECKER_TIMEOUT": "0.25", "QA_CHECKER_BODY_TIMEOUT": "1"},
    )
    yield running
    running.stop()


def test_a_check_over_the_time_limit_is_stopped_and_the_next_one_runs(hasty_server: Server) -> None:
    rows = ["id,title,workload.ects,learning_outcomes"]
    rows += [f"c{i},Course {i},5,Apply statistical methods to data sets number {i} in a project" for i in range(4000)]
    content = ("\n".join(rows) + "\n").encode()
    response = check(hasty_server, "catalogue.csv", zlib.decompress(zlib.compress(content)))
    if response.status_code == 200:  # the per-input budget stopped it: a located error result
        rules = {f["rule"] for f in findings(response)}
        assert "MC-EN-003" in rules or any(r["status"] == "error" for r in response.json()["results"]), rules
    else:
        refused(response, 422, r"more than 0.25 seconds")
    small = check(hasty_server, "x.yaml", b"id: x\n")
    assert small.status_code == 200
    assert httpx.get(hasty_server.url + "/healthz").status_code == 200


def test_a_body_that_stops_arriving_is_given_up_and_the_connection_freed(hasty_server: Server) -> None:
    host, port = hasty_server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=15) as connection:
        connection.sendall(
            b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
        )
        answer = b""
        # The server closes the connection after its answer; a server that waited on would let recv time out
        # (15 s) instead. The 408 and its words show the body was given up after its second.
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408"), answer
    assert b"The upload stopped arriving for 1 second, so it was given up" in body
    assert "internal error" not in hasty_server.log_text()


def test_unknown_and_repeated_fields_are_refused_not_ignored(server: Server) -> None:
    url = server.url + API
    content = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_text(encoding="utf-8")
    refused(
        httpx.post(url, json={"filename": "x.yaml", "content": content, "rubrik": "nzqa"}),
        422,
        r"Unknown field 'rubrik' in the JSON body \(fields: rubric, now, encoding, files, filename, content, content_base64\)",
    )
    refused(
        httpx.post(url, json={"files": [{"filename": "x.yaml", "content": content, "rubric": "nzqa"}]}),
        422,
        r"Unknown field 'rubric' in files\[0\]",
    )
    refused(httpx.post(url, json={"files": [], "filename": "x.yaml"}), 422, r"Unknown field 'filename' in the JSON")
    repeated = b'{"filename": "x.yaml", "content": "id: x", "content": "id: y"}'
    refused(
        httpx.post(url, content=repeated, headers={"Content-Type": "application/json"}),
        422,
        r"The field 'content' is given twice in the JSON body",
    )
    files = {"files": ("x.yaml", content.encode())}
    refused(httpx.post(url, files=files, data={"rubrik": "nzqa"}), 422, r"Unknown field 'rubrik' in the form")
    refused(httpx.post(url, files=files, data={"rubric": ["nzqa", "eu-2022"]}), 422, r"'rubric' is given twice")
    as_file = [("files", ("x.yaml", content.encode())), ("rubric", ("r.yaml", b"id: x"))]
    refused(httpx.post(url, files=as_file), 422, r"'rubric' must be text, not a file")
    refused(httpx.post(url, data={"files": content}, files={"x": ("", b"")}), 422, r"Send 'files' as files")
    chosen = httpx.post(url, files=files, data={"rubric": "nzqa"}, timeout=60)
    assert chosen.status_code == 200 and chosen.json()["rubric"]["id"] == "nzqa"


def test_a_client_that_leaves_halfway_through_its_body_is_no_internal_error(server: Server) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    before = server.log_text().count("internal error")
    for content_type in (b"application/json", b"multipart/form-data; boundary=x"):
        with socket.create_connection((host, int(port)), timeout=15) as connection:
            connection.sendall(
                b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: " + content_type + b"\r\n"
                b"Content-Length: 100000\r\n\r\n--x\r\n" + b"a" * 5000
            )
    time.sleep(1)
    assert server.log_text().count("internal error") == before
