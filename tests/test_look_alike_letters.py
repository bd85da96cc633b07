"""MC-LD-010: words with look-alike letters of another script or characters that show as nothing inside, and
MC-LD-007's noncharacters U+FFFE and U+FFFF.

The words are made here from real words of six languages in three scripts, a look-alike of another script put in
at every place it can stand, so that every letter of the table is tried in every script it can intrude into; the
texts that must pass are real uses of two scripts side by side (units, symbols, acronyms, transliterations).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_checker import api, ids
from qa_checker.findings import Severity
from qa_checker.loaders import tabular
from qa_checker.scripts import LOOK_ALIKES, SHOWS_AS_NOTHING, may_mislead, misleading_words
from tests.conftest import NOW, baseline
from tests.reporting.helpers import write_json

WORDS = {
    "Latin": "Apply analyse evaluate principles processing Datenschutz évaluer zarządzanie projektów Bewertung "
    "Kompetenzen programme assessment ABSTRACT KNOWLEDGE MATHEMATICS HYBRID JOURNEY ZOOM EXAM PYTHON hybrid video "
    "box joined analysis",
    "Cyrillic": "Москва оценка применять принципы обработка управление проекти оцінювання Україна данные",
    "Greek": "Ελλάδα αξιολόγηση εφαρμογή ΠΑΝΕΠΙΣΤΗΜΙΟ ΜΑΘΗΜΑΤΑ προγράμματος ΠΟΙΟΤΗΤΑ",
}
# The table's pairs (another script's letter, the Latin letter it is drawn as).
PAIRS = [(chr(other), chr(latin)) for other, latin in LOOK_ALIKES.items()]


def _script(letter: str) -> str:
    return "Cyrillic" if "\u0400" <= letter <= "\u052f" else "Greek" if "\u0370" <= letter <= "\u03ff" else "Latin"


def _spoofed() -> list[tuple[str, str, str]]:
    """(text, word, intruder): a word of each list with one letter swapped for another script's look-alike."""
    cases = []
    for script, words in WORDS.items():
        for word in words.split():
            for index, letter in enumerate(word):
                for other, latin in PAIRS:
                    # a Latin letter swapped for its look-alike; in another script, a letter for the Latin one it
                    # is drawn as, or a third script's look-alike of the same Latin letter
                    if script == "Latin" and letter == latin:
                        intruder = other
                    elif script != "Latin" and letter == other:
                        intruder = latin
                    else:
                        continue
                    spoofed = word[:index] + intruder + word[index + 1 :]
                    cases.append((f"Students {spoofed} the material.", spoofed, intruder))
    return cases


SPOOFED = _spoofed()

PLAIN = [
    "Measure ΔT and the resistance in kΩ; samples of 5 μm.",
    "Το μάθημα αντιστοιχεί σε 5 ECTS και επίπεδο EQF 6.",
    "Курс для IT-специалистов: 5 ECTS, уровень EQF 5.",
    "NF-κB signalling, α-helix and β-sheet structures, π-calculus.",
    "Studierende erläutern β-Laktamase-Hemmer und den pH-Wert.",
    "Kyiv (Київ) and Athens (Αθήνα) host the partner universities.",
    "Élaborer un plan de gestion des données (NFD: E\u0301laborer).",
    "Σ and Ω are letters; ΑΒΓ is an acronym; ΔTmax is a maximum.",
    "Upravljanje projektima / Управљање пројектима (Serbian in both scripts).",
]


def _checked(path: Path) -> list[Any]:
    return list(api.check_paths([path], now=NOW).results[0].findings)


def _look_alike_findings(findings: list[Any]) -> list[Any]:
    return [f for f in findings if f.rule == ids.WORDS_AS_SHOWN]


def test_the_corpus_tries_every_look_alike_in_every_script() -> None:
    intruders = {intruder for _, _, intruder in SPOOFED}
    assert {other for other, _ in PAIRS} <= intruders
    assert {_script(word[0]) for _, word, _ in SPOOFED} >= {"Latin", "Cyrillic", "Greek"}
    assert len(SPOOFED) > 200


@pytest.mark.parametrize(("text", "word", "intruder"), SPOOFED, ids=[w for _, w, _ in SPOOFED])
def test_a_look_alike_in_a_word_of_another_script_is_found(text: str, word: str, intruder: str) -> None:
    [found] = misleading_words(text)
    assert found.word == word and found.intruders == (intruder,)


