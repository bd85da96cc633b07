"""The history store: every run kept in a real database, to say what changed since the last audit.

SQLite (the default, one file per user) or PostgreSQL, through SQLAlchemy Core; the schema is
created and upgraded by the Alembic migrations shipped in ``migrations/`` whenever a store is
opened (no ``alembic.ini`` needed). The store is an edge: it reads a finished
:class:`~qa_checker.results.Report` (:meth:`Store.record`) and gives runs back as ``report.json``
documents (:meth:`Store.export`) or :class:`~qa_checker.diff.Snapshot` values to compare
(:meth:`Store.snapshot`).

Where the store is (:func:`resolve_url`): ``--store URL`` with ``sqlite:///PATH``,
``postgresql://user:password@host:port/database`` or a plain file path; without a value, the
``QA_CHECKER_STORE`` environment variable; else ``$XDG_DATA_HOME/qa-checker/history.sqlite``
(``~/.local/share/qa-checker/history.sqlite`` when ``XDG_DATA_HOME`` is unset). An empty value
(``--store ""``) is refused, never taken for the default; the folder of a new SQLite store is made
when missing (:attr:`Store.made_folder` names it).

Safety:

- A run, its results and its findings are written in **one transaction**, and the run is marked
  ``complete`` in that same transaction; every reader ignores runs that are not complete, so a
  writer killed half-way leaves nothing visible (and :meth:`Store.prune_before` removes any
  incomplete run an older writer might have left).
- **Concurrent writers** both land, one after the other, so run ids follow the order runs are
  committed in on both databases: SQLite runs in WAL mode with a busy timeout and writes with
  ``BEGIN IMMEDIATE`` (writers queue instead of failing); PostgreSQL takes an advisory lock while
  recording a run (and another while migrating).
- **Readers see one moment**: each read is one transaction (``REPEATABLE READ`` on PostgreSQL, as a
  SQLite read transaction is), and the runs a command names (``diff previous latest``) are resolved
  together, so a run recorded or pruned meanwhile never mixes two states of the store.
- **Personal data** of learners is not stored unless asked (see :mod:`qa_checker.store.records`).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Connection, Engine, and_, case, create_engine, event, func, not_, or_, select, text
from sqlalchemy.engine import URL, RowMapping, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from qa_checker.errors import ConfigError
from qa_checker.findings import Severity
from qa_checker.patterns import regex
from qa_checker.results import STATUSES
from qa_checker.store import records
from qa_checker.store.schema import findings, results, run_ids, runs
from qa_checker.text import Text, listed, msg, plural

if TYPE_CHECKING:
    from qa_checker.diff import Snapshot
    from qa_checker.results import Report

__all__ = ["RunInfo", "Store", "StoreError", "default_location", "is_run_ref", "resolve_url"]

ENVIRONMENT_VARIABLE = "QA_CHECKER_STORE"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "qa_checker_version"
# The tables the history is kept in, the version table among them.
_OWN_TABLES = frozenset({VERSION_TABLE, runs.name, results.name, findings.name, run_ids.name})
BUSY_TIMEOUT_SECONDS = 60
# Any fixed number: the PostgreSQL advisory lock migrations take, so two processes migrate in turn.
_MIGRATION_LOCK = 0x71A_C4EC
# Another: the one a run is recorded under, so PostgreSQL commits runs in the order of their ids, as SQLite does.
_RECORD_LOCK = 0x71A_C4ED
_CHUNK = 5000
# Run ids and offsets are 64-bit integers in the database: a longer number names no run (and is not sent).
_ID_DIGITS = 18
# Where a URL's password begins: after '://' and a user name (which, like the password, may hold an '@' not written
# %40, as Azure's user@server does; both run to the authority's last '@', see _authority_end).
_USER = regex(r"://[^:/\s]*:")
_QUERY_PASSWORD = regex(r"([?&](?:ssl)?password=)[^&\s#']*", re.IGNORECASE)
_REF = regex(r"^(?:(latest|previous)(?:~(\d+))?|#?(\d+))$")
# How many recent runs are searched for the previous audit of the same descriptors.
_PREVIOUS_SEARCH = 50


class StoreError(ConfigError):
    """The store cannot be opened or used as asked (the CLI exits 2 with this message)."""


@dataclass(frozen=True)
class RunInfo:
    """One recorded run, as listed by ``qa-checker history``."""

    id: int
    generated_at: str | None
    recorded_at: datetime
    command: str
    tool_version: str
    rubric: str
    descriptors: int
    passed: int
    failed: int
    errors: int
    mean_score: float | None
    personal_data_kept: bool
    options: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """Plain form (``history --format json``)."""
        return {
            "id": self.id,
            "generated_at": self.generated_at,
            "recorded_at": self.recorded_at.replace(tzinfo=timezone.utc).isoformat(timespec="seconds"),
            "command": self.command,
            "tool_version": self.tool_version,
            "rubric": self.rubric,
            "descriptors": self.descriptors,
            "pass": self.passed,
            "fail": self.failed,
            "error": self.errors,
            "mean_score": self.mean_score,
            "personal_data_kept": self.personal_data_kept,
            "options": dict(self.options),
        }

    @property
    def label(self) -> str:
        """``run 12 (2026-11-29T12:00:00+00:00)``."""
        return self.label_text.english()

    @property
    def label_text(self) -> Text:
        """:attr:`label` as a translatable text."""
        when = self.generated_at or self.recorded_at.isoformat(timespec="seconds")
        return msg("run {id} ({time})", id=str(self.id), time=when)


def is_run_ref(text: str) -> bool:
    """Whether ``text`` names a run: an id, ``latest``, ``previous`` or ``latest~N``."""
    return _REF.match(text.strip().lower()) is not None


def default_location() -> Path:
    """The per-user SQLite file: ``$XDG_DATA_HOME/qa-checker/history.sqlite`` (or under ``~/.local/share``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "qa-checker" / "history.sqlite"


def resolve_url(location: str | None) -> URL:
    """The database URL of ``--store`` (see the module docstring); a bad value raises :class:`StoreError`."""
    if location is not None and not location.strip():
        raise StoreError(
            msg(
                "the store given is empty (an unset variable?): name a SQLite file, sqlite:///PATH or a "
                "postgresql:// URL; the default store ({path}) is used when none is named",
                path=str(default_location()),
            )
        )
    value = (location or "").strip() or os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not value:
        return URL.create("sqlite", database=str(default_location()))
    if "://" not in value:
        path = Path(value).expanduser()
        if path.is_dir():
            raise StoreError(
                msg(
                    "the store {store} is a folder; give a file (such as {example}) or a postgresql:// URL, or put "
                    "--store after the paths",
                    store=value,
                    example=str(path / "history.sqlite"),
                )
            )
        try:
            return URL.create("sqlite", database=str(path.resolve()))
        except (OSError, RuntimeError) as exc:  # a link loop: RuntimeError before Python 3.13
            raise StoreError(msg("the store {store} cannot be used: {error}", store=value, error=str(exc))) from None
    value = _at_signs_quoted(value)
    try:
        url = make_url(value)
    except (ArgumentError, ValueError) as exc:  # ValueError: an unreadable host or port
        shown = _without_password(value)
        port = _NOT_A_PORT.search(str(exc))
        error: str | Text = (
            msg("the port '{port}' is not a number", port=port.group(1))
            if port is not None
            else _without_password(str(exc)).replace(value, shown)
        )
        raise StoreError(msg("not a database URL: {store} ({error})", store=shown, error=error)) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError(msg("a SQLite store needs a file: sqlite:///PATH"))
        if url.query:
            raise StoreError(
                msg(
                    "a SQLite store takes no options after '?' ({options}): give sqlite:///PATH",
                    options=", ".join(sorted(url.query)),
                )
            )
        if "\0" in url.database:
            raise StoreError(
                msg("not a database URL: {store} ({error})", store=value, error=msg("a NUL character in the path"))
            )
        return url.set(drivername="sqlite")
    if backend in ("postgresql", "postgres"):
        _encodable_host(url, _without_password(value))
        return url.set(drivername="postgresql+psycopg")
    raise StoreError(
        msg("unsupported store {driver}: use sqlite:///PATH or postgresql://...", driver=str(url.drivername))
    )


def _encodable_host(url: URL, shown: str) -> None:
    """Refuse a host no resolver takes ("a..b", a label of 64 letters or more), in the URL's authority or its
    ``?host=`` option, each of a list of hosts: the resolver raised a UnicodeError from inside the database driver (a
    traceback, and a check's report lost). A socket's folder (``host=/var/run/postgresql``) and an IPv6 address in
    brackets are no host names to look up."""
    option = url.query.get("host", ())
    given = [url.host or "", *([option] if isinstance(option, str) else option)]
    for host in (part.strip() for hosts in given for part in hosts.split(",")):
        if not host or host.startswith(("[", "/")):
            continue
        try:
            host.encode("idna")
        except UnicodeError as exc:
            error = msg("the host '{host}' is no host name: {reason}", host=host, reason=str(exc))
            raise StoreError(msg("not a database URL: {store} ({error})", store=shown, error=error)) from None


# How the URL parser says that a port is not a number.
_NOT_A_PORT = regex(r"invalid literal for int\(\) with base 10: '([^']*)'")


def _at_signs_quoted(url: str) -> str:
    """``url`` with each '@' of its user name and password but the one before the host written %40: the URL
    parser ends them at the first, and would take the rest of the password for the host (sent, and shown). Only
    the URL's authority is looked at (see :func:`_authority_end`; ``?application_name=svc@node1`` is past it)."""
    scheme, mark, rest = url.partition("://")
    if rest.startswith("/"):  # no user or host: sqlite:///PATH
        return url
    end = _authority_end(rest, _AUTHORITY_END)
    user, at, host = rest[:end].rpartition("@")
    return f"{scheme}{mark}{user.replace('@', '%40')}{at}{host}{rest[end:]}" if "@" in user else url


def _authority_end(rest: str, ends: re.Pattern[str]) -> int:
    """Where the authority (user, password, host and port) of a URL ends in ``rest``, what follows its '://': at its
    path, query or fragment (one of ``ends``), but not at one typed in a password ("user:se/cr@et@host/db"): an
    authority of no '@' whose ':' is followed by no port ("user:se") cannot end there."""
    colon, at = rest.find(":"), rest.find("@")
    digits = _DIGITS.match(rest, colon + 1) if colon >= 0 else None
    port = digits.end() if digits is not None else -1  # where the digits after ':' end, read once
    for end in ends.finditer(rest):
        if (
            colon < 0
            or colon >= end.start()
            or 0 <= at < end.start()
            or rest.startswith("[")
            or colon + 1 < end.start() <= port
        ):
            return end.start()
    return len(rest)


# Where a URL's authority ends: at its path, query or fragment; in a text, at a space too.
_AUTHORITY_END = regex(r"[/?#]")
_AUTHORITY_END_IN_TEXT = regex(r"[/?#\s]")
_DIGITS = regex(r"\d*")
# How far into a text a URL's authority is looked for: one not closed within it is masked to the text's end.
_AUTHORITY_CHARS = 2048


def _without_password(text: str) -> str:
    """``text`` with the password of any ``scheme://user:password@`` in it (up to the last '@' of the authority, as
    :func:`_at_signs_quoted` reads it), and of any ``password=`` or ``sslpassword=`` parameter of its query, shown
    as ``***``."""
    shown, start = [], 0
    for user in _USER.finditer(text):
        begun = user.start() + len("://")
        if begun < start:
            continue
        window = text[begun : begun + _AUTHORITY_CHARS]
        end = _authority_end(window, _AUTHORITY_END_IN_TEXT)
        if end == len(window) < len(text) - begun:  # (every password is shorter: what follows may all be one)
            shown.append(text[start : user.end()] + "***")
            start = len(text)
            break
        authority = window[:end]
        if begun + authority.rfind("@") >= user.end():  # (an '@' before the ':' ends a user name: the port follows)
            shown.append(text[start : user.end()] + "***")
            start = begun + authority.rindex("@")
    shown.append(text[start:])
    return _QUERY_PASSWORD.sub(r"\1***", "".join(shown))


def display(url: URL) -> str:
    """The URL as shown to people: no password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return _without_password(url.set(drivername="postgresql").render_as_string(hide_password=True))


def _engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, poolclass=NullPool)
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def _connect(connection: Any, _record: Any) -> None:
        # The driver's own transaction handling is switched off: BEGIN is emitted below, so a
        # writer can take the write lock at once (BEGIN IMMEDIATE) and wait its turn instead of
        # failing when it upgrades a read lock.
        connection.isolation_level = None
        cursor = connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        _use_wal(cursor)
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("qa_checker_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _use_wal(cursor: Any) -> None:
    """Switch the database to WAL, waiting while another process holds it.

    SQLite answers a journal-mode change that meets a lock with "database is locked" at once,
    without consulting the busy timeout, so several processes opening a new store together retry here.
    """
    import sqlite3

    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


class Store:
    """An open history store (use :meth:`open`)."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self.engine = engine
        self.url = url
        # The folder :meth:`open` made for a new SQLite store (None: it was there, or no folder was needed).
        self.made_folder: Path | None = None

    @property
    def location(self) -> str:
        """Where the store is, as shown to people."""
        return display(self.url)

    @property
    def is_postgresql(self) -> bool:
        """Whether the store is a PostgreSQL database."""
        return self.url.get_backend_name() == "postgresql"

    @classmethod
    def open(cls, location: str | None = None, *, create: bool = True, upgrade: bool = True) -> Store:
        """Open (and create, when ``create``) the store at ``location``, upgrading its schema."""
        url = resolve_url(location)
        made: Path | None = None
        if url.get_backend_name() == "sqlite":
            path = Path(str(url.database))
            if not path.exists():
                if not create:
                    raise StoreError(
                        msg("no history store at {path} (record runs into it with audit --store)", path=str(path))
                    )
                # A new store's folder is made (the default store's, and one named in a folder not made yet); the
                # store says so (made_folder), and audit and check tell the user, so that a mistyped path does
                # not quietly start a second history.
                made = None if path.parent.is_dir() else path.parent
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        msg(
                            "cannot create the store folder {path}: {error}",
                            path=str(path.parent),
                            error=str(exc.strerror),
                        )
                    ) from None
        store = cls(_engine(url), url)
        store.made_folder = made
        if upgrade:
            store.upgrade()
        return store

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction, committed at the end (rolled back on any exception)."""
        try:
            with self.engine.connect() as connection:
                connection = connection.execution_options(qa_checker_write=True)
                with connection.begin():
                    yield connection
        except DBAPIError as exc:
            raise StoreError(msg("the store {store} failed: {error}", store=self.location, error=_reason(exc))) from exc

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        """One read transaction, all of whose queries see the store as it was at its first."""
        try:
            with self.engine.connect() as connection:
                if self.is_postgresql:
                    connection = connection.execution_options(isolation_level="REPEATABLE READ")
                with connection.begin(), self._readable():
                    yield connection
        except DBAPIError as exc:
            raise StoreError(msg("the store {store} failed: {error}", store=self.location, error=_reason(exc))) from exc

    @contextlib.contextmanager
    def _readable(self) -> Iterator[None]:
        """Stored values of a form qa-checker never writes (a row another program edited) as a :class:`StoreError`."""
        try:
            yield
        except (ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise StoreError(
                msg(
                    "the store {store} holds a value qa-checker did not write and cannot read ({error}); "
                    "was it changed by another program?",
                    store=self.location,
                    error=error,
                )
            ) from exc

    # Schema -----------------------------------------------------------------------------------

    def revision(self) -> str | None:
        """The schema revision the store is at (``None`` for an empty database)."""
        from alembic.runtime.migration import MigrationContext

        with self._read() as connection:
            heads = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE}).get_current_heads()
        return heads[0] if heads else None

    def upgrade(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` (the newest by default); safe when several processes do it at once."""
        from alembic import command
        from alembic.script import ScriptDirectory
        from alembic.util.exc import CommandError

        script = ScriptDirectory.from_config(_alembic_config())
        try:
            current = self.revision()
        except StoreError:
            raise
        except SQLAlchemyError as exc:
            raise StoreError(
                msg("cannot open the store {store}: {error}", store=self.location, error=_reason(exc))
            ) from None
        target = script.get_current_head() if revision == "head" else revision
        if current == target:
            return
        if current is None and not self.is_postgresql:
            self._refuse_foreign()
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError:
                raise StoreError(
                    msg(
                        "the store {store} was written by a newer qa-checker (schema revision {revision}); upgrade "
                        "qa-checker to use it",
                        store=self.location,
                        revision=str(current),
                    )
                ) from None
        with self._write() as connection:
            if self.is_postgresql:
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            command.upgrade(_alembic_config(connection), revision)

    def _refuse_foreign(self) -> None:
        """A SQLite file that holds tables of its own but no qa-checker schema is another program's database:
        refused, never written into (``--store other-app.sqlite`` would add the history's tables to it). The
        history's own tables are no sign of that: another qa-checker may have just made them."""
        from sqlalchemy import inspect

        with self._read() as connection:
            tables = sorted(set(inspect(connection).get_table_names()) - _OWN_TABLES)
        if tables:
            raise StoreError(
                msg(
                    "the store {store} is another program's database (it holds the tables {tables} and no "
                    "qa-checker history); name a new file",
                    store=self.location,
                    tables=listed(tables),
                )
            )

    # Writing ----------------------------------------------------------------------------------

    def record(
        self, report: Report, *, options: Mapping[str, Any] | None = None, keep_personal_data: bool = False
    ) -> RunInfo:
        """Store a finished run: its stamp, options, results and findings, all or nothing.

        Results and findings are made and inserted a chunk of :data:`_CHUNK` rows at a time, so a run of
        any size (kept on disk) is recorded in bounded memory."""
        run_row = records.run_row(report, options=options or {}, keep_personal_data=keep_personal_data)
        with self._write() as connection:
            if self.is_postgresql:
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _RECORD_LOCK})
            else:  # SQLite would give the id of a pruned newest run again
                given = connection.execute(select(func.max(run_ids.c.last))).scalar()
                newest = connection.execute(select(func.max(runs.c.id))).scalar()
                run_row["id"] = max(int(given or 0), int(newest or 0)) + 1
            inserted = connection.execute(runs.insert().values(**run_row)).inserted_primary_key
            assert inserted is not None
            run_id = int(inserted[0])
            connection.execute(run_ids.delete())
            connection.execute(run_ids.insert().values(last=run_id))
            pending: dict[str, list[dict[str, Any]]] = {"results": [], "findings": []}
            for result_row, finding_rows in records.result_rows(report, keep_personal_data=keep_personal_data):
                pending["results"].append(dict(result_row, run_id=run_id))
                pending["findings"].extend(dict(f, run_id=run_id) for f in finding_rows)
                if max(map(len, pending.values())) >= _CHUNK:
                    self._flush(connection, pending)
            self._flush(connection, pending)
            connection.execute(runs.update().where(runs.c.id == run_id).values(complete=True))
        return self.run(run_id)

    def _flush(self, connection: Connection, pending: dict[str, list[dict[str, Any]]]) -> None:
        """Insert the pending rows, results before the findings that refer to them, and empty the lists."""
        for table in ("results", "findings"):
            if pending[table]:
                self._insert(connection, table, pending[table])
                pending[table] = []

    def _insert(self, connection: Connection, table: str, rows: list[dict[str, Any]]) -> None:
        connection.execute({"results": results, "findings": findings}[table].insert(), rows)

    def prune_before(self, moment: datetime) -> int:
        """Delete the runs made before ``moment`` (their run time), and any incomplete run; the number deleted."""
        cutoff = records.utc_naive(moment)
        old = (runs.c.run_at < cutoff) | (runs.c.run_at.is_(None) & (runs.c.recorded_at < cutoff))
        with self._write() as connection:
            doomed = [
                row.id
                for row in connection.execute(
                    select(runs.c.id, runs.c.complete).where(old | runs.c.complete.is_(False))
                )
            ]
            counted = connection.execute(select(func.count()).select_from(runs).where(old & runs.c.complete)).scalar()
            for start in range(0, len(doomed), 500):
                ids = doomed[start : start + 500]
                connection.execute(findings.delete().where(findings.c.run_id.in_(ids)))
                connection.execute(results.delete().where(results.c.run_id.in_(ids)))
                connection.execute(runs.delete().where(runs.c.id.in_(ids)))
        return int(counted or 0)

    # Reading ----------------------------------------------------------------------------------

    def runs(self) -> list[RunInfo]:
        """Every complete run, oldest first."""
        with self._read() as connection:
            rows = connection.execute(select(runs).where(runs.c.complete.is_(True)).order_by(runs.c.id)).mappings()
            return [_info(row) for row in rows]

    def run(self, ref: str | int) -> RunInfo:
        """One complete run by id, ``latest``, ``previous`` or ``latest~N`` (N runs before the latest)."""
        run_id = self.resolve(ref)
        with self._read() as connection:
            row = connection.execute(select(runs).where(runs.c.id == run_id)).mappings().first()
            if row is None:
                raise StoreError(msg("no run {run} in {store}", run=str(run_id), store=self.location))
            return _info(row)

    def resolve(self, ref: str | int) -> int:
        """The id of the complete run ``ref`` names: an id, ``latest``, ``latest~N`` (N runs before the latest),
        ``previous`` (the run the latest was compared with: the most recent earlier run of any of its descriptors,
        as :meth:`previous_for` finds it) or ``previous~N`` (N such steps further back)."""
        return self.resolve_all([ref])[0]

    def resolve_all(self, refs: Sequence[str | int]) -> list[int]:
        """The ids ``refs`` name, resolved in one transaction: a run recorded meanwhile cannot shift
        ``previous`` and ``latest`` apart."""
        with self._read() as connection:
            return [self._resolve(connection, ref) for ref in refs]

    def _resolve(self, connection: Connection, ref: str | int) -> int:
        match = _REF.match(str(ref).strip().lower())
        if match is None:
            raise StoreError(msg("not a run: {ref} (give a run id, latest, previous or latest~N)", ref=repr(ref)))
        word, back, number = match.groups()
        if number is not None:
            found = (
                connection.execute(
                    select(runs.c.id).where(runs.c.id == int(number), runs.c.complete.is_(True))
                ).scalar()
                if len(number) <= _ID_DIGITS
                else None
            )
            if found is None:
                raise StoreError(msg("no run {run} in {store}", run=str(number), store=self.location))
            return int(found)
        steps = int(back) if back and len(back) <= _ID_DIGITS else 0 if not back else None
        newest = select(runs.c.id).where(runs.c.complete.is_(True)).order_by(runs.c.id.desc()).limit(1)
        if steps is None:
            found = None
        elif word == "latest":
            found = connection.execute(newest.offset(steps)).scalar()
        else:
            found = connection.execute(newest).scalar()
            rubric = None if found is None else self._run_row(connection, found)["rubric_id"]
            for _ in range(steps + 1):
                if found is None:
                    break
                found = self._previous(connection, self._keys_of(connection, found), before=found, rubric=rubric)
        if found is None:
            have = int(connection.execute(select(func.count()).where(runs.c.complete.is_(True))).scalar() or 0)
            raise StoreError(
                plural(
                    "{ref} names no run: {store} holds {count} run",
                    "{ref} names no run: {store} holds {count} runs",
                    have,
                    ref=str(ref),
                    store=self.location,
                )
            )
        return int(found)

    def _run_row(self, connection: Connection, run_id: int) -> dict[str, Any]:
        run = connection.execute(select(runs).where(runs.c.id == run_id, runs.c.complete.is_(True))).mappings().first()
        if run is None:
            raise StoreError(msg("no run {run} in {store}", run=str(run_id), store=self.location))
        return _plain(run)

    def _rows(self, ref: str | int) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
        with self._read() as connection:
            run_id = self._resolve(connection, ref)
            run = self._run_row(connection, run_id)
            result_rows = list(
                connection.execute(
                    select(results).where(results.c.run_id == run_id).order_by(results.c.position)
                ).mappings()
            )
            finding_rows = list(
                connection.execute(
                    select(findings)
                    .where(findings.c.run_id == run_id)
                    .order_by(findings.c.result_position, findings.c.position)
                ).mappings()
            )
            return run, [_plain(r) for r in result_rows], [_plain(f) for f in finding_rows]

    def export(self, ref: str | int) -> dict[str, Any]:
        """A run as the ``report.json`` contract (without what :mod:`~qa_checker.store.records` does not store)."""
        rows = self._rows(ref)
        with self._readable():
            return records.to_report_json(*rows)

    def snapshot(self, ref: str | int) -> Snapshot:
        """A run, to compare with :func:`qa_checker.diff.diff`: its results and findings read in order, a
        chunk at a time, without the descriptors' data; only the comparison's states are held."""
        with self._read() as connection:
            return self._snapshot(connection, self._resolve(connection, ref))

    def _snapshot(self, connection: Connection, run_id: int) -> Snapshot:
        streamed = {"yield_per": _CHUNK}
        run = self._run_row(connection, run_id)
        stored = select(*(c for c in results.c if c.name != "data")).where(results.c.run_id == run_id)
        found = select(findings.c.result_position, findings.c.position, findings.c.document, findings.c.texts).where(
            findings.c.run_id == run_id
        )
        rows = connection.execute(stored.order_by(results.c.position), execution_options=streamed).mappings()
        finding_rows = connection.execute(
            found.order_by(findings.c.result_position, findings.c.position), execution_options=streamed
        ).mappings()
        return records.to_snapshot(run, map(_plain, rows), map(_plain, finding_rows), ordered=True)

    def previous_for(
        self, snapshot: Snapshot, *, before: int | None = None, rubric: str | None = None
    ) -> Snapshot | None:
        """The most recent run (before run ``before``) that checked any of the same descriptors, under the rubric
        ``rubric`` (an id) when one did, else under any: an agency auditing under a national profile and the EU
        rubric compares each audit with the last one under the same rubric.

        Descriptors are the same by content hash, or by id or source (as :func:`qa_checker.diff.diff` matches
        them) of the same provider: in a store an agency shares, another provider's ``course-1`` or
        ``inbox/offer.yaml`` is not this one's. The run is read as :meth:`snapshot` reads it, in the same
        transaction, so a prune meanwhile cannot take it away between finding and reading it.
        """
        keys = _Keys.of((d.id, d.sha256, d.source, d.provider) for d in snapshot.descriptors)
        with self._read() as connection:
            found = self._previous(connection, keys, before=before, rubric=rubric)
            return None if found is None else self._snapshot(connection, found)

    def _keys_of(self, connection: Connection, run_id: int) -> _Keys:
        """The keys of the descriptors of a stored run."""
        columns = (results.c.descriptor_id, results.c.sha256, results.c.source, results.c.provider)
        return _Keys.of(tuple(row) for row in connection.execute(select(*columns).where(results.c.run_id == run_id)))

    def _previous(self, connection: Connection, keys: _Keys, *, before: int | None, rubric: str | None) -> int | None:
        """The id :meth:`previous_for` names, read in ``connection``."""
        fallback: int | None = None
        query = select(runs.c.id, runs.c.rubric_id).where(runs.c.complete.is_(True))
        if before is not None:
            query = query.where(runs.c.id < before)
        candidates = list(connection.execute(query.order_by(runs.c.id.desc()).limit(_PREVIOUS_SEARCH)))
        for run_id, rubric_id in candidates:
            if fallback is not None and rubric_id != rubric:
                continue
            stored = connection.execute(
                select(results.c.descriptor_id, results.c.sha256, results.c.source, results.c.provider).where(
                    results.c.run_id == run_id
                )
            )
            if any(keys.shares(*row) for row in stored):
                if rubric is None or rubric_id == rubric:
                    return int(run_id)
                fallback = int(run_id)
        return fallback

    def provider_trajectory(self, provider: str) -> list[dict[str, Any]]:
        """Per run that checked the provider's descriptors: counts by status and mean score.

        A file that could not be read names no provider; as the diff counts it, it is the provider's when the
        provider had a descriptor at its source (in any run), so an unreadable cycle counts an error, not a gap.
        """
        from qa_checker.table import UNKNOWN_PROVIDER

        # Names are matched here, not in SQL: SQLite's lower() folds only ASCII letters.
        names = [name for name in self.providers() if name.casefold() == provider.casefold()]
        unread = and_(results.c.provider.is_(None), results.c.status == "error")
        if provider == UNKNOWN_PROVIDER:
            named = select(results.c.source).where(results.c.provider.is_not(None))
            who = and_(results.c.provider.is_(None), not_(and_(unread, results.c.source.in_(named))))
        else:
            theirs = select(results.c.source).where(results.c.provider.in_(names))
            who = or_(results.c.provider.in_(names), and_(unread, results.c.source.in_(theirs)))
        query = (
            select(
                runs.c.id,
                runs.c.generated_at,
                func.count().label("descriptors"),
                *(
                    func.sum(case((results.c.status == s, 1), else_=0)).label(f"n_{s}")
                    for s in ("pass", "fail", "error")
                ),
                func.avg(results.c.score).label("mean_score"),
            )
            .select_from(results.join(runs, runs.c.id == results.c.run_id))
            .where(runs.c.complete.is_(True), who)
            .group_by(runs.c.id, runs.c.generated_at)
            .order_by(runs.c.id)
        )
        with self._read() as connection:
            return [
                {
                    "run": row.id,
                    "generated_at": row.generated_at,
                    "descriptors": int(row.descriptors),
                    "pass": int(row.n_pass or 0),
                    "fail": int(row.n_fail or 0),
                    "error": int(row.n_error or 0),
                    "mean_score": round(float(row.mean_score), 1) if row.mean_score is not None else None,
                }
                for row in connection.execute(query)
            ]

    def descriptor_trajectory(self, descriptor_id: str) -> list[dict[str, Any]]:
        """Per run that checked the descriptor: where it was, its id, status, score and counting findings.

        A run in which its file could not be read (no id, as the diff matches it: at a source where the
        descriptor was) is one of its runs too, so an unreadable cycle is no gap in its history.
        """
        counting = (
            select(func.count())
            .where(
                findings.c.run_id == results.c.run_id,
                findings.c.result_position == results.c.position,
                findings.c.waived.is_(False),
                findings.c.severity != "info",
            )
            .correlate(results)
            .scalar_subquery()
        )
        query = (
            select(
                runs.c.id,
                runs.c.generated_at,
                results.c.source,
                results.c.provider,
                results.c.title,
                results.c.status,
                results.c.score,
                counting.label("findings"),
            )
            .select_from(results.join(runs, runs.c.id == results.c.run_id))
            .where(runs.c.complete.is_(True))
            .order_by(runs.c.id, results.c.position)
        )
        with self._read() as connection:
            found = list(connection.execute(query.where(results.c.descriptor_id == descriptor_id)))
            sources = sorted({row.source for row in found})
            seen = {row.id for row in found}
            unread = connection.execute(
                query.where(results.c.descriptor_id.is_(None), results.c.source.in_(sources), runs.c.id.not_in(seen))
            )
            rows = sorted([*found, *unread], key=lambda row: row.id)
            for row in rows:
                _plain(row._mapping)
            return [
                {
                    "run": row.id,
                    "generated_at": row.generated_at,
                    "id": descriptor_id if row.id in seen else None,
                    "source": row.source,
                    "provider": row.provider,
                    "title": row.title,
                    "status": row.status,
                    "score": row.score,
                    "findings": int(row.findings),
                }
                for row in rows
            ]

    def providers(self) -> list[str]:
        """Every provider name recorded, for suggestions."""
        with self._read() as connection:
            return sorted(
                {row[0] for row in connection.execute(select(results.c.provider).distinct()) if row[0] is not None},
                key=str.casefold,
            )


