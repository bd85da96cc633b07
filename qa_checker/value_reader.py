"""Values as providers write them, read as the descriptor's codes and numbers: the one reader of the spreadsheet
loader, the schema's hints and the comparability dataset.

Codes are read from a vocabulary's code in any case, its labels and aliases, a name in a European language
(``Deutschland``, ``polski``), ``NL - Netherlands`` and a note or weight beside a code; numbers with their
thousands grouped (spaces, narrow spaces, Swiss apostrophes, commas, dots before a decimal comma) and a decimal
comma; prices as an amount with its currency's code, sign or name before or after it (``450 €``,
``EUR 1.250,00``, ``1 200 zł``, ``90 Schweizer Franken``). Each reader returns ``None`` for a value it cannot
read: the loader then keeps the text for the schema to report, the dataset names the column unread.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable

from qa_checker import vocab
from qa_checker.aliases import (
    LANGUAGE_PREPOSITIONS,
    LANGUAGE_WORDS,
    concept_for,
    country_named,
    dot_may_group_thousands,
    language_meant,
    local_names,
    normalise,
    unaccented,
    value_aliases,
)
from qa_checker.patterns import regex

# Currencies by their signs (casefolded) and English names, with the Swiss abbreviations of Franken ("Fr. 450.–",
# "SFr. 1'250.00"). "$" (which dollar?) and "Fr" without its dot (a word too) are read only beside an amount, as
# "kr" (which krona?) is never.
CURRENCY_SIGNS = {
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "zł": "PLN",
    "kč": "CZK",
    "ft": "HUF",
    "lei": "RON",
    "лв": "BGN",
    "kn": "HRK",
    "fr.": "CHF",
    "fr": "CHF",
    "sfr.": "CHF",
    "sfr": "CHF",
}
_AMBIGUOUS_SIGNS = frozenset({"$", "fr"})
# Signs that are words too, but name one currency beside an amount: a cell's amount is read in it ("Fr 90").
_WORD_SIGNS = frozenset({"fr"})
# The words for a currency written after an amount in the languages of the countries that pay in it, where the
# CLDR's name is another form or has two words: the Swedish kronor (the Danish and Norwegian kroner are two), the
# Polish złoty, the Czech koruna, the Hungarian forint and the Bulgarian lev in their plural forms.
_CURRENCY_NAMES = {
    **dict.fromkeys(("euro", "euros"), "EUR"),
    **dict.fromkeys(("pound", "pounds", "pound sterling"), "GBP"),
    "kronor": "SEK",
    **dict.fromkeys(("krónur", "króna"), "ISK"),
    **dict.fromkeys(("złoty", "złote", "złotych", "zloty", "zlote", "zlotych"), "PLN"),
    **dict.fromkeys(("koruna", "koruny", "korun"), "CZK"),
    **dict.fromkeys(("forint", "forintot"), "HUF"),
    **dict.fromkeys(("лев", "лева", "leva", "lev"), "BGN"),
    # Customary abbreviations that are no ISO 4217 code (and withdrawn codes of currencies renamed, not replaced):
    # the Nordic crowns, the Romanian leu, the Czech koruna as Kčs, sterling, the renminbi, the shekel, the lira, the
    # Serbian dinar.
    "dkr": "DKK",
    "skr": "SEK",
    "nkr": "NOK",
    "ikr": "ISK",
    "leu": "RON",
    **dict.fromkeys(("kčs", "kcs"), "CZK"),
    "stg": "GBP",
    "rmb": "CNY",
    "nis": "ILS",
    "ytl": "TRY",
    "rur": "RUB",
    "plz": "PLN",
    "din": "RSD",
}


# The withdrawn ISO 4217 codes of the national currencies the euro replaced, with the year it did and the rate
# irrevocably fixed for the changeover (units of the currency to one euro, as the Council fixed them).
REPLACED_BY_EURO: dict[str, tuple[int, float]] = {
    "ATS": (1999, 13.7603),
    "BEF": (1999, 40.3399),
    "DEM": (1999, 1.95583),
    "ESP": (1999, 166.386),
    "FIM": (1999, 5.94573),
    "FRF": (1999, 6.55957),
    "IEP": (1999, 0.787564),
    "ITL": (1999, 1936.27),
    "LUF": (1999, 40.3399),
    "NLG": (1999, 2.20371),
    "PTE": (1999, 200.482),
    "GRD": (2001, 340.750),
    "SIT": (2007, 239.640),
    "CYP": (2008, 0.585274),
    "MTL": (2008, 0.429300),
    "SKK": (2009, 30.1260),
    "EEK": (2011, 15.6466),
    "LVL": (2014, 0.702804),
    "LTL": (2015, 3.45280),
    "HRK": (2023, 7.53450),
    "BGN": (2026, 1.95583),
}


def in_euro(amount: float, code: str) -> float | None:
    """An amount in a currency the euro replaced, in euro at the rate fixed for the changeover, to the cent; ``None``
    for another currency or an amount no price has (none, infinite or beyond :data:`_LARGEST_PRICE`)."""
    if code not in REPLACED_BY_EURO or not math.isfinite(amount) or not 0 <= amount <= _LARGEST_PRICE:
        return None
    return round(amount / REPLACED_BY_EURO[code][1], 2)


# The largest amount given in euro: beyond it the figure would be hundreds of digits of no price.
_LARGEST_PRICE = 10**12


def currency_sign(text: str, *, beside_amount: bool = False) -> str | None:
    """The ISO 4217 code of a currency sign (``€``, ``zł``, ``Kč``, ``SFr.``), also with an abbreviation's dot
    (``лв.``, ``Kč.``); ``$`` and ``Fr`` only ``beside_amount``."""
    word = text.strip().casefold()
    if word not in CURRENCY_SIGNS:
        word = word.removesuffix(".")
    return CURRENCY_SIGNS.get(word) if beside_amount or word not in _AMBIGUOUS_SIGNS else None


def currency_named(text: str) -> str | None:
    """The ISO 4217 code of a currency written by its sign or English name (``€``, ``Euro``, ``pound``)."""
    return _CURRENCY_NAMES.get(text.strip().casefold()) or currency_sign(text)


def currency(text: str) -> str | None:
    """The ISO 4217 code a currency is given by: its code in any case, its sign or its name."""
    return currency_named(text) or code(text, "currencies")


def country(text: str) -> str | None:
    """The ISO 3166-1 code a country is given by: its code in any case, its EU code (EL, DEU), its name or its
    flag."""
    upper = text.strip().upper()
    return vocab.EU_EDITORIAL_COUNTRIES.get(upper) or code(text, "countries") or _eu_codes().get(upper)


@functools.cache
def _eu_codes() -> dict[str, str]:
    """The ISO code of each country by its EU authority code (DEU)."""
    concepts = vocab.get("countries").concepts
    return {str(c["eu_code"]): slug for slug, c in concepts.items() if c.get("eu_code")}


def language(text: str) -> str | None:
    """The ISO 639-1 code a language is given by: its code in any case (a region or script left out, ``en-GB``),
    its ISO 639-2 code (``deu``, ``ger``) or its name, perhaps after a preposition ("auf Englisch", "in English")."""
    bare = _REGION.sub("", _ONLY.sub("", text.strip()))
    found = code(bare, "languages") or language_meant(bare)
    words = bare.split()
    if (
        found is None
        and 1 < len(words) <= _LANGUAGE_WORDS
        and normalise(words[0]) in LANGUAGE_PREPOSITIONS
        and not words[0].endswith(":")  # a label ("Sprache: Deutsch"), which the cell reader notes
    ):
        # A language's name after the preposition, not a code: "EN DE" is two codes, not "in German".
        rest = " ".join(words[1:])
        return language(rest) if len(rest) > _LONGEST_CODE else None
    return found


# The most words a language is named in, its prepositions included ("in lingua inglese"), and the longest code.
_LANGUAGE_WORDS = 4
_LONGEST_CODE = 3


# A word saying a language is the only one, closing its name ("English only", "nur Deutsch" is not read).
_ONLY = regex(
    r"(?<!\s)\s+(?:only|nur|ausschließlich|uniquement|seulement|solamente|únicamente|soltanto|solo|alleen|uitsluitend"
    r"|tylko|wyłącznie)$",
    re.IGNORECASE,
)


def joined_languages(text: str) -> list[str] | None:
    """The ISO 639-1 codes of the languages one text joins ("EN/DE", "Deutsch und Englisch", "français et
    anglais", "bilingual (de/en)"), when each part is a language (:func:`language`); ``None`` otherwise."""
    named = _BILINGUAL.fullmatch(text.strip())
    return _joined((named.group(1) or named.group(2)) if named is not None else text, language)


# A word for "in two languages" before the two ("bilingual (de/en)", "zweisprachig: Deutsch/Englisch").
_BILINGUAL = regex(
    r"(?:bilingual|zweisprachig|bilingue|bilingüe|tweetalig|dwujęzyczny|dwujęzyczna|dwujęzycznie)\s*"
    r"(?:\(([^()]{1,100})\)|[:–-]\s*([^()]{1,100}))",
    re.IGNORECASE,
)


def joined_codes(text: str, vocab_id: str | None, enum: tuple[str, ...] = ()) -> list[str] | None:
    """The codes of the values one text joins ("Hausarbeit/Referat", "Prova scritta e orale"), when each part
    names one (:func:`code`), each once; ``None`` otherwise."""
    found = _joined(text, lambda part: code(part, vocab_id, enum))
    return list(dict.fromkeys(found)) if found else None


def _joined(text: str, read: Callable[[str], str | None]) -> list[str] | None:
    """What ``read`` gives of each part of a text that joins two or more (:data:`LANGUAGES_JOINED`), when it reads
    every part; ``None`` otherwise."""
    if len(text) > _JOINED_CHARS:
        return None
    codes = [read(part) for part in LANGUAGES_JOINED.split(text) if part]
    found = [c for c in codes if c is not None]
    return found if len(codes) > 1 and len(found) == len(codes) else None


# What joins the languages (or other values) of one text: "English/German", "Deutsch und Englisch", "français et
# anglais", "Nederlands en Engels", "polski i angielski", "English & French", and the alternatives a course is given
# in ("Deutsch oder Englisch", "anglais ou français"): each is a language of the offering. Begun where the spaces
# before it begin, never inside a run of spaces, so a text of any length is split in linear time.
# The words that join alternatives ("online oder Präsenz", "en ligne ou sur place": the learner chooses one), and
# those that join parts of one ("Deutsch und Englisch").
_ALTERNATIVES = frozenset({"or", "oder", "ou", "o", "of", "lub", "eller"})
_CONJUNCTIONS = (
    *("and", "und", "et", "y", "e", "en", "i", "oraz", "ed"),
    # Swedish, Danish and Norwegian, Finnish and Estonian, Czech and Slovak, Hungarian, Lithuanian, Latvian, Romanian,
    # Greek, Bulgarian, Slovene, Maltese, Irish.
    *("och", "og", "ja", "a", "és", "ir", "un", "și", "και", "и", "in", "u", "agus"),
    *sorted(_ALTERNATIVES),
)
LANGUAGES_JOINED = regex(rf"(?<!\s)(?:\s*[/&+]\s*|\s+(?:{'|'.join(_CONJUNCTIONS)})\s+)|[/&+]\s*", re.IGNORECASE)
# Longer texts are never read as languages joined.
_JOINED_CHARS = 200
# A language tag's region or script ("en-GB", "sr-Latn", "de_AT").
_REGION = regex(r"[-_](?:[A-Za-z]{2}|[A-Za-z]{4}|\d{3})$")


def mode(text: str) -> str | None:
    """The participation mode a text gives (:func:`code`), also beside words on when or at what pace it is taught
    ("berufsbegleitend online", "part-time, online", "online, selbstgesteuert"), which say nothing of online or
    onsite, and before the place or the tool it is taught in ("Präsenz in Berlin", "online via Zoom")."""
    found = code(text, "participation-modes")
    if found is not None or len(text) > _MODE_CHARS:
        return found
    same = _joined(text, concept("participation-modes"))
    if same and len(set(same)) == 1:
        return same[0]  # one mode in two languages ("hybride / hybride", "online / en ligne")
    where = _PLACE_OR_TOOL.search(text)
    if where is not None and where.group(1)[:1].isupper():
        return mode(text[: where.start()])
    words = _MODE_WORD.findall(text)
    kept = [word for word in words if normalise(word) not in _SCHEDULE_WORDS]
    return code(" ".join(kept), "participation-modes") if kept and len(kept) < len(words) else None


# Longer texts are never read as a mode beside words on its schedule.
_MODE_CHARS = 100
_MODE_WORD = regex(r"[^\s,;/()]+")
# The words on when or at what pace a course is taught, beside its mode, as :func:`qa_checker.aliases.normalise` gives
# them: while working, part-time and full-time in German, English and Dutch; self-paced, synchronous and asynchronous,
# live, in German, English, French and Italian.
_SCHEDULE_WORDS = frozenset(
    {"berufsbegleitend", "berufsbegleitende", "teilzeit", "vollzeit", "parttime", "fulltime", "deeltijd", "voltijd"}
    | {"deeltijds", "voltijds", "selfpaced", "selbstgesteuert", "selbstgesteuerte", "asynchron", "synchron", "live"}
    | {"asynchronous", "synchronous", "asynchrone", "synchrone", "asincrono", "sincrono", "asincrona", "sincrona"}
)
# A place or a tool a mode is taught in, named with a capital after a preposition ("Präsenz in Berlin", "vor Ort in
# Wien", "presencial en Madrid", "online via Zoom", "online über MS Teams").
_PLACE_OR_TOOL = regex(r"\s+(?:in|im|en|à|at|via|über|per|mit|with|con|tramite|przez|w)\s+(\S.{0,40})$", re.IGNORECASE)


def modes_joined(text: str) -> str | None:
    """The mode a text joining modes as parts of one course most likely means, for a hint: blended for an online part
    and an onsite one ("Online & Präsenz", "presencial y en línea", "Präsenz- und Online-Phasen" as "Präsenz- und
    Online"), or either beside blended; the one mode every part gives ("online/e-learning"); ``None`` for alternatives
    ("online oder Präsenz") and any other text. Not a reading: "Online & Präsenz" may also be two forms to choose
    from, so a cell of it is kept as typed."""
    if any(joiner.strip().casefold() in _ALTERNATIVES for joiner in LANGUAGES_JOINED.findall(text)):
        return None
    found = _joined(text, lambda part: code(part.strip().rstrip("-‐"), "participation-modes"))
    if not found:
        return None
    return found[0] if len(set(found)) == 1 else "blended"


@functools.cache
def concept(vocab_id: str) -> Callable[[str], str | None]:
    """A reader of a vocabulary's slugs: the slug itself, or the one a provider's word for it names."""
    return lambda text: code(text, vocab_id)


@functools.cache
def value_forms(vocab_id: str | None, enum: tuple[str, ...]) -> tuple[frozenset[str], dict[str, str]]:
    """The codes a field allows and its vocabulary's labels and the words of ``value-aliases.yaml``
    (casefolded) -> code; a label two codes share is the narrower one's (ISCED-F 042 Law and its one detailed
    field 0421 Law: 0421), as the vocabulary lists the narrower after the wider."""
    if vocab_id is None:
        return frozenset(enum), {}
    concepts = vocab.get(vocab_id).concepts
    labels = {str(word).casefold(): slug for slug, words in value_aliases().get(vocab_id, {}).items() for word in words}
    labels.update({str(c.get("label", "")).casefold(): slug for slug, c in concepts.items()})
    return frozenset(enum) | frozenset(concepts), labels


@functools.cache
def _greek_words(vocab_id: str) -> dict[str, str]:
    """A vocabulary's Greek words of ``value-aliases.yaml`` as :func:`normalise` gives them (no accents, case,
    spaces or marks) -> the code."""
    return {normalise(word): slug for word, slug in value_forms(vocab_id, ())[1].items() if _GREEK.search(word)}


_GREEK = regex("[\u0370-\u03ff]")
# The vocabularies whose words are read in a text typed without accents, as catalogues in Romanian, Czech or
# Lithuanian are often kept ("engleza", "cu frecventa", "pisemna zkouska"), where one word only has that form. Not
# the fields of education: Italian "Economia", economics and business, would be Spanish "Economía", economics.
_READ_UNACCENTED = frozenset({"languages", "countries", "participation-modes", "assessment-types", "learning-settings"})


@functools.cache
def _unaccented_words(vocab_id: str) -> dict[str, str]:
    """A vocabulary's labels, words and names without their accents -> the code, where no other code's word has the
    same letters."""
    found: dict[str, str | None] = {}
    words = {**local_names(vocab_id), **value_forms(vocab_id, ())[1]}
    for word, slug in words.items():
        bare = unaccented(word)
        found[bare] = slug if found.get(bare, slug) == slug else None
    return {word: slug for word, slug in found.items() if slug is not None}


def typed(text: str) -> str:
    """A text without its spaces around and the apostrophe that marks text in Excel."""
    text = text.strip()
    return text[1:].strip() if text.startswith("'") else text


def code(text: str, vocab_id: str | None, enum: tuple[str, ...] = (), *, _asides: int = 0) -> str | None:
    """The code or slug a text gives as the vocabulary (or ``enum``) spells it, accepting case slips, labels,
    names in European languages, ``NL - Netherlands`` and up to :data:`_MOST_ASIDES` notes, weights, versions or
    system codes beside it; ``None`` when it gives none. Romanian written with the cedilla letters of the old code
    pages ("cu frecvenţă") reads as with its own comma-below letters ("cu frecvență")."""
    found = _code(text, vocab_id, enum, _asides)
    if found is None and _CEDILLAS.search(text):
        found = _code(text.translate(_COMMA_BELOW), vocab_id, enum, _asides)
    return found


# The cedilla letters Windows-1250 and ISO 8859-2 give Romanian for its comma-below ș and ț, and those.
_CEDILLAS = regex("[şţŞŢ]")
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def _code(text: str, vocab_id: str | None, enum: tuple[str, ...], _asides: int) -> str | None:
    """:func:`code`, of the text as written."""
    allowed, labels = value_forms(vocab_id, enum)
    if text in allowed:
        return text
    if not allowed:
        return None
    # accents typed as combining marks ("Enfermeri\u0301a") read composed, as the labels are written
    text = unicodedata.normalize("NFC", _DIRECTION_MARK.sub("", typed(text)))
    if vocab_id == "currencies" and (sign := currency_sign(text)):
        return sign
    match = _CODE_WITH_LABEL.match(text)
    given = match.group(1) or match.group(2) if match else None
    for candidate in [text, given] if given else [text]:
        # A slug written with spaces, underscores or commas for its hyphens ("Unsupervised, no ID check").
        dashed = re.sub(r"[\s_,]+", "-", candidate).strip("-")
        for form in (candidate, candidate.upper(), candidate.lower(), dashed.lower(), dashed.upper()):
            if form in allowed:
                return form
    folded = text.casefold()
    named = labels.get(folded) or local_names(vocab_id).get(folded)
    if named is None and vocab_id == "countries":
        named = country_named(text) or _country_after_place(text)
    if named is None and vocab_id == "languages":
        named = _language_with_its_word(folded)
    if named is None and vocab_id and text.isupper() and _GREEK.search(text):
        # Greek in capitals drops its accents: "ΝΟΜΙΚΗ" is Νομική. (A Latin word is not read without its accents:
        # Italian "Economia", economics and business, would be Spanish "Economía", economics.)
        named = _greek_words(vocab_id).get(normalise(text))
    if named is None and vocab_id in _READ_UNACCENTED and unaccented(folded) == folded:
        named = _unaccented_words(vocab_id).get(folded)  # "engleza", "cu frecventa": Romanian typed without its marks
    named = named or enum_named(text, allowed)
    if named is not None or _asides >= _MOST_ASIDES:
        return named
    inner = functools.partial(code, vocab_id=vocab_id, enum=enum, _asides=_asides + 1)
    if match is not None:
        # A system's own code before the label ("ONL - Online"): the label names the value.
        label = text[len(given or "") :].lstrip(" -–—:")
        named = _allowed(inner(label) if label else None, allowed)
    note = _CLOSING_NOTE.search(text) if named is None else None
    if note is not None and not (allowed == _supervisions() and _SUPERVISION_WORDS.search(note.group())):
        # A closing note beside a code ("Written exam (60%)", "Klausur (90 Min.)") says how, not which one; one on
        # the supervision ("supervised (ID check)") says which.
        bare = text[: note.start()]
        named = _allowed(inner(bare) if bare else None, allowed)
    if named is None and vocab_id is None and _VERSION.search(text):
        # A standard's version after its code ("ESG 2015", "ISO 21001:2018") says which edition, not which one.
        bare = _VERSION.sub("", text)
        named = _allowed(inner(bare) if bare else None, allowed)
    if named is None and _WEIGHT.search(text):
        # So does a weight ("Written exam 60%", "60 % Klausur", "Project: 40%") or a note after a dash
        # ("Mündliche Prüfung – 30 Min.").
        bare = _WEIGHT.sub("", text).strip()
        named = _allowed(inner(bare) if bare and len(bare) < len(text) else None, allowed)
    return named


def _language_with_its_word(folded: str) -> str | None:
    """The language a casefolded name names with its word for "language" before or after it."""
    words = folded.split()
    if len(words) != 2 or not ({normalise(w) for w in words} & LANGUAGE_WORDS):
        return None
    name = words[1] if normalise(words[0]) in LANGUAGE_WORDS else words[0]
    named = local_names("languages").get(name)
    return named or (_unaccented_words("languages").get(name) if unaccented(name) == name else None)


# How many asides (notes, weights, versions, a system's code) around one code are taken off, one at a time: each is
# a pass over the text, so a text of asides alone ("- a - a - a ...") is read in linear time.
_MOST_ASIDES = 4


# The QF-EHEA cycles by the words providers write them in (as :func:`cycle_named` reads them): the cycle's name
# and its degree's in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish ("livello laurea",
# "primer ciclo", "Grado", "Master level", "laurea magistrale"), then in the languages of the catalogues (the Swedish
# levels of higher education, the Romanian, Bulgarian, Czech and Hungarian degrees' names); a word that names no one
# cycle ("undergraduate", of levels 4-6 in the UK) is not listed.
_CYCLE_WORDS = {
    "short": "short cycle|short cycle level|cycle court|ciclo corto|ciclo breve|ciclo curto",
    "first": "first cycle|1st cycle|cycle 1|bachelor|bachelor level|bachelor s|bachelor s level|bachelorniveau|"
    "bachelor niveau|erster zyklus|premier cycle|licence|primer ciclo|grado|primo ciclo|laurea|livello laurea|"
    "laurea triennale|primeiro ciclo|licenciatura|eerste cyclus|studia pierwszego stopnia|pierwszy stopien|licencjat|"
    "grundniva|licenta|бакалавър|bakalarsky|bakalarske studium|alapkepzes",
    "second": "second cycle|2nd cycle|cycle 2|master|master level|master s|master s level|masterniveau|"
    "master niveau|zweiter zyklus|deuxieme cycle|segundo ciclo|secondo ciclo|laurea magistrale|"
    "livello laurea magistrale|mestrado|tweede cyclus|studia drugiego stopnia|drugi stopien|magister|"
    "avancerad niva|магистър|magistersky|navazujici magisterske studium|mesterkepzes",
    "third": "third cycle|3rd cycle|cycle 3|doctorate|doctoral|doctoral level|phd|dritter zyklus|promotion|"
    "troisieme cycle|doctorat|tercer ciclo|doctorado|terzo ciclo|dottorato|terceiro ciclo|doutoramento|"
    "derde cyclus|doktorat|studia trzeciego stopnia|forskarniva|доктор|doktorsky|doktorske studium|doktori kepzes",
}
_CYCLE_BY_WORDS: dict[str, str] = {
    words: cycle for cycle, listed in _CYCLE_WORDS.items() for words in listed.split("|")
}
_CYCLES = frozenset(_CYCLE_WORDS)


def _country_after_place(text: str) -> str | None:
    """The country a place is written with, after a comma ("Berlin, Germany", "Wien, Österreich"), when the place
    before it names none ("Germany, Austria" is two countries); or a country's name as ISO 3166 sorts it, its form
    of state after a comma ("Korea, Republic of", "Moldova, Republic of", "Netherlands, The")."""
    place, comma, country = text.rpartition(",")
    if not comma or not place.strip() or len(text) > _PLACE_CHARS or "," in place:
        return None
    if country.split() and all(word.casefold() in _STATE_FORM_WORDS for word in country.split()):
        return code(place.strip(), "countries")
    named = code(country.strip(), "countries")
    return named if named is not None and code(place.strip(), "countries") is None else None


# Longer texts are never read as a place and its country.
_PLACE_CHARS = 80
# The words of a form of state that ISO 3166's sorted names put after a comma ("Republic of", "the Federal Republic
# of", "United Republic of", "Kingdom of", "The").
_STATE_FORM_WORDS = frozenset(
    {"the", "of", "republic", "federal", "united", "kingdom", "democratic", "islamic", "people's", "grand", "duchy"}
    | {"principality", "plurinational", "state", "bolivarian", "former", "yugoslav"}
)


def cycle_named(text: str) -> str | None:
    """The QF-EHEA cycle a provider's words name ("primer ciclo", "Master level", "1st cycle"), or ``None``."""
    return _CYCLE_BY_WORDS.get(" ".join(re.findall(r"[^\W_]+", unaccented(text))))


def enum_named(text: str, allowed: frozenset[str] | set[str]) -> str | None:
    """The one allowed value a provider's words name: a word of ``value-aliases.yaml`` (:func:`concept_for`), a
    QF-EHEA cycle by its name or its degree's ("Bachelor", "1st cycle") where the cycles are what is allowed, or a
    supervision by what its words say of it (:func:`supervision_named`) where the supervisions are."""
    found = concept_for(text, allowed)
    if found is None and allowed == _CYCLES:
        found = cycle_named(text)
    if found is None and allowed == _supervisions():
        found = supervision_named(text)
    return found


@functools.cache
def _supervisions() -> frozenset[str]:
    """Annex I O2 as the descriptor gives it (the supervision vocabulary's slugs): whether the assessment is
    supervised, and where the identity is checked."""
    return frozenset(vocab.get("supervision").concepts)


# What the words of a supervision say, in the seven languages of the interface: the assessment is watched, the
# identity is checked, it is taken online or on site; a word of denial before a word says the opposite ("no ID
# check", "ohne Ausweiskontrolle").
_WATCHED = (
    r"supervised|supervision|proctored|proctoring|invigilated|invigilation|monitored|beaufsichtigt\w*|aufsicht"
    r"|überwacht\w*|surveillée?s?|surveillance|supervisad[oa]s?|supervisión|vigilad[oa]s?|sorvegliat[oa]|sorveglianza"
    r"|supervisionat[oa]|onder toezicht|toezicht|gesurveilleerd|nadzorowan\w*|nadzor\w*|pod nadzorem"
)
_ID_CHECKED = (
    r"id|ids|identity|identification|ausweis\w*|identität\w*|identitäts\w*|lichtbildausweis|identité|identidad|dni"
    r"|identità|identiteit\w*|legitimatie|tożsamości|legitymacj\w*"
)
_ONLINE = r"online|remote|remotely|en ligne|à distance|distanciel|en línea|a distancia|a distanza|op afstand|zdaln\w*"
_ON_SITE = (
    r"on-site|onsite|on site|on campus|in person|in-person|vor ort|präsenz|présentiel|en présentiel|sur place"
    r"|presencial|in presenza|in sede|op locatie|op de campus|stacjonarn\w*|test cent(?:re|er)|exam hall|prüfungsraum"
)
_DENIAL = r"no|not|without|ohne|keine?|sans|aucune?|sin|senza|nessuna?|zonder|geen|bez|brak"
_SUPERVISION_WORDS = regex(
    rf"(?<!\w)(?:(?P<denied>(?:{_DENIAL})\s+(?:\w+\s+)?)?(?:(?P<watched>{_WATCHED})|(?P<id>{_ID_CHECKED})"
    rf"|(?P<online>{_ONLINE})|(?P<onsite>{_ON_SITE})))(?!\w)",
    re.IGNORECASE,
)
# Longer texts are never read as a supervision by their words.
_SUPERVISION_CHARS = 120


def supervision_named(text: str) -> str | None:
    """The supervision a provider's words give: watched with the identity checked online or on site ("Online-
    Proctoring mit Ausweiskontrolle", "supervised on site, ID checked"), watched with the check denied ("supervised,
    no ID check", "unter Aufsicht, ohne Ausweiskontrolle"), not watched and the identity not checked ("Online-Prüfung
    ohne Aufsicht", "not proctored, no ID check"); ``None`` where the words are silent on the identity check of a
    watched assessment ("proctored": no guess), check it without saying where, or check it unwatched (no such value)."""
    if len(text) > _SUPERVISION_CHARS:
        return None
    said: dict[str, bool] = {}
    for match in _SUPERVISION_WORDS.finditer(text):
        kind = next(name for name in ("watched", "id", "online", "onsite") if match.group(name))
        said[kind] = said.get(kind, True) and not match.group("denied")
    if said.get("watched") is False and not said.get("id", False):
        return "unsupervised-no-id-check"
    if not said.get("watched", said.get("id", False)) or "id" not in said:
        return None
    if not said["id"]:
        return "supervised-no-id-check"
    online, onsite = said.get("online", False), said.get("onsite", False)
    if online == onsite:
        return None
    return "supervised-online-id-check" if online else "supervised-onsite-id-check"


def _allowed(found: str | None, allowed: frozenset[str]) -> str | None:
    return found if found in allowed else None


# A direction mark opening or closing a text or beside a bracket, as Moodle writes a language
# ("English \u200e(en)\u200e"): it orders how the text shows, and names nothing.
_DIRECTION_MARK = regex(
    r"^[\u200e\u200f\u061c]+|[\u200e\u200f\u061c]+$|[\u200e\u200f\u061c]+(?=[(\[])|(?<=[)\]])[\u200e\u200f\u061c]+"
)
_CODE_WITH_LABEL = regex(r"^(\S+)\s+[-–—:]\s+\S|^(\d[\d.]*)\s+(?=[^\W\d])")
# A year closing a standard's code, after a space or a colon ("ESG 2015", "ISO 21001:2018"); begun where the spaces
# before it begin.
_VERSION = regex(r"(?<![\s:])[\s:]+(?:19|20)\d\d$")
# A note in brackets closing a text, with the spaces before it (begun where they begin, never inside a run of
# spaces, each place of which would be tried to the run's end).
_CLOSING_NOTE = regex(r"(?<!\s)\s*\([^()]*\)\s*$")
# The units of a length of time, an extent or a weight noted after a value ("Klausur 60 Min.", "Workshop, 2 days",
# "Seminar 2 SWS", "Projekt 50 %").
NOTE_UNITS = (
    r"%|min|mins|minutes?|Minuten|minuti|minutos|minuten|minut|minuty|h|hrs?|hours?|Std|Stunden|heures?|ore|horas?|uur"
    r"|days?|Tage?|jours?|días|giorni|dagen|dni|weeks?|Wochen|semaines|semanas|settimane|weken|tygodni|SWS|ECTS"
)
# A weight opening or closing a cell, a length of time closing it ("Klausur 60 Min.", "written exam, 90 minutes"), or a
# note after a dash closing it: begun where the spaces before it begin, and with no two runs of spaces that could
# share one, so a cell of any length is read in linear time.
_WEIGHT = regex(
    r"^\d{1,3}(?:[.,]\d+)?\s*%\s*[-–—:]?\s*"
    r"|(?<!\s)\s*(?:[-–—:]\s*)?\d{1,3}(?:[.,]\d+)?\s*%$"
    rf"|(?<![\s,]),?\s*\d{{1,3}}\s*(?:{NOTE_UNITS})\.?$"
    r"|(?<!\s)\s+[-–—]\s[^-–—]*$",
    re.IGNORECASE,
)


def number(text: str) -> int | float | None:
    """The number a text holds as providers write it: thousands grouped by spaces, apostrophes or commas (or dots
    before a decimal comma), a decimal comma of one or two digits (or after grouped thousands); ``None`` for any
    other text and for one no float holds."""
    text = ascii_minus(plain_digits(text)).strip()
    if _DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    elif _DECIMAL_COMMA_THOUSANDS.match(text):
        text = re.sub(r"[.\u00a0 ]", "", text).replace(",", ".")
    elif _THOUSANDS.match(text):
        text = re.sub(r"[,\u00a0 ]", "", text)
    try:
        found = float(text)
    except ValueError:
        return None
    if not math.isfinite(found):
        return None
    return int(found) if found.is_integer() else found


def sure_number(text: str) -> float | None:
    """:func:`number` as a float, ``None`` also for a text whose dots may group thousands (``1.000``)."""
    found = None if dot_may_group_thousands(text.strip()) else number(text)
    return None if found is None else float(found)


# A minus sign as word processors and typographers write it before a number, alone or after a space: the minus
# sign (U+2212), a hyphen (U+2010, U+2011), a figure or en dash, and the small and full-width hyphen-minus
# ("−4", "EQF ‐5", "–7"). The dash of "6 – Bachelor" is followed by a space, the hyphen of "EQF-6" follows a letter.
MINUS_SIGNS = "\u2212\u2010\u2011\u2012\u2013\ufe63\uff0d"
_MINUS_SIGN = regex(rf"(?<!\S)[{MINUS_SIGNS}](?=\d)")


def ascii_minus(text: str) -> str:
    """``text`` with a minus sign before a number written as the ASCII one (``−4`` is ``-4``), so that a negative
    number is read as negative, never as the positive one."""
    return _MINUS_SIGN.sub("-", text)


def plain_digits(text: str) -> str:
    """``text`` with thousands grouped by plain spaces only (``1\u202f250`` is ``1 250``, ``1'250`` is ``1250``)."""
    return _GROUPING_APOSTROPHE.sub("", text.translate(_GROUPING_SPACES))


_DECIMAL_COMMA = regex(r"^[+-]?\d+,\d{1,2}$")
_DECIMAL_COMMA_THOUSANDS = regex(r"^[+-]?\d{1,3}(?:[.\u00a0 ]\d{3})+,\d+$")
_THOUSANDS = regex(r"^[+-]?\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?$")
# The spaces locales group thousands with besides a plain one (a no-break, a narrow no-break and a thin space, as
# Excel and macOS write French and Polish numbers), and the apostrophe of Swiss numbers ("1'250.00", "1’250.00").
_GROUPING_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_GROUPING_APOSTROPHE = regex(r"(?<=\d)['’](?=\d{3}(?!\d))")


def price(text: str) -> tuple[float | None, str | None] | None:
    """The amount (``None`` when its dots may group thousands) and the currency as written (a code, sign or
    name, or ``None``) of a price written as text (:func:`price_written`); ``None`` for any other text."""
    written = price_written(text)
    return None if written is None else (sure_number(written[0]), written[1])


def price_written(text: str) -> tuple[str, str | None] | None:
    """The number and the currency as written (a code, sign or name, or ``None``) of a price written as text, one
    number with its currency before or after it, and a note on the tax after them ("890 € zzgl. MwSt.", "250 € +
    IVA", "600 € HT"); a word for free of charge ("kostenlos", "gratuit") is 0 in no currency; a reduced price in
    a closing note ("495 € (ermäßigt 295 €)") leaves the full one; a dot before three digits groups thousands in a
    currency of cents ("1.200 €" is 1200: :func:`_cent_digits`); ``None`` for any other text. The one reading of a
    price text, for descriptors and spreadsheet cells alike."""
    if len(text) > _PRICE_CHARS:
        return None
    if free(text):
        return "0", None
    full = _REDUCED_PRICE.sub("", plain_digits(text).strip())
    full = _CURRENCY_IN_BRACKETS.sub(r" \1", _PER_PERSON.sub("", full.rstrip("*").rstrip()))
    found = _PRICE.fullmatch(whole_amount(without_tax_note(_without_funding_note(full))))
    if found is None or (found.group(1) and found.group(3)):
        return None
    word = found.group(1) or found.group(3)
    if word and not _CURRENCY_WORD.fullmatch(word) and (currency(word) is None or _PER_PART.search(word)):
        return None
    figure = found.group(2)
    code = price_currency(word) if word else None
    if ((code is not None and _cent_digits(code) < 3) or (word and crowns(word))) and dot_may_group_thousands(figure):
        figure = figure.replace(".", "")
    return figure, word


def _without_funding_note(text: str) -> str:
    """A price of nothing without a closing note in brackets, of no figure, on who pays it ("€0 (ESF+ funded)",
    "0 € (gefördert durch das Land)"); any other text as it is."""
    note = _CLOSING_NOTE.search(text)
    if note is None or any(c.isdigit() for c in note.group()):
        return text
    head = text[: note.start()]
    found = _PRICE.fullmatch(head)
    return head if found is not None and found.group(2).strip("0.,") == "" else text


def crowns(word: str) -> bool:
    """Whether a currency is written "kr" or a word several countries' crowns share ("kroner", Danish and
    Norwegian), the crowns of Denmark, Norway, Sweden and Iceland alike: which of them the amount is in, the column's
    header or the price's currency tells (none has three digits after its point)."""
    return word.casefold().removesuffix(".") in _CROWN_WORDS


# The crowns' sign and the names of them two countries share (Danish and Norwegian "krone", "kroner"; Swedish and
# Icelandic "krona"); "kronor" is Swedish alone, "krónur" Icelandic (:data:`_CURRENCY_NAMES`).
_CROWN_WORDS = frozenset({"kr", "krone", "kroner", "krona"})


# The crowns ("kr") of each country that pays in them: Greenland and the Faroe Islands in Danish ones.
CROWNS_BY_COUNTRY = {"DK": "DKK", "GL": "DKK", "FO": "DKK", "SE": "SEK", "NO": "NOK", "IS": "ISK"}


def crowns_of(countries: Iterable[object]) -> str | None:
    """The ISO 4217 code of the crowns ("kr") a price is in, when the countries given (its awarding bodies') pay in
    one kind of them alone; ``None`` when they name none or several."""
    found = {CROWNS_BY_COUNTRY.get(c) for c in countries if isinstance(c, str)} - {None}
    return found.pop() if len(found) == 1 else None


@functools.cache
def _cent_digits(code: str) -> int:
    """The digits after the decimal point of an amount in a currency (ISO 4217's minor unit, as the CLDR gives it):
    a price of three digits after a dot ("1.200 €") groups thousands unless the currency has three (KWD, TND)."""
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code))


