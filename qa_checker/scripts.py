"""Words that do not hold what they show: look-alike letters of another script, characters that show as nothing.

Many capitals and some small letters of the Latin, Greek and Cyrillic scripts are drawn alike (Cyrillic ``А``,
Greek ``Α``, Latin ``A``). A word written in one script with a look-alike of another inside (``Аpply`` with a
Cyrillic A, a Latin ``o`` in a Russian word) shows one word and holds another: a search, a glossary, the language
and verb checks and a reader's copy all see a word that does not exist. So does a word with a character inside
that shows as nothing (a zero width space, a word joiner, an invisible operator, a byte-order mark), which the
reports must show as U+FFFD. Such words come from spoofing, from text typed on two keyboard layouts, from OCR and
from pasting out of web pages and PDFs. A word whose letters of two scripts are no look-alikes (``ΔT``, ``μm``: a
unit or a symbol) is left alone, as is a word of fewer than three letters; so are the joiners that Arabic, Indic
and emoji sequences need (U+200C, U+200D), the soft hyphen (a hyphenation hint), and a zero width space between
letters of other scripts (Thai and Khmer mark word breaks with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from qa_checker.patterns import regex

# Cyrillic and Greek letters drawn as a Latin letter is (from Unicode's confusables), and the Latin letter each
# is drawn as.
LOOK_ALIKES = str.maketrans(
    "АВЕКМНОРСТУХІЈЅаеорсухіјѕһԁΑΒΕΖΗΙΚΜΝΟΡΤΥΧονι",
    "ABEKMHOPCTYXIJSaeopcyxijshdABEZHIKMNOPTYXovi",
)
# The characters no script needs that show as nothing (zero width space, word joiner and invisible operators,
# byte-order mark), as a regular-expression class body: in a report 'MC-1\u200b' would look like 'MC-1'.
SHOWS_AS_NOTHING = "\u200b\u2060-\u2064\ufeff"

_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
_CYRILLIC = "\u0400-\u052f"
_LETTER = f"{_LATIN}{_GREEK}{_CYRILLIC}"
# A Greek or Cyrillic letter beside a Latin one, where a word mixes the scripts, or a character that shows as
# nothing between two letters of the three. Written to start at the Greek, Cyrillic or invisible character, which
# the search skips to (as fast as finding one letter in a text of the Latin script, ten times faster than trying a
# Latin letter at every place).
_SUSPECT = regex(
    f"[{_GREEK}{_CYRILLIC}](?:(?<=[{_LATIN}][{_GREEK}{_CYRILLIC}])|(?=[{_LATIN}]))"
    f"|[{SHOWS_AS_NOTHING}](?<=[{_LETTER}][{SHOWS_AS_NOTHING}])[{SHOWS_AS_NOTHING}]*(?=[{_LETTER}])"
)
_HIDDEN = regex(f"[{SHOWS_AS_NOTHING}]")
# A word: letters, and the characters that show as nothing between them.
_WORD = regex(rf"[^\W\d_]+(?:[{SHOWS_AS_NOTHING}]+[^\W\d_]+)*")
_SCRIPTS = (("Latin", regex(f"[{_LATIN}]")), ("Greek", regex(f"[{_GREEK}]")), ("Cyrillic", regex(f"[{_CYRILLIC}]")))
# The Latin letters that a letter of each script can be drawn as.
_DRAWN_AS = {
    "Latin": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    **{
        name: frozenset(chr(LOOK_ALIKES[ord(c)]) for c in map(chr, LOOK_ALIKES) if pattern.match(c))
        for name, pattern in _SCRIPTS[1:]
    },
}
# Fewer letters than this are a unit or a symbol as often as a word (μm, kΩ, ΔT).
_SHORTEST = 3


@dataclass(frozen=True)
class MisleadingWord:
    """A word that does not hold what it shows: the word, and the characters that make it so, in order."""

    word: str
    intruders: tuple[str, ...]


def may_mislead(text: str) -> bool:
    """Whether a word of ``text`` may mislead (a quick test: no text failing it holds a :func:`misleading_words`)."""
    return not text.isascii() and _SUSPECT.search(text) is not None


def misleading_words(text: str) -> list[MisleadingWord]:
    """The words of ``text`` written in one script with look-alike letters of another, or with characters that
    show as nothing between their letters, in order."""
    if not may_mislead(text):
        return []
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii() or not _SUSPECT.search(word):
            continue
        hidden = _HIDDEN.findall(word)
        letters = _HIDDEN.sub("", word) if hidden else word
        intruders = [*hidden, *_intruders(letters)] if len(letters) >= _SHORTEST else hidden
        if intruders:
            found.append(MisleadingWord(word, tuple(c for c in word if c in intruders)))
    return found


def _script(letter: str) -> str | None:
    return next((name for name, pattern in _SCRIPTS if pattern.match(letter)), None)


def _intruders(word: str) -> tuple[str, ...]:
    """The letters of ``word`` outside its main script, when its main script has most of its letters and each of
    the others is drawn as one of that script's letters; else none."""
    scripts = [_script(letter) for letter in word]
    counts = {name: scripts.count(name) for name in dict.fromkeys(scripts) if name is not None}
    if not counts:
        return ()
    main = max(counts, key=counts.__getitem__)
    if counts[main] * 2 <= sum(counts.values()):
        return ()
    others = [letter for letter, name in zip(word, scripts) if name not in (main, None)]
    if all(_drawn_as(letter) & _DRAWN_AS[main] for letter in others):
        return tuple(others)
    return ()


def _drawn_as(letter: str) -> frozenset[str]:
    """The Latin letters ``letter`` can be drawn as (itself, for a Latin one)."""
    if letter.isascii():
        return frozenset(letter)
    latin = letter.translate(LOOK_ALIKES)
    return frozenset(latin) if latin.isascii() else frozenset()
