"""Validate a descriptor against the bundled JSON Schema and explain each error to a provider.

Raw jsonschema errors are not user-facing: each becomes a finding with the Annex I element it
concerns, an RFC 6901 pointer, a plain message and a fix hint. ``anyOf``/``oneOf`` errors are
explained by the schema's own ``x-message``/``x-hint`` annotations or by the best-matching branch,
never dumped.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import heapq
import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlparse

import yaml

from qa_checker import ids, listing, vocab
from qa_checker import pointer as jp
from qa_checker.aliases import (
    PERIOD_FIELDS,
    concept_for,
    dot_may_group_thousands,
    duration_written,
    field_aliases,
    iso_duration,
    language_meant,
    named_date,
    names_a_length_of_time,
    normalise,
    period_written,
    roman_number,
    without_date_words,
)
from qa_checker.cells import escaped, plain_reading, shown_code
from qa_checker.descriptor import (
    DATE_YEARS,
    DAYS_PER_YEAR,
    DURATION,
    LANGUAGE_TAG,
    LONGEST_DURATION_YEARS,
    meant_kind,
    stated_duration_days,
)
from qa_checker.ects import ects_of_credits, hours_per_credit, whole, workload_written
from qa_checker.elements import INVISIBLE, blank, element_for_pointer, filled
from qa_checker.findings import Finding, Severity
from qa_checker.frameworks import EQF_LEVELS, NQF_TO_EQF, NQF_UNREFERENCED
from qa_checker.patterns import regex
from qa_checker.resources import descriptor_schema
from qa_checker.scripts import SHOWS_AS_NOTHING
from qa_checker.text import LISTED, N_, Text, clip, english, msg, plural
from qa_checker.value_reader import (
    CROWNS_BY_COUNTRY,
    MINUS_SIGNS,
    REPLACED_BY_EURO,
    amount_currency,
    country,
    crowns,
    crowns_of,
    currency_named,
    enum_named,
    in_euro,
    mode,
    modes_joined,
    price,
    price_currency,
    url_written,
)
from qa_checker.yaml_core import core_resolvers

if TYPE_CHECKING:  # jsonschema is imported to explain a rejection: a valid descriptor never needs it
    import jsonschema
    from jsonschema.exceptions import ValidationError

SCHEMA_RULE = ids.SCHEMA
_DATE = regex(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _calendar_date(value: str) -> date | None:
    """The date a YYYY-MM-DD text names, when it exists (2023-02-30 does not), in any year."""
    if not _DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _written_date(text: str) -> str | None:
    """The ISO date a text writes as YYYY-MM-DD, year or day first in another form or with its month in words."""
    day = _calendar_date(text.strip())
    return (day.isoformat() if day is not None else None) or _year_first(text) or _day_first(text) or named_date(text)


def _is_date(value: object) -> bool:
    """An ISO 8601 calendar date that exists, in a year a descriptor's date can fall in (:data:`DATE_YEARS`)."""
    if not isinstance(value, str):
        return True
    day = _calendar_date(value)
    return day is not None and day.year in DATE_YEARS


# ISO 8601 dates in forms other than the extended calendar form YYYY-MM-DD: basic (20260915), week
# (2027-W03-1, 2027W031) and ordinal (2026-258, 2026258) dates.
_OTHER_DATE_FORM = regex(r"^(?P<y>\d{4})(?:(?P<m>\d{2})(?P<d>\d{2})|-?W(?P<w>\d{2})-?(?P<wd>[1-7])|-?(?P<o>\d{3}))$")


def _calendar_form(value: object) -> str | None:
    """The YYYY-MM-DD form of a date written in another ISO 8601 form, if it is one and exists."""
    found = _OTHER_DATE_FORM.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    year = int(found["y"])
    try:
        if found["m"] is not None:
            when = date(year, int(found["m"]), int(found["d"]))
        elif found["w"] is not None:
            when = date.fromisocalendar(year, int(found["w"]), int(found["wd"]))
        else:
            when = date(year, 1, 1) + timedelta(days=int(found["o"]) - 1)
    except (ValueError, OverflowError):  # past year 9999 or before year 1
        return None
    return when.isoformat() if when.year == year and (found["o"] is None or int(found["o"]) > 0) else None


