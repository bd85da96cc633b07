"""A method the form's addresses do not accept (PUT, DELETE, PATCH, OPTIONS on ``/check`` and ``/report``) is
answered 405 with ``Allow`` naming every method they do accept: POST for the form, GET and HEAD for a result
reloaded (answered with a 303 to the form), in the page's language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.i18n import translator
from qa_checker.web import application


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    with TestClient(application.create_app(application.Settings.from_env({}, workers=1))) as running:
        yield running


@pytest.mark.parametrize("path", ["/check", "/report"])
@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
def test_a_form_address_names_every_method_it_answers(client: Any, method: str, path: str) -> None:
    response = client.request(method, f"{path}?lang=de", follow_redirects=False)
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers["allow"].split(",")}
    assert allowed == {"GET", "HEAD", "POST"}
    assert translator("de").gettext("This address does not accept this kind of request.") in response.text
    for accepted in allowed - {"POST"}:
        assert client.request(accepted, path, follow_redirects=False).status_code == 303
