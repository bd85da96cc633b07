"""Every store test runs against SQLite and PostgreSQL: real databases, no mocks.

The PostgreSQL variant needs ``QA_CHECKER_TEST_POSTGRES_URL`` (CI starts a server with
``tests/store/start_postgres.sh``); each test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

POSTGRES_URL = os.environ.get("QA_CHECKER_TEST_POSTGRES_URL")
KINDS = ("sqlite", "postgresql")
SKIP_POSTGRES = (
    "QA_CHECKER_TEST_POSTGRES_URL is not set: start a server with "
    "'eval \"$(bash tests/store/start_postgres.sh)\"' to run the PostgreSQL variant (CI does)"
)


@pytest.fixture(autouse=True)
def _no_user_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user store: the default location is inside the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("QA_CHECKER_STORE", raising=False)


@contextlib.contextmanager
def new_store(kind: str, folder: Path) -> Iterator[str]:
    """The URL of an empty store of one kind: a SQLite file in ``folder``, or a new PostgreSQL database."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'store' / 'history.sqlite'}"
        return
    if not POSTGRES_URL:
        pytest.skip(SKIP_POSTGRES)
    url = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"qa_store_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=KINDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty store, once for SQLite and once for PostgreSQL."""
    with new_store(request.param, tmp_path) as url:
        yield url
