"""Open Badges 2.0: a hosted ``Assertion`` (its ``BadgeClass`` embedded or in the same document) and a ``BadgeClass``.

Core OB 2.0 gives the badge's name, description, criteria, issuer and alignments, and the assertion's recipient
and date of issuing. The Dutch edubadges (SURF) add OB 2.0 extensions (``extensions:ECTSExtension`` ...): on the
badge ``ECTS``, ``StudyLoad`` and ``TimeInvestment`` (hours), ``EQF``, ``Language`` and ``LearningOutcome``; on
the issuer the institution's name, identifier (BRIN) and country. The Open Educational Badges fork of badgr-server
writes ``StudyLoad`` in minutes and its competencies (``CompetencyExtension``) as learning outcomes. Nothing is
fetched: a badge, issuer or criteria given only by URL is reported unless the same Badgr API response holds it, and
what the descriptor has no field for is noted where it is.
"""

from __future__ import annotations

from typing import Any

from qa_checker import listing
from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    Builder,
    country_of,
    duration_hours,
    first_text,
    iso_date,
    number,
    refused,
)
from qa_checker.importers.classify import badgr_entity, badgr_joined
from qa_checker.importers.jsonld import LangString, Node, Reader, Scalar, graph_nodes, language_tag, local_name
from qa_checker.importers.ob3 import (
    ESCO_SKILLS,
    badge_builder,
    issuer_country,
    issuer_entry,
    read_alignments,
    read_criteria,
    read_ects,
    read_hours,
    set_awarding_body,
)
from qa_checker.patterns import regex
from qa_checker.text import Text, msg, plural

ASSERTION = "Assertion"
BADGE = "BadgeClass"
# Keys of an Open Badges 2.0 assertion: what makes an Assertion one without the OB 2.0 context.
_OB2_TERMS = ("recipient", "badge", "criteria", "issuer")
# Keys an Open Badges 1.x or 0.5 assertion has beside its recipient and badge, and those of a 1.x badge class.
_LEGACY_ASSERTION_KEYS = ("verify", "uid", "issuedOn", "issued_on", "salt")
_LEGACY_BADGE_KEYS = ("name", "image", "criteria", "issuer")
# The namespace of Open Badges 2.0 extensions (``extensions:ECTSExtension``).
EXTENSIONS = "https://w3id.org/openbadges/extensions#"
# The extensions read, by the object they extend (an edubadges ``EducationProgramIdentifier`` is noted, not read).
_BADGE_EXTENSIONS = frozenset(
    {
        "ECTSExtension",
        "StudyLoadExtension",
        "TimeInvestmentExtension",
        "EQFExtension",
        "LanguageExtension",
        "LearningOutcomeExtension",
        "CompetencyExtension",
    }
)
_ISSUER_EXTENSIONS = frozenset(
    {"InstitutionNameExtension", "InstitutionIdentifierExtension", "InstitutionCountryExtension"}
)
_ASSERTION_EXTENSIONS = frozenset({"RecipientProfile", "recipientProfile"})
# The unit of StudyLoad: the StudyLoadExtension schema (edubadges') says hours, but the Open Educational Badges fork
# of badgr-server (openbadges.education) writes the same extension in minutes. A badge tells them apart by the
# extensions only one of them writes: that fork's own (it writes Category and Competency with every badge) or
# edubadges' (on the badge or its issuer).
_MINUTES_EXTENSIONS = frozenset(
    {"CategoryExtension", "CompetencyExtension", "LevelExtension", "BasedOnExtension", "OrgImageExtension"}
)
_HOURS_EXTENSIONS = _ISSUER_EXTENSIONS | {
    "ECTSExtension",
    "TimeInvestmentExtension",
    "EQFExtension",
    "LanguageExtension",
    "LearningOutcomeExtension",
    "EducationProgramIdentifierExtension",
    "GradingTableExtension",
}
# A Dutch institution's BRIN code ("21PM"); the edubadges institution identifier may be an IAU code instead.
_BRIN = regex(r"^[0-9]{2}[A-Z0-9]{2}$")
# The terms of an entity of the Badgr (Canvas Credentials, edubadges) API by their Open Badges 2.0 names: its type
# is entityType, its id the openBadgeId. The issuer and badge class are named by URL in issuerOpenBadgeId and
# badgeclassOpenBadgeId (issuer and badgeclass then hold the API's own entity ids, which name nothing outside it),
# or held in issuer and badgeclass themselves when fetched with expand=issuer or expand=badgeclass.
BADGR_TERMS = {"entityType": "type", "openBadgeId": "id", "alignments": "alignment", "criteriaUrl": "criteria"}
# Terms an Open Badges 2.0 producer writes under another name: Moodle 3.7 and 3.8 give a badge class's alignments
# as "alignments" (badges/classes/assertion.php), as Badgr's API does.
_PRODUCER_TERMS = {"alignments": "alignment"}
_BADGR_LINKS = (("issuer", "issuerOpenBadgeId", "issuer"), ("badgeclass", "badgeclassOpenBadgeId", "badge"))
_NO_BADGE_HINT = msg(
    "Give the assertion with its BadgeClass embedded (as a baked badge holds it), or check the BadgeClass JSON itself."
)


