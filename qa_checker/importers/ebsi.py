"""EBSI ``VerifiableDiploma``: the diploma credential of the EBSI pilots (before ELM 3), as walt.id and BCdiploma
issue it.

Its ``credentialSubject`` holds the learner (``givenNames``, ``familyName``, ``identifier``, ``dateOfBirth``),
the ``learningAchievement`` (title, description), the ``awardingOpportunity`` with its ``awardingBody``
(``preferredName``, ``homepage``, ``registration``, ``eidasLegalIdentifier``) and ``location``, the
``learningSpecification`` (ECTS credits, ``eqfLevel``, ``nqfLevel``, ``iscedfCode``, ``volumeOfLearning``) and
the ``gradingScheme``.

The EBSI ``Europass`` attestation (walt.id's template, and EBSI's 2022 education diploma schema) has another shape,
that of ELM 2: ``credentialSubject.achieved`` lists learning achievements, each ``specifiedBy`` its specification
(title, ECTS credits, EQF and NQF levels, volume of learning, entry requirements, learning outcomes),
``wasAwardedBy`` its awarding process (the awarding bodies), ``wasDerivedFrom`` its assessments (grade, grading
scheme). Each achievement is one credential.
"""

from __future__ import annotations

from typing import Any

from qa_checker import vocab
from qa_checker.document import Document
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    EQF_BASES,
    Builder,
    country_code,
    country_of,
    first_text,
    is_local_id,
    iso_date,
    number,
    refused,
    slug_for,
)
from qa_checker.importers.elm import read_activity_workload, read_assessment, read_participation, read_volume
from qa_checker.importers.jsonld import Node, Reader, Scalar, graph_nodes
from qa_checker.importers.ob3 import issued_at, read_ects
from qa_checker.text import msg

TYPE = "VerifiableDiploma"
# The diploma's type names: EBSI's, and the second version wallets and issuers of the EBSI pilots (Talao/Altme) use.
DIPLOMA_TYPES = frozenset({TYPE, "VerifiableDiploma2"})
LABEL = "EBSI VerifiableDiploma"
ATTESTATION = "Europass"
ATTESTATION_LABEL = "EBSI Europass attestation"
# How the specification's terms are spelt by the EBSI schemas' versions and their issuers (ELM 2 wrote eqflLevel).
_ECTS_TERMS = ("ectsCreditPoints", "eCTSCreditPoints", "ECTSCreditPoints")
_EQF_TERMS = ("eqfLevel", "eqflLevel", "EQFLevel")
_NQF_TERMS = ("nqfLevel", "nqflLevel", "NQFLevel")
_ISCED_TERMS = ("iscedfCode", "iSCEDFCode", "ISCEDFCode")
# The concepts of the EU's qualifications register (QDR), which qa-checker does not fetch.
_REGISTER_CONCEPTS = ("http://data.europa.eu/snb/qdr/", "https://data.europa.eu/snb/qdr/")
# A value that says no identifier is known (the walt.id template writes "Unknown").
_UNKNOWN = frozenset({"unknown", "n/a", "none", "-"})


def _types(node: Node) -> set[str]:
    """The node's types, and its subject's: an issuer of the EBSI pilots may type the credential only as a
    ``VerifiableAttestation`` and put the diploma's type on its ``credentialSubject``."""
    subject = node.node("credentialSubject")
    return node.types | (subject.types & DIPLOMA_TYPES if subject is not None else set())


def _roots(data: dict[str, Any]) -> list[Node]:
    reader = Reader(data)
    nodes = graph_nodes(reader) or [reader.node(data, "")]
    return [n for n in nodes if _types(n) & (DIPLOMA_TYPES | {ATTESTATION})]


def detect(data: dict[str, Any]) -> bool:
    """An EBSI VerifiableDiploma or Europass attestation (by its type)."""
    return bool(_roots(data))


