"""A workload written as text with its unit gets the exact object back, as a price written as text does.

A provider writing ``workload: 3 ECTS`` in YAML got the generic ``{ects: 5, hours: 140}`` while ``450 €`` as
a price got ``{amount: 450, currency: EUR}``. The schema's hint now writes the workload meant, reading the
units the spreadsheet reader reads in a workload cell (credits and hours in the EU's languages, both in
one text) with the same words; a text that is no workload with its unit keeps the general hint.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.ects import workload_written
from qa_checker.reporting import render
from tests.conftest import NOW, baseline

GENERIC = "workload: {ects: 5, hours: 140}"


def _schema_finding(workload: object, fmt: str = "yaml", language: str = "en"):
    data = baseline()
    data["workload"] = workload
    report = check_documents([Document(source=f"d.{fmt}", data=data, format=fmt)], now=NOW, language=language)
    (finding,) = [f for f in report.results[0].findings if f.rule == "MC-SC-001" and f.pointer == "/workload"]
    return report, finding


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("3 ECTS", "{ects: 3}"),
        ("3 ects", "{ects: 3}"),
        ("ECTS 3", "{ects: 3}"),
        ("2,5 ECTS", "{ects: 2.5}"),
        ("7.5 ECTS", "{ects: 7.5}"),
        ("6 ECTS-Punkte", "{ects: 6}"),
        ("6 Leistungspunkte", "{ects: 6}"),
        ("5 crédits ECTS", "{ects: 5}"),
        ("5 LP", "{ects: 5}"),
        ("4 CFU", "{ects: 4}"),
        ("5 punktów ECTS", "{ects: 5}"),
        ("120 hours", "{hours: 120}"),
        ("120 h", "{hours: 120}"),
        ("40 Stunden", "{hours: 40}"),
        ("30 heures", "{hours: 30}"),
        ("5 ECTS (125 h)", "{ects: 5, hours: 125}"),
        ("125 h (5 ECTS)", "{ects: 5, hours: 125}"),
        ("5 ECTS / 140 hours", "{ects: 5, hours: 140}"),
        ("3\u00a0ECTS", "{ects: 3}"),
    ],
)
def test_a_workload_with_its_unit_gets_the_object_meant(written: str, meant: str) -> None:
    _, finding = _schema_finding(written)
    # The object meant first; the schema's advice on the field follows it, as for any field it annotates.
    assert finding.hint.startswith(f"Write {meant}. "), finding.hint


@pytest.mark.parametrize("written", ["3 weeks", "a lot", "3", "5 ECTS (125)", "1.000 hours", "5 ECTS and more", ""])
def test_a_text_that_is_no_workload_with_its_unit_keeps_the_general_hint(written: str) -> None:
    data = baseline()
    data["workload"] = written
    report = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW)
    hints = [f.hint for f in report.results[0].findings if f.pointer == "/workload"]
    assert hints and not any(h and h.startswith("Write {") for h in hints), hints


def test_json_gets_it_too_and_every_output_says_the_same() -> None:
    report, finding = _schema_finding("3 ECTS", fmt="json")
    # In JSON's own syntax, so that it can be pasted into the file.
    assert finding.hint.startswith('Write {"ects": 3}. ')
    assert f"hint: {finding.hint}" in render(report, "text")
    (found,) = [f for f in report.to_dict()["results"][0]["findings"] if f["pointer"] == "/workload"]
    assert found["hint"] == finding.hint


def test_in_another_language_the_object_is_the_same() -> None:
    report, _ = _schema_finding("3 ECTS", language="de")
    (found,) = [f for f in report.to_dict()["results"][0]["findings"] if f["pointer"] == "/workload"]
    assert "{ects: 3}" in found["hint"] and found["hint"].index("{ects: 3}") < found["hint"].index(GENERIC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 ECTS", {"ects": 3}),
        ("2,5 ECTS", {"ects": 2.5}),
        ("125 h / 5 ECTS", {"ects": 5, "hours": 125}),
        ("3 weeks", None),
        ("5 ECTS (5 ECTS)", None),
        ("0 ECTS", {"ects": 0}),
    ],
)
def test_the_reading_itself(text: str, expected: dict | None) -> None:
    assert workload_written(text) == expected
