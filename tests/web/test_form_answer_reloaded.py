"""A form's answer opened again with GET (reloaded, bookmarked, from the history) goes back to the form (303) in
the language it named; the API's addresses keep answering a wrong method with 405 and ``Allow``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.web import application
from tests.web.server import Server
from tests.web.test_page import CHROMIUM, browser, context_for  # noqa: F401  (the browser's fixtures)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    with TestClient(application.create_app(application.Settings.from_env({}, workers=1))) as running:
        yield running


@pytest.mark.parametrize("path", ["/check", "/report"])
@pytest.mark.parametrize(("query", "location"), [("", "/"), ("?lang=pl", "/?lang=pl"), ("?lang=xx", "/")])
def test_a_get_of_a_form_address_goes_back_to_the_form(client: Any, path: str, query: str, location: str) -> None:
    for method in ("GET", "HEAD"):
        response = client.request(method, path + query, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, location)


def test_behind_a_proxy_prefix_the_form_is_under_the_prefix() -> None:
    from starlette.testclient import TestClient

    app = application.create_app(application.Settings.from_env({}, workers=1))
    with TestClient(app, root_path="/qa") as running:
        response = running.get("/check?lang=de", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/qa/?lang=de")


def test_the_api_still_answers_a_get_of_check_with_405(client: Any) -> None:
    response = client.get("/api/v1/check", follow_redirects=False)
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    assert response.json()["error"]["status"] == 405
    paths = application.openapi.document(application.Settings.from_env({}, workers=1), ["eu-2022"])["paths"]
    assert set(paths["/api/v1/check"]) == {"post"} and "/check" not in paths


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_a_bookmarked_result_opens_the_form_in_its_language(context_for: Any, server: Server) -> None:  # noqa: F811
    page = context_for().new_page()
    page.goto(server.url + "/check?lang=de")
    assert page.url == server.url + "/?lang=de"
    assert page.locator("html").get_attribute("lang") == "de" and page.locator("#check-button").is_visible()
