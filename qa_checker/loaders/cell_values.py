"""Cell values read as descriptor values: the text of a spreadsheet cell (or a number or date it holds) as the
field's type, the way providers type them in Excel, LibreOffice or a CSV file.

Numbers with their unit ("5 ECTS", "125 h", "€ 450,-") and in local notations (decimal commas, grouped
thousands), dates in ISO, day-first, named-month and serial forms (counted from the workbook's epoch), yes/no
words of seven languages, levels written with their framework ("EQF 6", "DQR-Niveau 5"), and codes written
as ``NL - Netherlands`` or by a label. A value that does not convert is kept as written for the schema to
report; how a value was read is a note on its cell (:class:`Converted`).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Container
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from qa_checker import listing, vocab
from qa_checker.aliases import (
    APPROXIMATELY,
    BOUND_OR_PART,
    LABEL_WORDS,
    NUMBER_OF,
    PERIOD_FIELDS,
    YEAR_WORD,
    dot_may_group_thousands,
    duration_written,
    field_aliases,
    iso_duration,
    named_date,
    normalise,
    period_written,
    roman_number,
    weekday_named,
    without_date_words,
)
from qa_checker.ects import (
    CREDIT_UNITS,
    HOUR_WORDS,
    WITH_UNIT,
    WORKLOAD_PAIR,
    minutes_as_hours,
    names_ten_hour_credits,
    names_unit,
    ten_hour_system_named,
    weekly_hours,
)
from qa_checker.findings import Severity
from qa_checker.frameworks import EQF_LEVELS, NQF_ALIASES, NQF_NAMES
from qa_checker.loaders.columns import Field, closing_note, field_for_path, identifier_scheme_named
from qa_checker.loaders.sheet import EXCEL_EPOCH, Amount
from qa_checker.patterns import regex
from qa_checker.text import N_, Text, clip, msg
from qa_checker.value_reader import (
    CROWNS_BY_COUNTRY,
    CURRENCY_SIGNS,
    GROSS_WORDS,
    MINUS_SIGNS,
    NOTE_UNITS,
    amount_currency,
    ascii_minus,
    code,
    crowns,
    currency,
    currency_named,
    currency_sign,
    joined_codes,
    joined_languages,
    language,
    mode,
    number,
    plain_digits,
    price_written,
    typed,
    url_written,
    value_forms,
    without_tax_note,
)

_LEADING_ZERO_HINT = N_("Format the column as Text in Excel so codes keep their leading zeros.")


@dataclass(frozen=True)
class Converted:
    value: Any
    # A note on how the cell was read; its ``{cell}`` is filled in with the cell's reference.
    note: Text | None = None
    hint: str | Text = _LEADING_ZERO_HINT
    severity: Severity = Severity.INFO
    # Values of other fields the cell gives too (a price's currency): (path, value) each.
    implied: tuple[tuple[tuple[str, ...], Any], ...] = ()


_FORMULA_START = regex(r"^\s*(?:=|[+\-@][A-Za-z_][A-Za-z0-9_.]*\()")
_TRUE = frozenset({"true", "yes", "y", "x", "1", "ja", "oui", "si", "sí", "sì", "tak", "waar", "wahr", "vrai"})
# Checkboxes as exports write them: a ticked box or a tick is yes, an empty box or a cross mark is no.
_TRUE |= {"verdadero", "vero", "✓", "✔", "☑", "✅"}
_FALSE = frozenset({"false", "no", "n", "0", "nee", "nein", "non", "nie", "onwaar", "falsch", "faux", "falso"})
_FALSE |= {"☐", "✗", "✘", "❌"}
# Yes and no, and the TRUE and FALSE a localised spreadsheet shows, in the other languages of the descriptors:
# Portuguese, Swedish, Danish, Finnish, Czech, Slovak, Hungarian, Romanian, Greek, Croatian, Slovene, Estonian,
# Lithuanian, Latvian, Bulgarian and Maltese.
_TRUE |= {"sim", "verdadeiro", "sant", "sand", "kyllä", "tosi", "ano", "áno", "pravda", "prawda", "igen", "igaz"}
_TRUE |= {"da", "adevărat", "ναι", "αληθές", "αληθες", "točno", "jah", "tõene", "taip", "jā", "да", "iva"}
_FALSE |= {"não", "nej", "falskt", "falsk", "ei", "epätosi", "ne", "nepravda", "fałsz", "nem", "hamis", "nu"}
_FALSE |= {"fals", "όχι", "οχι", "ψευδές", "ψευδες", "netočno", "nē", "не", "le"}
_UNITS = {
    "ects": CREDIT_UNITS,
    "credits": CREDIT_UNITS,
    "hours": HOUR_WORDS,
}
# What separates the awarding bodies, or their countries, listed in one cell. A separator with its spaces before it
# begins where they begin, never inside a run of spaces, each place of which was tried to the run's end (quadratic:
# 20,000 spaces took 4 s); after spaces only a separator begins one. It matches as "\s*(?:;|\n)\s*" does.
BODIES_SPLIT = regex(r"(?<!\s)\s*[;\n]\s*|[;\n]\s*")
_WORKLOADS = (("workload", "ects"), ("workload", "hours"))
# Words around an EQF level ("EQF 6", "Niveau 6", "Poziom 6"), as normalised header words.
_LEVEL_WORDS = frozenset(
    {"eqf", "eqr", "cec", "mec", "mecu", "erk", "qf", "level", "niveau", "nivel", "livello", "poziom", "stufe"}
    # "Level" and the EQF's own initials in the other languages of the descriptors, as normalise() gives them:
    # Swedish nivå, Finnish taso, Czech and Slovak úroveň, Hungarian szint (EKKR), Croatian razina (EKO),
    # Slovene raven (EOK), Greek επίπεδο, Estonian tase, Lithuanian lygis (EKS), Latvian līmenis (EKI),
    # Bulgarian ниво (ЕКР), Portuguese QEQ.
    | {"niva", "taso", "uroven", "szint", "ekkr", "razina", "eko", "raven", "eok", "επιπεδο", "tase", "lygis"}
    | {"eks", "limenis", "eki", "ниво", "екр", "qeq", "ekr"}
)
_NOTE = regex(r"\([^()]*\)")
# A label after a level and a spaced dash or colon ("6 - Bachelor"), holding no digit of its own; a word with
# lower-case letters, not another level ("VI - VII").
_LEVEL_LABEL = regex(r"(?<=\w)\s+[-–—:]\s+[^\d]+$")
_LEVEL_HALVES = regex(r"\s+[-–—:]\s+")
# The EQF's names in the EU's languages (EQR in German and Dutch, CEC in French, MEC in Spanish, ERK/EKR in
# Polish, Czech and Slovak), and the Roman numerals of its levels.
_EQF_NAMES = frozenset({"eqf", "eqr", "cec", "mec", "mecu", "erk", "ekr", "eqfniveau", "eqrniveau"})
_EQF_NAMES |= {"ekkr", "eko", "eok", "eks", "eki", "екр", "qeq"}
# Longer texts are never a level with its words.
LEVEL_CHARS = 80
# National qualifications frameworks by their acronyms, as normalised words of a header or cell (and the Irish NFQ
# by its owner's, "QQI Level 6").
_FRAMEWORKS = (
    {alias.casefold(): name for alias, name in NQF_ALIASES.items()}
    | {w.casefold(): w for w in ("DQR", "NLQF", "PRK", "QNQ", "SeQF", "NKR", "SKKR", "HKO", "NSK", "NFQ", "QQI")}
    # the Greek and Bulgarian acronyms in their own letters ("Επίπεδο ΕΠΠ", "Ниво по НКР")
    | {name: framework for name, framework in NQF_NAMES.items() if " " not in name and not name.isascii()}
)
NQF_WORDS = _LEVEL_WORDS | frozenset(_FRAMEWORKS) | {"nqf"}
NQF_LEVEL, NQF_FRAMEWORK = ("level", "nqf", "level"), ("level", "nqf", "framework")
_AMOUNT, _CURRENCY = ("price", "amount"), ("price", "currency")
_CURRENCY_CODE = regex(r"^[A-Z]{3}$")
ISO_DATE = regex(r"^\d{4}-\d{2}-\d{2}$")
# Croatian, Serbian and Hungarian close a date with a dot: "1.10.2026.", "2026. 09. 01.".
_DATE_DMY = regex(r"^(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4})\.?$")
_DATE_YMD = regex(r"^(\d{4})([./-])\s?(\d{1,2})\2\s?(\d{1,2})\.?$")
# A date and time as LMS exports write them: 2026-01-15T00:00:00, 2026-01-15 09:30:00.000Z, ...+01:00 (the date
# is the one written, in the time's own zone).
_ISO_STAMP = regex(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?(?:\s?Z|\s?[+-]\d{2}:?\d{2})?$")
# Hours written as hours and minutes (and seconds): 125:00, 1:30, 05:00:00.
_HOURS_MINUTES = regex(r"^(\d{1,5}):([0-5]\d)(?::([0-5]\d))?$")
# A date's serial number exported as text (a CSV of a column not formatted as a date).
_SERIAL_TEXT = regex(r"^\d{5}$")
# A weekday before a date and a time of day after it, as learning platforms print dates ("Monday, 1 September
# 2026, 12:00 AM", "Montag, 1. September 2026, 00:00", "lundi 1 septembre 2026, 09:30").
_WEEKDAY = regex(r"^(?P<w>[^\W\d_]{2,})\.?,?\s+")
_TIME_OF_DAY = regex(
    r",?\s+(?:um\s+|à\s+|at\s+|o\s+)?(?P<h>\d{1,2})[:.h](?P<m>\d{2})(?::\d{2})?(?:\s*(?P<p>[AaPp])\.?[Mm]\.?)?"
    r"(?:\s*(?:Uhr|h))?$"
)
# Unix time, seconds since 1970, as learning platforms export a date (Moodle's course download: 1756677600), and
# the easternmost offset of the EU's time zones (UTC+3): a platform's local midnight there or west of it falls on
# its own date when read at that offset.
_UNIX_TIME = regex(r"^\d{9,10}$")
_UNIX_EPOCH = datetime(1970, 1, 1)
_EU_EAST = timedelta(hours=3)
# The longest date so dressed read: a longer cell is some other text.
_DRESSED_DATE_CHARS = 80
# A date column's plain number is a date whose cell was not formatted as one when it is the serial number
# of a day from 1 January 1990 to 1 January 2100, counted from the workbook's epoch (EXCEL_EPOCH).
_SERIAL_DAYS = (date(1990, 1, 1), date(2100, 1, 1))


# A mark typed for "no value" ("-", "–", "/", "n/a", "k. A.", "n.v.", "b.d."): no number, date or code. A value
# still to come ("tbd") is kept, for the finding to say so.
_NO_VALUE = regex(
    r"^(?:[-–—/?.]{1,3}|n\s?/\s?a|n\.\s?a\.|k\.\s?a\.|n\.\s?v\.|n\.\s?d\.|b\.\s?d\.|s\.\s?d\.)$", re.IGNORECASE
)


def no_value(value: Any, spec: Field) -> bool:
    """Whether a cell holds a mark for no value ("-", "n/a", "k. A.") where the field wants a number, a
    date, a web address, a yes or no or a code, none of which the mark can be."""
    if not isinstance(value, str) or _NO_VALUE.match(value.strip()) is None:
        return False
    return bool(spec.kind in ("number", "integer", "boolean", "list") or spec.format or spec.vocab or spec.enum)


def names_no_level(text: str) -> bool:
    """Whether a national level's cell names none: no number, nor a Roman numeral ("Non-accredited", "keine",
    "sans niveau"), where a level is written "6", "Level 6", "Niveau III"."""
    return _LEVEL_MARK.search(text) is None


# What a level is written with: a digit, or a Roman numeral as a word of its own.
_LEVEL_MARK = regex(r"\d|\b(?:I{1,3}|IV|VI{0,3}|IX|X)\b")


def looks_like_formula(text: str) -> bool:
    """``=...``, ``+NAME(``, or a DDE call such as ``+cmd|' /C calc'!A0`` (a ``|`` and then a ``!`` on the
    first line). Found without a backtracking pattern, which took time quadratic in a long cell."""
    if _FORMULA_START.match(text):
        return True
    stripped = text.lstrip()
    if stripped[:1] not in ("+", "-", "@", "="):
        return False
    line = stripped[1:].split("\n", 1)[0]
    bar = line.find("|")
    return bar >= 0 and "!" in line[bar + 1 :]


def convert(
    value: Any, spec: Field, epoch: date = EXCEL_EPOCH, *, day_first: bool = False, header: str = ""
) -> Converted:
    """A cell value as the field's type; anything that does not convert is kept for the schema to report.
    ``epoch`` is the day the workbook counts a date's serial number from; ``day_first``, that the cell's
    column writes dates day first; ``header``, the column's header (an EQF level column named so reads
    Roman numerals). A label before the value that names the column's own field ("Preis: 950 €" under
    "Price", "Sprache: Deutsch"; one word without its colon before a value that is no free text: "Teilnahmegebühr
    950 €") is left out, noted, where the value would otherwise be kept as typed and what follows the label is read
    (or is free text)."""
    converted = _converted(value, spec, epoch, day_first=day_first, header=header)
    if spec.path == _STACKABILITY and converted.value == value:
        answer = _boolean(value)
        if isinstance(answer, bool):
            # A checkbox column ("Stackable": TRUE / FALSE, as Google Sheets exports it).
            read = "stackable" if answer else "stand-alone"
            return Converted(read, note=msg("{cell}: '{text}' read as {read}", text=str(value), read=read))
        towards = _stackable_towards(value, spec) if isinstance(value, str) else None
        if towards is not None:
            return towards
    label = (
        _OWN_LABEL.match(value) or (None if _free_text(spec) else _OWN_WORD.match(value))
        if isinstance(value, str) and converted.note is None
        else None
    )
    if label is None or not _kept_with(converted.value, value, label[0].strip()) or not _names(label[1], spec):
        return converted
    rest = value[label.end() :]
    unlabelled = _converted(rest, spec, epoch, day_first=day_first, header=header)
    if not _read_as_value(unlabelled, rest, spec):
        return converted
    return replace(
        unlabelled,
        note=unlabelled.note
        or msg("{cell}: the label '{label}' before the value was left out", label=label[1].strip()),
        hint=unlabelled.hint if unlabelled.note else msg("Give the value alone: the column's header names it."),
    )


def _stackable_towards(text: str, spec: Field) -> Converted | None:
    """A stackability written with what it stacks towards ("stapelbar zum Zertifikat Data Engineering", "Stackable
    towards the MSc Data Science"): stackable, and the credential named after the preposition as its target."""
    found = _TOWARDS.match(" ".join(text.split()))
    if found is None or as_code(found["word"], spec) != "stackable":
        return None
    target = found["target"].strip(" .;")
    return Converted(
        "stackable",
        note=msg("{cell}: read as stackable towards '{target}'", target=clip(target, 80)),
        hint=msg("Give the type and what it stacks towards in columns of their own."),
        implied=((_TOWARDS_TITLE, target),),
    )


_STACKABILITY, _TOWARDS_TITLE = ("stackability", "type"), ("stackability", "towards", "0", "title")
# A word for stackable, a preposition of direction and an article, then the credential it stacks towards.
_TOWARDS = regex(
    r"^(?P<word>[^\W\d_]+)\s+(?:towards?|to|into|zum|zur|zu|auf|naar|tot|vers|pour|hacia|para|verso|per|do|till|mot)"
    r"\s+(?:(?:the|den|dem|der|die|das|de|het|een|le|la|les|l['’]|el|los|las|il|lo|gli|a|an|ein|eine|einen|einem|"
    r"einer)\s+)?(?P<target>\S.{0,300})$",
    re.IGNORECASE,
)


# The kinds of field whose value is free text: a label before it is left out whatever follows.
_TEXTS = ("text", "string", "text-list", "lang-list")
# A label before a cell's value, of up to three words, and its colon ("Preis: ", "Prix : ", "Kurssprache: ").
_OWN_LABEL = regex(rf"^\s*({LABEL_WORDS})\s?:\s*(?=\S)")
# A label of one word without its colon ("Teilnahmegebühr 950 €", "Unterrichtssprache Deutsch").
_OWN_WORD = regex(r"^\s*([^\W\d_]{1,30})\s+(?=\S)")


def _free_text(spec: Field) -> bool:
    """Whether the field ``spec`` takes free text (no code, number, date, duration or address)."""
    return spec.kind in _TEXTS and not (spec.vocab or spec.enum or spec.format)


def _read_as_value(read: Converted, rest: str, spec: Field) -> bool:
    """Whether what follows a label was read as a value of the field ``spec``: free text, a number for a number, or
    else changed by reading, or a code of the field's vocabulary or a date as typed."""
    text = _typed(rest)
    if _free_text(spec):
        return True
    if spec.kind in ("number", "integer"):
        return type(read.value) in (int, float)
    if read.value not in (text, [text]):
        return True
    return bool(ISO_DATE.match(text)) if spec.format == "date" else code(text, spec.vocab, spec.enum) is not None


def _kept_with(read: Any, value: str, label: str) -> bool:
    """Whether a cell's value was kept as typed, or a list's first item was, with its label."""
    first = read[0] if isinstance(read, list) and read else read
    return read == _typed(value) or (isinstance(first, str) and first.startswith(label))


def _names(label: str, spec: Field) -> bool:
    """Whether a label names the field ``spec`` (by the column names table, list positions aside)."""
    named = field_aliases().get(normalise(label))
    return named is not None and [p for p in named.split(".") if not p.isdigit()] == [
        p for p in spec.path if not p.isdigit()
    ]


def _converted(
    value: Any, spec: Field, epoch: date = EXCEL_EPOCH, *, day_first: bool = False, header: str = ""
) -> Converted:
    """:func:`convert` without a label's reading."""
    kind = spec.kind
    if kind in ("number", "integer"):
        # "−4", "EQF ‐5": a negative number, read so (and refused), never as 4; a text not read as a number is
        # kept as typed.
        if isinstance(value, str) and (signed := ascii_minus(value)) != value:
            read = _converted(signed, spec, epoch, day_first=day_first, header=header)
            if isinstance(read.value, (int, float)):
                return read
        if spec.vocab == "eqf" and isinstance(value, str):
            both = _with_national_level(value)
            if both is not None:
                return both
            value = level_digits(value, roman=names_eqf(header) or names_eqf(value))
        return _quantity(value, spec, header)
    if kind == "string-or-integer":
        number = as_number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value
        return Converted(number if isinstance(number, int) else as_text(number))
    if kind == "boolean":
        return Converted(_boolean(value))
    if spec.format == "date":
        read = _date(value, epoch, day_first=day_first)
        if spec.path in PERIOD_FIELDS and isinstance(value, str) and not ISO_DATE.match(str(read.value)):
            return _period(value, spec.path, epoch, day_first) or read
        return read
    if spec.format == "duration" and isinstance(value, str):
        return _duration(_typed(value))
    if spec.format == "url" and isinstance(value, str):
        return _url(value.strip())
    if kind in ("list", "text-list", "lang-list"):
        items = _split(value, codes=kind == "list")
        if kind != "list":
            return _stem(items, value)
        codes = _once([as_code(i, spec) for i in items], items)
        if spec.vocab or spec.enum:
            codes = [c for item, code in zip(items, codes) for c in _joined_values(item, code, spec)]
        return Converted(codes)
    if kind == "any":
        return Converted(
            value.strip()
            if isinstance(value, str)
            else as_text(value)
            if isinstance(value, (datetime, date, time, timedelta))
            else value
        )
    if spec.path == ("descriptor_version",) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return Converted(f"{float(value):.1f}")
    if spec.vocab == "isced-f" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _isced(value)
    if spec.enum and header:
        answered = _answered_value(value, spec, header)
        if answered is not None:
            return Converted(answered)
    if spec.enum and isinstance(value, str):
        affirmed = _AFFIRMED.match(value)
        named = as_code(affirmed.group(2), spec) if affirmed and _boolean(affirmed.group(1)) is True else None
        if named in spec.enum:
            return Converted(named)
    text = listing.from_html(as_text(value)) if kind == "text" else as_text(value)
    return Converted(as_code(text, spec) if spec.enum or spec.vocab else text)


# A yes before the value it affirms ("Ja, stapelbar", "Yes - stackable", "oui : cumulable").
_AFFIRMED = regex(r"^\s*([^\W\d_]{1,10}|[☑✓✔])\s*[,:;–-]\s*(\S.{0,100})$")


def _answered_value(value: Any, spec: Field, header: str) -> str | None:
    """The value a yes or a no under a column named by one of the field's values means ("Stackable: yes" is
    stackable; "no", the other of two values: stand-alone); ``None`` for any other cell or column."""
    answer = _boolean(value)
    if not isinstance(answer, bool):
        return None
    named = as_code(header, spec)
    if named not in spec.enum:
        return None
    others = [other for other in spec.enum if other != named]
    return named if answer else others[0] if len(others) == 1 else None


def _once(codes: list[str], items: list[str]) -> list[str]:
    """The codes of a cell's items, a code that two different words name ("wykład; ćwiczenia": classroom) kept
    once; a code written twice as itself stays twice, for the schema to tell."""
    kept: list[str] = []
    for item, found in zip(items, codes):
        if found in kept and item.strip() != found:
            continue
        kept.append(found)
    return kept


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return str(value)


def _typed(value: Any) -> str:
    """A cell's text for a number, code or date: the apostrophe that marks text in Excel dropped."""
    return typed(as_text(value))


def _quantity(value: Any, spec: Field, header: str = "") -> Converted:
    """A number, typed with its unit if it has one (``5 ECTS``, ``125 h``, ``1.250,00 €``); credits and hours
    typed together (``5 ECTS (125 h)``) give the other as implied.

    A number whose dots may group thousands or mark decimals (``1.000``) is kept as typed and noted.
    """
    if isinstance(value, Amount):
        shown = ((_CURRENCY, value.currency),) if spec.path == _AMOUNT else ()
        return Converted(as_number(float(value)), implied=shown)
    if isinstance(value, timedelta) and spec.path == _WORKLOADS[1]:
        return Converted(as_number(round(value.total_seconds() / 3600, 2)))  # hours typed as 125:00 ([h]:mm)
    if not isinstance(value, str):
        return Converted(as_number(value))
    if spec.path == _AMOUNT:
        return _price(value, header_currency(header, spec))
    text = plain_digits(_typed(value))
    span = _HOURS_MINUTES.match(text) if spec.path == _WORKLOADS[1] else None
    if span is not None:  # an [h]:mm cell as a CSV or a platform writes it (Open edX's effort, "05:00")
        hours, minutes, seconds = (int(part or 0) for part in span.groups())
        return _quantity(timedelta(hours=hours, minutes=minutes, seconds=seconds), spec)
    made = minutes_as_hours(text) if spec.path == _WORKLOADS[1] else None
    if made is None and spec.path == _WORKLOADS[1] and len(text) <= _LOOSE_CHARS:
        # Weeks and hours a week, as a MOOC platform lists its courses ("Approximately 3 weeks at 10 hours a
        # week"): the hours they make in all.
        made = weekly_hours(_LOOSE_BEFORE.sub("", text, count=1))
    if made is not None:
        return Converted(
            made,
            msg("{cell}: '{text}' was read as {number}", text=text, number=as_text(made)),
            msg("Give the workload in hours, e.g. 30."),
        )
    both = WORKLOAD_PAIR.match(text) if spec.path in _WORKLOADS else None
    if both is not None:
        # The other part needs its unit: "5 ECTS (125)" says nothing of hours.
        other = field_for_path("workload.hours" if spec.path == _WORKLOADS[0] else "workload.ects")
        given = both.group(2) or both.group(3)
        # Either part may come first: "5 ECTS (125 h)" under ECTS, "125 h / 5 ECTS" too.
        for own, theirs in ((both.group(1), given), (given, both.group(1))):
            unit = WITH_UNIT.match(theirs.strip())
            if other is None or unit is None or not unit.group("post").strip() or not _unit(unit.group("post"), other):
                continue
            first, second = _quantity(own, spec), _quantity(theirs, other)
            if all(type(c.value) in (int, float) and c.note is None for c in (first, second)):
                return Converted(first.value, implied=((other.path, second.value),))
    match = WITH_UNIT.match(text)
    if match is not None and all(_unit(match.group(g), spec) for g in ("pre", "post")):
        text = match.group("number").strip()
    elif spec.path in _WORKLOADS and len(text) <= _LOOSE_CHARS:
        loose = _loose_workload(text, spec)
        if loose is not None:
            return loose
    return _number_typed(value, text)


# A workload typed with more than its figure and unit: a word for about or for the whole before it ("ca. 150 h",
# "approx. 5 ECTS", "insgesamt 150 Stunden"), the label of the whole ("Total: 150 h", "Workload: 150 h"), its figure
# in words ("fünf ECTS"), a word for the whole after it ("150h total"), what it includes ("150 hours incl. self-study",
# "150 Stunden, davon 30 Präsenz") or a note in brackets without a figure ("5 ECTS (Bachelor level)"). Read only in a
# cell of up to :data:`_LOOSE_CHARS` characters.
_WHOLE = r"total|in total|en total|in totale|totale|totaal|gesamt|insgesamt|łącznie|razem"
_INCLUDING = (
    r"incl\.?|inkl\.?|including|inclusive|einschließlich|inklusive|davon|of which|inclus|y compris|dont|incluidas?"
    r"|incluye|de los cuales|comprese?|di cui|inclusief|waarvan|w tym|włącznie"
)
_WORKLOAD_WORDS = (
    r"workload|arbeitsaufwand|gesamtaufwand|charge de travail|carga de trabajo|carico di lavoro|studielast"
    r"|studiebelasting|nakład pracy"
)
# What a MOOC platform writes after the hours a course takes ("Approx. 20 hours to complete").
_TO_COMPLETE = r"to complete|to finish|zum Abschluss|pour terminer|para completar|per completare"
_LOOSE_BEFORE = regex(
    rf"^(?:(?:{_WHOLE}|{_WORKLOAD_WORDS})\s?:\s*)?(?:(?:{APPROXIMATELY}|{_WHOLE})\.?\s+|[~≈]\s*)?",
    re.IGNORECASE,
)
_LOOSE_AFTER = regex(
    rf"\s*(?:\([^()\d]*\)|\((?:{_INCLUDING})(?!\w)[^()]*\)|[,;]?\s+(?:{_INCLUDING})(?!\w).*"
    rf"|\s+(?:{_WHOLE}|{_WORKLOAD_WORDS}|{_TO_COMPLETE}))$",
    re.IGNORECASE | re.DOTALL,
)
_LEADING_WORD = regex(r"^([^\W\d_]+)\s")
_LOOSE_CHARS = 80


def _loose_workload(text: str, spec: Field) -> Converted | None:
    """A workload typed with more than its figure and unit (:data:`_LOOSE_BEFORE`, :data:`_LOOSE_AFTER`), read with a
    note at the cell; ``None`` for a text that is not one."""
    core = _LOOSE_BEFORE.sub("", text, count=1)
    after = _LOOSE_AFTER.search(core)
    if after is not None and BOUND_OR_PART.search(after.group()):
        return None
    core = core[: after.start()].strip() if after is not None else core.strip()
    word = _LEADING_WORD.match(core)
    if word is not None and word.group(1).casefold() in NUMBER_OF:
        core = f"{NUMBER_OF[word.group(1).casefold()]}{core[word.end(1) :]}"
    if not core or core == text:
        return None
    read = _quantity(core, spec)
    if type(read.value) not in (int, float) or read.note is not None:
        return None
    return Converted(
        read.value,
        msg("{cell}: '{text}' was read as {number}", text=text, number=as_text(read.value)),
        msg("Give the figure alone, with its unit at most, e.g. 5 or 5 ECTS."),
        implied=read.implied,
    )


def _price(value: str, column: tuple[tuple[tuple[str, ...], str], ...] = ()) -> Converted:
    """A price typed as text, read as every price text is (:func:`qa_checker.value_reader.price_written`), its
    currency as implied; kept as typed when it is no price or its currency no known one ("$ 300": which dollar?),
    or in crowns ("12.500 kr.", which crowns the column's currency says, else the row's country: :data:`CROWNS`)
    under a column of another currency."""
    written = price_written(_typed(value))
    if written is None and (gross := _gross_of_pair(value)) is not None:
        read = _price(gross, column)
        if isinstance(read.value, (int, float)):
            return replace(
                read,
                note=msg(
                    "{cell}: '{text}' gives the price before and with the tax; the price with the tax, '{gross}', "
                    "was read",
                    text=value.strip(),
                    gross=gross.strip(),
                ),
                hint=msg("No action needed; give one price in the cell to choose the price that is read."),
                severity=Severity.INFO,
            )
    given = amount_currency(written[1]) if written is not None and written[1] else None
    if written is None or (written[1] and given is None and not crowns(written[1])):
        return Converted(value.strip())
    if written[1] and crowns(written[1]) and column and column[0][1] not in CROWN_CURRENCIES:
        return Converted(
            value.strip(),
            msg(
                "{cell}: '{text}' is in crowns, but the column's currency is {currency}; it was kept as typed",
                text=value.strip(),
                currency=column[0][1],
            ),
            msg("Give the amount in the column's currency, or name the crowns' currency (DKK, SEK, NOK, ISK)."),
            Severity.WARNING,
        )
    if written[1] and crowns(written[1]):
        return _number_typed(value, written[0], column or ((_CURRENCY, CROWNS),))
    return _number_typed(value, written[0], ((_CURRENCY, given),) if given else ())


# A cell giving a price before and with the tax, parted by a slash or a bar ("100 € HT / 120 € TTC").
_PRICE_PAIR = regex(r"^([^/|]+)[/|]([^/|]+)$")


def _gross_of_pair(value: str) -> str | None:
    """Of a cell giving two prices, one before the tax and one with it ("100 € HT / 120 € TTC", "100 € netto | 119 €
    brutto"), the price with the tax; ``None`` for any other cell."""
    pair = _PRICE_PAIR.match(value.strip())
    if pair is None or not all(without_tax_note(half.strip()) != half.strip() for half in pair.groups()):
        return None
    gross = [half for half in pair.groups() if GROSS_WORDS & {normalise(w) for w in half.split()}]
    return gross[0] if len(gross) == 1 else None


def _number_typed(value: str, text: str, implied: tuple[tuple[tuple[str, ...], Any], ...] = ()) -> Converted:
    """The number ``text`` of a cell typed as ``value``; the cell kept as typed when ``text`` is no number, and
    noted when its dots may group thousands or mark decimals (``1.000``)."""
    if dot_may_group_thousands(text):
        return Converted(
            value.strip(),
            msg(
                "{cell}: '{text}' may be {grouped} (the dot grouping thousands) or {decimal} (a decimal point); "
                "it was kept as typed",
                text=value.strip(),
                grouped=text.replace(".", ""),
                decimal=str(float(text)),
            ),
            msg("Type the number without a thousands separator, e.g. 1000."),
            Severity.WARNING,
            implied,
        )
    number = as_number(text)
    return Converted(number if isinstance(number, (int, float)) else value.strip(), implied=implied)


# What a number format shows beside the number: a currency tag (``[$€-407]``, ``[$CHF]``), quoted text, a sign.
_FORMAT_TEXT = regex(
    r'\[\$([^\]\-]+)|"([^"]+)"|((?i:'
    + "|".join(re.escape(sign) for sign in CURRENCY_SIGNS if currency_sign(sign))
    + "))"
)


def format_currency(number_format: str) -> str | None:
    """The ISO 4217 code of the currency a cell's own number format shows (``#,##0.00 [$€-407]``,
    ``"CHF" 0.00``, ``0.00 zł``), or ``None``."""
    for match in _FORMAT_TEXT.finditer(number_format):
        shown = currency(next(g for g in match.groups() if g))
        if shown is not None:
            return shown
    return None


# A number format's literal text: a quoted part or a character escaped with a backslash.
_FORMAT_LITERAL = regex(r'"[^"]*"|\\.')


def shows_percent(number_format: str) -> bool:
    """Whether a number format shows its number as a percentage (``0%``, ``0.0 %``; not a quoted ``"%"``)."""
    return "%" in _FORMAT_LITERAL.sub("", number_format)


# The currencies written "kr": the Danish, Swedish, Norwegian and Icelandic crowns.
CROWN_CURRENCIES = frozenset(CROWNS_BY_COUNTRY.values())
# The currency a price in crowns ("4.500 kr.") implies until the row's country tells which crowns they are.
CROWNS = "kr"


def header_currency(header: str, spec: Field) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The currency a price column's header names in its closing note (``Price (EUR)``, ``Preis [€]``,
    ``Fee in CHF``), also beside a note on tax (``Tarif (€ TTC)``, ``Preis (EUR inkl. MwSt.)``), as an
    implied value: the column's amounts are in it."""
    note = closing_note(header) if spec.path == _AMOUNT else None
    shown = (currency(note) or _one_currency(note)) if note else None
    return ((_CURRENCY, shown),) if shown else ()


