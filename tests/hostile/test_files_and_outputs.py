"""Hostile files on disk and hostile text in the outputs: nothing hangs, crashes or is half written.

A. Only regular files are opened: FIFOs, sockets, devices, links to them, link loops and links
   leaving the folder given are each one ``MC-LD-001`` error result, beside good descriptors that
   keep their results in every output. Entries that could block run in a subprocess with a
   timeout, so a regression fails instead of hanging the suite.
B. The outputs: control characters shown visibly on the terminal, CSV cells neutralised as the
   workbook's are, lone surrogates written safely, reports replaced atomically and all together,
   write failures and Ctrl-C as one line with exit 2 and 130.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import click
import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from markupsafe import escape

from qa_checker import cells, ids, writing
from qa_checker.cli import cli
from qa_checker.elements import ELEMENTS
from qa_checker.findings import Finding, Origin, Severity, Waiver
from qa_checker.limits import Limits
from qa_checker.loaders import Loaders, load_file, open_regular
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.reporting import excel, html, json_, text, workbook
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report
from qa_checker.table import dataset_files

ROOT = Path(__file__).resolve().parents[2]
GOOD_OFFER = ROOT / "qa_checker" / "data" / "good-offer.yaml"
NOW = "2026-11-29T12:00:00+00:00"
TIMEOUT = 60
GOOD_NAMES = ("a-good.yaml", "z-good.yaml")


# --- helpers -------------------------------------------------------------------------------------


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str


def html_report(out: Path) -> str:
    """The whole HTML report: the index ``report.html`` and the pages it links in ``report-pages/``."""
    pages = [out / "report.html", *sorted((out / "report-pages").glob("*.html"))]
    return "\n".join(page.read_text(encoding="utf-8") for page in pages)


def qa(*args: str, isolated: bool = False) -> Outcome:
    """Run the CLI: in a subprocess with a timeout when the input could block, else in-process."""
    if isolated:
        done = subprocess.run(
            [sys.executable, "-m", "qa_checker", *args], capture_output=True, timeout=TIMEOUT, check=False
        )
        return Outcome(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return Outcome(result.exit_code, result.stdout, result.stderr)


def good_descriptor(path: Path, identifier: str) -> Path:
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["id"] = identifier
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder with two good descriptors, to put one hostile entry beside."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in GOOD_NAMES:
        good_descriptor(folder / name, name.removesuffix(".yaml"))
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the batch, holding what links point out to."""
    folder = tmp_path / "outside"
    folder.mkdir()
    good_descriptor(folder / "secret.yaml", "not-handed-in")
    return folder


@pytest.fixture(scope="module")
def good_score() -> float:
    """The score the good descriptor gets on its own."""
    outcome = qa("check", str(GOOD_OFFER), "--format", "json", "--now", NOW)
    return float(json.loads(outcome.stdout)["results"][0]["score"])


def shown(folder: Path, path: Path) -> str:
    """How every output names a file under the absolute input ``folder``: from the folder's last part."""
    return PurePosixPath(folder.name, *path.relative_to(folder).parts).as_posix()


def by_source(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["source"]: r for r in results}


def sheet(path: Path, title: str) -> list[dict[str, Any]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook[title].iter_rows(values_only=True))
    workbook.close()
    return [dict(zip(rows[0], row)) for row in rows[1:]]


def assert_refused(result: dict[str, Any], says: str) -> None:
    assert result["status"] == "error", result
    [finding] = result["findings"]
    assert finding["rule"] == ids.UNREADABLE and finding["severity"] == "error"
    assert says in finding["message"], finding["message"]
    assert "skipped" in finding["message"] or "not searched" in finding["message"], finding["message"]
    assert finding["hint"]


def assert_good(results: dict[str, dict[str, Any]], folder: Path, score: float, *, directly: bool = False) -> None:
    """The good files pass; named under ``folder``, or by their own name when they were named ``directly``."""
    for name in GOOD_NAMES:
        result = results[name if directly else shown(folder, folder / name)]
        assert (result["status"], result["score"]) == ("pass", score), result


