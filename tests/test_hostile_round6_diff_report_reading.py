"""``diff`` reads a report.json a result at a time without ever raising anything but its own ReportError: cut at
any byte, with nested arrays, huge strings, a BOM or UTF-16/32, keys repeated, results not a list, nesting deeper
than Python recurses, numbers too long to convert."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker import diff as diffing
from qa_checker.api import audit_paths
from tests.conftest import NOW, SAMPLES

REPORT: dict[str, Any] = json.loads(
    json.dumps(audit_paths([SAMPLES / "offers/data-ethics-nl.yaml"], now=NOW).to_dict())
)
TEXT = json.dumps(REPORT).encode()


def _read(text: bytes) -> diffing.Snapshot | str | None:
    try:
        return diffing.read_report(io.BytesIO(text), label="r")
    except diffing.ReportError as error:
        return str(error)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=len(TEXT) - 1), chunk=st.sampled_from([1, 3, 64, 1 << 20]))
def test_a_report_cut_at_any_byte_is_no_report(cut: int, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(diffing, "READ_BYTES", chunk)
        assert _read(TEXT[:cut]) is None


@pytest.mark.parametrize(
    "text",
    [
        b'{"results": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}",
        TEXT[:-1] + b', "x": ' + b"9" * 5000 + b"}",
        b'{"results": [' + json.dumps(REPORT["results"][0]).encode() + b"], " + TEXT[1:-1] + b', "results": 5}',
        json.dumps({**REPORT, "results": {"a": 1}}).encode(),
        json.dumps({**REPORT, "results": [[[[]]]]}).encode(),
        json.dumps({**REPORT, "x": "a" * (5 << 20)}).encode(),
        json.dumps(REPORT).encode("utf-16"),
        json.dumps(REPORT).encode("utf-32"),
        b"\xef\xbb\xbf" + TEXT,
        TEXT[:-1] + b', "x": "\\ud800"}',
        TEXT.replace(b'"results"', b'"results": [], "results"', 1),
    ],
    ids=[
        "deep",
        "long number",
        "results then 5",
        "results an object",
        "nested arrays",
        "huge string",
        "utf-16",
        "utf-32",
        "bom",
        "lone surrogate",
        "results twice",
    ],
)
def test_odd_reports_are_read_or_refused_never_raise(text: bytes) -> None:
    found = _read(text)
    assert found is None or isinstance(found, (str, diffing.Snapshot))