def header_credit_system(header: str, spec: Field) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The credit system an other-credits column's header names in its closing note (``Credits (CATS)``) or
    before its word for credits (``SCQF credits``), as an implied value: the column's credits are of it."""
    if spec.path != _OTHER_CREDITS:
        return ()
    note = closing_note(header)
    system = note if note and names_ten_hour_credits(note) else ten_hour_system_named(header)
    return ((_CREDIT_SYSTEM, system),) if system else ()


def header_identifier_scheme(header: str, spec: Field) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The identifier scheme an identifier column's header names (``Erasmus code``), as an implied value: the
    column's identifiers are of it."""
    scheme = identifier_scheme_named(header) if spec.path[-2:] == ("identifier", "value") else None
    return (((*spec.path[:-1], "scheme"), scheme),) if scheme else ()


_OTHER_CREDITS, _CREDIT_SYSTEM = ("workload", "other_credits", "value"), ("workload", "other_credits", "system")
# The words of a header's note, split at spaces and punctuation between them.
_NOTE_SPLIT = regex(r"[\s,;/]+")


def _one_currency(note: str) -> str | None:
    """The one currency a note's words name by its sign, its name or its code in capitals (a lower-case
    word such as "all" is no code); none when they name none or several."""
    named = {
        found
        for word in _NOTE_SPLIT.split(note)
        if (found := currency_named(word) or (code(word, "currencies") if word.isupper() else None))
    }
    return named.pop() if len(named) == 1 else None


