"""Every output of one varied batch says the same about every file: the terminal, JSON, JSONL, SARIF, GitHub,
HTML (one file and paged) and Excel reports and the comparability dataset give each source the same status,
score, findings (rule, severity, waived, message, line, column, pointer) and counts per severity."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qa_checker.cells import visible
from qa_checker.cli import cli
from qa_checker.reporting import workbook
from tests.conftest import baseline
from tests.reporting.helpers import NOW_TEXT, sheet_rows, write_json, write_yaml

FORMATS = ("text", "json", "jsonl", "sarif", "github", "html", "xlsx")
CSV_HEADER = "Title,Awarding body,Country,Learning outcomes,ECTS,EQF level,Assessment,Mode,Internal QA\n"
CSV_ROWS = (
    '"=1+1 Cloud",Universidad de Sevilla,ES,"Apply cloud service models to a real project.",5,6,'
    "project-work,online,Approved by the board.\n"
    "Ηλεκτρονική μάθηση,Πανεπιστήμιο Κρήτης,GR,Evaluate.,four,9,exam,hybrid,\n"
)
WAIVERS = """waivers:
  - rule: MC-EL-011
    descriptor: no-qa
    reason: "=cmd accepted by the board"
    accepted_by: QA officer
"""

Finding = tuple[Any, ...]  # rule, severity, waived, message, line, column, pointer


def _batch(folder: Path) -> None:
    """Good and flawed descriptors of several providers and scripts, unreadable files, a catalogue of rows."""
    write_yaml(folder / "a" / "good.yaml", baseline())
    flawed = baseline()
    flawed.update(id="no-qa", title={"en": "Data ethics", "el": "Ηθική των δεδομένων"}, languages=["en", "el"])
    del flawed["quality_assurance"]
    flawed["level"] = {"eqf": 9}
    write_json(folder / "b" / "no-qa.json", flawed)
    hostile = baseline()
    hostile.update(id="formula", title="@SUM(A1) <b>course</b>", learning_outcomes=["-2+3 outcomes", "Apply it."])
    hostile["awarding_bodies"][0]["name"] = '=HYPERLINK("http://x") Университет'
    write_yaml(folder / "b" / "formula.yaml", hostile)
    (folder / "c").mkdir()
    (folder / "c" / "broken.json").write_text('{"id": ', encoding="utf-8")
    (folder / "c" / "broken.yaml").write_text("title: [open\n  - a: b\n", encoding="utf-8")
    (folder / "c" / "empty.json").write_text("", encoding="utf-8")
    (folder / "c" / "catalogue.csv").write_text(CSV_HEADER + CSV_ROWS, encoding="utf-8")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("agree")
    _batch(root / "in")
    (root / "waivers.yaml").write_text(WAIVERS, encoding="utf-8")
    out = root / "out"
    common = ["--now", NOW_TEXT, "--waivers", str(root / "waivers.yaml"), "-j", "1"]
    runner = CliRunner()
    for form in FORMATS:
        args = ["check", str(root / "in"), "--format", form, "-o", str(out / f"check.{form}"), *common]
        done = runner.invoke(cli, [*args, "--color", "never"] if form == "text" else args, catch_exceptions=False)
        assert done.exit_code == 1, done.output
    audit = ["audit", str(root / "in"), "--out", str(out / "audit"), "--dataset", str(out / "audit" / "set.csv")]
    done = runner.invoke(cli, [*audit, *common, "--no-progress"], catch_exceptions=False)
    assert done.exit_code == 1, done.output
    return out


def _from_json(result: dict[str, Any]) -> dict[str, Any]:
    findings = [
        (f["rule"], f["severity"], f["waived"], f["message"], f.get("line"), f.get("column"), f["pointer"] or None)
        for f in result["findings"]
    ]
    return {"status": result["status"], "score": result["score"], "findings": sorted(findings, key=repr)}


@pytest.fixture(scope="module")
def expected(outputs: Path) -> dict[str, dict[str, Any]]:
    results = json.loads((outputs / "check.json").read_text(encoding="utf-8"))["results"]
    by_source = {r["source"]: _from_json(r) for r in results}
    statuses = Counter(r["status"] for r in by_source.values())
    assert statuses["pass"] and statuses["fail"] and statuses["error"] >= 3, statuses
    assert any(f[2] for r in by_source.values() for f in r["findings"]), "a waived finding"
    assert sum("catalogue.csv [" in source for source in by_source) == 2
    return by_source


def _counts(findings: list[Finding]) -> Counter[str]:
    return Counter("waived" if f[2] else f[1] for f in findings)


def _cut(expected: dict[str, dict[str, Any]], fields: int) -> dict[str, dict[str, Any]]:
    """The expected records with each finding cut to its first ``fields`` fields."""
    return {
        source: {**record, "findings": sorted((f[:fields] for f in record["findings"]), key=repr)}
        for source, record in expected.items()
    }


def test_the_audit_json_and_jsonl_are_the_check_json(outputs: Path, expected: dict[str, dict[str, Any]]) -> None:
    audit = json.loads((outputs / "audit" / "report.json").read_text(encoding="utf-8"))["results"]
    assert {r["source"]: _from_json(r) for r in audit} == expected
    lines = (outputs / "check.jsonl").read_text(encoding="utf-8").splitlines()
    assert {r["source"]: _from_json(r) for r in map(json.loads, lines)} == expected


_HEAD = re.compile(r"^(PASS|FAIL|ERROR) (.*?)(?: \(.*\))?  score (\S+)$")
_FINDING = re.compile(r"^  (error|warning|info)\s+(\S+)  (.*?)( \(waived\))?$")
_PLACE = re.compile(r"^(?P<pointer>.*?)(?:  .*?:(?P<line>\d+)(?::(?P<column>\d+))?)?(?: \[[^\]]*\])?$")


def test_the_terminal_report(outputs: Path, expected: dict[str, dict[str, Any]]) -> None:
    got: dict[str, dict[str, Any]] = {}
    lines = (outputs / "check.text").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if head := _HEAD.match(line):
            current = got[head.group(2)] = {
                "status": head.group(1).lower(),
                "score": None if head.group(3) == "-" else float(head.group(3)),
                "findings": [],
            }
        elif finding := _FINDING.match(line):
            place = _PLACE.match(finding.group(3))
            assert place is not None
            pointer = None if place["pointer"] == "(file)" else place["pointer"]
            line_, column = (int(n) if n else None for n in (place["line"], place["column"]))
            message = lines[number + 1].strip()
            current["findings"].append(
                (finding.group(2), finding.group(1), bool(finding.group(4)), message, line_, column, pointer)
            )
    for record in got.values():
        record["findings"].sort(key=repr)
    shown = {
        visible(source): {
            **record,
            "findings": sorted(((*f[:3], visible(f[3], lines=True), *f[4:]) for f in record["findings"]), key=repr),
        }
        for source, record in expected.items()
    }
    assert got == shown


def test_sarif_and_github_carry_every_finding_at_its_place(outputs: Path, expected: dict[str, dict[str, Any]]) -> None:
    log = json.loads((outputs / "check.sarif").read_text(encoding="utf-8"))
    got: dict[str, list[Finding]] = {source: [] for source in expected}
    for entry in log["runs"][0]["results"]:
        props = entry["properties"]
        region = entry["locations"][0]["physicalLocation"].get("region", {})
        level = {"note": "info"}.get(entry["level"], entry["level"])
        # The message, then where in the file when the region cannot say it, then the hint.
        message = entry["message"]["text"].split("\n")[0]
        got[props["source"]].append((entry["ruleId"], level, props["waived"], message, region.get("startLine")))
    for source, record in expected.items():
        assert len(got[source]) == len(record["findings"]), source
        for mine, theirs in zip(sorted(got[source], key=repr), sorted(record["findings"], key=repr), strict=True):
            assert mine[:3] == theirs[:3] and mine[4] == theirs[4] and mine[3].startswith(theirs[3]), (mine, theirs)
    annotations = Counter()
    for line in (outputs / "check.github").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^::(error|warning|notice) file=[^,]*(?:,line=\d+)?(?:,col=\d+)?,title=([^:]*)::", line)
        assert match, line
        annotations[(match.group(2), {"notice": "info"}.get(match.group(1), match.group(1)))] += 1
    unwaived = Counter((f[0], f[1]) for r in expected.values() for f in r["findings"] if not f[2])
    assert annotations == unwaived


def test_both_workbooks_and_the_dataset(outputs: Path, expected: dict[str, dict[str, Any]]) -> None:
    safe = workbook.safe
    for path in (outputs / "check.xlsx", outputs / "audit" / "report.xlsx"):
        got: dict[str, dict[str, Any]] = {}
        for row in sheet_rows(path, "Descriptors"):
            got[row["source"]] = {"status": row["status"], "score": row["score"], "findings": []}
            counts = (row["errors"], row["warnings"], row["infos"], row["waived"])
            got[row["source"]]["counts"] = counts
        for row in sheet_rows(path, "Findings"):
            got[row["source"]]["findings"].append(
                (
                    row["rule"],
                    row["severity"],
                    row["waived"],
                    row["message"],
                    row["line"],
                    row["column"],
                    row["pointer"],
                )
            )
        want = {}
        for source, record in expected.items():
            tally = _counts(record["findings"])
            findings = sorted(((*f[:3], safe(f[3]), *f[4:6], safe(f[6])) for f in record["findings"]), key=repr)
            want[safe(source)] = {
                **record,
                "findings": findings,
                "counts": (tally["error"], tally["warning"], tally["info"], tally["waived"]),
            }
        for record in got.values():
            record["findings"].sort(key=repr)
        assert got == want, path.name
    with (outputs / "audit" / "set.csv").open(newline="", encoding="utf-8") as file:
        dataset = {row["source"]: row for row in csv.DictReader(file)}
    assert set(dataset) == set(expected)
    for source, row in dataset.items():
        record, tally = expected[source], _counts(expected[source]["findings"])
        assert row["status"] == record["status"]
        assert (float(row["score"]) if row["score"] else None) == record["score"]
        assert [int(row[k]) for k in ("errors", "warnings", "infos", "waived")] == [
            tally["error"],
            tally["warning"],
            tally["info"],
            tally["waived"],
        ]


class _Articles(HTMLParser):
    """Each descriptor section of an HTML report: its status badge, its meta line and its findings' cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[dict[str, Any]] = []
        self._article: dict[str, Any] | None = None
        self._row: dict[str, Any] | None = None
        self._cell: list[str] | None = None
        self._into = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "article" and "descriptor" in classes:
            self._article = {"status": "", "meta": "", "rows": []}
            self.found.append(self._article)
        elif self._article is None:
            return
        elif tag == "span" and "badge" in classes:
            self._into = "status"
        elif tag == "p" and "meta" in classes:
            self._into = "meta"
        elif tag == "tr" and "data-f" in a:
            self._row = {"rule": a["data-rule"], "sev": a["data-sev"], "waived": "waived" in classes, "cells": []}
            self._article["rows"].append(self._row)
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._article = None
        elif tag in ("span", "p"):
            self._into = ""
        elif tag == "td" and self._cell is not None and self._row is not None:
            self._row["cells"].append("".join(self._cell))
            self._cell = None
        elif tag == "tr":
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._article is not None and self._into:
            self._article[self._into] += data
        if self._cell is not None:
            self._cell.append(data)


