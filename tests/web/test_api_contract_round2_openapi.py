"""The API as an integrator reads it, round two: the OpenAPI document is itself valid OpenAPI 3.1, and every
answer to a good or a bad request (the statuses, content types and bodies) is one the document declares for
that operation, with errors in the one documented shape and no status 5xx."""

from __future__ import annotations

import base64
import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from qa_checker.web import application
from tests.conftest import NOW, SAMPLES

DOC_URI = "urn:qa-checker:openapi"
YAML = (SAMPLES / "flawed" / "de-cloud-grundlagen.yaml").read_bytes()
XLSX = (SAMPLES / "spreadsheets" / "catalogue.xlsx").read_bytes()
JSON_FILE = {"filename": "d.yaml", "content": YAML.decode()}


def _zip(*members: tuple[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    settings = application.Settings.from_env({}, workers=1, now=NOW, max_files=3)
    with TestClient(application.create_app(settings), follow_redirects=False) as running:
        yield running


@pytest.fixture(scope="module")
def document(client: Any) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    doc: dict[str, Any] = response.json()
    return doc


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_the_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    definitions = pytest.importorskip("schemathesis.specs.openapi.definitions")
    meta = definitions.OPENAPI_31
    errors = sorted(jsonschema.Draft202012Validator(meta).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert document["openapi"].startswith("3.1.")


def test_every_schema_of_the_document_is_a_valid_json_schema_and_every_ref_resolves(document: dict[str, Any]) -> None:
    for name, schema in document["components"]["schemas"].items():
        jsonschema.Draft202012Validator.check_schema(schema), name

    refs: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    assert refs
    for ref in refs:
        assert ref.startswith("#/"), ref
        _resolve(document, {"$ref": ref})


def test_operation_ids_are_unique_and_path_parameters_are_declared(document: dict[str, Any]) -> None:
    ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))
    for path, item in document["paths"].items():
        for operation in item.values():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == {part[1:-1] for part in path.split("/") if part.startswith("{")}, path
            for status, response in operation["responses"].items():
                assert status.isdigit() and 100 <= int(status) < 600, (path, status)
                assert response["description"], (path, status)


def test_the_document_names_where_the_api_is_served(client: Any, document: dict[str, Any]) -> None:
    """A generated client calls ``servers[0].url`` + path; without ``servers`` OpenAPI means "/", which is wrong for
    a server run under ``--root-path /prefix`` (README: running it behind a reverse proxy)."""
    from starlette.testclient import TestClient

    assert [s["url"] for s in document.get("servers", [{"url": "/"}])] == ["/"]
    app = application.create_app(application.Settings.from_env({}, workers=1, now=NOW))
    with TestClient(app, root_path="/qa") as prefixed:
        served = prefixed.get("/openapi.json").json()
        assert [s["url"] for s in served.get("servers", [{"url": "/"}])] == ["/qa"]
        assert prefixed.get("/healthz").status_code == 200


# (method, path, keyword arguments for the client, the status an integrator expects from the README/OpenAPI)
GOOD_AND_BAD: list[tuple[str, str, dict[str, Any], int]] = [
    ("POST", "/api/v1/check", {"files": [("files", ("d.yaml", YAML))]}, 200),
    ("POST", "/api/v1/check", {"files": [("files", ("d.yaml", YAML))], "data": {"rubric": "nl-pilot"}}, 200),
    ("POST", "/api/v1/check", {"files": [("files", ("c.xlsx", XLSX))], "data": {"now": "2026-01-01"}}, 200),
    ("POST", "/api/v1/check", {"files": [("files", ("a.zip", _zip(("a.yaml", YAML), ("b/c.yaml", YAML))))]}, 200),
    ("POST", "/api/v1/check", {"json": JSON_FILE}, 200),
    ("POST", "/api/v1/check?lang=fr&rubric=eu-2022", {"json": JSON_FILE}, 200),
    ("POST", "/api/v1/check", {"json": {"files": [JSON_FILE, JSON_FILE], "encoding": "windows-1250"}}, 200),
    (
        "POST",
        "/api/v1/check",
        {"json": {"filename": "c.xlsx", "content_base64": base64.b64encode(XLSX).decode()}},
        200,
    ),
    ("POST", "/api/v1/check", {"json": {"filename": "x.bin", "content": "\x00\x01 not a descriptor"}}, 200),
    ("POST", "/api/v1/check", {"content": b"{", "headers": {"content-type": "application/json"}}, 400),
    ("POST", "/api/v1/check", {"content": b"\xff\xfe{}", "headers": {"content-type": "application/json"}}, 400),
    (
        "POST",
        "/api/v1/check",
        {"content": b"--x\r\nbroken", "headers": {"content-type": "multipart/form-data; boundary=x"}},
        400,
    ),
    ("POST", "/api/v1/check", {"json": {"filename": "x", "content_base64": "!!"}}, 400),
    ("POST", "/api/v1/check", {"content": b"title: x", "headers": {"content-type": "text/yaml"}}, 415),
    ("POST", "/api/v1/check", {}, 415),
    (
        "POST",
        "/api/v1/check",
        {
            "content": gzip.compress(json.dumps(JSON_FILE).encode()),
            "headers": {"content-type": "application/json", "content-encoding": "gzip"},
        },
        415,
    ),
    ("POST", "/api/v1/check", {"json": {"filename": "x.yaml"}}, 422),
    ("POST", "/api/v1/check", {"json": {"files": []}}, 422),
    ("POST", "/api/v1/check", {"json": [JSON_FILE]}, 422),
    ("POST", "/api/v1/check", {"json": dict(JSON_FILE, rubric="no-such")}, 422),
    ("POST", "/api/v1/check", {"json": dict(JSON_FILE, now="yesterday")}, 422),
    ("POST", "/api/v1/check", {"json": dict(JSON_FILE, encoding="no-such-code-page")}, 422),
    ("POST", "/api/v1/check", {"json": dict(JSON_FILE, waivers="waivers.yaml")}, 422),
    ("POST", "/api/v1/check", {"files": [("files", ("d.yaml", YAML))], "data": {"rubrik": "eu-2022"}}, 422),
    ("POST", "/api/v1/check", {"json": {"files": [JSON_FILE] * 4}}, 413),
    ("POST", "/api/v1/check", {"files": [("files", (f"d{i}.yaml", YAML)) for i in range(4)]}, 413),
    ("POST", "/api/v1/check?rubric=eu-2022&rubric=nl-pilot", {"json": JSON_FILE}, 422),
    # The body's rubric and encoding are used instead of the query's, but an unknown one in the query is no choice.
    ("POST", "/api/v1/check?rubric=no-such", {"json": dict(JSON_FILE, rubric="eu-2022")}, 422),
    ("POST", "/api/v1/check?encoding=no-such", {"json": dict(JSON_FILE, encoding="utf-8")}, 422),
    (
        "POST",
        "/api/v1/check?rubric=no-such",
        {"files": [("files", ("d.yaml", YAML))], "data": {"rubric": "eu-2022"}},
        422,
    ),
    ("POST", "/api/v1/check?lang=xx", {"json": JSON_FILE}, 200),
    ("GET", "/api/v1/rules", {}, 200),
    ("GET", "/api/v1/rules?rubric=nl-pilot&lang=de", {}, 200),
    ("GET", "/api/v1/rules?rubric=no-such", {}, 422),
    ("GET", "/api/v1/rules/MC-LO-002", {}, 200),
    ("GET", "/api/v1/rules/MC-LO-002?rubric=ie-nfq&lang=pl", {}, 200),
    ("GET", "/api/v1/rules/MC-XX-999", {}, 404),
    ("GET", "/api/v1/rules/not-a-rule", {}, 404),
    ("GET", "/api/v1/rules/MC-LO-002?rubric=no-such", {}, 422),
    ("GET", "/api/v1/rubrics", {}, 200),
    ("GET", "/api/v1/rubrics?lang=es", {}, 200),
    ("GET", "/api/v1/rubrics?lang=xx-YY", {}, 200),
    ("GET", "/api/v1/rules/MC-LO-002?lang=klingon", {}, 200),
    ("GET", "/healthz", {}, 200),
]


def _operation(document: dict[str, Any], method: str, url: str) -> dict[str, Any]:
    path = url.split("?")[0]
    for template, item in document["paths"].items():
        parts, given = template.split("/"), path.split("/")
        if len(parts) == len(given) and all(p == g or p.startswith("{") for p, g in zip(parts, given)):
            operation: dict[str, Any] = item[method.lower()]
            return operation
    raise AssertionError(f"{method} {path} is not in the document")


def _check_against_document(document: dict[str, Any], method: str, url: str, response: Any) -> None:
    operation = _operation(document, method, url)
    status = str(response.status_code)
    assert status in operation["responses"], f"{method} {url}: {status} is not declared ({response.text[:200]})"
    declared = _resolve(document, operation["responses"][status])
    media_type = response.headers["content-type"].split(";")[0].strip()
    assert media_type in declared["content"], (method, url, media_type)
    schema = declared["content"][media_type]["schema"]
    # The declared schema placed inside the document, so that its "#/components/..." references resolve there.
    contents = dict(document, answer=schema)
    registry: Registry[Any] = Registry().with_resource(DOC_URI, Resource(contents=contents, specification=DRAFT202012))
    validator = jsonschema.Draft202012Validator({"$ref": DOC_URI + "#/answer"}, registry=registry)
    for name, header in declared.get("headers", {}).items():
        if header.get("required"):
            assert name.lower() in response.headers, (method, url, name)
    body = response.json()
    errors = list(validator.iter_errors(body))
    assert not errors, (method, url, [e.message[:200] for e in errors[:3]])
    if response.status_code >= 400:
        assert set(body) == {"error"} and set(body["error"]) == {"status", "message"}
        assert body["error"]["status"] == response.status_code
        assert body["error"]["message"].strip()


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "expected"),
    GOOD_AND_BAD,
    ids=[f"{i}-{m} {u} {s}" for i, (m, u, _, s) in enumerate(GOOD_AND_BAD)],
)
def test_every_answer_is_one_the_document_declares(
    client: Any, document: dict[str, Any], method: str, url: str, kwargs: dict[str, Any], expected: int
) -> None:
    response = client.request(method, url, **kwargs)
    assert response.status_code == expected, response.text[:300]
    _check_against_document(document, method, url, response)
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_every_documented_operation_is_walked(document: dict[str, Any]) -> None:
    walked = {(m, _template(document, u)) for m, u, _, _ in GOOD_AND_BAD}
    documented = {(m.upper(), p) for p, item in document["paths"].items() for m in item}
    assert walked == documented
    for method, path in documented:
        statuses = {s for m, u, _, s in GOOD_AND_BAD if m == method and _template(document, u) == path}
        declared = {int(s) for s in document["paths"][path][method.lower()]["responses"]}
        # 401 and 503 need a token or a full pool (tested below); 408 a stalled body (test_hostile).
        assert declared - statuses <= {401, 408, 503}, (method, path, declared - statuses)


