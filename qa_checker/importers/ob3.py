"""Open Badges 3.0: ``AchievementCredential``/``OpenBadgeCredential`` and bare ``Achievement``.

Core OB 3.0 carries the title, description, issuer, language, alignments and results; the Dutch
Edubadges profile (SURF) adds ``ECTS``, ``SBU`` (study-load hours), ``timeInvestment``, EQF and
quality-assurance alignments, ``participationType``, ``assessmentType``, ``identityChecked`` and
``supervisionType``. Values outside the profile's lists, ambiguous values ("onsite or blended") and
credits without a unit are reported (``MC-IM-002``) instead of being guessed.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime, timezone
from typing import Any

from qa_checker.aliases import unaccented
from qa_checker.document import Document
from qa_checker.frameworks import EQF_LEVELS, NQF_NAMES
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    EQF_BASES,
    EQF_NAMES,
    ESCO_BASES,
    ISCED_BASES,
    Builder,
    country_of,
    duration_hours,
    esco_concept,
    first_text,
    is_local_id,
    iso_date,
    number,
    refused,
    slug_for,
)
from qa_checker.importers.jsonld import LangString, Node, Reader, Scalar, blank, give, graph_nodes
from qa_checker.patterns import regex
from qa_checker.text import N_, Text, msg, plural

CREDENTIAL_TYPES = {"AchievementCredential", "OpenBadgeCredential"}

# Edubadges values -> descriptor slugs; values mapping to None are reported as not convertible.
PARTICIPATION = {
    "online": ("online", None),
    "volunteering": (None, "volunteering"),
    "work experience": (None, "work-experience"),
    "onsite or blended": (None, None),
    "personalized learning activities": (None, None),
}
ASSESSMENT = {
    "portfolio": "portfolio",
    "recognition of prior learning": "recognition-of-prior-learning",
    "application of a skill": "practical-assessment",
    "testing": "other",
}
SUPERVISION = {
    "unsupervised with no identity verification": "unsupervised-no-id-check",
    "supervised with no identity verification": "supervised-no-id-check",
    "supervised online": "supervised-online-id-check",
    "onsite with identity verification": "supervised-onsite-id-check",
}
# Open Badges 3.0 AchievementType and AlignmentTargetType enumerations (extensions start with "ext:").
ACHIEVEMENT_TYPES = frozenset(
    [
        "Achievement",
        "ApprenticeshipCertificate",
        "Assessment",
        "Assignment",
        "AssociateDegree",
        "Award",
        "Badge",
        "BachelorDegree",
        "Certificate",
        "CertificateOfCompletion",
        "Certification",
        "CommunityService",
        "Competency",
        "Course",
        "CoCurricular",
        "Degree",
        "Diploma",
        "DoctoralDegree",
        "Fieldwork",
        "GeneralEducationDevelopment",
        "JourneymanCertificate",
        "LearningProgram",
        "License",
        "Membership",
        "ProfessionalDoctorate",
        "QualityAssuranceCredential",
        "MasterCertificate",
        "MasterDegree",
        "MicroCredential",
        "ResearchDoctorate",
        "SecondarySchoolDiploma",
    ]
)
ALIGNMENT_TARGETS = frozenset(
    [
        "ceasn:Competency",
        "ceterms:Credential",
        "CFItem",
        "CFRubric",
        "CFRubricCriterion",
        "CFRubricCriterionLevel",
        "CTDL",
    ]
)
COMPETENCY_TARGETS = {"ceasn:Competency", "CFItem", "ceterms:Competency", "ext:LearningOutcome"}
# Terms whose IRI in the Open Badges 3.0 context has another local name, as expanded JSON-LD or a prefixed name
# writes them (https://purl.imsglobal.org/spec/vc/ob/vocab.html#CountryCode is the term addressCountryCode).
TERM_ALIASES = {"CountryCode": "addressCountryCode", "Criteria": "criteria", "GeoCoordinates": "geo"}


def _roots(data: dict[str, Any]) -> list[tuple[Node, str, bool]]:
    """The credentials of the document (top level or in its ``@graph``), else its bare achievements, each with its
    label and whether it is a credential. The claims of an SD-JWT VC (``vct``, no type), as the EUDI wallets'
    micro-credential gives an Open Badges achievement, are a credential too."""
    reader = Reader(data, term_aliases=TERM_ALIASES)
    nodes = graph_nodes(reader) or [reader.node(data, "")]
    credentials = [
        (
            n,
            "Open Badges 3.0 " + next(t for t in ("AchievementCredential", "OpenBadgeCredential") if t in n.types),
            True,
        )
        for n in nodes
        if n.types & CREDENTIAL_TYPES
    ]
    # A credential that leaves out its types (or gives only VerifiableCredential) is read by its achievement.
    credentials = credentials or [
        (n, "Open Badges 3.0 credential without its type", True) for n in nodes if _untyped_credential(reader, n)
    ]
    found = credentials or [(n, "Open Badges 3.0 Achievement", False) for n in nodes if "Achievement" in n.types]
    if found or not isinstance(data.get("vct"), str) or reader.context.present or "type" in data:
        return found
    root = reader.node(data, "")
    subject = root.node("credentialSubject")
    if subject is None or subject.node("achievement") is None:
        return []
    return [(root, f"Open Badges 3.0 achievement in an SD-JWT VC ({str(data['vct'])[:100]})", True)]


def _untyped_credential(reader: Reader, node: Node) -> bool:
    """A credential on the Open Badges 3.0 context without its credential type, whose subject has an
    achievement."""
    if "ob3" not in reader.context.families or node.types - {"VerifiableCredential"}:
        return False
    subject = node.node("credentialSubject")
    return subject is not None and subject.node("achievement") is not None


def detect(data: dict[str, Any]) -> bool:
    """An OB 3.0 achievement credential, or a bare Achievement."""
    return bool(_roots(data))


def convert(document: Document, base: str) -> list[Document]:
    """One descriptor per credential (kind ``credential``), one per award of a credential of several (a subject
    each, each a learner with an achievement, and each achievement a subject lists), or, without one, per bare
    achievement (``offer``)."""
    found = []
    roots = [
        (root, label, is_credential, _awards(root.nodes("credentialSubject")) if is_credential else [])
        for root, label, is_credential in _roots(document.data)
    ]
    # (a subject may list thousands of achievements, each a descriptor: counted before any is made)
    give(sum(max(len(awards), 1) for *_, awards in roots))
    for root, label, is_credential, awards in roots:
        if len(awards) < 2:
            found.append(_convert(document, base, root, label, is_credential))
            continue
        for award in awards:
            found.append(_convert(document, base, root, label, is_credential, award))
    return found


# One award of a credential: its subject, the achievement (None: the subject names none), the notes that say which
# award it is (each with its place), the fragment of its descriptor id, and the subject's results (read once for all
# its achievements).
Award = tuple[Node, Node | None, list[tuple[Text, str]], str, "_Results"]


def _awards(subjects: list[Node]) -> list[Award]:
    """Each award of a credential's subjects: a subject with each achievement it gives. Open Badges 3.0 gives a
    subject one achievement; a subject that lists several is read as that many awards to its learner, an
    achievement listed again (its id given twice) as one."""
    awards: list[Award] = []
    for position, subject in enumerate(subjects, start=1):
        listed: dict[str | int, Node] = {}
        for place, node in enumerate(subject.nodes("achievement")):
            listed.setdefault(node.id or place, node)
        achievements: list[Node | None] = [*listed.values()] or [None]
        results = _Results(subject)
        for index, achievement in enumerate(achievements, start=1):
            notes: list[tuple[Text, str]] = []
            fragment = []
            if len(subjects) > 1:
                notes.append(
                    (
                        msg("subject {number} of {total} in the credential", number=position, total=len(subjects)),
                        subject.pointer,
                    )
                )
                fragment.append(f"subject-{position}")
            if achievement is not None and len(achievements) > 1:
                notes.append(
                    (
                        msg(
                            "achievement {number} of {total} of the credential's subject",
                            number=index,
                            total=len(achievements),
                        ),
                        achievement.pointer,
                    )
                )
                fragment.append(f"achievement-{index}")
            awards.append((subject, achievement, notes, "-".join(fragment), results))
    return awards


def _convert(
    document: Document,
    base: str,
    root: Node,
    label: str,
    is_credential: bool,
    award: Award | None = None,
) -> Document:
    subject = award[0] if award else (root.node("credentialSubject") if is_credential else None)
    achievement = (
        award[1] if award else subject.node("achievement") if subject is not None else (None if is_credential else root)
    )
    if achievement is None:
        refs = subject.refs("achievement") if subject is not None else []
        return refused(
            document,
            msg(
                "the Open Badges credential names its achievement only by reference ({ref}); the Achievement is not "
                "in this document",
                ref=refs[0][0],
            )
            if refs
            else msg("the Open Badges credential has no achievement (credentialSubject.achievement)"),
            msg("Give the Achievement the badge is awarded for."),
            source=base
            + (
                subject.where("achievement")
                if subject is not None and subject.has("achievement")
                else root.where("credentialSubject")
            ),
            fmt="ob3",
            imported_from=label,
            base=base,
        )
    b = badge_builder(root, achievement, credential=is_credential, base=base, fallback_id="ob3-achievement")
    if award is not None:
        b.set_id(root.id and f"{root.id}#{award[3]}", f"ob3-credential#{award[3]}", root.where("id"), root.pointer)
        for note, where in award[2]:
            b.note(note, source=where)
    if is_credential:
        b.expect("/issue_date", root.pointer)
    for pointer, term in (("/title", "name"), ("/summary", "description")):
        found = achievement.text(term) or (root.text(term) if is_credential else None)
        if found is not None:
            b.set(pointer, found[0], found[1])
        b.unfilled(pointer, (achievement, term), (root if is_credential else None, term))
    _languages(b, achievement)
    kind_value = achievement.scalar("achievementType")
    if kind_value is not None and not _known(str(kind_value[0]), ACHIEVEMENT_TYPES):
        b.warn(
            msg(
                "achievementType {value} is not an Open Badges 3.0 achievement type (nor an ext: extension)",
                value=repr(kind_value[0]),
            ),
            source=kind_value[1],
            hint=msg("Use an AchievementType of Open Badges 3.0 (MicroCredential, Course, Certificate, ...)."),
        )
    owner, term = (
        (root, "issuer" if root.has("issuer") or not root.has("iss") else "iss")
        if is_credential
        else (
            achievement,
            "creator",
        )
    )
    b.expect("/awarding_bodies", owner.where(term) if owner.has(term) else owner.pointer)
    given = owner.first(term) is not None and owner.blank(term) is None
    read_issuer(b, owner.node(term), given, owner.where(term))
    if not is_credential and given:
        b.note(
            msg(
                "an Achievement names no awarding body; its creator (the organisation that defined it) was read as "
                "the awarding body"
            ),
            pointer="/awarding_bodies",
            source=owner.where(term),
        )
    read_alignments(b, achievement)
    _workload(b, achievement, subject)
    _edubadges(b, achievement)
    read_criteria(b, achievement)
    if subject is not None:  # a credential (a bare achievement has no subject)
        read_issuance(b, root, subject, achievement, award[4] if award else None)
    return b.document(document, fmt="ob3", imported_from=label, home=achievement.pointer)


def read_issuance(
    b: Builder,
    root: Node,
    subject: Node,
    achievement: Node | None = None,
    results: _Results | None = None,
) -> None:
    """What a Verifiable Credential says of its issuing (``root``) to one subject: the learner, the date of issuing
    (awardedDate, the subject's awardedDate, issuanceDate, validFrom or a JWT's iat), the expiry and the grade (of
    ``achievement``, where the subject gives results of several: ``results``, the subject's, read once for all its
    achievements)."""
    _learner(b, subject)
    # awardedDate belongs to the credential; one its subject gives (as some issuers write it) comes next.
    places = [(root, "awardedDate"), (subject, "awardedDate"), *((root, term) for term in _ISSUED[1:])]
    for owner, term in places:
        stamp = owner.scalar(term)
        if stamp is not None and iso_date(stamp[0]):
            b.set("/issue_date", iso_date(stamp[0]), stamp[1])
            if owner is subject:
                b.note(
                    msg(
                        "awardedDate is given in credentialSubject, where Open Badges 3.0 does not place it; it was "
                        "read as the date of issuing"
                    ),
                    pointer="/issue_date",
                    source=stamp[1],
                )
            if term == "validFrom":
                b.note(
                    msg(
                        "no awardedDate; validFrom (the issuance time in Verifiable Credentials 2.0) was read as "
                        "the date of issuing"
                    ),
                    pointer="/issue_date",
                    source=stamp[1],
                )
            break
    issued_at(b, root)
    b.unfilled("/issue_date", *((root, term) for term in _ISSUED))
    b.expiry(root.scalar("validUntil") or root.scalar("expirationDate"))
    _grade(b, achievement, results or _Results(subject))
    b.expect("/grade", subject.pointer)


def issued_at(b: Builder, root: Node) -> None:
    """The date of issuing from a JWT's ``iat`` (seconds since 1970), as SD-JWT VC claims give it, when no other."""
    stamp = root.scalar("iat")
    if b.has("/issue_date") or stamp is None:
        return
    if isinstance(stamp[0], bool) or not isinstance(stamp[0], (int, float)):
        # A text or true is no NumericDate (RFC 7519): told, as one out of range is, not dropped silently.
        b.warn(msg("iat {value} is not a time", value=repr(stamp[0])), pointer="/issue_date", source=stamp[1])
        return
    try:
        day = datetime.fromtimestamp(stamp[0], tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        b.warn(msg("iat {value} is not a time", value=repr(stamp[0])), pointer="/issue_date", source=stamp[1])
        return
    b.set("/issue_date", day, stamp[1])
    b.note(msg("the date of issuing is the JWT's iat (issued at)"), pointer="/issue_date", source=stamp[1])


def read_criteria(b: Builder, badge: Node) -> None:
    """The criteria's narrative (what an earner must do) as the assessment's description; criteria given only by
    URL are not fetched. The Badgr API gives the narrative beside the badge (``criteriaNarrative``)."""
    found = badge.iri("criteria")
    criteria = badge.node("criteria")
    narrative = criteria.text("narrative") if criteria is not None else badge.text("criteriaNarrative")
    if b.has("/assessment/description") or (found is None and narrative is None):
        return
    if narrative is not None:
        b.set("/assessment/description", narrative[0], narrative[1])
        b.note(
            msg(
                "the badge's criteria (criteria.narrative: what an earner must do) were read as the assessment's "
                "description; the type of assessment is not given"
            ),
            pointer="/assessment/description",
            source=narrative[1],
        )
        return
    if found is None:
        return
    value, where = found
    # A path ("/badges/html5-basic") is the address on the issuer's site, as Open Badges 0.5 gave it.
    if value.strip().startswith(("http://", "https://", "/")):
        b.note(
            msg("the criteria are given only by URL ({url}); qa-checker fetches nothing", url=value.strip()),
            pointer="/assessment/description",
            source=where,
        )
    elif criteria is None and value.strip():
        b.set("/assessment/description", value.strip(), where)
        b.note(
            msg(
                "criteria is a text, not a Criteria object; it was read as the criteria's narrative, the "
                "assessment's description"
            ),
            pointer="/assessment/description",
            source=where,
        )


def badge_builder(root: Node, badge: Node, *, credential: bool, base: str, fallback_id: str) -> Builder:
    """The builder of an Open Badges document (3.0 or 2.0): its id, where a missing element belongs in the
    original (the badge or achievement), and notes on its ``@context``."""
    b = Builder(kind="credential" if credential else "offer", base_pointer=base)
    _context_notes(b, root.reader)
    b.set_id(root.id or badge.id, fallback_id, root.where("id"), badge.pointer)
    for pointer in ("/title", "/learning_outcomes", "/workload", "/level", "/assessment", "/participation"):
        b.expect(pointer, badge.pointer)
    return b


def _context_notes(b: Builder, reader: Reader) -> None:
    """Notes on a badge document's ``@context``: absent, or naming contexts qa-checker does not know."""
    context = reader.context
    if not context.present:
        b.note(msg("the document has no @context; it was read by its Open Badges terms"))
    for url in context.unknown:
        b.note(msg("@context {url} is not one qa-checker knows; it was not fetched", url=url), source="/@context")


# Where a credential gives its date of issuing, in the order they are read.
_ISSUED = ("awardedDate", "issuanceDate", "validFrom")


def _languages(b: Builder, achievement: Node) -> None:
    b.set_languages((((v,), where) for v, where in achievement.values("inLanguage")), achievement.where("inLanguage"))
    b.unfilled("/languages", (achievement, "inLanguage"))


def read_issuer(b: Builder, issuer: Node | None, given: bool, where: str) -> None:
    """The awarding body an issuer profile gives; an issuer given by its id alone (``given``) is warned of."""
    if issuer is None or all(k in ("id", "@id", "type", "@type") for k in issuer.data):  # no profile, or its id alone
        if given:
            b.warn(
                msg("the issuer is given only by its id, so its name and country are unknown"),
                pointer="/awarding_bodies",
                source=where,
                hint=msg("Embed the issuer Profile with name and address."),
            )
        return
    set_awarding_body(b, issuer_entry(b, issuer), issuer.pointer or where)


def issuer_entry(b: Builder, issuer: Node, name: tuple[LangString, str] | None = None) -> dict[str, Any]:
    """The awarding body an issuer profile gives (name, country, register identifier, web address), each traced to its
    place; ``name``: the name found elsewhere that stands for the profile's own."""
    entry: dict[str, Any] = {}
    name = name or issuer.text("name")
    if name is not None:
        entry["name"] = name[0]
        b.trace("/awarding_bodies/0/name", name[1])
    else:
        b.warn(
            msg("the issuer has no name"),
            pointer="/awarding_bodies/0/name",
            source=issuer.blank("name") or issuer.pointer or None,
        )
    address = issuer.node("address")
    if address is not None:
        issuer_country(b, entry, country_of(address, "addressCountryCode") or country_of(address, "addressCountry"))
    identifier = _issuer_identifier(b, issuer)
    if identifier is not None:
        entry["identifier"] = identifier
    url = b.web_address(issuer.scalar("url"), key="url", pointer="/awarding_bodies/0/url")
    if url is not None:
        entry["url"] = url[0]
        b.trace("/awarding_bodies/0/url", url[1])
    return entry


# The awarding body's identifier scheme of each identifier type an issuer names in otherIdentifier (OB 3.0's
# IdentifierTypeEnum has none for an organisation's register numbers, so issuers write ``ext:`` types), by the
# type lowercased without ``ext:`` and punctuation: the eIDAS legal identifier, VAT and LEI numbers, the Erasmus
# code and the Participant Identification Code, and national registers (Dutch BRIN and KvK, the EU business
# registers' EUID, French SIREN/SIRET and UAI, the UK's UKPRN and company number).
_IDENTIFIER_SCHEMES = {
    **dict.fromkeys(("eidas", "eidasidentifier", "eidaslegalidentifier", "legalidentifier"), "eidas"),
    **dict.fromkeys(("vat", "vatid", "vatin", "vatnumber", "vatidentifier", "vatregistration"), "vat"),
    **dict.fromkeys(("lei", "leicode", "legalentityidentifier"), "lei"),
    **dict.fromkeys(("erasmus", "erasmuscode", "erasmusid", "erasmusidentifier"), "erasmus"),
    **dict.fromkeys(("pic", "piccode", "participantidentificationcode"), "pic"),
    **dict.fromkeys(
        (
            "brin",
            "kvk",
            "kvknumber",
            "euid",
            "siren",
            "siret",
            "uai",
            "ukprn",
            "companynumber",
            "companyregistrationnumber",
            "registration",
            "registrationnumber",
            "nationalregistration",
            "businessregister",
        ),
        "national",
    ),
}
# Identifiers that name a node of the document itself (an ELM ``urn:epass:`` id, a ``urn:uuid:``), no register.
_LOCAL_IDS = ("urn:epass:", "urn:uuid:")


def _issuer_identifier(b: Builder, issuer: Node) -> dict[str, str] | None:
    """The first identifier of ``otherIdentifier`` whose type names a scheme of the descriptor, as ``{scheme,
    value}``; a document-local id given as one is noted and passed over."""
    for other in issuer.nodes("otherIdentifier"):
        kind = other.scalar("identifierType")
        value = other.scalar("identifier")
        if kind is None or value is None or not str(value[0]).strip():
            continue
        name = str(kind[0]).strip()
        scheme = _IDENTIFIER_SCHEMES.get(re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("ext:")))
        if scheme is None:
            continue
        text = str(value[0]).strip()
        if text.lower().startswith(_LOCAL_IDS):
            b.note(
                msg(
                    "the issuer's identifier {value} of type {type} is an id inside the document, not a register "
                    "number; it was not read",
                    value=repr(text[:80]),
                    type=repr(name[:40]),
                ),
                pointer="/awarding_bodies/0/identifier",
                source=value[1],
            )
            continue
        b.trace("/awarding_bodies/0/identifier", other.pointer)
        return {"scheme": scheme, "value": text}
    return None


