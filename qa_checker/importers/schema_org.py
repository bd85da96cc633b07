"""schema.org course descriptions, as providers publish their offerings on the web.

Reads ``Course`` (with its ``CourseInstance`` runs), ``EducationalOccupationalProgram`` (and ``WorkBasedProgram``),
when the document describes no course or programme a ``CourseInstance`` published alone (a run: its ``organizer``
the provider; the dates of its ``courseSchedule`` when it gives none itself), else
``EducationalOccupationalCredential`` as offers: at the top level, in an ``@graph``, in the items of an ``ItemList``
(Google's "Course list") or as a page's ``mainEntity``, one descriptor each. A credential a course names
(``educationalCredentialAwarded``) is read with it, not on its own. A ``courseMode`` in another language ("En
ligne", "Präsenz") is read by the words of the bundled value table. The types and terms are schema.org's only when
the document says so (its ``@context``, a ``schema:`` prefix or full IRIs), so a CTDL ``Course`` is never taken for
one. schema.org has no quality assurance, type of assessment or supervision: those are left missing. A value that is
not what the descriptor needs (a calendar duration, credits without their system, runs in different modes) is
reported, not guessed.
"""

from __future__ import annotations

import re
from typing import Any

from qa_checker.aliases import concept_for
from qa_checker.document import Document
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    EQF_BASES,
    EQF_NAMES,
    ESCO_BASES,
    PACES,
    WEB_SCHEMES,
    Builder,
    canonical_eu_uri,
    country_of,
    duration_hours,
    first_text,
    iso_date,
    not_hours,
    number,
)
from qa_checker.importers.jsonld import (
    NAMESPACES,
    LangString,
    Node,
    Reader,
    graph_nodes,
    lang_string,
    local_name,
    plain,
)
from qa_checker.patterns import regex
from qa_checker.text import msg, plural

LEARNING_TYPES = ("Course", "EducationalOccupationalProgram", "WorkBasedProgram")
RUN_TYPES = ("CourseInstance",)
CREDENTIAL_TYPES = ("EducationalOccupationalCredential",)
# A form of participation by the words schema.org's courseMode examples and providers use, and by the event
# attendance modes a CourseInstance (an Event) may give, read without their suffix ("OnSiteEventAttendanceMode", as
# providers write schema.org's OfflineEventAttendanceMode, is "onsite").
MODES = {
    "online": "online",
    "distance": "online",
    "distancelearning": "online",
    "elearning": "online",
    "remote": "online",
    "virtual": "online",
    "mooc": "online",
    "onsite": "onsite",
    "inperson": "onsite",
    "oncampus": "onsite",
    "campus": "onsite",
    "facetoface": "onsite",
    "presential": "onsite",
    "classroom": "onsite",
    "offline": "onsite",
    "blended": "blended",
    "hybrid": "blended",
    "mixed": "blended",
}
_MODE_NAMES = frozenset(MODES.values())
_EQF_WORDS = regex(rf"\b(?:{EQF_NAMES})\b\D{{0,16}}?\b([1-9])\b", re.IGNORECASE)
# The level written before the framework's name, as French and Polish pages do ("Niveau 6 du CEC", "poziom 6 ERK",
# "level 6 of the EQF"): only a connecting word between them, so "5 ECTS, EQF" names no level.
_EQF_AFTER = regex(
    rf"\b([1-9])\s*(?:(?:of the|of|du|de la|des|de|del|della|der|van het|van)\s+)?\(?(?:{EQF_NAMES})\b", re.IGNORECASE
)
_CREDITS_TEXT = regex(r"^\s*(\d+(?:[.,]\d+)?)\s*(.*?)\s*$")


def _schema_types(node: Node) -> set[str]:
    """The node's schema.org types by name: full or prefixed IRIs of schema.org, or bare names in a document whose
    context is schema.org's."""
    bare = "schema" in node.reader.context.families
    found = set()
    for value, _where in node.values("type"):
        if not isinstance(value, str):
            continue
        iri = node.reader.expand(node.reader.aliases.get(value, value))
        name = local_name(iri)
        if NAMESPACES.get(iri[: len(iri) - len(name)]) == "schema" or (bare and ":" not in iri):
            found.add(name)
    return found