def _roots(data: dict[str, Any]) -> list[tuple[Node, str]]:
    """The assertions of the document (top level or in its ``@graph``), else its badges, each with what it is
    (``ASSERTION`` or ``BADGE``); an untyped document of Open Badges 1.x or 0.5 is one of them by its keys, and a
    Badgr API entity joined with its issuer is the entity."""
    joined = badgr_joined(data)
    key = next(iter(data)) if joined else ""
    first = data[key] if joined else data
    entity = badgr_entity(first) and not ("type" in first or "@type" in first)
    reader = Reader(
        data, term_aliases=_badgr_terms(first, list(data.values()) if joined else []) if entity else _PRODUCER_TERMS
    )
    nodes = [reader.node(first, jp.child("", key))] if joined else graph_nodes(reader) or [reader.node(data, "")]
    announced = "ob2" in reader.context.families
    assertions = [n for n in nodes if ASSERTION in n.types and (announced or any(n.has(t) for t in _OB2_TERMS))]
    found = [(n, ASSERTION) for n in assertions] or [(n, BADGE) for n in nodes if BADGE in n.types]
    if found or reader.context.present or "type" in data or "@type" in data:
        return found
    legacy = _legacy(data)
    return [(reader.node(data, ""), legacy)] if legacy else []


def _badgr_terms(data: dict[str, Any], joined: list[dict[str, Any]]) -> dict[str, str]:
    """The Badgr terms of an entity (and of the badge class an assertion holds expanded, and of the ``joined``
    entities read with it): the issuer and badge class are the objects held in their place when expanded, else
    the entities their URLs name."""
    expanded = data.get("badgeclass")
    entities = [data, expanded, *joined] if isinstance(expanded, dict) else [data, *joined]
    terms = dict(BADGR_TERMS)
    for key, url_key, term in _BADGR_LINKS:
        if any(isinstance(entity.get(key), dict) for entity in entities):
            terms[key] = term
        else:
            terms.update({key: f"{key}EntityId", url_key: term})
    return terms


def _legacy(data: dict[str, Any]) -> str | None:
    """What an untyped document without ``@context`` is in Open Badges 1.x or 0.5, by the keys those versions
    require: an assertion (a recipient, a badge and how to verify or date it, or a recipient and a badge written
    out with the keys a badge class requires, as 0.5 requires no more) or a badge class."""
    badge = data.get("badge")
    if "recipient" in data and (
        (badge is not None and any(k in data for k in _LEGACY_ASSERTION_KEYS))
        or (isinstance(badge, dict) and all(k in badge for k in _LEGACY_BADGE_KEYS))
    ):
        return ASSERTION
    if all(k in data for k in _LEGACY_BADGE_KEYS):
        return BADGE
    return None


def _legacy_version(badge: Node | None) -> str:
    """The version of an untyped badge: 0.5 by the version its badge states (0.5 required one), else 1.x."""
    found = badge.scalar("version") if badge is not None else None
    return "0.5" if found is not None and str(found[0]).startswith("0.5") else "1.x"


def detect(data: dict[str, Any]) -> bool:
    """An Open Badges 2.0 assertion (by its type, with the OB 2.0 context or an OB 2.0 key: an assertion may be of
    another vocabulary) or badge (``BadgeClass`` is Open Badges' own), or an Open Badges 1.x or 0.5 one."""
    return bool(_roots(data))


def convert(document: Document, base: str) -> list[Document]:
    """One descriptor per assertion (kind ``credential``) or, without one, per badge (``offer``)."""
    return [_convert(document, base, root, kind) for root, kind in _roots(document.data)]