def issuer_country(b: Builder, entry: dict[str, Any], found: tuple[str | None, str, str] | None) -> None:
    """Give the awarding body ``entry`` the issuer's country that :func:`country_of` found, if any."""
    if found is None:
        return
    code, shown, at = found
    b.country(
        entry,
        "/awarding_bodies/0/country",
        (shown.upper() if code is None and len(shown) == 2 else code, shown, at),
        msg(
            "the issuer's country {value} is not an ISO 3166-1 code or country name; it is kept as found",
            value=repr(shown),
        ),
        msg("Give addressCountryCode as an ISO 3166-1 alpha-2 code."),
    )


def set_awarding_body(b: Builder, entry: dict[str, Any], where: str) -> None:
    """Set the awarding body read from the issuer at ``where``; an issuer that gives nothing the descriptor holds
    is no awarding body."""
    if entry:
        b.set("/awarding_bodies", [entry], where)
        b.trace("/awarding_bodies/0", where)


ESCO_SKILLS = tuple(base + "skill/" for base in ESCO_BASES)


def _known(value: str, known: frozenset[str]) -> bool:
    return value in known or value.startswith("ext:")


def _field_alignment(b: Builder, url: tuple[Scalar, str]) -> None:
    """The field of education an alignment to an ISCED-F concept (its ``targetUrl``) gives: the first such
    alignment's; a URI of the ISCED-F namespace that is no ISCED-F code is kept as found."""
    if b.has("/field_of_education"):
        return
    uri = str(url[0])
    code = slug_for("isced-f", uri)
    if code:
        b.set("/field_of_education", code, url[1])
        return
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    b.keep(
        "/field_of_education",
        tail if tail.isdigit() else uri,
        url[1],
        msg("the field {value} is not an ISCED-F 2013 concept URI; it is kept as found", value=repr(uri)),
        hint=msg("Give the field as its EU concept URI, http://data.europa.eu/snb/isced-f/<code>."),
    )


