"""Open Education API (OOAPI v5) course catalogues: a course, a program or an offering, and their paginated lists.

A resource is known by its id (``courseId``, ``programId``, ``offeringId``, or ``educationSpecificationId``: the
specification RIO registers) beside its ``name``; a list response (``pageSize``, ``pageNumber``, ``items``), or a
bare JSON array of resources, gives one descriptor per resource it holds. Names and descriptions are language-typed
string arrays (``[{"language": "en-GB", "value": ...}]``), read into language strings (OOAPI v4's plain texts too);
a resource with plain-text names and none of v5's own fields is labelled OOAPI v4.
An offering is read with the course or program it offers when that is expanded (``expand=course``), the offering
giving the run: dates, price, teaching language and mode of delivery (an OOAPI v4 offering, which has no name, is
known by that course or program); an offering of a component (a test of a course) is no learning opportunity.

``studyLoad`` (one, or a list of them as an education specification gives it) is read by its unit: ECTS credits;
hours; SBU (study-load hours) as hours and as the national system; ``sp`` (studiepunt, the Dutch name of the ECTS
credit) as ECTS credits; contact time is no notional workload and is not read. ``level`` gives a QF-EHEA cycle
(``bachelor`` is the first) or an NLQF level (``secondary vocational education 3``), and ``levelOfQualification``
the NLQF level, as the specification defines them: an EQF or NLQF level only when the value names that framework
(``eqf-5``, ``nlqf5``), since the NLQF's referencing to the EQF is the checker's to apply. OOAPI has no quality
assurance or type of assessment: they are left missing.
"""

from __future__ import annotations

from typing import Any

from qa_checker import vocab
from qa_checker.document import Document
from qa_checker.frameworks import NQF_TO_EQF
from qa_checker.importers import Importer
from qa_checker.importers.builder import Builder, country_of, iso_date, number
from qa_checker.importers.jsonld import LangString, Misread, Node, Reader, blank, lang_string, language_tag, misreads
from qa_checker.patterns import regex
from qa_checker.text import N_, msg, plural

# The id each kind of resource has, and the kind it names.
# An education specification (what RIO registers) describes the learning as a course or program does.
KINDS = (
    ("courseId", "course"),
    ("programId", "program"),
    ("offeringId", "offering"),
    ("educationSpecificationId", "education specification"),
)
# Fields OOAPI v5 introduced (v4 wrote names as plain texts, and type, ects and mainLanguage instead).
V5_FIELDS = frozenset({"primaryCode", "offeringType", "programType", "studyLoad", "teachingLanguage"})
# Fields only OOAPI's resources have, beside their id.
SIGNATURE = V5_FIELDS | {"abbreviation"}
# What an offering offers, as its expanded relation names it.
OFFERED = ("course", "program")
# The unit of a study load: OOAPI v5's studyLoadUnit, and typeOfStudyLoad as the specification's
# studyLoadDescriptor (an education specification's list of study loads) writes it.
UNIT_KEYS = ("studyLoadUnit", "typeOfStudyLoad")
PAGE_KEYS = frozenset({"pageSize", "pageNumber", "hasPreviousPage", "hasNextPage", "totalPages"})
# QF-EHEA cycles by the degree levels OOAPI's level names.
CYCLES = {"associate degree": "short", "bachelor": "first", "master": "second", "doctoral": "third"}
# The forms of participation by OOAPI's modes of delivery ("situated": at a location, in person).
MODES = {
    "online": "online",
    "distance-learning": "online",
    "on campus": "onsite",
    "situated": "onsite",
    "hybrid": "blended",
}
# levelOfQualification's values: the NLQF's numbered levels, and 4+ (a level the NLQF does not reference to the EQF).
NLQF_LEVELS = frozenset({*(str(n) for n in NQF_TO_EQF["NLQF"] if isinstance(n, int)), "4+"})
_MBO = regex(r"^secondary vocational education ([1-4])$")
_EQF = regex(r"^eqf[\s_-]*(?:level[\s_-]*)?([1-8])$")
_NLQF = regex(r"^nlqf[\s_-]*(?:level[\s_-]*|niveau[\s_-]*)?([1-8]|4\+)$")


