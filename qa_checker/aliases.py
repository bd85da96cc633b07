"""The names and words providers use for the descriptor's fields and values, besides its own.

Two bundled tables, written for qa-checker: ``schemas/column-aliases.yaml`` (a field's names in
sixteen languages, as spreadsheet headers and hand-written keys use them) and
``schemas/value-aliases.yaml`` (a vocabulary concept's words: "hybrid" for blended). The spreadsheet
reader maps them silently; the schema's messages suggest them for a key or a value it does not know.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date

from qa_checker import vocab
from qa_checker.patterns import regex
from qa_checker.resources import bundled, bundled_yaml

ALIASES_FILE = "column-aliases.yaml"
VALUE_ALIASES_FILE = "value-aliases.yaml"
# The languages whose names of countries and languages a catalogue's cells may be written in: the EU's
# and its neighbours'.
NAME_LOCALES = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv no is tr sq mk sr uk lb"
# ISO 639-2 bibliographic codes that differ from the terminology codes of the EU language table, by the language's
# ISO 639-1 code.
ISO639_2B = {
    "alb": "sq", "arm": "hy", "baq": "eu", "bur": "my", "chi": "zh", "cze": "cs", "dut": "nl", "fre": "fr",
    "geo": "ka", "ger": "de", "gre": "el", "ice": "is", "mac": "mk", "mao": "mi", "may": "ms", "per": "fa",
    "rum": "ro", "slo": "sk", "tib": "bo", "wel": "cy",
}  # fmt: skip

ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
"""The Roman numerals of one to ten, in capitals, as levels are written in them ("EQF VI", "poziom VII")."""


def roman_number(text: str) -> int | None:
    """The number a Roman numeral of :data:`ROMAN_NUMERALS` stands for, or ``None``."""
    return ROMAN_NUMERALS.index(text) + 1 if text in ROMAN_NUMERALS else None


# A language tag with a region or script (BCP 47 "pt-PT", "en-GB", "sr-Latn"; a locale "de_AT").
_REGIONAL_TAG = regex(r"([A-Za-z]{2})[-_](?:[A-Za-z]{2}|[A-Za-z]{4}|\d{3})")
# No language code in any form is longer than a tag with a script and a region.
_TAG_CHARS = 16


# Words that may come before a language's name (normalised): "Title in English", "Titre en français", "Titel auf
# Deutsch", "Titel in het Nederlands", "Titolo in lingua inglese", "Título en lengua inglesa", "Tytuł w języku
# angielskim", "Tytuł (j. angielski)", "Tytuł po angielsku"; a cell "auf Englisch", "in English".
LANGUAGE_PREPOSITIONS = frozenset(
    {"in", "en", "auf", "op", "het", "de", "w", "po", "j", "jezyku", "jezyk", "lingua", "lengua", "langue", "sprache"}
    # Swedish, Danish and Norwegian "på", Portuguese "em", Greek "στα", Irish "as", Czech and Slovak "v", Croatian,
    # Slovene and Bulgarian "na"
    | {"pa", "em", "στα", "στην", "σε", "as", "v", "ve", "na", "на"}
)
# The word for "language" (normalised) a language's name is written with, before or after it, perhaps inflected:
# "inglise keel(es)", "anglų kalba", "angļu valodā", "angol nyelv(en)", "английски език", "anglický jazyk", "v
# anglickém jazyce", "na engleskom jeziku", "αγγλική γλώσσα", "englannin kieli", "limba engleză", "język angielski".
LANGUAGE_WORDS = frozenset(
    {"keeles", "keel", "kalba", "kalbos", "valoda", "nyelven", "nyelv", "език", "jazyk", "jazyce", "jezik", "jeziku"}
    | {"γλωσσα", "kieli", "limba", "lingua", "jezyk"}
)


def language_meant(code: str) -> str | None:
    """The ISO 639-1 code a language code written in another form stands for: in capitals (``EN``), with a
    region or script (``en-GB``), or as an ISO 639-2 code (``eng``, ``ger``); ``None`` for any other (``gsw``,
    ``vls`` have none)."""
    return _language_meant(code.strip()) if len(code) <= _TAG_CHARS else None


@functools.lru_cache(maxsize=1024)
def _language_meant(text: str) -> str | None:
    known = vocab.get("languages")
    regional = _REGIONAL_TAG.fullmatch(text)
    primary = (regional.group(1) if regional else text).lower()
    if primary in known:
        return primary
    if primary in ISO639_2B:
        return ISO639_2B[primary]
    return next((slug for slug, concept in known.concepts.items() if primary.upper() == concept.get("eu_code")), None)


# Latin letters that Unicode does not decompose into a base letter and an accent, as their languages spell
# them without it (Danish "læring" is "laering").
_UNDECOMPOSED = str.maketrans(
    {"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
)


def other_iso_language(text: str) -> str | None:
    """The ISO 639-1 code of a language outside the EU language authority table the vocabulary bundles
    (Sanskrit, Marathi, Tagalog ...), given by its code or its English name; ``None`` for any other text."""
    key = text.strip().casefold()
    return key if key in other_iso_languages() else _other_iso_codes().get(key)


def language_label(code: str) -> str:
    """The English name of a language of the bundled vocabulary or of :func:`other_iso_languages`."""
    return other_iso_languages().get(code) or vocab.get("languages").label(code)


@functools.cache
def other_iso_languages() -> dict[str, str]:
    """The ISO 639-1 codes the CLDR (as Babel ships it) names and the EU table lacks, with their English names;
    ``sh`` (Serbo-Croatian) is withdrawn from ISO 639-1."""
    from babel import Locale

    known = vocab.get("languages")
    return {
        code: name
        for code, name in Locale.parse("en").languages.items()
        if len(code) == 2 and code.isalpha() and code.islower() and code not in known and code != "sh"
    }


@functools.cache
def _other_iso_codes() -> dict[str, str]:
    return {name.casefold(): code for code, name in other_iso_languages().items()}


def unaccented(text: str) -> str:
    """The text in lower case without accents."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return letters.translate(_UNDECOMPOSED)