def _convert(document: Document, base: str, root: Node, kind: str) -> Document:
    _pay_for_joined(root)
    is_assertion = kind == ASSERTION
    legacy = kind not in root.types
    badge = root.node("badge") if is_assertion else root
    label = f"Open Badges {_legacy_version(badge) if legacy else '2.0'} {kind}"
    listed = _listed(root, BADGE) if is_assertion and badge is None else None
    badge = badge or listed
    if badge is None or not _described(badge):
        where = root.where("badge") if is_assertion and root.has("badge") else root.pointer
        refs = root.refs("badge") if is_assertion and legacy else []
        return refused(
            document,
            msg(
                "the Open Badges 1.x assertion names its badge only by URL ({url}); qa-checker fetches nothing, "
                "and the badge class is not in this document",
                url=refs[0][0],
            )
            if refs
            else _no_badge(root, badge)
            if is_assertion
            else _empty_badge(),
            _NO_BADGE_HINT,
            source=base + where,
            fmt="ob2",
            imported_from=label,
            base=base,
        )
    b = badge_builder(root, badge, credential=is_assertion, base=base, fallback_id="ob2-badge")
    if listed is not None:
        b.note(
            msg(
                "the badge class {badge} was read from its BadgeClass entity in the same Badgr API response",
                badge=repr(listed.id or listed.pointer),
            ),
            source=listed.pointer,
        )
    if badge is not root and badge.types and BADGE not in badge.types:
        b.warn(
            msg(
                "the assertion's badge is of type {types}, not BadgeClass; it was read as the badge",
                types=", ".join(sorted(badge.types)),
            ),
            source=badge.where("type"),
            hint=msg("Give the badge as an Open Badges 2.0 BadgeClass."),
        )
    # Open Badges 2.0 gives a badge's language as its "@language" (BCP 47): its plain texts are in that language.
    stated = badge.data.get("@language")
    language = language_tag(stated) if isinstance(stated, str) else None
    for pointer, term in (("/title", "name"), ("/summary", "description")):
        found = badge.text(term)
        if found is not None:
            b.set(pointer, {language: found[0]} if language and isinstance(found[0], str) else found[0], found[1])
        b.unfilled(pointer, (badge, term))
    _issuer(b, badge)
    _level_workload_languages(b, badge)
    for alignment in read_alignments(b, badge):
        name = alignment.text("targetName")
        url = alignment.iri("targetUrl")
        b.note(
            msg(
                "the alignment {name} is to neither an ESCO skill nor an EQF level; it was not read",
                name=repr(first_text(name[0]) if name else url[0] if url else alignment.pointer),
            ),
            pointer="/learning_outcomes",
            source=alignment.pointer,
            hint=msg(
                "Align a learning outcome to its ESCO skill (http://data.europa.eu/esco/skill/...) and the level "
                "to http://data.europa.eu/snb/eqf/<1-8>, or give it in the LearningOutcome extension."
            ),
        )
    _learning_outcome(b, badge)
    _competencies(b, badge)
    read_criteria(b, badge)
    _unread_extensions(b, badge, _BADGE_EXTENSIONS)
    if legacy:
        # Open Badges 1.x identifies a hosted assertion by the URL it is verified at, else by its uid.
        verify = root.node("verify")
        named = (verify.scalar("url") if verify is not None else None) or root.scalar("uid")
        if is_assertion and named is not None and str(named[0]).strip():
            b.set("/id", str(named[0]).strip(), named[1])
        b.note(
            msg(
                "the document is an Open Badges 1.x or 0.5 {kind} (no @context or type); it was read by the terms "
                "Open Badges 2.0 kept",
                kind=kind,
            )
        )
    if is_assertion:
        _assertion(b, root, legacy)
    return b.document(document, fmt="ob2", imported_from=label, home=badge.pointer)


def _pay_for_joined(root: Node) -> None:
    """Pay the document's node budget for the entities joined to ``root`` from the same Badgr API response: each
    entity naming them reads (and indexes) them again, so a response whose entities all name one large issuer goes
    over the budget instead of being read for long."""
    joined = root.reader.root
    if not badgr_joined(joined):
        return
    for key, entity in joined.items():
        if entity is root.data:
            continue
        stack: list[Any] = [entity]
        while stack:
            node = stack.pop()
            root.reader.budget.spend(max(1, len(node)), jp.child("", key))
            values = node.values() if isinstance(node, dict) else node
            stack.extend(v for v in values if isinstance(v, (dict, list)))