def _main_nodes(data: dict[str, Any]) -> tuple[Reader, list[tuple[Node, str]]]:
    """The reader and the courses, programmes (else credentials) to check, each with its type."""
    reader = Reader(data)
    nodes = graph_nodes(reader)
    found: list[tuple[Node, str]] = []
    for node in nodes if nodes is not None else [reader.node(data, "")]:
        types = _schema_types(node)
        if "ItemList" in types:
            for element in node.nodes("itemListElement"):
                item = element.node("item") if "ListItem" in _schema_types(element) else element
                kind = _kind(item) if item is not None else None
                if item is not None and kind is not None:
                    found.append((item, kind))
            continue
        kind = _kind(node, types)
        # A page's own node (WebPage, ItemPage) names what it is about as its mainEntity.
        for item in [node] if kind is not None else node.nodes("mainEntity"):
            item_kind = kind if item is node else _kind(item)
            fresh = all(item.data is not seen.data for seen, _k in found)  # a mainEntity named by its @id
            if item_kind is not None and fresh and any(k not in ("@id", "@type", "id", "type") for k in item.data):
                found.append((item, item_kind))
    learning = [(n, k) for n, k in found if k in LEARNING_TYPES]
    runs = [(n, k) for n, k in found if k in RUN_TYPES]
    return reader, learning or runs or found


def _kind(node: Node, types: set[str] | None = None) -> str | None:
    names = _schema_types(node) if types is None else types
    return next((t for t in (*LEARNING_TYPES, *RUN_TYPES, *CREDENTIAL_TYPES) if t in names), None)


def detect(data: dict[str, Any]) -> bool:
    """A schema.org course, programme or credential (top level, in a graph or in an item list)."""
    return bool(_main_nodes(data)[1])


def convert(document: Document, base: str) -> list[Document]:
    """One offer descriptor per course or programme (else per credential)."""
    reader, nodes = _main_nodes(document.data)
    return [_offer(document, reader, node, kind, base, len(nodes)) for node, kind in nodes]


def _offer(document: Document, reader: Reader, node: Node, kind: str, base: str, count: int) -> Document:
    b = Builder(kind="offer", base_pointer=base)
    for url in reader.context.unknown:
        b.note(msg("@context {url} is not one qa-checker knows; it was not fetched", url=url), source="/@context")
    if count > 1:
        b.note(
            plural(
                "one of {count} schema.org course, programme or credential in the document",
                "one of {count} schema.org courses, programmes and credentials in the document",
                count,
            ),
            source=node.pointer,
        )
    ident = next(filter(None, (node.scalar(t) for t in ("courseCode", "identifier"))), None)
    page = _page(b, node, "/further_information")
    if ident is not None:
        b.set("/id", str(ident[0]), ident[1])
    elif node.id:
        b.set("/id", node.id, node.where("id"))
    elif page is not None:
        b.set("/id", page[0], page[1])
    else:
        b.set_id(None, f"schema-org-{kind}", node.pointer, node.pointer)
    for pointer, term in (("/title", "name"), ("/summary", "description")):
        found = node.text(term)
        if found is not None:
            b.set(pointer, found[0], found[1])
    runs = [node] if kind in RUN_TYPES else node.nodes("hasCourseInstance")
    credentials = (
        [node]
        if kind in CREDENTIAL_TYPES
        else [
            credential
            for term in ("educationalCredentialAwarded", "occupationalCredentialAwarded")
            for value, where in node.values(term)
            # A credential named in words (Text, as schema.org allows) describes nothing more to read.
            if (credential := node.reader.resolve(value, where)) is not None
        ]
    )
    _languages(b, node, runs)
    _awarding_bodies(b, node)
    _outcomes(b, node, credentials, kind)
    _credits(b, node)
    _hours(b, node, runs)
    _level(b, [node, *credentials])
    _participation(b, node, runs)
    _prerequisites(b, node, kind)
    _recognition(b, credentials)
    _price(b, node, runs)
    audience = node.node("audience")
    found = audience.text("audienceType") or audience.text("name") if audience is not None else None
    if found is not None:
        b.set("/target_group", found[0], found[1])
    if page is not None:
        b.set("/further_information", page[0], page[1])
    return b.document(document, fmt="schema.org", imported_from=f"schema.org {kind}", home=node.pointer)


