"""Read-only access to a descriptor's values for rules, tolerant of malformed data.

Rules must not crash or double-report on data the schema already rejects, so every accessor
returns a safe default when a value has the wrong type.
"""

from __future__ import annotations

import difflib
import functools
import math
import unicodedata
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

from qa_checker import pointer as jp
from qa_checker.elements import Element, blank, is_present, read_form
from qa_checker.patterns import regex
from qa_checker.value_reader import country

T = TypeVar("T")
_MISSING = object()
# What the cache of resolved pointers holds for a pointer that leads nowhere.
_ABSENT = object()
# The cache's keys for the declared languages and the kind (not pointers: pointers are empty or start with "/").
_LANGUAGES = "languages"
_KIND = "kind"
# The memo's key (with an element's) for whether the descriptor gives that element.
_PRESENT = "present"
# The memo's key (with a pointer) for the language string at that pointer.
_TEXT = "text"
# The largest whole number a float holds exactly (2**53): beyond it a float is no count anyone wrote.
_EXACT_WHOLE = 2**53
# The largest workload figures the descriptor format accepts (the schema's maximum for each; a test holds
# the two equal): ten full-time years, 600 ECTS at 30 hours each, and no credit of less than an hour.
FIGURE_MAXIMUM = {
    "/workload/ects": 600,
    "/workload/hours": 18_000,
    "/workload/other_credits/value": 18_000,
}
# The largest national framework level, either side of 0, the descriptor format accepts: no framework has so
# many levels (the SCQF, with twelve, has the most); a larger one is no level at all (the schema's minimum and
# maximum; a test holds them equal), a smaller one a level the framework may lack (MC-LV-003 tells it).
NQF_LEVEL_MAXIMUM = 100
# An ISO 8601 duration of whole years, months, weeks, days, hours, minutes and seconds (the format's form).
DURATION = regex(r"^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
DAYS_PER_YEAR = 365.25
DAYS_PER_WEEK = 7
HOURS_PER_DAY = 24
# The longest a micro-credential's learning can last, in years: longer than any degree programme taken part
# time; a longer duration (P999Y) stands for one not known.
LONGEST_DURATION_YEARS = 10
# The years a descriptor's date can fall in: no learner, course or review of a micro-credential dates from
# before 1900 or after 2199; dates outside stand for a date not known (0001-01-01, 1899-12-30, 9999-12-31).
DATE_YEARS = range(1900, 2200)


KINDS = ("offer", "credential")


# How like a kind a misspelt one must be to be read as it (difflib's ratio: "credentail" is 0.9, "offers" 0.91).
_KIND_LIKENESS = 0.8
# The longest text read as a misspelt kind: twice the longest kind.
_KIND_CHARS = 2 * max(map(len, KINDS))


def meant_kind(value: object) -> str | None:
    """The kind a value names, ``offer`` or ``credential``, also written in capitals, with spaces around or
    misspelt (``Credential`` from a spreadsheet export, ``credentail``); ``None`` for anything else."""
    if value in KINDS:  # as nearly every descriptor writes it: read on every rule's look at the kind
        return value
    if not isinstance(value, str) or len(value) > _KIND_CHARS:
        return None
    folded = value.strip().casefold()
    if folded in KINDS:
        return folded
    close = difflib.get_close_matches(folded, KINDS, n=1, cutoff=_KIND_LIKENESS)
    return close[0] if close else None


def canonical_id(value: str) -> str:
    """An id in one Unicode form (NFC): "café-1" typed with a precomposed é or with e and a combining accent
    is one id to the repeats, waivers, history and diffs, as it is one to the eye."""
    return unicodedata.normalize("NFC", value)


@dataclass(frozen=True)
class Descriptor:
    """A parsed descriptor with its kind and languages resolved.

    The rules of a rubric read the same few dozen values many times over (about 130 look-ups per
    descriptor): each pointer is resolved once per descriptor and remembered, as are the declared
    languages. A descriptor's data is not changed while it is checked.
    """

    data: dict[str, Any]
    # The language plain texts are read in when the descriptor declares none, or no language code (``languages:
    # deutsch``): the one they are written in, when the engine could tell it.
    assumed_language: str | None = None
    _values: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)
    _memo: dict[Hashable, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def memo(self, name: Hashable, compute: Callable[[Descriptor], T]) -> T:
        """What ``compute`` (named ``name``) gives for this descriptor, computed on the first call only:
        analyses that several rules and the result read (the outcomes' Bloom levels). What it gives is
        shared by every caller and must not be changed."""
        if name not in self._memo:
            self._memo[name] = compute(self)
        found: T = self._memo[name]
        return found

    def present(self, element: Element) -> bool:
        """Whether the descriptor gives an Annex I element (:func:`~qa_checker.elements.is_present`), judged once
        per descriptor: its presence rule and the element statuses both ask."""
        key = (_PRESENT, element.key)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = is_present(element, self.data)
        return bool(found)

    @property
    def kind(self) -> str:
        """``offer`` (the default) or ``credential`` (read once: every rule's ``applies`` asks)."""
        found = self._values.get(_KIND)
        if found is None:
            found = self._values[_KIND] = meant_kind(self.data.get("kind")) or "offer"
        kind: str = found
        return kind

    @property
    def id(self) -> str | None:
        """The provider's identifier, when it is text."""
        value = self.data.get("id")
        return canonical_id(value) if isinstance(value, str) else None

    @property
    def eqf(self) -> int | None:
        """The EQF level, when it is one of the eight (the schema reports any other value)."""
        level = self.whole("/level/eqf")
        return level if level is not None and 1 <= level <= 8 else None

    @property
    def languages(self) -> list[str]:
        """Declared languages of instruction, as texts (one given alone, ``languages: de``, as a list of one;
        the schema judges the form and the codes)."""
        found = self._values.get(_LANGUAGES)
        if found is None:
            langs = self.data.get("languages")
            langs = [langs] if isinstance(langs, str) else langs
            found = self._values[_LANGUAGES] = (
                tuple(x for x in langs if isinstance(x, str)) if isinstance(langs, list) else ()
            )
        return list(found)

    @property
    def plain_languages(self) -> list[str]:
        """The languages a plain text is read in (the first counts): the assumed one when there is one, else
        the declared ones."""
        return [self.assumed_language] if self.assumed_language else self.languages

    def plain_sample(self) -> str:
        """The title, summary and learning outcomes written as plain text, joined: what the language of a
        descriptor that declares none is told from (a title alone is often too short to tell)."""
        outcomes = (o.get("text") if isinstance(o, dict) else o for o in self.items("/learning_outcomes"))
        return "\n".join(t for t in (self.get("/title"), self.get("/summary"), *outcomes) if isinstance(t, str))

    def get(self, pointer: str, default: Any = None) -> Any:
        """The value at a pointer, or ``default``."""
        values = self._values
        value = values.get(pointer, _MISSING)
        if value is _MISSING:
            value = values[pointer] = jp.resolve(self.data, pointer, _ABSENT)
        return default if value is _ABSENT else value

    def mapping(self, pointer: str) -> dict[str, Any]:
        """The object at a pointer, or an empty dict when absent or not an object."""
        value = self.get(pointer)
        return value if isinstance(value, dict) else {}

    def items(self, pointer: str) -> list[Any]:
        """The list at a pointer, or an empty list."""
        value = self.get(pointer)
        return value if isinstance(value, list) else []

    def body_countries(self) -> frozenset[str]:
        """The countries of the awarding bodies: the code each is given by (``Ireland``, ``EL`` as IE, GR), else
        as written; found once per descriptor (the workload, level, language and grade rules ask)."""
        return self.memo("body countries", _body_countries)

    def number(self, pointer: str) -> float | None:
        """A number at a pointer (booleans excluded), or ``None``: also for a whole number beyond any float (of
        hundreds of digits), which the schema reports as beyond its field's range."""
        value = self.get(pointer)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None
        try:
            return float(value)
        except OverflowError:
            return None

    def figure(self, pointer: str) -> float | None:
        """A workload figure at a pointer (a key of :data:`FIGURE_MAXIMUM`) that the descriptor format accepts:
        more than 0 and at most its maximum, or ``None`` (the schema reports any other, once)."""
        value = self.number(pointer)
        return value if value is not None and 0 < value <= FIGURE_MAXIMUM[pointer] else None

    def whole(self, pointer: str) -> int | None:
        """A whole number at a pointer (see :func:`whole_number`), or ``None``."""
        return whole_number(self.get(pointer))

    def text(self, pointer: str) -> dict[str, str]:
        """A language string as ``{language: text}`` in the form the rules read (:func:`texts`); plain text is in the
        first of :attr:`plain_languages`. Read once per pointer (the title is read by a rule of several families);
        what it gives is shared by every caller and must not be changed."""
        key = (_TEXT, pointer)
        found: dict[str, str] | None = self._memo.get(key)
        if found is None:
            found = self._memo[key] = texts(self.get(pointer), self.plain_languages, read=True)
        return found

    def strings(self) -> list[TextAt]:
        """Every text of the descriptor that is not blank, in the order written, the provider's own
        ``extensions`` left out; found once per descriptor (two rules read them all)."""
        return self.memo("strings", _walked)[0]

    def language_maps(self) -> list[tuple[str, dict[Any, Any]]]:
        """Every object whose keys are all two-letter codes (a language string, not one inside another), with its
        pointer, in the order of the document, ``extensions`` left out; found by the walk of :meth:`strings`."""
        return self.memo("strings", _walked)[1]

    def outcomes(self) -> Iterator[tuple[str, dict[str, str]]]:
        """Each learning outcome as ``(pointer of its text, {language: text})``; found once per descriptor
        (a dozen rules read them)."""
        return iter(self.memo("outcomes", _outcomes))


class TextAt(NamedTuple):
    """A text of a descriptor and where it stands: the pointer of its list or mapping and its key or index
    there (its own pointer is written when a finding needs it, not for every text)."""

    parent: str
    step: str
    value: str

    @property
    def pointer(self) -> str:
        """The text's JSON pointer."""
        return jp.child(self.parent, self.step) if self.step or self.parent else ""


def _body_countries(doc: Descriptor) -> frozenset[str]:
    return frozenset(
        country(b["country"]) or b["country"]
        for b in doc.items("/awarding_bodies")
        if isinstance(b, dict) and isinstance(b.get("country"), str) and b["country"].strip()
    )


def _outcomes(doc: Descriptor) -> tuple[tuple[str, dict[str, str]], ...]:
    languages = doc.plain_languages
    found = []
    for index, outcome in enumerate(doc.items("/learning_outcomes")):
        base = f"/learning_outcomes/{index}"
        if isinstance(outcome, dict) and "text" in outcome:
            found.append((base + "/text", texts(outcome["text"], languages, read=True)))
        else:
            found.append((base, texts(outcome, languages, read=True)))
    return tuple(found)


# TextAt(parent, step, value) made without its generated ``__new__`` (a call in Python for each of a descriptor's
# texts): the tuple of the three, as a TextAt.
_text_at = functools.partial(tuple.__new__, TextAt)


def _walked(doc: Descriptor) -> tuple[list[TextAt], list[tuple[str, dict[Any, Any]]]]:
    return strings_and_language_maps(doc.data)


def strings_and_language_maps(node: object) -> tuple[list[TextAt], list[tuple[str, dict[Any, Any]]]]:
    """What :meth:`Descriptor.strings` and :meth:`Descriptor.language_maps` give for a value, found in one walk, in
    the order of the document (a rule stopped at its cap of findings lists the first of the document)."""
    found: list[TextAt] = []
    maps: list[tuple[str, dict[Any, Any]]] = []
    # Each list or mapping being read, with its pointer (written once and shared by its texts: a long key above
    # many values is not copied into each of them), where it is read up to, and whether it is inside a language
    # map (a collection inside one is no language map of its own). A collection met is read before the rest of
    # its parent, so that texts and maps are taken in the order written.
    stack: list[tuple[str, Iterator[tuple[Any, Any]], bool]] = []
    if isinstance(node, (dict, list)):
        _enter(node, "", False, stack, maps)
    while stack:
        where, pairs, inside = stack[-1]
        for key, value in pairs:
            if isinstance(value, str):
                if not blank(value):
                    found.append(_text_at((where, str(key), value)))
            elif isinstance(value, (dict, list)) and (where or key != "extensions"):
                _enter(value, jp.child(where, str(key)), inside, stack, maps)
                break
        else:
            stack.pop()
    return found, maps


def _enter(
    collection: dict[Any, Any] | list[Any],
    where: str,
    inside: bool,
    stack: list[tuple[str, Iterator[tuple[Any, Any]], bool]],
    maps: list[tuple[str, dict[Any, Any]]],
) -> None:
    """Put a collection met by :func:`strings_and_language_maps` on its stack, taking it as a language map when
    its keys are all two-letter codes and it is inside none (tested key by key in a loop, which is cheaper than
    ``all`` over a generator for the few keys of each of a descriptor's collections)."""
    if isinstance(collection, dict):
        if not inside and collection:
            for key in collection:
                if not (isinstance(key, str) and len(key) == 2 and key.isalpha()):
                    break
            else:
                maps.append((where, collection))
                inside = True
        stack.append((where, iter(collection.items()), inside))
    else:
        stack.append((where, enumerate(collection), inside))


def texts(value: object, languages: list[str], *, read: bool = False) -> dict[str, str]:
    """Normalise a language string; unknown shapes give an empty dict. Of a mapping, only the texts under
    keys that can be language tags count: ``Compare strategies: social risks`` written unquoted in YAML is
    a key and its value, not a text in a language called "Compare strategies". Each text is in one Unicode
    form (NFC): "Évaluer" typed as E and a combining accent is read as the word it shows, its verb found; with
    ``read``, in the form the rules read (:func:`read_form`: "è in grado di" with a no-break space is the lead-in
    it is), where tables and labels show the provider's own spacing."""
    form = read_form if read else _nfc
    if isinstance(value, str):
        return {} if blank(value) else {languages[0] if languages else "und": form(value)}
    if isinstance(value, dict):
        return {
            k: form(v)
            for k, v in value.items()
            if isinstance(k, str) and isinstance(v, str) and not blank(v) and LANGUAGE_TAG.match(k)
        }
    return {}


_nfc = functools.partial(unicodedata.normalize, "NFC")


def whole_number(value: object) -> int | None:
    """A whole number as written: ``6``, or ``6.0``, which JSON Schema counts as an integer too; ``None`` for
    anything else, booleans and floats beyond exact whole numbers included."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer() and abs(value) <= _EXACT_WHOLE:
        return int(value)
    return None


# What a language map's key may be for its text to be read: a language tag, of any case (``en``, ``EN``,
# ``en-GB``, ``und``); the schema judges whether it is the two-letter code it should be.
LANGUAGE_TAG = regex(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def first_text(value: object, languages: list[str] | None = None) -> str | None:
    """The text of a language string in the first available language, for labels and tables."""
    found = texts(value, languages or [])
    if not found:
        return None
    for lang in (*(languages or []), "en"):
        if lang in found:
            return found[lang]
    return next(iter(found.values()))


def stated_duration_days(value: object) -> float | None:
    """Days in an ISO 8601 duration (months as 30.44 days, a time as elapsed time), 0 for a duration of nothing (P0D,
    PT0H: a length stated, which dates of weeks contradict); ``None`` when absent, malformed or of more days
    than a float holds (a number of thousands of digits)."""
    match = DURATION.match(value) if isinstance(value, str) else None
    if not match:
        return None
    years, months, weeks, days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
    time = (hours + minutes / 60 + seconds / 3600) / HOURS_PER_DAY
    total = years * DAYS_PER_YEAR + months * DAYS_PER_YEAR / 12 + weeks * DAYS_PER_WEEK + days + time
    return total if math.isfinite(total) else None


# Codes of European countries that are the language codes of other languages (Ewe, Northern Sami, Sinhala,
# Welsh, Belarusian, Chamorro, Interlingue, Luba-Katanga, Limburgish, Bashkir), with the country and the codes of
# its languages: the country's code typed for its language.
_COUNTRY_NOT_LANGUAGE: dict[str, tuple[str, tuple[str, ...]]] = {
    "ee": ("EE", ("et",)),
    "se": ("SE", ("sv",)),
    "si": ("SI", ("sl",)),
    "cy": ("CY", ("el",)),
    "be": ("BE", ("nl", "fr", "de")),
    "ch": ("CH", ("de", "fr", "it", "rm")),
    "ie": ("IE", ("ga", "en")),
    "lu": ("LU", ("lb", "fr", "de")),
    "li": ("LI", ("de",)),
    "ba": ("BA", ("bs", "hr", "sr")),
}


def country_codes_as_languages(doc: Descriptor) -> list[tuple[int, str, str, str]]:
    """Each declared language that is an awarding body's country code typed for its language (``se`` from a
    Swedish body): its index in ``languages``, the code, the country and the language code meant; of a country
    of several languages (``ch`` from a Swiss body beside ``de``), the first not declared, one the title is
    written in if any is. Found once per descriptor (the engine and two rules ask)."""
    return doc.memo("country codes as languages", _country_codes_as_languages)


def _country_codes_as_languages(doc: Descriptor) -> list[tuple[int, str, str, str]]:
    countries = doc.body_countries()
    declared = doc.languages
    found = []
    for index, code in enumerate(doc.items("/languages")):
        country, spoken = _COUNTRY_NOT_LANGUAGE.get(code, ("", ())) if isinstance(code, str) else ("", ())
        if country and country in countries:
            free = [language for language in spoken if language not in declared] or list(spoken)
            titled = doc.text("/title")
            found.append((index, code, country, next((c for c in free if c in titled), free[0])))
    return found