@pytest.mark.parametrize("text", PLAIN)
def test_two_scripts_side_by_side_or_in_symbols_pass(text: str) -> None:
    assert misleading_words(text) == []


def test_a_word_of_two_scripts_half_and_half_is_not_judged() -> None:
    assert misleading_words("the word ABАВ and ОРab") == []


@given(st.text(alphabet=st.sampled_from("aeopcAEOPCаеорсАЕОРСοΟΔμ é-1 "), max_size=40))
def test_every_word_found_is_in_the_text_and_mixes_scripts(text: str) -> None:
    for found in misleading_words(text):
        assert found.word in text and len(found.word) >= 3
        assert len({_script(c) for c in found.word}) >= 2
        assert set(found.intruders) <= set(found.word)
    if not may_mislead(text):
        assert misleading_words(text) == []


@given(st.text(alphabet=st.characters(max_codepoint=0x36F)))
def test_a_text_without_greek_or_cyrillic_letters_never_mixes(text: str) -> None:
    assert not may_mislead(text) and misleading_words(text) == []


def test_an_outcome_is_reported_at_its_pointer_with_the_word_escaped(tmp_path: Path) -> None:
    data = baseline()
    data["learning_outcomes"][0]["en"] = "\u0410pply the principl\u0435s of lawful processing to a project."
    [found] = _look_alike_findings(_checked(write_json(tmp_path / "mixed.json", data)))
    assert found.severity is Severity.WARNING and found.pointer == "/learning_outcomes/0/en"
    message = str(found.message)
    assert "2 words ('\\u0410pply', 'principl\\u0435s')" in message
    assert "U+0410 (CYRILLIC CAPITAL LETTER A), U+0435 (CYRILLIC SMALL LETTER IE)" in message


def test_an_escaped_look_alike_in_json_is_found_too(tmp_path: Path) -> None:
    data = baseline()
    data["title"]["en"] = "Data \u0415thics in Practice"
    path = tmp_path / "escaped.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")
    assert [f.pointer for f in _look_alike_findings(_checked(path))] == ["/title/en"]


def test_a_yaml_text_is_reported_at_its_line(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "qa_checker" / "data" / "good-offer.yaml").read_text()
    path = tmp_path / "offer.yaml"
    path.write_text(source.replace("  en: Data Ethics in Practice", "  en: Data Ethics in Pr\u0430ctice"), "utf-8")
    [found] = _look_alike_findings(_checked(path))
    lines = path.read_text(encoding="utf-8").split("\n")
    assert found.line == next(n for n, text in enumerate(lines, 1) if "Pr\u0430ctice" in text)


def test_a_spreadsheet_cell_is_reported_at_its_field() -> None:
    raw = "id,title.en\nmc-1,Data \u0415thics in Practice\n".encode()
    [document] = tabular.load_csv(raw, "offers.csv")
    assert [f.pointer for f in document.findings if f.rule == ids.WORDS_AS_SHOWN] == ["/title/en"]


def test_a_code_or_a_key_is_left_to_the_rules_that_read_it(tmp_path: Path) -> None:
    data = baseline()
    data["participation"]["mode"] = "\u043enline"
    data["summ\u0430ry"] = data.pop("summary")
    found = _checked(write_json(tmp_path / "codes.json", data))
    assert _look_alike_findings(found) == []
    assert any("'\\u043enline'" in str(f.message) for f in found)


def test_many_texts_are_counted_past_the_first_twenty_as_warnings(tmp_path: Path) -> None:
    data = baseline()
    data["learning_outcomes"] = [{"en": f"Apply rule {n} to a pr\u043eject."} for n in range(25)]
    found = _look_alike_findings(_checked(write_json(tmp_path / "many.json", data)))
    assert len(found) == 21 and {f.severity for f in found} == {Severity.WARNING}
    [summary] = [f for f in found if f.pointer == ""]
    assert "5 more places" in str(summary.message)


def test_a_real_text_in_greek_or_cyrillic_raises_nothing(tmp_path: Path) -> None:
    data = baseline()
    data["title"] = {"el": "Ηθική των δεδομένων στην πράξη", "bg": "Етика на данните в практиката"}
    data["learning_outcomes"] = [{"el": PLAIN[1]}, {"ru": PLAIN[2]}]
    assert _look_alike_findings(_checked(write_json(tmp_path / "scripts.json", data))) == []