def check_every_output(folder: Path, entry: Path, says: str, score: float, out: Path, *, isolated: bool) -> None:
    """check --format json and audit (JSON, workbook, HTML, CSV) all report the entry and keep the good results."""
    checked = qa("check", str(folder), "--format", "json", "--now", NOW, isolated=isolated)
    assert checked.code == 1, checked.stderr
    assert "Traceback" not in checked.stderr
    assert str(folder) not in checked.stdout  # no output shows the absolute local path
    results = by_source(json.loads(checked.stdout)["results"])
    assert sorted(results) == sorted([shown(folder, entry), *(shown(folder, folder / n) for n in GOOD_NAMES)])
    assert_refused(results[shown(folder, entry)], says)
    assert_good(results, folder, score)

    audited = qa(
        "audit", str(folder), "--out", str(out), "--dataset", str(out / "table.csv"), "--now", NOW, isolated=isolated
    )
    assert audited.code == 1, audited.stderr
    assert "Traceback" not in audited.stderr
    report = by_source(json.loads((out / "report.json").read_text(encoding="utf-8"))["results"])
    assert report == results
    rows = by_source(sheet(out / "report.xlsx", "Descriptors"))
    assert {source: row["status"] for source, row in rows.items()} == {s: r["status"] for s, r in results.items()}
    assert all(rows[shown(folder, folder / n)]["score"] == score for n in GOOD_NAMES)
    [finding] = [f for f in sheet(out / "report.xlsx", "Findings") if f["source"] == shown(folder, entry)]
    assert finding["rule"] == ids.UNREADABLE and says in finding["message"]
    page = html_report(out)
    assert str(escape(results[shown(folder, entry)]["findings"][0]["message"])) in page
    assert all(str(escape(shown(folder, folder / n))) in page for n in GOOD_NAMES)
    assert str(folder) not in page
    with (out / "table.csv").open(encoding="utf-8", newline="") as handle:
        table = {row["source"]: row for row in csv.DictReader(handle)}
    assert {s: row["status"] for s, row in table.items()} == {s: r["status"] for s, r in results.items()}