def convert(document: Document, base: str) -> list[Document]:
    """One descriptor (kind ``credential``) per diploma, and per learning achievement of an ELM 2 shaped one."""
    converted: list[Document] = []
    for root in _roots(document.data):
        subject = root.node("credentialSubject")
        achieved = subject.nodes("achieved") if subject is not None else []
        # An ELM v2 credential of learning activities only (a certificate of participation): each is the claim.
        claims = achieved or (subject.nodes("activity") if subject is not None and subject.has("activity") else [])
        if subject is not None and claims and not subject.has("learningAchievement"):
            converted.extend(_achievement(document, base, root, subject, node, len(claims)) for node in claims)
        elif subject is not None and not subject.has("learningAchievement") and not _types(root) & DIPLOMA_TYPES:
            converted.append(
                refused(
                    document,
                    msg("the EBSI Europass attestation lists no learning achievement (credentialSubject.achieved)"),
                    msg("Give the attestation with the learning achievements it attests."),
                    source=base + (subject.where("achieved") if subject.has("achieved") else subject.pointer),
                    fmt="ebsi",
                    imported_from=ATTESTATION_LABEL,
                    base=base,
                )
            )
        elif subject is not None and _types(root) & DIPLOMA_TYPES and not any(subject.has(t) for t in _EBSI_TERMS):
            converted.append(
                refused(
                    document,
                    msg(
                        "the VerifiableDiploma's credentialSubject has none of the EBSI diploma's properties "
                        "(learningAchievement, awardingOpportunity, learningSpecification): a diploma of another "
                        "shape, which qa-checker does not import"
                    ),
                    msg("Give the diploma as an EBSI VerifiableDiploma or a Europass (ELM) credential."),
                    source=base + subject.pointer,
                    fmt="ebsi",
                    imported_from=LABEL,
                    base=base,
                )
            )
        else:
            converted.append(_convert(document, base, root, subject))
    return converted


# The properties of an EBSI diploma's subject, one of which each of its diplomas gives (a subject of other
# properties, "degree_name", "ects_credits", is a diploma of another shape).
_EBSI_TERMS = (
    *("learningAchievement", "awardingOpportunity", "learningSpecification", "gradingScheme", "achieved"),
    *("activity", "familyName", "givenName", "dateOfBirth", "personIdentifier", "currentFamilyName"),
    "currentGivenName",
)


def _label(root: Node) -> str:
    return LABEL if _types(root) & DIPLOMA_TYPES else ATTESTATION_LABEL


def _convert(document: Document, base: str, root: Node, subject: Node | None) -> Document:
    if subject is None:
        return refused(
            document,
            msg(
                "the EBSI {type} has no credentialSubject; there is nothing to check",
                type=min(_types(root) & DIPLOMA_TYPES, default=ATTESTATION),
            ),
            msg("Give the diploma with its credentialSubject (learner, learning achievement, awarding body)."),
            source=base + (root.where("credentialSubject") if root.has("credentialSubject") else root.pointer),
            fmt="ebsi",
            imported_from=_label(root),
            base=base,
        )
    achievement = subject.node("learningAchievement")
    spec = subject.node("learningSpecification")
    home = achievement or subject
    b = Builder(kind="credential", base_pointer=base)
    b.set_id(root.id, "ebsi-diploma", root.where("id"), root.pointer)
    for pointer in ("/title", "/learning_outcomes", "/assessment", "/participation"):
        b.expect(pointer, home.pointer)
    for pointer in ("/workload", "/level", "/field_of_education"):
        b.expect(pointer, (spec or home).pointer)
    if achievement is not None:
        for pointer, term in (("/title", "title"), ("/summary", "description")):
            found = achievement.text(term)
            if found is not None:
                b.set(pointer, found[0], found[1])
            b.unfilled(pointer, (achievement, term))
    _awarding_body(b, subject.node("awardingOpportunity"), subject)
    if spec is not None:
        _specification(b, spec)
    scheme = subject.node("gradingScheme")
    title = scheme.text("title") if scheme is not None else None
    if title is not None:
        b.set("/assessment/grading_scheme", title[0], title[1])
    _learner(b, subject)
    _issue_date(b, root)
    b.expect("/grade", subject.pointer)
    return b.document(document, fmt="ebsi", imported_from=_label(root), home=home.pointer)


def _issue_date(b: Builder, root: Node, claim: Node | None = None) -> None:
    """The date of issuing: ``issued`` or ``issuanceDate`` (never ``validFrom``: validity is not issuance), else an
    SD-JWT's ``iat``, else the date the achievement was awarded (``wasAwardedBy.awardingDate``), with a note."""
    b.expect("/issue_date", root.pointer)
    for term in ("issued", "issuanceDate"):
        stamp = root.scalar(term)
        day = iso_date(stamp[0]) if stamp is not None and isinstance(stamp[0], str) else None
        if stamp is not None and day is not None:
            b.set("/issue_date", day, stamp[1])
            break
    issued_at(b, root)
    awarding = claim.node("wasAwardedBy") if claim is not None else None
    stamp = awarding.scalar("awardingDate") if awarding is not None else None
    day = iso_date(stamp[0]) if stamp is not None and isinstance(stamp[0], str) else None
    if not b.has("/issue_date") and stamp is not None and day is not None:
        b.set("/issue_date", day, stamp[1])
        b.note(
            msg(
                "the credential has no issued date; the date of awarding (wasAwardedBy.awardingDate) was read as the "
                "date of issuing"
            ),
            pointer="/issue_date",
            source=stamp[1],
        )
    if b.has("/issue_date"):
        b.expiry(root.scalar("validUntil") or root.scalar("expirationDate"))


