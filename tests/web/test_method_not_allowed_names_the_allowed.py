"""A request with a method an address does not accept is answered 405 with ``Allow`` naming the methods it
does accept (RFC 9110, 15.5.6), on the API as on the page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.web import application


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    with TestClient(application.create_app(application.Settings.from_env({}, workers=1))) as running:
        yield running


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("GET", "/api/v1/check", {"POST"}),
        ("DELETE", "/api/v1/rules", {"GET", "HEAD"}),
        ("POST", "/healthz", {"GET", "HEAD"}),
        ("POST", "/rules", {"GET", "HEAD"}),
        ("PUT", "/report", {"GET", "HEAD", "POST"}),
    ],
)
def test_a_405_names_the_methods_the_address_accepts(client: Any, method: str, path: str, allowed: set[str]) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} == allowed