# A targetFramework that names the EQF.
_EQF_FRAMEWORK = regex(rf"\b(?:{EQF_NAMES})\b", re.IGNORECASE)


_EQF_CODES = frozenset(str(level) for level in range(1, EQF_LEVELS + 1))


def read_alignments(b: Builder, achievement: Node) -> list[Node]:
    """The EQF level, external QA and learning outcomes (competency and ESCO skill alignments) an achievement's
    alignments give; returns the alignments that gave none of them."""
    outcomes: list[dict[str, Any]] = []
    unread: list[Node] = []
    own_name = _folded(achievement.text("name"))
    for alignment in achievement.nodes("alignment"):
        target = alignment.scalar("targetType")
        kind = str(target[0]) if target else ""
        if target is not None and not _known(kind, ALIGNMENT_TARGETS | COMPETENCY_TARGETS):
            b.warn(
                msg(
                    "the alignment's targetType {value} is not an Open Badges 3.0 alignment target type (nor an "
                    "ext: extension); the alignment was not read",
                    value=repr(kind),
                ),
                source=target[1],
                hint=msg("Use an AlignmentTargetType of Open Badges 3.0 (CFItem, ceasn:Competency, ...) or ext:EQF."),
            )
            continue
        code = alignment.scalar("targetCode")
        url = alignment.iri("targetUrl")
        name = alignment.text("targetName")
        esco = esco_concept(str(url[0])) if url is not None else None
        eqf_url = url is not None and str(url[0]).startswith(EQF_BASES)
        framework = alignment.text("targetFramework") if target is None or kind == "CFItem" else None
        # Open Badges 2.0 has no targetType, and a CFItem is an item of any framework: an alignment to the EQF is told
        # by the framework it names ("European Qualifications Framework", targetCode 4).
        framework_name = str(first_text(framework[0])) if framework is not None else ""
        # (a CFItem's framework is the EQF only by its name as a whole, with a level's code: "ERK" is also the CEFR in
        # Dutch, with "B2", and "DigComp 2.2 (mapped to the EQF)" another framework)
        eqf_framework = bool(
            _EQF_FRAMEWORK.fullmatch(framework_name.strip()) and code is not None and str(code[0]).strip() in _EQF_CODES
            if kind == "CFItem"
            else framework is not None and _EQF_FRAMEWORK.search(framework_name)
        )
        if kind.lower() == "ext:eqf" or eqf_url or eqf_framework:
            # The level is the EQF concept's number when the URL is an EQF level concept (the concept, not the code
            # written beside it, such as "EQF 6"), else the code: another URL's last segment is no level. Without a
            # code, a URL ending in a number names a level of another scheme (kept as found), and one that does not
            # (a page describing the levels) names none: the alignment gives its level in words only.
            last = number(str(url[0]).rsplit("/", 1)[-1]) if url else None
            concept = last if eqf_url else None
            by_concept = isinstance(concept, int) and 1 <= concept <= EQF_LEVELS
            source = url if by_concept else code or (url if eqf_url or last is not None else None)
            level = concept if by_concept else number(code[0]) if code else concept
            if source is not None and isinstance(level, int) and 1 <= level <= EQF_LEVELS and not b.has("/level/eqf"):
                b.set("/level/eqf", level, source[1])
            elif source is None and not b.has("/level/eqf"):
                # Nothing but words ("EQF level 6" as its name): a level is read by its concept or code, never so.
                b.warn(
                    msg(
                        "the EQF alignment {name} gives neither an EQF concept URI nor a code; the level was not read",
                        name=_plain(name) or "-",
                    ),
                    pointer="/level/eqf",
                    source=alignment.pointer,
                    hint=msg("Align to http://data.europa.eu/snb/eqf/<1-8> with targetCode 1-8."),
                )
            elif (not isinstance(level, int) or not 1 <= level <= 8) and not b.has("/level/eqf"):
                # Kept as found (a number, else the code or URL), so the level is invalid, not missing.
                shown = code[0] if code else url[0] if url else None
                b.keep(
                    "/level/eqf",
                    level if isinstance(level, int) else str(shown),
                    alignment.pointer,
                    msg("the EQF alignment {value} is not an EQF level 1-8; it is kept as found", value=repr(shown)),
                    hint=msg("Align to http://data.europa.eu/snb/eqf/<1-8> with targetCode 1-8."),
                )
        elif kind.lower() == "ext:qualityassurance":
            if url is not None and not b.has("/quality_assurance"):
                b.set("/quality_assurance/external", {"url": url[0]}, url[1])
                b.note(
                    msg(
                        "quality assurance decision {code} {name} read as external QA; the QA body is not named in "
                        "the badge",
                        code=str(code[0]) if code else "",
                        name=_plain(name),
                    ),
                    pointer="/quality_assurance/external",
                    source=alignment.pointer,
                )
            elif url is None:
                b.warn(
                    msg("a quality-assurance alignment without a URL cannot be read"),
                    pointer="/quality_assurance",
                    source=alignment.pointer,
                )
        elif kind.lower() == "ext:qualificationlevel":
            _qualification_level(b, alignment, code)
        elif url is not None and str(url[0]).startswith(ISCED_BASES):
            _field_alignment(b, url)
        elif name is not None and (kind in COMPETENCY_TARGETS or (esco is not None and esco.startswith(ESCO_SKILLS))):
            if own_name and _folded(name) == own_name:
                # A catalogue entry for the achievement itself (the course aligned to its own CASE item): what the
                # learner can do is not stated by repeating the achievement's name.
                b.note(
                    msg(
                        "the alignment {name} names the achievement itself, not a competency it gives; it was not "
                        "read as a learning outcome",
                        name=repr(_plain(name)),
                    ),
                    pointer="/learning_outcomes",
                    source=alignment.pointer,
                )
                continue
            entry: dict[str, Any] = {"text": name[0]}
            if esco is not None:
                entry["esco"] = [esco]
            b.trace(f"/learning_outcomes/{len(outcomes)}", alignment.pointer)
            outcomes.append(entry)
        else:
            unread.append(alignment)
    if outcomes:
        b.set("/learning_outcomes", outcomes, achievement.where("alignment"))
        b.note(
            msg("learning outcomes were read from the achievement's competency/skill alignments"),
            pointer="/learning_outcomes",
            source=achievement.where("alignment"),
        )
    return unread


