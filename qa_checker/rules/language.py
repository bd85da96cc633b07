"""Languages of the texts: each text is in the language it claims, and in every declared language."""

from __future__ import annotations

import functools
import html.entities
import re
from collections.abc import Iterator
from typing import NamedTuple

from qa_checker import pointer as jp
from qa_checker import vocab
from qa_checker.aliases import language_meant
from qa_checker.descriptor import Descriptor, TextAt, country_codes_as_languages
from qa_checker.findings import Severity
from qa_checker.language import detect, plain_text
from qa_checker.markup import CHARACTER_REFERENCE
from qa_checker.patterns import regex
from qa_checker.rules import register
from qa_checker.rules.base import Hit, Rule, RuleContext
from qa_checker.text import LISTED, N_, Name, Series, Text, listed, msg, quote

# The learning outcomes' texts: those the outcome rules read, normalised once per descriptor by Descriptor.outcomes.
_OUTCOMES = "/learning_outcomes/*"


# Descriptive texts (not names of organisations or other credentials, which stay as written).
TEXT_FIELDS: tuple[str, ...] = (
    "/title",
    "/summary",
    _OUTCOMES,
    "/assessment/description",
    "/assessment/grading_scheme",
    "/quality_assurance/internal/description",
    "/prerequisites",
    "/target_group",
    "/level/not_applicable",
    "/further_information/text",
    "/grade",
)


class LanguageString(NamedTuple):
    """One language string of the descriptor: where it is, and whether it is plain text or a map (a tuple: made
    for every text field of every descriptor)."""

    pointer: str
    texts: dict[str, str]
    plain: bool

    def text_pointer(self, language: str) -> str:
        """Where one language's text sits."""
        return self.pointer if self.plain else jp.child(self.pointer, language)


def language_strings(doc: Descriptor, fields: tuple[str, ...] | list[str] = TEXT_FIELDS) -> tuple[LanguageString, ...]:
    """The language strings at the given fields (``*`` stands for every item of a list), found once per
    descriptor and fields (several rules read them)."""
    fields = tuple(fields)
    return doc.memo(("language strings", fields), functools.partial(_language_strings, fields=fields))


def _language_strings(doc: Descriptor, fields: tuple[str, ...]) -> tuple[LanguageString, ...]:
    found: list[LanguageString] = []
    for field in fields:
        if field == _OUTCOMES:
            found.extend(
                LanguageString(at, texts, isinstance(doc.get(at), str)) for at, texts in doc.outcomes() if texts
            )
            continue
        head, star, tail = field.partition("/*")
        if star:
            for index, item in enumerate(doc.items(head)):
                base = jp.child(head, index)
                if tail == "" and isinstance(item, dict) and "text" in item:
                    base += "/text"
                _one(doc, base + tail, found)
        else:
            _one(doc, field, found)
    return tuple(found)


def _one(doc: Descriptor, pointer: str, found: list[LanguageString]) -> None:
    """Add the language string at ``pointer`` to ``found``, if there is one (only text or a mapping holds any)."""
    value = doc.get(pointer)
    if isinstance(value, (str, dict)):
        texts = doc.text(pointer)
        if texts:
            found.append(LanguageString(pointer, texts, isinstance(value, str)))


# "None" as a plain text says the same in every language (prerequisites: none, keine, aucun ...).
_NONE_WORDS = frozenset(
    (
        "none", "n/a", "keine", "keiner", "aucun", "aucune", "néant", "ninguno", "ninguna", "nessuno", "nessuna",
        "geen", "brak", "nenhum", "nenhuma", "ingen", "inga", "nincs", "žádné", "žiadne", "nici unul", "nema",
        "ei", "puudub", "nav", "nėra",
        "ei ole", "puuduvad", "pole", "καμία", "καμιά", "κανένα", "κανένας", "ni", "nobena", "noben", "nobene",
        "niciuna", "niciunul", "nijedan", "nijedna", "nejsou", "žádná", "žádný", "žiadna", "žiaden", "няма", "xejn",
    )
)  # fmt: skip


