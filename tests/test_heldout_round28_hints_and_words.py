"""Held-out descriptors, round 28 (providers of the EU's less-seen languages): hints that write the value meant, and
words of those languages the rules read.

A level typed as text or a bare number ("EQF 7", 7) got the schema's example, level: {eqf: 6}, which a provider
pasting it would take for the level meant.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from tests.conftest import NOW, baseline


def _findings(data: dict, fmt: str = "yaml") -> list:
    report = check_documents([Document(source=f"d.{fmt}", data=data, format=fmt)], now=NOW)
    return report.results[0].findings


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("EQF 7", "{eqf: 7}"),
        (7, "{eqf: 7}"),
        ("7", "{eqf: 7}"),
        ("EQF level 5", "{eqf: 5}"),
        ("EKR 6", "{eqf: 6}"),
        ("EKKR 6. szint", "{eqf: 6}"),
        ("EQF VI", "{eqf: 6}"),
        ("DQR 6", "{nqf: {framework: DQR, level: 6}}"),
        ("NFQ Level 8", "{nqf: {framework: NFQ, level: 8}}"),
        ("EQF ７", "{eqf: 7}"),  # a fullwidth digit: written as the digit, or the hint pasted is a text again
    ],
)
def test_a_level_typed_as_text_or_a_number_gets_the_level_meant(written: object, meant: str) -> None:
    data = baseline()
    data["level"] = written
    (finding,) = [f for f in _findings(data) if f.rule == "MC-SC-001" and f.pointer == "/level"]
    assert finding.hint == f"Write {meant}.", finding.hint


# ("EQF 𐩀", a Kharosthi digit, is a digit no int() reads: the hint raised ValueError)
@pytest.mark.parametrize("written", ["Bachelor", "Level 12", 12, 0, True, "VI", "EQF \U00010a40", "DQR \U00010a40"])
def test_a_level_that_names_no_level_keeps_the_general_hint(written: object) -> None:
    data = baseline()
    data["level"] = written
    (finding,) = [f for f in _findings(data) if f.rule == "MC-SC-001" and f.pointer == "/level"]
    assert not finding.hint.startswith("Write {"), finding.hint


def test_a_level_hint_in_json_is_written_in_json() -> None:
    data = baseline()
    data["level"] = "EQF 7"
    (finding,) = [f for f in _findings(data, "json") if f.rule == "MC-SC-001" and f.pointer == "/level"]
    assert finding.hint == 'Write {"eqf": 7}.', finding.hint


@pytest.mark.parametrize(
    ("written", "meant"),
    [("2027.02.08.", "2027-02-08"), ("2027. 02. 08.", "2027-02-08"), ("15. 2. 2027", "2027-02-15")],
)
def test_dates_of_dots_as_hungarian_czech_and_slovak_write_them_get_the_date_meant(written: str, meant: str) -> None:
    """'2027.02.08.' (Hungarian) and '15. 2. 2027' (Czech, Slovak) got the general example of a date."""
    data = baseline()
    data.setdefault("participation", {}).setdefault("schedule", {})["start"] = written
    (finding,) = [f for f in _findings(data) if f.pointer == "/participation/schedule/start"]
    assert meant in finding.message + " " + (finding.hint or ""), (finding.message, finding.hint)