def _page(b: Builder, node: Node, pointer: str) -> tuple[str, str] | None:
    """The web page: ``url`` (another address warned of, :meth:`Builder.web_address`), else an id that is a web
    address."""
    url = b.web_address(node.iri("url"), key="url", pointer=pointer)
    if url is not None:
        return url
    ident = node.id
    if ident and ident.startswith(WEB_SCHEMES) and "#" not in ident:
        return ident, node.where("id")
    return None


def _languages(b: Builder, node: Node, runs: list[Node]) -> None:
    """``inLanguage`` of the course, else of its runs: a code, a name, or a ``Language`` with either."""
    for holder in (node, *runs):
        if not holder.has("inLanguage"):
            continue
        found: list[tuple[tuple[object, ...], str]] = []
        for value, where in holder.values("inLanguage"):
            if isinstance(value, dict) and "@value" not in value:
                language = holder.reader.node(value, where)
                texts = (language.scalar("alternateName"), language.scalar("name"))
                found.append((tuple(t[0] for t in texts if t is not None), where))
            else:
                found.append(((value,), where))
        b.set_languages(found, holder.where("inLanguage"))
        return


def _organisation(b: Builder, place: tuple[object, str, str], reader: Reader, index: int) -> dict[str, Any] | None:
    """The ``index``-th awarding body from an organisation (``place``: its value, pointer and term) given as an
    object, a reference or its name in words."""
    value, where, term = place
    org = reader.resolve(value, where)
    if isinstance(value, str) and (org is None or not org.has("name")):
        if "://" not in value and not value.startswith(("_:", "#", "urn:")):
            return {"name": value.strip()} if value.strip() else None
        b.warn(
            msg(
                "{term} names {ref} only by reference; its name and country are not in this document",
                term=term,
                ref=value,
            ),
            pointer="/awarding_bodies",
            source=where,
            hint=msg("Include the organisation in the document (for example in its @graph)."),
        )
        return None
    name = org.text("name") if org is not None else None
    if org is None or name is None:
        b.warn(msg("{term} gives an organisation without a name", term=term), pointer="/awarding_bodies", source=where)
        return None
    pointer = f"/awarding_bodies/{index}"
    entry: dict[str, Any] = {"name": name[0]}
    b.trace(pointer, org.pointer)
    written = org.first("address")
    address = reader.resolve(written[0], written[1]) if written is not None and isinstance(written[0], dict) else None
    given = address.first("addressCountry") if address is not None else None
    if address is not None and given is not None:
        country = address.node("addressCountry") if isinstance(given[0], dict) else None
        found = country_of(country, "name") if country is not None else country_of(address, "addressCountry")
        if found is not None:
            b.address_country(entry, f"{pointer}/country", found)
    page = _page(b, org, f"{pointer}/url")
    if page is not None:
        entry["url"] = page[0]
    return entry


def _awarding_bodies(b: Builder, node: Node) -> None:
    """``provider`` (a run's ``organizer``); else the organisation offering it (``offers.offeredBy``), noted."""
    b.expect("/awarding_bodies", node.where("provider") if node.has("provider") else node.pointer)
    places = [(value, where, term) for term in ("provider", "organizer") for value, where in node.values(term)]
    places = [place for place in places if place[2] == places[0][2]]
    if not places:
        places = [
            (value, where, "offeredBy") for offer in node.nodes("offers") for value, where in offer.values("offeredBy")
        ]
    bodies: list[dict[str, Any]] = []
    for place in places:
        entry = _organisation(b, place, node.reader, len(bodies))
        if entry is not None:
            bodies.append(entry)
    if bodies:
        b.set("/awarding_bodies", bodies, node.where("provider") if node.has("provider") else places[0][1])
        if places[0][2] == "offeredBy":
            b.note(
                msg(
                    "no provider (the organisation that provides the course); the organisation that offers it "
                    "(offers.offeredBy) was read as the awarding body"
                ),
                pointer="/awarding_bodies",
                source=places[0][1],
            )