def _untranslatable(texts: dict[str, str]) -> bool:
    """Whether a plain text is the same in every language: a number or a code with no word ("1,3", "B2"),
    or the word "none" in a language of the descriptors (prerequisites: none, keine, aucun)."""
    text = next(iter(texts.values()), "").strip()
    if text.casefold().rstrip(".") in _NONE_WORDS:
        return True
    letters = (c for c in text if c.isalpha())  # read up to the second letter only
    return next(letters, None) is None or next(letters, None) is None


@functools.lru_cache(maxsize=512)
def _label(code: str) -> Text | str:
    """A language as a message names it: its name (in the reader's language) and its code (made once per
    code: a text lacking a language in every descriptor of a batch names it each time)."""
    languages = vocab.get("languages")
    if code not in languages:
        return code
    return msg("{language} ({code})", language=Name("language", code, languages.label(code)), code=code)


@register
class TextInClaimedLanguage(Rule):
    """Every text is written in the language it claims to be in.

    Why: a German outcome filed under `en` is shown to English readers, exported with the wrong
    language tag to Europass, and skipped by every check that reads English.
    How: texts of at least ``min_words`` words and ``min_chars`` letters are judged offline. A text
    whose words are in good part its claimed language's function words (articles, prepositions,
    conjunctions), and clearly more of them than any other language's, is in that language. Any other
    is identified with lingua, which is built for short texts and deterministic: a fast screening among
    the European languages, then, for a suspect text only, a high-accuracy choice between the claimed
    language, English and the suspected ones, unless the text's function words already name a
    language that a screening between it and the claimed one confirms. A finding needs that choice to
    be at least ``min_confidence``
    sure of another language and to give the claimed one at most ``max_claimed_probability``; a text
    built with the claimed language's function words and none of the other's is the claimed language
    with borrowed nouns ("Izveido Power BI dashboard ar DAX measures un row-level security") and is not
    reported, while one built with three or more of another language's own function words and none of the
    claimed language's is that language, whatever its nouns ("Il corso introduce le basi del machine
    learning e della data science" under ``en`` is Italian);
    nor is a text reported as in a language that two of its words are not written in (an English title
    naming Ţiriac and Năstase); letters only one language is written with (Polish ł, Czech ř) name a
    suspect text with the screening, without the high-accuracy models;
    languages easily confused (Dutch/Afrikaans, Spanish/Galician/Portuguese, Czech/Slovak,
    the Scandinavian and South Slavic languages) are never reported.
    Plain text counts as the first declared language. Names are not judged.
    Passes: texts in their claimed language, and texts too short to tell. Fails: a long enough text
    that clearly reads as another language.
    """

    id = "MC-LG-001"
    name = "text-in-claimed-language"
    title = "Texts are in the language they claim"
    clause = "Annex II Transparency"
    principles = ("transparency", "portability")
    severity = Severity.WARNING
    weight = 1.0
    message = "the text is not in the language it claims"
    hint = "Move the text under the right language code, or translate it."
    defaults = {"min_words": 5, "min_chars": 30, "min_confidence": 0.95, "max_claimed_probability": 0.05}
    options_schema = {
        "min_words": {"type": "integer", "minimum": 1},
        "min_chars": {"type": "integer", "minimum": 1},
        "min_confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "max_claimed_probability": {"type": "number", "minimum": 0, "maximum": 1},
    }
    example_fail = {
        "summary": {
            "en": "Europese privacywetgeving en eerlijkheidsmethoden toepassen op echte dataprojecten.",
            "nl": "Europese privacywetgeving en eerlijkheidsmethoden toepassen op echte dataprojecten.",
        }
    }
    example_pass = {
        "summary": {
            "en": "Apply European data-protection law and fairness methods to real data projects.",
            "nl": "Europese privacywetgeving en eerlijkheidsmethoden toepassen op echte dataprojecten.",
        }
    }

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Identify each long enough text and compare with its claim."""
        opts = ctx.options
        limits = {name: opts[name] for name in ("min_words", "min_chars", "min_confidence", "max_claimed_probability")}
        detectable = detect.detectable()
        for string in language_strings(doc):
            for claimed, text in string.texts.items():
                language = language_meant(claimed) or claimed  # a key in another form (SV, en-GB): MC-VC-002's
                other = detect.clearly_other(text, language, **limits)
                if other is None and language not in detectable:
                    other = _copied_from(string.texts, claimed, opts["min_words"], opts["min_chars"])
                if other is None:
                    continue
                found = {"text": quote(text), "detected": _label(other), "claimed": _label(language)}
                yield Hit(
                    string.text_pointer(claimed),
                    message=(
                        msg("'{text}' reads as {detected}, but is plain text, taken as {claimed}", **found)
                        if string.plain
                        else msg("'{text}' reads as {detected}, but is given as {claimed}", **found)
                    ),
                    hint=(
                        msg("Declare the language first in `languages`, or write it as {{code}: ...}.", code=other)
                        if string.plain
                        else msg(
                            "It is the {code} text copied: give the {language} translation under {claimed}.",
                            code=other,
                            language=_label(claimed),
                            claimed=claimed,
                        )
                        if _copy_of(string.texts, claimed, other)
                        else msg(
                            "Move it under {code}: ..., and give the {language} text under {claimed}.",
                            code=other,
                            language=_label(claimed),
                            claimed=claimed,
                        )
                    ),
                )


def _copy_of(texts: dict[str, str], claimed: str, language: str) -> bool:
    """Whether the text claimed in one language is word for word the version of ``language`` the string gives too."""
    text = texts[claimed]
    return any(
        key != claimed and (language_meant(key) or key) == language and version == text
        for key, version in texts.items()
    )


def _copied_from(texts: dict[str, str], claimed: str, min_words: int, min_chars: int) -> str | None:
    """The language a text claimed in one the detector does not know (Maltese, Luxembourgish) is written in,
    when it is another language's version word for word and reads as that language: a version left
    untranslated. Languages easily confused are not told apart here either."""
    text = texts[claimed]
    meant = language_meant(claimed) or claimed
    for key, version in texts.items():
        language = language_meant(key) or key
        if (
            language != meant
            and version == text
            and not detect.confusable(language, meant)
            and detect.long_enough(text, min_chars=min_chars, min_words=min_words)
            and detect.language_of(text) == language
        ):
            return language
    return None


@register
class TextInEveryLanguage(Rule):
    """Every descriptive text is given in every declared language.

    Why: learners choose by the title, outcomes and assessment in their language of instruction;
    a bilingual offer with outcomes only in one language is not transparent to half its learners.
    Which texts: ``fields`` (title, summary, learning outcomes, assessment description and grading
    scheme, internal QA description, prerequisites, target group, the reason no level applies,
    the further-information text and the grade); names of bodies and other credentials are exempt,
    and so are `prerequisites: none` (or `keine`, `aucun` ...), a grade given as plain text (it is
    awarded as written: "1,3", "cum laude") and any plain text of no words (a number or a code).
    Other plain text counts as the first declared language only.
    Passes: each of these texts has every language listed in `languages`. Fails: a missing language.
    Not judged while a declared language is not an ISO 639-1 code (``English``) or is an awarding body's
    country code typed for its language (``se`` from a Swedish body): MC-VC-002 says how to write it, and
    every text would otherwise be reported for a language written wrongly.
    """

    id = "MC-LG-002"
    name = "text-in-every-language"
    title = "Texts are given in every declared language"
    clause = "Annex II Transparency"
    principles = ("transparency", "learner_centred", "information_guidance")
    severity = Severity.WARNING
    weight = 1.0
    message = "the text is missing in a declared language"
    hint = "Add the missing translation."
    defaults = {"fields": list(TEXT_FIELDS)}
    options_schema = {"fields": {"type": "array", "items": {"type": "string", "pattern": "^/"}}}
    example_fail = {"target_group": {"en": "Data analysts and policy officers who handle personal data."}}
    example_pass = {
        "target_group": {
            "en": "Data analysts and policy officers who handle personal data.",
            "nl": "Data-analisten en beleidsmedewerkers die met persoonsgegevens werken.",
        }
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Descriptors that declare their languages, each a known code, with anything to translate: with
        more than one language, every text; with one, the texts written as a language map (a plain text is
        in it, but ``{en: ...}`` in a Portuguese offer lacks it)."""
        codes = vocab.get("languages")
        if not doc.languages or not all(language in codes for language in doc.languages):
            return False
        if country_codes_as_languages(doc):
            return False
        return len(doc.languages) > 1 or any(
            not string.plain for string in language_strings(doc, ctx.options["fields"])
        )

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """List the declared languages each text lacks."""
        declared = list(dict.fromkeys(doc.languages))
        # Declared codes written as the keys they stand for are read (``en``, not ``EN``): a text given under each
        # of them lacks none, which most texts show without reading their keys' forms.
        as_keys = all(language_meant(code) == code for code in declared)
        all_declared = listed(declared)
        told: dict[tuple[str, ...], tuple[Series, Text]] = {}
        for string in language_strings(doc, ctx.options["fields"]):
            if as_keys and all(code in string.texts for code in declared):
                continue
            if string.plain and (_untranslatable(string.texts) or string.pointer == "/grade"):
                continue
            # A code in another form (EN, en-GB, eng) is MC-VC-002's finding: the text is given in that language;
            # so is a language written with a blank text ({en: " "}), which the schema says holds only spaces.
            written = doc.get(string.pointer) if not string.plain else None
            given = {
                language_meant(code) or code
                for code in (written if isinstance(written, dict) else string.texts)
                if isinstance(code, str)
            }
            missing = tuple(code for code in declared if code not in given)
            if missing:
                if missing not in told:  # the texts of a descriptor mostly lack the same languages
                    told[missing] = (_missing_named(missing), _map_hint(declared, missing))
                named, hint = told[missing]
                # At the first missing language's place: in a spreadsheet, its empty cell ("Title (EN)").
                yield Hit(
                    string.text_pointer(missing[0]),
                    message=msg(
                        "{field} is not given in {missing} (given: {given}; declared: {declared})",
                        field=string.pointer.lstrip("/"),
                        missing=named,
                        given=listed(string.texts),
                        declared=all_declared,
                    ),
                    hint=hint,
                )


