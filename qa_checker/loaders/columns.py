"""Spreadsheet columns: which descriptor field a header names, and what type its cells hold.

A header is resolved in this order: the user's mapping file (``--mapping``), the field's own dotted
path (``workload.ects``, ``title.en``, ``awarding_bodies.0.name``), then the bundled alias table
``schemas/column-aliases.yaml`` ("ECTS", "EQF level", "Awarding body", ...), where a text field may
carry a language, by its code ("Title (nl)") or by its name in one of the seven languages of the
interface ("Titel (Deutsch)", "Learning outcomes – English", "English title"). A header numbering the
rows ("Nr.", "N°", "Lp.", "#") is the id column when no other column is. Header matching ignores case,
accents, spaces and punctuation.
The type of each field comes from the descriptor schema itself, so the schema stays the one contract.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa_checker import config_yaml, vocab
from qa_checker.aliases import (
    LANGUAGE_PREPOSITIONS,
    LANGUAGE_WORDS,
    NAME_LOCALES,
    field_aliases,
    iso_duration,
    local_names,
    normalise,
    unaccented,
    value_aliases,
)
from qa_checker.ects import HOUR_WORDS, names_ten_hour_credits, names_unit, ten_hour_system_named
from qa_checker.errors import ConfigError
from qa_checker.i18n import LANGUAGES
from qa_checker.patterns import regex
from qa_checker.resources import descriptor_schema
from qa_checker.text import msg
from qa_checker.value_reader import currency_sign, is_tax_word, without_tax_note

# The key of a text in one language ("en" of title.en, "Title (nl)").
LANGUAGE_KEY = regex(r"^[a-z]{2}$")
# A language code closing a header: "Title (nl)", "Title [EN]", "Learning outcomes EN", "Title/NL". Searched
# for at the end rather than matched with the text before it, which backtracked quadratically on a long header.
_LANG_SUFFIX = regex(r"(?:\((?P<a>[A-Za-z]{2})\)|\[(?P<b>[A-Za-z]{2})\]|[\s_./\-](?P<c>[A-Za-z]{2}))\s*$")
# A note closing a header: "Leistungspunkte (ECTS)", "Title (required)", "ECTS credits [number]".
_MAX_NOTES = 3
# A header numbering one item of a list ("Learning outcome 1", "LO2", "Lernergebnis Nr. 3"), up to _MAX_ITEMS.
# The number may be bracketed or joined by a hyphen: "Learning outcome (1)", "LO-2", "Outcome [3]".
_ITEM_NUMBER = regex(
    r"^(?P<head>.*?[^\W\d_][.)]?)[\s_-]*(?:(?:#|no\.?|nr\.?|n[°º])\s*)?(?P<open>[(\[])?(?P<n>\d{1,3})(?(open)[)\]])\s*[.:]?$",
    re.I,
)
_MAX_ITEMS = 100
# A note closing a header in brackets, or a unit after "in" ("Price in EUR", "Workload in hours"); the mark of
# a required field may follow it ("Country (ISO)*").
# A word naming the unit of study whose field a header names, before or after that field's name, as student
# systems and learning platforms export it: "Course start date", "course_format", "Code UE", "Codice
# insegnamento", "Nombre de la asignatura"; and the words for "name" that, so qualified, name the title.
_UNIT = (
    r"course|module|subject|unit|cours|ue|uc|ec|asignatura|materia|insegnamento|corso|modulo|disciplina|"
    r"kurs|modul|przedmiot|predmet|curso|cursus|formation|lehrveranstaltung|weiterbildung|szkolenie"
)
# The words joining a field's name to its owner's after it: "Name of the provider", "Land des Anbieters", "Pays
# du prestataire", "Nombre de la institución", "Paese dell'ente", "Naam van de aanbieder", "Nome da instituição";
# those eliding their article ("de l'établissement", "dell'ente") end with an apostrophe.
_OWNER_WORDS = (
    r"of\s+the|of|des|der|von\s+der|vom|von|du|de\s+la|de\s+los|de\s+las|del|de|della|dello|dei|degli|di|"
    r"van\s+de|van\s+het|van|do|da|dos|das"
)
_ELIDED_OWNER_WORDS = r"de\s+l|dell|dall"
_OF_UNIT = regex(
    rf"^(?:{_UNIT})(?:[\s_:]+|$)|"
    rf"[\s_]+(?:(?:{_OWNER_WORDS})\s+|(?:{_ELIDED_OWNER_WORDS})['’]\s*)?(?:{_UNIT})$",
    re.IGNORECASE,
)
_UNIT_WORD = regex(rf"(?:{_UNIT})", re.IGNORECASE)
# The longest text read as a header: a longer one names no field (and its suffixes are not searched for).
_MAX_HEADER_CHARS = 1000
# The longest header read so: a longer text is no field's name with its unit.
_UNIT_HEADER_CHARS = 80
_UNIT_NAMES = frozenset({"nombre", "nom", "nome", "denominazione", "denominacion", "intitule", "fullname", "longname"})
# A word naming a web address before or after the name of an organisation's field: "Awarding body website",
# "Anbieter-Website", "Site web de l'établissement", "Homepage Hochschule".
_ADDRESS_WORDS = (
    r"web\s?site|home\s?page|url|web\s?address|web\s?page|webseite|internetseite|internetadresse|site\s+web|"
    r"site\s+internet|sitio\s+web|p[aá]gina\s+web|sito\s+web|sito\s+internet|strona\s+www|strona\s+internetowa"
)
_ADDRESS = regex(
    rf"^(?:{_ADDRESS_WORDS})[\s_-]+(?:{_ELIDED_OWNER_WORDS})['’]|"
    rf"^(?:{_ADDRESS_WORDS})(?:[\s_-]+(?:{_OWNER_WORDS}))?[\s_:-]+|"
    rf"[\s_-]+(?:{_ADDRESS_WORDS})$",
    re.IGNORECASE,
)
# A field's name with its owner's after it ("Land des Anbieters", "Nom de l'établissement"), or in the genitive
# with no word between, as Polish and other Slavic languages write it ("Nazwa uczelni", "Kraj organizatora").
_OF_OWNER = regex(
    rf"^(?P<field>.+?)\s+(?:(?:{_ELIDED_OWNER_WORDS})['’]\s*|(?:{_OWNER_WORDS})\s+)(?P<owner>.+)$", re.IGNORECASE
)
_GENITIVE_OWNER = regex(r"^(?P<field>.+)\s+(?P<owner>\S+)$")
# An owner's name before the name of its field: "Anbieter: Name", "Hochschule - Land", "Institution name".
_OWNER_FIRST = regex(r"^(?P<owner>[^:]+?)\s*(?::|\s[-\u2013\u2014]|\s)\s*(?P<field>[^:]+)$")
# How an owner's name is inflected in the genitive, as (ending, the name's own ending): German masculine and neuter
# nouns take -s or -es ("des Anbieters", "des Instituts"); Polish ones -a, -u, -i, -y ("organizatora", "kursu",
# "uczelni", "instytucji", "szkoły").
_GENITIVES = (("s", ""), ("es", ""), ("a", ""), ("u", ""), ("i", "ia"), ("ji", "ja"), ("y", "a"))
# The fields naming an organisation (or a learner) whose other fields a header may name with it: the awarding
# body's name, the external quality assurance body, the learner's name.
_ORGANISATION_NAMES = ("name", "body")
# The words for a title in the languages of the interface (normalised): an organisation has a name, not a title, so
# a title noted with an organisation ("Title (provider)", "Titel (Anbieter)") is the course's.
_TITLE_WORDS = frozenset({"title", "titel", "titre", "titolo", "titulo", "tytuł", "intitule"})
_NOTE_SUFFIX = regex(r"(?:\((?P<a>[^()]*)\)|\[(?P<b>[^\[\]]*)\]|\s(?i:in)\s+(?P<c>[^\s()\[\]]+))[\s*]*$")
# What may part a language's name from the field it closes or opens: "Titel (Deutsch)", "Title [English]",
# "Learning outcomes – English", "Title: English", "Title in English", "English title".
_NAME_PARTING = regex(r"[\s_:/()\[\]\u2013\u2014-]+")
# How a language's name is inflected before or after a field, as (ending, the name's own ending): German
# "Englischer Titel", "Deutsche Beschreibung"; Dutch "Engelse titel"; French "en langue anglaise"; Spanish
# "en lengua inglesa"; Italian "in lingua italiana"; Polish "w języku angielskim", "po angielsku".
_INFLECTIONS = (("e", ""), ("er", ""), ("es", ""), ("en", ""), ("a", ""), ("a", "o"), ("m", ""), ("u", "i"))
# and in the languages of the catalogues: Croatian "na engleskom", Czech "v angličtině", Hungarian "angolul",
# Finnish "ruotsiksi", "suomeksi".
_CATALOGUE_INFLECTIONS = (("om", "i"), ("e", "a"), ("ul", ""), ("ksi", ""), ("eksi", "i"))
# Adverbs naming a language that no ending leads back to its name, normalised, with the languages they are words
# of: Czech and Slovak "anglicky" (in English), "česky"; Finnish "englanniksi".
_LANGUAGE_ADVERBS: dict[str, tuple[str, frozenset[str]]] = {
    **{
        word: (code, frozenset({"cs", "sk"}))
        for word, code in (("anglicky", "en"), ("nemecky", "de"), ("polsky", "pl"))
    },
    **{word: (code, frozenset({"cs"})) for word, code in (("cesky", "cs"), ("francouzsky", "fr"), ("spanelsky", "es"))},
    **{word: (code, frozenset({"cs"})) for word, code in (("italsky", "it"), ("madarsky", "hu"), ("slovensky", "sk"))},
    **{word: (code, frozenset({"sk"})) for word, code in (("francuzsky", "fr"), ("spanielsky", "es"))},
    **{word: (code, frozenset({"sk"})) for word, code in (("taliansky", "it"), ("madarsky", "hu"), ("cesky", "cs"))},
    "englanniksi": ("en", frozenset({"fi"})),
}
# A header longer than this names no field in a language (and is not split into words to find one).
_MAX_LANGUAGE_HEADER = 200
# The languages of the interface and of the catalogues: a header may name a language in any of them
# ("Title (English)", "Titel (Englisch)", "Titre (anglais)", "Tytuł (angielski)", "Megnevezés (angol)",
# "Denumire (engleză)", "Τίτλος (Αγγλικά)").
_UI_LOCALES = " ".join(dict.fromkeys([*LANGUAGES, *NAME_LOCALES.split()]))
# A header numbering the rows: "Nr.", "No.", "N°", "Nº", "№", Polish "Lp." / "L.p.", "#". Case matters for
# "Lp" only: "LP" is German for credit points (Leistungspunkte).
_NUMBERING = regex(r"^(?:(?i:nr|no|nro|n\s?[°º]|№)|Lp|lp|L\.\s?p|#)\.?$")

# Fields whose values are codes of a bundled vocabulary (by the last named token of the path).
_CODE_VOCAB = {
    "languages": "languages",
    "country": "countries",
    "field_of_education": "isced-f",
    "currency": "currencies",
}
# Enumerated fields with a bundled vocabulary whose labels a person may type instead of the slug.
_ENUM_VOCAB = {
    "types": "assessment-types",
    "supervision": "supervision",
    "mode": "participation-modes",
    "activity_types": "activity-types",
    "learning_setting": "learning-settings",
}
_ACCREDITATION_TYPE = ("quality_assurance", "accreditations", "type")
# The fields a header's unit of time may name instead ("Durée (h)" is hours, "Omfattning (veckor)" a duration),
# and the longest note read as such a unit.
_TIMED_FIELDS = frozenset({("workload", "ects"), ("workload", "hours"), ("participation", "schedule", "duration")})
_UNIT_NOTE_CHARS = 20
_PRICE = ("price", "amount")


@dataclass(frozen=True)
class Field:
    """A descriptor field a column can fill.

    ``kind`` is how a cell becomes a value: ``text`` (a language string or other text), ``string``,
    ``number``, ``integer``, ``string-or-integer``, ``boolean``, ``list`` (a list of codes or slugs),
    ``text-list`` (a list of statements), ``lang-list`` (one language of a list of language strings,
    zipped by position with the other languages' columns) or ``any`` (under ``extensions``). ``format``
    is the schema's ``date`` or ``url`` (a web address, or text whose first form is one), or ``duration``.
    """

    path: tuple[str, ...]
    kind: str
    enum: tuple[str, ...] = ()
    vocab: str | None = None
    format: str | None = None

    @property
    def dotted(self) -> str:
        """The dotted path, as a column header would name it."""
        return ".".join(self.path)


IGNORE = Field((), "ignore")
"""A column the mapping file says to pass over silently."""


def closing_note(header: str) -> str | None:
    """The note closing a header: ``EUR`` of ``Price (EUR)``, ``Price [EUR]`` or ``Price in EUR``."""
    match = _NOTE_SUFFIX.search(header)
    return _note_of(match) if match is not None else None


def _note_of(match: re.Match[str]) -> str:
    return match.group("a") or match.group("b") or match.group("c") or ""


# The identifier schemes a header may name the awarding body's identifier by, in the words value-aliases.yaml gives
# them ("Erasmus code", "PIC number", "VAT number", "LEI code"); not a national register's (SIRET, NIF, KRS), whose
# words may name a learner's number or another company's.
_HEADER_SCHEMES = ("erasmus", "pic", "vat", "lei")
_IDENTIFIER_VALUE = "awarding_bodies.0.identifier.value"


def identifier_scheme_named(header: str) -> str | None:
    """The identifier scheme a header names the awarding body's identifier by ("Erasmus code": erasmus), else
    ``None``."""
    return _scheme_words().get(normalise(header))


@functools.cache
def _scheme_words() -> dict[str, str]:
    """The words of :data:`_HEADER_SCHEMES` (normalised) -> the scheme."""
    schemes = value_aliases()["identifier-schemes"]
    return {normalise(word): scheme for scheme in _HEADER_SCHEMES for word in schemes[scheme]}


def numbering(header: str) -> bool:
    """Whether a header numbers the rows ("Nr.", "No.", "N°", "Lp.", "#"): the id where no column names one."""
    return bool(_NUMBERING.match(" ".join(str(header).split())))


def _language_of(words: str) -> str | None:
    """The code of the language ``words`` name in an interface language, leading prepositions left out
    and inflected ("English", "(in English)", "auf Deutsch", "– français", "Englischer", "in lingua
    italiana", "po polsku"), else ``None``."""
    name = _name_words(words)
    if not name:
        return None
    names = local_names("languages", _UI_LOCALES, normalised=True)
    for form in _name_forms(name):
        if form in names:
            return names[form]
    adverb = _LANGUAGE_ADVERBS.get(name)
    return adverb[0] if adverb is not None else None


def _name_words(words: str) -> str:
    """The words that may name a language, normalised and joined: leading prepositions ("in", "på", "στα") and a
    trailing word for "language" ("keeles") left out."""
    tokens = [t for t in (normalise(w) for w in words.split()) if t]
    while len(tokens) > 1 and tokens[0] in LANGUAGE_PREPOSITIONS:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] in LANGUAGE_WORDS:
        tokens = tokens[:-1]
    return "".join(tokens)


def _name_forms(name: str) -> Iterator[str]:
    """A language's name as written, then as each ending it may be inflected with leads back to it."""
    yield name
    for ending, own in (*_INFLECTIONS, *_CATALOGUE_INFLECTIONS):
        if name.endswith(ending) and len(name) > len(ending) + 3:
            yield name[: -len(ending)] + own


def header_language(header: str) -> str | None:
    """The language a header naming another language is written in, told by that name ("Titel (Englisch)": de,
    "Title (German)": en), where only one interface language calls the language so; ``None`` for a language named
    by its own name ("Teideal (Gaeilge)"), which says nothing of the headers beside it."""
    return next((next(iter(locales)) for locales in _header_locales(header) if len(locales) == 1), None)


def header_languages(header: str) -> frozenset[str]:
    """The languages a header naming another language may be written in, told by that name: one where only one
    calls the language so ("Benämning engelska": sv), several where more do ("Název anglicky": cs or sk); none
    for a language named by its own name."""
    return next((locales for locales in _header_locales(header) if locales), frozenset())


def _header_locales(header: str) -> Iterator[frozenset[str]]:
    """For each language a header's last words name, the other languages that call it so."""
    if len(header) > _MAX_LANGUAGE_HEADER:
        return
    for parting in reversed(list(_NAME_PARTING.finditer(header))[-3:]):
        name = _name_words(header[parting.start() :])
        code = _language_of(header[parting.start() :])
        if code is None:
            continue
        adverb = _LANGUAGE_ADVERBS.get(name)
        called = adverb[1] if adverb is not None else frozenset()
        known = _name_locales()
        form = next((form for form in _name_forms(name) if form in known), None)
        yield (known[form] if form is not None else called) - {code}


@functools.cache
def _name_locales() -> dict[str, frozenset[str]]:
    """The interface languages that call a language by each name (normalised), from the CLDR as Babel ships it."""
    from babel import Locale

    found: dict[str, set[str]] = {}
    codes = vocab.get("languages").concepts
    for locale in _UI_LOCALES.split():
        if locale not in codes:
            continue
        for name in Locale.parse(locale).languages.values():
            found.setdefault(normalise(name), set()).add(locale)
    return {name: frozenset(locales) for name, locales in found.items()}


# Words a sheet's name may give beside its language (normalised): "English version", "Version française",
# "Deutsche Fassung", "Nederlandse versie", "Wersja polska", "Traduzione italiana".
_VERSION_WORDS = frozenset(
    {
        "version",
        "fassung",
        "sprachfassung",
        "versie",
        "wersja",
        "versione",
        "versao",
        "translation",
        "ubersetzung",
        "traduction",
        "traduccion",
        "traduzione",
        "tlumaczenie",
        "language",
        "sprache",
        "langue",
    }
)
_SHEET_WORDS = regex(r"[^\W_]+")
_MAX_SHEET_NAME = 100


def sheet_language(name: str) -> tuple[str, str] | None:
    """``(rest, code)`` when a sheet's name gives the language of its text, by code or by its name in an
    interface language ("EN", "Deutsch", "English version", "Version française", "Module DE"): ``rest`` is
    the rest of the name, normalised ("module"), the same in each language's sheet of one table."""
    if len(name) > _MAX_SHEET_NAME:
        return None
    codes = vocab.get("languages")
    found: set[str] = set()
    rest: list[str] = []
    for word in _SHEET_WORDS.findall(name):
        code = word.lower() if LANGUAGE_KEY.match(word.lower()) and word.lower() in codes else _language_of(word)
        if code is not None:
            found.add(code)
        elif normalise(word) not in _VERSION_WORDS:
            rest.append(normalise(word))
    if len(found) == 1:
        return " ".join(rest), found.pop()
    return None


def _named_languages(text: str) -> Iterator[tuple[str, str]]:
    """``(head, code)`` for each way of reading ``text`` as a field and a language's name: the name closing
    it after one of its last three partings ("Title (English)", "Title in English"), or opening it ("English
    title")."""
    if len(text) > _MAX_LANGUAGE_HEADER:
        return
    partings = list(_NAME_PARTING.finditer(text))
    for parting in reversed(partings[-3:]):
        code = _language_of(text[parting.start() :])
        if code is not None:
            yield text[: parting.start()].strip(), code
    if partings and partings[0].start() > 0:
        code = _language_of(text[: partings[0].start()])
        if code is not None:
            yield text[partings[0].end() :].strip(), code


def _deref(node: Any) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        target = node["$ref"].lstrip("#").strip("/").split("/")
        found: Any = descriptor_schema()
        for token in target:
            found = found[token]
        node = found
    return node if isinstance(node, dict) else {}


def _branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of an ``anyOf`` (flattened), or the node itself when its ``anyOf`` only constrains."""
    if not _alternatives(node):
        return [node]
    return [leaf for branch in node["anyOf"] for leaf in _branches(_deref(branch))]


def _alternatives(node: dict[str, Any]) -> bool:
    return "anyOf" in node and "type" not in node and "properties" not in node


def _is_texty(node: dict[str, Any]) -> bool:
    """A language string, or anything with a plain-text branch."""
    return any(b.get("type") == "string" for b in _branches(node))


def _format(node: dict[str, Any]) -> str | None:
    """``date``, ``url`` or ``duration``: what a string field's text must be (the first branch that says)."""
    for branch in _branches(node):
        if branch.get("format") in ("date", "url"):
            return str(branch["format"])
        if str(branch.get("pattern", "")).startswith("^P("):
            return "duration"
    return None


def _leaf(node: dict[str, Any], path: tuple[str, ...]) -> Field | None:
    node = _deref(node)
    if _alternatives(node):
        return Field(path, "text", format=_format(node)) if _is_texty(node) else None
    typ = node.get("type")
    if "enum" in node or "const" in node:
        return Field(path, "string", tuple(node.get("enum", [node.get("const")])), _vocab_for(path))
    if typ == "array":
        items = _deref(node.get("items", {}))
        if _alternatives(items):
            return Field(path, "text-list") if _is_texty(items) else None
        if items.get("type") in ("string", None) and ("enum" in items or items.get("type") == "string"):
            return Field(path, "list", tuple(items.get("enum", ())), _vocab_for(path))
        return None
    if typ == ["string", "integer"]:
        return Field(path, "string-or-integer")
    if typ in ("string", "number", "integer", "boolean"):
        return Field(path, typ, vocab=_vocab_for(path), format=_format(node) if typ == "string" else None)
    return None


def _vocab_for(path: tuple[str, ...]) -> str | None:
    named = [t for t in path if not t.isdigit()]
    if not named:
        return None
    if tuple(named[-3:]) == _ACCREDITATION_TYPE:
        return "accreditation-types"
    if named[-1] == "eqf":
        return "eqf"
    return _CODE_VOCAB.get(named[-1]) or _ENUM_VOCAB.get(named[-1])


def _walk(node: dict[str, Any], tokens: tuple[str, ...], done: tuple[str, ...]) -> Field | None:
    node = _deref(node)
    if not tokens:
        return _leaf(node, done)
    token, rest = tokens[0], tokens[1:]
    for branch in _branches(node):
        found = _step(branch, token, rest, done)
        if found is not None:
            return found
    return None


def _step(node: dict[str, Any], token: str, rest: tuple[str, ...], done: tuple[str, ...]) -> Field | None:
    here = (*done, token)
    if node.get("type") == "array":
        items = _deref(node.get("items", {}))
        if token.isdigit() and len(token) <= 3:
            return _walk(items, rest, here)
        if LANGUAGE_KEY.match(token) and not rest and _is_texty(items):
            return Field(here, "lang-list")
        return None
    if node.get("type") != "object" and "properties" not in node:
        return None
    properties = node.get("properties", {})
    if token in properties:
        if done == () and token == "extensions":
            return Field((*here, *rest), "any") if rest else None
        return _walk(properties[token], rest, here)
    extra = node.get("additionalProperties")
    names = node.get("propertyNames", {}).get("pattern")
    if isinstance(extra, dict) and names == "^[a-z]{2}$" and LANGUAGE_KEY.match(token):
        return _walk(extra, rest, here)
    return None


# The English names the aliases table gives date columns: a date column under any other name of the table is
# headed in a language that writes slashed dates day first, as every European language but English does.
_ENGLISH_DATE_HEADERS = frozenset(
    normalise(name)
    for name in [
        "Start",
        "Start date",
        "Begin",
        "Begins",
        "End",
        "End date",
        "Ends",
        "Issue date",
        "Date of issue",
        "Date of issuing",
        "Issued",
        "Issued on",
        "Awarded on",
        "Last reviewed",
        "Review date",
        "Last review",
        "Reviewed",
        "Date of birth",
        "Birth date",
        "Last external review",
        "External review date",
    ]
)


def headed_day_first(header: str) -> bool:
    """Whether a date column's header is a name the aliases table gives in a language other than English
    ("Date de début", "Data di inizio", "Ημερομηνία έναρξης"): its slashed dates are day first."""
    key = normalise(header)
    path = field_aliases().get(key)
    field = field_for_path(path) if path is not None else None
    return field is not None and field.format == "date" and key not in _ENGLISH_DATE_HEADERS


@functools.lru_cache(maxsize=4096)
def field_for_path(dotted: str) -> Field | None:
    """The field a dotted path names (``workload.ects``), or ``None`` when the schema has no such leaf."""
    tokens = tuple(t for t in dotted.strip().split("."))
    if not tokens or any(not t for t in tokens):
        return None
    tokens = tuple(t if t.isdigit() else t.lower() for t in tokens)
    if tokens[0] == "extensions":
        return Field(tokens, "any") if len(tokens) > 1 else None
    return _walk(descriptor_schema(), tokens, ())


def load_mapping(path: str | Path) -> dict[str, str | None]:
    """Read a mapping file (YAML ``header: dotted.path``; ``null`` ignores the column).

    Raises :class:`ConfigError` naming the file for anything unusable, so a run never starts with a
    mapping that silently does nothing.
    """
    try:
        read = config_yaml.read(path)
    except config_yaml.Unreadable as exc:
        raise ConfigError(
            msg("{file}: cannot read the mapping file: {reason}", file=exc.where, reason=exc.problem)
        ) from None
    raw = read.data
    if not isinstance(raw, dict):
        raise ConfigError(
            msg(
                "{file}: a mapping file is a YAML mapping of column header to descriptor field, "
                "e.g. 'Credits (ECTS): workload.ects'",
                file=str(path),
            )
        )
    mapping: dict[str, str | None] = {}
    headers: dict[str, object] = {}
    for header, target in raw.items():
        where = read.where(header)
        if header is None:  # "null:", "~:" or ":": YAML's null, which no sheet's header reads as
            spelt = next((text for text in ("", "~", "null", "Null", "NULL") if (text,) in read.lines), "")
            raise ConfigError(
                msg(
                    "{file}: a header is null, not text; write the column's header, in quotes if it is the word null",
                    file=read.where(spelt),
                )
            )
        if target is not None and (not isinstance(target, str) or field_for_path(target) is None):
            raise ConfigError(
                msg(
                    "{file}: column '{header}' is mapped to {target}, which is not a descriptor field; "
                    "use a dotted path such as workload.ects, title.en or awarding_bodies.0.name "
                    "(or null to ignore the column)",
                    file=where,
                    header=str(header),
                    target=repr(target),
                )
            )
        key = normalise(str(header))
        if not key:
            raise ConfigError(
                msg("{file}: the header {header} has no letters or digits to match", file=where, header=repr(header))
            )
        if key in mapping and mapping[key] != target:
            raise ConfigError(
                msg(
                    "{file}: the headers {first} and {second} are matched as the same column (case, spaces and "
                    "punctuation aside) but mapped to different fields; keep one",
                    file=where,
                    first=repr(headers[key]),
                    second=repr(header),
                )
            )
        headers.setdefault(key, header)
        mapping[key] = target
    return mapping


def _without_unit(text: str) -> str | None:
    """A header's words without the word naming the unit of study before or after them, that word's accents ignored
    as the unit words are written without them ("Denumire disciplină", "Název předmětu"); ``None`` when it names
    none."""
    for form in dict.fromkeys((text, unaccented(text))):
        rest = _OF_UNIT.sub("", form, count=1).strip()
        if rest != form:
            return rest
    return None


# The slash between the names of a header naming its field twice.
_JOINED = regex(r"\s*/\s*")


class ColumnResolver:
    """Resolves headers to fields, with an optional user mapping taking precedence."""

    def __init__(self, mapping: Mapping[str, str | None] | None = None) -> None:
        self.mapping = dict(mapping or {})

    def resolve(self, header: str) -> Field | None:
        """The field for a header, :data:`IGNORE`, or ``None`` when the header names no field."""
        text = str(header).strip()
        if len(text) > _MAX_HEADER_CHARS:
            return None
        found = (
            self._named(text)
            or self._system_credits(text)
            or (field_for_path(_IDENTIFIER_VALUE) if identifier_scheme_named(text) else None)
            or self._numbered(text)
            or self._annotated(text)
            or self._joined(text)
            or self._of_unit(text)
            or self._address_of(text)
            or self._of_owner(text)
            or self._taxed(text)
        )
        if found is None and "_" in text and "." not in text:
            # A header written as an identifier ("provider_name", "qa_body") names what its words name.
            return self.resolve(" ".join(text.replace("_", " ").split()))
        return found

    @staticmethod
    def _system_credits(text: str) -> Field | None:
        """Credits of a system of 10 notional hours named before the word for credits (``SCQF credits``, ``CATS
        points``), as a note names them after it (``Credits (SCQF)``): not ECTS (20 SCQF credits are 10 ECTS); the
        system is implied (see cell_values.header_credit_system)."""
        return field_for_path("workload.other_credits.value") if ten_hour_system_named(text) else None

    def grouped(self, group: str, sub: str) -> Field | None:
        """The field a group heading and a sub-header under it name together, read with the group first (``Title``
        over ``EN``, ``Workload`` over ``Hours``) or after the sub-header, as it is or in the genitive, as Slavic
        languages name a thing's own field (STAG's ``Výuka`` over ``Forma`` is ``Forma výuky``)."""
        found = self.resolve(f"{group} {sub}")
        if found is not None or len(group) > _UNIT_HEADER_CHARS:
            return found
        inflected = (group[: len(group) - len(own)] + end for end, own in _GENITIVES if group.endswith(own))
        for owner in dict.fromkeys((group, *inflected)):
            found = self.resolve(f"{sub} {owner}")
            if found is not None:
                return found
        return None

    def _taxed(self, text: str) -> Field | None:
        """A price's header closed by a word on tax, bare (``Tarif HT``, ``Preis netto``, ``Prix TTC``) or saying
        whether the tax is in it (``Price excl. VAT``, ``Preis inkl. MwSt.``): the price."""
        head = without_tax_note(text)
        if not head or head == text:
            return None
        found = self.resolve(head)
        return found if found is not None and found.path == _PRICE else None

    def _address_of(self, text: str) -> Field | None:
        """The web address of the organisation a header names with a word for a website: ``Awarding body
        website``, ``Homepage Hochschule``, ``Homepage des Anbieters`` are the awarding body's ``url``."""
        if len(text) > _UNIT_HEADER_CHARS:
            return None
        rest = _ADDRESS.sub("", text, count=1).strip()
        owner = self._owner(rest) if rest and rest != text else None
        return field_for_path(".".join((*owner, "url"))) if owner else None

    def _owner(self, text: str) -> tuple[str, ...] | None:
        """The path of the object a name (perhaps in the genitive) names: ``()`` for a unit of study (``Kurses``,
        ``kursu``), ``awarding_bodies.0`` for ``Anbieters`` or ``uczelni``; ``None`` for any other."""
        stems = (
            text,
            *(text[: -len(end)] + own for end, own in _GENITIVES if text.endswith(end) and len(text) > len(end)),
        )
        for stem in stems:
            if _UNIT_WORD.fullmatch(stem) or _UNIT_WORD.fullmatch(unaccented(stem)):
                return ()
            found = self._plain(stem, normalise(stem)) or self._of_unit(stem)
            if found is not None and found is not IGNORE and found.path[-1] in _ORGANISATION_NAMES:
                return found.path[:-1]
        return None

    def _of_owner(self, text: str) -> Field | None:
        """A field's name with its owner's: ``Name des Anbieters``, ``Pays de l'organisme``, ``Nazwa uczelni``,
        ``Anbieter: Land`` are the awarding body's; ``Dauer des Moduls``, ``Język kursu`` the unit's own. A word
        for "name" so qualified names the owner; a field the owner has not (``Land des Teilnehmers``) is none."""
        if len(text) > _UNIT_HEADER_CHARS:
            return None
        for match in (_OWNER_FIRST.match(text), _OF_OWNER.match(text), _GENITIVE_OWNER.match(text)):
            owner = self._owner(match.group("owner").strip()) if match is not None else None
            if match is None or owner is None:
                continue
            return self._owned(match.group("field").strip(), owner)
        return None

    def _owned(self, words: str, owner: tuple[str, ...]) -> Field | None:
        """The field ``words`` name of the object at ``owner`` (``()`` for the unit of study itself)."""
        found = self._named(words) or self._annotated(words)
        if not owner:
            return None if found is IGNORE else found
        if normalise(words) in _UNIT_NAMES or (found is not None and found.dotted == "title"):
            leaves: tuple[str, ...] = _ORGANISATION_NAMES
        elif found is None or found is IGNORE:
            leaves = ()
        else:
            # A web page with its owner is the owner's page ("Website (provider)").
            leaves = (found.path[-1], "url") if found.format == "url" else found.path[-1:]
        return next((f for leaf in leaves if (f := field_for_path(".".join((*owner, leaf))))), None)

    def _of_unit(self, text: str) -> Field | None:
        """A field's name with the unit of study it belongs to: ``Course start date``, ``Codice insegnamento``,
        ``Nombre asignatura`` (a word for "name" so qualified is the title)."""
        if len(text) > _UNIT_HEADER_CHARS:
            return None
        rest = _without_unit(text)
        if not rest:
            return None
        if normalise(rest) in _UNIT_NAMES:
            return field_for_path("title")
        found = self._named(rest) or self._annotated(rest)
        return None if found is IGNORE else found

    def _joined(self, text: str) -> Field | None:
        """A header joining two or three names of one field with slashes: ``Lernergebnisse / Kompetenzen``,
        ``Course code / ID``. Names of different fields (``Title / ECTS``) name none."""
        parts = _JOINED.split(text)
        if not 2 <= len(parts) <= 3:
            return None
        found = {self._named(p) or self._annotated(p) for p in parts}
        field_ = found.pop() if len(found) == 1 else None
        return None if field_ is None or field_ is IGNORE else field_

    def _numbered(self, text: str) -> Field | None:
        """One item of a list, its columns numbered: ``Learning outcome 1``, ``LO2``, ``Lernergebnis Nr. 3``."""
        match = _ITEM_NUMBER.match(text)
        if match is None or not 1 <= int(match.group("n")) <= _MAX_ITEMS:
            return None
        base = self._named(match.group("head")) or self._annotated(match.group("head"))
        if base is None or base is IGNORE or base.kind not in ("list", "text-list"):
            return None
        return field_for_path(f"{base.dotted}.{int(match.group('n')) - 1}")

    def named_plainly(self, text: str) -> Field | None:
        """The field a text names as a whole (in the mapping, as a dotted path or as an alias), quickly: no
        language or note is looked for."""
        key = normalise(text)
        return self._plain(text.strip(), key) if key else None

    def _named(self, text: str) -> Field | None:
        key = normalise(text)
        if not key:
            return None
        found = self._plain(text, key)
        return found if found is not None else self._with_language(text)

    def _plain(self, text: str, key: str) -> Field | None:
        """The field a header names as a whole: in the mapping, as a dotted path or as an alias."""
        if key in self.mapping:
            target = self.mapping[key]
            return IGNORE if target is None else field_for_path(target)
        if "." in text or text.isidentifier():
            found = field_for_path(text)
            if found is not None:
                return found
        if key in field_aliases():
            return field_for_path(field_aliases()[key])
        return None

    def _with_language(self, text: str) -> Field | None:
        """``Title (nl)`` / ``Learning outcomes EN`` / ``Titel (Deutsch)`` / ``English title``: a text field
        (named as a whole) and a language, by its code or by its name in an interface language."""
        match = _LANG_SUFFIX.search(text)
        head = text[: match.start()].rstrip() if match is not None else ""
        if match is not None and head:
            code = (match.group("a") or match.group("b") or match.group("c")).lower()
            found = self._in_language(head, code) if code in vocab.get("languages") else None
            if found is not None:
                return found
        for head, code in _named_languages(text):
            found = self._in_language(head, code)
            if found is not None:
                return found
        return None

    def _in_language(self, head: str, code: str) -> Field | None:
        base = self._plain(head, normalise(head)) if head else None
        if base is None or base is IGNORE or base.kind not in ("text", "text-list"):
            return None
        return field_for_path(f"{base.dotted}.{code}")

    def _annotated(self, text: str) -> Field | None:
        """A header with closing notes: ``EQF level (1-8)``, ``Title (required)``, ``Price (EUR)``.

        The words before the notes name the field, unless a note names a number field, as a unit does:
        ``Dauer (Stunden)`` is hours, not a duration, and ``Notional workload (ECTS)`` is ECTS; a note naming an
        organisation is the field's owner (``Land (Anbieter)``, :meth:`_noted_owner`), and a note naming a field
        after an organisation is that organisation's field (``Anbieter (Land)``). A note of two letters is a
        language code (known ones are read by :meth:`_with_language`).
        """
        for _ in range(_MAX_NOTES):
            match = _NOTE_SUFFIX.search(text)
            if match is None:
                return None
            note = _note_of(match)
            unit = self._named(note)
            if unit is not None and unit.kind in ("number", "integer"):
                return unit
            if names_ten_hour_credits(note) and getattr(self._named(text[: match.start()].strip()), "path", ()) == (
                "workload",
                "ects",
            ):
                # "Credits (CATS)": credits of the system the note names, not ECTS (15 CATS are 7.5 ECTS); the
                # system is implied (see cell_values.header_credit_system).
                return field_for_path("workload.other_credits.value")
            head = text[: match.start()].strip()
            timed = self._timed(note, head)
            if timed is not None:
                return timed
            if is_tax_word(note):
                text = head  # "Prix (HT)": a note on tax, not a language (ht is Haitian's code)
                continue
            if (
                unit is not None
                and unit.path[0] == "level"
                and getattr(self._named(head), "path", ())[:1] == ("level",)
            ):
                return unit  # "Level (NFQ)": the level of the framework the note names
            if currency_sign(note) and getattr(self._named(head), "path", ()) == ("price", "amount"):
                return self._named(head)  # "Ár (Ft)": the price in the currency its sign names
            if LANGUAGE_KEY.match(note.lower()):
                return None  # a language code not known ("Title (xx)"): not the field in some other language
            text = text[: match.start()].strip()
            owner = self._owner(note) if note and text else None
            if owner:
                return self._noted_owner(text, owner)
            first = self._owner(text) if unit is not None else None
            if first:
                return self._owned(note, first)
            found = self._named(text) or self._taxed(text)
            if found is not None:
                return found
        return None

    def _timed(self, note: str, head: str) -> Field | None:
        """The field a workload's or a duration's header names by the unit of time its note gives: hours
        (``Durée (h)``, ``Duration (hrs)``) or a length of time (``Omfattning (veckor)``, ``Umfang (Wochen)``: weeks
        are no credits); ``None`` for any other note or head."""
        if not note or len(note) > _UNIT_NOTE_CHARS:
            return None
        named = self._named(head) if head else None
        if named is None or named.path not in _TIMED_FIELDS:
            return None
        if names_unit(note, HOUR_WORDS):
            return field_for_path("workload.hours")
        return field_for_path("participation.schedule.duration") if iso_duration(f"2 {note}") else None

    def _noted_owner(self, text: str, owner: tuple[str, ...]) -> Field | None:
        """The field ``text`` names, noted with the owner at ``owner``: the owner's own (``Country (provider)``),
        else the unit of study's own, the note saying whose figure it is (``Price (provider)``, ``Title
        (provider)``: an organisation has a name, not a title); a third owner's field (``Land (Teilnehmer)``) is
        none."""
        owned = None if normalise(text) in _TITLE_WORDS else self._owned(text, owner)
        if owned is not None:
            return owned
        found = self._named(text) or self._annotated(text)
        if found is None or found is IGNORE:
            return None
        third = any(field_for_path(".".join((*found.path[:-1], leaf))) for leaf in _ORGANISATION_NAMES)
        return None if third else found