# A web address in a text: with its scheme, or from "www." on (a catalogue's "www.hva.nl/data-ethics").
_ADDRESS = regex(r"(?:https?://|www\.)[^\s<>()\[\]\"']+", re.IGNORECASE)
# A host name elsewhere in the text: a second address (a label of at most 63 characters, as DNS has them, begun where
# a word begins, so a text is searched in linear time).
_HOST_LIKE = regex(r"(?<![\w-])[\w-]{1,63}\.[a-z]{2,}(?:/|(?![\w.]))", re.IGNORECASE)
# What may follow an address: the bracket or the punctuation that closes it, and a note in brackets (a word after it
# may be the rest of an address typed with a space: "https://www.hva.nl/data ethics").
_AFTER_ADDRESS = regex(r"[>)\].,;:!?]*(?:\s*\([^()]*\))?\s*$")
# Longer texts are never read as a web address with words beside it.
_URL_CHARS = 500


def url_written(text: str) -> str | None:
    """The one web address a text gives as catalogues write it: in angle brackets ("<https://...>"), as a Markdown
    link ("[Info](https://...)"), after a word or two ("see https://..."), with a note after it ("https://...
    (Dutch)"), or without its scheme ("www.hva.nl/data-ethics" is https://www.hva.nl/data-ethics); ``None`` for a
    text that gives none or two."""
    if len(text) > _URL_CHARS:
        return None
    found = list(_ADDRESS.finditer(text))
    if len(found) != 1 or _HOST_LIKE.search(text[: found[0].start()] + " " + text[found[0].end() :]):
        return None
    if not _AFTER_ADDRESS.match(text, found[0].end()):
        return None
    address = found[0].group().rstrip(".,;:!?")
    return address if address[:4].lower() == "http" else f"https://{address}"


