"""The HTML report: escaping, self-containment, accessibility, ranking, waivers and origins."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from qa_checker.api import audit_paths
from qa_checker.findings import Finding, Origin, Severity, Waiver
from qa_checker.reporting import html, text
from qa_checker.results import Report, Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report
from tests.conftest import NOW, SAMPLES, baseline
from tests.reporting.helpers import write_yaml

HOSTILE_TITLE = "<script>alert('title')</script>"
HOSTILE_PROVIDER = '<img src=x onerror="alert(1)">'


class _Outline(HTMLParser):
    """Collects headings, tags with URL attributes, and table header scopes."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.urls: list[tuple[str, str, str]] = []
        self.scripts = 0
        self.th_without_scope = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "script":
            self.scripts += 1
        if tag == "th" and "scope" not in values:
            self.th_without_scope += 1
        for name in ("src", "href", "action", "srcset", "data"):
            value = values.get(name)
            if value is not None and not value.startswith("#"):
                self.urls.append((tag, name, value))


def _hostile_report(tmp_path) -> Report:
    data = baseline()
    data["title"] = HOSTILE_TITLE
    data["awarding_bodies"][0]["name"] = HOSTILE_PROVIDER
    data["id"] = "x</code><b>bold</b>"
    data["level"] = {"eqf": "<i>6</i>"}
    write_yaml(tmp_path / "hostile.yaml", data)
    return audit_paths([tmp_path], rubric=load_rubric(), now=NOW)


def test_everything_from_a_descriptor_is_escaped(tmp_path):
    page = html.render(_hostile_report(tmp_path))
    assert HOSTILE_TITLE not in page and HOSTILE_PROVIDER not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "<b>bold</b>" not in page and "<i>6</i>" not in page
    outline = _Outline()
    outline.feed(page)
    assert outline.scripts == 1  # only the report's own sorting script


def test_the_report_is_self_contained(tmp_path):
    page = html.render(audit_paths([SAMPLES], rubric=load_rubric(), now=NOW))
    outline = _Outline()
    outline.feed(page)
    assert outline.urls == []  # no src/href to anything outside the file
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # and the browser is told to fetch nothing


def test_the_report_is_accessible(tmp_path):
    page = html.render(audit_paths([SAMPLES], rubric=load_rubric(), now=NOW))
    outline = _Outline()
    outline.feed(page)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert outline.headings[0] == 1 and outline.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(outline.headings, outline.headings[1:])), outline.headings
    assert outline.th_without_scope == 0
    assert page.count("<caption") >= 4
    assert page.count('role="img"') >= 2 and "<title id=" in page  # charts are labelled for screen readers
    assert "✓</span> present" in page and "✗</span> missing" in page  # legend not by colour alone
    assert "@media print" in page


def test_overview_counts_charts_and_providers(tmp_path):
    report = audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)
    page = html.render(report)
    assert f"<dt>Descriptors</dt><dd>{report.summary['descriptors']}</dd>" in page
    assert f"<dt>Fail</dt><dd>{report.summary['fail']}</dd>" in page
    assert "Amsterdam University of Applied Sciences" in page and "Score distribution" in page
    assert page.count("<svg") == 2
    assert "Mean score by Annex II principle" in page


def _result(findings: list[Finding], score: float) -> Result:
    return Result(
        source="a.yaml",
        id="a",
        kind="offer",
        status="fail",
        score=score,
        elements={"title": "present"},
        findings=findings,
        principles={},
    )


def test_findings_are_ranked_by_the_score_their_fix_gains():
    rubric = load_rubric()
    light = Finding("MC-EL-016", Severity.WARNING, "further_information", "/further_information", "light", "h1")
    heavy = Finding("MC-EL-006", Severity.ERROR, "learning_outcomes", "/learning_outcomes", "heavy", "h2")
    info = Finding("MC-EL-012", Severity.INFO, "prerequisites", "/prerequisites", "info", "h3")
    weights = {r: rubric.rules[r].weight for r in ("MC-EL-016", "MC-EL-006")}
    possible = sum(setting.weight for setting in rubric.rules.values())
    score = round(100 * (possible - sum(weights.values())) / possible, 1)
    result = replace(_result([light, info, heavy], score), judged=tuple(rubric.rules))
    ranked = html.ranked_findings(result, build_report([result], RunConfig(rubric=rubric)))
    by_message = {item["f"].message: item["gain"] for item in ranked}
    assert by_message["heavy"] == round(100 * weights["MC-EL-006"] / possible, 1)
    assert by_message["info"] == 0.0
    if weights["MC-EL-006"] > weights["MC-EL-016"]:
        assert [i["f"].message for i in ranked] == ["heavy", "light", "info"]


