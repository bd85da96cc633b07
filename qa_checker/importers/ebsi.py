"""EBSI ``VerifiableDiploma``: the diploma credential of the EBSI pilots (before ELM 3), as walt.id and BCdiploma
issue it.

Its ``credentialSubject`` holds the learner (``givenNames``, ``familyName``, ``identifier``, ``dateOfBirth``),
the ``learningAchievement`` (title, description), the ``awardingOpportunity`` with its ``awardingBody``
(``preferredName``, ``homepage``, ``registration``, ``eidasLegalIdentifier``) and ``location``, the
``learningSpecification`` (ECTS credits, ``eqfLevel``, ``nqfLevel``, ``iscedfCode``, ``volumeOfLearning``) and
the ``gradingScheme``. The EBSI ``Europass`` attestation (``achieved``, ``wasAwardedBy``) is another shape, not
read here.
"""

from __future__ import annotations

from typing import Any

from qa_checker import vocab
from qa_checker.document import Document
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    EQF_BASES,
    Builder,
    country_of,
    first_text,
    is_local_id,
    iso_date,
    number,
    refused,
    slug_for,
)
from qa_checker.importers.elm import read_volume
from qa_checker.importers.jsonld import Node, Reader, Scalar, graph_nodes
from qa_checker.importers.ob3 import read_ects
from qa_checker.text import msg

TYPE = "VerifiableDiploma"
LABEL = "EBSI VerifiableDiploma"
# How the specification's ECTS credits are spelt by the EBSI schema's versions and its issuers.
_ECTS_TERMS = ("ectsCreditPoints", "eCTSCreditPoints", "ECTSCreditPoints")
# A value that says no identifier is known (the walt.id template writes "Unknown").
_UNKNOWN = frozenset({"unknown", "n/a", "none", "-"})


def _roots(data: dict[str, Any]) -> list[Node]:
    reader = Reader(data)
    nodes = graph_nodes(reader) or [reader.node(data, "")]
    return [n for n in nodes if TYPE in n.types]


def detect(data: dict[str, Any]) -> bool:
    """An EBSI VerifiableDiploma (by its type)."""
    return bool(_roots(data))


def convert(document: Document, base: str) -> list[Document]:
    """One descriptor (kind ``credential``) per diploma."""
    return [_convert(document, base, root) for root in _roots(document.data)]


def _convert(document: Document, base: str, root: Node) -> Document:
    subject = root.node("credentialSubject")
    if subject is None:
        return refused(
            document,
            msg("the EBSI VerifiableDiploma has no credentialSubject; there is nothing to check"),
            msg("Give the diploma with its credentialSubject (learner, learning achievement, awarding body)."),
            source=base + (root.where("credentialSubject") if root.has("credentialSubject") else root.pointer),
            fmt="ebsi",
            imported_from=LABEL,
        )
    achievement = subject.node("learningAchievement")
    spec = subject.node("learningSpecification")
    home = achievement or subject
    b = Builder(kind="credential", base_pointer=base)
    b.set("/id", root.id or "ebsi-diploma", root.where("id"))
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
    _awarding_body(b, subject)
    if spec is not None:
        _specification(b, spec)
    scheme = subject.node("gradingScheme")
    title = scheme.text("title") if scheme is not None else None
    if title is not None:
        b.set("/assessment/grading_scheme", title[0], title[1])
    _learner(b, subject)
    b.expect("/issue_date", root.pointer)
    for term in ("issued", "issuanceDate"):  # never validFrom: validity is not issuance
        stamp = root.scalar(term)
        day = iso_date(stamp[0]) if stamp is not None and isinstance(stamp[0], str) else None
        if stamp is not None and day is not None:
            b.set("/issue_date", day, stamp[1])
            break
    b.expect("/grade", subject.pointer)
    return b.document(document, fmt="ebsi", imported_from=LABEL, home=home.pointer)


def _awarding_body(b: Builder, subject: Node) -> None:
    opportunity = subject.node("awardingOpportunity")
    b.expect("/awarding_bodies", (opportunity or subject).pointer)
    if opportunity is None:
        return
    body = opportunity.node("awardingBody")
    where = opportunity.where("awardingBody")
    if body is None or all(k in ("id", "@id", "type", "@type") for k in body.data):
        refs = opportunity.refs("awardingBody")
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
    homepage = body.scalar("homepage")
    if homepage is not None and str(homepage[0]).startswith(("http://", "https://")):
        entry["url"] = homepage[0]
        b.trace("/awarding_bodies/0/url", homepage[1])
    location = country_of(opportunity, "location")
    if location is not None:
        code, shown, at = location
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


def _known(found: tuple[Scalar, str] | None) -> tuple[str, str] | None:
    """A found identifier as text, unless it is blank or says it is unknown."""
    if found is None:
        return None
    text = str(found[0]).strip()
    return (text, found[1]) if text and text.lower() not in _UNKNOWN else None


def _specification(b: Builder, spec: Node) -> None:
    """Workload (ECTS credits, volume of learning), EQF and NQF levels, and the ISCED-F field."""
    read_ects(b, next((found for term in _ECTS_TERMS if (found := spec.scalar(term)) is not None), None))
    read_volume(b, spec)
    eqf = spec.scalar("eqfLevel")
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
    nqf = spec.scalar("nqfLevel")
    if nqf is not None:
        b.warn(
            msg(
                "nqfLevel {value} names no qualifications framework, so the NQF level was not read", value=repr(nqf[0])
            ),
            pointer="/level/nqf",
            source=nqf[1],
        )
    field = spec.scalar("iscedfCode")
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
    identifier = _known(subject.scalar("identifier"))
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