def _missing_named(missing: tuple[str, ...]) -> Series:
    """The languages a text lacks as its message names them, the first :data:`LISTED` and the number of the others."""
    named: tuple[str | Text, ...] = tuple(_label(c) for c in missing[:LISTED])
    if len(missing) > LISTED:
        named += (msg("{count} more", count=str(len(missing) - LISTED)),)
    return Series(named)


def _map_hint(declared: list[str], missing: tuple[str, ...]) -> Text:
    """How to write a text lacking ``missing``: a map of a language it has and the last it lacks, or of the
    one declared language."""
    if len(declared) == 1:
        return msg("Write it as a language map in the declared language, e.g. {{code}: ...}.", code=declared[0])
    return msg(
        "Write it as a language map with every declared language, e.g. {{first}: ..., {last}: ...}.",
        first=next((code for code in declared if code not in missing), declared[0]),
        last=missing[-1],
    )


# UTF-8 read as Windows-1252 (or Latin-1): the lead byte of a two- to four-byte character shown as one of
# Â-ô, followed by its continuation bytes shown as the characters Windows-1252 gives 0x80-0xBF
# ("lÃ©gal" for "légal", "â€™" for "’").
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# The first character of a UTF-8 sequence of two to four bytes read as Latin-1 or Windows-1252 ("Ã" of "Ã©").
_LEAD = "\u00c2-\u00f4"
_MISREAD = regex(f"[{_LEAD}][{_CONTINUATION}]{{1,3}}")
# A character without which a text holds neither a misread character nor HTML or markdown (see _markup_hit).
_SUSPECT = regex(rf"[{_LEAD}<&*#\]]")