def normalise(header: str) -> str:
    """A name reduced to lower-case letters and digits without accents, for matching."""
    text = unicodedata.normalize("NFKD", str(header)).casefold()
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


@functools.cache
def field_aliases() -> dict[str, str]:
    """The field names table: normalised name -> dotted path of the field."""
    raw: dict[str, list[str]] = bundled_yaml(bundled("schemas", ALIASES_FILE))
    table: dict[str, str] = {}
    for path, names in raw.items():
        for name in names:
            table[normalise(name)] = path
    return table


@functools.cache
def value_aliases() -> dict[str, dict[str, list[str]]]:
    """The words catalogues use for a vocabulary's concepts: vocabulary -> slug -> words."""
    loaded: dict[str, dict[str, list[str]]] = bundled_yaml(bundled("schemas", VALUE_ALIASES_FILE))
    return loaded


@functools.cache
def _concept_words() -> dict[str, tuple[str, ...]]:
    """Every word of the value table, as :func:`concept_key` gives it -> the concepts (slugs) it names, of any
    vocabulary."""
    found: dict[str, list[str]] = {}
    for concepts in value_aliases().values():
        for slug, words in concepts.items():
            for word in words:
                found.setdefault(concept_key(str(word)), []).append(slug)
    return {word: tuple(dict.fromkeys(slugs)) for word, slugs in found.items()}


def concept_key(word: str) -> str:
    """A word of the value table as it is looked up: casefolded, its words joined by one space whether spaces,
    hyphens or underscores stood between them ("Multiple-Choice-Test" and "multiple choice test" are one)."""
    return WORD_JOINER.sub(" ", word.casefold()).strip()


WORD_JOINER = regex(r"[\s_\-‐–]+")


def concept_for(word: str, allowed: frozenset[str] | set[str]) -> str | None:
    """The one allowed value a provider's word names ("hybrid" -> blended), if the table knows it."""
    slugs = [s for s in _concept_words().get(concept_key(word), ()) if s in allowed]
    return slugs[0] if len(slugs) == 1 else None


