"""A descriptor only one run could read is compared by status alone; an id that changed is said in every format."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from qa_checker.diff import DescriptorState, FindingRecord, Snapshot, diff
from qa_checker.reporting import diff_excel, diff_html, diff_text

OLD = (
    FindingRecord("MC-EL-003", "error", "country", "/awarding_bodies/0/country", "country is missing"),
    FindingRecord("MC-LO-002", "warning", "learning_outcomes", "/learning_outcomes/0", "vague wording"),
)
BROKEN = (FindingRecord("MC-LD-002", "error", None, "", "invalid YAML at line 1"),)


def _state(status: str, findings: tuple[FindingRecord, ...], *, id_: str | None = "acme-b") -> DescriptorState:
    readable = status != "error"
    return DescriptorState(
        source="acme/b.yaml",
        id=id_ if readable else None,
        sha256=None,
        provider="ACME" if readable else None,
        title="Course b" if readable else None,
        kind="offer" if readable else None,
        status=status,
        score=80.0 if readable else None,
        elements={"title": "present", "level": "missing"} if readable else {"title": "unknown", "level": "unknown"},
        findings=findings,
    )


def _change(before: DescriptorState, after: DescriptorState):  # type: ignore[no-untyped-def]
    return diff(Snapshot("run 1", (before,)), Snapshot("run 2", (after,)))


def test_a_descriptor_that_became_unreadable_has_nothing_fixed_and_says_so_in_every_format() -> None:
    change = _change(_state("fail", OLD), _state("error", BROKEN))

    (item,) = change.descriptors
    assert (item.change, item.unreadable, item.fixed, item.new, item.elements) == ("worse", "after", (), (), ())
    entry = change.to_dict()["descriptors"][0]
    assert entry["unreadable"] == "after" and entry["findings_fixed"] == entry["findings_new"] == []
    assert [f["rule"] for f in entry["findings_unreadable"]] == ["MC-LD-002"]
    assert [f["rule"] for f in entry["findings_not_compared"]] == ["MC-EL-003", "MC-LO-002"]
    assert entry["worse"] == ["status fail → error (cannot be read: findings and elements not compared)"]

    text = diff_text.render(change)
    assert "    fixed " not in text
    assert "cannot be read in run 2:\n      error MC-LD-002 (whole file): invalid YAML at line 1" in text
    assert "findings of run 1, not compared (neither fixed nor new):\n      error MC-EL-003" in text

    page = diff_html.render(change)
    assert "Fixed:" not in page and "Cannot be read in run 2:" in page
    assert "Findings of run 1, not compared (neither fixed nor new):" in page

    book = openpyxl.load_workbook(io.BytesIO(diff_excel.render(change)))
    kinds = [(r[3], r[4]) for r in book["Findings"].iter_rows(min_row=2, values_only=True)]
    assert kinds == [("cannot be read", "MC-LD-002"), ("not compared", "MC-EL-003"), ("not compared", "MC-LO-002")]


def test_a_descriptor_readable_again_is_improved_not_worse_for_findings_it_may_always_have_had() -> None:
    change = _change(_state("error", BROKEN), _state("fail", OLD))

    (item,) = change.descriptors
    assert (item.change, item.unreadable, item.new, item.elements) == ("improved", "before", (), ())
    assert item.better_reasons == ("status error → fail (readable again: findings and elements not compared)",)
    assert change.exit_code == 0
    assert "findings of run 2, not compared" in diff_text.render(change)


def test_a_descriptor_unreadable_in_both_runs_compares_its_findings() -> None:
    again = (FindingRecord("MC-LD-002", "error", None, "", "invalid YAML at line 9"),)
    (item,) = _change(_state("error", BROKEN), _state("error", again)).descriptors
    assert item.unreadable is None and (item.fixed, item.new) == ((), ())
    assert json.dumps(item.to_dict())  # plain


@pytest.mark.parametrize("fmt", ["text", "html", "xlsx", "json"])
def test_an_id_changed_at_the_same_source_is_a_change_said_in_every_format(fmt: str) -> None:
    change = _change(_state("fail", OLD), _state("fail", OLD, id_="acme-b-2027"))

    (item,) = change.descriptors
    assert (item.change, item.id_before, item.matched_by) == ("changed", "acme-b", "source")
    if fmt == "text":
        assert (
            "CHANGED Course b [acme-b-2027] (ACME)\n    acme/b.yaml\n    id changed from acme-b\n"
            in diff_text.render(change)
        )
    elif fmt == "html":
        assert "id changed from <code>acme-b</code>" in diff_html.render(change)
    elif fmt == "xlsx":
        rows = list(openpyxl.load_workbook(io.BytesIO(diff_excel.render(change)))["Descriptors"].values)
        row = dict(zip(rows[0], rows[1]))
        assert (row["id"], row["id before"], row["change"]) == ("acme-b-2027", "acme-b", "changed")
    else:
        assert change.to_dict()["descriptors"][0]["id_before"] == "acme-b"
