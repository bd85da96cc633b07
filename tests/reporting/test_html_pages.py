"""The HTML report at the size of a real batch: the first screen, the paged report, filters, rules, print."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from qa_checker.reporting import html
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report
from tests.conftest import NOW
from tests.reporting.batch import batch, samples_report, write_pages


class _Links(HTMLParser):
    """Every href and id of a page, and the data-* attributes of the filtered elements."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.units: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("href"):
            self.hrefs.append(str(values["href"]))
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if "data-unit" in values:
            self.units.append(values)


def _parse(text: str) -> _Links:
    parser = _Links()
    parser.feed(text)
    return parser


def test_the_first_screen_says_how_bad_and_what_first():
    report = samples_report()
    page = html.render(report)
    first = page[: page.index('id="rules"')]
    fails = report.summary["fail"] + report.summary["error"]
    assert '<p class="headline v-fail"><strong>FAIL</strong>' in first
    assert f"{report.summary['fail']} of {report.summary['descriptors']} descriptor(s) fail" in first
    assert "Most frequent failing rules" in first and "Most often missing Annex I elements" in first
    # The most frequent failing rule is first, with its count and a link to its explanation.
    counts: dict[str, int] = {}
    for result in report.results:
        for rule in {f.rule for f in result.findings if f.counts}:
            counts[rule] = counts.get(rule, 0) + 1
    top = max(counts.values())
    rule = sorted(r for r, n in counts.items() if n == top)[0]
    assert re.search(rf'href="#rule-{rule}">.*?</a></th><td class="n"><span data-view="rule={rule}">{top}<', first)
    assert fails > 0


def test_providers_are_ranked_by_mean_score_lowest_first():
    model = html._Model(samples_report())
    ranking = model.ranking()
    scores = [g["mean_score"] for g in ranking if g["mean_score"] is not None]
    assert scores == sorted(scores) and len(scores) >= 3
    assert all(g["mean_score"] is None for g in ranking[len(scores) :])  # providers without a score last


def test_every_rule_is_in_the_rule_view_with_its_count_and_explanation():
    report = samples_report()
    page = html.render(report)
    for info in report.rules.values():
        assert f'<tr id="rule-{info.id}" data-rule-row' in page
    info = next(iter(report.rules.values()))
    row = page[page.index(f'<tr id="rule-{info.id}"') :].split("</tr>", 1)[0]
    assert str(html.environment().filters["e"](info.title)) in row
    assert str(html.environment().filters["e"](info.hint)) in row


def test_rule_ids_never_break_mid_id():
    page = html.render(samples_report())
    assert '<span class="rid">MC-' in page and ".rid, .nb { white-space: nowrap; }" in page
    assert "word-break: break-all" not in page
    # Everywhere a rule id is printed as text (not in attributes), it is in an unbreakable span.
    body = re.sub(r"<template.*?</template>|<script>.*?</script>", "", page, flags=re.S)
    body = re.sub(r'<span class="rid">MC-[A-Z]{2}-\d{3}</span>', "", body)
    assert not re.search(r"\bMC-[A-Z]{2}-\d{3}\b", re.sub(r"<[^>]+>", " ", body))


def test_the_heatmap_has_a_totals_row():
    report = samples_report()
    page = html.render(report)
    readable = [r for r in report.results if r.status != "error"]
    present = sum(1 for r in readable if r.elements.get("title") == "present")
    foot = page[page.index("<tfoot>") : page.index("</tfoot>")]
    assert f"Present (of {len(readable)})" in foot or f"Present (of {len(report.results)})" in foot
    assert f'<td class="n">{present}</td>' in foot and "Missing or invalid" in foot


def test_every_filtered_element_carries_what_the_filters_match():
    report = samples_report()
    links = _parse(html.render(report))
    rows = [u for u in links.units if u.get("data-anchor")]
    assert len(rows) == len(report.results)
    for unit, result in zip(rows, report.results):
        assert unit["data-status"] == result.status
        assert set((unit["data-rules"] or "").split()) == {f.rule for f in result.findings}
        assert set((unit["data-sev"] or "").split()) == {f.severity.value for f in result.findings}
    elements = {e for u in rows for e in (u["data-el"] or "").split()}
    assert elements and elements <= {e["key"] for e in html._Model(report).common("single")["elements"]}