def _repaired(match: re.Match[str]) -> str:
    """One misread character as it was written, or the characters as they are when they are not one: only
    a letter of Europe's alphabets (Latin, Greek, Cyrillic) or a typographic mark counts, since a real
    letter before a quote or a no-break space reads as another script's ("ß“" as N'Ko, "É " as IPA)."""
    for codec in ("cp1252", "latin-1"):
        try:
            meant = match.group().encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if len(meant) == 1 and any(low <= meant <= high for low, high in _MEANT):
            return meant
    return match.group()


# What a misread character may have been: Latin letters with their accents (U+00A0-U+024F), Greek and
# Cyrillic, and the quotes, dashes, ellipsis, euro sign and trade mark of Windows-1252.
_MEANT = (("\u00a0", "\u024f"), ("\u0370", "\u04ff"), ("\u2010", "\u2026"), ("\u20ac", "\u20ac"), ("\u2122", "\u2122"))
# How much of a text around its first garbled character a message shows.
_AROUND = 25


# HTML as a web page, a learning platform or a rich-text field pastes it: a tag of the elements that hold text
# (a paragraph, a line break, a list and its items, emphasis, a link, a table's cells), and a character
# reference (&amp;, &nbsp;, &#8217;, &#x2019;). "R&D", "x < 5" and "<your name>" are text.
# A tag's attributes are name=value pairs ("<a href=...>", "<td colspan=2>"): "a<b and b>c" is a formula.
_MARKUP_TAG = regex(
    r"</?(?:a|b|br|div|em|h[1-6]|hr|i|li|ol|p|span|strong|sub|sup|table|td|th|tr|u|ul)"
    r"(?:\s+[A-Za-z][\w:-]*\s*=[^<>]{0,200})?\s*/?>",
    re.IGNORECASE,
)
# A tag a text names rather than holds, as a web-development course does: "the <div> element", "the <ul> and
# <li> elements", "das <p>-Element", "la balise <span>", "znacznik <div>", or a tag in quotes ("<br>").
_ELEMENT_WORD = (
    r"(?:elements?|elemente?n?|tags?|éléments?|balises?|elementos?|elementi|etiquetas?|znaczniki?(?:ów|a)?"
    r"|elementy?|elementu)"
)
_NAMED_AFTER = regex(
    r"(?:\s*(?:(?:,|/|\b(?:and|or|und|oder|et|ou|y|o|e|en|of|i|lub)\b)\s*)?</?[a-z][a-z0-9]*>){0,8}[\s-]"
    + _ELEMENT_WORD
    + r"\b",
    re.IGNORECASE,
)
_NAMED_BEFORE = regex(r"\b" + _ELEMENT_WORD + r"\s+(?:HTML\s+)?$", re.IGNORECASE)
_QUOTES = {"'": "'", '"': '"', "`": "`", "‘": "’", "“": "”", "„": "“", "«": "»"}