# A bare count of a duration's units, its unit named by the header.
_COUNT = regex(r"^\d{1,4}$")


def with_header_unit(value: Any, header: str, spec: Field) -> Any:
    """A bare count in a duration column whose header names its unit (``8`` under ``Duration (weeks)``) as the
    count with that unit (``8 weeks``); any other value as it was."""
    if spec.format != "duration" or isinstance(value, bool) or not _COUNT.match(_typed(value)):
        return value
    note = closing_note(header)
    counted = f"{_typed(value)} {note}" if note else None
    return counted if counted and iso_duration(counted) else value


def unit_of(word: str, spec: Field) -> bool:
    """Whether ``word`` is a unit of the field's values: a currency of a price, a word for credits or hours."""
    return bool(word.strip()) and _unit(word, spec)


def _unit(word: str, spec: Field) -> bool:
    """Whether ``word`` (before or after a number) is nothing, or a unit of the field's values."""
    word = word.strip()
    if not word:
        return True
    if spec.path[-1] == "amount":
        return amount_currency(word) is not None
    return names_unit(word, _UNITS.get(spec.path[-1], frozenset()))


# Where a word runs into the number after it ("EQF6", "NQF7"): the two are read as two words.
_GLUED_NUMBER = regex(r"(?<=[^\W\d_])(?=\d)")