@contextmanager
def within(seconds: int) -> Iterator[None]:
    """Fail instead of hanging when the block blocks (SIGALRM interrupts a blocking open)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"blocked for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- A. only regular files are read --------------------------------------------------------------


def _fifo(entry: Path, outside: Path) -> None:
    os.mkfifo(entry)


def _socket(entry: Path, outside: Path) -> None:
    # Bound by its name relative to the folder: a socket path is limited to about 100 bytes.
    here = os.getcwd()
    os.chdir(entry.parent)
    try:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(entry.name)
    finally:
        os.chdir(here)


def _link_to(target: Callable[[Path], str]) -> Callable[[Path, Path], None]:
    def make(entry: Path, outside: Path) -> None:
        os.symlink(target(outside), entry)

    return make


def _link_to_fifo(entry: Path, outside: Path) -> None:
    os.mkfifo(outside / "pipe")
    os.symlink(outside / "pipe", entry)


@dataclass(frozen=True)
class Entry:
    name: str
    make: Callable[[Path, Path], None]
    says: str
    blocks: bool = False  # would block or exhaust the checker if opened: run in a subprocess


ENTRIES = [
    Entry("pipe.yaml", _fifo, "a FIFO (named pipe), not a regular file", blocks=True),
    Entry("socket.json", _socket, "a socket, not a regular file"),
    Entry(
        "zero.json", _link_to(lambda _: "/dev/zero"), "a symbolic link to a character device (.../zero)", blocks=True
    ),
    Entry("pipe-link.yaml", _link_to_fifo, "a symbolic link to a FIFO (named pipe)", blocks=True),
    Entry("loop.yaml", _link_to(lambda _: "loop.yaml"), "a symbolic link loop"),
    # An absolute target is named by its last part: no report shows a local path.
    Entry("elsewhere.yaml", _link_to(lambda outside: str(outside / "secret.yaml")), "link to .../secret.yaml, outside"),
    Entry("elsewhere", _link_to(lambda outside: str(outside)), "a symbolic link to the folder"),
]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_hostile_entry_in_a_folder_is_one_error_and_never_opened(
    entry: Entry, batch: Path, outside: Path, tmp_path: Path, good_score: float
) -> None:
    path = batch / entry.name
    entry.make(path, outside)
    check_every_output(batch, path, entry.says, good_score, tmp_path / "out", isolated=entry.blocks)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.blocks or e.name == "loop.yaml"], ids=lambda e: e.name)
def test_a_hostile_entry_named_directly_is_refused_the_same_way(
    entry: Entry, batch: Path, outside: Path, good_score: float
) -> None:
    path = batch / entry.name
    entry.make(path, outside)
    goods = [str(batch / n) for n in GOOD_NAMES]
    if entry.name == "loop.yaml":
        # The command line refuses a path it cannot resolve before anything runs; the Python API reports it.
        documents = [d for p in Loaders().iter_files([path]) for d in Loaders().load_path(p)]
        assert [(d.source, d.findings[0].rule) for d in documents] == [(str(path), ids.UNREADABLE)]
        assert entry.says in documents[0].findings[0].message
        return
    checked = qa("check", str(path), *goods, "--format", "json", "--now", NOW, isolated=True)
    assert checked.code == 1 and "Traceback" not in checked.stderr
    results = by_source(json.loads(checked.stdout)["results"])
    assert_refused(results[path.name], entry.says)  # a file named directly is shown by its name
    assert_good(results, batch, good_score, directly=True)


def test_a_device_named_directly_is_refused(batch: Path, good_score: float) -> None:
    checked = qa("check", "/dev/zero", str(batch), "--format", "json", "--now", NOW, isolated=True)
    results = by_source(json.loads(checked.stdout)["results"])
    assert_refused(results["zero"], "a character device, not a regular file")
    assert_good(results, batch, good_score)


def test_a_link_named_directly_may_point_anywhere(batch: Path, outside: Path, good_score: float) -> None:
    """Naming a path is the choice of what to check, so a link to a regular file outside is read."""
    link = batch.parent / "chosen.yaml"
    os.symlink(outside / "secret.yaml", link)
    results = by_source(json.loads(qa("check", str(link), "--format", "json", "--now", NOW).stdout)["results"])
    assert (results[link.name]["status"], results[link.name]["score"]) == ("pass", good_score)


def test_a_folder_link_back_up_the_tree_is_not_walked(batch: Path, good_score: float) -> None:
    (batch / "sub").mkdir()
    os.symlink("..", batch / "sub" / "up")
    os.symlink(batch, batch / "sub" / "again")
    checked = qa("check", str(batch), "--format", "json", "--now", NOW, isolated=True)
    results = by_source(json.loads(checked.stdout)["results"])
    assert sorted(results) == [shown(batch, batch / n) for n in GOOD_NAMES]
    assert_good(results, batch, good_score)


def test_a_link_inside_the_folder_to_a_file_inside_is_read(batch: Path, good_score: float) -> None:
    os.symlink("a-good.yaml", batch / "b-alias.yaml")
    results = by_source(json.loads(qa("check", str(batch), "--format", "json", "--now", NOW).stdout)["results"])
    alias = shown(batch, batch / "b-alias.yaml")
    assert (results[alias]["status"], results[alias]["score"]) == (
        "pass",
        good_score,
    )


def test_a_file_swapped_for_a_fifo_after_the_check_does_not_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    monkeypatch.setattr("qa_checker.loaders.not_regular", lambda path: None)  # the check saw a regular file
    with within(10):
        [document] = Loaders().load_path(fifo)
        refused = open_regular(fifo)
    assert document.findings[0].rule == ids.UNREADABLE
    assert "a FIFO (named pipe) (it changed while being opened)" in document.findings[0].message
    assert not isinstance(refused, io.IOBase)


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc")
def test_a_file_reporting_size_zero_is_read_within_the_limit(tmp_path: Path) -> None:
    link = tmp_path / "maps.json"
    os.symlink("/proc/self/maps", link)
    assert os.stat(link).st_size == 0
    [document] = load_file(link, limits=Limits(max_bytes=100))
    assert [f.rule for f in document.findings] == [ids.OVER_LIMIT]


def test_a_link_loop_pickles_with_its_finding_for_the_pool(tmp_path: Path) -> None:
    import pickle

    os.symlink("loop.yaml", tmp_path / "loop.yaml")
    [path] = list(Loaders().iter_files([tmp_path]))
    again = pickle.loads(pickle.dumps(path))
    assert again.resolve() == tmp_path.resolve() / "loop.yaml"  # resolving does not follow the loop
    assert Loaders().load_path(again)[0].findings[0].message == Loaders().load_path(path)[0].findings[0].message


# --- B1. the terminal shows control characters visibly ------------------------------------------

HOSTILE = "\x1b[2J\x1b]0;pwned\x07x\nNEXT LINE\r\u202eevil\x9b"


def hostile_report(value: str) -> Any:
    finding = Finding(
        rule=ids.UNPARSABLE,
        severity=Severity.WARNING,
        element=None,
        pointer=f"/title/{value}",
        message=f"message {value}",
        hint=f"hint {value}",
        origin=Origin(sheet=f"S{value}", cell="B2"),
        waiver=Waiver(reason=f"reason {value}"),
    )
    result = Result(
        source=f"file{value}.json",
        id=f"id{value}",
        kind="offer",
        status="fail",
        score=50.0,
        elements={e.key: "present" for e in ELEMENTS},
        findings=[finding],
        principles=dict.fromkeys(PRINCIPLE_KEYS),
        imported_from=f"elm{value}",
        data={
            "title": {"en": f"title{value}"},
            "languages": ["en"],
            "awarding_bodies": [{"name": {"en": f"body{value}"}, "country": "NL"}],
        },
    )
    return build_report([result], RunConfig(rubric=load_rubric()))


@pytest.mark.parametrize("colour", [False, True])
def test_the_text_report_shows_control_characters_as_escapes(colour: bool) -> None:
    shown = text.render(hostile_report(HOSTILE), colour=colour)
    plain = text.render(hostile_report("X"), colour=colour)
    assert shown.count("\n") == plain.count("\n")  # no field starts a line of its own
    unstyled = click.unstyle(shown)
    assert not [c for c in unstyled if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e"]
    for part in (
        "file\\x1b[2J\\x1b]0;pwned\\x07x\\nNEXT LINE\\r\\u202eevil\\x9b.json",
        "(id\\x1b[2J",
        "/title/\\x1b[2J",
        "[S\\x1b[2J",
        "message \\x1b[2J",
        "hint: hint \\x1b",
        "waived: reason \\x1b",
        "imported from elm\\x1b",
    ):
        assert part in unstyled
    if colour:
        assert "\x1b[" in shown  # the renderer's own colours stay


def test_cli_messages_that_echo_paths_show_control_characters_as_escapes(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "evil\x1b[31m\nname.json").write_text("{", encoding="utf-8")
    checked = qa("check", str(folder), "--now", NOW)
    assert "\x1b" not in checked.stdout and "evil\\x1b[31m\\nname.json" in checked.stdout
    out = tmp_path / "out\x1b[7m"
    audited = qa("audit", str(folder), "--out", str(out), "--now", NOW)
    assert audited.code == 1
    assert "\x1b" not in audited.stdout and "out\\x1b[7m/report.json" in audited.stdout
    blocker = tmp_path / "file\x1b[5m"
    blocker.write_text("", encoding="utf-8")
    failed = qa("audit", str(folder), "--out", str(blocker / "out"), "--now", NOW)
    assert failed.code == 2
    assert failed.stderr.count("\n") == 1 and "\x1b" not in failed.stderr and "file\\x1b[5m" in failed.stderr


# --- B2. CSV cells are neutralised as the workbook's are ------------------------------------------

FORMULAS = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "plain", "-"]


def formula_report() -> Any:
    results = [
        Result(
            source=f"{text_}.json",
            id=text_,
            kind="offer",
            status="pass",
            score=-5.0 - index,
            elements={e.key: "present" for e in ELEMENTS},
            findings=[],
            principles=dict.fromkeys(PRINCIPLE_KEYS),
            data={
                "title": {"en": text_},
                "languages": ["en"],
                "workload": {"hours": 30},
                "awarding_bodies": [{"name": {"en": text_}, "country": "NL"}],
            },
        )
        for index, text_ in enumerate(FORMULAS)
    ]
    return build_report(results, RunConfig(rubric=load_rubric()))


def test_csv_cells_are_neutralised_exactly_as_the_workbook_and_numbers_stay_numbers(tmp_path: Path) -> None:
    report = formula_report()
    writing.write_files(dataset_files(report, tmp_path / "t.csv"))
    rows = list(csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8", newline="")))
    book = tmp_path / "r.xlsx"
    book.write_bytes(excel.render(report))
    in_book = sheet(book, "Descriptors")
    assert len(rows) == len(in_book) == len(FORMULAS)
    for index, (row, book_row, typed) in enumerate(zip(rows, in_book, FORMULAS)):
        for column, value in (("source", f"{typed}.json"), ("id", typed), ("title", typed), ("provider", typed)):
            assert row[column] == book_row[column] == workbook.safe(value) == cells.neutralise(value), column
        assert float(row["score"]) == book_row["score"] == -5.0 - index  # a negative number stays a number
        assert not row["score"].startswith("'")
    assert rows[0]["title"] == '\'=HYPERLINK("http://x")' and rows[6]["title"] == "plain"


def test_audit_writes_a_neutralised_csv_dataset(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["id"] = "=1+2"
    (folder / "f.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    outcome = qa(
        "audit", str(folder), "--out", str(tmp_path / "out"), "--dataset", str(tmp_path / "t.csv"), "--now", NOW
    )
    assert outcome.code == 0, outcome.stderr
    [row] = list(csv.DictReader((tmp_path / "t.csv").open(encoding="utf-8", newline="")))
    assert row["id"] == "'=1+2"


def test_the_table_module_does_not_import_the_renderers() -> None:
    source = (ROOT / "qa_checker" / "table.py").read_text(encoding="utf-8")
    assert "qa_checker.reporting" not in source and "from qa_checker.cells import" in source


# --- B3. lone surrogates --------------------------------------------------------------------------


def test_every_writer_writes_lone_surrogates_safely(tmp_path: Path) -> None:
    report = hostile_report("\ud800 and \udfff")
    files: dict[Path, writing.Content] = {
        tmp_path / "report.json": json_.render(report),
        tmp_path / "report.html": html.render(report),
        tmp_path / "report.xlsx": excel.render(report),
        tmp_path / "report.txt": text.render(report),
        **dataset_files(report, tmp_path / "table.csv"),
        **dataset_files(report, tmp_path / "table.parquet"),
    }
    writing.write_files(files)
    parsed = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert parsed["results"][0]["id"] == "id\ufffd and \ufffd"
    # A file name is shown with its escapes on the page, as in the terminal (no two names look alike).
    assert "file\\ud800 and \\udfff.json" in (tmp_path / "report.html").read_text(encoding="utf-8")
    assert sheet(tmp_path / "report.xlsx", "Descriptors")[0]["id"] == "id\ufffd and \ufffd"
    assert "id\\ud800 and \\udfff" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "id\ufffd and \ufffd" in (tmp_path / "table.csv").read_text(encoding="utf-8")
    import pandas as pd

    assert pd.read_parquet(tmp_path / "table.parquet")["id"].tolist() == ["id\ufffd and \ufffd"]


def test_a_surrogate_in_a_descriptor_never_breaks_the_reports(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    (folder / "s.json").write_text(json.dumps(data).replace('"id": "', '"id": "\\ud800'), encoding="utf-8")
    out = tmp_path / "out"
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert outcome.code in (0, 1) and "Traceback" not in outcome.stderr
    for name in ("report.json", "report.html", "t.csv"):
        assert (out / name).read_text(encoding="utf-8")
    assert sheet(out / "report.xlsx", "Descriptors")


# --- B4/B5. reports written atomically, all together; failures are one line ----------------------


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A batch and the reports of an earlier run of it (their bytes), with a second descriptor added since."""
    folder = tmp_path / "batch"
    folder.mkdir()
    good_descriptor(folder / "a.yaml", "a")
    out = tmp_path / "out"
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert outcome.code == 0, outcome.stderr
    good_descriptor(folder / "b.yaml", "b")
    return folder, out, files_of(out)