def _kind(data: object) -> str | None:
    """The kind of OOAPI resource an object is, or ``None``: its id beside a name written as OOAPI writes it (a
    language-typed string array) or with a field only OOAPI's resources have, so an LMS record with a ``courseId``
    and a ``name`` is not taken for one. An offering of a component (a test or lecture of a course) is no learning
    opportunity; an OOAPI v4 offering, which has no name of its own, is known by the course or program it offers,
    expanded."""
    if not isinstance(data, dict) or "descriptor_version" in data or "@context" in data:
        return None
    kind = next((kind for key, kind in KINDS if isinstance(data.get(key), str)), None)
    if kind == "offering" and _offered(data) == "component":
        return None
    name = data.get("name")
    if _typed(name) or (name is not None and SIGNATURE & set(data)):
        return kind
    offered = (data.get(term) for term in OFFERED)
    if kind == "offering" and name is None and any(isinstance(o, dict) and _kind(o) in OFFERED for o in offered):
        return kind
    return None


def _typed(name: object) -> bool:
    """Whether a name is written as OOAPI v5 writes it: a language-typed string array."""
    return isinstance(name, list) and any(isinstance(item, dict) and "language" in item for item in name)


def _version(holders: list[Node]) -> str:
    """The version of OOAPI a resource (with what it offers) follows: v5 by its language-typed names or a field v5
    introduced, else v4."""
    return "v5" if any(_typed(h.data.get("name")) or V5_FIELDS & set(h.data) for h in holders) else "v4"


def _offered(data: dict[str, Any]) -> object:
    """What an offering offers by its type (``offeringType``; OOAPI v4: ``type``): course, program or component."""
    return data.get("offeringType", data.get("type"))


def listed(data: list[Any]) -> bool:
    """A bare JSON array of resources (a list response without its page), read as the ``@graph`` of the array."""
    return bool(data) and all(_kind(item) is not None for item in data)


def _resources(data: dict[str, Any]) -> list[tuple[dict[str, Any], str, str]]:
    """The resources of a response: itself, the items of a page, or those of a bare array (``@graph``, see
    :func:`listed`), each with its pointer and kind."""
    kind = _kind(data)
    if kind is not None:
        return [(data, "", kind)]
    bare = data.get("@graph") if set(data) == {"@graph"} else None
    if isinstance(bare, list) and listed(bare):
        return [(item, f"/@graph/{i}", kind) for i, item in enumerate(bare) if (kind := _kind(item)) is not None]
    items = data.get("items")
    if not isinstance(items, list) or not PAGE_KEYS & set(data):
        return []
    return [(item, f"/items/{i}", kind) for i, item in enumerate(items) if (kind := _kind(item)) is not None]


def detect(data: dict[str, Any]) -> bool:
    """An OOAPI course, program or offering, or a page of them."""
    return bool(_resources(data))


def convert(document: Document, base: str) -> list[Document]:
    """One offer descriptor per resource."""
    reader = Reader(document.data)
    found = _resources(document.data)
    return [_offer(document, reader.node(data, where), kind, base, len(found)) for data, where, kind in found]


def _misread(value: object, key: str, where: str, expected: str = "text") -> None:
    """Record a value of a kind that could not be read, for the builder to warn of at its place."""
    found = misreads()
    if found is not None:
        found.found.append(Misread(where, key, value, expected, (id(value), where)))


def _lts(raw: object) -> LangString | None:
    """A language string from a language-typed string array, or from a plain text."""
    if isinstance(raw, list) and any(isinstance(item, dict) and "value" in item for item in raw):
        texts: dict[str, str] = {}
        plain: list[str] = []
        for item in raw:
            text = item.get("value") if isinstance(item, dict) else None
            if not isinstance(text, str) or not text.strip():
                continue
            tag = item.get("language")
            code = language_tag(tag) if isinstance(tag, str) else None
            if code:
                texts.setdefault(code, text.strip())
            else:
                plain.append(text.strip())
        return texts or (plain[0] if plain else None)
    return lang_string(raw) if isinstance(raw, (str, list)) else None