def amount_currency(word: str) -> str | None:
    """The ISO 4217 code of the currency a word beside an amount reads it in: a currency (:func:`currency`), a
    sign that is a word too (``Fr 90``) or the withdrawn code of a currency the euro replaced, in capitals ("750
    HRK", which MC-VC-004 tells); never ``$`` (which dollar?), which only a hint offers."""
    folded = word.strip().casefold()
    if folded in _WORD_SIGNS:
        return CURRENCY_SIGNS[folded]
    return currency(word) or (word.strip() if word.strip() in REPLACED_BY_EURO else None)


def price_currency(word: str) -> str | None:
    """The ISO 4217 code of a currency written beside an amount, where ``$`` is the US dollar."""
    return currency_sign(word, beside_amount=True) or currency(word)


def free(text: str) -> bool:
    """Whether a price is given as a word for free of charge ("free", "kostenlos", "gratuit", "bezpłatny"), also with a
    closing note in brackets on who pays ("free (funded by the ESF+)", "kostenlos (gefördert durch das Land)")."""
    note = _CLOSING_NOTE.search(text)
    return normalise(text[: note.start()] if note else text) in FREE_WORDS


# A price typed as a word for free of charge, as :func:`qa_checker.aliases.normalise` gives it, in the languages the
# aliases read.
FREE_WORDS = frozenset(
    {"free", "freeofcharge", "gratis", "kostenlos", "kostenfrei", "unentgeltlich", "gebuhrenfrei", "gratuit"}
    | {"gratuite", "gratuito", "gratuita", "gratuiti", "kosteloos", "bezpłatny", "bezpłatne", "bezpłatnie"}
    | {"avgiftsfri", "kostnadsfri", "maksuton", "ilmainen", "zdarma", "bezplatne", "bezplatny", "bezplatna"}
    | {"ingyenes", "безплатно", "безплатен", "δωρεαν", "tasuta", "nemokamai", "nemokamas", "nemokama"}
    | {"bezmaksas", "brezplacno", "besplatno", "besplatan", "bxejn", "saorinaisce", "gratuitement"}
)


