"""The Excel workbook: exactly what the JSON report holds, formula neutralisation, layout."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess

import openpyxl
import openpyxl.utils
import pytest

from qa_checker import cells
from qa_checker.api import audit_paths
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.reporting import excel, json_, workbook
from qa_checker.results import Result, principle_notes
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report
from tests.conftest import NOW, SAMPLES, baseline
from tests.reporting.helpers import sheet_rows, write_json

FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1"]


def _batch(tmp_path):
    folder = tmp_path / "batch"
    for index, text in enumerate(FORMULAS):
        data = baseline()
        data["id"] = f"f{index}"
        data["title"] = text
        data["awarding_bodies"][0]["name"] = text
        data["learning_outcomes"] = [text, "Apply the principles of lawful processing to a project plan."]
        data["level"] = {"eqf": text}
        write_json(folder / f"f{index}.json", data)
    (folder / "broken.json").write_text("{", encoding="utf-8")
    for sample in sorted(SAMPLES.rglob("*.*")):
        (folder / sample.name).write_bytes(sample.read_bytes())
    return audit_paths([folder], rubric=load_rubric(), now=NOW)


def test_no_cell_ever_holds_a_formula(tmp_path):
    report = _batch(tmp_path)
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(report)))
    texts = []
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
                    assert not cell.value.startswith(cells.FORMULA_START), (sheet.title, cell.coordinate)
    for formula in FORMULAS:
        assert "'" + formula in texts


def test_neutralisation_rules():
    assert workbook.safe("=1+1") == "'=1+1" and workbook.safe("@x") == "'@x" and workbook.safe("-x") == "'-x"
    assert workbook.safe("plain") == "plain" and workbook.safe(-3.5) == -3.5 and workbook.safe(None) is None
    assert workbook.safe("bell\x07") == "bell\ufffd"
    assert len(workbook.safe("x" * 40_000)) == workbook.CELL_LIMIT


def test_the_workbook_holds_exactly_what_the_json_report_holds(tmp_path):
    report = _batch(tmp_path)
    path = tmp_path / "report.xlsx"
    path.write_bytes(excel.render(report))
    data = json.loads(json_.render(report))

    safe = workbook.safe
    rows = sheet_rows(path, "Descriptors")
    assert [(r["source"], r["id"], r["status"], r["score"]) for r in rows] == [
        (safe(r["source"]), safe(r["id"]), r["status"], r["score"]) for r in data["results"]
    ]

    expected = []
    for result in data["results"]:
        for f in result["findings"]:
            origin = f.get("origin", {})
            expected.append(
                tuple(
                    safe(v)
                    for v in (
                        result["source"],
                        result["id"],
                        f["rule"],
                        f["severity"],
                        f["element"],
                        f["pointer"] or None,
                        f["message"],
                        f["hint"] or None,
                        origin.get("sheet"),
                        origin.get("cell"),
                        origin.get("pointer"),
                        origin.get("line"),
                        f["waived"],
                    )
                )
            )
    findings = sheet_rows(path, "Findings")
    assert [
        (
            f["source"],
            f["descriptor_id"],
            f["rule"],
            f["severity"],
            f["element"],
            f["pointer"],
            f["message"],
            f["hint"],
            f["origin_sheet"],
            f["origin_cell"],
            f["origin_pointer"],
            f["origin_line"],
            f["waived"],
        )
        for f in findings
    ] == expected
    assert len(findings) == sum(len(r["findings"]) for r in data["results"]) > 20

    coverage = sheet_rows(path, "Coverage")
    for row, result in zip(coverage, data["results"]):
        assert [row[k] for k in list(row)[4:]] == list(result["elements"].values())
    principles = sheet_rows(path, "Principles")
    for row, result in zip(principles, data["results"]):
        assert [row[k] for k in list(row)[4:]] == list(result["principles"].values())
    rules = sheet_rows(path, "Rules")
    assert [r["rule"] for r in rules] == list(report.rules)
    assert list(report.rules)[: len(report.rubric.rules)] == list(report.rubric.rules)
    assert {"MC-SS-001", "MC-LD-002"} <= set(report.rules) - set(report.rubric.rules)
    summary = list(openpyxl.load_workbook(path)["Summary"].iter_rows(values_only=True))
    assert ("Descriptors", data["summary"]["descriptors"]) in [(r[0], r[1]) for r in summary]
    inputs = {r[0]: r[1] for r in summary if r[1] and isinstance(r[1], str) and len(r[1]) == 64}
    assert all(inputs[i["source"]] == i["sha256"] for i in data["run"]["stamp"]["inputs"] if i["sha256"])


def test_layout_frozen_headers_filters_widths_numbers_and_colours(tmp_path):
    report = audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(report)))
    assert workbook.sheetnames == [
        "Summary",
        "Descriptors",
        "Findings",
        "Coverage",
        "Principles",
        "Beyond the descriptors",
        "Rules",
    ]
    for name in workbook.sheetnames[1:]:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), name
        assert sheet.column_dimensions["A"].width >= 12, name
        assert all(cell.font.bold for cell in sheet[1]), name
    beyond = [[cell.value for cell in row] for row in workbook["Beyond the descriptors"].iter_rows(min_row=2)]
    assert beyond and beyond == [[note["label"], note["look_for"]] for note in principle_notes(report.results).values()]
    descriptors = workbook["Descriptors"]
    header = [c.value for c in descriptors[1]]
    scores = [row[header.index("score")].value for row in descriptors.iter_rows(min_row=2)]
    assert all(isinstance(s, (int, float)) for s in scores if s is not None) and any(s is not None for s in scores)
    rules = {str(r.sqref) for r in workbook["Coverage"].conditional_formatting}
    assert any(ref.startswith("E2:") for ref in rules)
    headings = [row[0] for row in workbook["Summary"].iter_rows() if row[0].value in ("Provider", "Input (source)")]
    assert len(headings) == 2 and all(cell.font.bold for cell in headings)
    assert not workbook["Summary"]["A2"].font.bold


def test_spreadsheet_origins_and_waivers_fill_their_columns(tmp_path):
    finding = Finding(
        "MC-SC-001",
        Severity.ERROR,
        "workload",
        "/workload/ects",
        "ects is text",
        "use a number",
        origin=Origin(sheet="Courses", cell="F14"),
    )
    result = Result(
        source="book.xlsx#3",
        id="c3",
        kind="offer",
        status="fail",
        score=80.0,
        elements={},
        findings=[finding],
        principles={},
    )
    path = tmp_path / "r.xlsx"
    path.write_bytes(excel.render(build_report([result], RunConfig(rubric=load_rubric()))))
    (row,) = sheet_rows(path, "Findings")
    assert (row["origin_sheet"], row["origin_cell"], row["waived"]) == ("Courses", "F14", False)


# --- Reading and printing: wrapped text, page setup, links, title/status/score in Findings ------------


def _findings_batch(tmp_path):
    folder = tmp_path / "batch"
    for sample in sorted(SAMPLES.rglob("*.*")):
        (folder / sample.parent.name / sample.name).parent.mkdir(parents=True, exist_ok=True)
        (folder / sample.parent.name / sample.name).write_bytes(sample.read_bytes())
    (folder / "context.jsonld").write_text('{"@context": {"name": "https://schema.org/name"}}', encoding="utf-8")
    return audit_paths([folder], rubric=load_rubric(), now=NOW)


def test_long_text_wraps_and_every_data_cell_is_top_aligned(tmp_path):
    report = _findings_batch(tmp_path)
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(report)))
    findings = workbook["Findings"]
    header = [c.value for c in findings[1]]
    messages = [row[header.index("message")] for row in findings.iter_rows(min_row=2)]
    assert len(messages) > 20
    assert all(cell.alignment.wrap_text for cell in messages)
    long_texts = [
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(min_row=2)
        for cell in row
        if isinstance(cell.value, str) and len(cell.value) > 60
    ]
    unwrapped = [(c.parent.title, c.coordinate) for c in long_texts if not c.alignment.wrap_text]
    assert long_texts and len(unwrapped) <= len(long_texts) // 10, unwrapped[:10]
    rule_cells = [row[header.index("rule")] for row in findings.iter_rows(min_row=2)]
    assert all(cell.alignment.vertical == "top" and not cell.alignment.wrap_text for cell in rule_cells)
    assert findings.column_dimensions[openpyxl.utils.get_column_letter(header.index("message") + 1)].width >= 50


def test_every_sheet_prints_a4_landscape_fitted_to_the_width_with_its_header_repeated(tmp_path):
    report = _findings_batch(tmp_path)
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(report)))
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, str(setup.paperSize)) == ("landscape", "9"), sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0) and sheet.sheet_properties.pageSetUpPr.fitToPage
        if sheet.title != "Summary":
            assert sheet.print_title_rows in ("1:1", "$1:$1"), sheet.title
        assert "&P" in sheet.oddFooter.center.text


def test_findings_carry_title_status_score_and_link_to_the_descriptor_and_the_rule(tmp_path):
    report = _findings_batch(tmp_path)
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(report)))
    findings, descriptors, rules = workbook["Findings"], workbook["Descriptors"], workbook["Rules"]
    header = [c.value for c in findings[1]]
    assert header[:5] == ["source", "descriptor_id", "title", "status", "score"]
    by_source = {r.source: r for r in report.results}
    d_header = [c.value for c in descriptors[1]]
    linked_rules = 0
    for row in findings.iter_rows(min_row=2):
        values = dict(zip(header, (c.value for c in row)))
        result = by_source[values["source"]]
        assert (values["status"], values["score"], values["descriptor_id"]) == (result.status, result.score, result.id)
        link = row[0].hyperlink
        assert link is not None and link.location.startswith("'Descriptors'!A")
        target = descriptors[link.location.split("!")[1]]
        assert target.value == values["source"]
        assert descriptors.cell(target.row, d_header.index("title") + 1).value == values["title"]
        rule_link = row[header.index("rule")].hyperlink
        if rule_link is not None:
            linked_rules += 1
            assert rules[rule_link.location.split("!")[1]].value == values["rule"]
    assert linked_rules > 20
    explain = [c.value for c in rules[2]]
    assert explain[-1] == f"qa-checker explain {explain[0]}"
    # A descriptor with findings links to its first one.
    first = next(row for row in descriptors.iter_rows(min_row=2) if row[0].hyperlink is not None)
    assert findings[first[0].hyperlink.location.split("!")[1]].value == first[0].value


def test_the_summary_counts_skipped_files_apart(tmp_path):
    report = _findings_batch(tmp_path)
    workbook = openpyxl.load_workbook(io.BytesIO(excel.render(report)))
    lines = {row[0]: row[1] for row in workbook["Summary"].iter_rows(values_only=True) if row and row[0]}
    assert lines["Skipped (not descriptors)"] == 1
    assert lines["Descriptors"] == report.summary["descriptors"] == len(report.results) - 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_printed_workbook_is_a_few_pages(tmp_path):
    report = audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)
    path = tmp_path / "report.xlsx"
    path.write_bytes(excel.render(report))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        timeout=180,
        capture_output=True,
    )
    pdf = (tmp_path / "report.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    # 14 descriptors printed as 58 pages before the page setup; every sheet fits the width now.
    assert 0 < pages <= 30, pages
