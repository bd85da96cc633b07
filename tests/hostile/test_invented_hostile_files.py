"""Hostile inputs invented to break the loaders, each checked beside two good descriptors.

Every case here once gave a wrong or crashing answer: the hostile file must now get a located
finding (or be read as written), never ``MC-EN-002``, and the good descriptors keep their results
and every report still renders.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.limits import Limits
from qa_checker.loaders import tabular, yaml_
from qa_checker.reporting import excel, html, text
from qa_checker.reporting import json_ as json_report
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW
from tests.hostile.test_text_loaders import GOOD_IDS, _good, _write_goods

RUBRIC = load_rubric()


def _check(folder: Path, name: str, content: bytes) -> list[Result]:
    """The results of the hostile file ``name`` checked beside the good descriptors, which still pass."""
    _write_goods(folder)
    (folder / name).write_bytes(content)
    report = run([folder], RunConfig(rubric=RUBRIC, now=NOW, jobs=1))
    goods = {Path(r.source).stem: r.status for r in report.results if Path(r.source).stem in GOOD_IDS}
    assert goods == dict.fromkeys(GOOD_IDS, "pass")
    for render in (text.render, json_report.render, html.render, excel.render):
        assert render(report)
    json.loads(json_report.render(report))
    hostile = [r for r in report.results if Path(r.source).stem not in GOOD_IDS]
    assert hostile
    for result in hostile:
        assert all(f.rule in RULES_BY_ID and not f.rule.startswith("MC-EN-") for f in result.findings), result.findings
    return hostile


def _yaml_offer(identifier: str, extra: str = "", **fields: str) -> bytes:
    """A good offer in YAML, with each of ``fields`` written as the YAML text given, and ``extra`` at its end."""
    data = _good(identifier)
    data.update(dict.fromkeys(fields, "PLACEHOLDER"))
    content = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    for key, written in fields.items():
        content = content.replace(f"\n{key}: PLACEHOLDER\n", f"\n{key}: {written}\n")
    return (content + extra).encode()


# ------------------------------------------------------------------------------- YAML keys and tags


def test_yaml_keys_that_are_numbers_booleans_or_null_are_read_as_written(tmp_path: Path) -> None:
    # Mixed key types at the top level once crashed the schema check (sorting str against float).
    content = _yaml_offer("odd-keys", "1: int\ntrue: bool\nnull: nothing\n3.5: float\n2024-01-01: date\n")
    [result] = _check(tmp_path, "odd-keys.yaml", content)
    unknown = {f.pointer for f in result.findings if f.rule == "MC-SC-001"}
    assert {"/1", "/true", "/null", "/3.5", "/2024-01-01"} <= unknown, result.findings


@pytest.mark.parametrize(
    ("fields", "pointer"),
    [
        ({"field_of_education": "0413"}, "/field_of_education"),  # YAML 1.1: the octal number 267
        ({"languages": "[no, en]"}, "/languages/0"),  # YAML 1.1: false
        ({"field_of_education": "0731"}, "/field_of_education"),
    ],
    ids=["isced-code-with-leading-zero", "norwegian-language-value", "another-isced-code"],
)
def test_plain_yaml_codes_are_read_as_written_not_by_yaml_1_1(
    tmp_path: Path, fields: dict[str, str], pointer: str
) -> None:
    [result] = _check(tmp_path, "codes.yaml", _yaml_offer("codes", **fields))
    assert not [f for f in result.findings if f.rule == "MC-SC-001" and f.pointer == pointer], result.findings


def test_yaml_scalars_follow_the_yaml_1_2_core_schema() -> None:
    written = "a: true\nb: False\nc: yes\nd: on\ne: 5\nf: -0\ng: 0x1F\nh: 0o17\ni: 1_000\nj: 1:30\nk: 2.5\nl: 1e3\nn: ~\no: 007"
    extensions = "\n" + "\n".join("  " + line for line in written.splitlines())
    [document] = yaml_.load(_yaml_offer("scalars", extensions=extensions), "x.yaml")
    assert document.data is not None and document.data["extensions"] == {
        "a": True, "b": False, "c": "yes", "d": "on", "e": 5, "f": 0, "g": 31, "h": 15, "i": "1_000", "j": "1:30",
        "k": 2.5, "l": 1000.0, "n": None, "o": "007",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("!!int abc", "'abc' cannot be read as !!int"),
        ("!!float abc", "'abc' cannot be read as !!float"),
        ("!!bool maybe", "'maybe' cannot be read as !!bool"),
        ("!!int 0x", "'0x' cannot be read as !!int"),
        ("!!map [1]", "expected a mapping node, but found sequence"),
        ("!!set 3", "expected a mapping node, but found scalar"),
    ],
)
def test_a_core_yaml_tag_on_a_value_it_cannot_hold_is_refused_at_its_place(
    tmp_path: Path, written: str, expected: str
) -> None:
    [result] = _check(tmp_path, "tagged.yaml", _yaml_offer("tagged", extra=f"extensions: {{n: {written}}}\n"))
    [finding] = result.findings
    assert finding.rule == "MC-LD-002" and expected in finding.message, finding.message
    assert finding.origin is not None and finding.origin.line == len(_yaml_offer("tagged").splitlines()) + 1


def test_a_bad_core_tag_in_one_document_of_a_stream_refuses_that_document_only(tmp_path: Path) -> None:
    content = _yaml_offer("first") + b"---\nextensions: {n: !!int abc}\n---\n" + _yaml_offer("third")
    results = _check(tmp_path, "stream.yaml", content)
    assert [r.status for r in results] == ["pass", "error", "pass"], [r.findings for r in results]


def test_norwegian_language_key_no_is_not_read_as_false() -> None:
    content = _yaml_offer("norsk", title="{en: Data ethics, no: Dataetikk}")
    [document] = yaml_.load(content, "x.yaml")
    assert document.data is not None and document.data["title"]["no"] == "Dataetikk"
    assert all(isinstance(key, str) for key in document.data["title"])


@pytest.mark.parametrize(
    ("tagged", "pointer", "value"),
    [
        ("!!timestamp 2026-01-15T10:00:00+02:00", "/last_reviewed", "2026-01-15T10:00:00+02:00"),
        ("!!binary aGVsbG8=", "/last_reviewed", "aGVsbG8="),
        ("!!set {en: null, nl: null}", "/languages", {"en": None, "nl": None}),
        ("!!omap [en: x, nl: y]", "/title", [{"en": "x"}, {"nl": "y"}]),
        ("!!pairs [en: x, en: y]", "/title", [{"en": "x"}, {"en": "y"}]),
    ],
    ids=["timestamp", "binary", "set", "omap", "pairs"],
)
def test_yaml_tags_of_values_json_cannot_hold_are_read_as_written(
    tmp_path: Path, tagged: str, pointer: str, value: Any
) -> None:
    key = pointer.strip("/")
    content = _yaml_offer("tagged", **{key: tagged})
    [document] = yaml_.load(content, "x.yaml")
    assert document.data is not None and document.data[key] == value
    [result] = _check(tmp_path, "tagged.yaml", content)
    assert result.status in ("pass", "fail")


# ------------------------------------------------------------------------------- file names


def test_a_file_name_that_is_not_utf8_is_shown_escaped_and_a_large_batch_still_runs(tmp_path: Path) -> None:
    # Past SPILL_AFTER results a run keeps them in SQLite, which refused the name's undecodable byte
    # (a lone surrogate): the whole run ended in a traceback, every other file's result lost with it.
    _write_goods(tmp_path)
    (tmp_path / os.fsdecode(b"caf\xe9-\xff.json")).write_bytes(json.dumps(_good("bad-name")).encode())
    # Enough rows after it to fill a page of spilled results (64).
    (tmp_path / "z-rows.csv").write_text("id,title\n" + "".join(f"row-{i},t\n" for i in range(100)), encoding="utf-8")
    report = run([tmp_path], RunConfig(rubric=RUBRIC, now=NOW, jobs=1, spill_after=1))
    by_id = {r.id: r for r in report.results}
    assert {i: by_id[i].status for i in (*GOOD_IDS, "bad-name")} == dict.fromkeys((*GOOD_IDS, "bad-name"), "pass")
    assert by_id["bad-name"].source.endswith("caf\\xe9-\\xff.json")
    rendered = json.loads(json_report.render(report))
    assert any(r["source"].endswith("caf\\xe9-\\xff.json") for r in rendered["results"])


def test_a_stdin_name_that_is_not_utf8_is_shown_escaped_and_recorded(tmp_path: Path) -> None:
    stdin_name = os.fsdecode(b"feed-\xff.json")
    result = CliRunner().invoke(
        cli,
        ["check", "-", "--stdin-name", stdin_name, "--format", "json", "--store", str(tmp_path / "h.sqlite")],
        input=json.dumps(_good("from-stdin")).encode(),
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    [checked] = json.loads(result.stdout)["results"]
    assert checked["source"] == "feed-\\xff.json"


# ------------------------------------------------------------------------------- spreadsheets


def test_a_csv_cell_longer_than_the_csv_module_default_is_read_and_the_rows_after_it_too(tmp_path: Path) -> None:
    # Python's csv module stops at fields of 131,072 characters, far under every limit qa-checker
    # documents: the row of a long description and every row after it were lost.
    rows = "".join(f"row-{i},{'x' * (200_000 if i == 1 else 5)}\n" for i in range(4))
    results = _check(tmp_path, "long.csv", ("id,title\n" + rows).encode())
    assert sorted(r.id or "" for r in results) == [f"row-{i}" for i in range(4)], [r.findings for r in results]


def test_a_csv_cell_over_max_string_chars_is_refused_naming_the_limit() -> None:
    rows = "".join(f"row-{i},{'x' * (300 if i == 1 else 5)}\n" for i in range(3))
    documents = tabular.load_csv(("id,title\n" + rows).encode(), "long.csv", limits=Limits(max_string_chars=100))
    [refused] = [d for d in documents if d.data is None]
    [finding] = refused.findings
    assert "max-string-chars" in finding.message and "100" in finding.message, finding.message
    assert finding.origin is not None and finding.origin.cell == "A3"


def _workbook_with_doctype(part: str) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["id", "Title", "ECTS"])
    workbook.active.append(["c1", "Data ethics", 5])
    plain = io.BytesIO()
    workbook.save(plain)
    doctype = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    bombed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as source, zipfile.ZipFile(bombed, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == part:
                data = re.sub(rb"^<\?xml[^>]*\?>", b"", data)
                data = b'<?xml version="1.0"?>' + doctype + data
            target.writestr(info, data)
    return bombed.getvalue()


def test_a_workbook_part_declaring_entities_is_refused_naming_the_part(tmp_path: Path) -> None:
    # openpyxl's refusal was shown raw: three lines of its own text, naming no part and no reason.
    [result] = _check(tmp_path, "entities.xlsx", _workbook_with_doctype("xl/worksheets/sheet1.xml"))
    [finding] = result.findings
    assert finding.rule == "MC-LD-001" and "xl/worksheets/sheet1.xml" in finding.message
    assert "DOCTYPE" in finding.message and "\n" not in finding.message, finding.message


def test_a_csv_quote_never_closed_is_reported_not_read_as_one_huge_cell(tmp_path: Path) -> None:
    # The csv module reads an unclosed quote to the end of the file: the rows after it vanished into one
    # cell of the row that opened it, which was then checked as if it were a title.
    rows = 'id,title\nrow-1,fine\nrow-2,"never closed\nrow-3,lost\nrow-4,lost too\n'
    results = _check(tmp_path, "quote.csv", rows.encode())
    assert [r.id for r in results if r.status != "error"] == ["row-1"]
    [refused] = [r for r in results if r.status == "error"]
    [finding] = refused.findings
    assert finding.rule == "MC-LD-002" and "line 3" in finding.message and "never closed" in finding.message
    assert finding.origin is not None and (finding.origin.cell, finding.origin.line) == ("A3", 3)


def test_csv_quotes_that_close_keep_every_row() -> None:
    rows = 'id,title\nrow-1,"two\nlines"\nrow-2,"say ""hi"""\nrow-3,5" screen\nrow-4,"last"'
    documents = tabular.load_csv(rows.encode(), "quotes.csv")
    assert [d.data["id"] for d in documents if d.data] == ["row-1", "row-2", "row-3", "row-4"]