def _named(value: str, tag: re.Match[str]) -> bool:
    """Whether a text names a tag (an element of a web page it teaches) rather than holding it as markup."""
    # Only the words near the tag are read (and the tags listed after it, eight at most): a text of many tags
    # is then read once, not once for each tag (nor, with spaces between tags, in every way of sharing them).
    start, end = tag.start(), tag.end()
    if _quoted(value, start, end):
        return True
    before = value[max(0, start - _NEAR) : start]
    return _NAMED_AFTER.match(value, end) is not None or _NAMED_BEFORE.search(before) is not None


def _quoted(value: str, start: int, end: int) -> bool:
    """Whether the markup between ``start`` and ``end`` stands in quotes, as code a text names ("`&amp;`")."""
    before, after = value[max(0, start - 1) : start], value[end : end + _NEAR]
    if before in _QUOTES and after.lstrip(" ")[:1] in (_QUOTES[before], " "):
        return True
    return value[max(0, start - _NEAR) : start].rstrip(" \u00a0")[-1:] == "«" and after.lstrip(" \u00a0")[:1] == "»"


# How many characters before and after a tag are read for the words that name it.
_NEAR = 200


_REFERENCE = regex(CHARACTER_REFERENCE)


def _markup(value: str) -> re.Match[str] | None:
    """The first HTML tag or character reference of a text (a named one only when HTML defines it)."""
    if "<" in value:
        tag = next((tag for tag in _MARKUP_TAG.finditer(value) if not _named(value, tag)), None)
        if tag is not None:
            return tag
    if "&" in value:
        for reference in _REFERENCE.finditer(value):
            named = reference.group()[1] == "#" or reference.group()[1:] in html.entities.html5
            if named and not _quoted(value, reference.start(), reference.end()):
                return reference
    return None