# Number words of the EU's 24 languages (CLDR's spelled-out cardinals, "spellout-numbering"), 0-20, 30 and 100,
# with the stems compounds join ("pěti-", "pięcio-", "kümne-", "δεκά-"); "to" (Danish and Norwegian two) is left
# out: it is the English word between a range's ends.
NUMBER_WORDS: dict[int, str] = {
    0: "zero null nul nula nolla nulla nulle zéro cero noll nulis μηδέν нула żero náid",
    1: "one eins een uno um una jeden jedna jedan ena egy yksi üks viens vienas unu wieħed aon ένα едно",
    2: "two zwei deux due dos dois twee två kaksi kaks divi du dwa dva dve dvije kettő doi две два δύο tnejn dó",
    3: "three drei trois tre tres três drie kolme kolm trīs trys trzy tři tri három trei три τρία τρεις tlieta trí",
    4: "four vier quatre quattro cuatro quatro fyra fire neljä neli četri keturi cztery čtyři čtyř štyri štiri"
    " četiri négy patru четири τέσσερα τετρά erbgħa ceathair",
    5: "five fünf cinq cinque cinco vijf fem viisi viis viie pieci penki pięć pięci pět päť pet öt cinci пет πέντε"
    " πεντά ħamsa cúig",
    6: "six sechs sei seis zes sex seks kuusi kuus kuue seši šeši sześć sześci šest šesť hat șase шест έξι εξά"
    " sitta sé",
    7: "seven sieben sept sette siete sete zeven sju syv seitsemän seitse seitsme septiņi septyni siedem siedmi sedm"
    " sedem sedam hét șapte седем επτά εφτά sebgħa seacht",
    8: "eight acht huit otto ocho oito åtta otte kahdeksan kaheksa astoņi aštuoni osiem ośmi osm osem osam nyolc opt"
    " осем οκτώ οχτώ tmienja ocht",
    9: "nine neun neuf nove nueve negen nio ni yhdeksän üheksa deviņi devyni dziewięć dziewięci devět deväť devet"
    " kilenc nouă девет εννέα εννιά disgħa naoi",
    10: "ten zehn dix dieci diez dez tien tio ti kymmenen kymmen kümme kümne desmit dešimt dziesięć dziesięci deset"
    " desať tíz zece десет δέκα δεκά għaxra deich",
    11: "eleven elf onze undici once elva elleve yksitoista üksteist vienpadsmit vienuolika jedenaście jedenáct"
    " jedenásť enajst jedanaest tizenegy unsprezece единадесет έντεκα ħdax",
    12: "twelve zwölf douze dodici doce doze twaalf tolv kaksitoista kaksteist divpadsmit dvylika dwanaście dvanáct"
    " dvanásť dvanajst dvanaest tizenkettő doisprezece дванадесет δώδεκα tnax",
    13: "thirteen dreizehn treize tredici trece treze dertien tretton tretten kolmetoista kolmteist trīspadsmit"
    " trylika trzynaście třináct trinásť trinajst trinaest tizenhárom treisprezece тринадесет δεκατρία tlettax",
    14: "fourteen vierzehn quatorze quattordici catorce catorze veertien fjorton fjorten neljätoista neliteist"
    " četrpadsmit keturiolika czternaście čtrnáct štrnásť štirinajst četrnaest tizennégy paisprezece"
    " четиринадесет δεκατέσσερα erbatax",
    15: "fifteen fünfzehn quinze quindici quince vijftien femton femten viisitoista viisteist piecpadsmit penkiolika"
    " piętnaście patnáct pätnásť petnajst petnaest tizenöt cincisprezece петнадесет δεκαπέντε ħmistax",
    16: "sixteen sechzehn seize sedici dieciséis dezasseis zestien sexton seksten kuusitoista kuusteist sešpadsmit"
    " šešiolika szesnaście šestnáct šestnásť šestnajst šesnaest tizenhat șaisprezece шестнадесет δεκαέξι sittax",
    17: "seventeen siebzehn dix-sept diciassette diecisiete dezassete zeventien sjutton sytten seitsemäntoista"
    " seitseteist septiņpadsmit septyniolika siedemnaście sedmnáct sedemnásť sedemnajst sedamnaest tizenhét"
    " șaptesprezece седемнадесет δεκαεπτά sbatax",
    18: "eighteen achtzehn dix-huit diciotto dieciocho dezoito achttien arton atten kahdeksantoista kaheksateist"
    " astoņpadsmit aštuoniolika osiemnaście osmnáct osemnásť osemnajst osamnaest tizennyolc optsprezece"
    " осемнадесет δεκαοκτώ tmintax",
    19: "nineteen neunzehn dix-neuf diciannove diecinueve dezanove dezenove negentien nitton nitten yhdeksäntoista"
    " üheksateist deviņpadsmit devyniolika dziewiętnaście devatenáct devätnásť devetnajst devetnaest tizenkilenc"
    " nouăsprezece деветнадесет δεκαεννέα dsatax",
    20: "twenty zwanzig vingt venti veinte vinte twintig tjugo tyve kaksikymmentä kakskümmend divdesmit dvidešimt"
    " dwadzieścia dvacet dvadsať dvajset dvadeset húsz douăzeci двадесет είκοσι εικοσά għoxrin fiche",
    30: "thirty dreißig trente trenta treinta trinta dertig trettio tredive kolmekymmentä kolmkümmend trīsdesmit"
    " trisdešimt trzydzieści třicet tridsať trideset harminc treizeci тридесет τριάντα tletin tríocha",
    100: "hundred hundert cent cento cien ciento cem honderd hundra hundrede sata sada simts šimtas sto száz sută"
    " сто εκατό mija céad",
}
NUMBER_OF = {word.casefold(): value for value, words in NUMBER_WORDS.items() for word in words.split()}
"""A number word of :data:`NUMBER_WORDS`, casefolded -> its value."""

