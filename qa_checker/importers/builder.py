"""Build a descriptor from a foreign document: values, their origins and the importer's findings.

Shared by every importer: setting a descriptor field records where it came from (a JSON pointer in
the original document), and the value conversions (EU authority URIs to ISO codes, ISO 8601
durations to hours, dates) live here once.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any, overload
from urllib.parse import unquote

from qa_checker import pointer as jp
from qa_checker import vocab
from qa_checker.aliases import ISO639_2B, country_named, local_names, other_iso_language
from qa_checker.document import Document
from qa_checker.elements import ELEMENTS, INVISIBLE, element_for_pointer
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.ids import IMPORT_CONVERTED as CONVERTED
from qa_checker.ids import IMPORT_NOTE as NOTE
from qa_checker.ids import IMPORT_RECOGNISED as RECOGNISED
from qa_checker.importers.jsonld import LangString, Misread, Node, blank, language_tag, misreads
from qa_checker.patterns import regex
from qa_checker.text import N_, Series, Text, msg, plural, quote

# The most values of a kind that could not be read one descriptor names, each at its place (then one count).
MAX_MISREADS = 20
_MISREAD = {
    "text": N_("{key} is {value}, where a text is expected; it could not be read and was left out"),
    "node": N_(
        "{key} is {value}, where an object or a reference to one in the document is expected; it could not be "
        "read and was left out"
    ),
    "term": N_("{key} is not a term qa-checker reads, so its value was left out (the term is {value})"),
    "conflict": N_(
        "{key} differs from the {key} given at {value} to a node of the same id; the value here was read and the "
        "other left out"
    ),
    "value": N_(
        "{key} is {value}, where a single value (a text, a number or a date) is expected; it could not be read "
        "and was left out"
    ),
}
# A date, a date-time or an XML Schema date with its time zone ("2021-05-07Z", "2021-05-07+02:00", as LOMS writes it).
_DATE = regex(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*|Z|[+-]\d{2}:\d{2})?$")
# The beginnings of a web address (lowercased): the descriptor's address fields take web pages only.
WEB_SCHEMES = ("http://", "https://")
_DURATION = regex(
    r"^P(?!$)(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<Mo>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?=\d)(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<Mi>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?$"
)


def _credits_shown(credits: object) -> str:
    """Credits as a message names them: "6 ECTS", "12 DegreeCredit"."""
    if isinstance(credits, dict):
        return f"{number(credits.get('value'))} {credits.get('system')}"
    return f"{number(credits)} ECTS"


class Builder:
    """Collects one descriptor, its origins and the findings of its import."""

    def __init__(self, *, kind: str, base_pointer: str = "") -> None:
        self.data: dict[str, Any] = {"descriptor_version": "1.0", "kind": kind}
        self.origins: dict[str, Origin] = {}
        self.findings: list[Finding] = []
        self.base = base_pointer
        self._misreads = misreads()
        self._misreads_from = self._misreads.taken if self._misreads is not None else 0
        self._unnamed: tuple[str, str] | None = None  # the placeholder id and the place of the resource

    @overload
    def origin(self, source_pointer: str) -> Origin: ...
    @overload
    def origin(self, source_pointer: str | None) -> Origin | None: ...

    def origin(self, source_pointer: str | None) -> Origin | None:
        """An origin for a pointer into the original document."""
        return None if source_pointer is None else Origin(pointer=self.base + source_pointer)

    def set(self, pointer: str, value: object, source_pointer: str) -> None:
        """Set a descriptor value (creating parent objects) and record where it came from."""
        if value is None or value == [] or value == {} or value == "":
            return
        tokens = jp.split(pointer)
        target = self.data
        for token in tokens[:-1]:
            target = target.setdefault(token, {})
        target[tokens[-1]] = value
        self.origins[pointer] = self.origin(source_pointer)
        for end in range(1, len(tokens)):
            self.origins.setdefault(jp.join(*tokens[:end]), self.origins[pointer])

    def set_id(self, found: str | None, label: str, source_pointer: str, resource: str) -> None:
        """The descriptor's id: the one the original gives, else ``label`` with the name of the file it was read
        from and the place of the resource (``resource``) in it (:meth:`document`). A placeholder shared by every such
        file would make two files without an id one offering to the history, comparisons and diffs."""
        self.set("/id", found or label, source_pointer)
        self._unnamed = None if found else (label, self.base + resource)

    def trace(self, pointer: str, source_pointer: str) -> None:
        """Record the origin of a value set as part of a larger one."""
        self.origins[pointer] = self.origin(source_pointer)

    def has(self, pointer: str) -> bool:
        """Whether a descriptor value is already set."""
        return jp.resolve(self.data, pointer) is not None

    def note(self, message: str | Text, *, pointer: str = "", source: str | None = None, hint: str | Text = "") -> None:
        """An info finding on how the document was read."""
        self._finding(NOTE, Severity.INFO, message, pointer, source, hint or msg("No action needed."))

    def set_languages(self, found: Iterable[tuple[tuple[object, ...], str]], source_pointer: str) -> None:
        """Set ``/languages`` from ``(candidate values, place)`` pairs; a place naming no ISO 639-1 code is warned."""
        codes: list[str] = []
        for found_candidates, where in found:
            # A JSON-LD value object ({"@value": "en"}) is its value.
            candidates = tuple(c.get("@value") if isinstance(c, dict) else c for c in found_candidates)
            code = next((c for c in map(language_code, candidates) if c), None)
            if code is None:
                if all(isinstance(c, str) and not c.strip() for c in candidates):
                    continue  # given empty: no language to name
                shown = next((c for c in candidates if c), None)
                self.warn(
                    msg("the language {value} has no ISO 639-1 code", value=repr(shown)),
                    pointer="/languages",
                    source=where,
                )
            elif code not in codes:
                codes.append(code)
                self.trace(f"/languages/{len(codes) - 1}", where)
        if codes:
            self.set("/languages", codes, source_pointer)

    def expect(self, pointer: str, source_pointer: str | None) -> None:
        """Record where a descriptor value belongs in the original, so a finding on it (missing) points there."""
        if source_pointer is not None and pointer not in self.origins:
            self.origins[pointer] = self.origin(source_pointer)

    def unfilled(self, pointer: str, *places: tuple[Node | None, str]) -> None:
        """Point a finding that a descriptor value is missing at the first of ``places`` (a node and a term) whose
        value is given empty (``""``, ``[]``, ``null``: :meth:`Node.blank`), unless the descriptor has the value."""
        if self.has(pointer):
            return
        for node, term in places:
            where = node.blank(term) if node is not None else None
            if where is not None:
                self.origins[pointer] = self.origin(where)
                return

    def invalid(self, message: str | Text, *, pointer: str, source: str, judged: bool, hint: str | Text = "") -> None:
        """A value kept as found although it is not valid (an unknown concept URI, EQF level 9).

        The caller keeps the value in the descriptor, so the element is present and judged invalid rather
        than silently dropped. ``judged``: the descriptor's own checks (schema, vocabulary rules) report
        the kept value as an error at its origin, so this finding only explains it (a note); otherwise
        this finding is the error.
        """
        hint = hint or msg("Use a concept of the EU vocabulary in the original document.")
        if judged:
            self._finding(NOTE, Severity.INFO, message, pointer, source, hint)
        else:
            self._finding(CONVERTED, Severity.ERROR, message, pointer, source, hint)

    def keep(self, pointer: str, value: object, source: str, message: str | Text, *, hint: str | Text = "") -> None:
        """Set a value that is not valid, kept as found for the descriptor's own checks to judge, and say why."""
        self.set(pointer, value, source)
        self.invalid(message, pointer=pointer, source=source, judged=True, hint=hint)

    def country(
        self, entry: dict[str, Any], pointer: str, found: tuple[str | None, str, str], unknown: Text, hint: Text
    ) -> None:
        """Give an awarding body (``entry``, at ``pointer``) the country :func:`country_of` found: its code, or
        the text itself when it names no country, kept for the vocabulary rule to judge and explained by
        ``unknown``."""
        code, shown, source = found
        entry["country"] = code or shown
        self.trace(pointer, source)
        if code is None:
            self.invalid(unknown, pointer=pointer, source=source, judged=True, hint=hint)

    def address_country(self, entry: dict[str, Any], pointer: str, found: tuple[str | None, str, str]) -> None:
        """:meth:`country` for a schema.org ``PostalAddress``'s ``addressCountry`` (schema.org and CTDL)."""
        self.country(
            entry,
            pointer,
            found,
            msg(
                "addressCountry {value} is not an ISO 3166-1 code or country name; it is kept as found",
                value=repr(found[1]),
            ),
            msg("Give addressCountry as an ISO 3166-1 code or the country's English name."),
        )

    def price(self, holder: Node, terms: tuple[str, str], unread: Text, hint: str | Text = "") -> None:
        """The price a node gives under its amount and currency ``terms``; ``unread`` (a warning at the node) when
        the amount is no number of zero or more or the currency no ISO 4217 code."""
        amount, currency = holder.scalar(terms[0]), holder.scalar(terms[1])
        value = number(amount[0]) if amount is not None else None
        code = currency_code(currency[0]) if currency is not None else None
        if amount is None or value is None or value < 0 or code is None:
            self.warn(unread, pointer="/price", source=holder.pointer, hint=hint)
            return
        self.set("/price/amount", value, amount[1])
        self.set("/price/currency", code, currency[1] if currency is not None else holder.pointer)

    def modes(self, found: dict[str, str], source: str) -> None:
        """The form of participation from the modes a source offers, each by where it is first written: set when
        there is one, reported as ambiguous (at ``source``) when there are several."""
        if len(found) == 1:
            ((mode, where),) = found.items()
            self.set("/participation/mode", mode, where)
        elif found:
            self.warn(
                msg(
                    "several delivery types are offered ({modes}); the form of participation is ambiguous",
                    modes=", ".join(sorted(found)),
                ),
                pointer="/participation/mode",
                source=source,
            )

    def credits(self, value: float, system: str | None, where: str, source: str) -> None:
        """Credits in ``system`` (``None``: ECTS), set from ``where``: the first of each kind is read, and a further one
        that differs is reported at ``source`` as left out (a descriptor gives one value of each kind)."""
        pointer = "/workload/ects" if system is None else "/workload/other_credits"
        given: object = value if system is None else {"system": system, "value": value}
        taken = jp.resolve(self.data, pointer)
        if taken is None:
            self.set(pointer, given, where)
        elif taken != given:
            self.warn(
                msg(
                    "further credits ({credits}) were not read: the workload already gives {taken}",
                    credits=_credits_shown(given),
                    taken=_credits_shown(taken),
                ),
                pointer=pointer,
                source=source,
                hint=msg("Give one value of credits in each credit system, or a learning opportunity for each part."),
            )

    def warn(self, message: str | Text, *, pointer: str = "", source: str | None = None, hint: str | Text = "") -> None:
        """A value found in the original that could not be converted (left out, not guessed)."""
        self._finding(
            CONVERTED,
            Severity.WARNING,
            message,
            pointer,
            source,
            hint or msg("Correct the value in the original document, or fill the field by hand after convert."),
        )

    def web_address(self, found: tuple[object, str] | None, *, key: str, pointer: str) -> tuple[str, str] | None:
        """``found`` (a value and its place, given under the term ``key``) when it is a web address (http or https,
        in any case), without the white space and invisible characters around it (" https://..."); any other value
        given (``mailto:``, ``file:``, ``urn:``, a bare host name) is left out with a warning at its place, as the
        descriptor field at ``pointer`` takes web pages only."""
        if found is None:
            return None
        value, where = found
        address = value.strip().strip(INVISIBLE).strip() if isinstance(value, str) else ""
        if address[:8].lower().startswith(WEB_SCHEMES):
            return address, where
        if not blank(value):
            self.warn(
                msg("{field} is {value}, not a full http(s) URL", field=key, value=_shown(value)),
                pointer=pointer,
                source=where,
            )
        return None

    def expiry(self, found: tuple[object, str] | None) -> None:
        """Warn of a credential whose expiry (``found``: its value and place) is a day before its date of issuing."""
        issued = jp.resolve(self.data, "/issue_date")
        day = iso_date(found[0]) if found is not None and isinstance(found[0], str) else None
        if found is None or day is None or not isinstance(issued, str) or day >= issued:
            return
        self.warn(
            msg("the credential expires on {date}, before it was issued on {issued}", date=day, issued=issued),
            pointer="/issue_date",
            source=found[1],
            hint=msg("Correct the expiry or the date of issuing in the original: one of them is mistyped."),
        )

    def _misread(self, found: list[Misread]) -> None:
        """Warn of each value of a kind that could not be read (the first :data:`MAX_MISREADS`, then a count)."""
        for misread in found[:MAX_MISREADS]:
            self.warn(
                msg(
                    _MISREAD[misread.expected],
                    key=misread.key,
                    value=str(misread.value) if misread.expected in ("term", "conflict") else _shown(misread.value),
                ),
                source=misread.pointer,
            )
        if len(found) > MAX_MISREADS:
            rest = len(found) - MAX_MISREADS
            self.warn(
                plural(
                    "{count} more value of a kind that could not be read was left out",
                    "{count} more values of a kind that could not be read were left out",
                    rest,
                ),
                source=found[MAX_MISREADS].pointer,
            )

    def _finding(
        self,
        rule: str,
        severity: Severity,
        message: str | Text,
        pointer: str,
        source: str | None,
        hint: str | Text,
    ) -> None:
        self.findings.append(
            Finding.make(
                rule=rule,
                severity=severity,
                element=element_for_pointer(pointer),
                pointer=pointer,
                message=message,
                hint=hint,
                origin=self.origin(source),
            )
        )

    def document(self, original: Document, *, fmt: str, imported_from: str, home: str | None = None) -> Document:
        """The imported document, keeping the original's source, hash and earlier findings.

        ``home``: the object in the original where an element the importer placed nowhere else belongs (the
        specification, the achievement, the resource), so a finding that it is missing points there too.
        """
        if home is not None:
            for element in ELEMENTS:
                self.expect(element.pointer, home)
        if self._misreads is not None:
            self._misread(self._misreads.since(self._misreads_from))
        if self._unnamed is not None and self.data.get("id") == self._unnamed[0]:  # not given since
            label, place = self._unnamed
            name = original.source.replace("\\", "/").rsplit("/", 1)[-1]
            self.data["id"] = f"{label}:{name}" + (f"#{place}" if place else "")
        return Document(
            source=original.source,
            data=self.data,
            format=fmt,
            findings=[*original.findings, *self.findings],
            origins=dict(self.origins),
            sha256=original.sha256,
            imported_from=imported_from,
        )


