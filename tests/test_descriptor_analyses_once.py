"""What several rules read of one descriptor is found once per descriptor, and found the same as before."""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest

from qa_checker import descriptor as descriptor_module
from qa_checker import value_reader
from qa_checker.descriptor import Descriptor
from qa_checker.elements import INVISIBLE, blank
from qa_checker.rules.base import RuleContext
from qa_checker.rules.language import TextInClaimedLanguage, TextInEveryLanguage, _untranslatable, language_strings
from qa_checker.text import Name, Series, fill, msg
from tests.conftest import NOW

DATA: dict[str, Any] = {
    "languages": ["en", "de"],
    "title": {"en": "Data ethics in practice", "de": "Datenethik in der Praxis"},
    "summary": "Apply data protection law to real projects.",
    "learning_outcomes": [
        {"en": "Assess the risks of a data project.", "de": "Die Risiken eines Datenprojekts bewerten."},
        {"text": {"en": "Explain the principles of data protection law."}},
        "Document a data protection impact assessment.",
    ],
}


def _context(rule: type[TextInClaimedLanguage] | type[TextInEveryLanguage]) -> RuleContext:
    return RuleContext(options=dict(rule.defaults), today=NOW.date())


def test_the_language_rules_read_each_text_of_a_descriptor_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    text = Descriptor.text

    def counted(self: Descriptor, pointer: str) -> dict[str, str]:
        read.append(pointer)
        return text(self, pointer)

    monkeypatch.setattr(Descriptor, "text", counted)
    doc = Descriptor(DATA)
    for rule in (TextInClaimedLanguage, TextInEveryLanguage):
        if rule().applies(doc, _context(rule)):
            list(rule().check(doc, _context(rule)))
    assert read and len(read) == len(set(read))


def test_language_strings_are_the_same_however_often_they_are_asked_for() -> None:
    doc = Descriptor(DATA)
    first = language_strings(doc)
    assert language_strings(doc) is first
    assert language_strings(doc, list(TextInEveryLanguage.defaults["fields"])) == first
    assert [s.pointer for s in first] == [
        "/title",
        "/summary",
        "/learning_outcomes/0",
        "/learning_outcomes/1/text",
        "/learning_outcomes/2",
    ]
    assert [s.pointer for s in language_strings(doc, ("/summary", "/title"))] == ["/summary", "/title"]
    # Another descriptor of the same data finds the same strings anew.
    assert language_strings(Descriptor(DATA)) == first


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The values the descriptor module normalises as language strings, in turn."""
    seen: list[object] = []
    texts = descriptor_module.texts

    def counted(value: object, languages: list[str], *, read: bool = False) -> dict[str, str]:
        seen.append(value)
        return texts(value, languages, read=read)

    monkeypatch.setattr(descriptor_module, "texts", counted)
    return seen


def test_the_outcomes_of_a_descriptor_are_normalised_once(calls: list[object]) -> None:
    doc = Descriptor(DATA)
    expected = [
        ("/learning_outcomes/0", DATA["learning_outcomes"][0]),
        ("/learning_outcomes/1/text", DATA["learning_outcomes"][1]["text"]),
        ("/learning_outcomes/2", {"en": "Document a data protection impact assessment."}),
    ]
    assert list(doc.outcomes()) == expected
    assert list(doc.outcomes()) == expected
    assert len(calls) == 3


def test_a_language_string_is_normalised_once_per_pointer(calls: list[object]) -> None:
    doc = Descriptor(DATA)
    title = doc.text("/title")
    assert title == {"en": "Data ethics in practice", "de": "Datenethik in der Praxis"}
    assert doc.text("/title") is title
    assert doc.text("/summary") == {"en": "Apply data protection law to real projects."}
    assert doc.text("/summary") == doc.text("/summary")
    assert doc.text("/absent") == {} and doc.text("/absent") == {}
    assert calls == [DATA["title"], DATA["summary"], None]
    # Plain text is read in the language a descriptor assumes: another descriptor of the same data reads it anew.
    assert Descriptor(DATA, assumed_language="fr").text("/summary") == {"fr": DATA["summary"]}


def test_the_bodies_countries_are_read_once_per_descriptor(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def counted(text: str) -> str | None:
        read.append(text)
        return value_reader.country(text)

    monkeypatch.setattr(descriptor_module, "country", counted)
    data = {"awarding_bodies": [{"name": "A", "country": "Ireland"}, {"name": "B", "country": "EL"}, "C", {}]}
    doc = Descriptor(data)
    assert doc.body_countries() == frozenset({"IE", "GR"})
    assert doc.body_countries() is doc.body_countries()
    assert read == ["Ireland", "EL"]
    assert Descriptor({}).body_countries() == frozenset()


def test_blank_is_white_space_and_invisible_characters_only() -> None:
    whole = re.compile(f"[\\s{INVISIBLE}]*")
    characters = {chr(code) for code in range(0, sys.maxunicode + 1, 97)} | set(INVISIBLE)
    characters |= {c for c in map(chr, range(0x3001)) if c.isspace()}
    for character in sorted(characters):
        for text in (
            character,
            f" {character}",
            f"{character}\u200b ",
            f"\u00ad {character} x",
            f"\ufeff\t{character}",
        ):
            assert blank(text) is (whole.fullmatch(text) is not None), repr(text)


def test_blank_texts_of_every_white_space_and_invisible_character() -> None:
    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert blank("") and blank(spaces) and blank(INVISIBLE) and blank(spaces + INVISIBLE + spaces)
    assert not blank(INVISIBLE + "x") and not blank(spaces + "·")


@pytest.mark.parametrize(
    ("text", "same_in_every_language"),
    [("1,3", True), ("B2", True), ("12345678901234567890 a", True), ("AB", False), ("Keine.", True), ("ok", False)],
)
def test_a_plain_text_of_fewer_than_two_letters_is_untranslatable(text: str, same_in_every_language: bool) -> None:
    assert _untranslatable({"en": text}) is same_in_every_language


def test_a_message_renders_as_its_template_filled() -> None:
    german = Name("language", "de", "German")
    text = msg(
        "{field} {field} not in {missing}{unknown} {{code}: ...} {count}",
        field="title",
        missing=Series((msg("{language} ({code})", language=german, code="de"), "fr")),
        count=12345,
    )
    assert text.english() == "title title not in German (de), fr{unknown} {{code}: ...} 12,345"
    assert msg("no placeholder {here}").english() == fill("no placeholder {here}", {})
