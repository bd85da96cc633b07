"""The diff's Providers tables (workbook and HTML) count every descriptor under one kind of change, as the text does."""

from __future__ import annotations

import io
import re

import openpyxl

from qa_checker.diff import DescriptorState, FindingRecord, Snapshot, diff
from qa_checker.reporting import diff_excel, diff_html


def _state(source: str, id_: str, *, warned: bool = False) -> DescriptorState:
    finding = FindingRecord("MC-WL-001", "warning", "workload", "/workload", "no ECTS")
    return DescriptorState(
        source=source,
        id=id_,
        sha256=None,
        provider="ACME",
        title=id_,
        kind="offer",
        status="pass",
        score=100.0,
        elements={},
        findings=(finding,) if warned else (),
    )


def test_each_descriptor_of_a_provider_is_counted_once_in_the_providers_sheet() -> None:
    before = Snapshot("1", (_state("a.yaml", "a"), _state("b.yaml", "b"), _state("c.yaml", "c"), _state("d.yaml", "d")))
    after = Snapshot(
        "2",
        (_state("a.yaml", "a", warned=True), _state("moved/b.yaml", "b"), _state("c.yaml", "c"), _state("e.yaml", "e")),
    )
    change = diff(before, after)
    counts = {kind: len(change.of(kind)) for kind in ("worse", "changed", "unchanged", "added", "removed")}
    assert counts == {"worse": 1, "changed": 1, "unchanged": 1, "added": 1, "removed": 1}

    sheet = openpyxl.load_workbook(io.BytesIO(diff_excel.render(change)))["Providers"]
    header, row = (list(r) for r in sheet.iter_rows(max_row=2, values_only=True))
    value = dict(zip(header, row))
    now = sum(value[k] for k in ("improved", "worse", "changed", "new", "unchanged"))
    assert now == value["descriptors now"] == 4
    assert now - value["new"] + value["removed"] == value["descriptors before"] == 4


def test_the_html_providers_table_counts_a_moved_descriptor_as_changed() -> None:
    before = Snapshot("1", (_state("a.yaml", "a"), _state("b.yaml", "b")))
    after = Snapshot("2", (_state("a.yaml", "a"), _state("moved/b.yaml", "b")))
    page = diff_html.render(diff(before, after))
    headers = re.findall(r'<th scope="col">([^<]+)</th>', page.split("<thead>")[1].split("</thead>")[0])
    cells = re.findall(r'<td class="n">([^<]+)</td>', page.split("<tbody>")[1].split("</tr>")[0])
    counts = dict(zip(headers[5:], cells[3:]))
    assert counts["Changed otherwise"] == "1"
