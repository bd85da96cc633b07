"""A real server for the web tests: ``qa-checker serve`` on 127.0.0.1, started once for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.web.server import Server, start


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    running = start(tmp_path_factory.mktemp("server") / "server.log")
    yield running
    running.stop()
