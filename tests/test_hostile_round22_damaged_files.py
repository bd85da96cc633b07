"""Hostile round 22: damaged and odd files as they reach a QA agency's inbox.

Earlier rounds cover JSON with comments, JSON5, NaN and 1e400, keys given twice, JSON Lines and concatenated
values, HTML pages, archives and images under a descriptor's name, YAML tags and merge keys, links, pipes,
devices, bad bytes in names and UTF-16 without a mark. This round adds what version control, a crash, a copy
cut short and a word processor leave behind. A first exploratory run picked the kinds the checker answered
poorly; the expectations below were then written from the descriptor contract (a file that cannot be read is one
``MC-LD-001``/``MC-LD-002`` error at its place, never a traceback, the batch unaffected) before any fix. Of the
35 cases first written, 32 disagreed with the checker, each the checker's fault (the three that agreed: a
marker-like text inside a value, a file of NUL bytes only, a block text of 100,000 lines), and it was fixed:

* git merge-conflict markers (two-way, diff3, whole file, CRLF) were the parser's "could not find expected ':'"
  or "Expecting value", and a YAML file wrapped in markers was split into a string and a broken document;
* a Git LFS pointer (the descriptor never fetched) was "the text version https://... is not in double quotes"
  in JSON and "a string, not an object" in YAML; under a workbook's, an archive's or a CSV's name (the class's
  second example, added after the first fix) it was "not an Excel workbook", "a truncated zip" or "no header";
* a JSON file cut short (in a text, after a key, after a comma) was the parser's "Unterminated string starting
  at" or "Expecting value";
* YAML indented with a no-break, figure or ideographic space was "mapping values are not allowed here";
* a text followed by the NUL bytes a crash leaves (a preallocated file never filled) was "binary";
* an RTF or Word/OpenDocument file saved under a descriptor's name was a JSON syntax error or "a zip file"
  with the advice to rename it .zip.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

import qa_checker
from qa_checker import ids
from tests.timing import assert_linear

ROOT = Path(__file__).resolve().parents[1]
GOOD = (ROOT / "qa_checker" / "data" / "good-offer.yaml").read_text(encoding="utf-8")
GOOD_JSON = json.dumps(yaml.safe_load(GOOD), indent=2, ensure_ascii=False)
LINES = GOOD.splitlines(keepends=True)
JSON_LINES = GOOD_JSON.splitlines(keepends=True)
LFS = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 12345\n"
)


def _conflict(lines: list[str], at: int, *, base: bool = False, end: str = "\n") -> str:
    """``lines`` with lines ``at`` and ``at + 1`` given twice between git's conflict markers."""
    ours = "".join(lines[at : at + 2])
    middle = f"||||||| merged common ancestors{end}{ours}" if base else ""
    return (
        "".join(lines[:at])
        + f"<<<<<<< HEAD{end}{ours}{middle}======={end}{ours}>>>>>>> feature/new-title{end}"
        + "".join(lines[at + 2 :])
    )


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _end_of(text: str) -> tuple[int, int]:
    """The line and column of the last character of ``text`` that is not white space."""
    before = text.rstrip()
    return before.count("\n") + 1, len(before) - before.rfind("\n") - 1


def _results(tmp_path: Path, name: str, raw: bytes) -> list[Any]:
    path = tmp_path / name
    path.write_bytes(raw)
    return list(qa_checker.check_paths([path]).results)


def _error(tmp_path: Path, name: str, raw: bytes, rule: str) -> Any:
    """The one finding of the one result ``raw`` gets: an error of ``rule``."""
    (result,) = _results(tmp_path, name, raw)
    assert result.status == "error", [f.message for f in result.findings]
    (finding,) = result.findings
    assert finding.rule == rule, finding.message
    assert "Traceback" not in finding.message
    return finding


# --- git merge-conflict markers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("conflict.yaml", _conflict(LINES, 5), 6),
        ("diff3.yaml", _conflict(LINES, 5, base=True), 6),
        ("wrapped.yaml", f"<<<<<<< HEAD\n{GOOD}=======\n{GOOD}>>>>>>> main\n", 1),
        ("crlf.yaml", _conflict([line.replace("\n", "\r\n") for line in LINES], 9, end="\r\n"), 10),
        ("conflict.json", _conflict(JSON_LINES, 3), 4),
        ("wrapped.json", f"<<<<<<< HEAD\n{GOOD_JSON}\n=======\n{GOOD_JSON}\n>>>>>>> main\n", 1),
        (
            "list-item.yaml",
            GOOD.replace("languages: [en, nl]", "languages:\n<<<<<<< HEAD\n  - en\n=======\n  - nl\n>>>>>>> b", 1),
            None,
        ),
    ],
)
def test_merge_conflict_markers_are_one_error_at_the_first_marker(
    tmp_path: Path, name: str, text: str, line: int | None
) -> None:
    finding = _error(tmp_path, name, text.encode(), ids.UNPARSABLE)
    expected = line or text[: text.index("<<<<<<<")].count("\n") + 1
    assert (finding.line, finding.column) == (expected, 1)
    assert "merge-conflict marker <<<<<<<" in finding.message
    assert "conflict" in finding.hint