def _described(badge: Node) -> bool:
    """Whether a badge describes itself at all: a name, description, criteria or issuer (not its id alone)."""
    return any(badge.has(term) for term in ("name", "description", "criteria", "issuer"))


def _no_badge(assertion: Node, badge: Node | None) -> Text:
    """Why an assertion gives no badge to read."""
    revoked = assertion.scalar("revoked")
    if revoked is not None and revoked[0] is True:
        return msg("the Open Badges 2.0 assertion is revoked and names no badge; there is nothing to check")
    refs = assertion.refs("badge")
    if refs:
        return msg(
            "the Open Badges 2.0 assertion names its badge only by URL ({url}); qa-checker fetches nothing, and "
            "the BadgeClass is not in this document",
            url=refs[0][0],
        )
    found = assertion.first("badge")
    if found is not None and badge is None:
        return msg(
            "the assertion's badge {value} is neither a BadgeClass nor the URL of one", value=repr(found[0])[:80]
        )
    return msg("the Open Badges 2.0 assertion has no badge (the BadgeClass it awards)")


def _empty_badge() -> Text:
    return msg(
        "the Open Badges 2.0 BadgeClass has none of the properties a badge is described by (name, description, "
        "criteria, issuer); there is nothing to check"
    )


def _holders(owner: Node) -> list[Node]:
    """Where ``owner``'s extensions are: on it, and in its ``extensions`` object, as the Badgr API gives them."""
    held = owner.node("extensions")
    return [owner, held] if held is not None and held.data is not owner.data else [owner]


def _extension(b: Builder, owner: Node, name: str, key: str) -> tuple[Scalar, str] | None:
    """The value an extension (``extensions:<name>``) of ``owner`` gives under ``key``: from the extension object,
    or written in the extension's place; an extension object without it is reported (one with a value of another
    kind is reported where that value is read)."""
    owner = next((h for h in _holders(owner) if h.has(name)), owner)
    extension = owner.node(name)
    if extension is None:
        return owner.scalar(name)
    found = extension.scalar(key)
    if found is None and (not extension.has(key) or extension.blank(key) is not None):
        b.warn(
            msg("the extension {name} has no {key} value; it was not read", name=name, key=key),
            source=extension.pointer,
        )
    return found


def _issuer(b: Builder, badge: Node) -> None:
    where = badge.where("issuer")
    b.expect("/awarding_bodies", where if badge.has("issuer") else badge.pointer)
    issuer = badge.node("issuer")
    if issuer is None:
        issuer = _listed(badge, "Issuer")
        if issuer is not None:
            b.note(
                msg(
                    "the issuer {issuer} was read from its Issuer entity in the same Badgr API response",
                    issuer=repr(issuer.id or issuer.pointer),
                ),
                pointer="/awarding_bodies",
                source=issuer.pointer,
            )
    if issuer is None or all(k in ("id", "@id", "type", "@type") for k in issuer.data):
        refs = badge.refs("issuer")
        if refs:
            b.warn(
                msg(
                    "the issuer is given only by its URL ({url}); qa-checker fetches nothing, so its name and "
                    "country are unknown",
                    url=refs[0][0],
                ),
                pointer="/awarding_bodies",
                source=where,
                hint=msg("Embed the issuer Profile in the badge, or fill the awarding body by hand after convert."),
            )
        return
    name = None
    institution = _extension(b, issuer, "InstitutionNameExtension", "InstitutionName")
    if institution is not None and str(institution[0]).strip():
        name = (str(institution[0]).strip(), institution[1])
        own = issuer.text("name")
        b.note(
            msg(
                "the issuer {issuer} is part of the institution {institution} (InstitutionNameExtension), which was "
                "read as the awarding body",
                issuer=repr(first_text(own[0]) if own else issuer.id),
                institution=repr(name[0]),
            ),
            pointer="/awarding_bodies/0/name",
            source=institution[1],
        )
    entry = issuer_entry(b, issuer, name)
    code = _extension(b, issuer, "InstitutionIdentifierExtension", "InstitutionIdentifier")
    if code is not None and "identifier" not in entry and str(code[0]).strip():
        value = str(code[0]).strip()
        entry["identifier"] = {"scheme": "national" if _BRIN.match(value) else "other", "value": value}
        b.trace("/awarding_bodies/0/identifier", code[1])
    country = next(
        (h.node("InstitutionCountryExtension") for h in _holders(issuer) if h.has("InstitutionCountryExtension")), None
    )
    if country is not None and "country" not in entry:
        issuer_country(b, entry, country_of(country, "InstitutionCountry"))
    email = issuer.scalar("email")
    if email is not None and "url" not in entry:
        b.note(
            msg(
                "the issuer gives the e-mail address {email} but no web address; the awarding body has no field for "
                "an e-mail address",
                email=repr(email[0]),
            ),
            pointer="/awarding_bodies/0/url",
            source=email[1],
        )
    set_awarding_body(b, entry, issuer.pointer or where)
    _unread_extensions(b, issuer, _ISSUER_EXTENSIONS)


