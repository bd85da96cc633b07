"""Offline, deterministic language identification of descriptor texts.

Uses lingua (``lingua-language-detector``: n-gram models of 1 to 5 characters bundled in the wheel,
no network, no randomness), which is built for short texts such as titles and one-sentence outcomes.
Precision over recall: a language is only reported when two detectors agree that the text is
clearly in another language than the one it claims.

1. A screening detector in low-accuracy mode (trigrams only, about 2 MB of model per language,
   loaded in well under a second) ranks the European languages and the claimed one. When the claimed
   language wins, or is not far behind, nothing is reported: this is the answer for almost every
   text, at about 0.1 ms a text.
2. Only a suspect text is judged again by a high-accuracy detector (all n-gram lengths, the mode
   lingua recommends for texts under 120 characters) that chooses between just the claimed language
   and the few suspected ones. That detector loads the full models of those languages only, on
   first use, so a run that finds nothing suspect never pays for them.

Before either, a text whose words are in good part the claimed language's function words (articles,
prepositions, conjunctions: ``data/function-words.yaml``), and clearly more of them than of any other
language's, is cleared without a model: a few microseconds instead of about a hundred, for most
sentences of a catalogue. Only a verdict of "in the claimed language" is ever reached this way.

A suspect text whose letters (``data/alphabets.yaml``) only the screening's language is written with
(the ł, ś and ż of Polish, the ř and ů of Czech) is named without the full models too: two opinions
that agree, one of them on the letters. Letters also keep a verdict from falling on a language that
is not written with them (an English title naming Ţiriac and Năstase, read as Spanish by both
detectors).

Low-accuracy mode alone called a six-word English title French with 99% confidence and a Dutch title
Afrikaans; the high-accuracy check of the pair rejects both (measured on the titles and outcomes of
``tests/test_language_detection.py``).
"""

from __future__ import annotations

import functools
import os
import re
import string
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from qa_checker.caching import short_texts
from qa_checker.patterns import regex

if TYPE_CHECKING:  # lingua's compiled module is imported on first detection, not at start-up.
    from lingua import Language, LanguageDetector

# Languages the detector tells apart poorly, or that share much of their vocabulary in the short
# texts of a descriptor; a mix-up inside a group is never reported.
CONFUSABLE: tuple[frozenset[str], ...] = (
    frozenset({"nl", "af"}),
    frozenset({"da", "no", "nb", "nn", "sv"}),
    frozenset({"es", "gl", "pt"}),
    frozenset({"hr", "sr", "bs", "sl", "sh"}),
    frozenset({"cs", "sk"}),
    frozenset({"id", "ms"}),
    frozenset({"ru", "uk", "bg", "mk", "be"}),
)

# The languages every text is screened against first: those the outcome analysis reads, the usual
# languages of European micro-credentials, and Catalan, which Spanish and Catalan (Valencian) course
# guides are written in side by side (a pasted Catalan outcome otherwise screens as Spanish). Cheap
# (a detector's cost grows with its languages), and enough to confirm that a text is in its claimed
# language, the answer for almost every text.
FIRST_SCREEN: tuple[str, ...] = ("de", "en", "es", "fr", "it", "nl", "pl", "ca")

# The official languages of the EU that lingua knows (all but Maltese).
EU_OFFICIAL: tuple[str, ...] = (
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "nl", "pl", "pt", "ro", "sk", "sl", "sv",
)  # fmt: skip
# The languages a suspect text is screened against: the official languages of the EU, and those of the
# EEA, candidate and neighbouring countries and the regional languages of the member states that have an
# ISO 639-1 code and a lingua model. The claimed language is always added, so a text is never judged
# against a set without its own language.
SCREENED: tuple[str, ...] = (
    *EU_OFFICIAL, "bs", "ca", "cy", "eu", "is", "mk", "nb", "nn", "ru", "sq", "sr", "tr", "uk",
)  # fmt: skip

# The screening detector's verdict that makes a text suspect: another language ranked first, at
# least this sure, and the claimed one at most this likely. Loose on purpose: the second detector
# decides.
SUSPECT_CONFIDENCE = 0.5
SUSPECT_CLAIMED = 0.25
# The screened languages the deciding detector also hears: up to this many of the first ranked,
# each at least this likely.
SUSPECTS = 3
SUSPECT_RUNNER_UP = 0.01
# English is the usual language of an untranslated text and of the loanwords in titles in every
# language, and the screening detector is the likeliest to miss it (a six-word English title read
# as French with 99% confidence, English at under 1%): the deciding detector always hears it.
ALWAYS_HEARD: tuple[str, ...] = ("en",)
# How likely a close relative of the top language must be, for the two to count as nearly level.
LEVEL_RELATIVE = 0.2

# Web addresses, e-mail addresses and numbers are no evidence of a language. An e-mail address is a
# run of non-space with an @ inside; the run is only tried from its first character ``(?<!\S)``: a
# match can only start there anyway, and trying every later character of a long run without an @
# would scan the rest of the run each time (quadratic on a megabyte-long word). Nor are a few words in
# brackets or quotation marks, which name things in their own language: "1 (sehr gut) to 5 (nicht
# genügend)", 'the module "Einführung in die Statistik"'.
_QUOTED_CHARS = 60
_NOISE = regex(
    r"https?://\S+|(?<!\S)\S+@\S+|[\d_]+"
    rf"|\([^()\n]{{1,{_QUOTED_CHARS}}}\)|[\"“„«‹][^\"“”„«»‹›\n]{{1,{_QUOTED_CHARS}}}[\"”“»›]"
)
_WORD = regex(r"[^\W\d_]{2,}")

# How much of a cleaned text the detectors read: its beginning. A couple of sentences settle the
# language; reading a megabyte-long text to its end would only cost time (lingua is linear, but not
# free), and the cap keeps every text's cost bounded.
_DETECTOR_CHARS = 2_000


@short_texts(256, _DETECTOR_CHARS)
def _cleaned(text: str) -> str:
    """A text without its noise (``_NOISE``), as every detector reads it; remembered for the last texts up to
    ``_DETECTOR_CHARS`` long, as the checks ask about each statement's length, letters, close relatives and language,
    one after the other."""
    return _NOISE.sub(" ", text)