def test_a_conflict_marker_like_text_inside_a_value_is_read(tmp_path: Path) -> None:
    text = GOOD.replace("languages: [en, nl]", 'languages: [en, nl]\nnote: "<<<<<<< not a marker"', 1)
    (result,) = _results(tmp_path, "value.yaml", text.encode())
    assert result.status == "fail"
    assert [f.pointer for f in result.findings if f.rule == ids.SCHEMA] == ["/note"]


# --- Git LFS pointers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["pointer.json", "pointer.yaml", "pointer.jsonld", "pointer.csv", "pointer.xlsx", "pointer.ods", "pointer.zip"],
)
@pytest.mark.parametrize("text", [LFS, LFS.replace("\n", "\r\n")])
def test_a_git_lfs_pointer_is_named_as_one(tmp_path: Path, name: str, text: str) -> None:
    finding = _error(tmp_path, name, text.encode(), ids.UNREADABLE)
    assert "Git LFS pointer" in finding.message
    assert "git lfs pull" in finding.hint


# --- JSON cut short -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        GOOD_JSON[: GOOD_JSON.index("Data Ethics") + 6],  # in a text
        GOOD_JSON[: GOOD_JSON.index('"summary"') + 4],  # in a key
        GOOD_JSON[: GOOD_JSON.index('"summary"') + 11],  # after a key's colon
        GOOD_JSON[: GOOD_JSON.index('"summary"')] + "\n",  # after a comma, a line break left
        GOOD_JSON[: GOOD_JSON.index('"ects"') + 9],  # after a whole number, in a nested object
        GOOD_JSON[: GOOD_JSON.index('"languages"') + 20],  # in a list
    ],
    ids=["in-text", "in-key", "after-colon", "after-comma", "after-number", "in-list"],
)
def test_json_cut_short_says_the_file_ends_before_its_value(tmp_path: Path, text: str) -> None:
    finding = _error(tmp_path, "cut.json", text.encode(), ids.UNPARSABLE)
    line, column = _end_of(text)
    assert f"the file ends at line {line}, column {column}, before its JSON value does" in finding.message
    assert finding.line is not None


# --- indentation that shows as spaces -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("space", "code"),
    [("\u00a0", "00A0"), ("\u3000", "3000"), ("\u2007", "2007"), ("\u202f", "202F")],
)
def test_yaml_indented_with_a_space_that_is_not_one_is_named(tmp_path: Path, space: str, code: str) -> None:
    text = GOOD.replace("\n  en: Data Ethics", f"\n {space}en: Data Ethics", 1)
    line = text[: text.index(space)].count("\n") + 1
    finding = _error(tmp_path, "indent.yaml", text.encode(), ids.UNPARSABLE)
    assert (finding.line, finding.column) == (line, 2)
    assert f"line {line} is indented with the character U+{code}" in finding.message


def test_a_list_indented_with_no_break_spaces_is_named(tmp_path: Path) -> None:
    text = GOOD.replace("languages: [en, nl]", "languages:\n\u00a0\u00a0- en\n\u00a0\u00a0- nl", 1)
    line = text[: text.index("\u00a0")].count("\n") + 1
    finding = _error(tmp_path, "list.yaml", text.encode(), ids.UNPARSABLE)
    assert (finding.line, finding.column) == (line, 1)
    assert "U+00A0 (NO-BREAK SPACE)" in finding.message


# --- NUL bytes a crash leaves at the end --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("padded.json", GOOD_JSON),
        ("padded.yaml", GOOD),
        ("long-padded.yaml", GOOD + "".join(f"# note {n}\n" for n in range(2000))),
    ],
)
def test_a_text_padded_with_nul_bytes_is_refused_at_the_first(tmp_path: Path, name: str, text: str) -> None:
    finding = _error(tmp_path, name, text.encode() + b"\x00" * 20_000, ids.UNREADABLE)
    line, column = text.count("\n") + 1, len(text) - text.rfind("\n")
    assert f"holds a NUL byte (U+0000) at line {line}, column {column}" in finding.message