def _statement(value: object, where: str, reader: Reader) -> tuple[LangString, list[str]] | None:
    """A competency's statement (a text, or a ``DefinedTerm``'s name or description) and its ESCO concepts."""
    text = lang_string(value)
    if text is not None and (not isinstance(value, dict) or "@value" in value):
        return text, []
    term = reader.resolve(value, where)
    if term is None:
        return None
    found = term.text("name") or term.text("description") or term.text("targetName")
    if found is None:
        return None
    iris = [term.id] if term.id else []
    iris += [iri for key in ("url", "sameAs", "targetUrl") for iri, _w in term.refs(key)]
    esco = list(dict.fromkeys(canonical_eu_uri(i) for i in iris if i.startswith(ESCO_BASES)))
    return found[0], esco


def _outcomes(b: Builder, node: Node, credentials: list[Node], kind: str) -> None:
    """``teaches`` and ``assesses``; else the competencies a credential requires (``competencyRequired``: what
    must be shown to earn it)."""
    holders = [(node, term) for term in ("teaches", "assesses") if node.has(term)]
    if not holders:
        holders = [(c, "competencyRequired") for c in credentials if c.has("competencyRequired")]
    outcomes: list[Any] = []
    for holder, term in holders:
        for value, where in holder.values(term):
            found = _statement(value, where, holder.reader)
            if found is None:
                continue
            b.trace(f"/learning_outcomes/{len(outcomes)}", where)
            outcomes.append({"text": found[0], "esco": found[1]} if found[1] else found[0])
    if outcomes:
        b.set("/learning_outcomes", outcomes, holders[0][0].where(holders[0][1]))
        if holders[0][1] == "competencyRequired":
            b.note(
                msg("learning outcomes were read from the competencies in {term}", term="competencyRequired"),
                pointer="/learning_outcomes",
                source=holders[0][0].where("competencyRequired"),
            )


def _credits(b: Builder, node: Node) -> None:
    """``numberOfCredits``: ECTS when its unit says so, other credits in a unit named otherwise; a bare number
    names no system and is reported."""
    if not node.has("numberOfCredits"):
        return
    where = node.where("numberOfCredits")
    given = node.first("numberOfCredits")
    value: object
    unit = None
    if given is not None and isinstance(given[0], dict) and "@value" not in given[0]:
        structured = node.reader.node(given[0], given[1])
        stated = structured.scalar("value")
        value = stated[0] if stated is not None else None
        found = structured.scalar("unitText") or structured.scalar("unitCode") or structured.scalar("name")
        unit = str(found[0]).strip() if found is not None else None
    else:
        scalar = node.scalar("numberOfCredits")
        value = scalar[0] if scalar is not None else None
        if isinstance(value, str):
            parts = _CREDITS_TEXT.match(value)
            value, unit = (parts.group(1), parts.group(2) or None) if parts else (value, None)
    amount = number(value)
    if amount is None or amount <= 0 or not unit:
        b.warn(
            msg(
                "numberOfCredits {value} does not say in which credit system it counts (such as ECTS); it was not read",
                value=repr(value),
            ),
            pointer="/workload",
            source=where,
            hint=msg(
                "Give the credits as a StructuredValue with their unit (unitText: ECTS), or fill them in by hand."
            ),
        )
        return
    if "ects" in unit.lower() or "european credit" in unit.lower():
        b.set("/workload/ects", amount, where)
    else:
        b.set("/workload/other_credits", {"system": unit, "value": amount}, where)