# A length of time's units in words, in the languages of the descriptors (as :func:`normalise` gives them),
# by the letter of its ISO 8601 duration; and the letters and short forms a hint may also read.
_DURATION_UNITS = {
    **dict.fromkeys(("day", "days", "tag", "tage", "dag", "dagen", "jour", "jours", "dia", "dias"), "D"),
    **dict.fromkeys(("giorno", "giorni", "dzien", "dni"), "D"),
    **dict.fromkeys(("week", "weeks", "woche", "wochen", "weken", "semaine", "semaines", "semana"), "W"),
    **dict.fromkeys(("semanas", "settimana", "settimane", "tydzien", "tygodnie", "tygodni"), "W"),
    **dict.fromkeys(("month", "months", "monat", "monate", "maand", "maanden", "mois", "mes", "meses"), "M"),
    **dict.fromkeys(("mese", "mesi", "miesiac", "miesiace", "miesiecy"), "M"),
    **dict.fromkeys(("year", "years", "jahr", "jahre", "jaar", "jaren", "an", "ans", "ano", "anos"), "Y"),
    **dict.fromkeys(("anno", "anni"), "Y"),
    # Swedish, Danish, Finnish, Czech, Slovak, Hungarian, Romanian, Greek, Croatian, Slovene, Estonian,
    # Lithuanian and Latvian (Polish "rok" and Czech "let" may be an academic year: no length of time).
    **dict.fromkeys(("dagar", "dage", "paiva", "paivaa", "paivat", "den", "dny", "dnu", "dni", "nap", "napos"), "D"),
    **dict.fromkeys(("zi", "zile", "ημερα", "ημερεσ", "μερα", "μερεσ", "dan", "dana", "dneva", "paev", "paeva"), "D"),
    **dict.fromkeys(("diena", "dienos", "dienu", "dienas"), "D"),
    **dict.fromkeys(("vecka", "veckor", "uge", "uger", "viikko", "viikkoa", "tyden", "tydny", "tydnu", "het"), "W"),
    **dict.fromkeys(("tyzden", "tyzdne", "tyzdnov", "saptamana", "saptamani", "εβδομαδα", "εβδομαδεσ"), "W"),
    **dict.fromkeys(("tjedan", "tjedna", "tjedana", "teden", "tedna", "tedne", "tednov", "nadal", "nadalat"), "W"),
    **dict.fromkeys(("savaite", "savaites", "savaiciu", "nedela", "nedelas", "nedelu"), "W"),
    **dict.fromkeys(("manad", "manader", "maned", "maneder", "kuukausi", "kuukautta", "mesic", "mesice"), "M"),
    **dict.fromkeys(("mesicu", "mesiac", "mesiace", "mesiacov", "honap", "luna", "luni", "μηνασ", "μηνεσ"), "M"),
    **dict.fromkeys(("mjesec", "mjeseca", "mjeseci", "mesec", "meseca", "mesece", "mesecev", "kuud"), "M"),
    **dict.fromkeys(("menuo", "menesiai", "menesiu", "menesis", "menesi", "menesu"), "M"),
    **dict.fromkeys(("ar", "aar", "vuosi", "vuotta", "roky", "ev", "ani", "ετοσ", "ετη", "χρονια", "χρονοσ"), "Y"),
    **dict.fromkeys(("godina", "godine", "leto", "leti", "leta", "aasta", "aastat", "metai", "metu", "gads"), "Y"),
    **dict.fromkeys(("gadi",), "Y"),
}
# Lengths of time no ISO 8601 letter writes, which a text may still give its length in.
_OTHER_TIME_UNITS = frozenset(
    {"semester", "semesters", "semestre", "semestres", "semestr", "semestry", "term", "terms", "lat", "rok", "lata"}
    | {"let", "felev", "semestru", "εξαμηνο", "εξαμηνα", "semestar", "lukukausi", "termin", "terminer"}
)
_DURATION = regex(r"^(\d{1,3})\s*([^\W\d_]+)\.?$")
_SHORT_UNITS = {"d": "D", "w": "W", "wk": "W", "m": "M", "y": "Y"}
_WORD = regex(r"[^\W\d_]+")


