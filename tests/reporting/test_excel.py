"""The Excel workbook: exactly what the JSON report holds, formula neutralisation, layout."""

from __future__ import annotations

import io
import json

import openpyxl

from qa_checker.api import audit_paths
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.reporting import excel, json_
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
                    assert not cell.value.startswith(excel.FORMULA_START), (sheet.title, cell.coordinate)
    for formula in FORMULAS:
        assert "'" + formula in texts


def test_neutralisation_rules():
    assert excel.safe("=1+1") == "'=1+1" and excel.safe("@x") == "'@x" and excel.safe("-x") == "'-x"
    assert excel.safe("plain") == "plain" and excel.safe(-3.5) == -3.5 and excel.safe(None) is None
    assert excel.safe("bell\x07") == "bell\ufffd"
    assert len(excel.safe("x" * 40_000)) == excel.CELL_LIMIT


def test_the_workbook_holds_exactly_what_the_json_report_holds(tmp_path):
    report = _batch(tmp_path)
    path = tmp_path / "report.xlsx"
    path.write_bytes(excel.render(report))
    data = json.loads(json_.render(report))

    safe = excel.safe
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
    assert [r["rule"] for r in rules] == list(report.rubric.rules)
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