# A text is cleared by its function words (see the module's docstring) when at least CLEAR_WORDS of
# its words, and at least CLEAR_SHARE of them, are function words of the claimed language, and against
# every other listed language (but a close relative, never reported anyway) the words only the claimed
# language's list holds are some, and at least CLEAR_MARGIN times those only the other's holds. Words
# both lists hold are no evidence either way ("de" is Spanish, Catalan, French and Dutch).
CLEAR_WORDS = 2
CLEAR_SHARE = 0.2
CLEAR_MARGIN = 2
# A text with at least this many function words of the claimed language that the found one's list does
# not hold, and none of the found language's own, is the claimed language with borrowed nouns or names:
# one is enough ("Rīga and Liepāja: Latvian port cities" is English, which both detectors read as
# Latvian; no statement of the labelled corpus claimed as another language loses its report).
GRAMMAR_WORDS = 1
# The mirror: a text with at least this many function words of the language they plainly name (and the claimed
# language's list does not hold), and none of the claimed language's own, is that language with borrowed nouns,
# whatever lingua makes of the nouns ("Il corso introduce le basi del machine learning e della data science" is
# Italian, which the screening reads as English; "This course introduces the basics of Projektmanagement" under
# ``de`` is English, which it reads as German). Three, so that a name or two ("Universidad de Granada") never is.
OTHER_GRAMMAR_WORDS = 3
# Words in letters a language is not written with (``data/alphabets.yaml``) that take a text out of it:
# with at least this many, a text is screened among all languages when that language is claimed, may
# be named by its letters, and is never reported as in that language.
LETTER_WORDS = 2
# Spellings only one of two close languages writes (they share their letters and most function words, and
# lingua mistakes one for the other in short texts), by pair: Catalan's ela geminada "l·l", "ny" and endings
# "-ció", "-sió", "-tió", "-xió", "-itat" against Spanish "ñ", "á" and "-ción", "-sión", "-dad"; Galician "unha",
# "dunha", "algunha" against Spanish "j" (Galician "traballo", "xestión"), and Galician "ñ", "-ión" against
# Portuguese "ã", "õ", "ç", "lh", "nh", "ê", "â"; Slovak "ľ", "ĺ", "ŕ", "ô", "ä", infinitives in "-ovať", "-núť",
# "-iť", "-ieť" and endings Czech writes otherwise ("budú", "verejnej", "riadenie", "informácia", "rodinnom",
# "podnikov": Czech "budou", "veřejné", "řízení", "informace", "rodinném", "podniků") against Czech "ů", "ě", "ř",
# infinitives and endings Slovak writes otherwise ("analyzovat", "popsat", "zhodnotit", "analyzují", "znalost",
# "plánování", "základní", "student": Slovak "analyzovať", "popísať", "zhodnotiť", "analyzujú", "znalosť",
# "plánovanie", "základný", "študent"). Read in words in lower case only (and a text's first word before one in lower
# case): a body's name ("Col·legi d'Enginyers" in a Spanish text) is no evidence.
_WORD_END = r"(?![^\W\d_])"
_WORD_START = r"(?<![^\W\d_])"
_SPELLINGS: dict[tuple[str, str], tuple[re.Pattern[str], re.Pattern[str]]] = {
    ("ca", "es"): (
        regex(rf"l·l|ny|[cstx]ió{_WORD_END}|itat{_WORD_END}"),
        regex(rf"ñ|á|[cs]ión{_WORD_END}|dad{_WORD_END}"),
    ),
    ("gl", "es"): (regex(rf"unh[ao]s?{_WORD_END}"), regex(r"j")),
    ("gl", "pt"): (regex(rf"ñ|ión{_WORD_END}|unh[ao]s?{_WORD_END}"), regex(r"ã|õ|ç|lh|(?<!u)nh|ê|â")),
    ("sv", "da"): (regex(r"ä|ö"), regex(r"æ|ø")),
    ("nb", "da"): (
        regex(
            rf"sjon|skap|het(?:en|er|ene)?{_WORD_END}|{_WORD_START}kj|{_WORD_START}ut(?:vikl|før|arbeid|form|dann|trykk|nytt|vid)"
            rf"|gjør|grunnlegg|kunnskap|{_WORD_START}gjennom|legge(?:r|nde)?{_WORD_END}|{_WORD_START}gir{_WORD_END}"
            rf"|{_WORD_START}inn(?:før|led|hold|sikt|en{_WORD_END})"
        ),
        regex(
            rf"skab|hed(?:en|er|erne)?{_WORD_END}|tion|{_WORD_START}ud(?:vikl|før|arbejd|form|dann|tryk|nytt|vid)"
            rf"|{_WORD_START}gøre|grundlæg|kundskab|{_WORD_START}gennem|lægge(?:r|nde)?{_WORD_END}"
            rf"|{_WORD_START}ind(?:før|led|hold|sigt|en{_WORD_END})"
        ),
    ),
    ("sk", "cs"): (
        regex(
            rf"ľ|ĺ|ŕ|ô|ä|(?:ova|nú|ie|i|ý|es)ť{_WORD_END}|[^\W\d_]{{3}}ať{_WORD_END}|ú{_WORD_END}"
            rf"|[^\W\d_][nkv]ej{_WORD_END}|[ae]ni[ea]{_WORD_END}|iach{_WORD_END}|ci[aeuií]{_WORD_END}|itie{_WORD_END}"
            rf"|ó[^\W\d_]i[aeuií]{_WORD_END}|(?:[nrjvlt]n|sk|ck)om{_WORD_END}|[^\W\d_]{{2}}[dkntfplgcsšzhj]ov{_WORD_END}"
            r"|(?<![^\W\d_])[šŠ]t[uú]d"
        ),
        regex(
            rf"ů|ě|ř|(?:ova|nou)t{_WORD_END}|[^\W\d_]{{2}}[sšvnzhjčk]at{_WORD_END}|[^\W\d_]{{2}}[tvrčž]it{_WORD_END}"
            rf"|[uae]jí{_WORD_END}|[lnv]ost{_WORD_END}|ání{_WORD_END}|[bdvlrsz]ní(?:m|ch)?{_WORD_END}"
            rf"|tní(?:m|ch){_WORD_END}|(?<![^\W\d_])[sS]tud"
        ),
    ),
}
# A word, with the ela geminada it may carry ("cel·la").
_SPELT_WORD = regex(r"[^\W\d_]+(?:·l[^\W\d_]*)?")
# Languages written with another's function words: Norwegian's two standards, and the Latin script of
# Bosnian and Serbian, which shares Croatian's.
_FUNCTION_WORDS_OF = {"nb": "no", "nn": "no", "bs": "hr", "sr": "hr"}
# Languages also written in a script their list does not hold (the Cyrillic of Bosnian and Serbian): a text without
# their listed function words may still be in them.
_PARTLY_LISTED = frozenset({"bs", "sr"})
# The language a list of function words shared by several is named by.
_LANGUAGE_OF_LIST = {"no": "nb"}
# A word, with the apostrophe of an elided article or preposition (l'analyse, dell'impresa, d'auditoria).
_FUNCTION_TOKEN = regex(r"[^\W\d_]+(?:'(?=[^\W\d_]))?")