def test_a_file_of_nul_bytes_only_is_still_binary(tmp_path: Path) -> None:
    finding = _error(tmp_path, "zeros.json", b"\x00" * 4096, ids.UNREADABLE)
    assert finding.message == "the file is binary, not a text descriptor"


# --- word-processor documents under a descriptor's name -----------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (
            b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\n{\\pard " + GOOD_JSON.encode() + b"\\par}\n}",
            "Rich Text Format, .rtf",
        ),
        (_zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}), "Word, .docx"),
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}),
            "OpenDocument, .odt",
        ),
    ],
    ids=["rtf", "docx", "odt"],
)
@pytest.mark.parametrize("name", ["course.json", "course.yaml"])
def test_a_word_processor_document_is_named_as_one(tmp_path: Path, raw: bytes, kind: str, name: str) -> None:
    finding = _error(tmp_path, name, raw, ids.UNREADABLE)
    assert finding.message == f"the file is a word processor's document ({kind}), not a JSON or YAML descriptor"
    assert ".zip" not in finding.hint


# --- bounded work -------------------------------------------------------------------------------------


def _block_text(lines: int) -> bytes:
    """The good descriptor with a pasted log of ``lines`` lines as a YAML block text under an unknown field."""
    block = "".join(f"  line {n} of a pasted log\n" for n in range(lines))
    return GOOD.replace("summary:", f"notes: |\n{block}summary:", 1).encode()


def test_a_block_text_of_100000_lines_is_read_in_linear_time(tmp_path: Path) -> None:
    (result,) = _results(tmp_path, "block.yaml", _block_text(100_000))
    assert [f.pointer for f in result.findings if f.rule == ids.SCHEMA] == ["/notes"]
    assert_linear(lambda lines: _results(tmp_path, f"block-{lines}.yaml", _block_text(lines)), 5_000, 20_000)


# --- the real CLI on a folder mixing good and damaged files -------------------------------------------


def _damaged() -> dict[str, bytes]:
    return {
        "conflict.yaml": _conflict(LINES, 5).encode(),
        "conflict.json": _conflict(JSON_LINES, 3).encode(),
        "lfs.json": LFS.encode(),
        "cut.json": GOOD_JSON[: len(GOOD_JSON) // 2].encode(),
        "nbsp.yaml": GOOD.replace("\n  en: Data Ethics", "\n\u00a0\u00a0en: Data Ethics", 1).encode(),
        "padded.json": GOOD_JSON.encode() + b"\x00" * 9000,
        "letter.json": b"{\\rtf1\\ansi " + GOOD_JSON.encode() + b"}",
        "letter.yaml": _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
    }


def _cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "qa_checker", *args, "--now", "2026-06-01T00:00:00+00:00"],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
        env={**os.environ, "PYTHONUTF8": "1"},
    )
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def test_check_and_audit_of_a_folder_mixing_good_and_damaged_files(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "good.json").write_text(GOOD_JSON, encoding="utf-8")
    code, out, err = _cli(["check", "good.yaml", "good.json", "--format", "json"], folder)
    alone = {Path(r["source"]).name: r for r in json.loads(out)["results"]}
    damaged = _damaged()
    for name, raw in damaged.items():
        (folder / name).write_bytes(raw)
    code, out, err = _cli(["check", ".", "--format", "json"], folder)
    assert code == 1, err[-2000:]
    assert "Traceback" not in err
    results = {Path(r["source"]).name: r for r in json.loads(out)["results"]}
    assert set(results) == set(alone) | set(damaged)
    for name, result in alone.items():
        assert (results[name]["status"], results[name]["score"]) == (result["status"], result["score"])
    for name in damaged:
        [finding] = results[name]["findings"]
        assert results[name]["status"] == "error"
        assert finding["rule"] in (ids.UNREADABLE, ids.UNPARSABLE), finding
        assert "parser message" not in finding["message"] or "(parser message:" in finding["message"]
        assert "Expecting" not in finding["message"].split("(parser message:")[0], finding["message"]
    code, _, err = _cli(["audit", ".", "--out", str(tmp_path / "out")], folder)
    assert code == 1, err[-2000:]
    assert "Traceback" not in err
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    audited = {Path(r["source"]).name: r for r in report["results"]}
    assert set(audited) == set(results)
    for name, result in alone.items():
        assert audited[name]["status"] == result["status"]