def level_digits(text: str, known: Container[str] = _LEVEL_WORDS, *, roman: bool = False) -> str:
    """The digits of a level written with its ``known`` words (``EQF 6``, ``Niveau 6``, ``6 (Bachelor)``,
    ``6 - Bachelor``), or the text as it was when anything else is written beside the number. With ``roman``,
    a Roman numeral I to VIII is that level too (``VI``, ``Niveau VI``)."""
    if len(text) > LEVEL_CHARS or _MINUS.search(text):
        return text
    label = _LEVEL_LABEL.search(text)
    level = text[: label.start()] if label is not None and label.group() != label.group().upper() else text
    words = _GLUED_NUMBER.sub(" ", _NOTE.sub(" ", level)).replace("-", " ").replace(":", " ").split()
    rest = [w for w in words if normalise(w) not in known]
    # The level as an ordinal, "6." as Hungarian, Czech or German write it ("6. szint", "6. Stufe").
    if len(rest) == 1 and rest[0].removesuffix(".").isdigit():
        return rest[0].removesuffix(".")
    if roman and len(rest) == 1 and (number := roman_number(rest[0].upper())) is not None and number <= EQF_LEVELS:
        return str(number)
    # A code and its label that both give one level, as a list's entries do ("4 - Level 4", "6: EQF 6").
    halves = _LEVEL_HALVES.split(text, maxsplit=1)
    if len(halves) == 2:
        first, second = (level_digits(half, known, roman=roman) for half in halves)
        if first == second and first.isdigit():
            return first
    return text


