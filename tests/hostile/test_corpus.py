"""Every hostile input of the corpus, beside two good descriptors, through ``check`` and ``audit``.

Each case runs as real processes (``python -m qa_checker``), with an address-space limit as a crash
guard and a timeout so a regression fails instead of hanging; ``check --format json`` and ``audit``
run side by side. For every case: the exit code is 0 or 1 (never a usage error or a signal), nothing
prints a traceback, the hostile input gets the answer the corpus expects and no internal error,
and the two good descriptors keep their results in report.json, report.xlsx and report.html.

The time and memory targets themselves (10 s, 500 MB) are measured by ``benchmarks/bench_hostile.py``.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import resource
import signal
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from tests.hostile.corpus import CASES, Case, write_case, write_goods

NOW = "2026-11-29T12:00:00+00:00"
# A crash guard, far above the 500 MB target the benchmark measures.
ADDRESS_SPACE = 2 * 1024**3
TIMEOUT = 60
GOOD_IDS = ("good-one", "good-two")


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


class Run:
    """One ``python -m qa_checker`` process, started at once and awaited later."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.args = args
        self.process = subprocess.Popen(
            [sys.executable, "-m", "qa_checker", *args],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_limit,
            start_new_session=True,
        )

    def wait(self) -> tuple[int, bytes, bytes]:
        try:
            out, err = self.process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.communicate()
            pytest.fail(f"qa-checker {self.args[0]} did not answer within {TIMEOUT} s")
        return self.process.returncode, out, err


def _answered(command: str, code: int, err: bytes) -> None:
    stderr = err.decode("utf-8", "replace")
    tail = "\n".join(stderr.splitlines()[-12:])
    assert code >= 0, f"{command} was killed by signal {-code}: {tail}"
    assert code in (0, 1), f"{command} exited {code}: {tail}"
    assert "Traceback" not in stderr, f"{command} printed a traceback ending in:\n{tail}"


def _report(raw: bytes, where: str) -> dict[str, Any]:
    try:
        report = json.loads(raw)
    except ValueError as exc:
        pytest.fail(f"{where} is not a JSON report ({exc}): {raw[:300]!r}")
    assert isinstance(report, dict) and isinstance(report.get("results"), list), f"{where} has no results"
    return report


def _split(report: dict[str, Any], goods: list[Path]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    sources = {p.name: p.stem for p in goods}  # a file named on the command line is shown by its name
    good: dict[str, dict[str, Any]] = {}
    hostile = []
    for result in report["results"]:
        if result["source"] in sources:
            good[sources[result["source"]]] = result
        else:
            hostile.append(result)
    return good, hostile


def _comparable(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k != "source"}


def _expected(case: Case, results: list[dict[str, Any]], where: str) -> None:
    assert results, f"{where}: the hostile input has no result"
    rules = {f["rule"] for r in results for f in r["findings"]}
    statuses = {r["status"] for r in results}
    internal = [f["message"] for r in results for f in r["findings"] if f["rule"] == "MC-EN-002"]
    assert not internal, f"{where}: internal error on the hostile input: {internal[:3]}"
    met = [
        alt
        for alt in case.expect
        if (alt.startswith("status:") and alt[7:] in statuses)
        or (not alt.startswith("status:") and any(fnmatch.fnmatchcase(rule, alt) for rule in rules))
    ]
    assert met, (
        f"{where}: expected one of {case.expect}; got statuses {sorted(statuses)} and rules "
        f"{sorted(rules)[:20]} on {len(results)} result(s)"
    )


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATION = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _sheet_member(package: zipfile.ZipFile, title: str) -> str:
    """The zip member of the sheet ``title``, found through the workbook and its relationships."""
    relations = {
        r.get("Id"): r.get("Target", "") for r in ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    }
    sheets = ElementTree.fromstring(package.read("xl/workbook.xml")).iter(f"{_MAIN}sheet")
    target = next(relations[s.get(_RELATION)] for s in sheets if s.get("name") == title)
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _cell_value(cell: ElementTree.Element) -> Any:
    if cell.get("t") == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
    value = cell.find(f"{_MAIN}v")
    if value is None or value.text is None:
        return None
    return value.text if cell.get("t") in ("s", "str", "b", "e") else float(value.text)


def _xlsx_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows of the Descriptors sheet by its header, read from the sheet's XML (openpyxl takes seconds on a
    sheet of tens of thousands of rows)."""
    with zipfile.ZipFile(path) as package, package.open(_sheet_member(package, "Descriptors")) as sheet:
        header: dict[str, Any] | None = None
        for _, element in ElementTree.iterparse(sheet):
            if element.tag != f"{_MAIN}row":
                continue
            values = {re.sub(r"\d+$", "", c.get("r", "")): _cell_value(c) for c in element}
            element.clear()
            if header is None:
                header = values
            else:
                yield {header[column]: value for column, value in values.items() if column in header}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula_cells(path: Path) -> Iterator[str]:
    """Cells of every sheet that hold a formula or text a spreadsheet would take for one."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if getattr(cell, "data_type", None) == "f" or (
                        isinstance(value, str) and value.startswith(_FORMULA_START)
                    ):
                        yield f"{sheet.title}!{cell.coordinate}: {value!r}"
    finally:
        workbook.close()