# A day-first date: with dots or hyphens (always day first: 15-01-2026 is Dutch and Danish), or with
# slashes and a day above 12.
_DAY_FIRST = regex(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")


def _bare(text: str) -> str:
    """A text without the spaces around it (non-breaking ones too) and the quotes it is wrapped in,
    typographic ones included (``“1.0”``)."""
    return text.replace("\u00a0", " ").strip().strip("“”„‘’‚«»\"'").strip()


def _dots_closed(text: str) -> str:
    """A date of dots without the space after each dot, as Czech, Slovak and Hungarian write one ("15. 2. 2027",
    "2027. 02. 08."), and without the dot closing it."""
    return _DOT_SPACE.sub(".", text.strip()).removesuffix(".") if "." in text else text.strip()


_DOT_SPACE = regex(r"(?<=\d)\.[ \u00a0\u202f](?=\d)")  # (a no-break space after the dot, as Word puts one)


def _day_first(text: str) -> str | None:
    """``01.03.2027`` as ``2027-03-01`` (and ``30/06/2026``, ``15. 2. 2027``), when it is a day that exists."""
    found = _DAY_FIRST.match(_dots_closed(text))
    if found is None or (found.group(2) == "/" and int(found.group(1)) <= 12):
        return None
    try:
        return date(int(found.group(4)), int(found.group(3)), int(found.group(1))).isoformat()
    except ValueError:
        return None


# A date written year first with one or two digits for the month and the day, between hyphens, slashes or
# dots (2027-2-1, 2027/02/01, 2027.2.1): year, month, day in that order, whatever the separator.
_YEAR_FIRST = regex(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$")


def _year_first(text: str) -> str | None:
    """``2027-2-1`` (and ``2027/02/01``, ``2027. 02. 08.``) as ``2027-02-01``, when it is a day that exists."""
    found = _YEAR_FIRST.match(_dots_closed(text))
    if found is None:
        return None
    try:
        return date(int(found.group(1)), int(found.group(3)), int(found.group(4))).isoformat()
    except ValueError:
        return None


def _pattern_fix(value: object, pattern: object, path: list[str]) -> str | None:
    """The value as the pattern wants it when only its case or surrounding spaces are wrong (``eur``), its
    quotes are typographic ones (``“1.0”``), a duration is written in words (``12 weeks``) or with a
    fraction (``P0.5Y``: P6M), a currency by its sign or name (``€``, ``Euro``), a field code among other marks
    (``06.13``), a code in look-alike characters (fullwidth ``ＥＵＲ``, a Cyrillic ``Е``, ``O613``); never a code
    its vocabulary does not hold (``yen`` is not written YEN)."""
    if not isinstance(value, str) or not isinstance(pattern, str) or len(value) > _HINTED_CHARS:
        return None
    from qa_checker.rules.consistency import whole_duration  # only for this hint: validating needs no rule

    bare = plain_reading(_bare(value))  # fullwidth, another script's look-alike letters or digits
    named = currency_named(bare) if path and path[-1] == "currency" else None
    # A field code among other marks or words ("06.13", "ISCED 0613"), or typed with a letter O for a zero
    # ("O613"): its digits, where they are a known code.
    field = next((step for step in reversed(path) if not step.isdigit()), "")
    zeroed = bare.translate(_ZERO_LETTERS)
    digits = (
        (zeroed if zeroed.isascii() and zeroed.isdigit() else re.sub(r"\D", "", bare, flags=re.ASCII))
        if _CODE_VOCABULARIES.get(field) == "isced-f"
        else None
    )
    duration = iso_duration(bare, short=True) or duration_written(bare)
    # A code written as its EU concept URI (".../authority/language/ENG", ".../snb/isced-f/0613"), as in the ELM.
    concept = vocab.get(_CODE_VOCABULARIES[field]).slug_for_uri(bare) if field in _CODE_VOCABULARIES else None
    for fixed in (bare, bare.upper(), duration, whole_duration(bare), named, digits, concept):
        if fixed is not None and fixed != value and re.search(pattern, fixed) and _known_code(path, fixed):
            return fixed
    return None


# The letters O typed for a zero in a field code of digits alone ("O613").
_ZERO_LETTERS = str.maketrans("Oo", "00")
# The vocabulary of a field whose values are codes, by the last name in its path (a region is known by
# its country's code, the first two letters of a NUTS code).
_CODE_VOCABULARIES = {
    "currency": "currencies",
    "country": "countries",
    "languages": "languages",
    "field_of_education": "isced-f",
}


def _known_code(path: list[str], code: str) -> bool:
    """Whether a code a hint would suggest exists, where its field has a vocabulary."""
    names = [step for step in path if not step.isdigit()]
    field = names[-1] if names else ""
    if field == "region":
        return code[:2] in vocab.get("countries")
    vocabulary = _CODE_VOCABULARIES.get(field)
    return vocabulary is None or code in vocab.get(vocabulary)


def is_url(value: object) -> bool:
    """A full http(s) address with a host and no white space.

    Asked twice of each address (the schema's format, MC-UR-001) and of the same few addresses across a
    batch: the verdict on one of up to :data:`_REMEMBERED_URL_CHARS` characters is remembered.
    """
    if not isinstance(value, str):
        return True
    return _remembered_url(value) if len(value) <= _REMEMBERED_URL_CHARS else _url(value)


# Addresses up to this long have their verdicts remembered (at most 4,096 of them, about a megabyte).
_REMEMBERED_URL_CHARS = 200
# White space as ``str.isspace`` tells it (the regular expression's ``\s`` for text is the same test), a soft
# hyphen and the characters no script needs that show as nothing (a zero-width space): an address holding one
# links elsewhere than it reads. The joiners stay: Persian and Indic domain names need them.
_SPACE = regex(f"[\\s\u00ad{SHOWS_AS_NOTHING}]")
# A Cyrillic or Greek letter, which in a label of a host name beside Latin letters (www.hvа.nl with a Cyrillic a)
# makes an address that passes for another: browsers show such a name as its punycode.
_CYRILLIC_OR_GREEK = regex("[\u0370-\u03ff\u0400-\u052f]")
_LATIN = regex("[A-Za-z]")


def _mixed_host_letters(host: str) -> list[str]:
    """The Cyrillic and Greek letters of the labels of a host name that hold Latin letters too, in order."""
    if host.isascii():
        return []
    return [
        letter
        for label in re.split("[.@:]", host)
        if _LATIN.search(label)
        for letter in _CYRILLIC_OR_GREEK.findall(label)
    ]


@functools.lru_cache(maxsize=4096)
def _remembered_url(value: str) -> bool:
    return _url(value)


def _url(value: str) -> bool:
    try:
        parsed = urlparse(value)
    except ValueError:  # an unclosed IPv6 bracket, an invalid port: not an address
        return False
    return (
        parsed.scheme in ("http", "https")
        and bool(parsed.netloc)
        and _SPACE.search(value) is None
        and not _mixed_host_letters(parsed.netloc)
    )


def _host(value: object) -> str:
    """The host part of an address (with its user and port), empty for anything else."""
    try:
        return urlparse(value).netloc if isinstance(value, str) else ""
    except ValueError:
        return ""


def _spaced_url(value: object) -> bool:
    """Whether a value the schema refuses as a URL would be one without its white space."""
    return isinstance(value, str) and not is_url(value) and is_url("".join(value.split()))


def _is_duration(value: object) -> bool:
    """A duration no longer than the longest a micro-credential's learning lasts (:data:`LONGEST_DURATION_YEARS`);
    one of another form passes, for the pattern to judge."""
    if not isinstance(value, str) or not DURATION.match(value):
        return True
    days = stated_duration_days(value)
    return days is not None and days <= LONGEST_DURATION_YEARS * DAYS_PER_YEAR


FORMATS: dict[str, Callable[[object], bool]] = {"date": _is_date, "url": is_url, "duration": _is_duration}


def _format_checker() -> jsonschema.FormatChecker:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return checker


# The errors a keyword that judges each member of a value (each item, each key) reports on one value: a
# language map of 100,000 bad keys is explained by its first few, in bounded time and memory.
ERRORS_PER_VALUE = 20
_MEMBERWISE = ("items", "prefixItems", "contains", "properties", "patternProperties", "additionalProperties")


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    """A reusable validator for the descriptor schema, reporting at most :data:`ERRORS_PER_VALUE` errors of
    a keyword that judges each member of one value."""
    import itertools

    import jsonschema

    base = jsonschema.Draft202012Validator

    def capped(check: Callable[..., Any]) -> Callable[..., Any]:
        return lambda *args: itertools.islice(check(*args), ERRORS_PER_VALUE)

    keywords = {name: capped(base.VALIDATORS[name]) for name in (*_MEMBERWISE, "propertyNames")}
    capped_class = jsonschema.validators.extend(base, keywords)  # type: ignore[no-untyped-call]
    return capped_class(_own_dialect(descriptor_schema()), format_checker=_format_checker())  # type: ignore[no-any-return]


def _own_dialect(document: dict[str, Any]) -> dict[str, Any]:
    """The schema without its ``$schema``, which would make jsonschema's ``evolve`` pick the uncapped class of
    that dialect over :func:`validator`'s own."""
    return {key: value for key, value in document.items() if key != "$schema"}


@functools.cache
def _fast_validator() -> Any:
    """The schema compiled by jsonschema-rs (a millisecond to build, about fifteen microseconds a descriptor
    where jsonschema takes a few hundred to collect none)."""
    return _compiled(descriptor_schema())


def _compiled(document: dict[str, Any]) -> Any:
    """A jsonschema-rs validator of a schema document, with the descriptor formats."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(document, formats=FORMATS, validate_formats=True)


def is_valid(data: object) -> bool:
    """Whether a descriptor follows the schema, by the compiled check: most descriptors in a batch are valid,
    and only one it rejects is explained, from the compiled check's errors or by jsonschema's (see
    :func:`_compiled_errors`). A value it cannot read (a number too long to convert, nesting deeper than it
    goes) counts as rejected, so jsonschema has the last word on it."""
    try:
        return bool(_fast_validator().is_valid(data))
    except (ValueError, TypeError, OverflowError, RecursionError):
        return False


def validate(data: object, *, severity: Severity = Severity.ERROR) -> list[Finding]:
    """All schema findings for one descriptor, one per problem, sorted by location.

    A kind written in capitals or misspelt (``kind: Credential``) is told at ``/kind`` alone: the rest is judged as the
    kind it names, not told element by element that it does not apply to an offer."""
    kind = data.get("kind") if isinstance(data, dict) else None
    meant = meant_kind(kind)
    if meant is None or meant == kind or not isinstance(data, dict):
        return _crowns_told(_validated(data, severity), data)
    told = [f for f in _validated(data, severity) if f.pointer == "/kind"]
    rest = [f for f in _validated({**data, "kind": meant}, severity) if f.pointer != "/kind"]
    return _crowns_told(sorted(told + rest, key=lambda f: (f.pointer, f.message)), data)


def _crowns_told(findings: list[Finding], data: object) -> list[Finding]:
    """The findings, those on a price in crowns ("kr", "950 kr") hinting the crowns' ISO 4217 code: the one its
    awarding bodies' country pays in, else the four to choose from ("kr" is Danish, Icelandic, Norwegian and Swedish
    alike)."""
    if not isinstance(data, dict) or not any(f.pointer in _PRICE_POINTERS for f in findings):
        return findings
    bodies = data.get("awarding_bodies")
    countries = [
        country(body["country"])
        for body in (bodies if isinstance(bodies, list) else ())
        if isinstance(body, dict) and isinstance(body.get("country"), str)
    ]
    code = crowns_of(countries)
    told = []
    for finding in findings:
        value = jp.resolve(data, finding.pointer) if finding.pointer in _PRICE_POINTERS else None
        read = price(value) if finding.pointer == "/price" and isinstance(value, str) else None
        if read is not None and read[0] is not None and read[1] is not None and crowns(read[1]):
            hint = _crowns_hint(_price_object(read[0], code or "..."), code, countries)
        elif finding.pointer == "/price/currency" and isinstance(value, str) and crowns(value):
            hint = _crowns_hint(code, code, countries)
        else:
            told.append(finding)
            continue
        told.append(dataclasses.replace(finding, hint=english(hint), hint_text=hint))
    return told


def _crowns_hint(written: str | None, code: str | None, countries: list[str | None]) -> Text:
    """The hint on crowns: what to write, in the crowns of the awarding body's country (``code``) or in those meant."""
    if code is not None:
        return msg(
            "Write {written}: 'kr' names the crowns of Denmark, Iceland, Norway and Sweden alike, and the awarding "
            "body is in {country}.",
            written=written,
            country=next(c for c in countries if CROWNS_BY_COUNTRY.get(c or "") == code),
        )
    if written is not None:
        return msg(
            "Write {written} with the ISO 4217 code of the crowns meant as its currency, DKK, ISK, NOK or SEK: 'kr' "
            "names the crowns of Denmark, Iceland, Norway and Sweden alike.",
            written=written,
        )
    return msg(
        "Write the ISO 4217 code of the crowns meant, DKK, ISK, NOK or SEK: 'kr' names the crowns of Denmark, "
        "Iceland, Norway and Sweden alike."
    )


# The fields of a price a hint on crowns is for.
_PRICE_POINTERS = frozenset({"/price", "/price/currency"})


class _FlowLoader(yaml.SafeLoader):
    """Reads a value a hint writes in YAML's flow style by YAML 1.2's rules, dates as text."""

    yaml_implicit_resolvers = core_resolvers()


def _json_form(value: Any) -> Any:
    """A hint with the value it writes (its ``written``) in YAML's flow style (``{amount: 450, currency: EUR}``,
    ``[en, de]``, ``workload: {ects: 2.5}``) written as JSON; anything else as it is."""
    if not isinstance(value, Text):
        return value
    params = {
        name: _json_written(param) if name == "written" else _json_form(param) for name, param in value.params.items()
    }
    return value if params == dict(value.params) else dataclasses.replace(value, params=params)


def _json_written(written: Any) -> Any:
    """A value written in YAML's flow style, as JSON writes it (a ``key: value`` pair as a member)."""
    if not isinstance(written, str) or len(written) > _HINTED_CHARS:
        return written
    collection = written[:1] in "{["
    if not collection and _MEMBER.match(written) is None:
        return written  # a scalar (true, 5) is written alike in both
    try:
        parsed = yaml.load(written if collection else f"{{{written}}}", Loader=_FlowLoader)
    except yaml.YAMLError:
        return written
    if not isinstance(parsed, (dict, list)):
        return written
    shown = json.dumps(parsed, ensure_ascii=False, separators=(", ", ": "))
    return shown if collection else shown[1:-1]


# A field and its value as a hint writes them ("workload: {ects: 2.5}").
_MEMBER = regex(r"[A-Za-z_][\w.-]*: ")


def in_json(findings: list[Finding]) -> list[Finding]:
    """Findings about a JSON file (the schema's and the rules'), the values their hints write in JSON, so that the
    example pasted into the file is read (YAML's ``{amount: 450}`` is a syntax error there)."""
    written = []
    for finding in findings:
        hint = _json_form(finding.hint_text)
        if hint is not finding.hint_text:
            finding = dataclasses.replace(finding, hint=english(hint), hint_text=hint)
        written.append(finding)
    return written


def _validated(data: object, severity: Severity) -> list[Finding]:
    if is_valid(data):
        return []
    compiled = _compiled_errors(data)
    if compiled is not None:
        told = _findings(compiled, severity, strict=True)
        if told is not None:
            return told
    errors = _pruned_errors(data)
    if errors is None:
        errors = list(validator().iter_errors(data))
    return _findings(errors, severity) or []


def _findings(errors: list[ValidationError], severity: Severity, *, strict: bool = False) -> list[Finding] | None:
    """The findings of a descriptor's errors, one per (pointer, message). ``strict``: ``None`` when two
    different findings share one, as the one kept would then depend on the order the errors came in."""
    if not errors:
        return []
    # Only a missing field can be one a misspelt key gives: the suggestions are sought for those alone.
    wanting = any(error.validator in ("required", "anyOf") for error in errors)
    renamed = _misspelt_requirements(errors) if wanting else set()
    bounds = _bounds_beside_type(errors)
    told = {id(bound) for bound in bounds.values()}
    findings = [
        f
        for error in errors
        if id(error) not in told and not _required_misspelt(error, renamed)
        for f in _to_findings(error, severity, bounds.get(id(error)))
    ]
    unique = {(f.pointer, f.message): f for f in findings}
    if strict and any(unique[(f.pointer, f.message)] != f for f in findings):
        return None
    return sorted(unique.values(), key=lambda f: (f.pointer, f.message))


_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# The keywords whose errors jsonschema-rs reports as jsonschema would, told without importing jsonschema;
# any other (anyOf, oneOf, propertyNames) is explained by jsonschema, which compares their branches.
_COMPILED_KEYWORDS = frozenset(
    {
        "required",
        "type",
        "enum",
        "const",
        "pattern",
        "format",
        "not",
        "additionalProperties",
        "uniqueItems",
        *_BOUNDS,
        *(f"{side}{what}" for side in ("min", "max") for what in ("Length", "Items", "Properties")),
    }
)


class _CompiledError:
    """A jsonschema-rs error with the attributes of a jsonschema ``ValidationError`` that the findings read:
    the value and schema node from the descriptor and the schema themselves, the schema path as jsonschema
    writes it (without ``$ref``)."""

    context = None

    def __init__(self, data: object, found: Any) -> None:
        path = tuple(found.instance_path)
        self.absolute_path = self.relative_path = path
        self.absolute_schema_path = tuple(step for step in found.evaluation_path if step != "$ref")
        self.relative_schema_path = self.absolute_schema_path
        location = list(found.schema_path)
        self.validator: str = location[-1]
        self.validator_value: Any = jp.walk(descriptor_schema(), location)
        self.schema: Any = jp.walk(descriptor_schema(), location[:-1])
        self.instance: Any = jp.walk(data, path)
        kind = found.kind.as_dict()
        self.message = f"{kind['property']!r} is a required property" if self.validator == "required" else ""

    def agrees(self) -> bool:
        """Whether jsonschema would report this error so: a keyword the findings read alike from both, a
        pattern Python's regular expressions refuse too, a format of the descriptor's own it fails."""
        keyword, value, instance = self.validator, self.validator_value, self.instance
        if keyword not in _COMPILED_KEYWORDS or "propertyNames" in self.absolute_schema_path:
            return False
        if keyword == "pattern":
            return isinstance(value, str) and isinstance(instance, str) and re.search(value, instance) is None
        if keyword == "format":
            return value in FORMATS and not FORMATS[value](instance)
        return True


# The largest descriptor whose errors jsonschema-rs is asked for, in values and keys and in characters of
# text: its reports copy the failing value into each error under a failed anyOf (a language map of 3,000
# keys took 2.3 GB), so their memory grows with the square of the value's size.
_COMPILED_NODES = 500
_COMPILED_CHARS = 50_000


def _small(data: object) -> bool:
    """Whether a value is within :data:`_COMPILED_NODES` and :data:`_COMPILED_CHARS`, found in time they bound."""
    nodes = chars = 0
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            nodes += len(node)
            if nodes > _COMPILED_NODES:
                return False
            if isinstance(node, dict):
                chars += sum(len(key) if isinstance(key, str) else 1 for key in node)
            stack.extend(node.values() if isinstance(node, dict) else node)
        elif isinstance(node, str):
            chars += len(node)
        if chars > _COMPILED_CHARS:
            return False
    return True


def _compiled_errors(data: object) -> list[ValidationError] | None:
    """The errors of a rejected descriptor as jsonschema-rs finds them, when it is :func:`_small`, each error
    is one jsonschema would report alike and they are fewer than :data:`ERRORS_PER_VALUE` (so no cap
    applies): a descriptor with the common mistakes is explained without importing jsonschema. ``None``
    otherwise."""
    import itertools

    if not _small(data):
        return None
    try:
        found = list(itertools.islice(_fast_validator().iter_errors(data), ERRORS_PER_VALUE))
        errors = [_CompiledError(data, error) for error in found]
    except (ValueError, TypeError, OverflowError, RecursionError, KeyError, IndexError):
        return None
    if len(found) >= ERRORS_PER_VALUE or not all(error.agrees() for error in errors):
        return None
    return cast("list[ValidationError]", errors)  # read through the same attributes


def _bounds_beside_type(errors: list[ValidationError]) -> dict[int, ValidationError]:
    """For each type error (by id) of a number that is also beyond a bound of the same schema (``eqf: 8.5``, a
    whole number wanted), that bound's error: the two are one problem at one place, told in one finding."""
    types = {(tuple(e.absolute_path), tuple(e.absolute_schema_path)[:-1]): e for e in errors if e.validator == "type"}
    found: dict[int, ValidationError] = {}
    for error in errors:
        if error.validator in _BOUNDS:
            beside = types.get((tuple(error.absolute_path), tuple(error.absolute_schema_path)[:-1]))
            if beside is not None and id(beside) not in found:
                found[id(beside)] = error
    return found


def _misspelt_requirements(errors: list[ValidationError]) -> set[tuple[str, str]]:
    """(object pointer, field) for each unknown key that is a misspelling of a field of its object."""
    found: set[tuple[str, str]] = set()
    for error in errors:
        target = _explained(error)
        if target.validator != "additionalProperties" or not isinstance(target.instance, dict):
            continue
        known = set(_subschema(target).get("properties", {}))
        base = jp.from_path(target.absolute_path)
        for extra in heapq.nsmallest(ERRORS_PER_VALUE, set(target.instance) - known):
            meant = _meant_field(str(extra), base, known)
            if meant is not None:
                found.add((base, meant))
    return found


def _required_misspelt(error: ValidationError, renamed: set[tuple[str, str]]) -> bool:
    """Whether ``error`` only says a field is missing that a misspelt key of the same object gives
    (``level: {nlqf: 6}``): the unknown-field finding, with its suggestion, says it once."""
    if not renamed or not isinstance(error.instance, dict):
        return False
    base = jp.from_path(error.absolute_path)
    value = _keyword_value(error)
    if error.validator == "required":
        wanted = {name for name in value if name not in error.instance} if isinstance(value, list) else set()
    elif (
        error.validator == "anyOf"
        and isinstance(value, list)
        and all(isinstance(b, dict) and set(b) == {"required"} for b in value)
    ):
        wanted = {name for branch in value for name in branch["required"]}
    else:
        return False
    return any((base, name) in renamed for name in wanted)


def _pruned_errors(data: object) -> list[ValidationError] | None:
    """jsonschema's errors for a rejected descriptor, the fields jsonschema-rs accepts left unwalked.

    A rejected descriptor is explained by jsonschema, which walks the whole of it (several hundred
    microseconds). Here each top-level field is first checked alone by a compiled validator of its own
    schema, and jsonschema walks the descriptor with an accepting schema in place of each field that
    passed: the top level (required fields, unknown fields, the kind's conditions) is judged as
    before, and the fields that failed are walked whole, so the errors are those of a whole-document
    run, found in a fraction of the time, and never more than linear in the descriptor's size (the
    compiled check's own error reports copy the value at each branch of a failed ``anyOf``). ``None``
    when the descriptor is not an object or a field cannot be checked alone.
    """
    if not isinstance(data, dict):
        return None
    root = descriptor_schema()
    kept: dict[str, Any] = {}
    for name, field in root.get("properties", {}).items():
        if name not in data:
            kept[name] = field
            continue
        try:
            kept[name] = True if _field_validator(name).is_valid({name: data[name]}) else field
        except (ValueError, TypeError, OverflowError, RecursionError):
            return None
    pruned = {**_own_dialect(root), "properties": kept}
    errors = list(validator().evolve(schema=pruned).iter_errors(data))
    for error in errors:
        if error.schema is pruned:
            error.schema = root
    return errors


@functools.cache
def _field_validator(name: str) -> Any:
    """A compiled validator of one top-level field's schema, for an object holding just that field."""
    root = descriptor_schema()
    alone = {key: value for key, value in root.items() if key in ("$schema", "$id", "$defs", "type")} | {
        "properties": {name: root["properties"][name]}
    }
    return _compiled(alone)


def _keyword(error: ValidationError) -> str:
    """The schema keyword that failed (jsonschema names it on every error it reports)."""
    return error.validator if isinstance(error.validator, str) else ""


def _keyword_value(error: ValidationError) -> Any:
    """The failing keyword's value in the schema: any JSON value.

    Typed ``Any | Unset`` by jsonschema, whose unset marker is private; every error a validator yields
    has the value set.
    """
    value: Any = error.validator_value
    return value


def _subschema(error: ValidationError) -> dict[str, Any]:
    """The schema object that failed; empty for a boolean schema."""
    return error.schema if isinstance(error.schema, dict) else {}


def _annotation(error: ValidationError, key: str) -> str | None:
    """An ``x-`` annotation of the failing subschema, or of the property that ``$ref``-ed it."""
    value = _subschema(error).get(key)
    if value:
        return str(value)
    referrer = _referrer(error)
    return str(referrer[key]) if referrer is not None and referrer.get(key) else None


def _schema_text(annotation: str) -> Text:
    """A message or hint the schema gives (``x-message``, ``x-hint``): its English text is the msgid."""
    return Text(annotation)


def _referrer(error: ValidationError) -> dict[str, Any] | None:
    """The schema node holding the ``$ref`` whose target failed directly at its top level."""
    tokens = list(error.absolute_schema_path)
    if "$ref" not in tokens:
        return None
    last_ref = len(tokens) - 1 - tokens[::-1].index("$ref")
    if len(tokens) - last_ref > 2:
        return None
    node: Any = descriptor_schema()
    for token in tokens[:last_ref]:
        if token == "$ref" and isinstance(node, dict):
            node = jp.resolve(descriptor_schema(), node["$ref"].lstrip("#"))
        # Two branches with the same body, so that each narrows node and token to types that index.
        elif isinstance(node, dict) and token in node:  # noqa: SIM114
            node = node[token]
        elif isinstance(node, list) and isinstance(token, int) and token < len(node):
            node = node[token]
        else:
            return None
    return node if isinstance(node, dict) else None


def _branch_error(error: ValidationError) -> ValidationError | None:
    """For anyOf/oneOf: the branch the author evidently meant, if exactly one is.

    A branch is meant when the instance has its type; among several object branches, the one
    whose ``properties`` name the most of the instance's keys (``{text, type}`` is a structured
    learning outcome, not a language map), or, when none names any, the one whose free keys the instance's keys fit.
    """
    branches: dict[str | int, list[ValidationError]] = {}
    for sub in error.context or []:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    typed = {
        index: errs
        for index, errs in branches.items()
        if not any(e.validator == "type" and not e.relative_path for e in errs)
    }
    if len(typed) > 1 and isinstance(error.instance, dict):
        known = {
            index: len(set(error.instance) & set(_branch_schema(error, index).get("properties", {}))) for index in typed
        }
        best = max(known.values())
        if best > 0 and list(known.values()).count(best) == 1:
            typed = {index: typed[index] for index in typed if known[index] == best}
        elif best == 0:
            # No branch names any of the keys, but one takes keys of a form they have: a language map
            # ({en: ..., nl: ""} is an outcome in two languages, not {text} without its text).
            keyed = [index for index in typed if _keys_fit(error.instance, _branch_schema(error, index))]
            if len(keyed) == 1:
                typed = {keyed[0]: typed[keyed[0]]}
    if len(typed) != 1:
        return None
    from jsonschema.exceptions import best_match

    meant: ValidationError | None = best_match(next(iter(typed.values())))
    return meant


def _keys_fit(instance: dict[str, Any], branch: dict[str, Any]) -> bool:
    """Whether a branch, or one of its own alternatives, takes free keys (``propertyNames``) of a form that
    one of the instance's keys has, or would have written as the language code it stands for (``EN``,
    ``en-GB``, ``eng``: a language map keyed in another form)."""
    keys = [key for key in instance if isinstance(key, str)]
    meant = [code for code in map(language_meant, keys) if code is not None]
    for node in (branch, *map(_resolved, branch.get("anyOf", []) + branch.get("oneOf", []))):
        pattern = node.get("propertyNames", {}).get("pattern")
        if isinstance(pattern, str) and any(re.search(pattern, key) for key in (*keys, *meant)):
            return True
    return False


def _branch_schema(error: ValidationError, index: str | int) -> dict[str, Any]:
    """The subschema of one anyOf/oneOf branch, following local ``$ref``s."""
    value = _keyword_value(error)
    branches = value if isinstance(value, list) else []
    node: Any = branches[index] if isinstance(index, int) and index < len(branches) else {}
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        node = jp.resolve(descriptor_schema(), node["$ref"][1:])
    return node if isinstance(node, dict) else {}


def _explained(error: ValidationError) -> ValidationError:
    """The error to report: for anyOf/oneOf, the concrete error in the branch the author meant.

    When no single concrete error explains it, the anyOf/oneOf itself is reported with its
    schema's own ``x-message``, never a nested branch's.
    """
    if error.validator not in ("anyOf", "oneOf"):
        return error
    branch = _branch_error(error)
    inner = _explained(branch) if branch is not None else error
    return inner if inner.validator not in ("anyOf", "oneOf") else error


def _to_findings(error: ValidationError, severity: Severity, bound: ValidationError | None = None) -> list[Finding]:
    """One finding per problem; an unknown-field error gives one per unknown field, located at it, for the
    first :data:`ERRORS_PER_VALUE` of them in name order (an object of 100,000 unknown keys is one value);
    ``bound``: the error of a bound the same value is beyond, told with its type error."""
    target = _explained(error)
    if target.validator == "additionalProperties" and isinstance(target.instance, dict):
        known = set(_subschema(target).get("properties", {}))
        base = jp.from_path(target.absolute_path)
        where = _field_name(list(target.absolute_path), _DESCRIPTOR)
        return [
            _unknown_field(target, severity, base, where, extra, known)
            for extra in heapq.nsmallest(ERRORS_PER_VALUE, set(target.instance) - known)
        ]
    return [_to_finding(error, target, severity, bound)]


# How alike a misspelt name and the known one it means are, as difflib reckons it (0 to 1).
_CLOSE = 0.8


def close_field(name: str, known: set[str]) -> str | None:
    """The known field a misspelt ``name`` most likely means (``worklaod`` for ``workload``), if any."""
    lowered = {field.lower(): field for field in known}
    typed = _bare(str(name)).lower()
    if typed in lowered:
        return lowered[typed]
    # Only names of a length that could be close enough are compared: a text of a megabyte is none of
    # them, and difflib would index every character of it to find that out.
    near = [field for field in lowered if 2.0 * min(len(field), len(typed)) / (len(field) + len(typed)) >= _CLOSE]
    matches = difflib.get_close_matches(typed, near, n=1, cutoff=_CLOSE) if near else []
    if not matches and len(typed) >= _SWAPPED_FROM:
        matches = [field for field in lowered if _swapped(typed, field)]
    return lowered[matches[0]] if matches else None


# The shortest name in which two letters swapped (``mdoe``, ``ecst``) are told a misspelling.
_SWAPPED_FROM = 3


def _swapped(typed: str, field: str) -> bool:
    """Whether ``typed`` is ``field`` with two neighbouring letters swapped, which a likeness ratio misses
    in a short name."""
    if len(typed) != len(field):
        return False
    apart = [at for at, (a, b) in enumerate(zip(typed, field)) if a != b]
    return (
        len(apart) == 2
        and apart[1] == apart[0] + 1
        and typed[apart[0]] == field[apart[1]]
        and typed[apart[1]] == field[apart[0]]
    )


def _cut_at_a_comma() -> Text:
    """The hint for a key with no value that is the rest of a text a comma cut off inside YAML's { } or [ ]."""
    return msg(
        "If this is the rest of a text cut off at a comma (a comma inside { } or [ ] ends a YAML value), "
        "put the whole text in quotes."
    )


def _key_without_value(error: ValidationError, target: ValidationError) -> bool:
    """Whether ``target`` refuses a key that has no value in its object (``{de: Medizin, Pharmazie}``
    gives the key "Pharmazie" with null): inside YAML's { }, the rest of a text cut off at a comma."""
    if not _about_a_key(target) or not isinstance(target.instance, str):
        return False
    holder = jp.walk(error.instance, list(target.absolute_path)[len(error.absolute_path) :])
    return isinstance(holder, dict) and target.instance in holder and holder[target.instance] is None


def _unknown_field(
    target: ValidationError, severity: Severity, base: str, where: str | Text, extra: str, known: set[str]
) -> Finding:
    """The finding for one unknown field, suggesting the known field it is a misspelling of."""
    pointer = jp.child(base, extra)
    at_top = isinstance(where, Text)
    shown = _cut(extra)
    if at_top:
        message = msg("unknown field '{field}' in the descriptor", field=shown)
    else:
        message = msg("unknown field '{field}' in {where}", field=shown, where=where)
    hint: Text | str = _default_hint(target, "additionalProperties")
    if "\u00a0" in extra:
        hint = msg(
            "The name holds a non-breaking space (U+00A0, often pasted from a word processor): "
            "type its indentation again with ordinary spaces."
        )
    elif isinstance(target.instance, dict) and target.instance.get(extra) is None and " " in extra.strip():
        # A phrase for a name, with no value: the end of a text a comma cut off inside YAML's { } or [ ].
        hint = _cut_at_a_comma()
    elif not at_top and len(known) <= LISTED:
        fields = ", ".join(sorted(known))
        hint = msg(
            "Use one of the fields it takes: {fields}; keep your own data under the descriptor's 'extensions'.",
            fields=fields,
        )
    meant = _meant_field(extra, base, known)
    if meant is not None:
        message = (
            msg("unknown field '{field}' in the descriptor; did you mean '{meant}'?", field=shown, meant=meant)
            if at_top
            else msg(
                "unknown field '{field}' in {where}; did you mean '{meant}'?", field=shown, where=where, meant=meant
            )
        )
        hint = msg(
            "Rename '{field}' to '{meant}' if that is what it is; put your own fields under 'extensions'.",
            field=shown,
            meant=meant,
        )
        held = target.instance.get(extra) if isinstance(target.instance, dict) else None
        moved = _moved(extra, base, held)
        if moved is not None and moved.startswith(f"{meant}:"):
            hint = msg("Move it into {meant}: {written}.", meant=meant, written=moved)
    # A misspelling of a field not given stands for it: its element is left out (and its rule silent).
    given = isinstance(target.instance, dict) and filled(target.instance.get(meant))
    stands_for = pointer if meant is None or given else jp.child(base, meant)
    return Finding.make(
        rule=SCHEMA_RULE,
        severity=severity,
        element=element_for_pointer(stands_for),
        pointer=pointer,
        message=message,
        hint=hint,
        extra={"keyword": "additionalProperties"},
    )


def misspelt_as(data: object, pointer: str) -> str | None:
    """The unknown key of the object that should hold ``pointer`` which misspells its last step (``titel``
    for /title, ``mod`` for /participation/mode), if there is one: the schema's finding names it with the
    field it means."""
    steps = jp.split(pointer)
    if not steps:
        return None
    *parents, field = steps
    holder = jp.walk(data, parents)
    if not isinstance(holder, dict):
        return None
    node = descriptor_schema()
    for step in parents:
        node = _resolved(node)
        node = node.get("items", {}) if step.isdigit() else node.get("properties", {}).get(step, {})
    known = set(_resolved(node).get("properties", {}))
    base = jp.from_path(parents)
    unknown = (key for key in holder if isinstance(key, str) and key not in known)
    meant = (key for key in heapq.nsmallest(ERRORS_PER_VALUE, unknown) if _meant_field(key, base, known) == field)
    return next(meant, None)


def _meant_field(extra: str, base: str, known: set[str]) -> str | None:
    """The known field of the object at ``base`` that the unknown key ``extra`` most likely means."""
    return (
        close_field(extra, known)
        or _aliased_field(extra, jp.split(base) if base else [], known)
        or _abbreviated_field(extra, known)
    )


def _moved(extra: str, base: str, value: object) -> str | None:
    """A value whose key names a field nested deeper in the object at ``base`` (``ects`` at the top is
    workload.ects), written in its place (``workload: {ects: 2.5}``); ``None`` for any other key or value."""
    dotted = field_aliases().get(normalise(extra))
    if dotted is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    steps = dotted.split(".")
    places = [step for step in (jp.split(base) if base else []) if not step.isdigit()]
    if any(step.isdigit() for step in steps) or steps[: len(places)] != places or len(steps) < len(places) + 2:
        return None
    written = _flow(value) if isinstance(value, str) else json.dumps(value, default=str)
    for step in reversed(steps[len(places) + 1 :]):
        written = f"{{{step}: {written}}}"
    return f"{steps[len(places)]}: {written}"


_WORD_BREAKS = regex(r"[\s_.-]+")
_SHORTEST_ABBREVIATION = 4


def _abbreviated_field(name: str, known: set[str]) -> str | None:
    """The one known field a name shortens (``further_info``: further_information, ``lang``: languages):
    the name is the start of the field, or each of its words the start of the field's word in its place."""
    words = [word for word in _WORD_BREAKS.split(_bare(str(name)).lower()) if word]
    if len("".join(words)) < _SHORTEST_ABBREVIATION or len(name) > _KEY_CHARS:
        return None
    typed = "_".join(words)
    found = [
        field
        for field in known
        if field.lower().startswith(typed)
        or (len(parts := field.lower().split("_")) == len(words) and all(map(str.startswith, parts, words)))
    ]
    return found[0] if len(found) == 1 and found[0].lower() != typed else None


_NUMBER_TEXT = regex(r"^[+-]?(\d+(\.\d*)?|\.\d+)$", re.ASCII)
_DECIMAL_COMMA = regex(r"^[+-]?\d+,\d+$", re.ASCII)


def _aliased_field(name: str, where: list[str], known: set[str]) -> str | None:
    """The field a name in a provider's own words stands for ("Lernergebnisse": learning_outcomes), when it
    is one of the fields known at ``where`` (its first step beyond it: "Arbeitsaufwand" is workload/hours,
    so at the top it stands for workload)."""
    dotted = field_aliases().get(normalise(name))
    if dotted is None:
        return None
    steps = [step for step in dotted.split(".") if not step.isdigit()]
    places = [step for step in where if not step.isdigit()]
    if steps[: len(places)] != places or len(steps) <= len(places):
        return None
    field = steps[len(places)]
    return field if field in known else None


# Where a level goes: the level itself, its EQF level and its NQF level.
_LEVEL_PATHS = (["level"], ["level", "eqf"], ["level", "nqf", "level"])


def _sub_level_hint(target: ValidationError, keyword: str) -> Text | None:
    """For a sub-level of a national framework given as a number (CROQF 7.1): the EQF level it stands for,
    and how to write both."""
    if keyword not in ("type", "maximum") or list(target.absolute_path) not in _LEVEL_PATHS:
        return None
    from qa_checker.rules.consistency import sub_level  # only for this hint: validating needs no rule

    found = sub_level(target.instance)
    if found is None:
        return None
    framework, level, eqf = found
    return msg(
        "{framework} level {level} is EQF {eqf}: "
        'write level: {eqf: {eqf}, nqf: {framework: {framework}, level: "{level}"}}.',
        framework=framework,
        level=level,
        eqf=str(eqf),
    )


def _difficulty_hint(target: ValidationError, keyword: str) -> Text | None:
    """For a level given as a difficulty, as course platforms list one ("Beginner", "Fortgeschrittene"): no
    framework level, and where it may go."""
    if keyword != "type" or list(target.absolute_path) not in _LEVEL_PATHS or not isinstance(target.instance, str):
        return None
    if normalise(target.instance) not in _DIFFICULTIES:
        return None
    return msg(
        "'{value}' is a difficulty, not a level of the EQF or of a national framework: give the level the learning "
        "outcomes are at, or level: {not_applicable: ...} with the reason, and the difficulty under extensions.",
        value=target.instance.strip(),
    )


# The difficulties course platforms and catalogues list a course at, as :func:`qa_checker.aliases.normalise` gives
# them, in the languages of the descriptors.
_DIFFICULTIES = frozenset(
    {"beginner", "beginners", "introductory", "intermediate", "advanced", "expert", "alllevels", "mixed"}
    | {"basic", "foundation", "anfanger", "einsteiger", "grundstufe", "mittelstufe", "fortgeschritten"}
    | {"fortgeschrittene", "experten", "debutant", "debutants", "intermediaire", "avance", "avances", "confirme"}
    | {"principiante", "principiantes", "basico", "intermedio", "avanzado", "iniciacion", "iniciante", "avancado"}
    | {"intermediario", "base", "avanzato", "beginnend", "gevorderd", "gevorderden"}
    | {"poczatkujacy", "podstawowy", "sredniozaawansowany", "zaawansowany", "nyborjare", "avancerad", "fortsattning"}
)


def _credits_hint(target: ValidationError) -> Text | None:
    """For a workload given only in credits of a system of ten notional hours a credit (SCQF, UK, CQFW, NZQCF, QQI
    further education): the hours they stand for, and the ECTS credits too where a UK framework's convention
    converts them."""
    workload = target.instance
    if list(target.absolute_path) != ["workload"] or not isinstance(workload, dict) or "ects" in workload:
        return None
    other = workload.get("other_credits")
    if "hours" in workload or not isinstance(other, dict):
        return None
    credits, system = other.get("value"), other.get("system")
    if not isinstance(credits, (int, float)) or isinstance(credits, bool) or not 0 < credits < _MOST_CREDITS:
        return None
    rate = hours_per_credit(system)
    if rate is None:
        return None
    hours, ects = str(whole(credits * rate)), ects_of_credits(system, credits)
    given = {"credits": str(whole(credits)), "system": system, "hours": hours, "rate": rate}
    if ects is None:
        return msg(
            "{credits} {system} stand for {hours} notional hours ({rate} each): write workload: {written}.",
            written=f"{{hours: {hours}, other_credits: ...}}",
            **given,
        )
    shown = str(whole(ects))
    return msg(
        "{credits} {system} stand for {hours} notional hours ({rate} each) and {ects} ECTS credits (two make one, by "
        "the UK frameworks' convention): write workload: {written}.",
        ects=shown,
        written=f"{{ects: {shown}, hours: {hours}, other_credits: ...}}",
        **given,
    )


# Credits beyond any learning's (a hint on more gives no help).
_MOST_CREDITS = 10_000


def _number_text_hint(target: ValidationError, keyword: str) -> Text | None:
    """For a number given as text: drop the quotes ("5"), or use a decimal point ("5,5")."""
    if keyword != "type" or not isinstance(target.instance, str):
        return None
    value = _keyword_value(target)
    wanted = [value] if isinstance(value, str) else list(value)
    if not {"number", "integer"} & set(wanted) or "string" in wanted:
        return None
    text = target.instance.strip()
    if _LEADING_ZEROS.fullmatch(text):
        # (unquoted too, YAML 1.1 reads "08" as text: no octal number has an 8)
        return msg("Write the number without its leading zeros: {number}.", number=str(int(text)))
    if _NUMBER_TEXT.match(text):
        return msg('Write the number without quotes: {number}, not "{given}".', number=text, given=target.instance)
    if _DECIMAL_COMMA.match(text) and "number" in wanted:
        point = text.replace(",", ".")
        return msg(
            'Write the number with a decimal point and without quotes: {number}, not "{given}".',
            number=point,
            given=target.instance,
        )
    return None


# A whole number written with leading zeros ("08", "007").
_LEADING_ZEROS = regex(r"0+[1-9]\d{0,17}", re.ASCII)
# Words for yes and no in the languages of the descriptors (a boolean field written as a word).
_YES = frozenset({"yes", "y", "ja", "oui", "si", "sí", "tak", "sim", "ano", "igen", "kyllä", "jah", "da", "j"})
_NO = frozenset({"no", "n", "nein", "non", "nie", "não", "nao", "ne", "nem", "ei", "nee"})
# Fields that take a descriptor's text when an object is written as its text alone, in this order.
_TEXT_FIELDS = ("name", "text", "value", "description", "body")
# Words YAML reads as null or a boolean (1.1 and 1.2), which a text must be quoted to stay text.
_YAML_WORDS = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})
# A text YAML's flow style reads as written (no quotes needed).
_PLAIN_FLOW = regex(r"^[^\W\d_][\w .'’()/&+-]*$")