def _text(node: Node, term: str) -> tuple[LangString, str] | None:
    """A term's language string with its pointer; a value of another kind is recorded as misread."""
    raw = node.data.get(term)
    if raw is None:
        return None
    where = node.where(term)
    node.reader.budget.spend(len(raw) if isinstance(raw, list) else 1, where)
    value = _lts(raw)
    if value is None and not blank(raw) and not _empty_texts(raw):
        _misread(raw, term, where)
    return (value, where) if value is not None else None


def _empty_texts(raw: object) -> bool:
    """Whether a value is a language-typed string array of empty texts (``[{"language": "en-GB", "value": ""}]``):
    given empty, not in a form that could not be read."""
    return isinstance(raw, list) and all(isinstance(item, dict) and blank(item.get("value")) for item in raw)


# What to do about a relation a response names by its id only.
_EXPAND_HINT = N_("Request the resource with its relations expanded, or fill the fields by hand after convert.")


def _expanded(b: Builder, node: Node, term: str) -> Node | None:
    """An expanded relation (``organization``, ``course``); one given by its id only is reported."""
    raw = node.data.get(term)
    where = node.where(term)
    if isinstance(raw, dict):
        return node.reader.node(raw, where)
    if isinstance(raw, str) and raw.strip():
        b.warn(
            msg(
                "{term} names {ref} only by its id; what it describes is not in this response (request it with "
                "expand={term})",
                term=term,
                ref=raw,
            ),
            pointer="/awarding_bodies" if term == "organization" else "",
            source=where,
            hint=_EXPAND_HINT,
        )
    elif raw is not None and not blank(raw):
        _misread(raw, term, where, "node")
    return None


def _offer(document: Document, node: Node, kind: str, base: str, count: int) -> Document:
    b = Builder(kind="offer", base_pointer=base)
    if count > 1:
        b.note(
            plural(
                "one of {count} OOAPI course, program or offering in the list",
                "one of {count} OOAPI courses, programs and offerings in the list",
                count,
            ),
            source=node.pointer,
        )
    learning, offering = node, None
    if kind == "offering":
        offering = node
        typed = _offered(node.data)
        kind = f"{typed} offering" if typed in OFFERED else kind
        term = "program" if kind == "program offering" else "course"
        learning = _expanded(b, node, term) or node
    code = node.node("primaryCode")
    given = code.scalar("code") if code is not None else None
    ident = given or next((node.scalar(key) for key, _kind in KINDS if node.has(key)), None)
    if ident is not None:
        b.set("/id", str(ident[0]), ident[1])
    for pointer, term in (("/title", "name"), ("/summary", "description"), ("/assessment/description", "assessment")):
        found = _text(learning, term) or (_text(node, term) if learning is not node else None)
        if found is not None:
            b.set(pointer, found[0], found[1])
    for term in ("admissionRequirements", "requirements"):
        found = _text(learning, term)
        if found is not None:
            b.set("/prerequisites", found[0], found[1])
            break
    _languages(b, [node, learning])
    _awarding_body(b, [node, learning])
    _outcomes(b, learning)
    _workload(b, learning)
    _level(b, learning)
    _field(b, learning)
    _participation(b, [node, learning], offering)
    _stackability(b, learning)
    if offering is not None:
        _price(b, offering)
    link = b.web_address(learning.scalar("link") or node.scalar("link"), key="link", pointer="/further_information")
    if link is not None:
        b.set("/further_information", link[0], link[1])
    version = _version([node, learning])
    return b.document(document, fmt="ooapi", imported_from=f"OOAPI {version} {kind}", home=node.pointer)


