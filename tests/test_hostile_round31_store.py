"""Hostile round 31: what the history store writes over, what it shows of a password, and what it keeps of a
learner's name."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NOW = ("--now", "2026-11-29")

Run = Callable[..., Result]


def test_check_refuses_an_output_naming_its_new_store(tmp_path: Path, run_cli: Run) -> None:
    """The store is made and the run recorded before the report is written: a report over it would replace the
    history just recorded, so it is refused before anything is written, the store there or not."""
    both = tmp_path / "r.json"

    result = run_cli("check", str(SAMPLES / "offers"), *NOW, "--format", "json", "--store", str(both), "-o", str(both))

    assert result.exit_code == 2 and "a file this command reads" in result.output
    assert not both.exists()


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal"])
def test_no_report_is_written_over_the_files_sqlite_keeps_beside_the_store(
    tmp_path: Path, run_cli: Run, companion: str
) -> None:
    """A report in the store's write-ahead log or rollback journal would be read back as a hot journal: refused, for
    check and for history --export (which checked none of its outputs against the store it reads)."""
    store = tmp_path / "h.sqlite"
    assert run_cli("check", str(SAMPLES / "offers"), *NOW, "--store", str(store)).exit_code in (0, 1)
    beside = f"{store}{companion}"
    for command in (
        ("check", str(SAMPLES / "offers"), *NOW, "--format", "json", "--store", str(store), "-o", beside),
        ("history", "--store", str(store), "--export", "latest", "-o", beside),
        ("history", "--store", str(store), "--export", "latest", "-o", str(store)),
    ):
        result = run_cli(*command)
        assert result.exit_code == 2 and "a file this command reads" in result.output, command
    assert not Path(beside).exists()


def test_audit_refuses_a_store_among_its_report_files(tmp_path: Path, run_cli: Run) -> None:
    out = tmp_path / "out"
    store = f"sqlite:///{out / 'report.json'}"

    result = run_cli("audit", str(SAMPLES / "offers"), "--out", str(out), "--store", store, *NOW)

    assert result.exit_code == 2 and "--out" in result.output
    assert not (out / "report.json").exists()


@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_store_naming_an_input_is_refused(tmp_path: Path, run_cli: Run, command: str) -> None:
    """An empty input is what SQLite takes for a new database: recorded into, it would become one."""
    empty = tmp_path / "empty.yaml"
    empty.touch()
    given = ("--out", str(tmp_path / "out")) if command == "audit" else ()

    result = run_cli(command, str(empty), *given, "--store", str(empty), *NOW)

    assert result.exit_code == 2 and "--store" in result.output
    assert empty.read_bytes() == b"" and not (tmp_path / "empty.yaml-wal").exists()


def test_a_store_under_an_input_folder_a_run_reads_is_refused(tmp_path: Path, run_cli: Run) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    course = folder / "course.yaml"
    shutil.copy(SAMPLES / "offers" / "data-ethics-nl.yaml", course)
    before = course.read_bytes()

    result = run_cli("check", str(folder), "--store", str(course), *NOW)

    assert result.exit_code == 2 and course.read_bytes() == before


def test_no_part_of_a_password_with_an_at_sign_is_shown(run_cli: Run) -> None:
    """A password's '@' not written %40 ends no user name: the URL's user and password run to its last '@'."""
    pytest.importorskip("psycopg")
    secret = "Start@Tail-0f-Secret"

    result = run_cli("history", "--store", f"postgresql://bob:{secret}@127.0.0.1:1/db")

    assert result.exit_code == 2 and "postgresql://bob:***@127.0.0.1:1/db" in result.output
    assert "Tail-0f-Secret" not in result.output and "Start" not in result.output


def test_a_url_s_user_and_password_run_to_its_last_at_sign() -> None:
    from qa_checker.store import _without_password, resolve_url

    url = resolve_url("postgresql://bob@server:Start@Tail@db.example:5432/history")
    assert (url.username, url.password, url.host, url.database) == ("bob@server", "Start@Tail", "db.example", "history")
    assert resolve_url("sqlite:////tmp/a@b@c.sqlite").database == "/tmp/a@b@c.sqlite"
    shown = _without_password("postgresql://bob@server:Start@Tail@db.example:x/history failed")
    assert shown == "postgresql://bob@server:***@db.example:x/history failed"
    # a '/', '?', '#' or space typed in a password ends no authority: no part of it is taken for the host or shown
    for secret in ("se/cr@et", "a?b@c", "p#q@r", "pass word"):
        url = resolve_url(f"postgresql://user:{secret}@localhost:1/db")
        assert (url.password, url.host, url.port, url.database) == (secret, "localhost", 1, "db"), secret
        shown = _without_password(f"could not connect to postgresql://user:{secret}@localhost:xx/db: refused")
        assert shown == "could not connect to postgresql://user:***@localhost:xx/db: refused", secret
    assert _without_password("postgresql://u@h:5432/db?x=a@b") == "postgresql://u@h:5432/db?x=a@b"
    # an '@' past the host (in the database's name or the query) is no part of the password
    for given, database in (("mydb?application_name=svc@node1", "mydb"), ("team@prod", "team@prod")):
        url = resolve_url(f"postgresql://u:p@db.example.com/{given}")
        assert (url.password, url.host, url.database) == ("p", "db.example.com", database)


def test_a_password_is_masked_in_linear_time() -> None:
    """'p://u:' repeated (no '@') had each of its URLs scanned to the text's end: 40 KB took 30 s. CPU times on 40 KB and
    400 KB are compared, no wall-clock limit asserted."""
    import time

    from qa_checker.store import _without_password

    def spent(size: int) -> float:
        text = "postgresql://u:" + "p://u:" * (size // 6)
        start = time.thread_time()
        shown = _without_password(text)
        assert "p://u:p" not in shown
        return time.thread_time() - start

    small = large = float("inf")
    for _ in range(3):
        small, large = min(small, spent(40_000)), min(large, spent(400_000))
        if large / max(small, 0.001) <= 30:
            break
    assert large / max(small, 0.001) <= 30, (small, large)


def test_a_store_host_no_resolver_takes_is_refused_in_one_line(run_cli: Run) -> None:
    """'a..b' (an empty label) or a label of 64 letters raised a UnicodeError from the driver: a traceback, and a
    check's report lost."""
    pytest.importorskip("psycopg")
    for host in ("a..b", "a" * 70 + ".example"):
        result = run_cli("history", "--store", f"postgresql://user:S3CR3T@{host}/db")
        assert result.exit_code == 2 and f"the host '{host}' is no host name" in result.output, result.output
        assert "S3CR3T" not in result.output


