"""ECTS credits and hours of learning: the facts every rule and table converts with, stated once.

The ECTS Users' Guide (European Commission, 2015) allocates 60 ECTS credits to the workload of a
full-time academic year, normally 1,500 to 1,800 hours, so one credit is 25 to 30 hours of learning
(ECTS Users' Guide 2015). Rules judge declared hours against that band; where only one of ECTS and
hours is given, the other is derived at the middle of the band, 27.5 hours per credit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from typing import Final

from qa_checker.aliases import normalise, week_unit
from qa_checker.patterns import regex

HOURS_PER_ECTS_MIN: Final = 25
"""The fewest hours of learning one ECTS credit stands for."""

HOURS_PER_ECTS_MAX: Final = 30
"""The most hours of learning one ECTS credit stands for."""

UK_HOURS_PER_ECTS: Final = 20
"""The hours of learning one ECTS credit stands for by the UK's convention: one UK credit is 10 notional
hours and two UK credits are one ECTS credit (QAA, Higher education credit framework for England, 2008 and
2021; the SCQF and the Welsh CQFW count credits of 10 notional hours too)."""

UK_COUNTRIES: Final = frozenset({"GB", "UK"})
"""The countries whose awarding bodies convert UK credits to ECTS at :data:`UK_HOURS_PER_ECTS` (ISO 3166-1
GB, and UK as the EU writes it)."""

HOURS_AGREE_TOLERANCE: Final = 0.1
"""How far beyond the band hours may lie and still agree with the ECTS (MC-WL-002's default): a tenth either side."""

HOURS_PER_ECTS: Final = 27.5
"""The middle of the band: the rate at which hours and ECTS are derived from each other."""


def hours_to_ects(hours: float) -> float:
    """ECTS credits derived from hours of learning, at :data:`HOURS_PER_ECTS`."""
    return hours / HOURS_PER_ECTS


def ects_to_hours(ects: float) -> float:
    """Hours of learning derived from ECTS credits, at :data:`HOURS_PER_ECTS`."""
    return ects * HOURS_PER_ECTS


def hours_band(ects: float) -> tuple[float, float]:
    """The fewest and most hours of learning that ``ects`` credits stand for."""
    return ects * HOURS_PER_ECTS_MIN, ects * HOURS_PER_ECTS_MAX


def ects_band(hours: float) -> tuple[float, float]:
    """The fewest and most ECTS credits that ``hours`` of learning stand for."""
    return hours / HOURS_PER_ECTS_MAX, hours / HOURS_PER_ECTS_MIN


def ects_to_write(hours: float) -> float | None:
    """The ECTS credits a provider would write for ``hours`` of learning: the nearest half credit within
    :func:`ects_band`, else the nearest tenth; ``None`` when that is no credit at all."""
    low, high = ects_band(hours)
    for credits in (round(hours_to_ects(hours) * 2) / 2, round(hours_to_ects(hours), 1)):
        if credits > 0 and low <= credits <= high:
            return credits
    return None


# Credit systems whose credit is 10 notional hours of learning, by the words that name them once "credit(s)"
# and "point(s)" are left out: UK credits (CATS; QAA credit framework), SCQF and CQFW credit points, NZQCF
# credits (NZQA) and QQI's further-education credits (QQI: one credit is 10 hours of learning effort); their other
# names (CATS, NZQA credits, FET credits) in :data:`_CREDIT_SYSTEM_SYNONYMS`.
TEN_HOUR_CREDIT_SYSTEMS: Final = frozenset({"uk", "scqf", "cqfw", "nzqcf", "qqi fet"})
HOURS_PER_TEN_HOUR_CREDIT: Final = 10
_CREDIT_WORDS = frozenset({"credit", "credits", "point", "points"})


def credit_system_name(system: str) -> str:
    """A credit system's name as systems are told apart: lower case, hyphens as spaces, and the words
    "credit(s)" and "point(s)" left out ("NZQCF credits" and "nzqcf" are one system)."""
    return " ".join(w for w in system.lower().replace("-", " ").split() if w not in _CREDIT_WORDS)


# One credit system under the other names it goes by, as :func:`credit_system_name` gives them: UK credits as CATS
# points, NZQCF credits as NZQA or New Zealand credits, QQI's further-education credits as FET credits.
_CREDIT_SYSTEM_SYNONYMS: Final = {
    "cats": "uk",
    "uk cats": "uk",
    "nzqa": "nzqcf",
    "nz": "nzqcf",
    "new zealand": "nzqcf",
    "fet": "qqi fet",
}


def names_ten_hour_credits(system: str) -> bool:
    """Whether a name names one of :data:`TEN_HOUR_CREDIT_SYSTEMS` ("CATS", "UK credits", "SCQF credit points")."""
    name = credit_system_name(system)
    return bool(name) and _CREDIT_SYSTEM_SYNONYMS.get(name, name) in TEN_HOUR_CREDIT_SYSTEMS


def ten_hour_system_named(header: str) -> str | None:
    """The credit system of :data:`TEN_HOUR_CREDIT_SYSTEMS` a header names before its word for credits ("SCQF
    credits", "CATS points", "UK credit points"), as typed without that word ("SCQF"); ``None`` for any other header
    (a system named alone, "UK", says nothing of credits)."""
    words = header.replace("-", " ").split()
    system = [w for w in words if w.casefold() not in _CREDIT_WORDS]
    if not system or len(system) == len(words) or words[-1].casefold() not in _CREDIT_WORDS:
        return _ten_hour_system_keyed(header)
    name = " ".join(system)
    return name if names_ten_hour_credits(name) else _ten_hour_system_keyed(header)


def _ten_hour_system_keyed(header: str) -> str | None:
    """The credit system a header names as :func:`ten_hour_system_named` reads it, the header matched as the named
    columns are (:func:`normalise`: case, accents, spaces, punctuation and invisible marks aside: "SCQF credits:",
    "SCQF credits *", "ＳＣＱＦ credits", "SCQF\u200bcredits"), also as a total or a credit value ("Total SCQF
    credits", "SCQF Credit Value"); the system by its own name ("SCQF")."""
    key = normalise(header)
    key = key.removeprefix(_TOTAL) if key.startswith(_TOTAL) else key
    for tail in _CREDIT_TAILS:
        if key.endswith(tail) and (system := _TEN_HOUR_SYSTEM_KEYS.get(key[: -len(tail)])):
            return system
    return None


# The ten-hour credit systems by their names as :func:`normalise` gives them, each with the name it is written
# with ("qqifet" is "QQI FET").
_TEN_HOUR_SYSTEM_KEYS: Final = {
    normalise(name): name
    for name in ("UK", "SCQF", "CQFW", "NZQCF", "QQI FET", "CATS", "UK CATS", "NZQA", "NZ", "New Zealand", "FET")
}
# The words closing a header of a ten-hour system's credits, normalised, longest first; and a total's word.
_CREDIT_TAILS: Final = ("creditpoints", "creditpoint", "creditvalue", "credits", "credit", "points", "point")
_TOTAL: Final = "total"


def same_credit_system(system: str, other: str) -> bool:
    """Whether two names of a credit system name one system ("NZQA credits" and "NZQCF", "CATS points" and
    "UK credits")."""
    first, second = credit_system_name(system), credit_system_name(other)
    return _CREDIT_SYSTEM_SYNONYMS.get(first, first) == _CREDIT_SYSTEM_SYNONYMS.get(second, second)


# The credit systems two of whose credits are one ECTS credit by their frameworks' convention (QAA, Higher education
# credit framework for England; the SCQF and the CQFW count as UK credits): see UK_HOURS_PER_ECTS.
_UK_CREDIT_SYSTEMS: Final = frozenset({"uk", "scqf", "cqfw"})


def ects_of_credits(system: object, credits: float) -> float | None:
    """The ECTS credits that credits of a UK framework stand for by its convention (10 UK credits are 5 ECTS);
    ``None`` for other credit systems, which no convention converts, and for more credits than a number holds
    once converted (1e308)."""
    if not isinstance(system, str):
        return None
    name = credit_system_name(system)
    if _CREDIT_SYSTEM_SYNONYMS.get(name, name) not in _UK_CREDIT_SYSTEMS:
        return None
    converted = credits * HOURS_PER_TEN_HOUR_CREDIT / UK_HOURS_PER_ECTS
    return converted if math.isfinite(converted) else None


# QQI's credits named without their sector: further-education credits outside higher education, where QQI's
# awards count them; higher-education awards count ECTS.
_QQI: Final = "qqi"


def hours_per_credit(system: object, *, higher_education: bool = False) -> int | None:
    """The hours one credit of a named credit system stands for, where the system is one of
    :data:`TEN_HOUR_CREDIT_SYSTEMS` ("UK credits", "SCQF credit points", "QQI credits" outside
    ``higher_education``); ``None`` otherwise."""
    if not isinstance(system, str):
        return None
    name = credit_system_name(system)
    if name == _QQI and not higher_education:
        name = "fet"
    name = _CREDIT_SYSTEM_SYNONYMS.get(name, name)
    return HOURS_PER_TEN_HOUR_CREDIT if name in TEN_HOUR_CREDIT_SYSTEMS else None


# The ECTS credit under its national names, as the countries' laws define it (60 a full-time year): the Finnish
# opintopiste (op; Government Decree on University Degrees 794/2004), the Swedish högskolepoäng (hp; Higher
# Education Ordinance), the Norwegian studiepoeng (sp; Regulations on the degrees 2005), the Dutch studiepunt (EC;
# WHW art. 7.4), the German ECTS-Leistungspunkte (LP; KMK structural guidelines), the Italian credito formativo
# universitario (CFU; DM 270/2004), the Estonian Euroopa ainepunkt (EAP; Standard of Higher Education), the
# Lithuanian kreditas (Law on Higher Education and Research, art. 2), the Hungarian kreditpont (Act CCIV of 2011,
# 30 hours), the Romanian credit transferabil (Law 199/2023), the Slovenian kreditna točka (KT; Higher Education
# Act, art. 33) and the Greek πιστωτική μονάδα (Law 4009/2011, art. 30); the Croatian ECTS bod is named with ECTS.
# The European credit as French and Spanish law name the ECTS credit (crédit européen, Code de l'éducation D. 123-13;
# crédito europeo, Real Decreto 1125/2003), the Finland-Swedish studiepoäng of the Finnish op (Decree 794/2004 in
# Swedish; Sweden's own poäng of before 2007, 40 a year, is no longer written) and the Estonian plural ainepunktid.
# Names as :func:`credit_system_name` gives them, compared as :func:`qa_checker.aliases.normalise` reduces them
# (without accents or spaces); any name holding the word ECTS ("crédits ECTS", "punkty ECTS") is ECTS too. Not the
# Swedish YH-poäng (five a full-time week of higher vocational education).
ECTS_NAMES: Final = frozenset(
    {
        *("opintopiste", "opintopistetta", "opintopisteet", "op", "högskolepoäng", "hp"),
        *("studiepoeng", "sp", "studiepunt", "studiepunten", "ec", "leistungspunkte", "lp", "cfu"),
        *("crediti formativi universitari", "credito formativo universitario", "eap", "ainepunkt", "ainepunkti"),
        *("kreditas", "kreditai", "kreditų", "kreditpont", "kreditpontok", "credit transferabil"),
        *("credite transferabile", "kreditna točka", "kreditne točke", "kreditnih točk", "kt"),
        *("πιστωτικές μονάδες", "πιστωτική μονάδα", "crédit européen", "crédits européens", "crédito europeo"),
        *("créditos europeos", "studiepoäng", "ainepunktid"),
    }
)
# The plain word for a credit (Czech and Slovak kredit, Hungarian kredit, Romanian credite, Bulgarian кредити) and the
# Czech and Slovak credit point (kreditní bod, kreditný bod) as the universities' study rules name it: the
# ECTS credit in higher education (Czech Act 111/1998 and Slovak Act 131/2002 count 60 a year), but a chamber's
# points elsewhere (the Czech Medical Chamber's kredity for an hour of further training).
GENERIC_CREDIT_NAMES: Final = frozenset(
    {"kredit", "kredity", "kreditů", "kreditov", "credite", "кредити", "кредита"}
    | {"kreditní bod", "kreditní body", "kreditních bodů", "kreditný bod", "kreditné body", "kreditných bodov"}
)
_ECTS_KEYS: Final = frozenset(normalise(name) for name in ECTS_NAMES)
_GENERIC_KEYS: Final = frozenset(normalise(name) for name in GENERIC_CREDIT_NAMES)

# What sets a credit system's name apart from its abbreviation or another name beside it: brackets, slashes, commas.
_NAME_PARTS: Final = regex(r"[()\[\]/,;]")


def is_ects(system: object, *, higher_education: bool = False) -> bool:
    """Whether a credit system named in other_credits is the ECTS credit, by its own or a national name; the
    plain word for a credit (:data:`GENERIC_CREDIT_NAMES`) is only in ``higher_education``."""
    if not isinstance(system, str):
        return False
    name = credit_system_name(system)
    # A name with its abbreviation beside it ("studiepunten (EC)", "kredity / ECTS") is ECTS when either part is.
    keys = {normalise(part) for part in (name, *_NAME_PARTS.split(name))} - {""}
    return (
        bool(keys & _ECTS_KEYS)
        or (higher_education and bool(keys & _GENERIC_KEYS))
        or "ects" in re.findall(r"\w+", name)
    )


# The hour, written out or abbreviated, in the EU's languages, as :func:`qa_checker.aliases.normalise` gives the
# words (lower case, no accents): the units a spreadsheet cell's hours are typed with ("125 h", "40 Stunden",
# "30 óra") and the words that make a "credit system" a count of hours ("CPD hours", "heures de formation"); the
# Maltese siegħa (hour; sigħat, hours) and the Irish uair (hour; uaire an chloig, uaireanta an chloig).
HOUR_WORDS: Final = frozenset(
    {"h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden", "zeitstunde", "zeitstunden", "u", "uur", "uren"}
    | {"heure", "heures"}
    | {"hora", "horas", "ora", "ore", "godz", "godzina", "godziny", "godzin", "orak", "ωρα", "ωρεσ", "ωρ"}
    | {"hod", "hodina", "hodiny", "hodin", "ur", "ura", "ure", "sat", "sata", "sati", "tim", "timme", "timmar"}
    | {"timer", "tunti", "tuntia", "tundi", "valandos", "valandu", "val", "stundas", "час", "часа", "часове", "ч"}
    | {"siegħa", "siegħat", "sigħat", "uair", "uaire", "uaireanta"}
)


# A credit, written out or abbreviated, in the EU's languages, as :func:`qa_checker.aliases.normalise` gives the
# words: the units a workload's credits are typed with ("5 ECTS", "6 Leistungspunkte", "4 CFU").
CREDIT_UNITS: Final = frozenset(
    {"ects", "ec", "ectspunkte", "ectscredits", "ectspoints", "credit", "credits", "cr", "cp", "lp", "creditpoints"}
    | {"leistungspunkte", "studiepunten", "sp", "creditos", "crediti", "cfu", "punkty", "punktow", "pkt"}
    # Each language's own word and short form, as normalise() gives them: Finnish op, Swedish hp, Danish point,
    # Czech and Slovak kredity, Polish kredyty, Hungarian kreditpont, Romanian credite, Slovene kreditne točke
    # (KT), Croatian bodovi, Greek πιστωτικές μονάδες (ΠΜ), Estonian EAP, Lithuanian kreditai, Latvian KP; the
    # Czech and Slovak "kr." of kredity, the Austrian ECTS-Anrechnungspunkte (ECTS-AP) and the Croatian "boda" of
    # two to four credits; the Czech and Slovak kreditní (kreditné) body, credit points; the Croatian, Serbian and
    # Bosnian "kredita" of five credits and more, the Swedish studiepoäng and the Finnish ECTS-pistettä (ECTS points).
    | {"credito", "punkt", "punktu", "point", "points", "op", "opintopiste", "opintopistetta", "opintopisteet"}
    | {"kredita", "studiepoang", "ectspiste", "ectspistetta", "ectspisteet"}
    | {"hp", "hogskolepoang", "poang", "kredit", "kredity", "kreditu", "kreditov", "kreditpont", "kreditpontok"}
    | {"kredyt", "kredyty", "kredytow", "kredytu", "credite", "kt", "kreditnetocke", "kreditnihtock", "bod"}
    | {"bodova", "bodovi", "bodu", "πιστωτικεσμοναδεσ", "πμ", "eap", "ainepunkti", "kreditai", "kp"}
    | {"kr", "ap", "anrechnungspunkte", "boda"}
    | {"kreditnibody", "kreditnichbodu", "kreditnebody", "kreditnychbodov"}
)

# A number typed with its unit ("5 ECTS", "125 h", "€ 450"): the unit before or after it, nothing else. A unit
# before it may end in an abbreviation's dot ("Fr. 450", "Std. 120").
WITH_UNIT: Final = regex(
    r"^(?P<pre>[^\d+\-.,]{0,12}?(?:(?<=[^\W\d_])\.)?)\s*"
    r"(?P<number>[+-]?\d[\d.,\u00a0 ]{0,20}?)\s*(?P<post>[^\d]{0,24})$"
)

# Credits and hours typed in one text: "5 ECTS (125 h)", "5 ECTS / 125 hours", "125 h (5 ECTS)". Each part begins
# and ends where the spaces around it do not (a part that could end anywhere in a run of spaces made a cell of
# 20,000 spaces take 1.5 s).
WORKLOAD_PAIR: Final = regex(r"^([^()/]*[^()/\s])\s*(?:\(([^()/]+)\)|/\s*([^()/\s][^()/]*))$")

# The workload's fields by the units their numbers are typed with, and a number a workload text may give (a
# decimal comma or point; never one whose dot may group thousands).
_WORKLOAD_UNITS: Final = (("ects", CREDIT_UNITS), ("hours", HOUR_WORDS))
_WORKLOAD_NUMBER: Final = regex(r"^\d{1,5}(?:[.,]\d{1,2})?$")


def names_unit(word: str, units: Collection[str]) -> bool:
    """Whether a word typed beside a number is one of ``units`` (normalised words), or a credit unit with
    "ECTS" before or after it ("pkt. ECTS", "crédits ECTS", "ECTS-Credits")."""
    unit = normalise(word.strip())
    if unit in units:
        return True
    return "ects" in units and any(p in units for p in (unit.removeprefix("ects"), unit.removesuffix("ects")) if p)


def workload_written(text: str) -> dict[str, int | float] | None:
    """The workload a text gives with its units, as its fields: ``3 ECTS`` is ``{"ects": 3}``, ``120 h``
    ``{"hours": 120}``, ``5 ECTS (125 h)`` and ``125 h / 5 ECTS`` ``{"ects": 5, "hours": 125}``, ``2 x 3 EC``
    ``{"ects": 6}``, weeks and hours a week (:func:`weekly_hours`) their hours; ``None`` for any other text (a
    number without its unit, a length of time, a unit given twice)."""
    text = text.replace("\u00a0", " ").strip()
    pair = WORKLOAD_PAIR.match(text)
    parts = (pair.group(1), pair.group(2) or pair.group(3)) if pair else (text,)
    if len(parts) == 2 and _credit_rate(parts[1]):
        parts = parts[:1]
    found: dict[str, int | float] = {}
    for part in parts:
        quantity = _workload_quantity(_ABOUT.sub("", part.strip()))
        if quantity is None or quantity[0] in found:
            hours = weekly_hours(text)
            return None if hours is None else {"hours": hours}
        found[quantity[0]] = quantity[1]
    return {key: found[key] for key, _units in _WORKLOAD_UNITS if key in found}


def _credit_rate(text: str) -> bool:
    """Whether a note beside the credits gives the hours one credit stands for ("1 ECTS = 25 h", "1 ECTS-Punkt
    entspricht 30 Stunden"): how the credit is counted, not the offering's workload."""
    rate = _CREDIT_RATE.match(text.strip())
    return rate is not None and names_unit(rate.group(1), CREDIT_UNITS)


# One credit and the hours it stands for, as a note beside the credits gives it ("1 ECTS = 25 h", "1 ECTS ≙ 30
# Stunden", "1 ECTS = 25 à 30 heures"): the credit's unit, a sign or word of equality, and a number of hours.
_CREDIT_RATE: Final = regex(
    r"1\s*([^\W\d_][^\d=≙≈]{0,30}?)\s*(?:[=≙≈]|(?i:entspricht|equals|corresponds to|correspond à|equivale a))"
    r"\s*\d[^()]{0,40}"
)
# A word saying that the number after it is about right ("ca. 75 Stunden", "circa 50 ore", "approx. 20 hours",
# "cerca de 60 horas", "env. 75 heures", "około 30 godzin"): notional workload is approximate by nature, so the
# number is the workload.
_ABOUT: Final = regex(
    r"^(?i:ca|cca|circa|cirka|approx|approximately|about|around|env|environ|etwa|rund|ungefähr|ungefär|ongeveer"
    r"|ong|około|ok|cerca de|aprox|aproximadamente|aproximativ|kb|körülbelül|noin|omkring|umbes|apie|aptuveni"
    r"|približno|περίπου|около)\.?\s*(?=\d)"
)


def _workload_quantity(text: str) -> tuple[str, int | float] | None:
    """The workload field and number of one number typed with one unit (before or after it), or of a count of
    them ("2 x 3 ECTS" is 6 ECTS), or of minutes (:func:`minutes_as_hours`)."""
    hours = minutes_as_hours(text)
    if hours is not None:
        return "hours", hours
    times = _TIMES.match(text)
    if times is not None:
        quantity = _one_quantity(times.group(2))
        return None if quantity is None else (quantity[0], whole(int(times.group(1)) * quantity[1]))
    return _one_quantity(text)


def _one_quantity(text: str) -> tuple[str, int | float] | None:
    """The workload field and number of one number typed with one unit (before or after it)."""
    match = WITH_UNIT.match(text)
    if match is None or bool(match.group("pre").strip()) == bool(match.group("post").strip()):
        return None
    number = match.group("number").strip()
    if not _WORKLOAD_NUMBER.match(number):
        return None
    unit = match.group("pre") + match.group("post")
    field = next((key for key, units in _WORKLOAD_UNITS if names_unit(unit, units)), None)
    return None if field is None else (field, whole(float(number.replace(",", "."))))


def whole(value: float) -> int | float:
    """A number as a descriptor is written: 150 (not 150.0), 7.5, at most two decimals."""
    return int(value) if float(value).is_integer() else round(value, 2)


# A count of workloads of one size: "2 x 3 ECTS", "2 × 2,5 EC".
_TIMES: Final = regex(r"^(\d{1,2})\s*[x×]\s*(\d.*)$")

# The words for a minute, as :func:`~qa_checker.aliases.normalise` gives them.
MINUTE_WORDS: Final = frozenset({"min", "mins", "minute", "minutes", "minuten", "minut", "minuti", "minutos", "minuty"})
# Minutes alone, times a count, or in a count of teaching units of a stated length ("2400 Minuten", "40 x 45 Min.",
# "40 UE à 45 Minuten", "40 sesiones de 45 minutos"). A count and minutes with a bare word between ("40 à 45 minutes",
# "40 a 45 minutos") is a range in French and Spanish, and not read.
_MINUTES: Final = regex(
    r"^(?:(\d{1,4})\s*(?:[x×]|[^\W\d_]{1,25}\.?\s+(?:à|je|zu je|of|de|da|di|por|per|po))\s*)?(\d{1,6})\s*"
    r"([^\W\d_]{1,10})\.?$",
    re.IGNORECASE,
)


def minutes_as_hours(text: str) -> int | float | None:
    """The hours a workload written in minutes makes (:data:`_MINUTES`): "40 x 45 Min." is 30; ``None`` for any other
    text."""
    found = _MINUTES.match(text.strip())
    if found is None or normalise(found.group(3)) not in MINUTE_WORDS:
        return None
    return whole(int(found.group(1) or 1) * int(found.group(2)) / 60)


def weekly_hours(text: str) -> int | float | None:
    """The hours of a workload given as weeks and hours a week ("8 Wochen à 5 Stunden", "12 weeks x 6 hours per
    week", "10 h par semaine pendant 4 semaines"): two numbers, one of weeks and one of hours, with nothing else
    but words saying the hours are a week's; ``None`` for any other text ("6 weeks, 40 hours" says no more than
    the 40 hours in all)."""
    counted = _COUNTED.findall(text) if len(text) <= _WEEKLY_CHARS else []
    weeks = [number for number, unit in counted if week_unit(unit)]
    hours = [number for number, unit in counted if normalise(unit) in HOUR_WORDS]
    if len(counted) != 2 or len(weeks) != 1 or len(hours) != 1:
        return None
    rest = [_SIGNS.get(word) or normalise(word) for word in _REST_WORD.findall(_COUNTED.sub(" ", text))]
    if not all(word in _WEEKLY_WORDS or word in _JOINING_WORDS or week_unit(word) for word in rest):
        return None
    if not any(word in _WEEKLY_WORDS or week_unit(word) for word in rest):
        return None
    return whole(float(weeks[0].replace(",", ".")) * float(hours[0].replace(",", ".")))


# Longer texts are never weeks and hours a week.
_WEEKLY_CHARS: Final = 100
# A number with the word after it ("8 Wochen", "5,5 h"), not the end of a longer or negative one ("-8 Wochen" stays
# in what is left, which it does not fit), and the words and signs of what is left.
_COUNTED: Final = regex(r"(?<![\d\-−])(?<!\d[.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*([^\W\d_]+)\.?")
_REST_WORD: Final = regex(r"[^\W\d_]+|[×*/]|\d")
_SIGNS: Final = {"×": "x", "*": "x", "/": "per"}
# What says that hours are a week's, as normalise() gives it: a sign of times ("8 Wochen à 5 Stunden"), "weekly" in
# the descriptors' languages; and the week itself ("per week", "pro Woche", "/Woche"), read by week_unit.
_WEEKLY_WORDS: Final = frozenset(
    {"x", "a", "je", "weekly", "wochentlich", "hebdomadaire", "hebdomadaires", "semanal", "semanales"}
    | {"semanais", "settimanale", "settimanali", "wekelijks", "tygodniowo", "tygodniu", "veckan", "vecka", "ugen"}
    | {"ugentlig", "ugentligt", "viikossa", "tydne", "tydenne", "hetente", "saptamanal", "εβδομαδιαια"}
)
# Words that join the two numbers without saying more ("per", "pendant", "gedurende", "for", "über").
_JOINING_WORDS: Final = frozenset(
    {"per", "pro", "par", "por", "al", "alla", "na", "w", "i", "om", "for", "during", "fur", "uber", "pendant", "at"}
    | {"durante", "gedurende", "lang", "each", "every", "jede", "jeweils", "chaque", "ogni", "cada", "elke", "przez"}
    | {"po", "pa"}
    | {"och", "og", "und", "and", "et", "e", "y", "en", "of", "von", "de", "di", "van", "z", "the"}
)


# Units of teaching time, as normalised: the German Unterrichtseinheit (UE) and Lehreinheit of 45 minutes, the
# Austrian Semesterwochenstunde (SWS: an hour a week through a semester), the Swiss Lektion; counts of hours too.
_TEACHING_TIME_WORDS: Final = frozenset(
    {"unterrichtseinheit", "unterrichtseinheiten", "ue", "lehreinheit", "lehreinheiten", "sws", "lektion", "lektionen"}
)

# The hour as the last part of a compound, as normalised, in the languages that join words: the German
# "Unterrichtsstunden", the Dutch "lesuren" and "klokuren", the Swedish "undervisningstimmar", the Danish and
# Norwegian "undervisningstimer", the Finnish "opetustunnit".
_HOUR_ENDINGS: Final = ("stunden", "stunde", "uren", "timmar", "timer", "tunnit", "tuntia")

# Plurals of German and Dutch nouns in -ur, -uur and -our, as normalised, that end as the Dutch hour compounds do
# ("Klausuren", "Zensuren", "Strukturen", "structuren", "Touren"): no hours. First the Latin endings no Dutch word
# before "uren" has ("Kandidaturen", "Präfekturen", "Tinkturen", "Skulpturen": Dutch writes "contact", "project"),
# then single words. Words whose ending a Dutch compound also ends with ("werkuren" ends as "Kuren"; "klasuren" as
# "Lasuren"; "examensuren" as "Mensuren") are left out.
_UR_NOUN_PLURALS: Final = (
    "aturen", "akturen", "ekturen", "ukturen", "nkturen", "pturen",
    "klausuren", "zensuren", "structuren", "kulturen", "culturen", "figuren", "prozeduren", "agenturen",
    "architecturen", "touren", "spuren", "frisuren", "dressuren", "glasuren", "monturen", "correcturen", "partituren",
    "professuren", "inventuren", "broschuren", "rasuren", "blessuren", "torturen", "facturen", "abituren",
)  # fmt: skip

# Parts of the words that name a credit or point, as normalised ("credits", "crédits", "créditos", "punti",
# "Fortbildungspunkte", "punkty"): a system so named is credits, whatever hours its name explains them by. So is
# the study load of Dutch vocational education (studiebelastingsuren; SBU, as edubadges names it): counted in
# hours, but the national system of levels where ECTS are not awarded.
_CREDIT_PARTS: Final = ("credit", "ects", "point", "punt", "punkt", "pont", "studiebelasting")
_CREDIT_ABBREVIATIONS: Final = frozenset({"sbu"})


def counts_hours(system: object) -> bool:
    """Whether a credit system named in other_credits is a count of hours ("CPD hours", "Unterrichtsstunden") or
    of units of teaching time ("Unterrichtseinheiten à 45 Minuten", "SWS"), which is no credit system: hours are
    hours whatever they are called. A name that also says credits or points ("QQI credits (10 hours each)") is a
    credit system."""
    if not isinstance(system, str):
        return False
    words = [normalise(word) for word in re.findall(r"[^\W\d_]+", system)]
    if is_ects(system) or any(w in _CREDIT_ABBREVIATIONS or any(p in w for p in _CREDIT_PARTS) for w in words):
        return False
    return any(
        word in HOUR_WORDS
        or word in _TEACHING_TIME_WORDS
        or (word.endswith(_HOUR_ENDINGS) and not word.endswith(_UR_NOUN_PLURALS))
        for word in words
    )