@dataclass(frozen=True)
class Detection:
    """The most likely language of a text and the detector's confidence in it and in the claim."""

    language: str
    confidence: float
    claimed_probability: float
    # The first few languages ranked, most likely first (what a second opinion should hear).
    ranked: tuple[str, ...] = ()
    # The confidence that the text is in the first language or one of its close relatives, which
    # share the evidence (Croatian and Bosnian; see _decide).
    group: float = 0.0


@functools.cache
def _languages() -> dict[str, Language]:
    """Every language lingua has a model for, by ISO 639-1 code."""
    from lingua import Language

    return {language.iso_code_639_1.name.lower(): language for language in Language.all()}


@functools.cache
def detectable() -> frozenset[str]:
    """ISO 639-1 codes a descriptor can claim (the bundled language list) that the detector knows."""
    from qa_checker import vocab

    claimable = vocab.get("languages")
    return frozenset(code for code in _languages() if code in claimable)


@functools.lru_cache(maxsize=256)
def _screening(codes: frozenset[str]) -> LanguageDetector:
    """A low-accuracy detector among the given languages (built once per set of languages).

    Detectors are cheap to build: lingua keeps each language's models once per process, shared by
    every detector.
    """
    return _detector(sorted(codes & _languages().keys()), low_accuracy=True)


@functools.lru_cache(maxsize=256)
def _deciding(codes: tuple[str, ...]) -> LanguageDetector:
    """The high-accuracy detector that chooses between the claimed language and the suspected ones.

    Its models are loaded on first use, each n-gram length of each language as a text needs it: lingua reads
    a text of 120 letters or more by its trigrams only, which the screening has loaded already (about 0.03 s
    of CPU for a first suspect text of that length, against about 0.8 s for loading every model of three
    languages at once); a shorter one loads the other lengths then, still a little cheaper than all at once.
    """
    return _detector(codes, low_accuracy=False)


class _FullModels:
    """The languages whose models of every n-gram length the deciding detectors have loaded in this process (a text
    under 120 letters needs them all: about 35 MB a language). At most ``limit`` stay loaded: a decision among other
    languages unloads them all first, so that a batch of texts in many languages keeps its memory bounded (a few
    hundred megabytes a process, where every language's models would take some 1.2 GB), at the cost of loading
    models again. Verdicts are the same: unloaded models are loaded again, unchanged, when needed. The lock keeps one
    thread from unloading the models another decides with."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.loaded: set[str] = set()
        self.lock = threading.Lock()

    def make_room(self, codes: Sequence[str]) -> None:
        """Unload every loaded language's models when deciding among ``codes`` would keep more than the limit."""
        if len(self.loaded | set(codes)) > self.limit and self.loaded:
            # (lingua's stub leaves the method untyped)
            _detector(sorted(self.loaded), low_accuracy=False).unload_language_models()  # type: ignore[no-untyped-call]
            self.loaded.clear()
        self.loaded.update(codes)


# At most this many languages' full models stay loaded (the deciding detector hears five to eight at a time).
_FULL_MODELS = _FullModels(limit=10)


# The process this module was imported in. lingua loads the models of several languages at once on a
# pool of threads of its own (rayon), which a process forked afterwards inherits without its threads:
# there, a detector that loads in parallel would wait for them forever. A forked process (a pool
# worker) loads a detector's models one at a time, on first use, as lingua does by default.
_IMPORTED_IN = os.getpid()


def _detector(codes: Sequence[str], *, low_accuracy: bool) -> LanguageDetector:
    """A detector among ``codes``. A screening detector, which reads every text with all of its languages'
    trigrams, has them loaded now on every core where that is safe (about half the time of loading them one
    by one on two cores); a deciding one, and any in a forked process, loads its models on first use."""
    from lingua import LanguageDetectorBuilder

    languages = _languages()
    builder = LanguageDetectorBuilder.from_languages(*(languages[c] for c in codes))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
        if os.getpid() == _IMPORTED_IN:
            builder = builder.with_preloaded_language_models()
    return builder.build()


@functools.cache
def _function_words() -> dict[str, tuple[str, ...]]:
    """Each function word of the bundled lists, and the languages it is a function word of."""
    from qa_checker.resources import bundled_yaml

    lists: dict[str, list[str]] = bundled_yaml(_FUNCTION_WORDS_FILE)
    index: dict[str, list[str]] = {}
    for code, words in lists.items():
        for word in dict.fromkeys(words):
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


_FUNCTION_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "function-words.yaml"


def is_function_word(word: str, language: str) -> bool:
    """Whether a lower-case word is one of the language's function words (an article, a preposition ...)."""
    return language in _function_words().get(word, ())


@functools.cache
def _lists() -> frozenset[str]:
    """The languages with a list of function words."""
    return frozenset(code for codes in _function_words().values() for code in codes)


@dataclass(frozen=True)
class _Tally:
    """A text's function words as one language's list sees them: how many words the text has, how many
    are that language's function words, and for every listed language how many are its function words
    and how many of those the first language's list holds too."""

    language: str
    words: int
    mine: int
    theirs: dict[str, int]
    shared: dict[str, int]

    def only_mine(self, other: str) -> int:
        """Words the first language's list holds and ``other``'s does not."""
        return self.mine - self.shared.get(other, 0)

    def only_theirs(self, other: str) -> int:
        """Words ``other``'s list holds and the first language's does not."""
        return self.theirs.get(other, 0) - self.shared.get(other, 0)


