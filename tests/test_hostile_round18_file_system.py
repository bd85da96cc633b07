"""Hostile round 18: what a batch's file system can do, beyond rounds 3 and 10 (links, pipes, devices, awkward
names, many files).

Found and fixed: a file reached twice (given twice, as ``./x.yaml`` beside ``x.yaml``, or beside its folder)
was checked twice and reported as two descriptors giving one id; a name with a byte that is not UTF-8
(``x\\xff.yaml``) was shown as a file whose name holds those four letters, so the two were one source and
SARIF pointed at the wrong file. Still open (strict xfail): the workbook turns a control character of a name
into U+FFFD (``a\\x07`` and ``a\\x08`` one name) or keeps a line break in it, as the CSV dataset it is compared
with does, where the text and HTML reports show the escape. Held: a file
gone, or turned into a pipe, between the run's counting walk and its checking walk, a file whose read fails,
names differing only in Unicode normalisation, an audit writing into the folder it reads, twenty thousand
empty files.
"""

from __future__ import annotations

import json
import os
import random
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker import runner
from qa_checker.cli import cli
from qa_checker.file_names import shown_bytes
from qa_checker.loaders import shown
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW
from tests.timing import assert_linear

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "qa_checker" / "data" / "good-offer.yaml").read_bytes()
BROKEN = b"title: [unclosed\n"
WHEN = NOW.isoformat()

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [*args, "--now", WHEN], catch_exceptions=False)
    return result.exit_code, result.stdout


def _write(folder: Path, names: dict[bytes, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in names.items():
        with open(os.fsencode(folder) + b"/" + name, "wb") as handle:
            handle.write(content)


def _workbook_text(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    return [c for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row if isinstance(c, str)]


# ------------------------------------------------------------------ a file reached twice


def test_a_file_given_twice_or_beside_its_folder_is_checked_once(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "batch" / "sub", {b"b.yaml": GOOD.replace(b"hva-data-ethics-2026", b"other-2026")})
    _write(tmp_path / "batch", {b"a.yaml": GOOD})
    given = ["batch/a.yaml", "./batch/a.yaml", "batch", "batch/sub", str(tmp_path / "batch" / "sub" / "b.yaml")]
    code, out = _cli("check", *given, "--format", "json")
    assert code == 0, out
    report = json.loads(out)
    assert [r["source"] for r in report["results"]] == ["batch/a.yaml", "batch/sub/b.yaml"]
    assert report["summary"]["descriptors"] == 2
    assert report["run"]["repeated_ids"] == []


def test_two_files_of_one_id_are_still_told_as_such(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "batch", {b"a.yaml": GOOD, b"copy.yaml": GOOD})
    os.symlink("a.yaml", tmp_path / "batch" / "link.yaml")  # a link is a name of its own, as in one folder
    code, out = _cli("check", "batch", "batch/a.yaml", "--format", "json")
    assert code == 0, out
    report = json.loads(out)
    assert [r["source"] for r in report["results"]] == ["batch/a.yaml", "batch/copy.yaml", "batch/link.yaml"]
    assert report["run"]["repeated_ids"][0]["sources"] == ["batch/a.yaml", "batch/copy.yaml", "batch/link.yaml"]


# ------------------------------------------------------------------ names shown alike


ALIKE = {
    b"x\xff.yaml": BROKEN,  # a byte that is not UTF-8
    b"x\\xff.yaml": GOOD,  # the four letters \xff
    b"x\\\\xff.yaml": GOOD,
    b"x\\x5c.yaml": GOOD,
    b"back\\slash.yaml": GOOD,  # a backslash before no escape is shown as it is
}


def test_a_byte_not_in_utf8_and_the_letters_of_its_escape_are_two_sources(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "in", ALIKE)
    code, out = _cli("audit", "in", "--out", "out")
    assert code == 1, out
    sources = [r["source"] for r in json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))["results"]]
    assert len(set(sources)) == len(ALIKE)
    assert "in/back\\slash.yaml" in sources
    assert {shown_bytes(s) for s in sources} == {b"in/" + name for name in ALIKE}
    cells = set(_workbook_text(tmp_path / "out" / "report.xlsx"))
    assert set(sources) <= cells
    # SARIF points at each file itself.
    code, out = _cli("check", "in", "--format", "sarif")
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(out)["runs"][0]["results"]
    }
    assert uris == {"in/x%FF.yaml"}
    assert (tmp_path / os.fsdecode(unquote_to_bytes(uris.pop()))).is_file()