def iso_duration(text: str, *, short: bool = False) -> str | None:
    """A count and its unit in words as an ISO 8601 duration (``6 Wochen`` is ``P6W``); with ``short``, a
    unit given by its letter too (``12W``, ``12 wk``), which only a hint offers (a cell is not read so)."""
    match = _DURATION.match(text.strip())
    if match is None:
        return None
    unit = normalise(match.group(2))
    letter = _DURATION_UNITS.get(unit) or (_SHORT_UNITS.get(unit) if short else None)
    return f"P{int(match.group(1))}{letter}" if letter else None


# A label's words, up to three of bounded length ("Dauer", "Date de début"), and a label before a cell's value with
# its colon ("Dauer: ", "Date de début : ").
LABEL_WORDS = r"[^\W\d_]{1,30}(?:\s[^\W\d_]{1,30}){0,2}"
CELL_LABEL = rf"{LABEL_WORDS}\s?:\s*"
# A label or a word for "from" before a date ("Start: 01.03.2027", "Beginn: ...", "ab 01.03.2027", "à partir du
# ..."), for "born" ("geb. 01.01.1990") or for "on", perhaps after a word ("ausgestellt am 01.03.2026", "issued on
# ...", "délivré le ..."), and a note in brackets without a figure after it ("01.03.2027 (tbc)", "(vorläufig)").
_DATE_LEAD = regex(
    rf"^(?:{CELL_LABEL}|(?:ab|from|starting|à partir du|dès le|desde el|a partir de|a partir del|dal|a partire dal"
    r"|vanaf|od|geb\.|geboren|born|née?)\s+|(?:[^\W\d_]{1,30}\s+)?(?:am|on|le|el|il|op|dnia)\s+)",
    re.IGNORECASE,
)
# (Begun where the spaces before it begin, never inside a run of them, each place of which would be tried to its end.)
_DATE_NOTE = regex(r"(?<!\s)\s*\([^()\d]*\)\s*$")


def without_date_words(text: str) -> str:
    """A date's text without the label or word for "from" before it and the note in brackets after it
    (:data:`_DATE_LEAD`, :data:`_DATE_NOTE`): "Start: 01.03.2027 (tbc)" is "01.03.2027"."""
    lead = _DATE_LEAD.match(text)
    text = text[lead.end() :] if lead is not None else text
    note = _DATE_NOTE.search(text)
    return text[: note.start() if note is not None else len(text)].strip()


# The fields a period written as two dates fills (:func:`period_written`): the schedule's start and end.
PERIOD_FIELDS = (("participation", "schedule", "start"), ("participation", "schedule", "end"))
# A word before a period's first date ("vom 01.03. bis 10.05.2027", "du 1er mars au 10 mai 2027", "van 1 maart tot
# ..."; :data:`_DATE_LEAD` has the others), and what stands between its two dates: a word for "to" ("bis", "au",
# "hasta el", "do", "tot"), a dash, spaced or not, or ISO 8601's slash ("2027-03-01/2027-05-10").
_PERIOD_LEAD = regex(r"^(?:von|vom|du|del|desde|van|de)\s+", re.IGNORECASE)
_PERIOD_SEPARATOR = regex(
    r"\s+(?:to|until|till|bis|zum|au|al|hasta(?:\s+el)?|tot|do|a|à)\s+|\s*[-–—/]\s*", re.IGNORECASE
)
# A first date without its year ("01.03.", "1. 3.") or without its month and year ("1.", "1"): the last date's.
_DAY_MONTH = regex(r"^(\d{1,2})\.\s?(\d{1,2})\.?$")
_DAY = regex(r"^(\d{1,2})\.?$")
# The longest period read, and the separators tried in it: a longer text is some other text.
_PERIOD_CHARS = 100
_PERIOD_SPLITS = 12


def period_written(text: str, read: Callable[[str], str | None]) -> tuple[str, str] | None:
    """The first and the last day of a period written as two dates ("01.03.2027 - 10.05.2027", "1.3.–10.5.2027",
    "1-10 March 2027", "vom 01.03. bis 10.05.2027"), each read by ``read`` (its ISO date or ``None``); the first
    takes its year, or its month and year, from the last where it gives none. ``None`` for a text that gives no
    two dates in order."""
    if len(text) > _PERIOD_CHARS:
        return None
    text = without_date_words(text)
    for separator in itertools.islice(_PERIOD_SEPARATOR.finditer(text), _PERIOD_SPLITS):
        first_text = _PERIOD_LEAD.sub("", text[: separator.start()].strip())
        last = read(text[separator.end() :].strip()) if first_text else None
        first = (read(first_text) or _completed(first_text, last, read)) if last is not None else None
        if first is not None and last is not None and first <= last:
            return first, last
    return None