def _listed(node: Node, kind: str) -> Node | None:
    """The entity of type ``kind`` (``BadgeClass``, ``Issuer``) that a Badgr API entity names by URL or entity id,
    when it was joined from the same response (:func:`~qa_checker.importers.classify.badgr_joined`)."""
    joined = node.reader.root
    if not badgr_joined(joined):
        return None
    return next(
        (node.reader.node(entity, jp.child("", key)) for key, entity in joined.items() if entity["entityType"] == kind),
        None,
    )


def _level_workload_languages(b: Builder, badge: Node) -> None:
    """The edubadges EQF level, workload (ECTS, study load and time investment) and language."""
    eqf = _extension(b, badge, "EQFExtension", "EQF")
    if eqf is not None:
        level = number(eqf[0])
        if isinstance(level, int) and 1 <= level <= 8:
            b.set("/level/eqf", level, eqf[1])
        else:
            # Kept as found, so the level is invalid, not missing.
            b.keep(
                "/level/eqf",
                level if level is not None else str(eqf[0]),
                eqf[1],
                msg("EQF {value} is not an EQF level 1-8; it is kept as found", value=repr(eqf[0])),
                hint=msg("Give the EQF extension's EQF as a whole number from 1 to 8."),
            )
    read_ects(b, _extension(b, badge, "ECTSExtension", "ECTS"))
    time_investment = _extension(b, badge, "TimeInvestmentExtension", "TimeInvestment")
    study_load = _extension(b, badge, "StudyLoadExtension", "StudyLoad")
    if study_load is not None:
        _study_load(b, badge, study_load)
    if time_investment is not None and not b.has("/workload/hours"):
        read_hours(b, "TimeInvestment", time_investment)
    language = _extension(b, badge, "LanguageExtension", "Language")
    if language is not None:
        b.set_languages([((language[0],), language[1])], language[1])


def _study_load(b: Builder, badge: Node, found: tuple[Scalar, str]) -> None:
    """The StudyLoad extension's value: minutes on a badge of Open Educational Badges, hours on one of edubadges;
    read as hours, and warned, when the badge shows neither. An ISO 8601 duration states its unit."""
    if number(found[0]) is None and duration_hours(found[0])[0] is not None:
        read_hours(b, "StudyLoad", found)
        return
    issuer = badge.node("issuer") or _listed(badge, "Issuer")
    names = _extension_names(badge) | (_extension_names(issuer) if issuer is not None else set())
    minutes = sorted(names & _MINUTES_EXTENSIONS)
    hours = sorted(names & _HOURS_EXTENSIONS)
    if minutes and not hours:
        read = read_hours(b, "StudyLoad", found, minutes=True)
        if read is not None:
            b.note(
                msg(
                    "StudyLoad {value} was read as minutes ({hours} hours): the badge has the extensions {names} of "
                    "Open Educational Badges, which counts study load in minutes",
                    value=repr(found[0]),
                    hours=read,
                    names=", ".join(minutes),
                ),
                pointer="/workload/hours",
                source=found[1],
            )
        return
    read = read_hours(b, "StudyLoad", found)
    if read is None or (hours and not minutes):
        return
    b.warn(
        msg(
            "StudyLoad {value} was read as hours, as the StudyLoadExtension schema defines it; nothing in the badge "
            "tells whether it was issued on Open Educational Badges, which counts it in minutes ({hours} hours)",
            value=repr(found[0]),
            hours=number(round(read / 60, 2)),
        )
        if not minutes
        else msg(
            "StudyLoad {value} was read as hours, but the badge has extensions of both edubadges ({hours_by}), "
            "which counts study load in hours, and Open Educational Badges ({minutes_by}), which counts it in minutes",
            value=repr(found[0]),
            hours_by=", ".join(hours),
            minutes_by=", ".join(minutes),
        ),
        pointer="/workload/hours",
        source=found[1],
        hint=msg("Check the study load against the course, and correct the workload's hours after convert."),
    )