@pytest.mark.parametrize("character", ["\ufffe", "\uffff"])
@pytest.mark.parametrize("written", ["literal", "escaped"])
def test_a_noncharacter_in_a_json_text_or_key_is_an_error_naming_it(
    tmp_path: Path, character: str, written: str
) -> None:
    data = baseline()
    data["title"]["en"] = f"Data {character}Ethics"
    data["x-note" + character] = "kept"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=written == "escaped"), encoding="utf-8")
    found = [f for f in _checked(path) if f.rule == ids.UNREPRESENTABLE]
    code = f"U+{ord(character):04X}"
    assert {(f.pointer, f.severity) for f in found} >= {("/title/en", Severity.ERROR)}
    assert all(code in str(f.message) and "noncharacter" in str(f.message) for f in found)
    assert any(str(f.message).startswith("the key at") for f in found)


def test_a_noncharacter_in_yaml_is_still_refused_by_the_parser(tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text('descriptor_version: "1.0"\nid: x\ntitle: {en: "Data \ufffe Ethics"}\n', encoding="utf-8")
    [refused] = _checked(path)
    assert refused.rule == ids.UNPARSABLE


def test_a_noncharacter_in_a_spreadsheet_cell_is_reported() -> None:
    [document] = tabular.load_csv("id,title.en\nmc-1,Data \uffff Ethics\n".encode(), "offers.csv")
    assert [f.pointer for f in document.findings if f.rule == ids.UNREPRESENTABLE] == ["/title/en"]


def test_a_generated_batch_keeps_every_result(tmp_path: Path) -> None:
    """Spoofed and plain texts mixed over a batch: each file gets its own findings, none is lost."""
    rng = random.Random(7)
    expected = {}
    for n in range(40):
        data = baseline()
        data["id"] = f"mc-{n}"
        text, word, _ = rng.choice(SPOOFED) if n % 2 else (rng.choice(PLAIN), None, None)
        data["learning_outcomes"][0]["en"] = text
        write_json(tmp_path / f"mc-{n:02d}.json", data)
        expected[f"mc-{n}"] = word
    report = api.check_paths([tmp_path], now=NOW)
    for result in report.results:
        found = [f for f in result.findings if f.rule == ids.WORDS_AS_SHOWN]
        word = expected[result.id]
        assert len(found) == (word is not None)


INVISIBLE = [chr(code) for code in (0x200B, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF)]


@pytest.mark.parametrize("character", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
@pytest.mark.parametrize("word", ["Apply", "Ελλάδα", "оценка", "zarządzanie"])
def test_a_character_that_shows_as_nothing_inside_a_word_is_found(character: str, word: str) -> None:
    spoofed = word[:2] + character + word[2:]
    [found] = misleading_words(f"Students {spoofed} the material.")
    assert found.word == spoofed and found.intruders == (character,)


@pytest.mark.parametrize(
    "text",
    [
        "Donau\u00addampf\u00adschiff\u00adfahrt ist ein langes Wort.",  # soft hyphens: hyphenation hints
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and a family emoji \U0001f468\u200d\U0001f469",
        "\u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22 is Thai with its word breaks.",
        "\ufeffA text that starts with a byte-order mark.",
        "Two words\u200b and a zero width space after one.",
    ],
)
def test_invisible_characters_that_texts_use_or_that_stand_outside_words_pass(text: str) -> None:
    assert misleading_words(text) == []


def test_a_run_of_invisible_characters_is_one_word_told_once() -> None:
    [found] = misleading_words("Students pro\u200b\u200b\u2060ject the plan.")
    assert found.intruders == ("\u200b", "\u200b", "\u2060")


def test_an_outcome_with_a_zero_width_space_is_reported_at_its_pointer(tmp_path: Path) -> None:
    data = baseline()
    data["learning_outcomes"][0]["en"] = "Appl\u200by the GDPR principles of lawful processing to a project."
    [found] = _look_alike_findings(_checked(write_json(tmp_path / "hidden.json", data)))
    assert found.pointer == "/learning_outcomes/0/en"
    assert "('Appl\\u200by')" in str(found.message) and "U+200B (ZERO WIDTH SPACE)" in str(found.message)


def test_every_character_that_shows_as_nothing_is_tried() -> None:
    assert {c for c in map(chr, range(0x10000)) if re.fullmatch(f"[{SHOWS_AS_NOTHING}]", c)} == set(INVISIBLE)