def _completed(text: str, last: str, read: Callable[[str], str | None]) -> str | None:
    """The ISO date of a period's first day written without its year (or month and year), which the ``last`` day
    gives: the year before it when the day would fall after the last ("15.12. - 20.01.2028")."""
    end = date.fromisoformat(last)
    day_month, day = _DAY_MONTH.match(text), _DAY.match(text)
    try:
        if day is not None:
            return date(end.year, end.month, int(day[1])).isoformat()
        if day_month is not None:
            start = date(end.year, int(day_month[2]), int(day_month[1]))
        else:
            named = read(f"{text} {end.year}")
            if named is None:
                return None
            start = date.fromisoformat(named)
        return (start if start <= end else start.replace(year=end.year - 1)).isoformat()
    except ValueError:
        return None


# Words that make a figure approximate, as a catalogue's cell writes them before it ("ca. 150 h", "approx. 5 ECTS").
APPROXIMATELY = (
    r"ca|approx|approximately|about|around|circa|etwa|rund|ungefähr|environ|env|près de|aprox|aproximadamente"
    r"|cerca de|ongeveer|około|ok"
)
# Words in a note that make a figure a bound or a part's ("150 h (max.)", "5 ECTS (per module)", "10 weeks each"):
# no figure of the whole.
BOUND_OR_PART = regex(
    r"(?<!\w)(?:max|min|maximum|minimum|up to|at least|at most|mindestens|höchstens|bis|ab|per|pro|je|each|jeweils"
    r"|par|por|cada)(?!\w)",
    re.IGNORECASE,
)
# A length of time as a catalogue's cell writes it: perhaps after a label ("Dauer: 10 Wochen") or a word that makes
# it approximate ("ca. 10 Wochen", "about 10 weeks"), its count in figures or words ("ten weeks", "zehn Wochen"), its
# unit in full or short ("10 wks", "10 Wo.", "3 Mon."), perhaps with a note after it ("10 weeks (part-time)", "10
# Wochen berufsbegleitend", "10 weeks, 5 h/week") that names no other length of time ("8 weeks / 2 months" is two).
# Its words are of bounded length, so that a cell of any length is read in linear time.
_WRITTEN_DURATION = regex(
    rf"^(?:{CELL_LABEL})?"
    rf"(?:(?:{APPROXIMATELY})\.?\s+)?"
    r"(\d{1,3}|[^\W\d_]{2,30})\s?([^\W\d_]{1,30})\.?(\s*[(,;/+–—-].*|\s+[^\W\d_].*)?$",
    re.IGNORECASE | re.DOTALL,
)
# Short units catalogues write a length of time in (as :func:`normalise` gives them); "sem." (week or semester?)
# and a letter alone ("10 m": minutes? months?) are not read.
_ABBREVIATED_UNITS = {
    **dict.fromkeys(("wks", "wk", "wo", "tyg", "sett", "wkn"), "W"),
    **dict.fromkeys(("mo", "mos", "mth", "mths", "mon", "mnd", "mies"), "M"),
    **dict.fromkeys(("yr", "yrs", "jr"), "Y"),
    **dict.fromkeys(("dd", "tg", "gg"), "D"),
}
# A rate in a note, its unit and the period ("5 h/week", "4 Stunden pro Woche", "2 days a week"): no length of time.
_RATE = regex(
    r"(?<![^\W\d_])[^\W\d_]{1,30}\s*(?:/|(?<![^\W\d_])(?:per|pro|par|por|je|a|an|na|w|al|alla)\s)\s*[^\W\d_]+",
    re.IGNORECASE,
)


def duration_written(text: str) -> str | None:
    """A length of time as catalogues write it (:data:`_WRITTEN_DURATION`) as an ISO 8601 duration ("ca. 10 Wochen
    (berufsbegleitend)" is P10W); ``None`` for a text that gives no one length of time ("10-12 weeks", "1 semester",
    "8 weeks / 2 months")."""
    match = _WRITTEN_DURATION.match(text.strip())
    if match is None:
        return None
    count, unit, note = match.groups()
    number = int(count) if count.isdigit() else NUMBER_OF.get(count.casefold())
    letter = _DURATION_UNITS.get(normalise(unit)) or _ABBREVIATED_UNITS.get(normalise(unit))
    if number is None or letter is None:
        return None
    without_rates = _RATE.sub(" ", note or "")
    if names_a_length_of_time(without_rates) or BOUND_OR_PART.search(without_rates):
        return None
    return f"P{number}{letter}"