def _html_records(*pages: Path) -> dict[str, dict[str, Any]]:
    parser = _Articles()
    for page in pages:
        parser.feed(page.read_text(encoding="utf-8"))
    got = {}
    for article in parser.found:
        meta = re.match(r"\S+ (.*?) · (?:\S+ .*? · )?\S+ (\S+) ·", article["meta"], re.S)
        assert meta, article["meta"]
        findings = []
        for row in article["rows"]:
            place = re.search(r":(\d+)(?::(\d+))?$", row["cells"][4].split("\n")[0])
            line, column = (int(n) if n else None for n in (place.groups() if place else (None, None)))
            findings.append((row["rule"], row["sev"], row["waived"], row["cells"][5].split("\n")[0], line, column))
        assert meta.group(1) not in got, meta.group(1)
        score = meta.group(2)
        got[meta.group(1)] = {
            "status": article["status"].strip(),
            "score": None if score == "–" else float(score),
            "findings": sorted(findings, key=repr),
        }
    return got


def test_the_html_reports_one_file_and_paged(outputs: Path, expected: dict[str, dict[str, Any]]) -> None:
    want = _cut(expected, 6)  # the HTML shows the pointer beside file:line:col, compared through those
    assert _html_records(outputs / "check.html") == want
    assert _html_records(*sorted((outputs / "audit" / "report-pages").glob("page-*.html"))) == want