def _achievement(document: Document, base: str, root: Node, subject: Node, claim: Node, count: int) -> Document:
    """One learning achievement of an ELM 2 shaped attestation (``count``: how many the subject lists), or one
    learning activity: awarded by the body that directed it, its workload the activity's."""
    spec = claim.node("specifiedBy")
    b = Builder(kind="credential", base_pointer=base)
    if count == 1 or not claim.id:
        # An SD-JWT VC names the credential by its JWT ID (jti) where a JSON-LD credential has its id.
        jti = root.scalar("jti") if not root.id else None
        if jti is not None and isinstance(jti[0], str) and jti[0].strip():
            b.set_id(jti[0].strip(), "ebsi-attestation", jti[1], root.pointer)
        else:
            b.set_id(root.id, "ebsi-attestation", root.where("id"), root.pointer)
    else:
        b.set("/id", claim.id, claim.where("id"))
    for pointer in ("/title", "/learning_outcomes", "/workload", "/level", "/prerequisites"):
        b.expect(pointer, (spec or claim).pointer)
    for owner in (spec, claim):
        found = owner.text("title") if owner is not None else None
        if found is not None:
            b.set("/title", found[0], found[1])
            break
    for owner, term in ((claim, "description"), (spec, "description"), (spec, "definition")):
        found = owner.text(term) if owner is not None else None
        if found is not None:
            b.set("/summary", found[0], found[1])
            break
    if claim.has("directedBy") and not claim.has("wasAwardedBy"):
        _awarding_body(b, claim, claim, location=None, term="directedBy")
    else:
        _awarding_body(b, claim.node("wasAwardedBy"), claim, location=None)
    if spec is not None:
        _specification(b, spec)
        _outcomes(b, spec)
        entry = spec.text("entryRequirementsNote")
        if entry is not None:
            b.set("/prerequisites", entry[0], entry[1])
        b.set_languages((((uri,), where) for uri, where in spec.refs("language")), spec.where("language"))
        read_participation(b, spec)
        page = b.web_address(spec.scalar("homepage"), key="homepage", pointer="/further_information")
        if page is not None:
            b.set("/further_information", page[0], page[1])
    if not b.has("/languages"):
        # The language the learning activity it came of was taught in (wasInfluencedBy: the activity's specification).
        for activity in claim.nodes("wasInfluencedBy"):
            taught = activity.node("specifiedBy")
            if taught is not None and taught.has("language"):
                b.set_languages((((uri,), where) for uri, where in taught.refs("language")), taught.where("language"))
                break
    if not b.has("/workload/hours"):
        read_activity_workload(b, claim)
    _assessments(b, claim)
    read_assessment(b, claim.nodes("wasDerivedFrom"), spec)
    _learner(b, subject)
    _issue_date(b, root, claim)
    return b.document(document, fmt="ebsi", imported_from=_label(root), home=claim.pointer)


def _outcomes(b: Builder, spec: Node) -> None:
    """Learning outcomes: ``learningOutcome`` statements (texts, or nodes with a title); a node that gives a
    ``description`` too, as the EDC's ELM 2 credentials do, names the outcome by its title and states it there."""
    outcomes: list[Any] = []
    for value, where in spec.values("learningOutcome"):
        node = spec.reader.resolve(value, where) if isinstance(value, dict) else None
        found = None if node is None else node.text("description") or node.text("title") or node.text("definition")
        text = found[0] if found is not None else (value if isinstance(value, str) and value.strip() else None)
        if text is not None:
            b.trace(f"/learning_outcomes/{len(outcomes)}", where)
            outcomes.append(text)
    if outcomes:
        b.set("/learning_outcomes", outcomes, spec.where("learningOutcome"))