# A number whose dots may group thousands as well as mark decimals ("1.250" is 1250 in Dutch, 1.25 in English).
_DOT_THOUSANDS = regex(r"^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$")


def dot_may_group_thousands(number: str) -> bool:
    """Whether a number's dots may group thousands as well as mark decimals: no reading of it is sure."""
    return _DOT_THOUSANDS.match(number) is not None


def week_unit(word: str) -> bool:
    """Whether a word is the week as a unit of a length of time ("Wochen", "semaine", "weken", "tygodni")."""
    return _DURATION_UNITS.get(normalise(word)) == "W"


def names_a_length_of_time(text: str) -> bool:
    """Whether a text speaks of a length of time in words ("3 weeks", "2 Tage", "1 semestr"): its number is
    then no workload, level or credit."""
    return any(
        word in _DURATION_UNITS or word in _OTHER_TIME_UNITS
        for word in (normalise(found) for found in _WORD.findall(text))
    )


@functools.cache
def local_names(vocab_id: str | None, locales: str = NAME_LOCALES, *, normalised: bool = False) -> dict[str, str]:
    """Countries, languages or currencies by their names in ``locales`` ("Deutschland", "Allemagne",
    "polski", "US Dollar" -> the code), from the CLDR as Babel ships it, keyed by the name casefolded (or
    as :func:`normalise` gives it); a name given to two codes is left out. Spreadsheet cells and foreign
    formats both name them so (Credential Engine's own records give a price's currency as "US Dollar")."""
    if vocab_id not in ("countries", "languages", "currencies"):
        return {}
    from babel import Locale

    key = normalise if normalised else str.casefold
    found: dict[str, str | None] = {}
    for locale in locales.split():
        names = getattr(Locale.parse(locale), "territories" if vocab_id == "countries" else vocab_id)
        codes = {c.casefold(): c for c in (names if vocab_id == "currencies" else vocab.get(vocab_id).concepts)}
        for code, name in names.items():
            if code.casefold() in codes:
                name_key = key(name)
                own = codes[code.casefold()]
                found[name_key] = own if found.get(name_key, own) == own else None
    return {name: code for name, code in found.items() if code is not None}


# An article before a country's name: "The Netherlands", "die Schweiz", "les Pays-Bas", "l'Italia", "het VK".
_ARTICLE = regex(r"^(?:(?:the|die|der|la|le|les|el|los|las|il|lo|gli|de|het)\s+|l['’]\s*)", re.IGNORECASE)


# A flag emoji, two regional indicator letters ("🇩🇪"), alone or before the country's name or code.
_REGIONAL_A = 0x1F1E6
_FLAG = regex(r"^([\U0001F1E6-\U0001F1FF]{2})\s*(.*)$", re.S)


def country_named(name: str) -> str | None:
    """The code of the country a name gives, as catalogues and credentials write it: its CLDR name in a
    European language, or a name of the value table ("Czech Republic", "UK"), with or without an article
    ("The Netherlands", "die Schweiz"), or by its flag ("🇩🇪"); ``None`` for any other text."""
    text = name.strip()
    flag = _FLAG.match(text)
    if flag is None:
        return _country_by_name(text)
    flagged = "".join(chr(ord(c) - _REGIONAL_A + ord("A")) for c in flag.group(1))
    rest = flag.group(2)
    # After its flag, only the country's own code or name: one flag, so a run of flags costs one look-up.
    known = flagged in _country_codes() and (not rest or rest.upper() == flagged or _country_by_name(rest) == flagged)
    return flagged if known else None


def _country_by_name(text: str) -> str | None:
    """The code of the country a name (not a flag) gives, with or without an article."""
    for form in dict.fromkeys((text, _ARTICLE.sub("", text))):
        code = local_names("countries").get(form.casefold()) or concept_for(form, _country_codes())
        if code is not None:
            return code
    return None


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(vocab.get("countries").concepts)