def _resolved(node: Any) -> dict[str, Any]:
    """A subschema with its local ``$ref`` followed (``#/$defs/organisation``)."""
    for _ in range(8):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
            break
        node = descriptor_schema().get("$defs", {}).get(ref.removeprefix("#/$defs/"), {})
    return node if isinstance(node, dict) else {}


def _flow(text: str) -> str:
    """A text as YAML's flow style and JSON both read it: bare when plain and no other kind of value
    (``null``, ``true``, ``no``), else in double quotes."""
    plain = _PLAIN_FLOW.match(text) and text.lower() not in _YAML_WORDS
    return text if plain else json.dumps(text, ensure_ascii=False)


def _as_object(text: str, shape: dict[str, Any]) -> str | None:
    """A text written where an object of ``shape`` belongs, as that object, when it shows where it goes (a
    price's amount and currency, a workload's credits and hours with their units, a name's field)."""
    properties = shape.get("properties", {})
    required = [name for name in shape.get("required", []) if name in properties]
    if {"amount", "currency"} <= set(properties):
        amount, currency = price(text) or (None, None)
        if amount is None or not currency or crowns(currency):  # which crowns, the descriptor's country tells
            return None
        return _price_object(amount, price_currency(currency) or currency)
    if {"ects", "hours"} <= set(properties):
        workload = workload_written(text)
        return "{" + ", ".join(f"{key}: {value}" for key, value in workload.items()) + "}" if workload else None
    if {"eqf", "nqf"} <= set(properties):
        return _level_as_object(text)
    field = next((name for name in _TEXT_FIELDS if name in properties), None)
    if field is None:
        return None
    rest = "".join(f", {name}: ..." for name in required if name != field)
    return f"{{{field}: {_flow(text)}{rest}}}"