def test_a_link_loop_or_dangling_link_named_on_the_command_line_is_that_file_s_finding(tmp_path: Path) -> None:
    # click refused them as paths that do not exist (exit 2): the whole run stopped for one bad name,
    # with a message that hid what the name is.
    good = tmp_path / "good-one.json"
    good.write_text(json.dumps(_good("good-one")), encoding="utf-8")
    (tmp_path / "loop-a.json").symlink_to("loop-b.json")
    (tmp_path / "loop-b.json").symlink_to("loop-a.json")
    (tmp_path / "dangling.json").symlink_to("nowhere.json")
    names = [str(tmp_path / n) for n in ("good-one.json", "loop-a.json", "dangling.json")]
    result = CliRunner().invoke(cli, ["check", *names, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    by_source = {r["source"]: r for r in json.loads(result.stdout)["results"]}
    assert by_source["good-one.json"]["status"] == "pass"
    assert [f["rule"] for f in by_source["loop-a.json"]["findings"]] == ["MC-LD-001"]
    assert "loop" in by_source["loop-a.json"]["findings"][0]["message"]
    assert "nowhere.json" in by_source["dangling.json"]["findings"][0]["message"]
    missing = CliRunner().invoke(cli, ["check", str(tmp_path / "absent.json")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


# ------------------------------------------------------------------------- UTF-16 and UTF-32 without a mark


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("suffix", ["json", "yaml"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_read(tmp_path: Path, codec: str, suffix: str) -> None:
    # YAML tells these encodings by the NUL bytes around the first (ASCII) character; they were "binary".
    data = _good(f"wide-{codec}")
    written = json.dumps(data, ensure_ascii=False) if suffix == "json" else yaml.safe_dump(data, allow_unicode=True)
    [result] = _check(tmp_path, f"wide.{suffix}", written.encode(codec))
    assert result.status == "pass" and result.id == f"wide-{codec}"


@pytest.mark.parametrize(
    "content", [b"A\x00\x00\x01\x02\x03\x04\x05\x06\x07", b"\x00\x01\x02", "{\x00}".encode("utf-16-le")]
)
def test_nul_bytes_that_are_not_wide_text_are_still_a_binary_file(tmp_path: Path, content: bytes) -> None:
    [result] = _check(tmp_path, "odd.json", content)
    assert result.status == "error" and any("binary" in f.message for f in result.findings)


@pytest.mark.parametrize(
    ("content", "line"),
    [("? [a, b]\n: v\n", 3), ("s: !!set\n  ? [a]\n", 4)],
    ids=["complex-key", "set-member"],
)
def test_an_unhashable_yaml_key_is_refused_at_its_line(content: str, line: int) -> None:
    [document] = yaml_.load(f'descriptor_version: "1.0"\nid: x\n{content}'.encode(), "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-002" and "unhashable key" in finding.message
    assert finding.origin is not None and finding.origin.line == line