def _assessments(b: Builder, claim: Node) -> None:
    """The grade and grading scheme of the assessments the achievement was derived from."""
    assessments = claim.nodes("wasDerivedFrom")
    b.expect("/assessment", (assessments[0] if assessments else claim).pointer)
    b.expect("/grade", (assessments[0] if assessments else claim).pointer)
    for assessment in assessments:
        grade = assessment.text("grade")
        if grade is not None and not b.has("/grade"):
            b.set("/grade", grade[0], grade[1])
        spec = assessment.node("specifiedBy")
        scheme = spec.node("gradingScheme") if spec is not None else None
        title = scheme.text("title") if scheme is not None else None
        if title is not None and not b.has("/assessment/grading_scheme"):
            b.set("/assessment/grading_scheme", title[0], title[1])


def _awarding_body(
    b: Builder, opportunity: Node | None, owner: Node, *, location: str | None = "location", term: str = "awardingBody"
) -> None:
    """The awarding body of ``opportunity`` (the diploma's awarding opportunity, an attestation's awarding
    process, given by ``owner``; the body that directed a learning activity, its ``term`` ``directedBy``), with its
    country from the opportunity's ``location`` term."""
    b.expect("/awarding_bodies", (opportunity or owner).pointer)
    if opportunity is None:
        return
    body = opportunity.node(term)
    where = opportunity.where(term)
    if body is None or all(k in ("id", "@id", "type", "@type") for k in body.data):
        refs = opportunity.refs(term)
        if refs:
            b.warn(
                msg("the awarding body is given only by its id ({id}), so its name is unknown", id=refs[0][0]),
                pointer="/awarding_bodies",
                source=where,
                hint=msg("Describe the awarding body in the diploma (preferredName, homepage, registration)."),
            )
        return
    entry: dict[str, Any] = {}
    name = body.text("preferredName") or body.text("legalName")
    if name is not None:
        entry["name"] = name[0]
        b.trace("/awarding_bodies/0/name", name[1])
    else:
        b.warn(msg("the awarding body has no preferredName"), pointer="/awarding_bodies/0/name", source=body.pointer)
    for term, scheme in (("registration", "national"), ("eidasLegalIdentifier", "eidas")):
        given = _known(body.scalar(term))
        if given is not None:
            entry["identifier"] = {"scheme": scheme, "value": given[0]}
            b.trace("/awarding_bodies/0/identifier", given[1])
            break
    homepage = b.web_address(body.scalar("homepage"), key="homepage", pointer="/awarding_bodies/0/url")
    if homepage is not None:
        entry["url"] = homepage[0]
        b.trace("/awarding_bodies/0/url", homepage[1])
    place = country_of(opportunity, location) if location is not None else None
    own = _own_country(body) if place is None else None
    if own is not None:
        b.country(
            entry,
            "/awarding_bodies/0/country",
            own,
            msg(
                "the awarding body's address gives the country {value}, which names no country; it is kept as found",
                value=repr(own[1]),
            ),
            msg("Give the country of the awarding body's address as an EU country concept."),
        )
    if place is not None:
        code, shown, at = place
        b.country(
            entry,
            "/awarding_bodies/0/country",
            (code, shown, at),
            msg("the awarding location {value} names no country; it is kept as found", value=repr(shown)),
            msg("Give the awarding opportunity's location as a country name or ISO 3166-1 code."),
        )
        if code is not None:
            b.note(
                msg(
                    "the awarding opportunity's location {value} was read as the awarding body's country",
                    value=repr(shown),
                ),
                pointer="/awarding_bodies/0/country",
                source=at,
            )
    if entry:
        b.set("/awarding_bodies", [entry], body.pointer)
        b.trace("/awarding_bodies/0", body.pointer)


def _own_country(body: Node) -> tuple[str | None, str, str] | None:
    """The country of an organisation's own address (see :func:`country_of`): ELM 2's ``hasLocation``/
    ``hasAddress``/``country`` (as its XML is read) or ``location``/``address``/``countryCode`` (its JSON, a
    concept with its ``id`` or ``uri``)."""
    for place in (n for term in ("hasLocation", "location") for n in body.nodes(term)):
        for address in (n for term in ("hasAddress", "address") for n in place.nodes(term)):
            for term in ("country", "countryCode"):
                found = country_of(address, term)
                concept = address.node(term) if found is None else None
                uri = concept.scalar("uri") if concept is not None and concept.id is None else None
                given = concept.id if concept is not None and concept.id else str(uri[0]) if uri else None
                if given is not None:
                    found = country_code(given), given, address.where(term)
                if found is not None:
                    return found
    return None