# A minus sign before a number ("-3", "EQF -7"): a negative number, no level (the hyphen of "EQF-6" and the dash of
# "6 - Bachelor" part words).
_MINUS = regex(rf"(?<!\S)[-{MINUS_SIGNS}](?=\d)")
# The two parts of a cell that gives an EQF level and a national one ("EQF 6 / DQR 6", "DQR 6 (EQF 6)").
_TWO_LEVELS = regex(r"^([^/;|()]+?)\s*(?:[/;|]\s*([^/;|()]+?)|\(([^/;|()]+)\))\s*$")


def _with_national_level(text: str) -> Converted | None:
    """An EQF level typed with a level of a named national framework (:func:`framework_named`), which it gives as
    implied ("EQF 6 / DQR 6" is EQF 6 and DQR 6); ``None`` for any other text."""
    parts = _TWO_LEVELS.match(text) if len(text) <= LEVEL_CHARS else None
    if parts is None:
        return None
    first, second = parts.group(1), parts.group(2) or parts.group(3)
    named = [framework_named(first), framework_named(second)]
    if named.count(None) != 1:
        return None
    own, national = (first, second) if named[0] is None else (second, first)
    framework = named[0] or named[1]
    level, national_level = level_digits(own, roman=names_eqf(own)), level_digits(national, NQF_WORDS)
    if not level.isdigit() or not national_level.isdigit():
        return None
    return Converted(int(level), implied=((NQF_LEVEL, national_level), (NQF_FRAMEWORK, framework)))


