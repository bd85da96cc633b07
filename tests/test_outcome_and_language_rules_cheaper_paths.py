"""The outcome and language rules' cheaper paths give what the full work gives.

What the outcome rules derive from one statement is remembered per text, an analysis works out its Bloom level
once, the language rules skip texts by a pre-test and read the outcomes' texts from the descriptor's own memo:
each is held here against the work it saves, on the held-out outcome styles and on the real-world files.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

import qa_checker.language as language_module
from qa_checker.descriptor import Descriptor, strings_and_language_maps
from qa_checker.language import Analysis, analyse_as_claimed, detect
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Hit, RuleContext
from qa_checker.rules.language import (
    _MARKDOWN,
    _MISREAD,
    _SUSPECT,
    LanguageString,
    _markup,
    language_strings,
)
from qa_checker.rules.outcomes import _compared, _outcomes_listed, _statement_words
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "tests" / "outcome_styles"
REALWORLD = Path("/work/shared/realworld")


@pytest.fixture(scope="module")
def statements() -> list[tuple[str, str]]:
    """Every held-out statement with its language, each file read once."""
    found = []
    for path in sorted(STYLES.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(raw["language"], text) for _, text in raw["statements"]]
    return found


def _texts_of(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except (ValueError, yaml.YAMLError, UnicodeDecodeError):
        return []
    return [text.value for text in strings_and_language_maps(data)[0]]


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    """Every text of the samples and of the real-world files (when present), each file read once."""
    folders = [ROOT / "samples", REALWORLD]
    paths = [
        p
        for folder in folders
        if folder.is_dir()
        for p in sorted(folder.rglob("*"))
        if p.suffix in (".json", ".yaml", ".yml") and p.stat().st_size < 2_000_000
    ]
    return [text for path in paths for text in _texts_of(path)]


def test_what_is_remembered_of_a_statement_is_what_it_gives_when_worked_out(
    statements: list[tuple[str, str]],
) -> None:
    assert len(statements) > 300
    long = "Analyse the heat loss of a building; " * 40  # past the remembered length: worked out each time
    for language, text in [*statements, ("en", long), ("en", "1. Analyse X.\n2. Design Y.")]:
        for _ in range(2):  # the second call reads the memo
            assert _outcomes_listed(text, language) == _outcomes_listed.__wrapped__(text, language)
            assert _statement_words(text) == _statement_words.__wrapped__(text)
            assert _compared(text) == _compared.__wrapped__(text)


def test_what_the_detection_remembers_of_a_statement_is_what_it_gives_when_worked_out(
    statements: list[tuple[str, str]],
) -> None:
    long = "Analyse the heat loss (of a building) at https://example.org; " * 40  # past the remembered length
    for language, text in [*statements, ("en", long), ("es", "Analizar la unión de cola, dell'impresa.")]:
        for _ in range(2):  # the second call reads the memo
            cleaned = detect._cleaned(text)
            assert cleaned == detect._NOISE.sub(" ", text)
            for code in (language, "en", "pt"):
                assert detect._tally(cleaned, code) == detect._sample_tally.__wrapped__(detect._sample(cleaned), code)
    every = sorted({code for group in detect.CONFUSABLE for code in group} | {"en", "de", "fr"})
    for a in every:
        for b in every:
            assert detect.confusable(a, b) == any(a in group and b in group for group in detect.CONFUSABLE)


def _tally_word_by_word(sample: str, language: str) -> tuple[object, ...]:
    """A sample's tally counted token by token, with the order its counts list the languages in."""
    own = detect._FUNCTION_WORDS_OF.get(language, language)
    words = mine = 0
    theirs: dict[str, int] = {}
    shared: dict[str, int] = {}
    for token in detect._function_tokens(sample):
        words += 1
        codes = detect._function_words().get(token, ())
        mine += own in codes
        for code in codes:
            theirs[code] = theirs.get(code, 0) + 1
            shared[code] = shared.get(code, 0) + (own in codes)
    theirs.pop(own, None)
    return own, words, mine, list(theirs.items()), list(shared.items())


def test_a_tally_read_from_the_texts_words_worked_out_once_is_the_word_by_word_one(
    statements: list[tuple[str, str]],
) -> None:
    codes = ("en", "de", "fr", "es", "pt", "gl", "ca", "it", "nl", "af", "pl", "nb", "sr", "xx")
    for language, text in [*statements, ("es", "de la de el y de los de"), ("en", ""), ("en", "GROUP BY the data")]:
        sample = detect._sample(detect._cleaned(text))
        for code in (language, *codes):
            tally = detect._sample_tally.__wrapped__(sample, code)
            found = (tally.language, tally.words, tally.mine, list(tally.theirs.items()), list(tally.shared.items()))
            assert found == _tally_word_by_word(sample, code), (text, code)


def test_the_marked_letters_of_ascii_words_are_none_as_their_letters_say() -> None:
    texts = [
        "Analyse the data",
        "Die Größe prüfen und ändern",
        "KELVIN \u212a and ſ",
        "İstanbul çay ħobż",
        "a é 12 x_y",
    ]
    for text in texts:
        words = detect._WORD.findall(unicodedata.normalize("NFC", text).lower())
        assert detect._marked.__wrapped__(text) == tuple(frozenset(w) - detect._A_TO_Z for w in words)