def _hours(b: Builder, node: Node, runs: list[Node]) -> None:
    """Study hours: ``timeRequired`` of the course, else the runs' ``courseWorkload`` when they agree, each an ISO
    8601 duration in hours (a calendar duration or words are reported, not read)."""
    places = [(node, "timeRequired")] + [(run, "courseWorkload") for run in runs]
    read: dict[float, str] = {}
    for holder, term in places:
        found = holder.scalar(term)
        if found is None:
            continue
        hours, reason = duration_hours(found[0])
        if hours is None:
            b.note(not_hours(term, found[0], reason, short=False), pointer="/workload/hours", source=found[1])
            continue
        read.setdefault(hours, found[1])
        if term == "timeRequired":
            break
    if len(read) == 1:
        ((hours, where),) = read.items()
        b.set("/workload/hours", hours, where)
    elif read:
        b.warn(
            msg(
                "the course's runs give different workloads ({values} hours); the workload hours were not read",
                values=", ".join(str(h) for h in read),
            ),
            pointer="/workload/hours",
            source=node.where("hasCourseInstance"),
        )


def _eqf(value: object, reader: Reader, where: str) -> int | None:
    """An EQF level an educational level names: an EQF concept URI, words naming the EQF (``EQF level 6``), or a
    ``DefinedTerm`` of the EQF (its termCode or name) or so named."""
    value = plain(value)
    if isinstance(value, str):
        text = value.strip()
        if text.startswith(EQF_BASES):
            level = number(text.rstrip("/").rsplit("/", 1)[-1])
            return level if isinstance(level, int) else None
        match = _EQF_WORDS.search(text) or _EQF_AFTER.search(text)
        return int(match.group(1)) if match else None
    term = reader.resolve(value, where)
    if term is None:
        return None
    named = [str(first_text(t[0])) for t in (term.text("name"), term.text("termCode")) if t is not None]
    for found in (_eqf(t, reader, where) for t in [term.id or "", *named]):
        if found is not None:
            return found
    in_set = term.iri("inDefinedTermSet")
    if not any("eqf" in t.lower() for t in [in_set[0] if in_set is not None else "", *named]):
        return None
    code = term.scalar("termCode")
    level = number(code[0]) if code is not None else None
    if isinstance(level, int):
        return level
    digit = next(filter(None, (re.search(r"\b([1-9])\b", t) for t in named)), None)
    return int(digit.group(1)) if digit is not None else None


def _level(b: Builder, holders: list[Node]) -> None:
    """The EQF level of the first ``educationalLevel`` that names one (the course's, then its credential's); a level
    in other words (``Beginner``) is noted, not read."""
    unread: tuple[object, str] | None = None
    for holder in holders:
        for value, where in holder.values("educationalLevel"):
            level = _eqf(value, holder.reader, where)
            if level is None:
                unread = unread or (value, where)
                continue
            if 1 <= level <= 8:
                b.set("/level/eqf", level, where)
            else:
                b.keep(
                    "/level/eqf",
                    level,
                    where,
                    msg("EQF {value} is not an EQF level 1-8; it is kept as found", value=repr(level)),
                    hint=msg("Give the EQF level as its EU concept URI, http://data.europa.eu/snb/eqf/1 to /8."),
                )
            return
    if unread is not None:
        shown = unread[0] if isinstance(unread[0], str) else first_text(lang_string(unread[0])) or "{…}"
        b.note(
            msg(
                "educationalLevel {value} names no EQF level; the level was not read",
                value=repr(shown) if isinstance(shown, str) else shown,
            ),
            pointer="/level",
            source=unread[1],
        )


def _mode_word(value: object) -> str:
    text = local_name(value) if isinstance(value, str) and "://" in value else str(value).rpartition(":")[2]
    word = re.sub(r"[^a-z]", "", text.lower())
    return word.removesuffix(_ATTENDANCE) or word


_ATTENDANCE = "eventattendancemode"


