"""``qa-checker template``: every format reads back as a valid descriptor; the workbook is documented."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest
import yaml

from qa_checker import template, vocab
from qa_checker.api import check_documents
from qa_checker.elements import ELEMENT_KEYS, element_for_pointer
from qa_checker.loaders import tabular
from qa_checker.loaders.columns import field_for_path
from tests.conftest import NOW


def passes_cleanly(documents) -> None:
    """Every document meets eu-2022 with no schema finding and no error but MC-TP-001's, which says that
    it still holds the template's example texts (a copy of the example is never taken for a real offer)."""
    report = check_documents(documents, now=NOW)
    for result in report.results:
        errors = [f for f in result.findings if f.rule == "MC-SC-001" or f.severity.value == "error"]
        assert {f.rule for f in errors} == {"MC-TP-001"}, result.findings
        assert "/learning_outcomes/0" in {f.pointer for f in errors}


@pytest.mark.parametrize("kind", template.KINDS)
def test_every_column_is_a_field_and_every_annex_element_has_one(kind):
    cols = template.columns(kind)
    assert all(field_for_path(c.path) is not None for c in cols)
    assert len({c.path for c in cols}) == len(cols)
    covered = {element_for_pointer(c.pointer) for c in cols}
    expected = (
        set(ELEMENT_KEYS)
        if kind == "credential"
        else {k for k in ELEMENT_KEYS if k not in ("learner", "issue_date", "grade")}
    )
    assert expected <= covered


@pytest.mark.parametrize("kind", template.KINDS)
def test_xlsx_template_reads_back_as_the_example_and_passes(kind):
    raw = template.build("xlsx", kind)
    (document,) = tabular.load_xlsx(raw, "template.xlsx")
    assert document.source == "template.xlsx [Descriptors row 2]"
    assert document.findings == []
    assert document.data == template.example_descriptor(kind)
    assert document.data["kind"] == kind and document.data["field_of_education"] == "0688"
    passes_cleanly([document])


@pytest.mark.parametrize("kind", template.KINDS)
def test_csv_yaml_json_templates_are_the_same_descriptor(kind):
    expected = template.example_descriptor(kind)
    (from_csv,) = tabular.load_csv(template.build("csv", kind), "template.csv")
    assert from_csv.data == expected
    assert yaml.safe_load(template.build("yaml", kind)) == expected
    assert json.loads(template.build("json", kind)) == expected
    passes_cleanly([from_csv])


def test_yaml_template_documents_every_field_with_its_element():
    text = template.build("yaml", "credential").decode()
    for column in template.columns("credential"):
        if column.path in (
            "level.nqf.framework",
            "level.nqf.level",
            "level.not_applicable",
            "quality_assurance.internal.url",
            "quality_assurance.external.last_review",
            "quality_assurance.accreditations.0.type",
            "quality_assurance.accreditations.0.agent",
            "quality_assurance.accreditations.0.expires",
            "stackability.towards.0.url",
        ):
            continue
        assert f"# {column.yaml_doc or column.doc}" in text, column.path
    assert "(Annex I M7: Notional workload" in text
    assert "separated by ';'" not in text and "yes or no" not in text and "Excel" not in text