def _languages(b: Builder, holders: list[Node]) -> None:
    """The teaching language of the offering, else of what it offers (RFC 3066 or ISO 639-2 codes; OOAPI v4:
    ``mainLanguage``)."""
    for holder in holders:
        found = holder.scalar("teachingLanguage") or holder.scalar("mainLanguage")
        if found is not None:
            b.set_languages([((found[0],), found[1])], found[1])
            return


def _awarding_body(b: Builder, holders: list[Node]) -> None:
    """The organization providing it, when expanded: its name, country (of its addresses) and website."""
    given = [h for h in holders if h.has("organization")]
    holder = next((h for h in given if isinstance(h.data.get("organization"), dict)), given[0] if given else None)
    if holder is None:
        return
    where = holder.where("organization")
    b.expect("/awarding_bodies", where)
    org = _expanded(b, holder, "organization")
    if org is None:
        return
    name = _text(org, "name") or org.scalar("shortName")
    if name is None:
        b.warn(msg("{term} gives an organisation without a name", term="organization"), source=where)
        return
    entry: dict[str, Any] = {"name": name[0]}
    b.trace("/awarding_bodies/0", org.pointer)
    for address in org.nodes("addresses"):
        found = country_of(address, "countryCode")
        if found is not None:
            b.country(
                entry,
                "/awarding_bodies/0/country",
                found,
                msg("countryCode {value} is not an ISO 3166-1 code; it is kept as found", value=repr(found[1])),
                msg("Give the address's countryCode as an ISO 3166-1 alpha-2 code (NL, DE)."),
            )
            break
    link = b.web_address(org.scalar("link"), key="link", pointer="/awarding_bodies/0/url")
    if link is not None:
        entry["url"] = link[0]
    b.set("/awarding_bodies", [entry], where)


def _outcomes(b: Builder, node: Node) -> None:
    """``learningOutcomes``: a language-typed string array each (OOAPI v4: a text each)."""
    raw = node.data.get("learningOutcomes")
    if raw is None:
        return
    where = node.where("learningOutcomes")
    if not isinstance(raw, list):
        _misread(raw, "learningOutcomes", where, "node")
        return
    node.reader.budget.spend(len(raw), where)
    outcomes: list[LangString] = []
    for i, item in enumerate(raw):
        at = f"{where}/{i}"
        text = _lts(item)
        if text is None:
            if not blank(item):
                _misread(item, "learningOutcomes", at)
            continue
        b.trace(f"/learning_outcomes/{len(outcomes)}", at)
        outcomes.append(text)
    b.set("/learning_outcomes", outcomes, where)


def _workload(b: Builder, node: Node) -> None:
    """``studyLoad`` by its unit (or an early v5 course's ``ects``), one study load or a list of them (each unit
    its own measure)."""
    raw = node.data.get("studyLoad")
    where = node.where("studyLoad")
    if raw is None:
        ects = node.scalar("ects")
        amount = number(ects[0]) if ects is not None else None
        if ects is not None and amount is not None and amount > 0:
            b.set("/workload/ects", amount, ects[1])
        return
    if isinstance(raw, dict):
        _load(b, node.reader.node(raw, where), where)
    elif isinstance(raw, list) and raw and all(isinstance(item, dict) for item in raw):
        for load in node.nodes("studyLoad"):
            _load(b, load, load.pointer)
    else:
        _misread(raw, "studyLoad", where, "node")


