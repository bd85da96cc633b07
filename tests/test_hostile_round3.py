"""Round three of the hostile corpus (``tests/hostile/round3``), and the syntax slips it found unexplained.

Every case is checked beside a good descriptor, in process: it gets the answer the corpus expects, no
internal error, a syntax error names its line, every report format renders, the good descriptor keeps
its result, and the case is answered in bounded time. One real ``check`` and one ``audit`` process read
the whole corpus at once (exit code 1, no traceback, under an address-space limit).

The corpus showed number slips in JSON (``05``, ``0x1F``, ``+5``, ``.5``, ``2,5``), bad ``\\u`` escapes,
backslashes in YAML's double quotes (a Windows path), a YAML 1.1 line break (U+2028, NEL) in a plain
text and a list or mapping as a YAML key reported in the parser's words only: each is now explained.
"""

from __future__ import annotations

import codecs
import json
import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from qa_checker.loaders import json_, yaml_
from qa_checker.reporting import render
from qa_checker.results import Report, Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW
from tests.hostile.round3.cases import EXPECTED, gj, gy, write_cases, write_special
from tests.timing import assert_linear

GOOD_TEXT = (Path(__file__).resolve().parents[1] / "qa_checker" / "data" / "good-offer.yaml").read_text(
    encoding="utf-8"
)
SPECIAL = (
    "fs-loop-a.json",
    "fs-loop-b.json",
    "fs-dangling.json",
    "fs-devzero.json",
    "fs-urandom.yaml",
    "fs-empty.json",
    "fs-empty.yaml",
    "fs-sparse-huge.json",
    "fs-name\nnewline.json",
    "fs-\x1b[31mred.yaml",
    "fs-UPPER.JSON",
    "fs-double.json.yaml",
    os.fsdecode(b"fs-bad-\xff\xfe-bytes.yaml"),
    "fs-fifo.json",
    "fs-sock.yaml",
)
FORMATS = ("text", "json", "sarif", "github")
ADDRESS_SPACE = 2 * 1024**3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], Path]:
    """The corpus folder, every case's expected answer, and a good descriptor in a folder of its own."""
    folder = tmp_path_factory.mktemp("round3")
    write_cases(folder)
    expected = dict(EXPECTED)
    expected.update(write_special(folder))
    good = tmp_path_factory.mktemp("good") / "good-one.json"
    good.write_text(gj(id="good-one"), encoding="utf-8")
    return folder, expected, good


@pytest.fixture(scope="module")
def config() -> RunConfig:
    return RunConfig(rubric=load_rubric(), now=NOW, jobs=1)


def _answer(results: list[Result]) -> str:
    statuses = sorted({r.status for r in results})
    rules = sorted({f.rule for r in results for f in r.findings if f.rule.startswith("MC-LD")})
    return " ".join(statuses + rules)


@pytest.mark.parametrize("name", sorted(EXPECTED) + list(SPECIAL))
def test_case_is_answered_beside_a_good_descriptor(
    name: str, corpus: tuple[Path, dict[str, str], Path], config: RunConfig
) -> None:
    folder, expected, good = corpus
    if name not in expected:
        pytest.skip("this file system cannot make the file")
    # A case that hangs is caught by the whole corpus's run through the CLI, whose subprocess has a timeout (a
    # hang guard); the speed of the checker is measured in benchmarks, not here.
    report = run([folder / name, good], config)
    results = list(report.results)
    mine = [r for r in results if "good-one.json" not in r.source]
    goods = [r for r in results if "good-one.json" in r.source]
    assert [r.status for r in goods] == ["pass"], "the good descriptor lost its result"
    assert mine, "the case got no result"
    assert _answer(mine) == expected[name]
    for finding in (f for r in mine for f in r.findings):
        assert not finding.rule.startswith("MC-EN"), finding.message
        if finding.rule == "MC-LD-002":
            assert finding.line is not None or finding.pointer, f"a syntax error without a place: {finding.message}"
    _renders(report)