_ARTICLE = re.compile(r'<article id="d\d+" class="descriptor">(.*?)</article>', re.S)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _good_in_html(page: str, identifier: str) -> bool:
    return any(
        f"id <code>{identifier}</code>" in body and 'class="badge s-pass"' in body for body in _ARTICLE.findall(page)
    )


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The good descriptors' results when checked on their own."""
    folder = tmp_path_factory.mktemp("baseline")
    goods = write_goods(folder)
    code, out, err = Run(["check", "--format", "json", "--now", NOW, *map(str, goods)], folder).wait()
    assert code == 0, err.decode()
    good, _ = _split(json.loads(out), goods)
    assert set(good) == set(GOOD_IDS)
    return {k: _comparable(v) for k, v in good.items()}


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.name, marks=[pytest.mark.slow] if c.slow else []) for c in CASES]
)
def test_hostile_input_beside_good_descriptors(case: Case, tmp_path: Path, baseline: dict[str, dict[str, Any]]) -> None:
    hostile = write_case(case, tmp_path / "in" / "hostile")
    goods = write_goods(tmp_path / "in" / "good")
    inputs = [str(goods[0]), str(hostile), str(goods[1])]
    out = tmp_path / "out"
    check = Run(["check", "--format", "json", "--now", NOW, *inputs], tmp_path)
    audit = Run(["audit", *inputs, "--out", str(out), "--now", NOW, "--no-progress"], tmp_path)

    code, stdout, stderr = check.wait()
    _answered("check", code, stderr)
    report = _report(stdout, "check --format json")
    good, results = _split(report, goods)
    assert {k: _comparable(v) for k, v in good.items()} == baseline, "check: the good descriptors changed"
    _expected(case, results, "check")

    code, _, stderr = audit.wait()
    _answered("audit", code, stderr)
    assert (out / "report.json").is_file(), "audit wrote no report.json"
    audited = _report((out / "report.json").read_bytes(), "audit report.json")
    good, results = _split(audited, goods)
    assert {k: _comparable(v) for k, v in good.items()} == baseline, (
        "audit: the good descriptors changed in report.json"
    )
    _expected(case, results, "audit report.json")

    rows = {row["id"]: row for row in _xlsx_rows(out / "report.xlsx") if row.get("id") in GOOD_IDS}
    assert {k: (r["status"], r["score"]) for k, r in rows.items()} == {
        k: ("pass", baseline[k]["score"]) for k in GOOD_IDS
    }, "report.xlsx lost a good descriptor"

    if case.formulas:
        assert not list(_formula_cells(out / "report.xlsx")), "report.xlsx holds formulas"

    # The paged report: the index report.html and the pages it links in report-pages/.
    pages = [out / "report.html", *sorted((out / "report-pages").glob("*.html"))]
    page = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    for identifier in GOOD_IDS:
        assert _good_in_html(page, identifier), f"report.html does not show {identifier} as passing"
    for payload in case.html_absent:
        assert payload not in page, f"report.html holds {payload!r} unescaped"

    for marker in case.never_created:
        assert not (hostile.parent / marker).exists(), f"the input ran code: {marker} was created"

    if case.text_clean:
        code, stdout, stderr = Run(
            ["check", "--format", "text", "--color", "never", "--now", NOW, *inputs], tmp_path
        ).wait()
        _answered("check --format text", code, stderr)
        text = stdout.decode("utf-8", "replace")
        found = sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in _CONTROL.findall(text)})
        assert not found, f"the text output passes control characters to the terminal: {found}"
