"""The round-four hostile corpus (``tests/test_hostile_round4.py``: Europass XML, ELM JSON-LD, Open Badges and CTDL
built to break their readers) uploaded to a real server: each file up to the server's 1 MiB is answered with
its results, none an internal error, in bounded time, and the server keeps answering."""

from __future__ import annotations

import httpx
import pytest

from tests.test_hostile_round4 import CORPUS
from tests.web.server import Server

MIB = 1024 * 1024
UPLOADS = sorted(name for name, content in CORPUS.items() if len(content) <= MIB)


@pytest.mark.parametrize("name", UPLOADS)
def test_a_hostile_upload_is_answered(server: Server, name: str) -> None:
    # The timeout is a hang guard (the request fails the test), not a speed assertion.
    response = httpx.post(server.url + "/api/v1/check", files={"files": (name, CORPUS[name])}, timeout=120)
    assert response.status_code == 200, response.text[:2000]
    results = response.json()["results"]
    assert results
    assert not [f["message"] for r in results for f in r["findings"] if f["rule"].startswith("MC-EN")]
    assert httpx.get(server.url + "/healthz", timeout=10).json()["status"] == "ok"
