"""The API against its own OpenAPI document: schemathesis generates requests (bounded, deterministic)
and checks every answer's status, content type and body against the document, report schema included."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.web.server import Server

schemathesis = pytest.importorskip("schemathesis")

OPERATIONS = [
    ("POST", "/api/v1/check"),
    ("GET", "/api/v1/rules"),
    ("GET", "/api/v1/rules/{rule_id}"),
    ("GET", "/api/v1/rubrics"),
    ("GET", "/healthz"),
]


@pytest.fixture(scope="module")
def api_schema(server: Server) -> Any:
    return schemathesis.openapi.from_url(server.url + "/openapi.json")


def test_every_operation_is_tested(api_schema: Any) -> None:
    found = sorted((op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations())
    assert found == sorted(OPERATIONS)


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_the_api_keeps_its_openapi_contract(api_schema: Any, method: str, path: str) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy())
    @settings(max_examples=40, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def call(case: Any) -> None:
        case.call_and_validate(timeout=60)

    call()