def test_each_descriptor_links_back_to_its_row_and_every_link_lands():
    links = _parse(html.render(samples_report()))
    internal = [h[1:] for h in links.hrefs if h.startswith("#") and not h.startswith("#view&")]
    assert internal and all(target in links.ids for target in internal), set(internal) - links.ids
    assert sum(1 for h in links.hrefs if h.startswith("#row-d")) == len(samples_report().results)


def test_the_paged_report_has_an_index_and_one_page_per_provider_part(tmp_path: Path):
    report = batch(250, providers=3)
    written = html.pages(report, per_page=40)
    index = written["report.html"]
    pages = {name: text for name, text in written.items() if name != "report.html"}
    assert all(name.startswith("report-pages/page-") for name in pages if name != "report-pages/inputs.html")
    assert "batch/00249-" in pages.pop("report-pages/inputs.html") and "batch/00249-" not in index
    # Every descriptor is on exactly one page, none on the index.
    anchors = [a for text in pages.values() for a in re.findall(r'<article id="(d\d+)"', text)]
    assert sorted(anchors) == sorted(f"d{i + 1}" for i in range(len(report.results)))
    assert '<article id="d' not in index and "Most frequent failing rules" in index
    assert all(len(re.findall(r'<article id="d', text)) <= 40 for text in pages.values())
    # Links between the pages all land: index to pages, pages to the index's rules, parts to parts.
    folder = tmp_path / "out"
    target = write_pages(report, folder, per_page=40)
    paths = [target, *sorted((folder / "report-pages").iterdir())]
    parsed = {path.resolve(): _parse(path.read_text(encoding="utf-8")) for path in paths}
    for path in paths:
        for href in parsed[path.resolve()].hrefs:
            if href.startswith("#view&") or "://" in href:
                continue
            file, _, fragment = href.partition("#")
            landing = (path.parent / file).resolve() if file else path.resolve()
            assert landing.is_file(), (path.name, href)
            if fragment:
                assert fragment in parsed[landing].ids, (path.name, href)
    assert "part 2 of" in index and 'rel="next"' in pages["report-pages/page-0001.html"]


def test_a_big_batch_keeps_every_page_small():
    written = html.pages(batch(2_000))
    assert len(written) > 40
    assert max(len(text) for text in written.values()) < 1_500_000
    assert max(text.count("<tr") for text in written.values()) < 3_000


def test_skipped_files_are_counted_apart_and_findings_show_file_line_col():
    report = samples_report()
    result = next(r for r in report.results if r.findings and r.status == "fail")
    finding = result.findings[0]
    located = replace(finding, line=12, column=5)
    changed = replace(result, findings=[located, *result.findings[1:]])
    schema = replace(
        result,
        status="skipped",
        score=None,
        findings=[],
        elements={},
        source="context.jsonld",
        reason="a JSON-LD context, not a descriptor",
    )
    page = html.render(build_report([changed, schema], RunConfig(rubric=load_rubric(), now=NOW)))
    assert f"<code>{result.source}:12:5</code>" in page
    assert "<dt>Skipped (not descriptors)</dt><dd>1</dd>" in page and "<dt>Descriptors</dt><dd>1</dd>" in page
    assert "<code>context.jsonld</code></td><td>a JSON-LD context, not a descriptor</td>" in page
    details = page[page.index('id="coverage"') : page.index('id="stamp"')]
    assert '<article id="d2"' not in page and "context.jsonld" not in details


def test_print_keeps_every_column_of_the_heatmap_and_the_table():
    page = html.render(samples_report())
    style = page[page.index("@media print") :]
    assert "@page { size: A4 landscape;" in page
    assert ".heat, .offerings, .findings, .rules { width: 100%; table-layout: fixed; }" in style
    assert ".heat .vt { display: none; } .heat .code { display: inline;" in style  # short headers, upright
    assert "thead th { position: static; }" in style


def test_without_javascript_no_control_is_shown_and_no_caption_promises_sorting():
    page = html.render(samples_report())
    outside = re.sub(r"<template.*?</template>", "", page, flags=re.S)
    outside = re.sub(r"<script>.*?</script>", "", outside, flags=re.S)
    assert "<select" not in outside and "<input" not in outside and "<button" not in outside
    assert "sort" not in " ".join(re.findall(r"<caption[^>]*>(.*?)</caption>", outside, flags=re.S)).lower()