# Markdown as a rich-text field of a learning platform or a course page exports it: emphasis ("**Ziel:** ...",
# "*Hinweis:*") between a space or a text's edge and a word's end, an inline link ("[More](https://...)",
# "[Ordnung](/pdf/o.pdf)") and a heading line ("## Overview"). "x**2 + y**2", "Teilnehmer*innen", a lone "*" and
# "* item" bullets are text.
_MARKDOWN = regex(
    r"(?<![\w*])\*\*?(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*\*?(?![\w*])"
    r"|\[([^\[\]\n]{1,200})\]\((?:https?://|www\.|\.{0,2}/|#)[^\s()]{0,500}\)"
    r"|^#{1,6}[ \t]+(\S)",
    re.MULTILINE,
)


def _markdown_removed(value: str) -> str:
    """A text with its markdown emphasis and links written as the words they show."""
    return _MARKDOWN.sub(lambda m: m.group(1) or m.group(2) or m.group(3), value)


def _markup_hit(text: TextAt) -> Hit | None:
    """HTML, else markdown, in a text (shown as written): told with the text as it reads without it."""
    value = text.value
    html = _markup(value)
    if html is not None and not value.startswith(("http://", "https://")):
        return _shown_as_written(
            text,
            html.group(),
            plain_text(value),
            N_("'{text}' holds HTML markup ({markup}), which is shown as written; it reads '{meant}'"),
            N_("Write the text without HTML: line breaks as new lines, lists as lists."),
        )
    marked = _MARKDOWN.search(value) if html is None and ("*" in value or "](" in value or "#" in value) else None
    if marked is None:
        return None
    return _shown_as_written(
        text,
        marked.group(),
        _markdown_removed(value),
        N_("'{text}' holds markdown ({markup}), which is shown as written; it reads '{meant}'"),
        N_("Write the text without markdown: the words alone, a web address in further_information."),
    )


def _shown_as_written(text: TextAt, markup: str, meant: str, message: str, hint: str) -> Hit:
    """A text's markup, found where it is, and the text as it reads without it."""
    return Hit(
        text.pointer,
        message=msg(message, text=quote(text.value, 80), markup=quote(markup, 20), meant=quote(meant, 80)),
        hint=msg(hint),
    )