def test_a_rules_gain_stands_once_on_its_first_finding_and_its_others_follow_it():
    # Each of three schema findings showed the rule's whole gain: 3 x 8.3 against a shortfall of 8.3.
    rubric = load_rubric()
    schema = [Finding("MC-SC-001", Severity.ERROR, "workload", f"/workload/x{i}", f"schema {i}", "h") for i in range(3)]
    light = Finding("MC-EL-016", Severity.WARNING, "further_information", "/further_information", "light", "h1")
    result = replace(_result([schema[0], light, schema[1], schema[2]], 80.0), judged=tuple(rubric.rules))
    ranked = html.ranked_findings(result, build_report([result], RunConfig(rubric=rubric)))
    assert [i["f"].message for i in ranked] == ["schema 0", "schema 1", "schema 2", "light"]
    assert ranked[0]["gain"] > 0 and [i["gain"] for i in ranked[1:3]] == [None, None] and ranked[3]["gain"] > 0
    assert '<td class="n"></td>' in ranked[1]["cells"]


def test_a_repeated_keys_gain_is_the_schema_rules_and_stands_once():
    # A repeated key costs the schema rule its share in the key's element; that gain stood on no finding.
    rubric = load_rubric()
    repeats = [Finding("MC-LD-008", Severity.ERROR, "title", "", f"repeat {i}", "h") for i in range(2)]
    result = replace(_result(repeats, 95.0), judged=tuple(rubric.rules))
    ranked = html.ranked_findings(result, build_report([result], RunConfig(rubric=rubric)))
    assert ranked[0]["gain"] > 0 and ranked[1]["gain"] is None
    schema = Finding("MC-SC-001", Severity.ERROR, "workload", "/workload/ects", "schema", "h")
    result = replace(_result([*repeats, schema], 90.0), judged=tuple(rubric.rules))
    gains = [item["gain"] for item in html.ranked_findings(result, build_report([result], RunConfig(rubric=rubric)))]
    assert gains[0] > 0 and gains[1:] == [None, None]


def test_waived_findings_and_spreadsheet_origins_are_shown():
    waived = Finding(
        "MC-EL-016",
        Severity.WARNING,
        "further_information",
        "/further_information",
        "no further information",
        "add a URL",
        waiver=Waiver("Catalogue page in preparation", "QA board"),
    )
    located = Finding(
        "MC-SC-001",
        Severity.ERROR,
        "workload",
        "/workload/ects",
        "ects is text",
        "use a number",
        origin=Origin(sheet="Courses", cell="F14"),
    )
    report = build_report([_result([located, waived], 90.0)], RunConfig(rubric=load_rubric(), now=NOW))
    page = html.render(report)
    assert "/workload/ects [Courses!F14]" in page
    assert "warning (waived)" in page and "Waived: Catalogue page in preparation (accepted by QA board)" in page
    assert 'class="sev-warning waived"' in page


def test_check_can_write_the_html_and_xlsx_reports_alone(run_cli, tmp_path):
    import openpyxl

    page, book = tmp_path / "r.html", tmp_path / "r.xlsx"
    assert run_cli("check", str(SAMPLES / "offers"), "--format", "html", "-o", str(page)).exit_code == 0
    assert run_cli("check", str(SAMPLES / "offers"), "--format", "xlsx", "-o", str(book)).exit_code == 0
    assert "<h1>Micro-credential audit</h1>" in page.read_text(encoding="utf-8")
    assert openpyxl.load_workbook(book).sheetnames[0] == "Summary"


def test_a_title_of_megabytes_is_printed_cut_short(tmp_path):
    """A 4.7 MB title printed whole in the overview, the table and its section made a 14 MB page per file."""
    data = baseline()
    data["title"] = {"en": "Word " * 200_000, "nl": "Woord"}
    data["id"] = "id-" * 300_000
    data["awarding_bodies"][0]["name"] = "Body " * 200_000
    write_yaml(tmp_path / "in" / "long.yaml", data)
    report = audit_paths([tmp_path / "in"], now=NOW)
    page = html.render(report)
    assert "Word " * 100 in page and "id-" * 100 in page and "Body " * 100 in page and len(page) < 200_000
    text_report = text.render(report)
    assert "id-" * 90 in text_report and len(text_report) < 20_000