def without_tax_note(text: str) -> str:
    """A price text without the note on the tax that closes it ("zzgl. MwSt.", "inkl. 19 % MwSt.", "+ ÁFA",
    "(VAT included)", "HT"): its words from the end while each is a tax's name, a word saying whether it is
    included, a rate or a sign; the text as it is when no tax is named."""
    words = text.split()
    kept, taxed = len(words), False
    while kept > 1:
        word = words[kept - 1]
        key = normalise(word)
        if key in _TAX_NAMES:
            taxed = True
        elif word.strip("+()[]%") and key not in _TAX_NOTE_WORDS and not (key.isdigit() and len(key) <= 2):
            break
        kept -= 1
    return " ".join(words[:kept]) if taxed else text


# Value added tax by its names and abbreviations in the EU's languages (VAT, MwSt., USt., TVA, IVA, BTW, moms, ALV,
# DPH, ÁFA, DDV, PDV, PVM, PVN, KM, ΦΠΑ, ДДС), the French HT and TTC (before and with the tax), and net and gross, as
# :func:`qa_checker.aliases.normalise` gives them.
_TAX_NAMES = frozenset(
    {"vat", "mwst", "ust", "tva", "iva", "btw", "moms", "alv", "dph", "afa", "ddv", "pdv", "pvm", "pvn", "km"}
    | {"φπα", "ддс", "ht", "ttc", "tax", "taxes", "netto", "brutto", "net", "gross"}
)