@register
class TextNotMisencoded(Rule):
    """Texts are not garbled by a wrong encoding or by HTML markup.

    Why: a text saved as UTF-8 and read somewhere as Windows-1252 or Latin-1 ("lÃ©gal" for "légal",
    "Universityâ€™s" for "University’s") reaches learners, registers and Europass garbled, and every
    search for it fails. Export tools and copied spreadsheets do this silently. So does HTML pasted from
    a web page or a learning platform: a descriptor's texts are plain text, shown as written, tags and
    all ("Data &amp; Ethics", "<p>Apply ...</p>").
    Passes: no text holds such a sequence; "R&D", "x < 5" and "<your name>" are text. Fails: a text
    holding a sequence that reads back as UTF-8, or an HTML tag (``<p>``, ``<br>``, ``<li>``, ``<strong>``
    ...) or character reference (``&amp;``, ``&nbsp;``, ``&#8217;``), or markdown a rich-text field
    exports (``**Ziel:**``, ``[More](https://...)``, ``## Overview``); the message gives the text as it was
    meant.
    """

    id = "MC-LG-003"
    name = "text-not-misencoded"
    title = "Texts are not garbled by a wrong encoding or markup"
    clause = "Annex II Transparency"
    principles = ("transparency", "information_guidance")
    severity = Severity.WARNING
    weight = 0.5
    message = "a text is garbled by a wrong encoding"
    hint = "Write the text again, or export the file as UTF-8 from the program that made it."
    example_fail = {"summary": "Un cours pour les responsables de la qualitÃ© des donnÃ©es."}
    example_pass = {"summary": "Un cours pour les responsables de la qualité des données."}

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look for misread UTF-8, then for HTML, in every text."""
        for text in doc.strings():
            value = text.value
            if _SUSPECT.search(value) is None:
                continue  # most texts: one scan for the characters each finding needs
            first = (
                next((m for m in _MISREAD.finditer(value) if _repaired(m) != m.group()), None)
                if _MISREAD.search(value) is not None
                else None
            )
            if first is None:
                hit = _markup_hit(text)
                if hit is not None:
                    yield hit
                continue
            # The text around the first garbled character, before and after repair.
            start, end = max(0, first.start() - _AROUND), first.end() + _AROUND
            shown, meant = value[start:end], _MISREAD.sub(_repaired, value[start:end])
            yield Hit(
                text.pointer,
                message=msg(
                    "'{text}' is garbled by a wrong encoding; it reads '{meant}'",
                    text=quote(("…" if start else "") + shown + ("…" if end < len(value) else ""), 80),
                    meant=quote(("…" if start else "") + meant + ("…" if end < len(value) else ""), 80),
                ),
            )


@register
class LanguagesDeclared(Rule):
    """The descriptor declares the languages it is taught and written in.

    Why: learners need the language of instruction to choose a course, and every check of the texts
    (the wording of the outcomes, translations) reads each text in a language. Without `languages`,
    plain texts are read in the language the title, summary and outcomes are written in, when it is clear.
    Passes: `languages` lists a language, or every text says its language (``{en: ...}``). Fails (a
    note, not counted): no languages are declared for plain texts; the note says which language they
    were read in, or that their wording could not be checked.
    """

    id = "MC-LG-004"
    name = "languages-declared"
    title = "The languages are declared"
    clause = "Annex II Transparency"
    principles = ("transparency", "information_guidance")
    severity = Severity.INFO
    weight = 0.0
    message = "no languages are declared"
    hint = "Declare the languages of instruction, that of plain texts first: languages: [en]."
    example_fail = {"languages": None, "title": "Data Ethics in Practice: Responsible Use of Data in Organisations"}
    example_pass = {"languages": ["en"], "title": "Data Ethics in Practice: Responsible Use of Data in Organisations"}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged on every descriptor."""
        return True

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Say how the texts were read when no language is declared."""
        if doc.languages or not doc.plain_sample():
            return
        if doc.assumed_language:
            message = msg(
                "no languages are declared; plain texts were read as {language}, the language they are written in",
                language=_label(doc.assumed_language),
            )
        elif any(True for _ in doc.items("/learning_outcomes")):
            message = msg(
                "no languages are declared, and the language of the texts is not clear: "
                "the wording of the outcomes was not checked"
            )
        else:
            message = msg("no languages are declared, and the language of the texts is not clear")
        yield Hit("", message=message)
