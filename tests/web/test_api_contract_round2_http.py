"""HTTP as a provider's tooling meets it on a real ``qa-checker serve`` process: HEAD, OPTIONS and other methods,
trailing slashes, caching of results, security headers on pages, the form's CSRF protection, and the page's
report downloads (HTML, Excel, JSON) giving what the API gives."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator

import httpx
import openpyxl
import pytest

from tests.conftest import SAMPLES
from tests.web.server import Server

FLAWED = SAMPLES / "flawed" / "es-marketing-digital.yaml"


@pytest.fixture
def browser(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60, follow_redirects=False) as client:
        yield client


def _hidden(page: str, form_id: str | None = None) -> list[tuple[str, str]]:
    """The hidden fields of the page's form (the first, or the one with ``id=form_id``)."""
    forms = re.findall(r"<form\b([^>]*)>(.*?)</form>", page, re.S)
    chosen = next(body for attrs, body in forms if form_id is None or f'id="{form_id}"' in attrs)
    return [
        (html.unescape(name), html.unescape(value))
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', chosen)
    ]


def _csrf(browser: httpx.Client) -> str:
    page = browser.get("/")
    assert page.status_code == 200
    token = dict(_hidden(page.text, "check-form"))["csrf"]
    assert browser.cookies, "the page sets its form cookie"
    return token


def _page_security(response: httpx.Response) -> None:
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", ["/", "/rules", "/rules/MC-LO-002", "/no-such-page"])
def test_pages_and_their_head_carry_the_security_headers(browser: httpx.Client, path: str) -> None:
    got, head = browser.get(path), browser.head(path)
    assert got.status_code == head.status_code
    assert got.headers["content-type"].startswith("text/html")
    assert head.content == b""
    _page_security(got)
    _page_security(head)


def test_api_answers_carry_the_no_content_policy(browser: httpx.Client) -> None:
    for response in (browser.get("/api/v1/rubrics"), browser.get("/healthz"), browser.get("/api/v1/nothing")):
        assert response.headers["content-type"].startswith("application/json")
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
        assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("OPTIONS", "/api/v1/check", {"POST"}),
        ("OPTIONS", "/", {"GET", "HEAD"}),
        ("PATCH", "/api/v1/rules/MC-LO-002", {"GET", "HEAD"}),
        ("DELETE", "/openapi.json", {"GET", "HEAD"}),
        ("PUT", "/check", {"GET", "HEAD", "POST"}),
    ],
)
def test_other_methods_are_405_with_allow(browser: httpx.Client, method: str, path: str, allowed: set[str]) -> None:
    response = browser.request(method, path)
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} == allowed
    if path.startswith("/api/") or path == "/openapi.json":
        assert response.json() == {"error": {"status": 405, "message": response.json()["error"]["message"]}}
    else:
        _page_security(response)


@pytest.mark.parametrize("path", ["/rules/", "/api/v1/rubrics/", "/openapi.json/"])
def test_a_trailing_slash_is_redirected_to_the_address_without_it(browser: httpx.Client, path: str) -> None:
    response = browser.get(path)
    assert response.status_code in (301, 307, 308)
    assert httpx.URL(response.headers["location"]).path == path.rstrip("/")
    assert browser.get(response.headers["location"]).status_code == 200


def test_a_reloaded_answer_goes_back_to_the_form_with_303(browser: httpx.Client) -> None:
    for path in ("/check", "/report"):
        response = browser.get(path)
        assert response.status_code == 303
        assert httpx.URL(response.headers["location"]).path == "/"


def test_the_form_cookie_is_strict_and_http_only(browser: httpx.Client) -> None:
    cookie = browser.get("/").headers["set-cookie"].lower()
    assert "samesite=strict" in cookie and "httponly" in cookie and "path=/" in cookie


def test_a_form_post_without_its_token_or_from_another_site_is_refused(browser: httpx.Client) -> None:
    token = _csrf(browser)
    files = {"files": (FLAWED.name, FLAWED.read_bytes())}
    missing = browser.post("/check", files=files)
    wrong = browser.post("/check", files=files, data={"csrf": "x" * 43})
    elsewhere = browser.post("/check", files=files, data={"csrf": token}, headers={"origin": "https://evil.example"})
    for response in (missing, wrong, elsewhere):
        assert response.status_code == 403
        assert response.headers["content-type"].startswith("text/html")
        _page_security(response)
        assert "qa-checker-report" not in response.text
    with httpx.Client(base_url=str(browser.base_url), timeout=60) as stranger:  # no cookie: a forged post
        assert stranger.post("/check", files=files, data={"csrf": token}).status_code == 403


def test_the_pages_downloads_are_the_apis_report(browser: httpx.Client) -> None:
    token = _csrf(browser)
    result = browser.post("/check", files={"files": (FLAWED.name, FLAWED.read_bytes())}, data={"csrf": token})
    assert result.status_code == 200
    _page_security(result)
    fields = _hidden(result.text, "downloads")
    assert dict(fields)["csrf"] == token
    api = browser.post("/api/v1/check", files={"files": (FLAWED.name, FLAWED.read_bytes())})
    assert api.status_code == 200
    media = {
        "json": "application/json",
        "html": "text/html",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    for fmt, media_type in media.items():
        data: dict[str, list[str]] = {"format": [fmt]}
        for name, value in fields:
            data.setdefault(name, []).append(value)
        download = browser.post("/report", data=data, files={"none": ("", b"")})
        assert download.status_code == 200, download.text[:300]
        assert download.headers["content-type"].startswith(media_type)
        assert download.headers["content-disposition"].startswith("attachment")
        assert download.headers["cache-control"] == "no-store"
        assert download.headers["x-content-type-options"] == "nosniff"
        if fmt == "json":
            ours, theirs = download.json(), api.json()
            assert ours["results"] == theirs["results"] and ours["summary"] == theirs["summary"]
        if fmt == "xlsx":
            assert openpyxl.load_workbook(io.BytesIO(download.content), read_only=True).sheetnames