def _function_tokens(sample: str) -> list[str]:
    """The words of a text's sample, in lower case, an elided article or preposition with its apostrophe.
    In a text with words in lower case, a word in capitals counts as a word but as no function word: an
    acronym or code ("GROUP BY" in an Italian outcome) is a name, not the grammar of the text."""
    sample = sample.replace("\u2019", "'")
    names = any(char.islower() for char in sample)
    return [
        "" if names and len(token.rstrip("'")) > 1 and token.isupper() else token.lower()
        for token in _FUNCTION_TOKEN.findall(sample)
    ]


def _tally(cleaned: str, language: str) -> _Tally:
    """A cleaned text's function words as ``language``'s list sees them (see :class:`_Tally`)."""
    return _sample_tally(_sample(cleaned), language)


@functools.lru_cache(maxsize=256)
def _sample_tally(sample: str, language: str) -> _Tally:
    """:func:`_tally` of a text's sample; remembered for the last texts, as a statement is tallied for its claimed
    language by each check that reads it (its letters, its close relatives' words, its language), one after the
    other. Never changed by its readers."""
    own = _FUNCTION_WORDS_OF.get(language, language)
    words, groups, totals = _sample_codes(sample)
    theirs = dict(totals)
    mine = theirs.pop(own, 0)
    shared = dict.fromkeys(totals, 0)
    for codes, count in groups:
        if own in codes:
            for code in codes:
                shared[code] += count
    return _Tally(own, words, mine, theirs, shared)


@functools.lru_cache(maxsize=256)
def _sample_codes(sample: str) -> tuple[int, tuple[tuple[tuple[str, ...], int], ...], dict[str, int]]:
    """What every language's tally of a text's sample reads, worked out once per text (a statement is tallied for
    its claimed language and its close relatives): how many words it has; each set of languages some of its words
    are function words of, with how many words are; and how many of its words are each language's function words
    (in the order of their first word, as a tally lists them). Never changed by its readers."""
    index = _function_words()
    tokens = _function_tokens(sample)
    groups: dict[tuple[str, ...], int] = {}
    for token in tokens:
        codes = index.get(token)
        if codes:
            groups[codes] = groups.get(codes, 0) + 1
    totals: dict[str, int] = {}
    for codes, count in groups.items():
        for code in codes:
            totals[code] = totals.get(code, 0) + count
    return len(tokens), tuple(groups.items()), totals


def cleared(cleaned: str, claimed: str, *, relatives: bool = False) -> bool:
    """Whether a text is plainly in the claimed language by its function words (see ``CLEAR_WORDS``);
    with ``relatives``, against its close relatives' lists too."""
    return _clears(_tally(cleaned, claimed), claimed, relatives=relatives)


def _clears(tally: _Tally, claimed: str, *, relatives: bool = False) -> bool:
    """:func:`cleared`, on the text's tally for the claimed language."""
    if tally.mine < CLEAR_WORDS or tally.mine < CLEAR_SHARE * tally.words:
        return False
    for code in tally.theirs:
        if confusable(code, claimed) and not relatives:
            continue
        only_ours = tally.only_mine(code)
        if only_ours == 0 or tally.only_theirs(code) * CLEAR_MARGIN > only_ours:
            return False
    return True


def built_with(text: str) -> str | None:
    """The language whose function words plainly build ``text`` (:func:`cleared` for it against every language
    but its close relatives), the one with most of them when several are; ``None`` when none is. Names and
    nouns of other languages beside them do not count, as they do for the detectors' letters."""
    cleaned = _cleaned(text)
    _, _, totals = _sample_codes(_sample(cleaned))
    found = next((code for code in sorted(totals, key=lambda c: -totals[c]) if cleared(cleaned, code)), None)
    return _LANGUAGE_OF_LIST.get(found, found) if found else None


def _grammar_of(tally: _Tally, found: str) -> bool:
    """Whether the text (``tally``: for its claimed language) is built with the claimed language's
    function words and none of ``found``'s: a sentence of that language whose nouns are another's
    ("Izveido Power BI dashboard ar DAX measures un row-level security" is Latvian), which the
    detectors, reading letters, take for the other."""
    found = _FUNCTION_WORDS_OF.get(found, found)
    if found not in _lists() or tally.language not in _lists():
        return False
    return tally.only_mine(found) >= GRAMMAR_WORDS and tally.only_theirs(found) == 0


def _built_in(tally: _Tally, claimed: str, named: str) -> bool:
    """Whether the text (``tally``: for ``claimed``, whose list holds every script it is written in) holds
    ``OTHER_GRAMMAR_WORDS`` of ``named``'s own function words and none of the claimed language's own: ``named`` with
    borrowed nouns, the mirror of :func:`_grammar_of`."""
    return (
        tally.language in _lists()
        and claimed not in _PARTLY_LISTED
        and tally.only_theirs(named) >= OTHER_GRAMMAR_WORDS
        and tally.only_mine(named) == 0
    )


def confusable(a: str, b: str) -> bool:
    """Whether two languages are too close for the detector to tell apart reliably."""
    return (a, b) in _CONFUSABLE_PAIRS


# Every ordered pair of languages of a group of CONFUSABLE (asked for every language a text's words are
# function words of: one look-up).
_CONFUSABLE_PAIRS = frozenset((a, b) for group in CONFUSABLE for a in group for b in group)


def long_enough(text: str, *, min_chars: int, min_words: int) -> bool:
    """Whether a text has enough letters and words to be judged."""
    return _long_enough(_cleaned(text), min_chars=min_chars, min_words=min_words)


def _long_enough(cleaned: str, *, min_chars: int, min_words: int) -> bool:
    # Stops as soon as both counts are reached: a long text is not read to its end.
    chars = 0
    for words, match in enumerate(_WORD.finditer(cleaned), start=1):
        chars += match.end() - match.start()
        if words >= min_words and chars >= min_chars:
            return True
    return False


def detect(text: str, claimed: str) -> Detection | None:
    """The detectors' verdict on a text that claims ``claimed``; ``None`` when they cannot judge it.

    When the screening detector ranks the claimed language first (or near the top), that is the
    verdict; otherwise the high-accuracy detector's choice between the claimed and the suspected
    language is.
    """
    if claimed not in detectable():
        return None
    return _detect(_sample(_cleaned(text)), claimed)


# What a text without a claim must hold for its language to be told (:func:`language_of`): a sentence or
# two, and the screening's confidence in the language it ranks first.
UNCLAIMED_MIN_WORDS = 8
UNCLAIMED_MIN_CHARS = 40
UNCLAIMED_CONFIDENCE = 0.6


