"""``qa-checker compare``: offerings side by side in HTML and Excel, differences marked."""

from __future__ import annotations

import openpyxl

from qa_checker.api import audit_paths
from qa_checker.compare import compare_report, plain
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES, baseline
from tests.reporting.helpers import NOW_TEXT, write_yaml


def _pair(tmp_path):
    first = baseline()
    second = baseline()
    second["id"] = "other"
    second["title"] = {"en": "<b>Other</b> title"}
    second["workload"] = {"hours": 55}
    write_yaml(tmp_path / "in" / "a.yaml", first)
    write_yaml(tmp_path / "in" / "b.yaml", second)
    return tmp_path / "in" / "a.yaml", tmp_path / "in" / "b.yaml"


def test_rows_differ_only_where_the_offerings_differ(tmp_path):
    a, b = _pair(tmp_path)
    comparison = compare_report(audit_paths([a, b], rubric=load_rubric(), now=NOW, jobs=1))
    rows = {row.key: row for row in comparison.rows}
    assert rows["element_title"].differs and rows["element_title"].values == (
        "Data Ethics in Practice",
        "<b>Other</b> title",
    )
    assert not rows["element_learning_outcomes"].differs and not rows["element_level"].differs
    assert rows["ects"].values == ("5", "≈2") and rows["hours"].values == ("140", "55")
    assert len([r for r in comparison.rows if r.key.startswith("element_")]) == 16


def test_compare_writes_html_and_excel(run_cli, tmp_path):
    a, b = _pair(tmp_path)
    out = tmp_path / "out"
    result = run_cli("compare", str(a), str(b), "--out", str(out), "--now", NOW_TEXT)
    assert result.exit_code == 0, result.output
    page = (out / "compare.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Other&lt;/b&gt; title" in page and "<b>Other</b>" not in page
    assert '<tr class="diff"><th scope="row">M2 Title' in page and "(differs)" in page
    assert '<html lang="en">' in page and "<script" not in page and "default-src 'none'" in page
    workbook = openpyxl.load_workbook(out / "compare.xlsx")
    assert workbook.sheetnames == ["Comparison", "Offerings", "Stamp"]
    rows = {r[0]: r for r in workbook["Comparison"].iter_rows(values_only=True)}
    assert rows["M2 Title of the micro-credential"][1:] == ("yes", "Data Ethics in Practice", "<b>Other</b> title")
    assert rows["M6 Learning outcomes"][1] == "no"
    assert workbook["Comparison"].freeze_panes == "C2"


def test_compare_needs_two_offerings(run_cli, tmp_path):
    result = run_cli("compare", str(SAMPLES / "offers" / "data-ethics-nl.yaml"), "--out", str(tmp_path))
    assert result.exit_code == 2 and "at least two" in result.output


def test_an_unreadable_file_is_named_as_compared_without_data(run_cli, tmp_path):
    (tmp_path / "noise.json").write_bytes(bytes(range(256)))
    good = SAMPLES / "offers" / "data-ethics-nl.yaml"
    result = run_cli("compare", str(good), str(tmp_path / "noise.json"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert "noise.json could not be read as a descriptor (" in result.output
    assert (
        "compared as an offering without data" in result.output and "data-ethics-nl.yaml could not" not in result.output
    )


def test_plain_flattens_language_strings_lists_and_objects():
    assert plain({"en": "Hello", "nl": "Hallo"}, ["nl"]) == "Hallo"
    assert plain(["a", "b"], []) == "a\nb"
    assert plain({"types": ["quiz", "portfolio"], "open": True}, []) == "types: quiz, portfolio; open: yes"