def _shown(value: object) -> str:
    """A value as a message quotes it: a plain value in JSON, an object or a list by its brackets only."""
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return quote(json.dumps(value, ensure_ascii=False))


def refused(
    original: Document,
    message: str | Text,
    hint: str | Text,
    *,
    source: str | None = None,
    fmt: str | None = None,
    imported_from: str | None = None,
    base: str = "",
) -> Document:
    """A document that could not be imported, with one located MC-IM-001 finding, and a warning of each value
    of a kind that could not be read on the way (often the reason: ``credentialSubject: 5``), located under
    ``base``, where the document read is in its envelope."""
    finding = Finding.make(
        rule=RECOGNISED,
        severity=Severity.ERROR,
        element=None,
        pointer="",
        message=message,
        hint=hint,
        origin=Origin(pointer=source) if source is not None else None,
    )
    return Document(
        source=original.source,
        data=None,
        format=fmt or original.format,
        findings=[*original.findings, finding, *_misread_findings(base)],
        sha256=original.sha256,
        imported_from=imported_from,
    )


def _misread_findings(base: str) -> list[Finding]:
    """The warnings of the values read without result since the last document was built (none outside an import)."""
    found = misreads()
    if found is None:
        return []
    b = Builder(kind="", base_pointer=base)
    b._misread(found.since(found.taken))
    return b.findings


