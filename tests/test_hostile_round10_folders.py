"""Hostile round 10: folders whose file names a terminal, a report or a file system finds awkward.

Names holding a newline, a tab, an escape sequence, a right-to-left override or bytes that are not UTF-8,
names of 250 characters and paths of 3,000, names differing only in case: each file is checked and gets
its own result in every output format, and no display (text, HTML, workbook, SARIF, GitHub) shows a\ncontrol character raw; JSON Lines, like the JSON report, gives each source exactly. Hidden files and
folders are skipped; a folder of 50,000 empty files gives 50,000 located errors.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from qa_checker.cli import cli

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "qa_checker" / "data" / "good-offer.yaml").read_bytes()
NOW = "2026-11-29T12:00:00+00:00"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")

AWKWARD = [
    b"new\nline.yaml",
    b"tab\there.yaml",
    b"not-utf8-\xff\xfe.yaml",
    b"escape-\x1b[31mred.yaml",
    b"override-\xe2\x80\xaegpj.yaml",
    b"Case.yaml",
    b"case.yaml",
    b"x" * 245 + b".yaml",
]
RAW = ("\x1b", "\u202e")


def _awkward_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in AWKWARD:
        with open(os.fsencode(folder) + b"/" + name, "wb") as handle:
            handle.write(GOOD)
    deep = os.fsencode(folder)
    for _ in range(15):
        deep += b"/" + b"y" * 200
    os.makedirs(deep)
    with open(deep + b"/deep.yaml", "wb") as handle:
        handle.write(GOOD)
    (folder / ".hidden.yaml").write_bytes(b"title: [unclosed")
    (folder / ".git").mkdir()
    (folder / ".git" / "inside.yaml").write_bytes(b"title: [unclosed")
    return folder


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args, "--now", NOW], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_every_awkward_name_is_checked_once_and_hidden_ones_are_skipped(tmp_path: Path) -> None:
    folder = _awkward_folder(tmp_path)
    code, out = _check(str(folder), "--format", "json")
    assert code == 0, out
    results = json.loads(out)["results"]
    # Nine good descriptors (the two case-colliding names are two files), none hidden.
    assert len(results) == len(AWKWARD) + 1
    assert {r["status"] for r in results} == {"pass"}
    assert len({r["source"] for r in results}) == len(results)
    assert not any("hidden" in r["source"] or "inside" in r["source"] for r in results)


@pytest.mark.parametrize("fmt", ["text", "jsonl", "sarif", "github", "html", "xlsx"])
def test_every_output_format_tells_each_awkward_file_and_shows_no_control_character(tmp_path: Path, fmt: str) -> None:
    folder = _awkward_folder(tmp_path)
    out = tmp_path / f"report.{fmt}"
    code, stdout = _check(str(folder), "--format", fmt, "-o", str(out))
    assert code == 0, stdout
    if fmt == "xlsx":
        book = openpyxl.load_workbook(out, read_only=True)
        text = "\n".join(str(c) for s in book.worksheets for row in s.iter_rows(values_only=True) for c in row if c)
    elif fmt == "html":
        pages = [out, *sorted((tmp_path / "report-pages").glob("*.html"))]
        text = "\n".join(p.read_text(encoding="utf-8") for p in pages if p.exists())
    else:
        text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        # Data, not a display: each source exactly as the JSON report gives it.
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        _, report = _check(str(folder), "--format", "json")
        expected = {r["source"] for r in json.loads(report)["results"]}
        assert {row["source"] for row in rows if "source" in row} == expected
        return
    assert not [c for c in RAW if c in text], fmt
    if fmt == "sarif":
        json.loads(text)
    if fmt in ("sarif", "github"):
        return  # they list findings, and good descriptors have none
    # Every file is named: the case-colliding ones apart, the long name and the deep one too.
    for part in ("Case.yaml", "case.yaml", "x" * 100, "deep.yaml", "red.yaml", "gpj.yaml"):
        assert part in text, (fmt, part)


def test_a_folder_of_fifty_thousand_empty_files_gives_each_its_error(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    for number in range(50_000):
        (folder / f"e{number:05d}.yaml").touch()
    code, out = _check(str(folder), "--format", "json", "--jobs", "1")
    assert code == 1
    report = json.loads(out)
    assert report["summary"]["descriptors"] == report["summary"]["error"] == 50_000
    first = report["results"][0]
    assert first["source"] == "empty/e00000.yaml"
    assert [f["message"] for f in first["findings"]] == ["the file is empty"]