@dataclass(frozen=True)
class _Keys:
    """What makes a stored descriptor one of a run's: its content hash, or its id or source with the provider
    (``None``: a file that could not be read, which names none) of that descriptor there."""

    hashes: frozenset[str]
    providers: Mapping[tuple[str, str], frozenset[str | None]]

    @classmethod
    def of(cls, rows: Iterable[tuple[str | None, str | None, str, str | None]]) -> _Keys:
        """The keys of descriptors given as ``(id, sha256, source, provider)``."""
        hashes: set[str] = set()
        providers: dict[tuple[str, str], set[str | None]] = {}
        for descriptor_id, sha256, source, provider in rows:
            if sha256:
                hashes.add(sha256)
            for key in (("id", descriptor_id), ("source", source)):
                if key[1]:
                    providers.setdefault((key[0], str(key[1])), set()).add(provider)
        return cls(frozenset(hashes), {k: frozenset(v) for k, v in providers.items()})

    def shares(self, descriptor_id: str | None, sha256: str | None, source: str, provider: str | None) -> bool:
        """Whether the descriptor given so is one of these."""
        if sha256 and sha256 in self.hashes:
            return True
        for key in (("id", descriptor_id), ("source", source)):
            theirs = self.providers.get((key[0], str(key[1]))) if key[1] else None
            if theirs is not None and (provider is None or None in theirs or provider in theirs):
                return True
        return False


