"""The texts of a descriptor and its language maps come from one walk of its data (MC-LG-003, MC-TP-001 and
MC-VC-002 read them), remembered for the descriptor it was made for and no other."""

from __future__ import annotations

from datetime import date
from typing import Any

from qa_checker.descriptor import Descriptor

_DATA: dict[str, Any] = {
    "title": {"en": "Data ethics", "de": "Datenethik"},
    "summary": "A course.",
    "learning_outcomes": [{"text": {"en": "Explain X.", "xx": "Y"}}, {"fr": "Expliquer X."}, "  "],
    "extensions": {"en": "the provider's own", "zz": {"qq": "inside"}},
    "nested": {"en": {"de": "a map inside a map is part of it"}},
    "awarding_bodies": [{"name": "Hogeschool", "country": "NL"}],
    "empty": {},
    "numbers": {"en": 3},
}


def test_language_maps_are_given_in_the_order_of_the_document_with_their_pointers() -> None:
    maps = Descriptor(_DATA).language_maps()
    assert [pointer for pointer, _ in maps] == [
        "/title",
        "/learning_outcomes/0/text",
        "/learning_outcomes/1",
        "/nested",
        "/numbers",
    ]
    # The very objects of the data, not copies.
    assert maps[0][1] is _DATA["title"]


def test_the_texts_are_every_text_but_the_blank_ones_and_the_extensions() -> None:
    found = {(text.pointer, text.value) for text in Descriptor(_DATA).strings()}
    assert found == {
        ("/title/en", "Data ethics"),
        ("/title/de", "Datenethik"),
        ("/summary", "A course."),
        ("/learning_outcomes/0/text/en", "Explain X."),
        ("/learning_outcomes/0/text/xx", "Y"),
        ("/learning_outcomes/1/fr", "Expliquer X."),
        ("/nested/en/de", "a map inside a map is part of it"),
        ("/awarding_bodies/0/name", "Hogeschool"),
        ("/awarding_bodies/0/country", "NL"),
    }


def test_a_descriptor_that_is_one_language_map_is_found_whole() -> None:
    assert [pointer for pointer, _ in Descriptor({"en": "x", "de": {"fr": "y"}}).language_maps()] == [""]


def test_each_descriptor_has_the_walk_of_its_own_data() -> None:
    """What is remembered is never another descriptor's, even for data made after the last one was dropped
    (which may take its place in memory)."""
    for number in range(50):
        code = f"{chr(97 + number % 26)}{chr(97 + number // 26)}"
        doc = Descriptor({"title": {code: f"Title {number}"}, "summary": f"Summary {number}"})
        assert {text.value for text in doc.strings()} == {f"Title {number}", f"Summary {number}"}
        assert doc.language_maps() == [("/title", {code: f"Title {number}"})]
        del doc


def test_an_unknown_code_of_a_language_map_is_reported_where_it_is() -> None:
    from qa_checker.rules.base import RuleContext
    from qa_checker.rules.vocabulary import LanguageCodeKnown

    hits = list(LanguageCodeKnown().check(Descriptor(_DATA), RuleContext(options={}, today=date(2026, 12, 1))))
    assert [hit.pointer for hit in hits] == ["/learning_outcomes/0/text/xx"]