def test_a_statement_in_another_language_than_it_claims_is_not_analysed(
    statements: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def judged_after(text: str, language: str) -> Analysis | None:
        """The analysis first, the language after: what the claimed language's judgement saves."""
        analysis = language_module.analyse(text, language)
        if analysis is None or detect.foreign_letters(analysis.text, language):
            return None
        if detect.clearly_other(analysis.text, language) is not None:
            return None
        relative = detect.relative_written(analysis.text, language)
        if relative is None:
            return analysis
        # read as the relative where the analysis reads it (Swedish under da), else unread
        if relative in language_module._READ_AS_RELATIVE.get(language, ()):
            return language_module.analyse(text, relative)
        return None

    foreign = [
        ("en", "Die Studierenden analysieren die Anforderungen und entwerfen eine passende Lösung für den Kunden."),
        ("pt", "Conocer las técnicas de venta y aplicarlas en la tienda con los clientes."),
        ("da", "Studenten skal kunne forklare grunnleggende begreper."),
    ]
    relatives = [("da", "Studenten ska kunna analysera och värdera risker i ett byggprojekt.")]
    for language, text in [*statements, *foreign, *relatives]:
        text = language_module.bounded(text)
        assert language_module._analyse_as_claimed.__wrapped__(text, language) == judged_after(text, language)
    analysed: list[str] = []
    monkeypatch.setattr(language_module, "analyse", lambda text, language: analysed.append(text))
    for language, text in foreign:
        assert language_module._analyse_as_claimed.__wrapped__(text, language) is None
    assert analysed == []


def test_an_analysis_gives_the_same_level_and_observable_verbs_each_time(statements: list[tuple[str, str]]) -> None:
    analysed = [a for a in (analyse_as_claimed(text, language) for language, text in statements) if a is not None]
    assert len(analysed) > 300
    for analysis in analysed:
        assert analysis.level == Analysis.level.func(analysis) == analysis.level
        assert analysis.observable == Analysis.observable.func(analysis)


def test_the_pre_test_skips_no_text_holding_misread_characters_html_or_markdown(real_texts: list[str]) -> None:
    assert len(real_texts) > 1_000
    skipped = [text for text in real_texts if _SUSPECT.search(text) is None]
    assert skipped  # most texts
    for text in skipped:
        assert _MISREAD.search(text) is None and _markup(text) is None and _MARKDOWN.search(text) is None


def _hits(rule_id: str, data: dict[str, Any]) -> list[Hit]:
    cls = RULES_BY_ID[rule_id]
    rule, ctx = cls(), RuleContext(options=dict(cls.defaults), today=NOW.date())
    doc = Descriptor(data)
    return list(rule.check(doc, ctx)) if rule.applies(doc, ctx) else []


@pytest.mark.parametrize(
    ("summary", "pointer"),
    [
        ("Un cours pour les responsables de la qualitÃ© des donnÃ©es.", "/summary"),
        ("<p>Apply data protection law.</p>", "/summary"),
        ("Data &amp; Ethics in practice", "/summary"),
        ("**Ziel:** Datenschutz anwenden.", "/summary"),
        ("Read [more](https://example.org/course) about it.", "/summary"),
        ("## Overview\nApply data protection law.", "/summary"),
    ],
)
def test_each_kind_of_garbled_text_is_still_reported(summary: str, pointer: str) -> None:
    assert [hit.pointer for hit in _hits("MC-LG-003", {"summary": summary})] == [pointer]


@pytest.mark.parametrize("summary", ["Apply data protection law: 5 < 7 and R&D [A1].", "Prüfen #1 — été, garçon, ß"])
def test_a_text_with_some_of_the_marks_but_no_markup_is_not_reported(summary: str) -> None:
    assert _hits("MC-LG-003", {"summary": summary}) == []


def test_texts_lacking_the_same_languages_are_each_reported_and_a_key_in_another_form_counts_as_given() -> None:
    data = {
        "languages": ["en", "de"],
        "title": {"EN": "Data ethics", "de": "Datenethik"},  # EN is en: MC-VC-002 reports its form
        "summary": "Apply data protection law to real projects.",
        "target_group": {"en": "Data analysts who handle personal data."},
    }
    hits = _hits("MC-LG-002", data)
    assert [hit.pointer for hit in hits] == ["/summary", "/target_group/de"]
    assert [str(hit.message) for hit in hits] == [
        "summary is not given in German (de) (given: en; declared: en, de)",
        "target_group is not given in German (de) (given: en; declared: en, de)",
    ]
    assert {str(hit.hint) for hit in hits} == {
        "Write it as a language map with every declared language, e.g. {en: ..., de: ...}."
    }


def test_the_outcomes_language_strings_are_those_read_field_by_field() -> None:
    data = {
        "languages": ["en", "de"],
        "learning_outcomes": [
            "Apply the GDPR to a project plan.",
            {"en": "Assess risks.", "de": "Risiken bewerten."},
            {"text": {"en": "Explain the law."}},
            {"text": "Document an impact assessment."},
            "   ",
            None,
            42,
            {"en": " "},
            {"EN": "Plan a survey.", "url": "https://example.org"},
            {"text": None},
        ],
    }
    doc = Descriptor(data)
    expected = []
    for index, item in enumerate(doc.items("/learning_outcomes")):
        pointer = f"/learning_outcomes/{index}" + ("/text" if isinstance(item, dict) and "text" in item else "")
        if doc.text(pointer):
            expected.append(LanguageString(pointer, doc.text(pointer), isinstance(doc.get(pointer), str)))
    assert language_strings(doc, ("/learning_outcomes/*",)) == tuple(expected)
    assert [s.pointer for s in expected] == [
        "/learning_outcomes/0",
        "/learning_outcomes/1",
        "/learning_outcomes/2/text",
        "/learning_outcomes/3/text",
        "/learning_outcomes/8",
    ]