def names_eqf(text: str) -> bool:
    """Whether a header or cell names the EQF itself (``EQF level``, ``EQR-Niveau``, ``Niveau CEC``), not
    only a level (``Niveau``, which in France once counted down from I, the highest)."""
    return any(w in _EQF_NAMES for w in re.split(r"[\W_]+", text.casefold()))


def _date(value: Any, epoch: date = EXCEL_EPOCH, *, day_first: bool = False) -> Converted:
    """An ISO date from an Excel date or an ISO date and time as text (a time of day beside it left out and
    noted), a date's serial number, as a number or text (counted from ``epoch``), or text as ``dd.mm.yyyy``,
    ``dd-mm-yyyy``, ``dd/mm/yyyy`` or with the month's name; a slashed date whose day and month could be either
    is read day first in a ``day_first`` column, else kept as typed and noted. Two-digit years are never
    guessed."""
    if isinstance(value, datetime) and value.time() != time():
        return Converted(
            value.date().isoformat(),
            msg(
                "{cell}: the date {text} also gives a time of day; the date {date} was read and the time left out",
                text=value.isoformat(sep=" "),
                date=value.date().isoformat(),
            ),
            msg("Give the date alone, e.g. format the cell as Date in Excel."),
        )
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        first, last = ((day - epoch).days for day in _SERIAL_DAYS)
        if not (float(value).is_integer() and first <= value <= last):
            return _unix_date(as_text(value))
        day = (epoch + timedelta(days=int(value))).isoformat()
        return Converted(
            day,
            msg(
                "{cell}: the date was stored as the number {number}, in a cell not formatted as a date; "
                "it was read as {date}",
                number=as_text(value),
                date=day,
            ),
            msg("Format the column as Date in Excel, or type dates as YYYY-MM-DD."),
        )
    text = YEAR_WORD.sub("", _typed(value))
    if _SERIAL_TEXT.match(text):
        return _date(int(text), epoch)
    if _UNIX_TIME.match(text):
        return _unix_date(text)
    stamp = _ISO_STAMP.match(text)
    if stamp is not None:
        try:
            return _date(datetime.fromisoformat(f"{stamp.group(1)}T{stamp.group(2)}"), epoch)
        except ValueError:
            return Converted(text)
    match = _DATE_YMD.match(text)
    if match is not None:
        return Converted(_iso(int(match.group(1)), int(match.group(3)), int(match.group(4))) or text)
    match = _DATE_DMY.match(text)
    if match is None:
        named = named_date(text)
        return Converted(named) if named else _dressed_date(text, epoch, day_first)
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    day_month = _iso(year, second, first)
    if match.group(2) != "/" or first > 12 or first == second or (day_first and day_month):
        return Converted(day_month or text)
    month_first = _iso(year, first, second)
    if second > 12 or day_month is None:
        return Converted(month_first or text)
    return Converted(
        text,
        msg(
            "{cell}: the date '{text}' may be {first} (day first) or {second} (month first); it was kept as typed",
            text=text,
            first=day_month,
            second=str(month_first),
        ),
        msg("Type the date as YYYY-MM-DD, or format the cell as a date in Excel."),
        Severity.WARNING,
    )


