"""A real server for the web tests: ``qa-checker serve`` on 127.0.0.1, started once for the session; and the
application in-process, for a module's page requests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.web import application
from tests.conftest import NOW
from tests.web.server import Server, start


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("server") / "server.log")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """The application in-process (one worker, the fixtures' date), its page asked for once; a module that needs
    other settings defines its own."""
    from starlette.testclient import TestClient

    app = application.create_app(application.Settings.from_env({}, workers=1, now=NOW))
    with TestClient(app) as running:
        running.get("/")
        yield running
