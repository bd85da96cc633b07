"""Hostile round 13: the patterns and values of the spreadsheet, grading, outcome, import and output code added in
round ten to twelve read long adversarial text in linear time, and their values at their limits give a located
message, never a traceback.

Each pattern is read at two sizes four times apart in the same process and the CPU times compared: linear work
takes about four times as long, quadratic sixteen. No wall-clock limit is asserted.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from qa_checker import check_paths
from qa_checker.aliases import named_date
from qa_checker.importers.builder import esco_concept
from qa_checker.loaders.cell_values import as_number, shows_percent
from qa_checker.loaders.ods import _span
from qa_checker.rules.consistency import _spanned_eqf
from qa_checker.rules.grading import _BEST_LABEL, _FAIL_LABEL, _pass_mark, read_scale
from qa_checker.rules.outcomes import _listed
from qa_checker.store.records import jsonable
from tests.timing import assert_linear

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "credentials" / "eu-elm-annex1-sample.yaml"
ESCO_SKILL = "http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9"
PORTAL = "https://esco.ec.europa.eu/en/classification/skill?uri="


# Each read with the awkward text of a given length.
READS: dict[str, Callable[[int], object]] = {
    "outcome-semicolons": lambda n: _listed("Students can: " + "a;" * (n // 2)),
    "outcome-semicolons-before-a-bracket": lambda n: _listed("Students can: " + "a;" * (n // 2) + ")"),
    "outcome-brackets-and-semicolons": lambda n: _listed("Students can: analyse; " + "(;" * (n // 2)),
    "outcome-colons": lambda n: _listed("a:" * (n // 2) + " b; c"),
    "level-range-spaces": lambda n: _spanned_eqf(("DQR", "DQR"), "4 -" + " " * n + "x5 6"),
    "level-range-or": lambda n: _spanned_eqf(("DQR", "DQR"), "4" + " " * n + "or" + " " * n + "x"),
    "level-range-digits": lambda n: _spanned_eqf(("DQR", "DQR"), "4-5" + "-6" * (n // 2)),
    "pass-mark-spaces": lambda n: _pass_mark("60" + " " * n + "x"),
    "pass-mark-newlines": lambda n: _pass_mark("60" + "\n" * n + "or more"),
    "fail-label-spaces": lambda n: _FAIL_LABEL.search("5" + " " * n + "x"),
    "best-label-spaces": lambda n: _BEST_LABEL.search("10" + " " * n + "x"),
    "pass-mark-or-more": lambda n: _pass_mark("60 or more " * (n // 11)),
    "pass-mark-out-of": lambda n: _pass_mark("700 out of 1000 " * (n // 16)),
    "scale-denominators": lambda n: read_scale("/" * n + " out of 1000", "en"),
    "thousands-apostrophes": lambda n: as_number("1'" * (n // 2)),
    "thousands-narrow-spaces": lambda n: as_number("1\u202f" * (n // 2)),
    "percent-format-quotes": lambda n: shows_percent('"' + "\\" * n + "%"),
    "percent-format-escapes": lambda n: shows_percent('\\"' * (n // 2) + "%"),
    "hyphenated-date": lambda n: named_date("15-" + "a" * n + "-2026"),
    "hyphenated-date-two-words": lambda n: named_date("15-" + "a" * n + " " + "b" * n + "-2026"),
    "ods-time-span": lambda n: _span("PT" + "1" * n + "H", "shown"),
    "esco-portal-ampersands": lambda n: esco_concept(PORTAL[:-4] + "a&" * (n // 2) + "uri=x"),
    "esco-portal-long-uri": lambda n: esco_concept(PORTAL + "%E2%82%AC" * (n // 9)),
    "nul-after-backslashes": lambda n: jsonable({"t": "\\" * n + "\x00"}),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_new_patterns_read_in_linear_time(name: str) -> None:
    assert_linear(READS[name])


def test_semicolons_after_a_lead_in_split_outside_brackets_only() -> None:
    items, inline, _ = _listed(
        "Students will be able to: analyse risks (ISO 31000; ISO 27005); design controls; evaluate them"
    )
    assert items == [
        "Students will be able to:",
        "analyse risks (ISO 31000; ISO 27005)",
        "design controls",
        "evaluate them",
    ]
    assert inline


def test_an_unclosed_bracket_does_not_hide_the_semicolons_before_it() -> None:
    items, _, _ = _listed("Students can: analyse risks; design controls (see annex; evaluate them")
    assert items[:3] == ["Students can:", "analyse risks", "design controls (see annex"]


@pytest.mark.parametrize(
    ("written", "levels"),
    [("4-5", [4, 5]), ("4 - 5", [4, 5]), ("Niveau 5 bis 6", [5, 6]), ("6 or 7", [6, 7]), ("5/6", [5, 6])],
)
def test_two_national_levels_given_as_one_are_read(written: str, levels: list[int]) -> None:
    assert _spanned_eqf(("DQR", "DQR"), written) == levels


def test_a_percentage_at_the_limit_of_a_float_stays_text() -> None:
    assert as_number("1e308%") == "1e308%"
    assert as_number("inf%") == "inf%"


def test_swiss_and_narrow_space_thousands() -> None:
    assert as_number("1'250.50") == 1250.5
    assert as_number("1\u2019250.50") == 1250.5
    assert as_number("1\u202f250,5") == 1250.5
    assert as_number("12'34") == "12'34"  # no group of three after the apostrophe: no number


def test_a_time_span_of_a_billion_hours_is_a_span() -> None:
    assert _span("PT999999999H", "shown").total_seconds() == 999_999_999 * 3600
    assert _span("PT" + "9" * 10 + "H", "shown") == "shown"  # beyond the spans a cell holds: as shown


@pytest.mark.parametrize(
    "url",
    [
        PORTAL + ESCO_SKILL.replace(":", "%3A").replace("/", "%2F"),
        PORTAL + ESCO_SKILL.replace(":", "%3a").replace("/", "%2f"),
        PORTAL + ESCO_SKILL,
        "https://esco.ec.europa.eu/fr/classification/skill?conceptLanguage=fr&uri=" + ESCO_SKILL + "#top",
        "  " + ESCO_SKILL + "  ",
        "HTTPS://ESCO.EC.EUROPA.EU/en/classification/skill?uri=" + ESCO_SKILL,
        PORTAL + ESCO_SKILL.replace("http:", "https:"),
    ],
)
def test_esco_portal_links_name_their_concept(url: str) -> None:
    assert esco_concept(url) == ESCO_SKILL


@pytest.mark.parametrize(
    "url",
    [
        PORTAL,
        PORTAL + "%ZZ%",
        PORTAL + "http%3A%2F%2Fexample.org%2Fskill",
        PORTAL + "%C3%BC" * 50_000,
        "https://example.org/en/classification/skill?uri=" + ESCO_SKILL,
        PORTAL + ESCO_SKILL + "%0A",
        PORTAL + ESCO_SKILL + "%00x",
        PORTAL + ESCO_SKILL[:-4] + "%20" + ESCO_SKILL[-4:],
        "",
    ],
)
def test_other_links_name_no_esco_concept(url: str) -> None:
    assert esco_concept(url) is None


def _nqf_findings(level: Any, tmp_path: Path) -> list[Any]:
    data = copy.deepcopy(yaml.safe_load(SAMPLE.read_text(encoding="utf-8")))
    data["level"] = {"eqf": 6, "nqf": {"framework": "DQR", "level": level}}
    path = tmp_path / "level.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = check_paths([path])
    return [f for r in report.results for f in r.findings if f.pointer.startswith("/level")]


@pytest.mark.parametrize("level", ["4-5", "1-99", "4 -" + " " * 5_000 + "5"])
def test_two_national_levels_are_told_at_the_level(level: str, tmp_path: Path) -> None:
    found = _nqf_findings(level, tmp_path)
    assert [f.rule for f in found] == ["MC-LV-003"], [str(f.message) for f in found]
    assert "several levels" in str(found[0].message)


@pytest.mark.parametrize("level", [[4, 5], {"from": 4, "to": 5}, 1e308, -1])
def test_a_national_level_of_another_shape_is_told_at_the_level(level: Any, tmp_path: Path) -> None:
    found = _nqf_findings(level, tmp_path)
    assert found, "a national level that is no level must be reported"
    assert all(f.pointer.startswith("/level/nqf") for f in found)
    assert all(f.rule != "MC-EN-001" for f in found)


def test_three_national_levels_given_as_one_are_told(tmp_path: Path) -> None:
    found = _nqf_findings("3-4-5", tmp_path)
    assert [f.rule for f in found] == ["MC-LV-003"]
    assert "several levels" in str(found[0].message)


def test_three_national_levels_beside_an_eqf_level_among_them_are_not_told(tmp_path: Path) -> None:
    assert _nqf_findings("4-5-6", tmp_path) == []  # the EQF 6 beside them says which


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("a\x00b", "a\ufffdb"),
        ("\\u0000", "\\u0000"),  # the six characters a provider wrote, no NUL
        ("\\\x00", "\\\ufffd"),
        ("\\\\u0000\x00", "\\\\u0000\ufffd"),
    ],
)
def test_a_nul_is_stored_as_u_fffd_and_its_written_escape_as_written(value: str, stored: str) -> None:
    assert jsonable({"text": value, "list": [value]}) == {"text": stored, "list": [stored]}