# The words of a price's note on the tax that say it is the price with the tax (TTC, brutto, incl. VAT).
GROSS_WORDS = frozenset({"ttc", "brutto", "gross", "incl", "inkl", "including", "inclusive", "inklusive", "included"})


def is_tax_word(word: str) -> bool:
    """Whether a word names value added tax, or says a price is with or without it (HT, TTC, netto, VAT)."""
    return normalise(word.strip(" .()")) in _TAX_NAMES


# The words saying whether the tax is included, in the same languages, with the words for with and without of
# Polish, Czech, Slovak, Slovene, Croatian, Lithuanian, Latvian and Portuguese, Italian "più" and Maltese "inkluż".
_TAX_NOTE_WORDS = frozenset(
    {"incl", "inkl", "including", "included", "inclusive", "inklusive", "zzgl", "zuzuglich", "plus", "excl", "exkl"}
    | {"excluding", "excluded", "exclusive", "ex", "hors", "compris", "comprise", "incluida", "incluido", "incluso"}
    | {"inclusa", "esclusa", "escluso", "inclusief", "exclusief", "bez", "vc", "vcetne", "vratane", "sin", "con"}
    | {"cu", "fara", "με", "χωρισ", "без", "с", "ohne", "mit", "ekskl", "sis", "ilman", "sisaltaa", "utan", "med"}
    | {"z", "s", "sa", "brez", "su", "be", "ar", "com", "sem", "piu", "inkluz", "eskluz"}
)