def language_of(text: str) -> str | None:
    """The language, among the screened ones, a text that claims none is clearly written in; ``None`` when
    it is too short, the screening is not sure, or the text is written with letters that language is not
    (Maltese, which no model here knows, read as Norwegian). Only the text's beginning is read (and
    remembered)."""
    return _language_of(_sample(_cleaned(text[: _DETECTOR_CHARS * 4])))


@functools.lru_cache(maxsize=1024)
def _language_of(sample: str) -> str | None:
    if not _long_enough(sample, min_chars=UNCLAIMED_MIN_CHARS, min_words=UNCLAIMED_MIN_WORDS):
        return None
    ranked = _screening(frozenset(SCREENED)).compute_language_confidence_values(sample)
    if not ranked or ranked[0].value < UNCLAIMED_CONFIDENCE:
        return None
    code = _code(ranked[0].language)
    return None if _foreign_letters(sample, code) or _unknown_letters(sample) else code


def _sample(cleaned: str) -> str:
    """What the detectors read of a cleaned text: its beginning."""
    return cleaned[:_DETECTOR_CHARS]


def _code(language: Language) -> str:
    return str(language.iso_code_639_1.name).lower()


@functools.lru_cache(maxsize=4096)
def _detect(sample: str, claimed: str) -> Detection | None:
    # A text claiming a language outside the first screening is screened among all the European ones
    # at once: among the few usual languages, its claim would win against the language it is really in
    # when that is not one of them (a Finnish text filed as Swedish, an Estonian one as Finnish).
    among = FIRST_SCREEN if claimed in FIRST_SCREEN else SCREENED
    first = _screen(sample, claimed, among)
    # Among the few usual languages a text in another one is read as its claim, as sure as can be (a
    # Finnish outcome under de): one that holds none of the claimed language's function words, or more
    # of another's, is suspect too.
    suspect = first is not None and (_suspect(first, claimed) or (among is FIRST_SCREEN and _unlike(sample, claimed)))
    if not suspect and (among is SCREENED or _foreign_words(sample, claimed) < LETTER_WORDS):
        return first
    # Suspect among the few usual languages, or written with letters the claimed language is not (a
    # Czech text the first screening, which does not hear Czech, gives Spanish; a Ukrainian one, in
    # letters it does not know at all): screened again among all the European ones, so that the
    # suspicion can fall on the language the text is really in.
    verdict = first if among is SCREENED else _screen(sample, claimed, SCREENED)
    if verdict is None or not _suspect(verdict, claimed):
        return verdict
    if _spelt_in(sample, claimed, verdict.language):
        # As sure as the screening is of the language's group, as the deciding detector would be.
        return replace(verdict, confidence=verdict.group)
    if suspect:
        return _decide(sample, claimed, verdict)
    if first is None:
        # The first screening could read none of its letters (a Bulgarian outcome under pl, whose
        # Cyrillic letters Russian and Serbian are written with too): it is decided among the languages
        # written with them, which the screening's ranking may miss (a Serbian one read as Macedonian).
        writers = tuple(sorted(_writers(sample) & set(SCREENED)))
        return _decide(sample, claimed, replace(verdict, ranked=writers or verdict.ranked))
    # A text the first screening did not suspect is only taken from it by its letters: the deciding
    # detector reads an English title of Lithuanian place names as Lithuanian.
    return first


def _unlike(sample: str, claimed: str) -> bool:
    """Whether a text's function words speak against its claimed language: it holds none of them, or more
    of another language's (but a close relative's)."""
    tally = _tally(sample, claimed)
    return tally.mine == 0 or any(
        count > tally.mine for code, count in tally.theirs.items() if not confusable(code, claimed)
    )


def _screen(sample: str, claimed: str, among: tuple[str, ...]) -> Detection | None:
    ranked = _screening(frozenset({*among, claimed})).compute_language_confidence_values(sample)
    if not ranked or ranked[0].value <= 0.0:
        return None  # no letters lingua knows
    claimed_probability = next((r.value for r in ranked if _code(r.language) == claimed), 0.0)
    runners_up = tuple(_code(r.language) for r in ranked[:SUSPECTS] if r.value >= SUSPECT_RUNNER_UP)
    top = _code(ranked[0].language)
    relatives = _relatives(top)
    # Read through the ranking only for a language that has close relatives.
    group = sum(r.value for r in ranked if _code(r.language) in relatives) if len(relatives) > 1 else ranked[0].value
    return Detection(top, ranked[0].value, claimed_probability, runners_up, min(group, 1.0))


def _suspect(verdict: Detection, claimed: str) -> bool:
    return (
        verdict.language != claimed
        and not confusable(verdict.language, claimed)
        and verdict.confidence >= SUSPECT_CONFIDENCE
        and verdict.claimed_probability <= SUSPECT_CLAIMED
    )


@functools.cache
def alphabets() -> dict[str, frozenset[str]]:
    """The letters beyond a to z each language is written with (``data/alphabets.yaml``)."""
    from qa_checker.resources import bundled_yaml

    lists: dict[str, list[str]] = bundled_yaml(_ALPHABETS_FILE)
    return {code: frozenset(letters) for code, letters in lists.items()}


_ALPHABETS_FILE = Path(__file__).resolve().parent.parent / "data" / "alphabets.yaml"


@functools.lru_cache(maxsize=256)
def _marked(sample: str) -> tuple[frozenset[str], ...]:
    """The letters beyond a to z of each of a text's words, in lower case (accents composed); remembered
    for the last texts, as a suspect text's letters are read for the claimed language, the screening's
    and the verdict's, one after the other."""
    words = _WORD.findall(unicodedata.normalize("NFC", sample).lower())
    # A word in ASCII has none (its letters, in lower case, are a to z): most words, told without a set of them.
    return tuple(_NONE_MARKED if word.isascii() else frozenset(word).difference(_A_TO_Z) for word in words)


_A_TO_Z = frozenset(string.ascii_lowercase)
_NONE_MARKED: frozenset[str] = frozenset()


def _foreign_words(sample: str, claimed: str) -> int:
    """How many of a text's words have letters the claimed language is not written with (none when its
    alphabet is not listed)."""
    alphabet = alphabets().get(claimed)
    return 0 if alphabet is None else sum(not letters <= alphabet for letters in _marked(sample))


