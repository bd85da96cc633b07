"""The Latin, Greek and Cyrillic scripts' look-alike letters, and the words that mix them.

Many capitals and some small letters of the three scripts are drawn alike (Cyrillic ``А``, Greek ``Α``, Latin
``A``). A word written in one script with a look-alike of another inside (``Аpply`` with a Cyrillic A, a Latin
``o`` in a Russian word) shows one word and holds another: a search, a glossary, the language and verb checks
and a reader's copy all see a word that does not exist. Such words come from spoofing, from text typed on
two keyboard layouts, and from OCR; a word whose letters of two scripts are no look-alikes (``ΔT``, ``μm``: a
unit or a symbol) is left alone, as is a word of fewer than three letters.
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

_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_GREEK = "\u0370-\u03ff\u1f00-\u1fff"
_CYRILLIC = "\u0400-\u052f"
# A Greek or Cyrillic letter beside a Latin one: where a word mixes the scripts. Written to start at the Greek or
# Cyrillic letter, which the search then skips to (as fast as finding one letter in a text of the Latin script,
# ten times faster than trying a Latin letter at every place).
_MEETING = regex(f"[{_GREEK}{_CYRILLIC}](?:(?<=[{_LATIN}][{_GREEK}{_CYRILLIC}])|(?=[{_LATIN}]))")
_WORD = regex(r"[^\W\d_]+")
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
class MixedWord:
    """A word of one script holding look-alike letters of another: the word, and those letters in order."""

    word: str
    intruders: tuple[str, ...]


def may_mix(text: str) -> bool:
    """Whether a word of ``text`` may mix scripts (a quick test: no text passing it holds a :func:`mixed_words`)."""
    return not text.isascii() and _MEETING.search(text) is not None


def mixed_words(text: str) -> list[MixedWord]:
    """The words of ``text`` written in one script with look-alike letters of another, in order."""
    if not may_mix(text):
        return []
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) >= _SHORTEST and _MEETING.search(word):
            intruders = _intruders(word)
            if intruders:
                found.append(MixedWord(word, intruders))
    return found


def _script(letter: str) -> str | None:
    return next((name for name, pattern in _SCRIPTS if pattern.match(letter)), None)


def _intruders(word: str) -> tuple[str, ...]:
    """The letters of ``word`` outside its main script, when its main script has most of its letters and each of
    the others is drawn as one of that script's letters; else none."""
    scripts = [_script(letter) for letter in word]
    counts = {name: scripts.count(name) for name in dict.fromkeys(scripts) if name is not None}
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
