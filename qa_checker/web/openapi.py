"""The OpenAPI 3.1 document of the HTTP API, with the report's own JSON Schema as the check's response.

The report schema is the one ``schemas/report.schema.json`` defines for ``check --format json``
(read through :func:`qa_checker.resources.bundled`), embedded unchanged except that its ``$defs``
references are made absolute within this document.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from qa_checker import __version__
from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE
from qa_checker.loaders.code_pages import ENCODING_NAMES
from qa_checker.moment import YEARS, YEARS_PATTERN
from qa_checker.resources import bundled
from qa_checker.web.middleware import MIN_BODY_RATE
from qa_checker.web.settings import Settings

REPORT_REF = "#/components/schemas/Report"
# Well-formed base64 (RFC 4648, padded).
BASE64 = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"


@functools.cache
def report_schema() -> dict[str, Any]:
    """The report JSON Schema as an OpenAPI component (``$defs`` references rewritten, no ``$id``)."""
    schema: dict[str, Any] = json.loads(bundled("schemas", "report.schema.json").read_text(encoding="utf-8"))
    schema.pop("$schema", None)
    schema.pop("$id", None)
    rewritten: dict[str, Any] = _rewrite(schema)
    return rewritten


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/$defs/"):
                out[key] = REPORT_REF + "/$defs/" + value[len("#/$defs/") :]
            else:
                out[key] = _rewrite(value)
        return out
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


def _error(description: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    """An error response; ``headers`` maps the name of each header it carries to what the header says."""
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if headers:
        response["headers"] = {
            name: {"description": text, "required": True, "schema": {"type": "string"}}
            for name, text in headers.items()
        }
    return response


def document(settings: Settings, rubrics: list[str]) -> dict[str, Any]:
    """The API as an OpenAPI 3.1 document, with this server's limits and rubrics."""
    rubric_param = {
        "name": "rubric",
        "in": "query",
        "required": False,
        "description": f"A rubric or profile id (default {settings.rubric}).",
        "schema": {"type": "string", "enum": rubrics},
    }
    lang_param = {
        "name": "lang",
        "in": "query",
        "required": False,
        "description": "The language of the messages, titles and documentation in the answer (its JSON keys, "
        "ids and codes stay English). Default: the best supported match of the Accept-Language header, else "
        f"{SOURCE_LANGUAGE}; an unsupported value is ignored. The report names it in `language`.",
        # Not an enum: an unsupported value is ignored (as in Accept-Language), not refused.
        "schema": {"type": "string", "examples": list(LANGUAGES)},
    }
    encoding = {
        "type": "string",
        "enum": list(ENCODING_NAMES),
        "description": "The encoding CSV files are in, as `check --encoding` names it: each CSV is read in it "
        "strictly, a byte that is no character of it an `MC-LD-001` error at its line and cell; a Unicode "
        "byte-order mark still says how a file was saved. Any other name of a text encoding Python knows (cp852, "
        "latin-1) is read too; an unknown name is a 422. Absent: told from the bytes of each file.",
    }
    secured: list[dict[str, list[str]]] = [{}, {"bearer": []}] if settings.token is None else [{"bearer": []}]
    limits = (
        f"Limits: {settings.max_request_bytes:,} bytes per request, {settings.max_file_bytes:,} per file, "
        f"{settings.max_files} files, {settings.max_archive_members} members and "
        f"{settings.max_archive_bytes:,} unpacked bytes per .zip, {settings.timeout:g} s of checking."
    )
    common_errors = {
        "401": _error(
            "A bearer token is configured and the request did not give it.",
            {"WWW-Authenticate": "The scheme to authenticate with: Bearer."},
        ),
        "503": _error(
            "Every worker is busy; retry after the time in Retry-After.",
            {"Retry-After": "Seconds to wait before sending the request again."},
        ),
    }
    check_errors = {
        "400": _error("The body could not be read (malformed JSON, multipart or base64)."),
        "413": _error("Over a size or count limit. " + limits),
        "415": _error("Neither multipart/form-data nor application/json, or a compressed body (Content-Encoding)."),
        "408": _error(
            "The body stopped arriving for longer than the server waits, or came in slower than "
            f"{MIN_BODY_RATE:,} bytes a second; send it again."
        ),
        "422": _error(
            "Nothing to check, an unknown rubric or encoding, a date that is not ISO 8601, a field the API does not "
            "know or one given twice, or over the time limit."
        ),
        **common_errors,
    }
    file_properties: dict[str, Any] = {
        "filename": {
            "type": ["string", "null"],
            "maxLength": 255,
            "description": "Its suffix says how to read the content (.yaml, .json, .jsonld, .jwt, .csv, .tsv, "
            ".xlsx, .xlsm, .ods, .zip); without one (or null), the content is recognised.",
        },
        "content": {"type": "string", "description": "The file as text (UTF-8)."},
        "content_base64": {
            "type": "string",
            "contentEncoding": "base64",
            "pattern": BASE64,
            "description": "The file's bytes in base64 (spreadsheets, archives).",
        },
    }
    one_content = [{"required": ["content"]}, {"required": ["content_base64"]}]
    file_item: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": file_properties,
        "oneOf": one_content,
    }
    # In a JSON body, null is the same as leaving the field out.
    run_properties: dict[str, Any] = {
        "rubric": {"type": ["string", "null"], "enum": [*rubrics, None]},
        "encoding": dict(encoding, type=["string", "null"], enum=[*encoding["enum"], None]),
        "now": {
            "type": ["string", "null"],
            "format": "date-time",
            "pattern": YEARS_PATTERN,
            "description": f"Fix the run's date (date rules), between the years {YEARS[0]} and {YEARS[1]}.",
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "qa-checker API",
            "version": __version__,
            "description": "Check micro-credential descriptors against the European standard elements of Council "
            "Recommendation 2022/C 243/02 (Annex I) and the Annex II principles. The check returns "
            "exactly the JSON report of `qa-checker check --format json`. Uploads are processed in "
            "memory and never stored or logged. " + limits,
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "paths": {
            "/api/v1/check": {
                "post": {
                    "operationId": "check",
                    "summary": "Check descriptors and return the JSON report",
                    "description": "Send files as multipart/form-data (any number of file parts, and optional "
                    "`rubric`, `now` and `encoding` fields) or one JSON object. Every file gets at least one result; "
                    "a file that cannot be read is a result with status `error` and a located finding.",
                    "security": secured,
                    "parameters": [
                        dict(
                            rubric_param,
                            description=f"{rubric_param['description']} A `rubric` field of the body is used instead "
                            "when it is given.",
                        ),
                        {
                            "name": "encoding",
                            "in": "query",
                            "required": False,
                            "description": f"{encoding['description']} An `encoding` field of the body is used "
                            "instead when it is given.",
                            "schema": {k: v for k, v in encoding.items() if k != "description"},
                        },
                        lang_param,
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "type": "object",
                                    "required": ["files"],
                                    "additionalProperties": False,
                                    "properties": {
                                        "files": {
                                            "type": "array",
                                            "minItems": 1,
                                            "maxItems": settings.max_files,
                                            "items": {"type": "string", "format": "binary"},
                                        },
                                        "rubric": {"type": "string", "enum": rubrics},
                                        "encoding": encoding,
                                        "now": {
                                            "type": "string",
                                            "format": "date-time",
                                            "pattern": YEARS_PATTERN,
                                            "description": "Fix the run's date (date rules, reproducible reports), "
                                            f"between the years {YEARS[0]} and {YEARS[1]}.",
                                        },
                                    },
                                }
                            },
                            "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The report (`check --format json`); the verdicts are inside it.",
                            "content": {"application/json": {"schema": {"$ref": REPORT_REF}}},
                        },
                        **check_errors,
                    },
                }
            },
            "/api/v1/rules": {
                "get": {
                    "operationId": "listRules",
                    "summary": "Every rule, or those a rubric enables with its settings",
                    "security": secured,
                    "parameters": [rubric_param, lang_param],
                    "responses": {
                        "200": {
                            "description": "The rules, as `qa-checker rules --format json`.",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}
                                }
                            },
                        },
                        "422": _error("An unknown rubric."),
                        **common_errors,
                    },
                }
            },
            "/api/v1/rules/{rule_id}": {
                "get": {
                    "operationId": "explainRule",
                    "summary": "One rule explained, with a failing and a fixed example run for real",
                    "security": secured,
                    "parameters": [
                        {
                            "name": "rule_id",
                            "in": "path",
                            "required": True,
                            "description": "A rule id such as MC-LO-002.",
                            "schema": {"type": "string", "pattern": "^MC-[A-Z]{2}-[0-9]{3}$"},
                        },
                        rubric_param,
                        lang_param,
                    ],
                    "responses": {
                        "200": {
                            "description": "As `qa-checker explain RULE_ID --format json`.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Explanation"}}},
                        },
                        "404": _error(
                            "No rule has this id: the message names the closest ids and `GET /api/v1/rules`."
                        ),
                        "422": _error("An unknown rubric."),
                        **common_errors,
                    },
                }
            },
            "/api/v1/rubrics": {
                "get": {
                    "operationId": "listRubrics",
                    "summary": "The rubrics and profiles this server checks with",
                    "security": secured,
                    "parameters": [lang_param],
                    "responses": {
                        "200": {
                            "description": "Rubrics, the default first.",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Rubric"}}
                                }
                            },
                        },
                        **common_errors,
                    },
                }
            },
            "/healthz": {
                "get": {
                    "operationId": "health",
                    "summary": "Whether the server and its workers answer",
                    "security": [],
                    "responses": {
                        "200": {
                            "description": "Ready.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["status", "version"],
                                        "properties": {
                                            "status": {"const": "ok"},
                                            "version": {"type": "string"},
                                            "workers": {"type": "integer"},
                                            "pending": {"type": "integer"},
                                        },
                                    }
                                }
                            },
                        },
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "Required when the server runs with --token or QA_CHECKER_TOKEN.",
                }
            },
            "schemas": {
                "Report": report_schema(),
                "CheckRequest": {
                    "description": "One file (filename and content or content_base64), or several under files.",
                    "oneOf": [
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "properties": {**file_properties, **run_properties},
                            "oneOf": one_content,
                        },
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["files"],
                            "properties": {
                                "files": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": settings.max_files,
                                    "items": file_item,
                                },
                                **run_properties,
                            },
                        },
                    ],
                },
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["status", "message"],
                            "properties": {"status": {"type": "integer"}, "message": {"type": "string"}},
                        }
                    },
                },
                "Rule": {
                    "type": "object",
                    "required": ["id", "severity", "weight", "documentation"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "title": {"type": "string"},
                        "severity": {"enum": ["error", "warning", "info"]},
                        "weight": {"type": "number"},
                        "element": {"type": ["string", "null"]},
                        "options": {"type": "object"},
                        "documentation": {"type": "string"},
                    },
                },
                "Explanation": {
                    "type": "object",
                    "required": ["id", "severity", "weight", "documentation"],
                    "properties": {
                        "id": {"type": "string"},
                        "severity": {"enum": ["error", "warning", "info"]},
                        "weight": {"type": "number"},
                        "documentation": {"type": "string"},
                        "failing": {"type": ["object", "null"]},
                        "fixed": {"type": ["object", "null"]},
                    },
                },
                "Rubric": {
                    "type": "object",
                    "required": ["id", "version", "title"],
                    "properties": {
                        "id": {"type": "string"},
                        "version": {"type": "string"},
                        "title": {"type": "string", "description": "In the language asked for (lang)."},
                        "description": {"type": "string"},
                        "extends": {"type": "array"},
                        "default": {"type": "boolean"},
                    },
                },
            },
        },
    }