def files_of(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` (the HTML report's pages too) by its path relative to ``out``."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_symlink_at_a_report_is_replaced_not_written_through(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    good_descriptor(folder / "a.yaml", "a")
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    for name in ("report.html", "t.csv"):
        os.symlink(victim, out / name)
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert outcome.code == 0, outcome.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    for name in ("report.html", "t.csv"):
        assert not (out / name).is_symlink() and (out / name).stat().st_size > 100


def _failing_after(calls: int, error: BaseException, real: Callable[..., Any]) -> Callable[..., Any]:
    count = {"n": 0}

    def fake(*args: Any, **kwargs: Any) -> Any:
        count["n"] += 1
        if count["n"] == calls:
            raise error
        return real(*args, **kwargs)

    return fake


def test_a_full_disk_leaves_the_previous_reports_untouched(
    previous: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, before = previous
    # The third file written (report.html, after report.json and report.xlsx) meets a full disk.
    monkeypatch.setattr(
        writing, "_write", _failing_after(3, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), writing._write)
    )
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert outcome.code == 2
    assert outcome.stderr == f"qa-checker: cannot write {out / 'report.html'}: No space left on device\n"
    assert files_of(out) == before  # nothing replaced, no temporary left


def test_a_failed_rename_puts_back_the_reports_already_replaced(
    previous: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, before = previous
    monkeypatch.setattr(
        os, "replace", _failing_after(2, PermissionError(errno.EACCES, "Permission denied"), os.replace)
    )
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert outcome.code == 2 and outcome.stderr.count("\n") == 1
    assert outcome.stderr.startswith("qa-checker: cannot write ") and "Permission denied" in outcome.stderr
    assert files_of(out) == before


def test_a_full_disk_on_a_first_run_writes_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "write", _failing_after(4, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), os.write))
    out = tmp_path / "out"
    outcome = qa("audit", str(GOOD_OFFER), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert outcome.code == 2 and "No space left on device" in outcome.stderr and "Traceback" not in outcome.stderr
    assert list(out.iterdir()) == []


def test_an_out_folder_that_cannot_be_created_is_one_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    outcome = qa("audit", str(GOOD_OFFER), "--out", str(blocker / "out"), "--now", NOW)
    assert outcome.code == 2
    assert outcome.stderr == (
        f"qa-checker: cannot write {blocker / 'out' / 'report.json'}: cannot create the folder "
        f"{blocker / 'out'}: Not a directory\n"
    )


def test_an_unwritable_out_folder_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refused)  # as root, permissions cannot refuse it
    out = tmp_path / "out"
    outcome = qa("audit", str(GOOD_OFFER), "--out", str(out), "--now", NOW)
    assert (outcome.code, outcome.stderr) == (2, f"qa-checker: cannot write {out / 'report.json'}: Permission denied\n")
    assert list(out.iterdir()) == []


def test_a_read_only_dataset_is_one_line_exit_2_and_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dataset = tmp_path / "t.csv"
    dataset.write_text("kept", encoding="utf-8")
    real_access = os.access
    if os.geteuid() == 0:  # root may write anything: let the file read as read-only all the same
        monkeypatch.setattr(
            os,
            "access",
            lambda path, mode, **kw: (mode != os.W_OK or Path(path) != dataset) and real_access(path, mode, **kw),
        )
    else:
        dataset.chmod(0o444)
    out = tmp_path / "out"
    outcome = qa("audit", str(GOOD_OFFER), "--out", str(out), "--dataset", str(dataset), "--now", NOW)
    assert outcome.code == 2
    assert outcome.stderr == f"qa-checker: cannot write {dataset}: the file is read-only\n"
    assert dataset.read_text(encoding="utf-8") == "kept"
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ["check", "{a}", "--format", "json", "--output", "{target}"],
        ["convert", "{a}", "--output", "{target}"],
        ["template", "--output", "{target}"],
        ["compare", "{a}", "{b}", "--out", "{folder}"],
    ],
    ids=lambda c: c[0],
)
def test_every_command_writing_files_fails_in_one_line(
    command: list[str], batch: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "file.out"
    places = {"{a}": batch / GOOD_NAMES[0], "{b}": batch / GOOD_NAMES[1], "{target}": target, "{folder}": target.parent}
    args = [str(places.get(a, a)) for a in command]
    monkeypatch.setattr(os, "write", _failing_after(1, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), os.write))
    outcome = qa(*args)
    assert outcome.code == 2
    assert outcome.stderr.startswith("qa-checker: cannot write ") and outcome.stderr.endswith(
        ": No space left on device\n"
    )
    assert outcome.stderr.count("\n") == 1
    assert list((tmp_path / "out").iterdir()) == []


def test_check_output_replaces_a_symlink_instead_of_writing_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "report.json"
    os.symlink(victim, target)
    outcome = qa("check", str(GOOD_OFFER), "--format", "json", "--output", str(target), "--now", NOW)
    assert outcome.code == 0
    assert victim.read_text(encoding="utf-8") == "keep me" and json.loads(target.read_text(encoding="utf-8"))


# --- B6. Ctrl-C -----------------------------------------------------------------------------------


def _interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    "where", ["qa_checker.cli.audit.run", "qa_checker.reporting.excel.write", "qa_checker.cli.audit.dataset_files"]
)
def test_ctrl_c_in_audit_is_one_line_exit_130_and_keeps_the_reports(
    where: str, previous: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, before = previous
    if where.endswith("excel.write"):
        from qa_checker.cli import audit as audit_command

        renderers = tuple(
            (name, _interrupt if name == "report.xlsx" else render) for name, render in audit_command.REPORT_FILES
        )
        monkeypatch.setattr(audit_command, "REPORT_FILES", renderers)
    else:
        monkeypatch.setattr(where, _interrupt)
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert (outcome.code, outcome.stderr) == (130, "qa-checker: interrupted\n")
    assert files_of(out) == before


def test_ctrl_c_while_renaming_puts_the_previous_reports_back(
    previous: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, out, before = previous
    monkeypatch.setattr(os, "replace", _failing_after(3, KeyboardInterrupt(), os.replace))
    outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    assert (outcome.code, outcome.stderr) == (130, "qa-checker: interrupted\n")
    assert files_of(out) == before


def test_ctrl_c_in_check_is_one_line_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("qa_checker.cli.check.run", _interrupt)
    outcome = qa("check", str(GOOD_OFFER))
    assert (outcome.code, outcome.stderr, outcome.stdout) == (130, "qa-checker: interrupted\n", "")


def test_ctrl_c_swallowed_by_a_library_still_stops_before_writing(
    previous: tuple[Path, Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A library catching everything turns Ctrl-C into its own error; the run still stops."""
    from qa_checker.cli import audit as audit_command
    from qa_checker.runner import run as real_run

    folder, out, before = previous

    def swallowing(*args: Any, **kwargs: Any) -> Any:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(1)
        except BaseException:  # what the library does
            pass
        return real_run(*args, **kwargs)

    monkeypatch.setattr(audit_command, "run", swallowing)
    # Ctrl-C raises KeyboardInterrupt here even when the suite runs as a background job (SIGINT ignored).
    interrupt = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        outcome = qa("audit", str(folder), "--out", str(out), "--dataset", str(out / "t.csv"), "--now", NOW)
    finally:
        signal.signal(signal.SIGINT, interrupt)
    assert (outcome.code, outcome.stderr) == (130, "qa-checker: interrupted\n")
    assert files_of(out) == before


@pytest.mark.parametrize("terminal", [False, True], ids=["kill-INT", "ctrl-c-to-the-process-group"])
def test_a_real_sigint_stops_a_large_audit_at_once(terminal: bool, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks.corpus import write_corpus
    finally:
        sys.path.remove(str(ROOT))
    corpus = tmp_path / "corpus"
    # Enough descriptors that the audit is still checking a second after it began (600 were done by
    # then once most texts' languages were settled by their function words).
    write_corpus(corpus, 5000)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "qa_checker", "audit", str(corpus), "--out", str(out), "--progress", "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A test run in the background inherits SIGINT ignored; the CLI must get it as a terminal gives it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert process.stderr is not None
        assert process.stderr.readline() == b"Checking\n"  # the files are found and checking has begun
        time.sleep(1.0)
        if terminal:
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, (stdout, stderr)
    assert stderr.decode() == "qa-checker: interrupted\n"
    assert not out.exists() or list(out.iterdir()) == []


def test_a_failed_write_removes_the_pages_folder_it_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """All or none holds for the HTML report's pages folder too: a failure leaves no empty folder behind."""
    from qa_checker.writing import WriteFailed, write_files

    out = tmp_path / "out"
    monkeypatch.setattr(os, "write", _failing_after(3, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), os.write))
    files = {out / "report.html": "index", **{out / "report-pages" / f"page-{i}.html": "page" for i in range(3)}}
    with pytest.raises(WriteFailed):
        write_files(files)
    assert list(out.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize(
    "args",
    [
        ("template", "--format", "yaml"),
        ("check", str(ROOT / "samples" / "offers"), "--format", "json"),
        ("check", str(ROOT / "samples" / "offers"), "--format", "jsonl"),
        ("check", str(ROOT / "samples" / "offers"), "--format", "xlsx"),
    ],
    ids=["template", "json", "jsonl", "xlsx"],
)
def test_an_output_that_is_a_pipe_is_refused_not_replaced(tmp_path: Path, args: tuple[str, ...]) -> None:
    """A report takes its target's name by a rename, which replaced a named pipe or a device (/dev/full,
    written as root) with a regular file."""
    target = tmp_path / "pipe"
    os.mkfifo(target)
    outcome = CliRunner().invoke(cli, [*args, "-o", str(target)])
    assert outcome.exit_code == 2, outcome.output
    assert "no regular file" in outcome.output
    assert target.is_fifo()


def test_an_output_named_dash_is_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    outcome = CliRunner().invoke(cli, ["template", "--format", "yaml", "-o", "-"])
    assert outcome.exit_code == 0 and outcome.output.startswith("# Micro-credential descriptor template")
    assert not (tmp_path / "-").exists()


def test_html_reports_hold_no_control_characters_of_a_providers_texts(tmp_path: Path) -> None:
    """Raw NUL, BEL and ESC from a title made the pages invalid HTML (and binary to grep)."""
    data = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    data["title"] = "Bell\x07 nul\x00 esc\x1b[2J del\x7f c1\x85 tab\tend"
    data["awarding_bodies"][0]["name"] = "Prov\x1b[1A"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["audit", str(tmp_path / "in"), "--out", str(out), "--now", NOW])
    pages = [out / "report.html", *sorted((out / "report-pages").glob("*.html"))]
    assert len(pages) > 1
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not any(ch in text for ch in "\x00\x07\x1b\x7f\x85"), page.name
    assert "Bell\ufffd nul\ufffd esc\ufffd[2J" in (out / "report.html").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in pages
    )


# --- B1b. no HTML page obeys the controls either --------------------------------------------------

_REORDERING = ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069")


def test_no_html_page_is_reordered_by_bidirectional_controls(tmp_path: Path) -> None:
    page = html.render(hostile_report(HOSTILE + "\u2066iso\u2069"))
    assert "evil" in page and not [c for c in _REORDERING if c in page]
    good = yaml.safe_load(GOOD_OFFER.read_text(encoding="utf-8"))
    good["title"] = {"en": "Data \u202eEthics\u202c in \u2067Practice\u2069"}
    before, after = tmp_path / "before", tmp_path / "after"
    for folder, data in ((before, good), (after, {k: v for k, v in good.items() if k != "awarding_bodies"})):
        folder.mkdir()
        (folder / "offer.json").write_text(json.dumps(data), encoding="utf-8")
    changed = qa("diff", str(before), str(after), "--format", "html", "--now", NOW)
    assert changed.code == 1 and "Ethics" in changed.stdout
    assert not [c for c in _REORDERING if c in changed.stdout]


# --- A file or folder this user may not read --------------------------------------------------------


def _as_unprivileged(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The CLI run without the power to read what it may not (root reads anything, so its reading
    capabilities are dropped with setpriv)."""
    command = [sys.executable, "-m", "qa_checker", *args]
    if os.geteuid() == 0:
        import shutil

        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop the reading capabilities")
        drop = "-dac_override,-dac_read_search"
        command = [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", *command]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)
    if done.stderr.startswith("setpriv:"):
        pytest.skip(f"this machine does not let setpriv drop capabilities: {done.stderr.strip()}")
    return done


def test_an_unreadable_file_or_folder_is_its_own_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    (folder / "locked").mkdir(parents=True)
    good = GOOD_OFFER.read_text(encoding="utf-8")
    for path in (folder / "ok.yaml", folder / "unread.yaml", folder / "locked" / "in.yaml"):
        path.write_text(good, encoding="utf-8")
    (folder / "unread.yaml").chmod(0o000)
    (folder / "locked").chmod(0o000)
    try:
        named = _as_unprivileged(["check", "d/unread.yaml", "d/ok.yaml", "--now", NOW, "--format", "json"], tmp_path)
        walked = _as_unprivileged(["check", str(folder), "--now", NOW, "--format", "json"], tmp_path)
    finally:
        (folder / "unread.yaml").chmod(0o644)
        (folder / "locked").chmod(0o755)
    assert named.returncode == 1, named.stderr
    assert [(r["source"], r["status"]) for r in json.loads(named.stdout)["results"]] == [
        ("d/unread.yaml", "error"),
        ("d/ok.yaml", "pass"),
    ]
    results = {r["source"]: r for r in json.loads(walked.stdout)["results"]}
    assert {s: r["status"] for s, r in results.items()} == {
        "d/locked": "error",
        "d/ok.yaml": "pass",
        "d/unread.yaml": "error",
    }
    assert "folder cannot be read" in results["d/locked"]["findings"][0]["message"]
    assert "cannot read the file" in results["d/unread.yaml"]["findings"][0]["message"]