def _known(found: tuple[Scalar, str] | None) -> tuple[str, str] | None:
    """A found identifier as text, unless it is blank or says it is unknown."""
    if found is None:
        return None
    text = str(found[0]).strip()
    return (text, found[1]) if text and text.lower() not in _UNKNOWN else None


def _term(spec: Node, spellings: tuple[str, ...]) -> tuple[Scalar, str] | None:
    """The first value of a term under whichever of its spellings the specification uses."""
    return next((found for term in spellings if (found := spec.scalar(term)) is not None), None)


def _specification(b: Builder, spec: Node) -> None:
    """Workload (ECTS credits, volume of learning), EQF and NQF levels, and the ISCED-F field."""
    read_ects(b, _term(spec, _ECTS_TERMS))
    read_volume(b, spec)
    eqf = _term(spec, _EQF_TERMS)
    if eqf is not None:
        text = str(eqf[0])
        slug = slug_for("eqf", text)
        level: float | None = int(slug) if slug and slug.isdigit() else None
        if level is None and not text.startswith(EQF_BASES):
            level = number(eqf[0])
        if isinstance(level, int) and 1 <= level <= 8:
            b.set("/level/eqf", level, eqf[1])
        else:
            b.keep(
                "/level/eqf",
                level if level is not None else text,
                eqf[1],
                msg("EQF {value} is not an EQF level 1-8; it is kept as found", value=repr(eqf[0])),
                hint=msg("Give eqfLevel as 1 to 8 or http://data.europa.eu/snb/eqf/1 to /8."),
            )
    nqf = _term(spec, _NQF_TERMS)
    if nqf is not None:
        registered = str(nqf[0]).startswith(_REGISTER_CONCEPTS)
        b.warn(
            msg(
                "nqfLevel {value} is a concept of the EU's qualifications register, which names its framework and "
                "level only online; the NQF level was not read",
                value=repr(nqf[0]),
            )
            if registered
            else msg(
                "nqfLevel {value} names no qualifications framework, so the NQF level was not read", value=repr(nqf[0])
            ),
            pointer="/level/nqf",
            source=nqf[1],
            hint=msg("Give the national level in words beside it, or look the concept up in the register.")
            if registered
            else "",
        )
    field = _term(spec, _ISCED_TERMS)
    if field is not None:
        code = str(field[0]).strip()
        if code in vocab.get("isced-f"):
            b.set("/field_of_education", code, field[1])
        else:
            b.keep(
                "/field_of_education",
                code,
                field[1],
                msg(
                    "iscedfCode {value} is not an ISCED-F 2013 field code (2 to 4 digits); it is kept as found",
                    value=repr(field[0]),
                ),
                hint=msg("Give the field as an ISCED-F 2013 code such as 0413."),
            )


def _learner(b: Builder, subject: Node) -> None:
    """The learner: given names and family name, an identifier (else a subject id that identifies someone), and the
    date of birth."""
    learner: dict[str, Any] = {}
    b.expect("/learner", subject.pointer)
    names = [first_text(found[0]) for found in (subject.text("givenNames"), subject.text("familyName")) if found]
    if names:
        learner["name"] = " ".join(str(n) for n in names)
        b.trace("/learner/name", subject.where("familyName" if subject.has("familyName") else "givenNames"))
    entry = subject.node("identifier")  # ELM 2 writes {schemeID, value}
    identifier = _known(entry.scalar("value") if entry is not None else subject.scalar("identifier"))
    if identifier is not None:
        learner["identifier"] = {"scheme": "other", "value": identifier[0]}
        b.trace("/learner/identifier", identifier[1])
    elif subject.id and not is_local_id(subject.id):
        learner["identifier"] = {"scheme": "other", "value": subject.id}
        b.trace("/learner/identifier", subject.where("id"))
    born = subject.scalar("dateOfBirth")
    day = iso_date(born[0]) if born is not None and isinstance(born[0], str) else None
    if born is not None and day is not None:
        learner["date_of_birth"] = day
        b.trace("/learner/date_of_birth", born[1])
    if learner:
        b.set("/learner", learner, subject.pointer)
    b.unfilled("/learner", (subject, "givenNames"), (subject, "familyName"), (subject, "identifier"))


IMPORTER = Importer("ebsi", detect, convert)