def _renders(report: Report) -> None:
    for fmt in FORMATS:
        out = render(report, fmt)
        if fmt == "json":
            assert len(json.loads(out)["results"]) == len(report.results)


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "qa_checker", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
        preexec_fn=_limit,
    )
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def test_whole_corpus_through_check_and_audit(corpus: tuple[Path, dict[str, str], Path], tmp_path: Path) -> None:
    folder, expected, good = corpus
    paths = [str(folder / name) for name in sorted(expected)] + [str(good)]
    code, out, err = _cli(["check", *paths, "--format", "jsonl", "--now", NOW.isoformat()], folder)
    assert code == 1, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    results = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert sum(r["source"].endswith("good-one.json") and r["status"] == "pass" for r in results) == 1
    assert len(results) >= len(paths)
    code, _, err = _cli(["audit", *paths, "--out", str(tmp_path / "audit"), "--now", NOW.isoformat()], folder)
    assert code == 1, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    report = json.loads((tmp_path / "audit" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["descriptors"] == len(results)


def test_thousands_of_tiny_files(tmp_path: Path, config: RunConfig) -> None:
    def checked(count: int) -> Report:
        folder = tmp_path / str(count)
        folder.mkdir(exist_ok=True)
        for number in range(count):
            (folder / f"t{number:05d}.json").write_text("{}" if number % 2 else '{"id": "t"}', encoding="utf-8")
        return run([folder], config)

    report = checked(2_000)
    assert len(report.results) == 2_000
    assert {r.status for r in report.results} == {"fail"}
    assert_linear(checked, 500, 2_000)


def test_a_link_to_its_own_folder_reads_each_file_once(tmp_path: Path, config: RunConfig) -> None:
    (tmp_path / "a.json").write_text(gj(id="a"), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").write_text(gy(id="b"), encoding="utf-8")
    os.symlink(".", tmp_path / "self")
    os.symlink("..", tmp_path / "sub" / "up")
    report = run([tmp_path / "self"], config)
    assert sorted(r.id or "" for r in report.results) == ["a", "b"]


# ------------------------------------------------------------------ the slips now explained


def _refusal(raw: str, loader: Any, name: str) -> tuple[str, str, int | None, int | None]:
    documents = loader.load(raw.encode("utf-8"), name)
    findings = documents[0].findings
    assert findings, "the text was read"
    finding = findings[0]
    return finding.message, finding.hint, finding.line, finding.column


@pytest.mark.parametrize(
    ("written", "problem", "fix"),
    [
        ("05", "the number 05 starts with a zero", "without the leading zero (5)"),
        ("0613", "the number 0613 starts with a zero", '"0613"'),
        ("-07", "the number -07 starts with a zero", "(-7)"),
        ("0x1F", "the number 0x1F is not written as JSON writes numbers", "decimal number, 31,"),
        ("+5", "the number +5 is not written", "decimal number, 5,"),
        (".5", "the number .5 is not written", "decimal number, 0.5,"),
        ("-.5", "the number -.5 is not written", "decimal number, -0.5,"),
        ("5.", "the number 5. is not written", "decimal number, 5,"),
        ("1_000", "the number 1_000 is not written", "decimal number, 1000,"),
        ("1e", "the number 1e is not written", "in double quotes if it is a text"),
        ("2,5", "the number 2,5 is written with a decimal comma", "decimal point: 2.5."),
    ],
)
def test_json_numbers_written_otherwise_are_explained(written: str, problem: str, fix: str) -> None:
    raw = '{\n  "kind": "offer",\n  "ects": ' + written + ',\n  "id": "x"\n}'
    message, hint, line, column = _refusal(raw, json_, "x.json")
    assert problem in message
    assert fix in hint
    assert (line, column) == (3, 11)


def test_json_numbers_the_parser_reads_are_left_alone() -> None:
    message, _, _, _ = _refusal('{"a": 1,\n"b": 2\n"c": 3}', json_, "x.json")
    assert "a comma is missing at the end of line 2" in message
    message, _, _, _ = _refusal('{"e": -x}', json_, "x.json")
    assert "number" not in message


@pytest.mark.parametrize(("escape", "shown"), [("\\u12G4", "\\u12G4"), ("\\u12", "\\u12")])
def test_json_unicode_escape_without_four_hex_digits(escape: str, shown: str) -> None:
    message, hint, line, column = _refusal('{"title": "Data ' + escape + '"}', json_, "x.json")
    assert f"the escape {shown}, but \\u must be followed by four hexadecimal digits" in message
    assert "\\u00e9" in hint
    assert (line, column) == (1, 17)


@pytest.mark.parametrize(
    ("value", "escape", "column"), [('"C:\\Users\\data"', "\\Us", 10), ('"see \\d+ and \\w"', "\\d", 12)]
)
def test_yaml_backslash_in_double_quotes(value: str, escape: str, column: int) -> None:
    text = GOOD_TEXT.replace("Data Ethics in Practice", value, 1)
    message, hint, line, found = _refusal(text, yaml_, "x.yaml")
    assert f"a backslash \\ in a text in double quotes starts an escape, and {escape} is not one" in message
    assert "single quotes" in hint
    assert (line, found) == (7, column)


@pytest.mark.parametrize(
    ("char", "name"), [("\u2028", "LINE SEPARATOR"), ("\u2029", "PARAGRAPH SEPARATOR"), ("\x85", "NEXT LINE")]
)
def test_yaml_other_line_break_in_a_plain_text(char: str, name: str) -> None:
    text = GOOD_TEXT.replace("Data Ethics in Practice", f"Data{char}Ethics in Practice", 1)
    message, hint, line, column = _refusal(text, yaml_, "x.yaml")
    assert f"line 7 holds the character U+{ord(char):04X} ({name}), which YAML reads as a line break" in message
    assert "double quotes" in hint
    assert (line, column) == (7, 11)


@pytest.mark.parametrize(
    ("old", "new", "place"),
    [
        ("languages: [en, nl]", "? [en, nl]\n: languages", (12, 3)),
        ("languages: [en, nl]", "{a: 1}: x\nlanguages: [en, nl]", (12, 1)),
        ("workload: {ects: 5, hours: 140}", "workload: {ects: 5, [a, b]: c}", (26, 21)),
    ],
)
def test_yaml_list_or_mapping_as_a_key(old: str, new: str, place: tuple[int, int]) -> None:
    message, hint, line, column = _refusal(GOOD_TEXT.replace(old, new, 1), yaml_, "x.yaml")
    assert "the key here is a list or a mapping, not a name" in message
    assert "languages:" in hint
    assert (line, column) == place


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        (b'{\n  "title": {"en": "Data\x00Ethics"}\n}', (2, 24)),
        (b"title: a\x00b\n", (1, 9)),
        (b"\xef\xbb\xbfid: x\ntitle: Data\x00\n", (2, 12)),
    ],
)
def test_a_stray_nul_byte_in_a_text_is_placed(raw: bytes, place: tuple[int, int]) -> None:
    # It was "the file is binary", with no place, though the file is text but for one or two bytes.
    loader = json_ if raw.startswith(b"{") else yaml_
    [document] = loader.load(raw, "x")
    [finding] = document.findings
    assert finding.rule == "MC-LD-001"
    assert "holds a NUL byte (U+0000) at line" in finding.message
    assert (finding.line, finding.column) == place


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_text_without_a_byte_order_mark_cut_short(codec: str) -> None:
    # It was "the file is binary": a UTF-16 or UTF-32 file that lost its last byte.
    [document] = yaml_.load(GOOD_TEXT.encode(codec)[:-1], "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-001"
    assert (
        f"the file is {codec[:6].upper()} text without a byte-order mark, but it ends in the middle" in finding.message
    )
    assert finding.origin is not None and finding.origin.line == GOOD_TEXT.count("\n")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-be"), (codecs.BOM_UTF16_BE, "utf-16-le")],
)
def test_byte_order_mark_of_the_other_order(bom: bytes, codec: str) -> None:
    # It was read as text of unrelated characters: "the document is a string" or "Expecting value".
    for loader, text in ((yaml_, GOOD_TEXT), (json_, gj())):
        [document] = loader.load(bom + text.encode(codec), "x")
        [finding] = document.findings
        assert finding.rule == "MC-LD-001"
        assert "byte-order mark announces UTF-16 text in one byte order, but the text is written in the other" in (
            finding.message
        )


def test_wide_text_of_other_scripts_is_still_read() -> None:
    text = GOOD_TEXT.replace("Data Ethics in Practice", "数据伦理" * 600, 1)
    [document] = yaml_.load(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "x.yaml")
    assert document.findings == [] and document.data is not None