def _load(b: Builder, load: Node, where: str) -> None:
    """One study load (``value`` and its unit) as the workload its unit measures."""
    value = load.scalar("value")
    unit = next((found for key in UNIT_KEYS if (found := load.scalar(key)) is not None), None)
    amount = number(value[0]) if value is not None and not isinstance(value[0], bool) else None
    if amount is None or amount <= 0:
        b.warn(
            msg(
                "studyLoad value {value} is not a positive number; the study load was not read",
                value=repr(value[0] if value is not None else None),
            ),
            pointer="/workload",
            source=value[1] if value is not None else where,
        )
        return
    name = str(unit[0]).strip().lower() if unit is not None else ""
    if name == "ects":
        b.set("/workload/ects", amount, where)
    elif name == "hour":
        b.set("/workload/hours", amount, where)
    elif name == "sbu":
        b.set("/workload/hours", amount, where)
        b.set("/workload/other_credits", {"system": "SBU", "value": amount}, where)
        b.note(
            msg(
                "SBU {value} (the study-load hours of Dutch vocational education) was read as hours and as "
                "the national credit system SBU",
                value=repr(amount),
            ),
            pointer="/workload/other_credits",
            source=where,
        )
    elif name == "sp":
        b.set("/workload/ects", amount, where)
        b.note(
            msg(
                "studyLoad {value} sp was read as ECTS credits: the studiepunt is the Dutch name of the ECTS credit",
                value=repr(amount),
            ),
            pointer="/workload/ects",
            source=where,
        )
    elif name == "contacttime":
        b.note(
            msg(
                "studyLoad gives {value} hours of contact time (time spent in classes), which is not the notional "
                "workload; it was not read",
                value=repr(amount),
            ),
            pointer="/workload",
            source=where,
        )
    else:
        b.warn(
            msg(
                "studyLoadUnit {value} is not a unit qa-checker reads (ects, hour, sbu, sp); the study load was "
                "not read",
                value=repr(unit[0] if unit is not None else None),
            ),
            pointer="/workload",
            source=unit[1] if unit is not None else where,
        )


def _nlqf(level: str) -> dict[str, Any]:
    """An NLQF level (``"5"``, ``"4+"``) as the descriptor gives a national level."""
    return {"framework": "NLQF", "level": int(level) if level.isdigit() else level}


def _level(b: Builder, node: Node) -> None:
    """``levelOfQualification`` as the NLQF level; ``level`` as a QF-EHEA cycle, an NLQF level or, when it names
    the EQF, an EQF level."""
    qualification = node.scalar("levelOfQualification")
    if qualification is not None:
        text = str(qualification[0]).strip()
        if text in NLQF_LEVELS:
            b.set("/level/nqf", _nlqf(text), qualification[1])
        else:
            b.warn(
                msg(
                    "levelOfQualification {value} is not a level of the Dutch qualifications framework (NLQF 1 to 8 "
                    "or 4+); it was not read",
                    value=repr(qualification[0]),
                ),
                pointer="/level",
                source=qualification[1],
            )
    found = node.scalar("level")
    if found is None:
        return
    word = " ".join(str(found[0]).lower().split())
    vocational, eqf, nlqf = _MBO.match(word), _EQF.match(word), _NLQF.match(word)
    if word in CYCLES:
        b.set("/level/qf_ehea_cycle", CYCLES[word], found[1])
    elif vocational is not None:
        if not b.has("/level/nqf"):
            b.set("/level/nqf", _nlqf(vocational.group(1)), found[1])
    elif eqf is not None:
        b.set("/level/eqf", int(eqf.group(1)), found[1])
    elif nlqf is not None:
        if not b.has("/level/nqf"):
            b.set("/level/nqf", _nlqf(nlqf.group(1)), found[1])
    else:
        b.note(
            msg(
                "level {value} names no QF-EHEA cycle, EQF level or level of a named qualifications framework; the "
                "level was not read",
                value=repr(found[0]),
            ),
            pointer="/level",
            source=found[1],
        )


def _field(b: Builder, node: Node) -> None:
    """``fieldsOfStudy``, an ISCED-F 2013 code."""
    found = node.scalar("fieldsOfStudy")
    if found is None:
        return
    code = str(found[0]).strip()
    if code in vocab.get("isced-f"):
        b.set("/field_of_education", code, found[1])
    else:
        b.keep(
            "/field_of_education",
            code,
            found[1],
            msg(
                "fieldsOfStudy {value} is not an ISCED-F 2013 field code (2 to 4 digits); it is kept as found",
                value=repr(found[0]),
            ),
            hint=msg("Give the field as an ISCED-F 2013 code such as 0413."),
        )


