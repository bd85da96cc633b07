"""The HTTP API against a real server: the check returns exactly ``check --format json``, and the
rules, rubrics, health, OpenAPI, templates, token, headers and access log do what the README says."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import time
import zipfile
from collections.abc import Iterator

import httpx
import jsonschema
import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.rubric import bundled_rubrics
from qa_checker.rules import RULES_BY_ID
from tests.conftest import NOW, ROOT, SAMPLES
from tests.web.server import Server, start

FLAWED = SAMPLES / "flawed" / "de-cloud-grundlagen.yaml"
CATALOGUE = SAMPLES / "spreadsheets" / "catalogue.xlsx"
REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))


def cli_json(raw: bytes, name: str, *extra: str) -> str:
    """What ``qa-checker check - --stdin-name NAME --format json`` prints for these bytes."""
    result = CliRunner().invoke(
        cli,
        ["check", "-", "--stdin-name", name, "--now", NOW.isoformat(), "--format", "json", *extra],
        input=raw,
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_a_multipart_check_is_the_json_report_of_check_format_json(server: Server) -> None:
    raw = FLAWED.read_bytes()
    response = httpx.post(server.url + "/api/v1/check", files={"files": ("de-cloud-grundlagen.yaml", raw)}, timeout=60)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.text == cli_json(raw, "de-cloud-grundlagen.yaml")
    report = response.json()
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["summary"] == {"descriptors": 1, "pass": 0, "fail": 1, "error": 0}


def test_a_json_body_with_base64_reads_a_workbook_like_the_cli(server: Server) -> None:
    raw = CATALOGUE.read_bytes()
    body = {"filename": "catalogue.xlsx", "content_base64": base64.b64encode(raw).decode(), "rubric": "eu-2022"}
    response = httpx.post(server.url + "/api/v1/check", json=body, timeout=60)
    assert response.status_code == 200
    assert response.text == cli_json(raw, "catalogue.xlsx")
    origins = [f["origin"] for r in response.json()["results"] for f in r["findings"] if "origin" in f]
    assert origins and all(
        o["sheet"] == "Courses" and re.fullmatch(r"[A-Z]+\d+(:[A-Z]+\d+)?", o["cell"]) for o in origins
    )


def test_a_json_body_with_text_several_files_and_a_profile(server: Server) -> None:
    files = [
        {"filename": p.name, "content": p.read_text(encoding="utf-8")}
        for p in sorted((SAMPLES / "flawed").glob("*.yaml"))[:3]
    ]
    response = httpx.post(server.url + "/api/v1/check?rubric=nzqa", json={"files": files}, timeout=60)
    assert response.status_code == 200
    report = response.json()
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["rubric"]["id"] == "nzqa"
    assert [r["source"] for r in report["results"]] == [f["filename"] for f in files]


def test_files_of_one_name_are_reported_apart(server: Server) -> None:
    text = FLAWED.read_text(encoding="utf-8")
    names = ["course.yaml", "course.yaml", "course (2).yaml", "course.yaml"]
    files = [{"filename": name, "content": text} for name in names]
    response = httpx.post(server.url + "/api/v1/check", json={"files": files}, timeout=60)
    assert response.status_code == 200
    sources = [r["source"] for r in response.json()["results"]]
    assert sources == ["course.yaml", "course (3).yaml", "course (2).yaml", "course (4).yaml"]
    assert all(r["status"] == "fail" for r in response.json()["results"])


def test_a_zip_is_read_member_by_member(server: Server) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for sample in sorted((SAMPLES / "flawed").glob("*.json")):
            archive.write(sample, f"batch/{sample.name}")
    response = httpx.post(server.url + "/api/v1/check", files={"files": ("batch.zip", buffer.getvalue())}, timeout=60)
    assert response.status_code == 200
    sources = [r["source"] for r in response.json()["results"]]
    assert sources and all(s.startswith("batch.zip!batch/") for s in sources)


def test_an_unknown_rubric_is_refused_with_the_choices(server: Server) -> None:
    response = httpx.post(server.url + "/api/v1/check", json={"content": "id: x", "rubric": "../etc/passwd"})
    assert response.status_code == 422
    message = response.json()["error"]["message"]
    assert "Unknown rubric" in message and "eu-2022" in message


def test_rules_rubrics_and_one_rule_explained(server: Server) -> None:
    rules = httpx.get(server.url + "/api/v1/rules").json()
    assert [r["id"] for r in rules] == sorted(RULES_BY_ID)
    nzqa = httpx.get(server.url + "/api/v1/rules", params={"rubric": "nzqa"}).json()
    assert 0 < len(nzqa) <= len(rules)
    rubrics = httpx.get(server.url + "/api/v1/rubrics").json()
    assert rubrics[0]["id"] == "eu-2022" and rubrics[0]["default"] is True
    assert sorted(r["id"] for r in rubrics) == bundled_rubrics()
    rule = httpx.get(server.url + "/api/v1/rules/MC-LO-004", timeout=60).json()
    assert rule["id"] == "MC-LO-004" and rule["failing"]["findings"] and rule["fixed"]["findings"] == []
    missing = httpx.get(server.url + "/api/v1/rules/MC-ZZ-999")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"].endswith("GET /api/v1/rules lists every rule.")


def test_health_and_the_openapi_document_with_the_report_schema(server: Server) -> None:
    health = httpx.get(server.url + "/healthz").json()
    assert health["status"] == "ok" and health["workers"] == 2
    document = httpx.get(server.url + "/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert {"/api/v1/check", "/api/v1/rules", "/api/v1/rules/{rule_id}", "/api/v1/rubrics", "/healthz"} <= set(
        document["paths"]
    )
    report = document["components"]["schemas"]["Report"]
    assert report["properties"]["results"]["items"] == {"$ref": "#/components/schemas/Report/$defs/result"}
    assert set(report["$defs"]) == set(REPORT_SCHEMA["$defs"])


def test_templates_download(server: Server) -> None:
    workbook = httpx.get(server.url + "/template/offer.xlsx", timeout=60)
    assert workbook.status_code == 200
    assert 'filename="micro-credential-offer-template.xlsx"' in workbook.headers["content-disposition"]
    assert "Instructions" in openpyxl.load_workbook(io.BytesIO(workbook.content)).sheetnames
    text = httpx.get(server.url + "/template/credential.yaml", timeout=60)
    assert text.status_code == 200 and "kind: credential" in text.text
    assert httpx.get(server.url + "/template/offer.exe").status_code == 404


def test_security_headers_and_the_hashed_script(server: Server) -> None:
    page = httpx.get(server.url + "/")
    csp = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    script = re.search(r"<script>(.*?)</script>", page.text, flags=re.S)
    assert script is not None and page.text.count("<script") == 1
    digest = base64.b64encode(hashlib.sha256(script.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
    for response in (page, httpx.get(server.url + "/healthz")):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "same-origin"
        assert response.headers["cache-control"] == "no-store"
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_the_access_log_is_json_lines_without_names_or_content(server: Server) -> None:
    secret = b"learner:\n  name: Ana Andromeda-Zyx\ntitle: {en: Private}\n"
    response = httpx.post(
        server.url + "/api/v1/check?rubric=eu-2022",
        files={"files": ("andromeda-zyx-credential.yaml", secret)},
        timeout=60,
    )
    assert response.status_code == 200
    lines = server.access_lines()
    entries = [json.loads(line) for line in lines]
    assert entries and all(
        set(e) == {"time", "method", "path", "status", "duration_ms", "bytes_in", "bytes_out"} for e in entries
    )
    assert any(e["path"] == "/api/v1/check" and e["status"] == 200 and e["bytes_in"] > len(secret) for e in entries)
    log = server.log_text()
    assert "Andromeda" not in log and "andromeda" not in log and "rubric=" not in log


@pytest.fixture(scope="module")
def token_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``uvicorn qa_checker.web:app`` configured by environment variables, with a bearer token."""
    running = start(
        tmp_path_factory.mktemp("token") / "server.log",
        uvicorn=True,
        workers=1,
        env={"QA_CHECKER_TOKEN": "s3cret-token", "QA_CHECKER_RUBRIC": "nl-pilot"},
    )
    yield running
    running.stop()