def _template(document: dict[str, Any], url: str) -> str:
    path = url.split("?")[0]
    for template in document["paths"]:
        parts, given = template.split("/"), path.split("/")
        if len(parts) == len(given) and all(p == g or p.startswith("{") for p, g in zip(parts, given)):
            return template
    return path


def test_head_answers_like_get_without_a_body(client: Any, document: dict[str, Any]) -> None:
    for path, item in document["paths"].items():
        if "get" not in item:
            continue
        url = path.replace("{rule_id}", "MC-LO-002")
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head.content == b"", url
        assert head.headers["content-type"] == got.headers["content-type"], url


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
def test_methods_the_document_does_not_declare_are_405_with_allow_and_the_error_shape(
    client: Any, document: dict[str, Any], method: str
) -> None:
    for path, item in document["paths"].items():
        url = path.replace("{rule_id}", "MC-LO-002")
        response = client.request(method, url)
        declared = {m.upper() for m in item} | ({"HEAD"} if "get" in item else set())
        assert response.status_code == 405, (method, url)
        assert {m.strip() for m in response.headers["allow"].split(",")} == declared, (method, url)
        assert response.json() == {"error": {"status": 405, "message": response.json()["error"]["message"]}}
        assert response.headers["cache-control"] == "no-store"


def test_an_unknown_api_address_is_a_json_404_in_the_error_shape(client: Any) -> None:
    for url in ("/api/v1/nothing", "/api/v2/check", "/api/v1/rules/MC-LO-002/extra"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.headers["content-type"].startswith("application/json"), url
        assert response.json()["error"]["status"] == 404


@pytest.mark.parametrize("path", ["/api/v1/rules/", "/api/v1/rubrics/", "/healthz/", "/api/v1/rules/MC-LO-002/"])
def test_a_trailing_slash_leads_to_the_documented_address(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (301, 307, 308), path
    assert response.headers["location"].endswith(path.rstrip("/")), response.headers["location"]


def test_a_trailing_slash_on_the_check_keeps_the_method_and_body(client: Any, document: dict[str, Any]) -> None:
    response = client.post("/api/v1/check/", json=JSON_FILE)
    assert response.status_code in (307, 308)  # 301/302 would turn a client's POST into a GET
    again = client.post(response.headers["location"], json=JSON_FILE)
    _check_against_document(document, "POST", "/api/v1/check", again)
    assert again.status_code == 200


def test_the_report_never_asks_to_be_cached_and_names_its_language(client: Any) -> None:
    response = client.post("/api/v1/check?lang=de", json=JSON_FILE)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["content-language"] == "de"
    assert "accept-language" in response.headers.get("vary", "").lower()
    assert response.json()["language"] == "de"
    assert "etag" not in response.headers and "last-modified" not in response.headers


def test_an_accept_the_api_cannot_give_still_gets_the_documented_json(client: Any) -> None:
    """The API offers only JSON (the document declares no other type): an Accept of HTML, a spreadsheet or SARIF
    is answered with the JSON report, as RFC 9110 allows, never with a page."""
    for accept in (
        "text/html",
        "application/sarif+json",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ):
        response = client.post("/api/v1/check", json=JSON_FILE, headers={"accept": accept})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["results"][0]["source"] == "d.yaml"


def test_the_query_parameters_the_server_accepts_are_ones_the_document_allows(
    client: Any, document: dict[str, Any]
) -> None:
    """The document says an unsupported ``lang`` is ignored: its schema must then allow it (an enum would tell a
    validating client or gateway to refuse what the server answers 200, in its default language)."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                if parameter["name"] != "lang":
                    continue
                jsonschema.validate("xx", parameter["schema"])
                url = path.replace("{rule_id}", "MC-LO-002") + "?lang=xx"
                response = client.request(method, url, **({"json": JSON_FILE} if method == "post" else {}))
                assert response.status_code == 200, (method, url)
                assert response.headers["content-language"] == "en"


def test_with_a_token_every_operation_but_health_answers_401_as_documented() -> None:
    from starlette.testclient import TestClient

    settings = application.Settings.from_env({}, workers=1, now=NOW, token="integrator-secret")
    with TestClient(application.create_app(settings), follow_redirects=False) as secured:
        document = secured.get("/openapi.json").json()
        for path, item in document["paths"].items():
            for method, operation in item.items():
                url = path.replace("{rule_id}", "MC-LO-002")
                kwargs: dict[str, Any] = {"json": JSON_FILE} if method == "post" else {}
                response = secured.request(method, url, **kwargs)
                if not operation["security"] or {} in operation["security"]:
                    assert response.status_code == 200, url
                    continue
                assert response.status_code == 401, url
                _check_against_document(document, method.upper(), url, response)
                assert response.headers["www-authenticate"].lower().startswith("bearer")
                given = secured.request(method, url, headers={"authorization": "Bearer integrator-secret"}, **kwargs)
                assert given.status_code == 200, url
                _check_against_document(document, method.upper(), url, given)


@pytest.mark.parametrize("field", ["rubric", "now", "encoding", "filename"])
def test_a_json_null_is_a_field_left_out_and_the_document_says_so(
    client: Any, document: dict[str, Any], field: str
) -> None:
    body = dict(JSON_FILE, **{field: None})
    contents = dict(document, answer={"$ref": "#/components/schemas/CheckRequest"})
    registry: Registry[Any] = Registry().with_resource(DOC_URI, Resource(contents=contents, specification=DRAFT202012))
    jsonschema.Draft202012Validator({"$ref": DOC_URI + "#/answer"}, registry=registry).validate(body)
    response = client.post("/api/v1/check", json=body)
    assert response.status_code == 200
    if field != "filename":  # without a file name the source is named from its content, as the document says
        assert response.text == client.post("/api/v1/check", json=JSON_FILE).text


def test_every_worker_busy_is_the_documented_503_with_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool refusing a task (its queue full) is stood in for here; how the pool counts is tested in test_pool."""
    from starlette.testclient import TestClient

    from qa_checker.web.pool import Busy

    web = application.WebApp(application.Settings.from_env({}, workers=1, now=NOW))
    with TestClient(web.build(), follow_redirects=False) as busy:
        document = busy.get("/openapi.json").json()

        async def refuse(*args: Any, **kwargs: Any) -> Any:
            raise Busy

        monkeypatch.setattr(web.pool, "call", refuse)
        for method, url, kwargs in (
            ("POST", "/api/v1/check", {"json": JSON_FILE}),
            ("GET", "/api/v1/rules/MC-EL-002?rubric=uk-qaa", {}),
        ):
            response = busy.request(method, url, **kwargs)
            assert response.status_code == 503, url
            assert int(response.headers["retry-after"]) > 0
            _check_against_document(document, method, url, response)
        assert busy.get("/healthz").status_code == 200