def foreign_letters(text: str, claimed: str) -> bool:
    """Whether a text is written with letters its claimed language is not: ``LETTER_WORDS`` of its words
    or more, and too few of the claimed language's function words to make it that language with borrowed
    names (an English outcome naming Dvořák and Janáček is English; a Maltese one under it, whose ħ and ġ
    no detector here names, is not Italian)."""
    return _foreign_letters(_cleaned(text), claimed)


def _foreign_letters(cleaned: str, claimed: str) -> bool:
    sample = _sample(cleaned)
    return (_foreign_words(sample, claimed) >= LETTER_WORDS or _unknown_letters(sample)) and not cleared(
        cleaned, claimed, relatives=True
    )


def _unknown_letters(sample: str) -> bool:
    """Whether a word of the text has letters only languages the detectors have no model for are written
    with (the ċ, ġ and ħ of Maltese): the text is in a language they cannot name."""
    known = detectable()
    for letters in _marked(sample):
        writers = _written_with(letters) if letters else frozenset()
        if writers and known.isdisjoint(writers):
            return True
    return False


def _spelt_in(sample: str, claimed: str, found: str) -> bool:
    """Whether the text's letters name ``found``, the screening's verdict: at least ``LETTER_WORDS`` of
    its words have letters the claimed language is not written with, only ``found`` (or its close
    relatives) of the listed languages is written with all of its marked letters, and none of its
    function words is the claimed language's alone (an English title naming Dvořák and Janáček). Two
    opinions that agree, one of them on the letters, where the deciding detector would load full models.
    """
    if found not in alphabets() or _foreign_words(sample, claimed) < LETTER_WORDS:
        return False
    writers = _writers(sample)
    return (
        found in writers
        and _relatives(found).issuperset(writers)
        and _tally(sample, claimed).only_mine(_FUNCTION_WORDS_OF.get(found, found)) == 0
    )


def _writers(sample: str) -> frozenset[str]:
    """The listed languages written with every letter beyond a to z of a text."""
    return _written_with(frozenset().union(*_marked(sample)))


@functools.lru_cache(maxsize=1024)
def _written_with(marked: frozenset[str]) -> frozenset[str]:
    """The listed languages written with all of these letters beyond a to z; remembered, as a catalogue's words
    have few sets of them and every word of every text is looked up."""
    return frozenset(code for code, letters in alphabets().items() if marked <= letters)


@functools.cache
def _relatives(code: str) -> frozenset[str]:
    """A language and those it is confusable with."""
    return frozenset({code}.union(*(group for group in CONFUSABLE if code in group)))


def _decide(sample: str, claimed: str, verdict: Detection) -> Detection:
    # The screening detector may be sure of a wrong language (an English title read as French):
    # the deciding detector also hears the runners-up, so it can name the right one, or none.
    suspects = verdict.ranked
    # A suspect's close relatives too (Spanish read as Portuguese), so the verdict can fall on one of
    # them and then be dropped as confusable rather than misnamed.
    relatives = [code for suspect in suspects for code in _relatives(suspect)]
    codes = tuple(sorted({claimed, *ALWAYS_HEARD, *suspects, *(c for c in relatives if c in SCREENED)}))
    with _FULL_MODELS.lock:
        _FULL_MODELS.make_room(codes)
        ranked = _deciding(codes).compute_language_confidence_values(sample)
    decided = {_code(r.language): r.value for r in ranked}
    top = max(decided, key=decided.__getitem__)
    # Close relatives share the evidence (Spanish, Catalan, Portuguese): the confidence that the text
    # is in the top language is that of its group, which its relatives only split.
    group = {code: value for code, value in decided.items() if code in _relatives(top)}
    built = _built_by(sample, _relatives(top))
    # Between close relatives nearly level, the usual language of micro-credentials is the likelier, and
    # else an official language of the EU: a Spanish sentence read 49:51 as Portuguese is named Spanish,
    # a Bulgarian one read 52:44 as Macedonian Bulgarian.
    for likelier in (FIRST_SCREEN, EU_OFFICIAL):
        if built or top in likelier:
            break
        usual = [code for code in group if code in likelier and group[code] >= LEVEL_RELATIVE]
        if usual:
            top = max(usual, key=group.__getitem__)
            break
    top = built or top
    return Detection(top, min(sum(group.values()), 1.0), decided.get(claimed, 0.0), (top,))


def _built_by(sample: str, relatives: frozenset[str]) -> str | None:
    """The one language of a group of close relatives whose function words the text is built with, and
    with none of the others' own: a Slovenian sentence joined by "in", which the detectors read as
    Croatian; a Portuguese title joined by "com", which the preference for Spanish would name Spanish."""
    lists = {code: _FUNCTION_WORDS_OF.get(code, code) for code in sorted(relatives)}
    listed = [code for code, words in lists.items() if words in _lists()]
    if len({lists[code] for code in listed}) < 2:
        return None  # no relative's words to tell it from
    built = [
        code
        for code in listed
        if all(_grammar_of(_tally(sample, code), other) for other in listed if lists[other] != lists[code])
    ]
    return built[0] if len(built) == 1 else None


def clearly_other(
    text: str,
    claimed: str,
    *,
    min_words: int = 5,
    min_chars: int = 30,
    min_confidence: float = 0.95,
    max_claimed_probability: float = 0.05,
) -> str | None:
    """The language a text is clearly written in when that is not the claimed one, else ``None``.

    ``None`` also when the text is too short, the claimed language unknown to the detector, or the
    two languages are confusable: only near-certain mismatches are reported. The verdict on a text of
    up to ``_REMEMBERED_CHARS`` characters is remembered: the rules ask about each outcome twice, and a
    batch repeats its titles and standard texts.
    """
    return _remembered(text, claimed, (min_words, min_chars, min_confidence, max_claimed_probability))


# Texts up to this long have their verdicts remembered (at most _REMEMBERED of them, a few megabytes).
_REMEMBERED_CHARS = 1_000
_REMEMBERED = 8_192