@pytest.mark.parametrize("query", ["host=a..b", "host=db1.example,a..b", "host=db1.example&host=a..b", "host=%20a..b"])
def test_a_host_no_resolver_takes_in_the_urls_options_is_refused_in_one_line(run_cli: Run, query: str) -> None:
    """libpq takes the host from '?host=' too, a list of them at commas: 'a..b' there raised the driver's
    UnicodeError as the authority's did."""
    pytest.importorskip("psycopg")
    for authority in ("user:S3CR3T@localhost", "user:S3CR3T@"):
        result = run_cli("history", "--store", f"postgresql://{authority}/db?{query}")
        assert result.exit_code == 2 and "the host 'a..b' is no host name" in result.output, result.output
        assert "S3CR3T" not in result.output and "Traceback" not in result.output


def test_a_learner_s_name_in_a_file_name_is_nowhere_in_the_store(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Removed from the stored run as from its result's source: the stamp's inputs, the providers' sources and the
    paths given, whether a folder or the file itself, relative or absolute."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pd").mkdir()
    shutil.copy(SAMPLES / "credentials" / "eu-elm-annex1-sample.yaml", tmp_path / "pd" / "Andromeda Ana.yaml")

    for path in ("pd", "pd/Andromeda Ana.yaml", str(tmp_path / "pd" / "Andromeda Ana.yaml")):
        result = run_cli("audit", path, "--out", "out", "--store", "h.sqlite", *NOW)
        assert result.exit_code in (0, 1), result.output

    with sqlite3.connect(tmp_path / "h.sqlite") as db:
        stored = [
            " ".join(map(str, row)) for table in ("runs", "results") for row in db.execute(f"select * from {table}")
        ]
    assert stored and not any("Andromeda" in row for row in stored)
    assert any('"pd/[personal data removed].yaml"' in row for row in stored)
    for run in ("1", "2", "3"):
        exported = run_cli("history", "--store", "h.sqlite", "--export", run)
        assert exported.exit_code == 0 and "Andromeda" not in exported.output


def test_kept_personal_data_keeps_the_file_name(tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLES / "credentials" / "eu-elm-annex1-sample.yaml", tmp_path / "Andromeda Ana.yaml")

    run_cli("check", "Andromeda Ana.yaml", "--store", "h.sqlite", "--keep-personal-data", *NOW)

    with sqlite3.connect(tmp_path / "h.sqlite") as db:
        report, options = db.execute("select report, options from runs").fetchone()
    assert "Andromeda Ana.yaml" in report and "Andromeda Ana.yaml" in options