def _participation(b: Builder, node: Node, runs: list[Node]) -> None:
    """The form of participation from each run's ``courseMode`` and ``eventAttendanceMode`` (a programme's
    ``educationalProgramMode``); runs in different forms are reported. One run, or a programme, gives the schedule."""
    b.expect("/participation", node.pointer)
    places = [(run, term) for run in runs for term in ("courseMode", "eventAttendanceMode")]
    places += [
        (node, term) for term in ("courseMode", "educationalProgramMode") if all(run is not node for run in runs)
    ]
    modes: dict[str, str] = {}
    unknown: list[tuple[str, str]] = []
    for holder, term in places:
        for given, where in holder.values(term):
            value = plain(given)
            if not isinstance(value, str):
                continue
            word = _mode_word(value)
            # A page in another language says it in words of its own ("En ligne", "Präsenz", "stacjonarny").
            mode = MODES.get(word) or concept_for(value, _MODE_NAMES)
            if mode is not None:
                modes.setdefault(mode, where)
            elif word not in PACES and value.strip():
                unknown.append((value, where))
    b.modes(modes, node.where("hasCourseInstance") if runs else node.pointer)
    if not modes and unknown:
        b.warn(
            msg(
                "courseMode {values} is not a form of participation qa-checker knows (online, onsite, blended); "
                "it was not read",
                values=", ".join(repr(v) for v, _w in unknown[:5]),
            ),
            pointer="/participation/mode",
            source=unknown[0][1],
        )
    scheduled = runs[0] if len(runs) == 1 else node if not runs else None
    if scheduled is None:
        return
    timetable = scheduled.node("courseSchedule")
    for part, term in (("start", "startDate"), ("end", "endDate")):
        found = scheduled.scalar(term) or (timetable.scalar(term) if timetable is not None else None)
        date = iso_date(found[0]) if found is not None else None
        if found is not None and date is not None:
            b.set(f"/participation/schedule/{part}", date, found[1])


def _prerequisites(b: Builder, node: Node, kind: str) -> None:
    """``coursePrerequisites`` / ``programPrerequisites`` as texts, one a line (an alignment's or a course's name, a
    credential's name or its ``credentialCategory``: "Bachelor's degree"); the other kind's term where a page gives
    only that (a Course with ``programPrerequisites``)."""
    own, other = ("programPrerequisites", "coursePrerequisites")[:: 1 if kind != "Course" else -1]
    term = own if node.has(own) or not node.has(other) else other
    lines: list[str] = []
    for value, where in node.values(term):
        found = lang_string(value) if not isinstance(value, dict) or "@value" in value else None
        if found is None:
            given = node.reader.resolve(value, where)
            named = given.text("targetName") or given.text("name") if given is not None else None
            if given is not None and named is None:
                category = given.node("credentialCategory")
                named = category.text("name") if category is not None else given.text("credentialCategory")
            found = named[0] if named is not None else None
        text = first_text(found)
        if text and text not in lines:
            lines.append(text)
    if lines:
        b.set("/prerequisites", "\n".join(lines), node.where(term))


def _recognition(b: Builder, credentials: list[Node]) -> None:
    """The organisation that recognises the credential (``recognizedBy``) as its external quality assurance."""
    for credential in credentials:
        for org in credential.nodes("recognizedBy"):
            name = org.text("name")
            if name is None:
                continue
            b.set("/quality_assurance/external", {"body": name[0]}, org.pointer)
            b.note(
                msg(
                    "{term} {body} was read as external quality assurance",
                    term="recognizedBy",
                    body=first_text(name[0]),
                ),
                pointer="/quality_assurance/external",
                source=credential.where("recognizedBy"),
            )
            return


def _price(b: Builder, node: Node, runs: list[Node]) -> None:
    """The price of the one offer (of the course, else of its runs) that gives one, in its currency; several
    priced offers are reported, never added up."""
    holders = [node, *(run for run in runs if run is not node)]
    offers = [o for holder in holders for o in holder.nodes("offers") if o.has("price")]
    if len(offers) > 1:
        b.warn(
            plural(
                "offers gives {count} offer with a price; which is the price of the whole cannot be told, so none "
                "was read",
                "offers gives {count} offers with a price; which is the price of the whole cannot be told, so none "
                "was read",
                len(offers),
            ),
            pointer="/price",
            source=node.where("offers"),
            hint=msg("Give one offer with the course's price, or fill the price by hand after convert."),
        )
    if len(offers) != 1:
        return
    b.price(
        offers[0],
        ("price", "priceCurrency"),
        msg("the offer gives no price as a number or no ISO 4217 currency; the price was not read"),
        msg("Give the offer's price as a number and its priceCurrency as an ISO 4217 code (EUR, USD)."),
    )


IMPORTER = Importer("schema.org", detect, convert)