def _agreed(
    cleaned: str, tally: _Tally, claimed: str, min_confidence: float, max_claimed_probability: float
) -> Detection | None:
    """The verdict on a text whose function words name another language, where lingua's screening
    between that language and the claimed one agrees.

    A second opinion as good as the deciding detector's where it is given: the function words must
    be plainly that language's against every other list, close relatives included (Portuguese read
    as Spanish is not agreed), so a text the screening alone would misread (an English title read as
    French) never is. Saves loading lingua's full models, and all but two of its screening models:
    the most of a foreign text's cost. A text built with that language's function words and none of the claimed
    one's (:func:`_built_in`) needs no screening: its nouns, which the screening reads, are borrowed.
    """
    named = _named(cleaned, tally)
    if (
        named is None
        or named == claimed
        or confusable(named, claimed)
        or named not in detectable()
        or _foreign_words(_sample(cleaned), named) >= LETTER_WORDS
    ):
        return None  # the last: Slovak's "a" and "ho" are Catalan function words too, its č and ľ not
    if _built_in(tally, claimed, named):
        return Detection(named, 1.0, 0.0, (named,))
    pair = _screen(_sample(cleaned), claimed, (named,))
    if (
        pair is not None
        and pair.language == named
        and pair.confidence >= min_confidence
        and pair.claimed_probability <= max_claimed_probability
    ):
        return pair
    return None


def _named(cleaned: str, tally: _Tally) -> str | None:
    """The language whose function words plainly make up the text, against every other list
    (``tally``: the text's, for any language)."""
    counts = {**tally.theirs, tally.language: tally.mine}
    most = max(counts.values())
    leaders = [code for code, count in counts.items() if count == most]
    if most == 0 or len(leaders) != 1 or not cleared(cleaned, leaders[0], relatives=True):
        return None
    return leaders[0]


def _spelt_as(cleaned: str, first: str, second: str) -> tuple[int, int]:
    """How many words in lower case of a text's sample (and its first word, before one in lower case) are spelt as
    only ``first`` of two languages of :data:`_SPELLINGS` writes them, and how many as only ``second`` does."""
    pair = _SPELLINGS.get((first, second))
    patterns = pair if pair else tuple(reversed(_SPELLINGS[(second, first)]))
    sample = _sample(cleaned)
    if not any(pattern.search(sample) for pattern in patterns):
        return 0, 0  # most texts: read once, not word by word
    mine = theirs = 0
    words = _SPELT_WORD.findall(sample)
    for index, word in enumerate(words):
        if word.islower() or (index == 0 and len(words) > 1 and words[1].islower()):
            ours, others = (pattern.search(word) is not None for pattern in patterns)
            mine += ours and not others
            theirs += others and not ours
    return mine, theirs


def _spelt_relatives(cleaned: str, language: str) -> Iterator[tuple[str, int, int]]:
    """Each close relative of ``language`` in :data:`_SPELLINGS`, with how many words of the text are spelt as only
    the relative writes them and how many as only ``language`` does."""
    for pair in _SPELLINGS:
        if language in pair:
            (other,) = set(pair) - {language}
            yield (other, *_spelt_as(cleaned, other, language))


def _misspelt(cleaned: str, found: str) -> bool:
    """Whether a word of the text is spelt as only a close relative of ``found`` writes it, and none as only
    ``found`` does: a Spanish sentence naming a Catalan body is Spanish, a Galician one is not Spanish."""
    return any(theirs > 0 and mine == 0 for _other, theirs, mine in _spelt_relatives(cleaned, found))


# A word's tail after a hyphen or a slash: a Portuguese enclitic pronoun ("registá-las") or the other gender of a
# Spanish word ("Los/as alumnos/as") is an article of the other language alone.
_WORD_TAIL = regex(r"(?<=[^\W\d_])[-/][^\W\d_]+")


def written_as_relative(text: str, claimed: str) -> bool:
    """Whether a text is written in a close relative of its claimed language: it has a word spelt as only the
    relative writes it and none as only the claimed language does (:data:`_SPELLINGS`; "Avalía o risco ... dunha
    masa forestal" under ``pt`` is Galician), or it is built with the relative's function words and none of the
    claimed language's own (:func:`_built_by`; "Conocer las técnicas de venta" under ``pt`` is Spanish, a word's
    tail after a hyphen or a slash counting as none). Too little for MC-LG-001 to report (:func:`clearly_other`),
    enough to leave the text unread by the claimed language's outcome analysis."""
    return relative_written(text, claimed) is not None


def relative_written(text: str, claimed: str) -> str | None:
    """The close relative of the claimed language a text is written in, by :func:`written_as_relative`'s evidence:
    the relative whose spelling it has ("Förklara grundläggande begrepp" under ``da``: Swedish) or whose function
    words build it ("Studenten ska kunna analysera och värdera ..." under ``da``: Swedish); ``None`` when it is not
    written in one."""
    cleaned = _cleaned(text)
    spelt = next((other for other, theirs, mine in _spelt_relatives(cleaned, claimed) if theirs and not mine), None)
    if spelt is not None:
        return spelt
    built = _built_by(_sample(_WORD_TAIL.sub("", cleaned)), _one_per_list(_relatives(claimed), claimed))
    return built if built is not None and built != claimed else None


def _one_per_list(codes: frozenset[str], claimed: str) -> frozenset[str]:
    """The claimed language and one of each other list of function words among its relatives: Norwegian's two
    standards share one list, and as three languages built with it, none of them alone, they named no language, so
    Bokmål under ``da`` was read as Danish."""
    own = _FUNCTION_WORDS_OF.get(claimed, claimed)
    chosen: dict[str, str] = {own: claimed}
    for code in sorted(codes):
        chosen.setdefault(_FUNCTION_WORDS_OF.get(code, code), _LANGUAGE_OF_LIST.get(code, code))
    return frozenset(chosen.values())


def _lettered(cleaned: str, tally: _Tally, claimed: str) -> bool:
    """Whether a text is plainly in the claimed language by its function words and letters together, where its
    function words alone do not clear it as they are its close neighbours' too (Polish "na", "za", "i" are
    Czech, Slovak and Croatian words): one of them at least, none another listed language's alone, and
    ``LETTER_WORDS`` words or more with letters beyond a to z that of the listed languages only the claimed one
    and its close relatives are written with all of ("Zaprojektować relacyjną bazę danych i ją znormalizować").
    A name in those letters in another language's text ("Łódź and Wrocław") has that language's words. Saves
    the screening, whose models of every screened language a first such text would load."""
    if tally.mine == 0 or any(tally.only_theirs(code) for code in tally.theirs):
        return False
    sample = _sample(cleaned)
    if sum(bool(letters) for letters in _marked(sample)) < LETTER_WORDS:
        return False
    writers = _writers(sample)
    return claimed in writers and _relatives(claimed).issuperset(writers)