def _price_object(amount: float, currency: str) -> str:
    """A price as YAML's flow style writes it: ``{amount: 950, currency: SEK}``."""
    shown = int(amount) if amount.is_integer() else amount
    return f"{{amount: {shown}, currency: {currency}}}"


def _level_as_object(text: str) -> str | None:
    """A level typed as text ("EQF 7", "EKR 6", "7", "DQR 6"), as the level object it gives: the national
    framework's level where the text names one, else the EQF level."""
    from qa_checker.loaders.cell_values import NQF_WORDS, framework_named, level_digits, names_eqf  # for this hint

    text = plain_reading(text)  # a fullwidth or another script's digit written as the digit the level is
    framework = framework_named(text) if not names_eqf(text) else None
    level = level_digits(text, NQF_WORDS) if framework is not None else level_digits(text, roman=names_eqf(text))
    if not (level.isascii() and level.isdigit()):  # (a digit no script reads as a decimal one stays as typed)
        return None
    if framework is not None:
        known = NQF_TO_EQF.get(framework)
        if known is not None and int(level) not in known and int(level) not in NQF_UNREFERENCED.get(framework, ()):
            return None  # a level the framework has not ("DQR 99"), which no hint makes one
        return f"{{nqf: {{framework: {framework}, level: {int(level)}}}}}"
    return f"{{eqf: {int(level)}}}" if 1 <= int(level) <= EQF_LEVELS else None