# A closing note in brackets giving a reduced price beside the full one ("495 € (ermäßigt 295 €)", "€ 300 (students
# € 150)", "(tarif réduit 295 €)"): the offering's price is the full one.
_REDUCED_PRICE = regex(
    r"\s*\((?i:[^()]*?\b(?:ermäßigt|ermässigt|reduziert|reduced|concession|concessions|student|students|studierende"
    r"|réduit|reducido|reducida|ridotto|ridotta|ulgowa|ulgowy|ulgowe|gereduceerd|zlevněné|kedvezményes|alennettu"
    r"|nedsat|reducerat|early[- ]bird|Frühbucher\w*|early booking|préférentiel|anticipad[oa]|vroegboek\w*)\b[^()]*)\)$"
)
# A price's closing words saying it is each learner's ("950 € pro Person", "EUR 950 per participant", "950 € /
# Teilnehmer", "1 800 zł od osoby"): the offering's price, as a price is. A currency in brackets after the amount
# ("950 (EUR)") is its currency.
_PER_PERSON = regex(
    r"\s*(?:\(\s*)?(?:/|per|pro|par|por|a|je|za|od|na)\s*(?:person|personne|persona|persoon|osob[ęy]|participants?"
    r"|participante|partecipante|Teilnehmer\w*|Teilnehmende\w*|deelnemer|uczestnika|learner|head)\s*\)?$",
    re.IGNORECASE,
)
# Words beside an amount that make it a part's or a period's price ("950 € (per module)", "90 € pro Monat").
_PER_PART = regex(
    r"(?<![^\W\d_])(?:per|pro|par|por|a|an|je|za|na|/)\s*(?:modul\w*|módulo|moduł\w*|months?|monat\w*|mois|mes|mese"
    r"|maand|miesiąc\w*|weeks?|woche\w*|semaine|semana|settimana|tydzień|semesters?|semestre|days?|tag\w*|jour|día"
    r"|giorno|dzień|hours?|stunde\w*|heure|hora|ora|uur|godzin\w*|sessions?|sitzung\w*|séance|sesión|lezione|les"
    r"|lekcj\w*|ECTS|credits?|crédits?|créditos?|crediti|instalments?|installments?|rate|Rate)(?![^\W\d_])",
    re.IGNORECASE,
)
_CURRENCY_IN_BRACKETS = regex(r"\s*\(([^\W\d_]{1,4}\.?|[€£$])\)$")