def _period(text: str, path: tuple[str, ...], epoch: date, day_first: bool) -> Converted | None:
    """The start or the end (``path``) of a period a cell gives as two dates
    (:func:`~qa_checker.aliases.period_written`), with the other as implied, noted; ``None`` for a cell that gives no
    period. A slashed date that can only be day first reads the other day first too."""
    day_first = day_first or any(is_day_first(word) for word in text.split())

    def one_date(part: str) -> str | None:
        read = str(_date(part, epoch, day_first=day_first).value)
        return read if ISO_DATE.match(read) else None

    period = period_written(_typed(text), one_date)
    if period is None:
        return None
    start, end = period
    own, other = (start, (PERIOD_FIELDS[1], end)) if path == PERIOD_FIELDS[0] else (end, (PERIOD_FIELDS[0], start))
    return Converted(
        own,
        msg(
            "{cell}: '{text}' gives the first and the last day; the start {start} and the end {end} were read",
            text=_typed(text),
            start=start,
            end=end,
        ),
        msg("Give the start and the end dates in columns of their own."),
        implied=(other,),
    )


def _unix_date(text: str) -> Converted:
    """The date a Unix time (nine or ten digits) gives in the EU's time zones, noted; any other text as typed."""
    if not _UNIX_TIME.match(text):
        return Converted(text)
    day = (_UNIX_EPOCH + timedelta(seconds=int(text)) + _EU_EAST).date()
    if not _SERIAL_DAYS[0] <= day < _SERIAL_DAYS[1]:
        return Converted(text)
    return Converted(
        day.isoformat(),
        msg(
            "{cell}: the date was given as the Unix time {number} (seconds since 1 January 1970), as learning "
            "platforms export dates; it was read as {date}",
            number=text,
            date=day.isoformat(),
        ),
        msg("Format the column as Date in Excel, or type dates as YYYY-MM-DD."),
    )


def _dressed_date(text: str, epoch: date, day_first: bool) -> Converted:
    """A date with a weekday before it or a time of day after it, as platforms print dates, or with a label, a word
    for "from" or a note in brackets, as catalogues write them (:func:`~qa_checker.aliases.without_date_words`): its
    date, with a note when a time other than midnight, a label or a note was left out; any other text as typed."""
    if len(text) > _DRESSED_DATE_CHARS:
        return Converted(text)
    labelled = without_date_words(text)
    weekday = _WEEKDAY.match(labelled)
    bare = labelled[weekday.end() :] if weekday is not None and weekday_named(weekday["w"]) else labelled
    moment = _TIME_OF_DAY.search(bare)
    bare = bare[: moment.start()].strip() if moment is not None else bare
    read = _date(bare, epoch, day_first=day_first) if bare and bare != text else None
    if read is None or not ISO_DATE.match(str(read.value)):
        return Converted(text)
    if (moment is None or _midnight(moment)) and labelled != text:
        return Converted(
            read.value,
            msg("{cell}: the date '{text}' was read as {date}", text=text, date=read.value),
            msg("Give the date alone, e.g. format the cell as Date in Excel."),
        )
    if moment is None or _midnight(moment):
        return read
    return Converted(
        read.value,
        msg(
            "{cell}: the date {text} also gives a time of day; the date {date} was read and the time left out",
            text=text,
            date=read.value,
        ),
        msg("Give the date alone, e.g. format the cell as Date in Excel."),
    )


def _midnight(moment: re.Match[str]) -> bool:
    """Whether a time of day is midnight: ``00:00`` or ``12:00 AM``."""
    hour, minute, half = int(moment["h"]), int(moment["m"]), (moment["p"] or "").upper()
    return minute == 0 and (hour == 0 if not half else hour == 12 and half == "A")


def is_day_first(value: Any) -> bool:
    """Whether a cell is a slashed date that can only be day first (``15/09/2026``)."""
    match = _DATE_DMY.match(value.strip()) if isinstance(value, str) else None
    return match is not None and match.group(2) == "/" and int(match.group(1)) > 12 >= int(match.group(3))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _duration(text: str) -> Converted:
    """An ISO 8601 duration from a count and its unit (``6 Wochen`` is ``P6W``), noted where the cell says more
    (``ca. 10 Wochen (berufsbegleitend)``: :func:`~qa_checker.aliases.duration_written`); the text as it was when it
    gives no one length of time."""
    plain = iso_duration(text)
    if plain is not None:
        return Converted(plain)
    read = duration_written(text)
    if read is None:
        return Converted(text)
    return Converted(
        read,
        msg("{cell}: the duration '{text}' was read as {duration}", text=text, duration=read),
        msg("Give the duration alone, e.g. P10W or 10 weeks."),
    )