def _spelt_apart(cleaned: str, claimed: str) -> Detection | None:
    """The verdict on a text with ``LETTER_WORDS`` words or more spelt as only a close relative of the claimed
    language writes them (:data:`_SPELLINGS`), and none as only the claimed one does, where lingua's screening
    between the two agrees: the claimed language never writes those words ("Integra un sistema de visió
    artificial en una cel·la de producció" is Catalan, which the detectors alone read as Spanish). One such word
    is no evidence: a bilingual title or a borrowed term has one."""
    for other, theirs, mine in _spelt_relatives(cleaned, claimed):
        if theirs >= LETTER_WORDS and mine == 0 and other in detectable():
            verdict = _screen(_sample(cleaned), claimed, (other,))
            if verdict is not None and verdict.language == other:
                return Detection(other, 1.0, 0.0, (other,))
    return None


def _clearly_other(text: str, claimed: str, thresholds: tuple[int, int, float, float]) -> str | None:
    return _judged(text, claimed, thresholds)[0]


def _judged(text: str, claimed: str, thresholds: tuple[int, int, float, float]) -> tuple[str | None, bool]:
    """The language a text is clearly written in when that is not the claimed one (:func:`clearly_other`), and
    whether it is clearly Spanish or Portuguese, not the claimed language, but not told which of the two
    (:func:`unnamed_iberian`)."""
    min_words, min_chars, min_confidence, max_claimed_probability = thresholds
    if claimed not in detectable():
        return None, False
    cleaned = _cleaned(text)
    if not _long_enough(cleaned, min_chars=min_chars, min_words=min_words):
        return None, False
    tally = _tally(cleaned, claimed)
    if _clears(tally, claimed) or _lettered(cleaned, tally, claimed):
        return None, False
    found = (
        _spelt_apart(cleaned, claimed)
        or _agreed(cleaned, tally, claimed, min_confidence, max_claimed_probability)
        or _detect(_sample(cleaned), claimed)
    )
    if found is None:
        return None, False
    if found.language in _IBERIAN and claimed not in _relatives(found.language):
        told = _iberian(cleaned, found)
        if told is None:
            # Spanish or Portuguese by every sign but which of the two: no language to name, and no text of the
            # claimed language either ("Usar o registro de atividades no time." under en).
            unread = _clearly_named(cleaned, tally, claimed, found, min_confidence, max_claimed_probability)
            return None, unread is not None
        found = told
    return _clearly_named(cleaned, tally, claimed, found, min_confidence, max_claimed_probability), False


def _clearly_named(
    cleaned: str, tally: _Tally, claimed: str, found: Detection, min_confidence: float, max_claimed: float
) -> str | None:
    """``found``'s language when nothing speaks against naming it (:func:`_judged`'s checks), else ``None``."""
    if (
        found.language == claimed
        or _misspelt(cleaned, found.language)
        or confusable(found.language, claimed)
        or found.confidence < min_confidence
        or found.claimed_probability > max_claimed
        or _grammar_of(tally, found.language)
        or _foreign_words(_sample(cleaned), found.language) >= LETTER_WORDS
        or _unknown_letters(_sample(cleaned))
    ):
        return None
    return found.language


# Portuguese and Spanish, which the screenings tell apart worst: a short Portuguese outcome under another claim is
# read as Spanish by the first screening, which does not hear Portuguese ("Usar o registro de atividades no time").
_IBERIAN = ("es", "pt")
# The letters and endings only one of the two writes: Portuguese's nasal vowels, cedilla and "lh"/"nh" ("ação",
# "informações", "trabalho", "ganhos"), Spanish's "ñ", "ll" and "-ción"/"-dad" ("diseño", "desarrollo", "gestión").
_IBERIAN_LETTERS = {
    "pt": regex(rf"ã|õ|ç|lh|(?<![su])nh|ê|ções{_WORD_END}|dade{_WORD_END}"),
    "es": regex(rf"ñ|ll|[cs]ión{_WORD_END}|dad{_WORD_END}"),
}


def _iberian(cleaned: str, found: Detection) -> Detection | None:
    """The verdict on a text read as Portuguese or Spanish, told between the two by the letters only one writes
    (then named that language, unless a word is spelt as only a close relative writes it: Galician's "coñecementos"),
    else by the function words only one has ("não", "um", "com", "ao"; "el", "los", "y", "con"), else by lingua's
    screening between the two; ``None`` where these speak for the other language, or cannot tell (the text is
    never named its neighbour's language)."""
    if _misspelt(cleaned, found.language):
        return None  # a word only Galician writes ("coñecementos"): not Portuguese, and no Spanish either
    sample = _sample(cleaned)
    lettered = [code for code in _IBERIAN if _IBERIAN_LETTERS[code].search(sample.lower())]
    if len(lettered) == 1:
        if lettered[0] == found.language:
            return found
        if _misspelt(cleaned, lettered[0]):
            return None
        return replace(found, language=lettered[0], ranked=(lettered[0],))
    language = _built_by(sample, frozenset(_IBERIAN))
    if language is None:
        pair = _screen(sample, found.language, tuple(code for code in _IBERIAN if code != found.language))
        if pair is not None and pair.language != found.language and pair.confidence >= _IBERIAN_SURE:
            return replace(found, language=pair.language, ranked=(pair.language,))
        language = pair.language if pair is not None else None
    return found if language == found.language else None


# How sure the screening of Spanish and Portuguese alone must be of the language the first screening did not name,
# for the text to be named it: the first screening does not hear Portuguese.
_IBERIAN_SURE = 0.9


# _judged's verdicts, remembered; _clearly_other itself works each one out (as the tests of its steps ask).
_remembered_judged = short_texts(_REMEMBERED, _REMEMBERED_CHARS)(_judged)


def _remembered(text: str, claimed: str, thresholds: tuple[int, int, float, float]) -> str | None:
    return _remembered_judged(text, claimed, thresholds)[0]


def unnamed_iberian(text: str, claimed: str) -> bool:
    """Whether a text is clearly Spanish or Portuguese, not the claimed language, though the two could not be told
    apart well enough to name one (:func:`clearly_other` then names none): the claimed language's outcome analysis
    must not read it ("Usar o registro de atividades no time." under ``en`` is no English without a verb)."""
    return _remembered_judged(text, claimed, (5, 30, 0.95, 0.05))[1]