def _extension_names(owner: Node) -> set[str]:
    """The names of the Open Badges 2.0 extensions ``owner`` has."""
    return {name for name, _holder, _key in _extensions(owner)}


def _extensions(owner: Node) -> list[tuple[str, Node, str]]:
    """Each Open Badges 2.0 extension of ``owner``: its name, the node holding it and its key there."""
    return [
        (local_name(holder.reader.expand(key)), holder, key)
        for holder in _holders(owner)
        for key in holder.data
        if isinstance(key, str) and holder.reader.expand(key).startswith(EXTENSIONS)
    ]


def _learning_outcome(b: Builder, badge: Node) -> None:
    """The edubadges learning outcome text: one outcome, or one per line of a text written as a list; added to the
    outcomes the alignments gave."""
    found = _extension(b, badge, "LearningOutcomeExtension", "LearningOutcome")
    if found is None:
        return
    text = str(found[0]).strip() if isinstance(found[0], str) else ""
    if not text:
        if not isinstance(found[0], str):
            b.warn(
                msg("LearningOutcome {value} is not a text", value=repr(found[0])),
                pointer="/learning_outcomes",
                source=found[1],
            )
        return
    items = listing.items(text) if "\n" in text else [text]
    if listing.lead_in(items, text):
        items = items[1:]
    _add_outcomes(b, [(item, found[1]) for item in items], found[1])
    if len(items) > 1:
        b.note(
            plural(
                "the LearningOutcome text was read as {count} learning outcome, one per item of its list",
                "the LearningOutcome text was read as {count} learning outcomes, one per item of its list",
                len(items),
            ),
            pointer="/learning_outcomes",
            source=found[1],
        )


def _add_outcomes(b: Builder, found: list[tuple[LangString | dict[str, Any], str]], where: str) -> None:
    """Add learning outcomes, each with its place, after those already read; ``where``: the place of them all."""
    outcomes: list[LangString | dict[str, Any]] = list(b.data.get("learning_outcomes", []))
    for outcome, place in found:
        b.trace(f"/learning_outcomes/{len(outcomes)}", place)
        outcomes.append(outcome)
    if b.has("/learning_outcomes"):
        b.data["learning_outcomes"] = outcomes
    else:
        b.set("/learning_outcomes", outcomes, where)


def _competencies(b: Builder, badge: Node) -> None:
    """The competencies of an Open Educational Badges badge (``CompetencyExtension``, a list of them or, in older
    badges, one) as learning outcomes: each by its name, with the ESCO concept its ``escoID`` or
    ``framework_identifier`` gives."""
    holder = next((h for h in _holders(badge) if h.has("CompetencyExtension")), None)
    if holder is None:
        return
    found: list[tuple[LangString | dict[str, Any], str]] = []
    for competency in holder.nodes("CompetencyExtension"):
        name = competency.text("name")
        if name is None:
            b.warn(
                msg("the competency has no name; it was not read as a learning outcome"),
                pointer="/learning_outcomes",
                source=competency.blank("name") or competency.pointer,
            )
            continue
        concepts = (competency.scalar("escoID"), competency.scalar("framework_identifier"))
        esco = next((str(c[0]).strip() for c in concepts if c and str(c[0]).strip().startswith(ESCO_SKILLS)), None)
        found.append(({"text": name[0], "esco": [esco]} if esco else name[0], competency.pointer))
    if found:
        _add_outcomes(b, found, holder.where("CompetencyExtension"))


def _badge_date(value: Scalar, legacy: bool) -> str | None:
    """The calendar date of an Open Badges DateTime: an ISO 8601 date or date-time, or in Open Badges 1.x/0.5
    (``legacy``) also a 10-digit Unix timestamp in seconds (UTC), as a number or a text; 2.0 allows no timestamp."""
    if isinstance(value, bool):
        return None
    text = str(value).strip()
    if legacy and isinstance(value, (int, str)) and text.isdigit() and len(text) == 10:
        return iso_date(int(text) * 1000)
    return iso_date(value) if isinstance(value, str) else None