def _url(text: str) -> Converted:
    """A web address, or the one a cell gives with more around it (:func:`~qa_checker.value_reader.url_written`:
    "www.hva.nl/data-ethics", "<https://...>", "https://... (Dutch)"), noted; the text as it was otherwise."""
    read = None if text.lower().startswith(("http://", "https://")) and " " not in text else url_written(text)
    if read is None or read == text:
        return Converted(text)
    return Converted(
        read,
        msg("{cell}: the web address '{text}' was read as {url}", text=text, url=read),
        msg("Give the full address alone, beginning with https://."),
    )


def as_number(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return as_text(value)  # a cell of 1e999 is no number any output can hold: the schema refuses the text
    if isinstance(value, (int, float)):
        if abs(value) > sys.float_info.max:
            return as_text(value)  # nor is a whole number of 400 digits
        return int(value) if float(value).is_integer() else float(value)
    found = number(as_text(value))
    return as_text(value) if found is None else found


def says_no(value: Any) -> bool:
    """Whether a cell is a no: ``FALSE``, ``nein``, an empty checkbox ``☐``."""
    return _boolean(value) is False


def _boolean(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = _typed(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return as_text(value)


# What parts the items of a cell of codes: a new line, ";", "," or a spaced "+" ("Klausur + Referat").
_CODES_SPLIT = regex(r"[\n;,]|\s\+\s")
_CODES_SPLIT_OR_BRACKET = regex(r"[\n;,()]|\s\+\s")


def _split(value: Any, *, codes: bool) -> list[str]:
    if not isinstance(value, str):
        return [as_text(value)]
    if not codes:
        return listing.items(value)
    parts = _code_parts(value.replace("\r\n", "\n").replace("\r", "\n"))
    items: list[str] = []
    for part in (listing.BULLET.sub("", part).strip() for part in parts):
        if items and _ONLY_A_NOTE.match(part):
            items[-1] = f"{items[-1]} {part}"
        elif part:
            items.append(part)
    return items


# A part of a cell of codes that is only a weight or a length of time ("50 %", "90 minutes", "2 days"): the note of
# the item before it ("written exam, 90 minutes").
_ONLY_A_NOTE = regex(rf"^\d{{1,3}}(?:[.,]\d+)?\s*(?:{NOTE_UNITS})\.?$", re.IGNORECASE)


def _code_parts(text: str) -> list[str]:
    """A cell of codes split at line breaks, semicolons, commas and a spaced plus (:data:`_CODES_SPLIT`), never inside
    brackets ("exam (online, proctored)" is one part); split at each where its brackets are unbalanced."""
    parts, depth, start = [], 0, 0
    for mark in _CODES_SPLIT_OR_BRACKET.finditer(text):
        if mark.group() in ("(", ")"):
            depth += 1 if mark.group() == "(" else -1
            if depth < 0:
                break
        elif depth == 0:
            parts.append(text[start : mark.start()])
            start = mark.end()
    if depth != 0:
        return _CODES_SPLIT.split(text)
    return [*parts, text[start:]]


def _stem(items: list[str], value: Any) -> Converted:
    """List items of a cell's ``value``, with a first line that only introduces them ("Learners will be able to:")
    left out and noted."""
    if not listing.lead_in(items, value if isinstance(value, str) else ""):
        heads = listing.group_heads(items)
        if not heads:
            return Converted(items)
        return Converted(
            [item for index, item in enumerate(items) if index not in heads],
            msg(
                "{cell}: the lines {text} head groups of the list and were not read as items",
                text=", ".join(quoted_cell(items[index]) for index in heads),
            ),
            msg("Give only the items in the cell, one per line, or each group in a column of its own."),
        )
    return Converted(
        items[1:],
        msg(
            "{cell}: the first line {text} introduces the list and was not read as an item",
            text=quoted_cell(items[0]),
        ),
        msg("Give only the items in the cell, one per line."),
    )


def _joined_values(item: str, code: str, spec: Field) -> list[str]:
    """The codes one item of a cell names: its own code, or the codes of the values it joins ("English/German",
    "Deutsch und Englisch", "Hausarbeit/Referat", "Prova scritta e orale") when each of them is a known value."""
    if code in value_forms(spec.vocab, spec.enum)[0]:
        return [code]
    if spec.vocab == "languages":
        own = language(item)
        return [own] if own is not None else joined_languages(item) or [code]
    return joined_codes(item, spec.vocab, spec.enum) or [code]


def same_value(path: tuple[str, ...], first: Any, second: Any) -> bool:
    """Whether two values read for the field at ``path`` agree, as far as they can be compared: numbers by their
    value, dates and currency codes as written, national frameworks by the acronym each names; a value that is none
    of these (text kept as typed for the schema) is not told to disagree."""
    named: list[str | float | None]
    if path == NQF_FRAMEWORK:
        named = [framework_named(as_text(first)), framework_named(as_text(second))]
    elif path == _CURRENCY:
        named = [v if isinstance(v, str) and _CURRENCY_CODE.match(v) else None for v in (first, second)]
    elif path in PERIOD_FIELDS:
        named = [v if isinstance(v, str) and ISO_DATE.match(v) else None for v in (first, second)]
    else:
        named = [_numeric(v) for v in (first, second)]
    return None in named or named[0] == named[1]


def _numeric(value: Any) -> float | None:
    """A value as the number it gives (``"6"`` and ``6.0`` alike), or ``None``."""
    read = as_number(value) if isinstance(value, (int, float, str)) and not isinstance(value, bool) else None
    return float(read) if isinstance(read, (int, float)) and not isinstance(read, bool) else None


def framework_named(text: str) -> str | None:
    """The national framework a header or cell names by its acronym (``DQR-Niveau``, ``Poziom PRK``, ``DQR 6``,
    ``DQR6``)."""
    words = re.split(r"[\W_]+", _GLUED_NUMBER.sub(" ", text).casefold())
    return next((_FRAMEWORKS[w] for w in words if w in _FRAMEWORKS), None)


def as_code(text: str, spec: Field) -> str:
    """A code or slug as the vocabulary spells it, accepting ``NL - Netherlands``, labels and case slips
    (:func:`qa_checker.value_reader.code`; a mode as the dataset reads it, :func:`~qa_checker.value_reader.mode`); the
    text as typed when it gives none."""
    if not value_forms(spec.vocab, spec.enum)[0]:
        return text
    read = mode(text) if spec.vocab == "participation-modes" else code(text, spec.vocab, spec.enum)
    return read or _typed(text)


def _isced(value: float) -> Converted:
    text = as_text(value)
    code = vocab.isced_without_zero(text, read=True)
    if code is not None:
        return Converted(
            code,
            msg(
                "{cell}: the ISCED-F code was stored as the number {number}, which drops the leading zero; "
                "it was read as '{code}'",
                number=text,
                code=code,
            ),
        )
    return Converted(text)


def quoted_cell(text: str) -> str:
    """A cell's text as a message quotes it: on one line, in quotes, cut short past 40 characters."""
    return repr(clip(" ".join(str(text).split()), 40, "..."))