def test_every_name_is_shown_apart_and_read_back_to_its_bytes() -> None:
    rng = random.Random(18)
    letters = [b"\\", b"x", b"5", b"c", b"f", b"F", b"0", b"\xff", b"\xe9", b"\xc3\xa9", b"a", b"/"]
    names = {b"".join(rng.choice(letters) for _ in range(rng.randint(1, 9))) for _ in range(5_000)}
    seen = {shown(os.fsdecode(name)): name for name in names}
    assert len(seen) == len(names)
    assert all(shown_bytes(text) == name for text, name in seen.items())


CONTROLS = {
    b"bell\x07.yaml": BROKEN,
    b"backspace\x08.yaml": BROKEN,
    b"cr\rname.yaml": BROKEN,
    b"nl\nname.yaml": BROKEN,
    b"csi-\xc2\x9b31m.yaml": BROKEN,  # the one-character escape of C1
    b"del\x7f.yaml": GOOD,
    b"ls\xe2\x80\xa8sep.yaml": GOOD,
}


@pytest.mark.xfail(
    strict=True,
    reason="the workbook keeps a file's name as the CSV dataset writes it (the two are compared cell for cell); "
    "escaping control characters of names in both is still to do",
)
def test_the_workbook_shows_a_control_character_of_a_name_as_the_other_reports_do(tmp_path: Path) -> None:
    _write(tmp_path / "in", CONTROLS)
    code, _ = _cli("audit", str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert code == 1
    cells = _workbook_text(tmp_path / "out" / "report.xlsx")
    text = "\n".join(cells)
    assert not [c for c in "\r\x07\x08\x7f\x9b\u2028\ufffd" if c in text]
    assert not [c for c in cells if "\n" in c and "yaml" in c]
    for shown_name in (
        "bell\\x07",
        "backspace\\x08",
        "cr\\rname",
        "nl\\nname",
        "csi-\\x9b31m",
        "del\\x7f",
        "ls\\u2028",
    ):
        assert sum(shown_name in c for c in cells) >= 4, shown_name  # descriptors, coverage, principles, inputs
    code, out = _cli("check", str(tmp_path / "in"), "--format", "text")
    assert not [c for c in "\r\x07\x08\x7f\x9b\u2028" if c in out]
    assert "ERROR in/bell\\x07.yaml" in out


def test_names_differing_only_in_normalisation_are_two_results(tmp_path: Path) -> None:
    composed, decomposed = (unicodedata.normalize(form, "café.yaml").encode() for form in ("NFC", "NFD"))
    _write(tmp_path / "in", {composed: GOOD, decomposed: BROKEN})
    code, out = _cli("check", str(tmp_path / "in"), "--format", "json")
    assert code == 1, out
    results = {r["source"]: r["status"] for r in json.loads(out)["results"]}
    assert results == {"in/" + composed.decode(): "pass", "in/" + decomposed.decode(): "error"}


# ------------------------------------------------------------------ what changes during a run


def test_a_file_gone_or_turned_into_a_pipe_between_the_two_walks_gets_its_result(
    tmp_path: Path, monkeypatch: Any
) -> None:
    _write(tmp_path / "in", {b"a.yaml": GOOD, b"gone.yaml": GOOD, b"pipe.yaml": GOOD, b"z.yaml": GOOD})
    found = runner._inputs
    walks: list[int] = []

    def changing(*args: Any) -> Iterator[Any]:
        walks.append(1)
        if len(walks) == 2:  # after the count, before the check
            (tmp_path / "in" / "gone.yaml").unlink()
            (tmp_path / "in" / "pipe.yaml").unlink()
            os.mkfifo(tmp_path / "in" / "pipe.yaml")
        return found(*args)

    monkeypatch.setattr(runner, "_inputs", changing)
    monkeypatch.setattr(runner, "LISTED_INPUTS", 0)  # as a batch too large to list: found again as it is checked
    # Opening the pipe would block for good: the run coming back, with the pipe named as one, shows it was not.
    report = run([tmp_path / "in"], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    assert len(walks) == 2
    by_name = {Path(r.source).name: r for r in report.results}
    assert {n: r.status for n, r in by_name.items()} == {"a.yaml": "pass", "pipe.yaml": "error", "z.yaml": "pass"}
    assert "FIFO" in by_name["pipe.yaml"].findings[0].message


def test_a_file_gone_after_it_was_found_is_named_in_its_error(tmp_path: Path, monkeypatch: Any) -> None:
    _write(tmp_path / "in", {b"a.yaml": GOOD, b"gone.yaml": GOOD})
    found = runner._inputs
    walks: list[int] = []

    def vanishing(*args: Any) -> Iterator[Any]:
        walks.append(1)
        for path in found(*args):
            if len(walks) == 2 and path is not None and path.name == "gone.yaml":
                path.unlink()  # found by the checking walk, gone before it is opened
            yield path

    monkeypatch.setattr(runner, "_inputs", vanishing)
    monkeypatch.setattr(runner, "LISTED_INPUTS", 0)  # as a batch too large to list: found again as it is checked
    report = run([tmp_path / "in"], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    statuses = {Path(r.source).name: r.status for r in report.results}
    assert statuses == {"a.yaml": "pass", "gone.yaml": "error"}
    gone = next(r for r in report.results if r.source.endswith("gone.yaml"))
    assert gone.findings[0].rule == "MC-LD-001"


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="Linux /proc")
def test_a_file_whose_read_fails_gets_its_error_and_the_others_keep_theirs(tmp_path: Path) -> None:
    _write(tmp_path, {b"good.yaml": GOOD})
    code, out = _cli("check", "/proc/self/mem", str(tmp_path / "good.yaml"), "--format", "json")
    assert code == 1
    results = json.loads(out)["results"]
    assert [r["status"] for r in results] == ["error", "pass"]
    assert results[0]["source"] == "mem"
    assert results[0]["findings"][0]["message"].startswith("cannot read the file")


def test_a_file_this_user_may_not_open_gets_its_error(tmp_path: Path, monkeypatch: Any) -> None:
    _write(tmp_path / "in", {b"a.yaml": GOOD, b"secret.yaml": GOOD})
    opened = os.open

    def denied(path: Any, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path).endswith("secret.yaml"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # as root, a file's mode would not keep it closed
    report = run([tmp_path / "in"], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    assert [(Path(r.source).name, r.status) for r in report.results] == [("a.yaml", "pass"), ("secret.yaml", "error")]
    assert "Permission denied" in report.results[1].findings[0].message


# ------------------------------------------------------------------ an audit into the folder it reads


def test_thousands_of_empty_files_audited_into_their_own_folder(tmp_path: Path) -> None:
    def audited(count: int) -> Path:
        """The folder, with ``count`` empty files, audited into itself (each run after the first sees reports)."""
        folder = tmp_path / "batch"
        folder.mkdir(exist_ok=True)
        for number in range(count):
            (folder / f"e{number:05d}.yaml").touch()
        code, out = _cli("audit", str(folder), "--out", str(folder / "reports"), "--jobs", "1")
        assert code == 1, out
        return folder

    assert_linear(audited, 1_000, 4_000)
    report = json.loads((audited(4_000) / "reports" / "report.json").read_text("utf-8"))
    assert report["summary"]["descriptors"] == report["summary"]["error"] == 4_000  # no report read as input
    assert report["results"][-1]["source"] == "batch/e03999.yaml"
    assert {f["message"] for r in report["results"] for f in r["findings"]} == {"the file is empty"}