# Month names besides the CLDR's: a spelling without its letter's accent ("maerz"), the Spanish "setiembre",
# the Austrian "Jänner" and the English "Sept".
_OTHER_MONTH_NAMES = {"sept": 9, "setiembre": 9, "jänner": 1, "maerz": 3}
# A month named by one or two words (Irish "Meán Fómhair").
_MONTH = r"(?P<m>[^\W\d_]{3,}(?:\s[^\W\d_]{3,})?)"
# A date with its month in words, in each order the EU's languages write one: day first ("15 décembre 2026",
# "1er février 2027", "15. September 2026", "15 de marzo de 2027", "1. rujna 2026.", Maltese "l-1 ta' Ottubru
# 2026" (its article before the day), Irish "1ú Meán Fómhair 2026", Polish "15 grudnia 2026 r.", Bulgarian
# "1 септември 2026 г."), month first ("Sept. 15, 2026", "September 15th, 2026"), year first (Hungarian
# "2026. október 1.", Lithuanian "2026 m. rugsėjo 1 d."), Latvian "2026. gada 1. septembris" and hyphenated as
# Excel's d-mmm-yyyy shows a date ("15-Sep-2026", Dutch "15-sep-2026").
_NAMED_DATES = tuple(
    regex(pattern, re.IGNORECASE)
    for pattern in (
        r"^(?:(?:l|i[tsdnrxż])-)?(?P<d>\d{1,2})(?:\.|er|º|°|st|nd|rd|th|ú)?\s*(?:de\s+|ta['’]\s*)?"
        rf"{_MONTH}\.?,?\s+(?:de\s+)?(?P<y>\d{{4}})\.?$",
        rf"^{_MONTH}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})$",
        rf"^(?P<y>\d{{4}})(?:\.|\s*m\.)?\s+{_MONTH}\.?\s+(?P<d>\d{{1,2}})(?:\.|\s*d\.?)?$",
        rf"^(?P<y>\d{{4}})\.?\s*gada\s+(?P<d>\d{{1,2}})\.\s*{_MONTH}$",
        rf"^(?P<d>\d{{1,2}})-{_MONTH}\.?-(?P<y>\d{{4}})$",
    )
)
# The word "year" Polish and Bulgarian write after a date's year: "15.09.2026 r.", "1 септември 2026 г.".
YEAR_WORD = regex(r"(?<=\d{4})\s*(?:r|г)\.?$")
# The longest date in words read: a cell or value longer is some other text.
_NAMED_DATE_CHARS = 60


def _cldr_names(kind: str) -> Iterator[tuple[str, str, int, str]]:
    """Each name of a month or weekday (``kind``: Babel's ``months`` or ``days``) in the CLDR as Babel ships it,
    in :data:`NAME_LOCALES`, as a date writes it and alone, full and abbreviated: (locale, width, number, name)."""
    from babel import Locale

    for locale in NAME_LOCALES.split():
        names = getattr(Locale.parse(locale), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    yield locale, width, number, name


@functools.cache
def _month_names() -> dict[str, int | None]:
    """Each month name of the CLDR (see :func:`_cldr_names`: "října", "říjen", "Οκτωβρίου", "rugsėjo"), with
    Latvian's locative ("septembrī", from "septembris"), as :func:`normalise` gives it: its month, or ``None``
    where two languages give it to different months (Croatian "listopad" is October, Czech and Polish November)."""
    found: dict[str, int | None] = {normalise(name): month for name, month in _OTHER_MONTH_NAMES.items()}
    for locale, width, month, name in _cldr_names("months"):
        forms = [name]
        if locale == "lv" and width == "wide":  # the locative: "-is" as "-ī", "-s" as "-ā"
            forms.append(name[:-2] + "ī" if name.endswith("is") else name[:-1] + "ā")
        for key in map(normalise, forms):
            found[key] = month if found.get(key, month) == month else None
    return found


@functools.cache
def _weekday_names() -> frozenset[str]:
    """Each weekday name of the CLDR (see :func:`_cldr_names`), full and abbreviated, as :func:`normalise`
    gives it."""
    return frozenset(normalise(name) for _, _, _, name in _cldr_names("days"))


def weekday_named(name: str) -> bool:
    """Whether a word names a day of the week in a European language ("Monday", "Mo", "lundi", "poniedziałek")."""
    return normalise(name) in _weekday_names()


def month_named(name: str) -> int | None:
    """The month a name gives in a European language ("Oktober", "paź", "rugsėjo"), or ``None`` for a word
    that names none or that languages give to different months ("listopada"), which is kept as typed."""
    return _month_names().get(normalise(name))


def named_date(text: str) -> str | None:
    """The ISO date of a date written with its month's name in one of the forms of :data:`_NAMED_DATES`
    ("15 grudnia 2026", "2026 m. rugsėjo 1 d."), when the month is sure and the day exists; else ``None``."""
    text = text.strip()
    if len(text) > _NAMED_DATE_CHARS:
        return None
    text = YEAR_WORD.sub("", text)
    for pattern in _NAMED_DATES:
        found = pattern.match(text)
        if found is not None:
            month = month_named(found["m"])
            try:
                return date(int(found["y"]), month, int(found["d"])).isoformat() if month else None
            except ValueError:
                return None
    return None