def _participation(b: Builder, holders: list[Node], offering: Node | None) -> None:
    """The form of participation from ``modeOfDelivery`` (the offering's, else what it offers); the offering's dates
    are the schedule."""
    holder = next((h for h in holders if h.has("modeOfDelivery")), None)
    if holder is not None:
        modes: dict[str, str] = {}
        unknown: list[str] = []
        for value, where in holder.values("modeOfDelivery"):
            word = " ".join(str(value).lower().split()) if isinstance(value, str) else ""
            if word in MODES:
                modes.setdefault(MODES[word], where)
            elif word in vocab.get("participation-modes"):  # the descriptor's own words (blended, onsite)
                modes.setdefault(word, where)
            elif word:
                unknown.append(value)
        where = holder.where("modeOfDelivery")
        b.modes(modes, where)
        if not modes and unknown:
            b.warn(
                msg(
                    "modeOfDelivery {values} is not a form of participation qa-checker knows (online, "
                    "distance-learning, on campus, situated, hybrid); it was not read",
                    values=", ".join(repr(v) for v in unknown[:5]),
                ),
                pointer="/participation/mode",
                source=where,
            )
    if offering is None:
        return
    for part, term in (("start", "startDate"), ("end", "endDate")):
        found = offering.scalar(term)
        date = iso_date(found[0]) if found is not None else None
        if found is not None and date is not None:
            b.set(f"/participation/schedule/{part}", date, found[1])


def _stackability(b: Builder, node: Node) -> None:
    """The expanded programs a course is part of, else the eduXchange consumer's ``isStackable``."""
    towards: list[dict[str, Any]] = []
    listed = node.data.get("programs")
    if isinstance(listed, list) and listed and all(isinstance(p, str) and p.strip() for p in listed):
        # Not expanded: the programs by their ids only, as an OOAPI response gives them unless asked.
        b.warn(
            plural(
                "programs names {count} program only by its id; what it is is not in this response (request it "
                "with expand=programs)",
                "programs names {count} programs only by their ids; what they are is not in this response (request "
                "them with expand=programs)",
                len(listed),
            ),
            pointer="/stackability",
            source=node.where("programs"),
            hint=_EXPAND_HINT,
        )
        listed = None
    for program in node.nodes("programs") if node.has("programs") and listed is not None else []:
        title = _text(program, "name")
        if title is not None:
            b.trace(f"/stackability/towards/{len(towards)}", program.pointer)
            towards.append({"title": title[0]})
    if towards:
        b.set("/stackability", {"type": "stackable", "towards": towards}, node.where("programs"))
        return
    for consumer in node.nodes("consumers") if node.has("consumers") else []:
        key = consumer.scalar("consumerKey")
        learning = consumer.node("lifeLongLearning") if key is not None and key[0] == "eduxchange" else None
        flag = learning.scalar("isStackable") if learning is not None else None
        if flag is not None and isinstance(flag[0], bool):
            b.set("/stackability/type", "stackable" if flag[0] else "stand-alone", flag[1])
            return


def _price(b: Builder, offering: Node) -> None:
    """The total cost of the offering (``priceInformation``); several total costs are reported, not added up."""
    costs = offering.nodes("priceInformation") if offering.has("priceInformation") else []
    totals = [c for c in costs if (t := c.scalar("costType")) is not None and t[0] == "total costs"]
    chosen = totals or (costs if len(costs) == 1 else [])
    if len(chosen) > 1:
        b.warn(
            plural(
                "priceInformation gives {count} total cost; which is the price cannot be told, so none was read",
                "priceInformation gives {count} total costs; which is the price cannot be told, so none was read",
                len(chosen),
            ),
            pointer="/price",
            source=offering.where("priceInformation"),
        )
        return
    if not chosen:
        return
    b.price(
        chosen[0],
        ("amount", "currency"),
        msg("the cost gives no amount as a number or no ISO 4217 currency; the price was not read"),
    )


IMPORTER = Importer("OOAPI", detect, convert)