def test_workbook_structure_comments_dropdowns_and_instructions():
    book = openpyxl.load_workbook(io.BytesIO(template.build("xlsx", "offer")))
    assert book.sheetnames == ["Instructions", "Descriptors", "Lists"]
    assert book["Lists"].sheet_state == "hidden"
    sheet = book["Descriptors"]
    cols = template.columns("offer")
    assert [c.value for c in sheet[1]] == [c.path for c in cols]
    assert all(cell.comment is not None and cell.comment.text for cell in sheet[1])
    validations = {str(dv.sqref): dv for dv in sheet.data_validations.dataValidation}
    for index, column in enumerate(cols, start=1):
        letter = openpyxl.utils.get_column_letter(index)
        if column.choices:
            rule = validations[f"{letter}2:{letter}1000"]
            assert rule.type == "list" and rule.formula1.startswith("Lists!$")
            assert rule.errorStyle == ("information" if column.multi else "stop")
    lists = book["Lists"]
    listed = {
        lists.cell(1, c).value: [
            lists.cell(r, c).value for r in range(2, lists.max_row + 1) if lists.cell(r, c).value is not None
        ]
        for c in range(1, lists.max_column + 1)
    }
    assert listed["assessment-types"] == list(vocab.get("assessment-types").concepts)
    assert listed["eqf"] == [str(n) for n in range(1, 9)]
    assert len(listed["countries"]) == len(vocab.get("countries").concepts)
    assert "0613 - Software and applications development and analysis" in listed["isced-f"]
    expected_lists = {
        "assessment-types",
        "supervision",
        "participation-modes",
        "learning-settings",
        "activity-types",
        "accreditation-types",
        "qa-frameworks",
        "eqf",
        "countries",
        "languages",
        "isced-f",
        "currencies",
    }
    assert expected_lists <= set(listed)
    documented = {row[0].value for row in book["Instructions"].iter_rows()}
    assert {c.path for c in cols} <= documented
    assert sheet.cell(2, [c.path for c in cols].index("field_of_education") + 1).number_format == "@"


def test_filled_in_copy_with_dropdown_values_reads_back_valid(tmp_path):
    book = openpyxl.load_workbook(io.BytesIO(template.build("xlsx", "offer")))
    sheet = book["Descriptors"]
    paths = [c.value for c in sheet[1]]
    for index in range(1, len(paths) + 1):
        sheet.cell(3, index, sheet.cell(2, index).value)
    sheet.cell(3, paths.index("id") + 1, "second-offer")
    sheet.cell(3, paths.index("awarding_bodies.0.country") + 1, "BE - Belgium")
    sheet.cell(3, paths.index("awarding_bodies.0.region") + 1, "BE10")  # the example's region is in NL
    sheet.cell(3, paths.index("field_of_education") + 1, "0613 - Software and applications development and analysis")
    sheet.cell(3, paths.index("workload.ects") + 1, 6)
    sheet.cell(3, paths.index("assessment.types") + 1, "written-examination;project-work")
    path = tmp_path / "filled.xlsx"
    book.save(path)
    documents = tabular.load_xlsx(path.read_bytes(), str(path))
    assert [d.data["id"] for d in documents] == ["example-data-literacy-2027", "second-offer"]
    second = documents[1].data
    assert second["awarding_bodies"][0]["country"] == "BE"
    assert second["field_of_education"] == "0613"
    assert second["workload"]["ects"] == 6
    assert second["assessment"]["types"] == ["written-examination", "project-work"]
    passes_cleanly(documents)


def test_unknown_format_or_kind():
    with pytest.raises(ValueError, match="unknown template format"):
        template.build("pdf")
    with pytest.raises(ValueError, match="unknown descriptor kind"):
        template.build("csv", "badge")


def test_template_command(run_cli, tmp_path):
    out = tmp_path / "t" / "catalogue.xlsx"
    result = run_cli("template", "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 0 and out.read_bytes().startswith(b"PK")
    result = run_cli("template", "--format", "yaml", "--kind", "credential")
    assert result.exit_code == 0 and yaml.safe_load(result.output)["kind"] == "credential"
    result = run_cli("template", "--format", "csv")
    assert result.output.splitlines()[0].startswith("kind,id,title,")
    result = run_cli("template", "--format", "pdf")
    assert result.exit_code == 2
    result = run_cli("check", str(out), "--now", "2026-11-29")
    assert result.exit_code == 1 and "[Descriptors row 2]" in result.output
    assert "MC-TP-001" in result.output and "Example University of Applied Sciences" in result.output


def test_dropdown_texts_fit_excel_limits():
    book = openpyxl.load_workbook(io.BytesIO(template.build("xlsx", "credential")))
    for rule in book["Descriptors"].data_validations.dataValidation:
        assert len(rule.errorTitle) <= 32 and len(rule.promptTitle) <= 32
        assert len(rule.prompt) <= 255 and len(rule.error) <= 225
