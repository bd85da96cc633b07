"""The server's messages about its time limits say one second, seconds, and a fraction of seconds as
English (and every catalogue language) says them: "1 second", not "1 seconds"."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import Response

from qa_checker.limits import Limits, seconds_form
from qa_checker.web import application, worker
from qa_checker.web.pool import TimedOut
from qa_checker.web.settings import Settings

FORMS = [
    (1, "1 second,"),
    (1.0, "1 second,"),
    (2, "2 seconds,"),
    (30.0, "30 seconds,"),
    (2.5, "2.5 seconds,"),
    (0.25, "0.25 seconds,"),
]


def _scope(path: str = "/api/v1/check") -> dict[str, Any]:
    return {"type": "http", "method": "POST", "path": path, "headers": [], "query_string": b""}


def _message(response: Response) -> str:
    return str(json.loads(bytes(response.body))["error"]["message"])


@pytest.mark.parametrize(("seconds", "shown"), FORMS)
def test_a_body_that_stops_arriving_is_given_up_in_the_right_words(seconds: float, shown: str) -> None:
    web = application.WebApp(Settings.from_env({}, body_timeout=seconds))
    response = web.too_slow(_scope())
    assert response.status_code == 408
    assert _message(response).startswith(f"The upload stopped arriving for {shown} so it was given up.")


@pytest.mark.parametrize(("seconds", "shown"), FORMS)
def test_a_check_over_the_time_limit_is_stopped_in_the_right_words(seconds: float, shown: str) -> None:
    web = application.WebApp(Settings.from_env({}, timeout=seconds))

    async def slow(request: Request) -> Response:
        raise TimedOut

    response = asyncio.run(web.guard(slow)(Request(_scope())))
    assert response.status_code == 422
    assert _message(response).startswith(f"Checking this upload took more than {shown} so it was stopped.")


@pytest.mark.parametrize(("seconds", "shown"), [(1.0, "1 second of"), (2.5, "2.5 seconds of"), (30, "30 seconds of")])
def test_a_check_over_its_processing_time_is_stopped_in_the_right_words(
    monkeypatch: pytest.MonkeyPatch, seconds: float, shown: str
) -> None:
    @contextlib.contextmanager
    def spent(_: float) -> Iterator[None]:
        raise worker.OverBudget
        yield  # pragma: no cover

    monkeypatch.setattr(worker, "cpu_budget", spent)
    job = worker.CheckJob(
        (worker.Upload("x.yaml", b"id: x\n"),),
        "default",
        datetime(2026, 1, 1, tzinfo=timezone.utc),
        Limits(),
        budget=seconds,
    )
    refused = worker.check(job)
    assert isinstance(refused, worker.Refusal) and refused.status == 422
    assert refused.message.startswith(f"Checking this upload took more than {shown} processing time")


@pytest.mark.parametrize(
    ("seconds", "form"), [(0, 0), (1, 1), (1.0, 1), (2, 2), (21, 21), (0.5, 2), (1.5, 2), (2.5, 2), (float("inf"), 2)]
)
def test_the_form_of_seconds_is_the_number_when_whole_else_a_plural(seconds: float, form: int) -> None:
    assert seconds_form(seconds) == form