# A framework of national qualifications, by the word for national in its name ("Marco Nacional de Cualificaciones",
# "National Qualifications Framework", "Nationaler Qualifikationsrahmen"), or its abbreviation.
_NATIONAL_FRAMEWORK = regex(
    r"\b(?:national\w*|nacional\w*|nazional\w*|nationa\w*|krajow\w*|národn\w*|kansallinen|nasjonal\w*|NQF|NKR|DQR)\b",
    re.IGNORECASE,
)
# The level in a code: its one number ("nivel_6", "NQF-5", "6"), or the number right after a word for level
# ("EQF_Level_6_v2", "Level 6 (2017)"); a code of other numbers ("6.1", "DQR 6 (2013)") names none for sure.
_NUMBER_IN_CODE = regex(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
_LEVEL_AFTER_WORD = regex(
    r"(?i:level|niveau|nivel|nível|livello|stufe|poziom|szint|taso|lygis|līmenis)[\s_:-]*(\d{1,2})(?![\d.,])"
)


def _level_in_code(code: str) -> str | None:
    """The level a code gives, as its digits, or ``None`` (see :data:`_NUMBER_IN_CODE`)."""
    after = _LEVEL_AFTER_WORD.search(code)
    if after is not None:
        return after.group(1)
    numbers = _NUMBER_IN_CODE.findall(code)
    return numbers[0] if len(numbers) == 1 and numbers[0].isdigit() and len(numbers[0]) <= 2 else None


def _qualification_level(b: Builder, alignment: Node, code: tuple[Scalar, str] | None) -> None:
    """The level an ``ext:QualificationLevel`` alignment gives (the number of its targetCode) in the framework it
    names (targetFramework): the EQF's as ``/level/eqf``, a national framework's as ``/level/nqf``; a level of
    another framework (an institution's own) is noted as not read."""
    framework = alignment.text("targetFramework")
    name = str(first_text(framework[0]) or "") if framework is not None else ""
    found = _level_in_code(str(code[0])) if code is not None else None
    if found is not None and _EQF_FRAMEWORK.search(name) and 1 <= int(found) <= 8:
        if not b.has("/level/eqf"):
            b.set("/level/eqf", int(found), alignment.pointer)
        return
    national = _NATIONAL_FRAMEWORK.search(name) or " ".join(re.findall(r"\w+", unaccented(name))) in NQF_NAMES
    if name and found is not None and national and not b.has("/level/nqf"):
        b.set("/level/nqf", {"framework": name, "level": found}, alignment.pointer)
        b.note(
            msg(
                "the alignment to level {code} of {framework} was read as the national level (level.nqf)",
                code=str(code[0]) if code is not None else "",
                framework=name,
            ),
            pointer="/level/nqf",
            source=alignment.pointer,
        )
        return
    b.note(
        msg(
            "the alignment gives level {code} of {framework}, which is neither a level of the EQF nor of a national "
            "framework qa-checker can read; it was not read",
            code=str(code[0]) if code is not None else "-",
            framework=name or "-",
        ),
        pointer="/level",
        source=alignment.pointer,
    )


def _folded(text: tuple[LangString, str] | None) -> str:
    """A found language string's text (English first) folded for comparison: case and spacing ignored."""
    return " ".join(str(first_text(text[0]) or "").split()).casefold() if text is not None else ""


def _plain(text: tuple[LangString, str] | None) -> str:
    """Plain text of a found language string (for messages)."""
    if text is None:
        return ""
    value = text[0]
    return f"({value.get('en') or next(iter(value.values()))})" if isinstance(value, dict) else f"({value})"


# Credits that name no credit system, and what is said of each (the achievement's, the learner's).
_CREDITS_WITHOUT_SYSTEM = {
    "creditsAvailable": N_(
        "creditsAvailable {value} does not say which credit system it counts in, so it was not read as ECTS"
    ),
    "creditsEarned": N_(
        "creditsEarned {value} does not say which credit system it counts in, so it was not read as ECTS"
    ),
}


def read_ects(b: Builder, ects: tuple[Scalar, str] | None) -> None:
    """Set the workload's ECTS credits from a value found (a positive number), or warn that it is none."""
    if ects is None:
        return
    value = number(ects[0])
    if value is not None and value > 0:
        b.set("/workload/ects", value, ects[1])
    else:
        b.warn(
            msg("ECTS {value} is not a positive number", value=repr(ects[0])), pointer="/workload/ects", source=ects[1]
        )


def read_hours(b: Builder, term: str, found: tuple[Scalar, str], *, minutes: bool = False) -> float | None:
    """Set the workload's hours from the value of ``term`` found (a positive number of hours, of minutes when
    ``minutes``, or an ISO 8601 time duration) and return them, or warn that it is none."""
    hours = number(found[0])
    if hours is not None and minutes:
        hours = number(round(hours / 60, 2))
    if hours is None:
        hours, _reason = duration_hours(found[0])
    if hours is not None and hours > 0:
        b.set("/workload/hours", hours, found[1])
        return hours
    b.warn(
        msg("{term} {value} is not a number of minutes", term=term, value=repr(found[0]))
        if minutes
        else msg("{term} {value} is not a number of hours", term=term, value=repr(found[0])),
        pointer="/workload/hours",
        source=found[1],
    )
    return None


def _workload(b: Builder, achievement: Node, subject: Node | None) -> None:
    read_ects(b, achievement.scalar("ECTS"))
    for term in ("SBU", "timeInvestment"):
        hours_value = achievement.scalar(term)
        if hours_value is None or b.has("/workload/hours"):
            continue
        hours = read_hours(b, term, hours_value)
        if hours is not None and term == "SBU" and not b.has("/workload/ects"):
            # SBU (studiebelastingsuren) is the study load of Dutch vocational education (MBO), which
            # counts in these hours, not in ECTS: the national system is named as Annex I M7 allows.
            b.set("/workload/other_credits", {"system": "SBU", "value": hours}, hours_value[1])
            b.note(
                msg(
                    "SBU {value} (the study-load hours of Dutch vocational education) was read as hours and as "
                    "the national credit system SBU",
                    value=repr(hours_value[0]),
                ),
                pointer="/workload/other_credits",
                source=hours_value[1],
            )
    for owner, term in ((achievement, "creditsAvailable"), (subject, "creditsEarned")):
        credits = owner.scalar(term) if owner is not None else None
        if credits is not None and not b.has("/workload/ects"):
            b.warn(
                msg(_CREDITS_WITHOUT_SYSTEM[term], value=repr(credits[0])),
                pointer="/workload",
                source=credits[1],
                hint=msg("Use the Edubadges ECTS field, or state the credits in the descriptor by hand."),
            )


def _edubadges(b: Builder, achievement: Node) -> None:
    participation = achievement.scalar("participationType")
    if participation is not None:
        value = str(participation[0]).strip().lower()
        mode, activity = PARTICIPATION.get(value, (None, None))
        if value not in PARTICIPATION:
            b.keep(
                "/participation/mode",
                str(participation[0]),
                participation[1],
                msg(
                    "participationType {value} is not in the Edubadges list; it is kept as found",
                    value=repr(participation[0]),
                ),
                hint=msg("Use a participationType of the Edubadges profile (online, onsite or blended, ...)."),
            )
        elif mode:
            b.set("/participation/mode", mode, participation[1])
        if activity:
            b.set("/participation/activity_types", [activity], participation[1])
        if not mode and value in PARTICIPATION:
            b.warn(
                msg(
                    "participationType {value} does not say whether participation is online, onsite or blended",
                    value=repr(participation[0]),
                ),
                pointer="/participation/mode",
                source=participation[1],
            )
    assessment = achievement.scalar("assessmentType")
    if assessment is not None:
        slug = ASSESSMENT.get(str(assessment[0]).strip().lower())
        if slug is None:
            b.keep(
                "/assessment/types",
                [str(assessment[0])],
                assessment[1],
                msg(
                    "assessmentType {value} is not in the Edubadges list; it is kept as found",
                    value=repr(assessment[0]),
                ),
                hint=msg("Use an assessmentType of the Edubadges profile (portfolio, testing, ...)."),
            )
        else:
            b.set("/assessment/types", [slug], assessment[1])
            if slug == "other":
                b.set("/assessment/description", str(assessment[0]), assessment[1])
    supervision = achievement.scalar("supervisionType")
    checked = achievement.scalar("identityChecked")
    if supervision is not None:
        slug = SUPERVISION.get(str(supervision[0]).strip().lower())
        if slug == "supervised-online-id-check" and checked is not None and checked[0] is False:
            slug = "supervised-no-id-check"
            b.note(
                msg(
                    "supervisionType 'supervised online' with identityChecked false: read as supervised without "
                    "identity verification"
                ),
                pointer="/assessment/supervision",
                source=checked[1],
            )
        if slug is None:
            b.keep(
                "/assessment/supervision",
                str(supervision[0]),
                supervision[1],
                msg(
                    "supervisionType {value} is not in the Edubadges list; it is kept as found",
                    value=repr(supervision[0]),
                ),
                hint=msg("Use a supervisionType of the Edubadges profile."),
            )
        else:
            b.set("/assessment/supervision", slug, supervision[1])
    elif checked is not None and checked[0] is True:
        b.warn(
            msg("identityChecked is true but supervisionType is absent, so the supervision is unknown"),
            pointer="/assessment/supervision",
            source=checked[1],
        )


def _learner(b: Builder, subject: Node) -> None:
    """The recipient: a name, a subject id that identifies someone (a DID, a web or mailto address), or an
    identity object. An id that only names the subject inside the credential (``urn:uuid:...``) is not an
    identification; a hashed identity is one (it is how Open Badges binds a badge to a person privately),
    and a note says it can only be confirmed, not read. An identity given in plain text is read by its
    ``identityType``: a ``name`` is the learner's name, a ``nationalIdentityNumber`` a national identifier."""
    learner: dict[str, Any] = {}
    b.expect("/learner", subject.pointer)
    name = subject.text("name")
    if name is not None:
        learner["name"] = name[0] if isinstance(name[0], str) else next(iter(name[0].values()))
        b.trace("/learner/name", name[1])
    if subject.id and not is_local_id(subject.id):
        learner["identifier"] = {"scheme": "other", "value": subject.id}
        b.trace("/learner/identifier", subject.where("id"))
    for identity in subject.nodes("identifier"):
        value = identity.scalar("identityHash")
        if value is None or not str(value[0]).strip():
            continue
        kind = identity.scalar("identityType")
        hashed = identity.scalar("hashed")
        plain = hashed is not None and hashed[0] is False
        if plain and kind is not None and kind[0] == _NAME_IDENTITY:
            if "name" not in learner:
                learner["name"] = str(value[0]).strip()
                b.trace("/learner/name", value[1])
            continue
        if "identifier" in learner:
            continue
        national = plain and kind is not None and kind[0] == _NATIONAL_IDENTITY
        learner["identifier"] = {"scheme": "national" if national else "other", "value": str(value[0])}
        b.trace("/learner/identifier", value[1])
        if not plain:
            b.note(
                msg(
                    "the learner is identified by a hashed {type}: it confirms a person who gives that value, "
                    "but does not say who the learner is",
                    type=str(kind[0]),
                )
                if kind
                else msg(
                    "the learner is identified by a hashed identity: it confirms a person who gives that value, "
                    "but does not say who the learner is"
                ),
                pointer="/learner/identifier",
                source=identity.pointer,
            )
    if learner:
        b.set("/learner", learner, subject.pointer)
    elif subject.id:
        b.note(
            msg(
                "the credential subject has no name or identity; its id {id} only names it inside this "
                "credential, so the learner is not identified",
                id=repr(subject.id),
            ),
            pointer="/learner",
            source=subject.where("id"),
            hint=msg("Identify the recipient: a DID as credentialSubject.id, or an identifier (IdentityObject)."),
        )
    identities = ((identity, "identityHash") for identity in subject.nodes("identifier"))
    b.unfilled("/learner", (subject, "name"), (subject, "id"), *identities)


def _grade(b: Builder, achievement: Node | None, subject_results: _Results) -> None:
    """The first result's value, else the name of the rubric level a result names (``achievedLevel``): the id of
    a level described in the document, or the level itself written in place. A value given empty leaves the grade
    missing there; a value of another type (a number, true or false) is reported, not read. Where some results name
    a result description of ``achievement`` (one of several the subject holds), only those are its results; those
    naming another achievement's are never. Each set of results is read once for all the achievements it is the
    results of (:meth:`_Results.reading`): a subject of many achievements and results is read in linear time."""
    key: tuple[int, ...] | None = None
    if achievement is not None and subject_results.by_description:
        own = frozenset(d.id for d in achievement.nodes("resultDescription") if d.id)
        owned = subject_results.owned(own)
        # (results naming no description of this achievement: those naming none of another achievement's either)
        key = owned if owned else _UNOWNED
    reading = subject_results.reading(key)
    if reading.value is not None:
        b.set("/grade", str(reading.value[0]), reading.value[1])
        if reading.count > 1:
            b.note(
                plural(
                    "the subject gives {count} result; the grade is the value of {result}",
                    "the subject gives {count} results; the grade is the value of {result}",
                    reading.count,
                    result=repr(reading.shown) if reading.shown else msg("the first"),
                ),
                pointer="/grade",
                source=reading.value[1],
            )
        return
    for message, name, where in reading.levels:
        if name is None:
            b.warn(message, pointer="/grade", source=where, hint=msg(_LEVEL_HINT))
            continue
        b.set("/grade", name[0], name[1])
        b.note(message, pointer="/grade", source=where)
        return
    b.unfilled("/grade", *reading.blank)


# The key of the results naming no result description of any achievement (:meth:`_Results.reading`).
_UNOWNED: tuple[int, ...] = (-1,)


class _Reading:
    """What a set of results gives an achievement's grade, read once: the value of the result chosen (``None``:
    none has one), the name of the result description it was chosen by, how many results have a value; else the
    ``achievedLevel`` values in order, each with why it gives no grade or the name it gives (and the note saying
    so), up to the first that names one; and the first place where a value or a level is given empty."""

    def __init__(self, results: list[Node]) -> None:
        valued = [(r, v) for r in results if (v := r.scalar("value")) is not None and str(v[0]).strip()]
        self.value: tuple[Scalar, str] | None = None
        self.shown: str | None = None
        self.count = len(valued)
        self.levels: list[tuple[Text, tuple[LangString, str] | None, str]] = []
        self.blank: tuple[tuple[Node, str], ...] = ()
        if valued:
            named = [(_described_as(result), value) for result, value in valued]
            self.shown, self.value = next(((n, v) for n, v in named if n and _OVERALL.search(n)), named[0])
            return
        if self._levels(results):
            return
        places = ((result, term) for term in ("value", "achievedLevel") for result in results)
        self.blank = next((((node, term),) for node, term in places if node.blank(term) is not None), ())

    def _levels(self, results: list[Node]) -> bool:
        """Read the results' ``achievedLevel`` values up to the first naming a level; whether one did."""
        for result in results:
            for found, where in result.values("achievedLevel"):
                if isinstance(found, dict) and "@value" in found:
                    found = found["@value"]
                if blank(found):
                    continue
                level = result.reader.resolve(found, where)
                name = level.text("name") if level is not None else None
                if name is None:
                    self.levels.append((_unnamed_level(found, level), None, where))
                    continue
                self.levels.append(
                    (
                        msg(
                            "the result gives no value; the grade is the name of the rubric level it names "
                            "(achievedLevel)"
                        ),
                        name,
                        where,
                    )
                )
                return True
        return False


# The name of a result that is the overall grade, not one of its parts ("Final Grade" beside "Final Exam").
_OVERALL = regex(
    r"\b(?:grade|overall|total|gesamtnote|endnote|note finale|eindcijfer|calificaci[oó]n final|voto finale)\b",
    re.IGNORECASE,
)


class _Results:
    """A subject's results, by the result descriptions they name, read once for all the achievements it holds (a
    subject of many achievements and results is read in linear time)."""

    def __init__(self, subject: Node) -> None:
        self._subject = subject
        self._owned: dict[frozenset[str], tuple[int, ...]] = {}
        self._readings: dict[tuple[int, ...] | None, _Reading] = {}

    @functools.cached_property
    def results(self) -> list[Node]:
        return self._subject.nodes("result")

    @functools.cached_property
    def _named(self) -> list[set[str]]:
        """The ids of the result descriptions each result names."""
        return [_descriptions_named(result) for result in self.results]

    @functools.cached_property
    def by_description(self) -> dict[str, list[int]]:
        """The places of the results naming each result description (none: no result names one)."""
        places: dict[str, list[int]] = {}
        for place, named in enumerate(self._named):
            for ident in named:
                places.setdefault(ident, []).append(place)
        return places

    @functools.cached_property
    def unowned(self) -> list[Node]:
        """The results naming no result description of any of the subject's achievements."""
        described = {d.id for a in self._subject.nodes("achievement") for d in a.nodes("resultDescription") if d.id}
        return [result for result, named in zip(self.results, self._named) if not named & described]

    def owned(self, described: frozenset[str]) -> tuple[int, ...]:
        """The places, in order, of the results naming one of the result descriptions ``described`` (the ids of an
        achievement's), worked out once for achievements sharing their descriptions."""
        known = self._owned.get(described)
        if known is None:
            known = self._owned[described] = tuple(
                sorted({place for ident in described for place in self.by_description.get(ident, ())})
            )
        return known

    def reading(self, key: tuple[int, ...] | None) -> _Reading:
        """What the results ``key`` names give a grade (``None``: all the subject's; :data:`_UNOWNED`: those naming
        no achievement's description; else their places), read once for every achievement they are the results of."""
        known = self._readings.get(key)
        if known is None:
            results = (
                self.results if key is None else self.unowned if key == _UNOWNED else [self.results[p] for p in key]
            )
            known = self._readings[key] = _Reading(results)
        return known


def _descriptions_named(result: Node) -> set[str]:
    """The ids of the result descriptions a result names (``resultDescription``: an id, or an object with one)."""
    named = set()
    for found, _ in result.values("resultDescription"):
        given = (found.get("id") or found.get("@id")) if isinstance(found, dict) else found
        if isinstance(given, str):
            named.add(given)
    return named


def _described_as(result: Node) -> str | None:
    """The name of the result description a result names (``resultDescription``), where the document describes it."""
    for found, where in result.values("resultDescription"):
        described = result.reader.resolve(found, where) if isinstance(found, (str, dict)) else None
        name = described.text("name") if described is not None else None
        if name is not None:
            return name[0] if isinstance(name[0], str) else next(iter(name[0].values()), None)
    return None


_NAME_IDENTITY = "name"
_NATIONAL_IDENTITY = "nationalIdentityNumber"
_LEVEL_HINT = N_("Describe the level in the achievement's resultDescription.rubricCriterionLevel.")


def _unnamed_level(found: object, level: Node | None) -> Text:
    """Why the ``achievedLevel`` value ``found`` (read as the rubric level ``level``) gives no grade."""
    ref = found if isinstance(found, str) else level.id if level is not None else None
    if ref is not None:
        return msg(
            "achievedLevel {ref} names no rubric level with a name in this document; the grade was not read", ref=ref
        )
    if level is not None:
        return msg(
            "achievedLevel is an object with neither the id nor the name of a rubric level; the grade was not read"
        )
    if isinstance(found, list):
        return msg("achievedLevel holds a list inside its list, not the id of a rubric level; the grade was not read")
    return msg(
        "achievedLevel {value} is not the id of a rubric level (a text); the grade was not read",
        value=str(found).lower() if isinstance(found, bool) else str(found),
    )


IMPORTER = Importer("ob3", detect, convert)