def is_itself(b: Builder, node: Node, whole: Node, where: str) -> bool:
    """Warn when ``isPartOf`` names the node itself (by its id, or as the same object), which stacks towards
    nothing; whether it does."""
    if whole.data is not node.data and (node.id is None or whole.id != node.id):
        return False
    b.warn(
        msg(
            "isPartOf names the credential itself ({ref}); a credential is not part of itself, so this was not read "
            "as a larger credential",
            ref=node.id or whole.pointer,
        ),
        pointer="/stackability",
        source=where,
        hint=msg("Name the larger credential it is part of, or leave isPartOf out."),
    )
    return True


def note_finding(message: str | Text, *, source: str | None = None) -> Finding:
    """A stand-alone import note (used before a builder exists, e.g. while unwrapping envelopes)."""
    return Finding.make(
        rule=NOTE,
        severity=Severity.INFO,
        element=None,
        pointer="",
        message=message,
        hint=msg("No action needed."),
        origin=Origin(pointer=source) if source is not None else None,
    )


def iso_date(value: object) -> str | None:
    """The calendar date of an ISO 8601 date or date-time (or an XML Schema date with its zone), or of epoch
    milliseconds (UTC)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and 0 < value < 1e14:
        return datetime.fromtimestamp(value / 1000, tz=timezone.utc).date().isoformat()
    if isinstance(value, str):
        match = _DATE.match(value.strip())
        if match:
            try:
                return datetime.strptime(match.group(1), "%Y-%m-%d").date().isoformat()
            except ValueError:
                return None
    return None


# Why a duration is not a number of study hours (the second value of :func:`duration_hours`).
NOT_A_DURATION = "not-a-duration"
CALENDAR_DURATION = "calendar"
ZERO_DURATION = "zero"
_CALENDAR_UNITS = (("Y", N_("years")), ("Mo", N_("months")), ("W", N_("weeks")), ("D", N_("days")))


def duration_hours(value: object) -> tuple[float | None, str]:
    """Hours of an ISO 8601 duration with only a time part (``PT60H``, ``PT90M``), and ``""``.

    A duration with years, months, weeks or days (``P60M`` is sixty *months*) is calendar time, not
    notional study hours; zero calendar parts, as XML Schema writers give them (``P0Y0M0DT140H0M0S``), are
    no such units. It is not converted and the second value says why: :data:`NOT_A_DURATION`,
    :data:`CALENDAR_DURATION` (its units: :func:`calendar_units`) or :data:`ZERO_DURATION`.
    """
    parts = _duration_parts(value)
    if parts is None:
        return None, NOT_A_DURATION
    if any(parts.get(key) for key, _name in _CALENDAR_UNITS):
        return None, CALENDAR_DURATION
    hours = parts.get("H", 0.0) + parts.get("Mi", 0.0) / 60 + parts.get("S", 0.0) / 3600
    if not math.isfinite(hours):  # hundreds of digits: no number of hours anyone studies
        return None, NOT_A_DURATION
    if hours <= 0:
        return None, ZERO_DURATION
    return (int(hours) if hours == int(hours) else round(hours, 2)), ""


def calendar_units(value: object) -> Series:
    """The calendar units a duration is given in (``years, months``), each a word to translate."""
    parts = _duration_parts(value) or {}
    return Series(tuple(msg(name) for key, name in _CALENDAR_UNITS if parts.get(key)))


def not_hours(term: str, value: object, reason: str, *, short: bool) -> Text:
    """Why a duration given as ``term`` is not a number of study hours (``short``: say no more, else add that
    the workload hours were not read); ``reason`` is the second value of :func:`duration_hours`."""
    shown = repr(value)
    if reason == CALENDAR_DURATION:
        units = calendar_units(value)
        if short:
            return msg(
                "{term} {value} is a calendar duration in {units} (P...M means months, PT...M minutes), not a "
                "number of study hours",
                term=term,
                value=shown,
                units=units,
            )
        return msg(
            "{term} {value} is a calendar duration in {units} (P...M means months, PT...M minutes), not a "
            "number of study hours; workload hours were not read",
            term=term,
            value=shown,
            units=units,
        )
    if reason == ZERO_DURATION:
        if short:
            return msg("{term} {value} is a zero duration", term=term, value=shown)
        return msg("{term} {value} is a zero duration; workload hours were not read", term=term, value=shown)
    if short:
        return msg("{term} {value} is not an ISO 8601 duration", term=term, value=shown)
    return msg("{term} {value} is not an ISO 8601 duration; workload hours were not read", term=term, value=shown)


def _duration_parts(value: object) -> dict[str, float] | None:
    if not isinstance(value, str):
        return None
    match = _DURATION.match(value.strip())
    if not match:
        return None
    return {k: float(v) for k, v in match.groupdict().items() if v is not None}


def number(value: object) -> float | int | None:
    """A positive number from a number or numeric text (``"2"``, ``"2,5"``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return None
    if isinstance(value, (int, float)) and value == value and value not in (float("inf"), float("-inf")):
        return int(value) if float(value).is_integer() else float(value)
    return None


def country_code(value: object) -> str | None:
    """ISO 3166-1 alpha-2 from an EU country authority URI, an alpha-2/alpha-3 code or an exact name (in English,
    with or without "the", or an EU/EEA language: "Deutschland", "Allemagne")."""
    text = _code_text(value, "country")
    if text is None:
        return None
    if len(text) == 2 and text.upper() in vocab.get("countries"):
        return text.upper()
    return _by_eu_code_or_label("countries", text) or country_named(text)


def country_of(node: Node, term: str) -> tuple[str | None, str, str] | None:
    """The country a node gives under ``term`` (a code, a name, a language map of names): its ISO 3166-1 code
    (see :func:`country_code`) or ``None``, the text to quote or keep when it names none, and its pointer."""
    found = node.text(term) or node.scalar(term)
    if found is None:
        return None
    value, where = found
    texts = list(value.values()) if isinstance(value, dict) else [value]
    shown = first_text(value) if isinstance(value, (str, dict)) else value
    return next(filter(None, map(country_code, texts)), None), str(shown), where


def currency_code(value: object) -> str | None:
    """ISO 4217 from an EU currency authority URI, a three-letter code or an exact name ("US Dollar", "euro")."""
    text = _code_text(value, "currency")
    if text is None:
        return None
    if len(text) == 3 and text.isalpha():
        return text.upper()
    return local_names("currencies").get(text.strip().casefold())


def language_code(value: object) -> str | None:
    """ISO 639-1 from an EU language authority URI, a BCP 47 tag, an ISO 639-2 code (terminology or bibliographic:
    ``deu``, ``ger``) or an exact language name."""
    text = _code_text(value, "language")
    if text is None:
        return None
    tag = language_tag(text)
    if tag and tag in vocab.get("languages"):
        return tag
    found = ISO639_2B.get(text.lower()) or _by_eu_code_or_label("languages", text)
    return found or other_iso_language(tag or text)


def _code_text(value: object, table: str) -> str | None:
    """The code part of a value: the last segment of a URI of the EU authority ``table`` (``country``,
    ``language``), or the stripped text. A URI of any other table or namespace names no code
    (``http://example.org/country/DEU`` is not Germany), nor does a path or a prefixed name."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if "/" not in text:
        return text
    match = _AUTHORITY_CODE.match(text)
    return match.group(2) if match is not None and match.group(1) == table else None


# A concept URI of an EU authority table (http or https): its table and its code.
_AUTHORITY_CODE = regex(r"^https?://publications\.europa\.eu/resource/authority/([a-z-]+)/([A-Za-z0-9_]+)/?$")


def _by_eu_code_or_label(vocab_id: str, text: str) -> str | None:
    """The slug whose EU authority code or label is ``text``."""
    for slug, concept in vocab.get(vocab_id).concepts.items():
        if concept.get("eu_code") == text.upper() or str(concept.get("label", "")).lower() == text.lower():
            return slug
    return None


EU_NAMESPACES = (
    "http://data.europa.eu/",
    "https://data.europa.eu/",
    "http://publications.europa.eu/resource/authority/",
    "https://publications.europa.eu/resource/authority/",
)


# The pace or timing of study that producers write where a form of participation belongs (schema.org's courseMode
# examples, DC4EU's ELM modes "full-time"), letters only and lowercased: no form of participation.
PACES = frozenset({"fulltime", "parttime", "synchronous", "asynchronous", "selfpaced", "instructorpaced"})


def is_pace(text: str | None) -> bool:
    """Whether a mode's text names the pace of study ("full-time", "Part time"), not a form of participation."""
    return bool(text) and re.sub(r"[^a-z]", "", str(text).lower()) in PACES


# The EQF levels' concepts, and ESCO's (skills, occupations): a URI elsewhere whose path merely ends in /6 or
# holds /esco/ is neither.
EQF_BASES = ("http://data.europa.eu/snb/eqf/", "https://data.europa.eu/snb/eqf/")
# The EQF as issuers name it in the EU's main languages: its abbreviations (as written, in capitals) and its name.
EQF_NAMES = (
    r"(?-i:EQF|EQR|CEC|MEC|QEQ|EKK|ERK)"
    r"|European Qualifications? Framework|Europäische[nr]? Qualifikationsrahmens?|Cadre européen des certifications"
    r"|Marco Europeo de Cualificaciones|Quadro europeo delle qualifiche|Europees kwalificatiekader"
    r"|Europejsk\w{1,3} Ram\w{1,2} Kwalifikacji"
)
ESCO_BASES = ("http://data.europa.eu/esco/", "https://data.europa.eu/esco/")
ISCED_BASES = ("http://data.europa.eu/snb/isced-f/", "https://data.europa.eu/snb/isced-f/")


def is_eu_uri(uri: str | None) -> bool:
    """Whether a URI is in an EU vocabulary namespace (EU Vocabularies, the Publications Office authorities)."""
    return bool(uri) and str(uri).startswith(EU_NAMESPACES)


def canonical_eu_uri(uri: str) -> str:
    """An EU concept URI as the vocabularies write it, with http:// (``https://data.europa.eu/snb/eqf/6`` is
    ``http://data.europa.eu/snb/eqf/6``); any other URI unchanged."""
    return "http://" + uri[len("https://") :] if uri.startswith("https://") and is_eu_uri(uri) else uri


# The ESCO portal's page of a concept names the concept in its ``uri`` parameter
# (https://esco.ec.europa.eu/en/classification/skill?uri=http%3A%2F%2Fdata.europa.eu%2Fesco%2Fskill%2F...).
# (The scheme and host in any case, as a URL's are.)
_ESCO_PORTAL = regex(r"(?i:https?://esco\.ec\.europa\.eu)/[a-z]{2}/classification/[a-z_]+\?(?:[^#]*&)?uri=([^&#]+)")


def esco_concept(url: str) -> str | None:
    """The ESCO concept a URL names: an ESCO URI itself (as the vocabulary writes it), or the concept of an ESCO
    portal page; ``None`` for any other URL, and for a concept holding a space or a control character (a portal
    link's ``%0A`` or ``%00``), which no URI does."""
    portal = _ESCO_PORTAL.match(url.strip())
    uri = unquote(portal.group(1)) if portal else url.strip()
    plain = uri.isprintable() and len(uri.split()) == 1
    return canonical_eu_uri(uri) if plain and uri.startswith(ESCO_BASES) else None


def is_local_id(ident: str | None) -> bool:
    """Whether an id only names a node inside its own document (``urn:epass:person:1``, ``_:b0``, a UUID URN).

    Such an id links the parts of one credential; it identifies no one outside it. A DID, an e-mail
    address or a web address does identify the subject.
    """
    if not ident:
        return True
    text = ident.strip().lower()
    return text.startswith(("_:", "urn:")) or ("://" not in text and not text.startswith(("did:", "mailto:")))


def slug_for(vocab_id: str, uri: str | None = None, label: str | None = None) -> str | None:
    """The descriptor slug for an EU concept URI (written with http:// or https://), else for a label equal to the
    vocabulary's label."""
    vocabulary = vocab.get(vocab_id)
    if uri:
        slug = vocabulary.slug_for_uri(canonical_eu_uri(uri))
        if slug is not None:
            return slug
    if label:
        wanted = " ".join(label.split()).lower()
        for slug, concept in vocabulary.concepts.items():
            if " ".join(str(concept.get("label", "")).split()).lower() == wanted or slug == wanted:
                return slug
    return None


def first_text(value: LangString | None) -> str | None:
    """One plain text from a language string (English first)."""
    if isinstance(value, dict):
        return value.get("en") or next(iter(value.values()), None)
    return value
