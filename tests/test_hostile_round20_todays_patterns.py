"""Hostile round 20: the patterns and readers added today (identity documents and proctoring services, bracketed
short names, vague phrases with bounded gaps and the words they need, weeks and hours a week, counts of credits, tax
notes, free-of-charge words, currency words, headings with a noted owner) read long adversarial text in linear time,
read odd spacing and Unicode as their reader sees it, and read no value beyond what the text says.

Each read is timed at two sizes four times apart in the same process and the CPU times compared: linear work
takes about four times as long, quadratic sixteen. No wall-clock limit is asserted.

Found in this round, each fixed for its class:

* a minus sign before the weeks or the hours a week was passed over ("-8 Wochen à 5 Stunden" read as 40 hours, the
  schema's hint writing {hours: 40});
* the phrases of the supervision tables are written with one space, so a no-break space, a wrapped line, two spaces
  or a direction mark between their words hid an identity document or a denial ("student\u00a0card"); the texts
  are now read as their reader sees them, words parted by one space;
* an importer's web address typed with a space or a byte-order mark before it (" https://...") was left out as no
  web page, though one typed with a space after it was kept;
* a duration longer than any learning (over ten years, which the schema refuses) that contradicts the dates was
  the time the hours were set against, hiding an overload the dates show;
* UK credits beyond what a number holds once converted (1e308) gave an infinite ECTS and hours in the dataset.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.ects import ects_of_credits, weekly_hours, workload_written
from qa_checker.language import _ABILITY_END, _PERFECT_END, _analyse
from qa_checker.loaders import load_file
from qa_checker.loaders.columns import ColumnResolver
from qa_checker.rules.consistency import contradicts
from qa_checker.rules.quality import _bracketed_names
from qa_checker.rules.supervision_text import denials, sittings
from qa_checker.table import rows
from qa_checker.value_reader import currency_in, free, price, whole_amount, without_tax_note
from tests.conftest import NOW, baseline
from tests.timing import assert_linear


def _fresh(text: str, language: str) -> object:
    """The analysis of a text, not its cached one."""
    return _analyse.__wrapped__(text, language)


# Each read with the awkward text of a given length.
READS: dict[str, Callable[[int], object]] = {
    "supervision-spaces": lambda n: denials({"en": "without" + " " * n + "supervision"}, "/d"),
    "supervision-nbsp-run": lambda n: denials({"en": "unsupervised; student" + "\u00a0\u200f" * (n // 2)}, "/d"),
    "supervision-id-cards": lambda n: denials({"en": "unsupervised; " + "id card " * (n // 8)}, "/d"),
    "supervision-any-language": lambda n: denials("unsupervised " + "ausweis " * (n // 8), "/d"),
    "supervision-near-denials": lambda n: denials({"de": "ohne Aufsicht " + "ohne amtlichen " * (n // 15)}, "/d"),
    "supervision-dni": lambda n: denials({"es": "sin supervisión " + "con el " * (n // 7) + "dni"}, "/d"),
    "sittings-proctoring": lambda n: sittings({"en": "proctor " * (n // 8) + "Proctorio"}, "/d"),
    "bracketed-nested": lambda n: _bracketed_names("a (" * (n // 3)),
    "bracketed-many": lambda n: _bracketed_names("(HTW Berlin) " * (n // 13)),
    "bracketed-open": lambda n: _bracketed_names("(" * n),
    "bracketed-spaces": lambda n: _bracketed_names("(" + " " * n + ")"),
    "vague-de-tauchen": lambda n: _fresh("tauchen tief " * (n // 13), "de"),
    "vague-de-tauchen-gap": lambda n: _fresh("Sie tauchen " + "tief " * (n // 5) + "ein", "de"),
    "vague-de-sich": lambda n: _fresh("sich " * (n // 5) + "vertiefen", "de"),
    "vague-de-prinzipien": lambda n: _fresh("Prinzipien " * (n // 11) + "meistern", "de"),
    "vague-en-delve": lambda n: _fresh("delve " * (n // 6), "en"),
    "vague-en-master": lambda n: _fresh("Master the " * (n // 11), "en"),
    "vague-en-spaces": lambda n: _fresh("explore" + " " * n + "the world", "en"),
    "vague-nl-zich": lambda n: _fresh("Studenten zich " + "a " * (n // 2) + "verdiepen", "nl"),
    "vague-pl-words": lambda n: _fresh("odkrywa w " * (n // 10), "pl"),
    "vague-fr-plonger": lambda n: _fresh("plonger au " * (n // 11), "fr"),
    "lead-in-ability-end": lambda n: _ABILITY_END.search("umiejętności" + " ." * (n // 2) + "x"),
    "lead-in-ability-repeated": lambda n: _ABILITY_END.search("zdolny do " * (n // 10) + "x"),
    "lead-in-perfect-end": lambda n: _PERFECT_END.search("will have" + " ." * (n // 2) + "x"),
    "weeks-repeated": lambda n: weekly_hours("8 Wochen à " * (n // 11)),
    "workload-weeks-repeated": lambda n: workload_written("8 Wochen à " * (n // 11)),
    "workload-counts": lambda n: workload_written("x 3 " * (n // 4)),
    "workload-count-spaces": lambda n: workload_written("2" + " " * n + "x 3 EC"),
    "tax-signs": lambda n: without_tax_note("90 € " + "+ " * (n // 2) + "MwSt."),
    "tax-words": lambda n: without_tax_note("90 € " + "inkl " * (n // 5)),
    "price-tax-signs": lambda n: price("90 € " + "+ " * (n // 2) + "MwSt."),
    "currency-words": lambda n: currency_in("zł " * (n // 3)),
    "whole-amount-dashes": lambda n: whole_amount("1,-" * (n // 3)),
    "whole-amount-words": lambda n: whole_amount("1,- " + "a." * (n // 2) + "1"),
    "free-words": lambda n: free("kostenlos " * (n // 10)),
    "free-notes": lambda n: free("kostenlos (" * (n // 11)),
    "free-note-spaces": lambda n: free("free" + " " * n + "(ESF)"),
    "heading-brackets": lambda n: ColumnResolver().resolve("a (" * (n // 3)),
    "heading-notes": lambda n: ColumnResolver().resolve("Price (provider)" + " (x)" * (n // 4)),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_todays_patterns_read_in_linear_time(name: str) -> None:
    assert_linear(READS[name])


@pytest.mark.parametrize(
    ("written", "hours"),
    [
        ("8 Wochen à 5 Stunden", 40),
        ("８ Wochen à ５ Stunden", 40),
        ("8\u202fWochen\u00a0à\u00a05\u00a0Stunden", 40),
        ("8 Wochen\u200f à 5 Stunden", 40),
        ("1.8 Wochen à 5 Stunden", 9),
        ("12 weeks x 6 hours per week", 72),
        ("8 Wochen,5 Stunden pro Woche", 40),
    ],
)
def test_weeks_and_hours_a_week_are_read_through_odd_spacing(written: str, hours: int) -> None:
    assert weekly_hours(written) == hours


@pytest.mark.parametrize(
    "written",
    [
        "-8 Wochen à 5 Stunden",
        "8 Wochen à -5 Stunden",
        "8 Wochen à \u22125 Stunden",
        "1234 Wochen à 5 Stunden",
        "1.234 Wochen à 5 Stunden",
        "1e308 Wochen à 5 Stunden",
        "8 Wochen à 1e308 Stunden",
        "8 Wochen à nan Stunden",
        "inf weeks x 5 hours per week",
        "8 Woche\u0301n à 5 Stunden",
        "8 Wochen à " * 10_000,
    ],
)
def test_weeks_and_hours_beyond_a_plain_count_are_no_workload(written: str) -> None:
    assert weekly_hours(written) is None
    assert workload_written(written) is None


@pytest.mark.parametrize(
    ("written", "workload"),
    [("2 x 3 EC", {"ects": 6}), ("2 x ３ EC", {"ects": 6}), ("2 × 2,5 EC", {"ects": 5})],
)
def test_a_count_of_credits_is_their_sum(written: str, workload: dict[str, Any]) -> None:
    assert workload_written(written) == workload


@pytest.mark.parametrize(
    "written",
    [
        "2 x 3 x 3 EC",
        "x 3 x 3 x 3",
        "99 x 1e308 EC",
        "2 x " + "9" * 400 + " EC",
        "2 × inf EC",
        "2 x nan EC",
        "-2 x 3 EC",
    ],
)
def test_counts_of_credits_at_their_limits_are_no_workload(written: str) -> None:
    assert workload_written(written) is None


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("890 € zzgl. MwSt.", (890.0, "€")),
        ("120\u202f€", (120.0, "€")),
        ("１２０ €", (120.0, "€")),
        ("1'250.– SFr.", (1250.0, "SFr.")),
        ("Kostenlos\u00a0", (0.0, None)),
    ],
)
def test_prices_with_odd_spacing_are_read(written: str, read: tuple[float, str | None]) -> None:
    assert price(written) == read


@pytest.mark.parametrize("written", ["1e308 €", "inf €", "nan EUR", "9" * 99 + " €", "+ + + MwSt", "1,-,- €", "- €"])
def test_prices_at_their_limits_are_no_amount(written: str) -> None:
    found = price(written)
    assert found is None or found[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Unsupervised online quiz; bring your student\u00a0card.",
        "Unsupervised online quiz; bring your student\u202fcard.",
        "Unsupervised online quiz; bring your student  card.",
        "Unsupervised online quiz; bring your student\ncard.",
        "Unsupervised online quiz; bring your student\u200f card.",
        "Unsupervised online quiz; show your identity\u00a0document.",
        "Unsupervised online quiz taken with\u00a0Proctorio.",
    ],
)
def test_an_identity_document_spaced_oddly_states_a_sitting(text: str) -> None:
    assert denials({"en": text}, "/d") == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Prüfung ist\u00a0ohne\u00a0Aufsicht.",
        "Die Prüfung ist ohne\nAufsicht.",
        "Die Prüfung findet ohne Auf\u00adsicht statt.",
    ],
)
def test_a_denial_spaced_oddly_is_read(text: str) -> None:
    assert [d.kind for d in denials({"de": text}, "/d")] == ["unsupervised"]


def test_a_proctoring_service_in_another_script_form_is_no_sitting() -> None:
    # A combining mark makes another word: no service is named, and the denial stands.
    assert [d.kind for d in denials({"en": "Unsupervised quiz with Procto\u0301rio."}, "/d")] == ["unsupervised"]


def test_ten_thousand_bracketed_names_are_read_as_names() -> None:
    names = _bracketed_names("University of Zed " + "(UZ) " * 10_000)
    assert len(names) == 10_000 and set(names) == {"UZ"}
    assert _bracketed_names("a (b (c (d (UZ))))") == ["UZ"]  # the innermost brackets only
    assert _bracketed_names("((((") == []


@pytest.mark.parametrize(
    ("span", "days", "told"),
    [
        (3_652_059, 1e308, True),  # the longest span dates have (0001-01-01 to 9999-12-31) against an absurd duration
        (10, float("nan"), False),
        (1e308, -1e308, True),
        (30, 28, False),
        (70, 21, True),
        (91, 70, False),  # a quarter of the dates' span
        (91, 63, True),
    ],
)
def test_dates_and_durations_at_their_limits_compare_without_error(span: float, days: float, told: bool) -> None:
    assert contradicts(span, days) is told


@pytest.mark.parametrize(
    ("header", "path"),
    [
        ("Price\u00a0(provider)", "price.amount"),
        ("Price (\u00a0provider\u200f)", "price.amount"),
        ("Ｐｒｉｃｅ (provider)", "price.amount"),
        ("Anbieter\u202f(Land)", "awarding_bodies.0.country"),
        ("Anbieter (Land)" + "*" * 500, "awarding_bodies.0.country"),
        ("Anbieter (Anbieter (Anbieter (Land)))", None),
    ],
)
def test_headings_with_a_noted_owner_and_odd_spacing(header: str, path: str | None) -> None:
    found = ColumnResolver().resolve(header)
    assert (found.dotted if found is not None else None) == path


def _findings(change: Callable[[dict[str, Any]], None]) -> list[Any]:
    data = baseline()
    change(data)
    report = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW, language="en")
    return list(report.results[0].findings)


@pytest.mark.parametrize(
    "workload", ["-8 Wochen à 5 Stunden", "1e308 Wochen à 5 Stunden", "8 Wochen à " * 10_000, "2 x 1e308 EC"]
)
def test_a_workload_text_beyond_a_count_gets_the_general_hint(workload: str) -> None:
    found = [f for f in _findings(lambda d: d.__setitem__("workload", workload)) if f.pointer.startswith("/workload")]
    assert [(f.rule, f.pointer) for f in found] == [("MC-SC-001", "/workload")]
    assert "Write {" not in str(found[0].hint)


def test_a_megabyte_outcome_is_told_at_its_place() -> None:
    outcome = {"text": {"de": "tauchen tief " * 80_000}}
    found = _findings(lambda d: d.__setitem__("learning_outcomes", [outcome, outcome]))
    assert any(f.rule == "MC-LO-005" and f.pointer == "/learning_outcomes/0/text/de" for f in found)


def test_a_vague_phrase_typed_decomposed_is_found() -> None:
    text = "Die Teilnehmenden schöpfen das Potenzial der Datenanalyse für ihr Unternehmen aus."
    outcomes = [{"text": {"de": unicodedata.normalize("NFD", text)}}] * 2

    def change(data: dict[str, Any]) -> None:
        data["learning_outcomes"] = outcomes
        data["languages"] = ["de"]

    assert any(f.rule == "MC-LO-002" for f in _findings(change))


def test_ten_thousand_bracketed_names_of_the_body_are_read_once() -> None:
    def change(data: dict[str, Any]) -> None:
        data["awarding_bodies"][0]["name"] = {"en": "University of Zed " + "(UZ) " * 10_000}
        data["quality_assurance"] = {"external": {"body": "UZ", "country": "IE", "framework": "ESG"}}

    found = [f for f in _findings(change) if f.rule == "MC-QA-001"]
    assert [f.pointer for f in found] == ["/quality_assurance/external/body"]


def _course_page(folder: Path, url: object) -> Document:
    course = {
        "@context": "https://schema.org",
        "@type": "Course",
        "@id": "urn:course:1",
        "name": "Data Ethics",
        "description": "Apply data-protection law to real projects.",
        "provider": {"@type": "CollegeOrUniversity", "name": "Hogeschool Voorbeeld"},
        "url": url,
    }
    path = folder / "course.jsonld"
    path.write_text(json.dumps(course), encoding="utf-8")
    (document,) = load_file(path)
    assert document.data is not None, document.findings
    return document


@pytest.mark.parametrize(
    "url",
    [
        " https://hsv.example.nl/data-ethics",
        "\u00a0https://hsv.example.nl/data-ethics",
        "\ufeffhttps://hsv.example.nl/data-ethics",
        "\u200b https://hsv.example.nl/data-ethics\n",
        "https://hsv.example.nl/data-ethics ",
    ],
)
def test_a_web_address_typed_with_space_around_it_is_the_page(tmp_path: Path, url: str) -> None:
    document = _course_page(tmp_path, url)
    assert document.data is not None and document.data["further_information"] == "https://hsv.example.nl/data-ethics"
    assert not [f for f in document.findings if f.rule == "MC-IM-002"]


@pytest.mark.parametrize(
    "url",
    [
        "ｈｔｔｐｓ://hsv.example.nl",
        "\u202ehttps://hsv.example.nl",
        "javascript:" + "a" * 1_000_000,
        "https:/",
        "\u200b",
    ],
)
def test_other_addresses_are_warned_of_at_their_place(tmp_path: Path, url: str) -> None:
    document = _course_page(tmp_path, url)
    assert document.data is not None and "further_information" not in document.data
    found = [f for f in document.findings if f.rule == "MC-IM-002"]
    assert [f.pointer for f in found] == ["/further_information"]
    assert len(str(found[0].message)) < 200


@pytest.mark.parametrize("duration", ["P99999999999W", "P11Y", "PT99999999999H", "P" + "9" * 30 + "D"])
def test_a_duration_longer_than_any_learning_hides_no_overload_of_the_dates(duration: str) -> None:
    def change(data: dict[str, Any]) -> None:
        data["workload"] = {"ects": 60, "hours": 1800}
        data["participation"]["schedule"] = {"start": "2026-02-02", "end": "2026-04-10", "duration": duration}

    found = _findings(change)
    assert [f.pointer for f in found if f.rule == "MC-WL-004"] == ["/participation/schedule"]
    assert any(f.rule == "MC-SC-001" and f.pointer == "/participation/schedule/duration" for f in found)


@pytest.mark.parametrize(("system", "value"), [("UK", 1e308), ("SCQF credit points", 1.7e308), ("CQFW", "1e308")])
def test_credits_beyond_a_number_once_converted_are_unread_not_infinite(system: str, value: object) -> None:
    data = baseline()
    data["workload"] = {"other_credits": {"system": system, "value": value}}
    report = check_documents([Document(source="d.yaml", data=data, format="yaml")], now=NOW, language="en")
    (row,) = rows(report)
    assert (row["ects"], row["hours"]) == (None, None)
    assert row["unread"] == "ects"
    assert ects_of_credits(system, 1e308) is None
    assert ects_of_credits(system, 40) == 20