def _allowed(node: dict[str, Any]) -> list[str]:
    """The texts a field's ``enum`` or ``const`` allows (none for a free field)."""
    values = node.get("enum", [node["const"]] if "const" in node else [])
    return [value for value in values if isinstance(value, str)] if isinstance(values, list) else []


def _as_member(value: str | list[Any], shape: dict[str, Any]) -> str | None:
    """A value written where an object of ``shape`` belongs, as that object, when it is what exactly one
    of its fields allows (``online`` for participation: {mode: online}; a list of assessment types for
    assessment: {types: [...]})."""
    items = value if isinstance(value, list) else [value]
    if not items or len(items) > _HINTED_ITEMS or not all(isinstance(item, str) for item in items):
        return None
    fits: list[tuple[str, str]] = []
    for name, node in shape.get("properties", {}).items():
        node = _resolved(node)
        is_list = node.get("type") == "array"
        if is_list != isinstance(value, list):
            continue
        allowed = set(_allowed(_resolved(node.get("items", {})) if is_list else node))
        meant = [close_field(item, allowed) for item in items] if allowed else []
        if meant and all(meant):
            shown = [_flow(item) for item in meant if item is not None]
            fits.append((name, "[" + ", ".join(shown) + "]" if is_list else shown[0]))
    if len(fits) != 1:
        return None
    name, written = fits[0]
    rest = "".join(f", {field}: ..." for field in shape.get("required", []) if field != name)
    return f"{{{name}: {written}{rest}}}"


def _shape_hint(target: ValidationError, keyword: str) -> Text | None:
    """For a value written as text where the schema wants a boolean, a list or an object: the value
    written as it should be (``yes`` as true, ``en; de`` as [en, de], a body's name as {name: ...})."""
    if keyword != "type":
        return None
    value = _keyword_value(target)
    wanted = [value] if isinstance(value, str) else list(value)
    if isinstance(target.instance, dict) and "array" in wanted:
        return msg("Put it in a list: in YAML, write '- ' before its first field; in JSON, put [ ] around it.")
    if "object" in wanted and isinstance(target.instance, list):
        member = _as_member(target.instance, _subschema(target))
        return None if member is None else msg("Write {written}.", written=member)
    if "object" in wanted and isinstance(target.instance, int) and not isinstance(target.instance, bool):
        level = _level_as_object(str(target.instance)) if "eqf" in _subschema(target).get("properties", {}) else None
        return None if level is None else msg("Write {written}.", written=level)
    if not isinstance(target.instance, str) or not target.instance.strip() or len(target.instance) > _HINTED_CHARS:
        return None
    text = target.instance.strip()
    written: str | None = None
    if "boolean" in wanted:
        word = text.lower().rstrip(".!")
        written = "true" if word in _YES else "false" if word in _NO else None
    elif "array" in wanted:
        items = _resolved(_subschema(target).get("items", {}))
        if items.get("type") == "object":
            # A name may hold a comma ("University of X, Faculty of Law"): objects are split at ';' and lines.
            objects = [_as_object(part, items) for part in _parts(text, ";\n")]
            fits = objects and len(objects) <= _HINTED_ITEMS and all(objects)
            written = "[" + ", ".join(objects) + "]" if fits else None  # type: ignore[arg-type]
        elif _codes(items):
            # Slashes and bars part a list of slugs too ("e-learning / workshop"); never a pattern's codes,
            # which may be web addresses.
            separators = ";,\n/|" if "enum" in _resolved(items) else ";,\n"
            if 1 < len(parts := _parts(text, separators)) <= _HINTED_ITEMS:
                # Each item as the allowed value it means ("Vorlesung" as classroom), so that the list written is read.
                allowed = _allowed(items)
                meant = [(_meant_value(part, allowed) if allowed else None) or part for part in parts]
                written = "[" + ", ".join(_flow(part) for part in meant) + "]"
        elif 1 < len(found := _text_items(text)) <= _HINTED_ITEMS:
            # Quoted: an item's comma or colon would otherwise make more items or a mapping of it.
            written = "[" + ", ".join(json.dumps(item, ensure_ascii=False) for item in found) + "]"
    elif "object" in wanted:
        euro = _price_in_euro(text, _subschema(target))
        if euro is not None:
            return euro
        written = _as_member(text, _subschema(target)) or _as_object(text, _subschema(target))
    return None if written is None else msg("Write {written}.", written=written)