def _assertion(b: Builder, assertion: Node, legacy: bool) -> None:
    """The learner, the date of issuing and the revocation of an assertion (``legacy``: of Open Badges 1.x or 0.5)."""
    b.expect("/issue_date", assertion.pointer)
    b.expect("/grade", assertion.pointer)
    _recipient(b, assertion, legacy)
    issued = assertion.scalar("issuedOn") or assertion.scalar("issued_on")  # Open Badges 0.5 wrote issued_on
    if issued is not None:
        day = _badge_date(issued[0], legacy)
        if day is not None:
            b.set("/issue_date", day, issued[1])
        else:
            b.warn(
                msg("issuedOn {value} is not an ISO 8601 date", value=repr(issued[0])),
                pointer="/issue_date",
                source=issued[1],
            )
    b.unfilled("/issue_date", (assertion, "issuedOn"))
    b.expiry(assertion.scalar("expires"))
    revoked = assertion.scalar("revoked")
    if revoked is not None and revoked[0] is True:
        reason = assertion.scalar("revocationReason")
        b.warn(
            msg("the assertion is revoked ({reason})", reason=str(reason[0]))
            if reason is not None and str(reason[0]).strip()
            else msg("the assertion is revoked"),
            source=revoked[1],
            hint=msg("A revoked badge no longer attests the learning: check a badge that is not revoked."),
        )
    _unread_extensions(b, assertion, _ASSERTION_EXTENSIONS)


def _recipient(b: Builder, assertion: Node, legacy: bool) -> None:
    """The learner: the recipient's identity (hashed: a note says it can be confirmed, not read; in Open Badges 0.5,
    ``legacy``, the recipient is the identity itself), and the name a recipient profile extension gives."""
    learner: dict[str, Any] = {}
    b.expect("/learner", assertion.where("recipient") if assertion.has("recipient") else assertion.pointer)
    profile = assertion.node("RecipientProfile") or assertion.node("recipientProfile")
    name = profile.text("name") if profile is not None else None
    if name is not None:
        learner["name"] = first_text(name[0])
        b.trace("/learner/name", name[1])
    recipient = assertion.node("recipient")
    identity = recipient.scalar("identity") if recipient is not None else None
    given = assertion.first("recipient")
    if legacy and recipient is None and given is not None and isinstance(given[0], str):
        identity = given  # Open Badges 0.5: the identity itself, hashed ("sha256$...") or an e-mail address
    if identity is not None and str(identity[0]).strip():
        value = str(identity[0]).strip()
        learner["identifier"] = {"scheme": "other", "value": value}
        b.trace("/learner/identifier", identity[1])
        hashed = recipient.scalar("hashed") if recipient is not None else None
        if (hashed is not None and hashed[0] is True) or value.startswith(("sha256$", "md5$")):
            kind = sorted(recipient.types) if recipient is not None else []
            b.note(
                msg(
                    "the learner is identified by a hashed {type}: it confirms a person who gives that value, "
                    "but does not say who the learner is",
                    type=kind[0],
                )
                if kind
                else msg(
                    "the learner is identified by a hashed identity: it confirms a person who gives that value, "
                    "but does not say who the learner is"
                ),
                pointer="/learner/identifier",
                source=recipient.pointer if recipient is not None else identity[1],
            )
    elif recipient is None and assertion.has("recipient") and assertion.blank("recipient") is None:
        shown = assertion.first("recipient")
        b.warn(
            msg(
                "the recipient {value} is not an identity object (type, identity, hashed); the learner was not read",
                value=repr(shown[0] if shown else None)[:80],
            ),
            pointer="/learner",
            source=assertion.where("recipient"),
        )
    if learner:
        b.set("/learner", learner, recipient.pointer if recipient is not None else assertion.pointer)
    b.unfilled("/learner", (assertion, "recipient"), *(((recipient, "identity"),) if recipient is not None else ()))


def _unread_extensions(b: Builder, owner: Node, read: frozenset[str]) -> None:
    """A note on each Open Badges 2.0 extension of ``owner`` that is not read (its name not in ``read``)."""
    for name, holder, key in _extensions(owner):
        if name not in read:
            b.note(
                msg("the extension {name} has no field in the descriptor; it was not read", name=name),
                source=holder.where(holder.reader.term(key)),
            )


IMPORTER = Importer("ob2", detect, convert)