def whole_amount(text: str) -> str:
    """A price text without the dash that marks a whole amount ("Fr. 450.–", "1.200,–" is 1200)."""
    whole = _WHOLE_AMOUNT.search(text)
    if whole is None:
        return text
    text = _WHOLE_AMOUNT.sub("", text)
    return _GROUPING_DOT.sub("", text) if whole.group(1) == "," else text


# The dash that marks a whole amount of money after its decimal mark ("€ 450,-", "450,-- EUR", Swiss "CHF 1'250.–"),
# before a currency that may end in an abbreviation's dot ("1'250.– SFr."); before a decimal comma, a whole amount's
# dots group thousands.
_WHOLE_AMOUNT = regex(r"(?<=\d)([,.])[-–—]{1,2}(?=\s*(?:[^\d,.]|(?<=[^\W\d_])\.)*$)")
_GROUPING_DOT = regex(r"(?<=\d)\.(?=\d{3}(?!\d))")


def currency_in(text: str) -> str | None:
    """The one currency a price text names beside its amounts when the amount cannot be read ("€ 300 – 500",
    "członkowie 400 zł, pozostali 600 zł", "1 200 Kč / měsíc"); ``None`` when it names none or several."""
    found = {amount_currency(word) for word in _CURRENCY_TOKEN.findall(text[:_PRICE_CHARS])} - {None}
    return found.pop() if len(found) == 1 else None