def _price_in_euro(text: str, shape: dict[str, Any]) -> Text | None:
    """For a price written as text in a currency the euro replaced ("750 kn", "750 DEM"): the price in euro to
    write, at the rate fixed for the changeover (the currency written back would be refused by MC-VC-004)."""
    if not {"amount", "currency"} <= set(shape.get("properties", {})):
        return None
    amount, currency = price(text) or (None, None)
    code = amount_currency(currency) if currency else None
    euro = in_euro(amount, code) if amount is not None and code else None
    if euro is None or code is None or amount is None:
        return None
    if euro == 0:
        return msg("Write {written}: a free offering needs no currency.", written="{amount: 0}")
    return msg(
        "Write {written}: {amount} {code} at the rate of {rate} {code} to the euro, fixed when the euro replaced it.",
        written=_price_object(euro, "EUR"),
        amount=f"{amount:g}",
        code=code,
        rate=f"{REPLACED_BY_EURO[code][1]:g}",
    )


# How long a value may be for a hint to write it back (longer ones get the general hint), and how many
# items a hint writes.
_HINTED_CHARS = 1_000
_HINTED_ITEMS = 20


def _codes(items: dict[str, Any]) -> bool:
    """Whether a list's items are codes (a value of a list, a pattern's whole text), not free text."""
    pattern = items.get("pattern")
    return "enum" in items or "const" in items or (isinstance(pattern, str) and pattern.startswith("^"))


def _text_items(text: str) -> list[str]:
    """The items of a list of texts written as one text, without a lead-in that only introduces them."""
    found = listing.items(text)
    if listing.lead_in(found, text):
        return found[1:]
    heads = listing.group_heads(found)
    return [item for index, item in enumerate(found) if index not in heads]


def _parts(text: str, separators: str) -> list[str]:
    """The non-empty parts of a text between any of ``separators``, stripped (in linear time)."""
    parts = [text]
    for separator in separators:
        parts = [piece for part in parts for piece in part.split(separator)]
    return [part.strip() for part in parts if part.strip()]


def _split_at_a_colon(value: object) -> bool:
    """Whether a value is a text YAML split at ': ' into a one-key mapping: a key of several words and a
    text for its value ("Compare sourcing strategies: social and environmental risks.")."""
    if not isinstance(value, dict) or len(value) != 1:
        return False
    ((key, rest),) = value.items()
    return (
        isinstance(key, str)
        and isinstance(rest, str)
        and len(key) + len(rest) <= _HINTED_CHARS
        and len(key.split()) >= 2
    )


def _close_value(target: ValidationError, keyword: str) -> str | None:
    """For a text not among a field's allowed values: the allowed value it most likely misspells
    (``ofer`` for ``offer``, ``Credential`` for ``credential``), if one is close."""
    if keyword not in ("enum", "const") or not isinstance(target.instance, str):
        return None
    value = _keyword_value(target)
    allowed = [a for a in (value if keyword == "enum" else [value]) if isinstance(a, str)]
    if not allowed or len(allowed) > 500:
        return None
    return _meant_value(target.instance, allowed)


def _meant_value(text: str, allowed: list[str]) -> str | None:
    """The allowed value a text most likely means: a misspelling, a word in the provider's language, or the
    one allowed value it names among words of its own."""
    reading = plain_reading(text)  # 'оnline' with a Cyrillic o
    return (
        (reading if reading != text and reading in allowed else None)
        or close_field(text, set(allowed))
        or enum_named(_bare(text), frozenset(allowed))
        or _mode_in(text, allowed)
        or _named_within(text, allowed)
    )


def _mode_in(text: str, allowed: list[str]) -> str | None:
    """The mode a text gives as a spreadsheet cell's is read (:func:`~qa_checker.value_reader.mode`: "Präsenz in
    Berlin"), or that the modes it joins give ("Online & Präsenz": :func:`~qa_checker.value_reader.modes_joined`),
    where the allowed values are the modes."""
    found = mode(text) or modes_joined(text)
    return found if found in allowed else None


# How many words a value may have for the allowed value among them to be what it means ("second cycle"),
# and words that deny the value beside them ("not online" does not mean online).
_NAMING_WORDS = 4
_DENYING = frozenset({"not", "no", "non", "without", "nicht", "kein", "keine", "ohne", "niet", "geen", "zonder"})
_DENYING |= {"pas", "sans", "sin", "senza", "nie", "bez", "ne", "ei", "inte", "ikke", "nem", "nu"}


def _named_within(text: str, allowed: list[str]) -> str | None:
    """The one allowed value a short text names as one of its words, with words of its own around it
    ("second cycle" is second, "ESG 2015" is ESG), if exactly one is named, and no other by a word of the value table
    ("online oder Präsenz" names two)."""
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text.casefold())
    if not words or len(words) > _NAMING_WORDS or _DENYING.intersection(words):
        return None
    named = [value for value in allowed if value.casefold() in words]
    # another allowed value named by a word of the value table ("online oder Präsenz": onsite too) leaves it unsure
    others = {concept_for(word, frozenset(allowed)) for word in words} - {None, *named}
    return named[0] if len(named) == 1 and not others else None


def _to_finding(
    error: ValidationError, target: ValidationError, severity: Severity, bound: ValidationError | None = None
) -> Finding:
    """One finding for ``target``, the concrete error explaining ``error`` (often the same), with the ``bound``
    the same value is beyond, if any."""
    path = list(target.absolute_path)
    pointer = jp.from_path(path)
    if (
        "propertyNames" in target.absolute_schema_path
        and isinstance(target.instance, str)
        and LANGUAGE_TAG.match(target.instance)
    ):
        # A language code of a wrong form (en-GB, EN) is located at its key, as an unknown field is; a key that is
        # no code (a text cut at a comma) is told on its map.
        pointer = jp.child(pointer, target.instance)
    keyword = _keyword(target)
    name = _field_name(path, _DESCRIPTOR)
    message = (
        _type_and_bound_message(target, bound, name)
        if bound is not None and keyword == "type"
        else _message(target, name, keyword, meant=_close_value(target, keyword))
    )
    annotated = _annotation(target, "x-hint") or _annotation(error, "x-hint")
    hint: Text | str = _schema_text(annotated) if annotated else _default_hint(target, keyword)
    if keyword == "format" and target.validator_value == "url":
        hint = _url_hint(target.instance) or hint
    number_hint = (
        _sub_level_hint(target, keyword) or _difficulty_hint(target, keyword) or _number_text_hint(target, keyword)
    )
    if number_hint is not None:
        hint = msg("{advice} {hint}", advice=number_hint, hint=hint)
    credits_hint = _credits_hint(target)
    if credits_hint is not None:
        hint = credits_hint
    shape_hint = _shape_hint(target, keyword)
    if shape_hint is not None:
        # (alone for a level: the schema's example names another level than the one written)
        beside = annotated and list(target.absolute_path) != ["level"]
        hint = msg("{advice} {hint}", advice=shape_hint, hint=hint) if beside else shape_hint
    instance: Any = target.instance
    if _split_at_a_colon(instance):
        ((key, rest),) = instance.items()
        hint = msg(
            "This is one text that ': ' split into a key and its value (YAML reads ': ' so): "
            "put the whole text in quotes: {text}",
            text=json.dumps(f"{key}: {rest}", ensure_ascii=False),
        )
    if _key_without_value(error, target):
        hint = _cut_at_a_comma()
    if keyword == "required":
        missing = _missing_property(target)
        if missing is not None:
            pointer = jp.child(pointer, missing)
            hint = _property_hint(target, missing) or hint
    element = element_for_pointer(pointer)
    return Finding.make(
        rule=SCHEMA_RULE,
        severity=severity,
        element=element,
        pointer=pointer,
        message=message,
        hint=hint,
        extra={"keyword": keyword},
    )


# How a message names the whole descriptor (an error at its top level).
_DESCRIPTOR = msg("the descriptor")


def _field_name(path: Sequence[str | int], root: str | Text) -> str | Text:
    """The field a message names: its path (``workload/ects``), or ``root`` for the whole file."""
    if not path:
        return root
    return "/".join(_cut(str(p)) for p in path)


# How many characters of a key a message quotes (a key may be as long as the file).
_KEY_CHARS = 60


def _cut(key: str) -> str:
    """A key as a message quotes it: characters that show as nothing or as a space other than the space
    written as escapes (a byte-order mark before ``kind`` is ``\\ufeffkind``), its first characters when it
    is long."""
    return clip(shown_code(key, _UNSEEN.sub(lambda found: escaped(found.group()), key)), _KEY_CHARS)


# Characters a key may hold that a reader cannot see, or cannot tell from a plain space.
_UNSEEN = regex(f"[{INVISIBLE}\x00-\x1f\x7f-\xa0\u2000-\u200a\u2028-\u202f\u205f\u3000]")


def describe(error: ValidationError, *, root: str | Text) -> str:
    """A plain sentence for a jsonschema error in any of our files (rubrics, options), never its raw text."""
    return describe_text(error, root=root).english()


def describe_text(error: ValidationError, *, root: str | Text) -> Text:
    """:func:`describe` as a translatable :class:`~qa_checker.text.Text` (``root``: e.g. ``msg("the rubric")``)."""
    target = _explained(error)
    where = _field_name(list(target.absolute_path), root)
    if target.validator == "additionalProperties" and isinstance(target.instance, dict):
        extra = sorted(set(target.instance) - set(_subschema(target).get("properties", {})))
        return plural(
            "unknown field {fields} in {where}",
            "unknown fields {fields} in {where}",
            len(extra),
            fields=", ".join(map(repr, extra)),
            where=where,
        )
    return _message(target, where, _keyword(target))


def _missing_property(error: ValidationError) -> str | None:
    match = re.match(r"^'(.+)' is a required property$", error.message)
    return match.group(1) if match else None


def _property_hint(error: ValidationError, prop: str) -> Text | None:
    props = _subschema(error).get("properties", {})
    sub = props.get(prop, {})
    hint = sub.get("x-hint") if isinstance(sub, dict) else None
    return _schema_text(str(hint)) if hint is not None and str(hint) else None


def _short(value: object) -> str:
    """A value as a message quotes it: a text in quotes with its escapes (look-alikes of ASCII among them); a value
    no JSON holds (a date a Python caller loaded from YAML) as its text."""
    shown = (
        json.dumps(value, ensure_ascii=False, default=str)
        if not isinstance(value, str)
        else shown_code(value, repr(value))
    )
    return clip(shown, 60, "...")


_TYPE_NAMES = {
    "string": N_("text"),
    "number": N_("a number"),
    "integer": N_("a whole number"),
    "object": N_("an object (a mapping)"),
    "array": N_("a list"),
    "boolean": N_("true or false"),
    "null": N_("null"),
}


def _wanted(names: Sequence[str]) -> str | Text:
    """The types a value may have, ``text or a whole number``; a type the table lacks by its schema name."""
    shown: list[str | Text] = [Text(_TYPE_NAMES[n]) if n in _TYPE_NAMES else n for n in names]
    wanted = shown[0] if shown else ""
    for name in shown[1:]:
        wanted = msg("{first} or {second}", first=wanted, second=name)
    return wanted


_TYPE_AND_BOUND = {
    "minimum": N_("{field} must be {type} of at least {limit}, not {value}"),
    "maximum": N_("{field} must be {type} of at most {limit}, not {value}"),
    "exclusiveMinimum": N_("{field} must be {type} of more than {limit}, not {value}"),
    "exclusiveMaximum": N_("{field} must be {type} of less than {limit}, not {value}"),
}