def test_a_token_protects_the_api_but_not_the_page(token_server: Server) -> None:
    url = token_server.url
    refused = httpx.post(url + "/api/v1/check", json={"filename": "x.yaml", "content": "id: x"})
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Bearer")
    wrong = httpx.get(url + "/api/v1/rules", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    allowed = httpx.post(
        url + "/api/v1/check",
        json={"filename": "x.yaml", "content": FLAWED.read_text("utf-8")},
        headers={"Authorization": "Bearer s3cret-token"},
        timeout=60,
    )
    assert allowed.status_code == 200 and allowed.json()["rubric"]["id"] == "nl-pilot"
    assert httpx.get(url + "/").status_code == 200 and httpx.get(url + "/healthz").status_code == 200


def test_shutdown_is_graceful_and_leaves_no_worker_behind(token_server: Server) -> None:
    workers = token_server.descendants()
    assert workers, "the server has worker processes"
    # uvicorn finishes the running requests, runs the shutdown (the workers stop), then ends by the
    # signal it was sent, as a well-behaved service does: exit status 0 or -SIGTERM.
    assert token_server.stop() in (0, -15)
    # The forkserver and the resource tracker end as soon as they see the server gone.
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [_command(pid) for pid in workers if _alive(pid)] == []
    assert "Application shutdown complete" in token_server.log_text()


def _command(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