# The Python type each column's values come back as (JSON columns aside), and the values a column may hold:
# SQLite keeps whatever another program writes into a column, whatever its declared type.
_COLUMN_TYPES: dict[str, type] = {
    column.name: column.type.python_type
    for table in (runs, results, findings)
    for column in table.c
    if not isinstance(column.type, JSON)
}
_COLUMN_VALUES: dict[str, tuple[str, ...]] = {"status": STATUSES, "severity": tuple(s.value for s in Severity)}


def _plain(row: RowMapping) -> dict[str, Any]:
    """A stored row as a dict, each value of its column's type (a :class:`ValueError` naming the column if not)."""
    plain = {str(key): value for key, value in row.items()}
    for key, value in plain.items():
        _check_value(key, value)
    return plain


def _check_value(column: str, value: Any) -> None:
    """Refuse a stored value qa-checker never writes in ``column``: another type, an unknown status or
    severity, a score outside 0-100."""
    expected = _COLUMN_TYPES.get(column)
    if value is None or expected is None:
        return
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    wrong = not isinstance(value, expected) or (expected is int and isinstance(value, bool))
    if not wrong and column in _COLUMN_VALUES:
        wrong = value not in _COLUMN_VALUES[column]
    if not wrong and column == "score":
        wrong = not 0 <= value <= 100
    if wrong:
        raise ValueError(f"{column} holds {_shortened(repr(value))}")


def _shortened(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _info(row: RowMapping) -> RunInfo:
    _plain(row)
    return RunInfo(
        id=int(row["id"]),
        generated_at=row["generated_at"],
        recorded_at=row["recorded_at"],
        command=row["command"],
        tool_version=row["tool_version"],
        rubric=f"{row['rubric_id']} {row['rubric_version']}",
        descriptors=row["descriptors"],
        passed=row["passed"],
        failed=row["failed"],
        errors=row["errors"],
        mean_score=row["mean_score"],
        personal_data_kept=bool(row["personal_data_kept"]),
        options=row["options"] or {},
    )


def _reason(exc: SQLAlchemyError) -> str:
    original = getattr(exc, "orig", None)
    text_ = str(original if original is not None else exc).strip().splitlines()
    return text_[0] if text_ else type(exc).__name__