def _type_and_bound_message(error: ValidationError, bound: ValidationError, name: str | Text) -> Text:
    """The message of a number of the wrong type that is also beyond a bound: ``level/eqf must be a whole
    number of at most 8, not 8.5``."""
    wanted = _keyword_value(error)
    limit = _keyword_value(bound)
    return msg(
        _TYPE_AND_BOUND[_keyword(bound)],
        field=name,
        type=_wanted([wanted] if isinstance(wanted, str) else list(wanted)),
        limit=_bound(limit),
        value=_figure(error.instance, limit),
    )


def _message(error: ValidationError, name: str | Text, keyword: str, *, meant: str | None = None) -> Text:
    """The plain message of a jsonschema error about the field ``name`` (``meant``: the allowed value a
    text not among them most likely misspells)."""
    custom = _annotation(error, "x-message")
    value = _keyword_value(error)
    if keyword in ("anyOf", "oneOf"):
        if custom:
            if custom.startswith(english(name)):
                return _schema_text(custom)
            return msg("{field}: {problem}", field=name, problem=_schema_text(custom))
        from jsonschema.exceptions import best_match

        best = best_match(error.context or [])
        if best is None:
            return msg("{field} does not match any allowed form", field=name)
        return _message(best, _field_name(list(best.absolute_path), _DESCRIPTOR), best.validator)
    if _about_a_key(error):
        return _schema_text(custom) if custom else _key_message(error, name, keyword, meant=meant)
    if keyword == "not":
        return _schema_text(custom) if custom else msg("{field} is not allowed here", field=name)
    if keyword == "required":
        missing = _missing_property(error)
        if name == _DESCRIPTOR:
            return msg("'{missing}' is missing from the descriptor", missing=missing or msg("a field"))
        return msg("'{missing}' is missing from {field}", missing=missing or msg("a field"), field=name)
    if keyword == "type":
        names = [value] if isinstance(value, str) else list(value)
        place = list(error.absolute_path)[-2:]
        number = (
            _amount_in_text(error.instance)
            if place == ["price", "amount"]
            else _workload_in_text(error.instance, names, str(place[-1]))
            if place in (["workload", "ects"], ["workload", "hours"])
            else (_eqf_of_uri(error.instance) if place == ["level", "eqf"] else None)
            or _number_in_text(error.instance, names)
        )
        if number is not None:
            return msg(
                "{field} must be {type}, not {value}: write {number}",
                field=name,
                type=_wanted(names),
                value=_short(error.instance),
                number=str(number),  # as it is typed: "1500", not the grouped "1,500" of a message's numbers
            )
        from qa_checker.config_yaml import yes_or_no  # only for this message: a check reads no config file

        boolean = yes_or_no(error.instance) if "boolean" in names else None
        if boolean is not None:
            return msg(
                "{field} must be true or false, not {value}: write {word} (only true and false are booleans)",
                field=name,
                value=_short(error.instance),
                word="true" if boolean else "false",
            )
        return msg("{field} must be {type}, not {value}", field=name, type=_wanted(names), value=_short(error.instance))
    if keyword in ("enum", "const"):
        allowed = value if keyword == "enum" else [value]
        if not isinstance(error.instance, str) and json.dumps(error.instance, default=str) in allowed:
            return msg(
                '{field} is the number {number}, not the text "{number}"; put it in quotes',
                field=name,
                number=str(error.instance),
            )
        listed = ", ".join(str(a) for a in allowed[:_LISTED_VALUES]) + (
            ", ..." if len(allowed) > _LISTED_VALUES else ""
        )
        if meant is not None:
            return msg(
                "{field} is {value}, not one of: {allowed}; did you mean '{meant}'?",
                field=name,
                value=_short(error.instance),
                allowed=listed,
                meant=meant,
            )
        return msg(
            "{field} is {value}, not one of: {allowed}", field=name, value=_short(error.instance), allowed=listed
        )
    if keyword == "format":
        if value == "duration":
            return msg(
                "{field} is {value}, a duration of more than {years} years: no learning lasts so long",
                field=name,
                value=_short(error.instance),
                years=LONGEST_DURATION_YEARS,
            )
        if value == "date":
            reading = plain_reading(error.instance) if isinstance(error.instance, str) else None
            if reading is not None and reading != error.instance and _is_date(reading):
                return msg(
                    "{field} is {value}, which has the wrong form; write {fixed}",
                    field=name,
                    value=_short(error.instance),
                    fixed=reading,
                )
            timed = _DATE_AND_TIME.match(error.instance) if isinstance(error.instance, str) else None
            written_day = _calendar_date(error.instance) if isinstance(error.instance, str) else None
            if written_day is not None:
                return msg(
                    "{field} is {value}, a date outside the years {earliest} to {latest}: "
                    "a placeholder, not the real date",
                    field=name,
                    value=_short(error.instance),
                    earliest=str(DATE_YEARS[0]),
                    latest=str(DATE_YEARS[-1]),
                )
            if timed is not None and _is_date(timed.group(1)):
                return msg(
                    "{field} is {value}, a date and a time; give the date alone: {date}",
                    field=name,
                    value=_short(error.instance),
                    date=timed.group(1),
                )
            if isinstance(error.instance, str) and _DATE.match(error.instance):
                return msg("{field} is {value}, a date that does not exist", field=name, value=_short(error.instance))
            written = _calendar_form(error.instance)
            day_first = _day_first(error.instance) if isinstance(error.instance, str) else None
            year_first = _year_first(error.instance) if isinstance(error.instance, str) else None
            if year_first is not None:
                return msg(
                    "{field} is {value}, a date written year first in another form; write it as YYYY-MM-DD: {date}",
                    field=name,
                    value=_short(error.instance),
                    date=year_first,
                )
            if day_first is not None:
                return msg(
                    "{field} is {value}, a date written day first; write it as YYYY-MM-DD: {date}",
                    field=name,
                    value=_short(error.instance),
                    date=day_first,
                )
            worded = named_date(error.instance) if isinstance(error.instance, str) else None
            if worded is not None:
                return msg(
                    "{field} is {value}, a date with the month in words; write it as YYYY-MM-DD: {date}",
                    field=name,
                    value=_short(error.instance),
                    date=worded,
                )
            if written is not None:
                return msg(
                    "{field} is {value}, a date in another ISO 8601 form; write it as YYYY-MM-DD: {date}",
                    field=name,
                    value=_short(error.instance),
                    date=written,
                )
            bare = without_date_words(error.instance) if isinstance(error.instance, str) else ""
            dated = bare != error.instance and _written_date(bare)
            if dated:
                return msg(
                    "{field} is {value}, a date with words beside it; write it as YYYY-MM-DD: {date}",
                    field=name,
                    value=_short(error.instance),
                    date=dated,
                )
            period = (
                period_written(error.instance, _written_date)
                if isinstance(error.instance, str) and tuple(error.absolute_path) in PERIOD_FIELDS
                else None
            )
            if period is not None:
                return msg(
                    "{field} is {value}, the first and the last day; write the start as {start} and the end as {end}",
                    field=name,
                    value=_short(error.instance),
                    start=period[0],
                    end=period[1],
                )
            return msg(
                "{field} is {value}, not a calendar date written YYYY-MM-DD", field=name, value=_short(error.instance)
            )
        if value == "url":
            mixed = _mixed_host_letters(_host(error.instance))
            if mixed:
                return msg(
                    "{field} is {value}, a web address whose host name mixes Latin letters with Cyrillic or Greek "
                    "ones that look alike: {letters}",
                    field=name,
                    value=_short(error.instance),
                    letters=", ".join(f"U+{ord(c):04X} ({unicodedata.name(c, '')})" for c in dict.fromkeys(mixed)),
                )
            if _spaced_url(error.instance):
                return msg(
                    "{field} is {value}, a web address with white space in it", field=name, value=_short(error.instance)
                )
            written = url_written(error.instance) if isinstance(error.instance, str) else None
            if written is not None and written != error.instance:
                return msg(
                    "{field} is {value}, which has the wrong form; write {fixed}",
                    field=name,
                    value=_short(error.instance),
                    fixed=written,
                )
            return msg("{field} is {value}, not a full http(s) URL", field=name, value=_short(error.instance))
        return msg("{field} is {value}, not {format}", field=name, value=_short(error.instance), format=str(value))
    if keyword == "pattern" and isinstance(error.instance, str) and blank(error.instance):
        # Every text pattern asks for a visible character: a blank text is told as such, an empty one as the
        # minimum length tells it too (one finding).
        if not error.instance:
            return msg("{field} is empty", field=name)
        return msg("{field} holds only spaces or invisible characters", field=name)
    if keyword == "pattern":
        fixed = _pattern_fix(error.instance, value, [str(p) for p in error.absolute_path])
        if fixed is not None:
            return msg(
                "{field} is {value}, which has the wrong form; write {fixed}",
                field=name,
                value=_short(error.instance),
                fixed=fixed,
            )
        return msg("{field} is {value}, which has the wrong form", field=name, value=_short(error.instance))
    if keyword == "minItems":
        return msg("{field} is empty; give at least {count}", field=name, count=_bound(value))
    if keyword in ("minProperties", "minLength"):
        return msg("{field} is empty", field=name)
    if keyword == "minimum":
        return msg(
            "{field} is {value}; it must be at least {limit}",
            field=name,
            value=_figure(error.instance, value),
            limit=_bound(value),
        )
    if keyword == "exclusiveMinimum":
        return msg(
            "{field} is {value}; it must be more than {limit}",
            field=name,
            value=_figure(error.instance, value),
            limit=_bound(value),
        )
    if keyword == "maximum":
        return msg(
            "{field} is {value}; it must be at most {limit}",
            field=name,
            value=_figure(error.instance, value),
            limit=_bound(value),
        )
    if keyword == "exclusiveMaximum":
        return msg(
            "{field} is {value}; it must be less than {limit}",
            field=name,
            value=_figure(error.instance, value),
            limit=_bound(value),
        )
    if keyword == "uniqueItems":
        repeated = _repeated(error.instance)
        if repeated is not None:
            return msg("{field} lists {value} twice", field=name, value=_short(repeated))
        return msg("{field} lists the same value twice", field=name)
    if keyword in ("maxItems", "maxProperties", "maxLength"):
        return msg("{field} is too long; give at most {count}", field=name, count=_bound(value))
    return msg(
        "{field} does not follow the descriptor format (the '{keyword}' constraint)", field=name, keyword=keyword
    )


# How many allowed values a message lists (every assessment type and activity type: a provider picks
# from the message, without the format's documentation at hand).
_LISTED_VALUES = 20
# Schema keywords whose keys are names, not keywords: a property called "propertyNames" is not the keyword.
_NAMING_KEYWORDS = frozenset({"properties", "patternProperties", "dependentSchemas", "dependentRequired", "$defs"})
# The propertyNames pattern of a language map ({"en": ..., "de": ...}).
_LANGUAGE_KEY_PATTERNS = frozenset({"^[a-z]{2}$"})
# How many keys a pattern may allow for them to be listed (a pattern of one character class, ^[1-8]$).
_LISTED_KEYS = 8


def _about_a_key(error: ValidationError) -> bool:
    """Whether an error is about a key of an object (its ``propertyNames``), whose instance is the key."""
    path = list(error.absolute_schema_path)
    return any(
        token == "propertyNames" and (i == 0 or path[i - 1] not in _NAMING_KEYWORDS) for i, token in enumerate(path)
    )