# Longer texts are never a price.
_PRICE_CHARS = 100
# The words and signs of a text that may name its currency ("zł", "лв.", "€", "EUR").
_CURRENCY_TOKEN = regex(r"[^\W\d_]+\.?|[^\w\s.,;:/()+\-–—%']")
_SIGN = "|".join(re.escape(sign) for sign in sorted(CURRENCY_SIGNS, key=len, reverse=True))
# A currency's code or sign beside an amount, read or not ("XYZ" is a currency the dataset names unread).
# "kr" (which krona?) gives an amount, but no currency.
_CURRENCY_WORD = regex(rf"[A-Z]{{3}}|(?i:(?:{_SIGN}|{'|'.join(sorted(_CROWN_WORDS, key=len, reverse=True))})\.?)")
# A price as a text: one number, with words (its currency's code, sign or name) before or after it; its thousands
# may be grouped by spaces, or by dots before a decimal comma ("1.200,50") or commas before a decimal point
# ("1,200.50"). The words begin and end with no space, so that a text of any length is read in linear time.
_NUMBER = (
    r"\d{1,3}(?: \d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}(?:,\d{3})+\.\d{1,2}"
    r"|\d{1,9}(?:[.,]\d{1,6})?"
)
_WORDS = r"[^\d\s](?:[^\d]*[^\d\s])?"
_PRICE = regex(rf"({_WORDS})?\s*({_NUMBER})\s*({_WORDS})?")