def _key_message(error: ValidationError, name: str | Text, keyword: str, *, meant: str | None) -> Text:
    """The plain message of an object's key that its ``propertyNames`` refuses, by the constraint it breaks."""
    value = _keyword_value(error)
    key = _short(error.instance)
    if keyword == "pattern" and value in _LANGUAGE_KEY_PATTERNS:
        return msg("{field} has the key {key}, which is not a two-letter ISO 639-1 language code", field=name, key=key)
    allowed: list[Any] | None = None
    if keyword in ("enum", "const"):
        allowed = list(value) if keyword == "enum" else [value]
    elif keyword == "pattern" and isinstance(value, str):
        allowed = _pattern_keys(value)
    if allowed is not None:
        listed = ", ".join(str(a) for a in allowed[:_LISTED_VALUES]) + (
            ", ..." if len(allowed) > _LISTED_VALUES else ""
        )
        if meant is not None:
            return msg(
                "{field} has the key {key}, which is not one of: {allowed}; did you mean '{meant}'?",
                field=name,
                key=key,
                allowed=listed,
                meant=meant,
            )
        return msg("{field} has the key {key}, which is not one of: {allowed}", field=name, key=key, allowed=listed)
    if keyword == "pattern" and isinstance(value, str):
        example = _pattern_example(value)
        if example is not None:
            return msg(
                "{field} has the key {key}, which is not allowed here (keys must be written like {example})",
                field=name,
                key=key,
                example=example,
            )
        return msg(
            "{field} has the key {key}, which is not allowed here (keys must match the pattern {pattern})",
            field=name,
            key=key,
            pattern=value,
        )
    return msg("{field} has the key {key}, which is not allowed here", field=name, key=key)


_CHOICE_CLASS = regex(r"^\^\[((?:[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9_-])+)\]\$$")
_CHOICE_WORDS = regex(r"^\^\(?((?:[A-Za-z0-9_-]+\|)*[A-Za-z0-9_-]+)\)?\$$")


def _pattern_keys(pattern: str) -> list[str] | None:
    """The few keys a pattern allows, when it is one character class (``^[1-8]$``) or a choice of words
    (``^(en|de)$``); ``None`` for any other pattern, or one allowing more than a short list."""
    found: list[str] = []
    words = _CHOICE_WORDS.match(pattern)
    if words is not None:
        found = words.group(1).split("|")
    else:
        match = _CHOICE_CLASS.match(pattern)
        if match is None:
            return None
        for first, dash, last in re.findall(r"(.)(-)?(?(2)(.)|)", match.group(1)):
            if dash and first > last:
                return None
            found.extend(chr(c) for c in range(ord(first), ord(last or first) + 1))
            if len(found) > _LISTED_KEYS:
                return None
    return list(dict.fromkeys(found)) if len(found) <= _LISTED_KEYS else None


# A pattern made of literal characters and letter or digit classes of a fixed length (^MC-[A-Z]{2}-[0-9]{3}$).
_EXAMPLE_PART = regex(
    r"\[(A-Z|a-z|0-9)\](?:\{([1-9][0-9]?)\})?|\\d(?:\{([1-9][0-9]?)\})?|\\([.:/_ -])|([A-Za-z0-9_ :/-])"
)
_EXAMPLE_CHARACTERS = {"A-Z": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "a-z": "abcdefghijklmnopqrstuvwxyz", "0-9": "1234567890"}


def _pattern_example(pattern: str) -> str | None:
    """A key a simple pattern allows, to show its form (``^MC-[A-Z]{2}-[0-9]{3}$``: ``MC-AB-123``); ``None`` for
    a pattern with anything but literal characters and letter or digit classes repeated a fixed number of times."""
    if not (pattern.startswith("^") and pattern.endswith("$")) or pattern.endswith("\\$"):
        return None
    body = pattern[1:-1]
    parts: list[str] = []
    used = dict.fromkeys(_EXAMPLE_CHARACTERS, 0)
    at = 0
    while at < len(body):
        match = _EXAMPLE_PART.match(body, at)
        if match is None:
            return None
        kind, count, digits, escaped, literal = match.groups()
        if escaped is not None or literal is not None:
            parts.append(escaped or literal)
        else:
            kind = kind or "0-9"
            characters = _EXAMPLE_CHARACTERS[kind]
            for _ in range(int(count or digits or 1)):
                parts.append(characters[used[kind] % len(characters)])
                used[kind] += 1
        at = match.end()
    return "".join(parts) or None


def _repeated(items: object) -> str | None:
    """The first text a list gives twice (a repeated object or number is told without it)."""
    seen: set[str] = set()
    for item in items if isinstance(items, list) else ():
        if isinstance(item, str):
            if item in seen:
                return item
            seen.add(item)
    return None


def _figure(value: object, bound: object) -> int | float | str:
    """A value a numeric bound judged: a number to show readably (by locale, however large), but as written
    when shown rounded it would look like the bound (600.001 beyond a maximum of 600); else as written."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return _short(value)
    try:
        near = isinstance(bound, (int, float)) and round(value, 2) == bound
    except OverflowError:  # a whole number beyond any float, of hundreds of digits: far from any bound
        near = False
    return _short(value) if near else value


def _bound(value: Any) -> int | float | str:
    """A schema's bound as a number to show (by locale), anything else as written."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)


# An ISO 8601 date followed by a time of day ("2026-09-01T09:00:00+02:00", "2026-09-01 09:00").
_DATE_AND_TIME = regex(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
_MINUS_CHARS = frozenset("-" + MINUS_SIGNS)
# The one number in a text such as "EQF 6", "Level 7", "5 ECTS" or "2,5 ECTS" (a decimal comma).
_ONE_NUMBER = regex(r"[^\d\n]{0,20}?(\d{1,6}(?:[.,]\d{1,6})?)[^\d\n]{0,20}")


# A level written as a roman numeral, alone or after a word or two ("VI", "EQF VII", "poziom VI", "Niveau IV").
_ROMAN_LEVEL = regex(r"(?:[^\W\d_]+[\s-]){0,2}([IVX]{1,4})")


def _amount_in_text(instance: object) -> int | float | None:
    """The amount a price written as text gives, as every price text is read (:func:`~qa_checker.value_reader.price`:
    "1.200 €" is 1200, "950 € pro Monat" a month's price and none)."""
    read = price(instance) if isinstance(instance, str) else None
    amount = read[0] if read is not None else None
    return None if amount is None else int(amount) if amount.is_integer() else amount


def _inside_word(found: re.Match[str]) -> bool:
    """Whether the number ``found`` is glued to letters on both sides, as in an identifier ("S91ZbAwnQrf"), not a
    number with its unit ("5ECTS", "EQF6")."""
    text, start, end = found.string, found.start(1), found.end(1)
    return start > 0 and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


def _workload_in_text(instance: object, wanted: list[str], field: str) -> int | float | None:
    """The figure of the workload's ``field`` (ects or hours) a text gives with its unit, as every workload text is
    read (:func:`~qa_checker.ects.workload_written`: "2400 Minuten" is 40 hours), none where its unit is the other
    field's ("5 ECTS" are no hours); a text without a unit as any number is read."""
    written = workload_written(instance) if isinstance(instance, str) else None
    if written is not None:
        return written.get(field) if set(written) == {field} else None
    return _number_in_text(instance, wanted)


# The EU concept URI of an EQF level (the ELM's controlled vocabulary), as authors who know the ELM write a level.
_EQF_URI = regex(r"https?://data\.europa\.eu/snb/eqf/([1-8])/?")


def _eqf_of_uri(instance: object) -> int | None:
    """The EQF level an EQF concept URI names (``http://data.europa.eu/snb/eqf/6``: 6), else ``None``."""
    if not isinstance(instance, str) or len(instance) > _HINTED_CHARS:
        return None
    found = _EQF_URI.fullmatch(instance.strip())
    return int(found.group(1)) if found else None


def _number_in_text(instance: object, wanted: list[str]) -> int | float | None:
    """The number a text that should have been one holds, when it holds exactly one fit for ``wanted`` (a whole
    number written as a roman numeral too, as levels are)."""
    if not isinstance(instance, str) or not ({"integer", "number"} & set(wanted)):
        return None
    text = instance.strip()
    found = _ONE_NUMBER.fullmatch(text)
    roman = _ROMAN_LEVEL.fullmatch(text) if found is None and "integer" in wanted else None
    if roman is not None and (level := roman_number(roman.group(1))) is not None:
        return level
    written = found.group(1).replace(",", ".") if found is not None else ""
    if found is None or names_a_length_of_time(instance) or dot_may_group_thousands(written) or _inside_word(found):
        return None
    number = float(written)
    # A minus sign right before it, alone or after a space ("-7", "EQF −7"; not the hyphen of "EQF-7"): the number
    # is negative, and told so, never as the positive one.
    start = found.start(1)
    if start and text[start - 1] in _MINUS_CHARS and (start == 1 or text[start - 2].isspace()):
        number = -number
    # Other numbers around it that are no digits: a vulgar fraction right after it ("2½ ECTS") adds to it; a
    # superscript, a roman numeral or a fraction elsewhere makes the number meant unclear.
    others = [char for char in text[: found.start(1)] + text[found.end(1) :] if unicodedata.numeric(char, None)]
    if others:
        after = text[found.end(1) :].lstrip()[:1]
        if others != [after] or "number" not in wanted or not unicodedata.name(after).startswith("VULGAR"):
            return None
        number += unicodedata.numeric(after)
    if number.is_integer():
        return int(number)
    return number if "number" in wanted else None


def _default_hint(error: ValidationError, keyword: str) -> Text:
    if _about_a_key(error) and keyword not in ("enum", "const"):
        return msg("Rename or remove the key.")
    if keyword == "additionalProperties":
        return msg("Check the spelling against the descriptor format; put your own fields under 'extensions'.")
    if keyword == "type":
        return msg("Change the value to the expected type.")
    if keyword in ("enum", "const"):
        return msg("Use one of the listed values exactly as written.")
    if keyword == "required":
        return msg("Add the missing field.")
    if keyword == "uniqueItems" and (repeated := _repeated(error.instance)) is not None:
        return msg("Give each value once: remove the repeated {value}.", value=_short(repeated))
    if keyword == "format" and error.validator_value == "date":
        if isinstance(error.instance, str) and _calendar_date(error.instance) is not None:
            return msg("Give the real date, or leave the field out when it is not known.")
        return msg("Write the date as YYYY-MM-DD, e.g. 2026-03-01.")
    if keyword == "format" and error.validator_value == "url":
        return msg("Give a full web address starting with https://.")
    return msg("Correct the value as the descriptor format describes.")


# An e-mail address (with or without "mailto:"), and a web address written without its scheme ("www.hva.nl/x").
_EMAIL = regex(r"(?:mailto:)?[^@\s/]+@[^@\s/]+\.[^\W\d_]{2,}", re.IGNORECASE)
_SCHEMELESS = regex(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?:/\S*)?", re.IGNORECASE)


def _url_hint(value: object) -> Text | None:
    """How to write a web address the schema refused, where its value says more than the field's hint: an e-mail
    address is none, and one without its scheme is given in full."""
    text = value.strip() if isinstance(value, str) else ""
    if _EMAIL.fullmatch(text):
        return msg("Give a web page starting with https://, not an e-mail address.")
    if len(text) <= _SHORT_URL and _SCHEMELESS.fullmatch(text):
        return msg("Write it in full: https://{address}", address=text)
    return None


# Longer texts are not offered back as a web address.
_SHORT_URL = 200
