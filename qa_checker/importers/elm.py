"""European Learning Model v3 (Europass EDC): credentials and specifications.

Reads ``EuropeanDigitalCredential`` (each claim in ``credentialSubject.hasClaim`` becomes one
descriptor of kind ``credential``) and the specifications ``Qualification``,
``LearningAchievementSpecification`` and ``LearningOpportunity`` (kind ``offer``). Each Annex I
element is read from where ELM keeps it (see the mapping in the README); EU vocabulary URIs become
the descriptor's slugs through the bundled vocabularies. What the source does not state is left out
for the checker to report as missing; what it states but cannot be converted is a ``MC-IM-002``
warning pointing at the original.
"""

from __future__ import annotations

import re
from typing import Any, TypeAlias

from qa_checker import vocab
from qa_checker.document import Document
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    EQF_BASES,
    ESCO_BASES,
    ISCED_BASES,
    Builder,
    canonical_eu_uri,
    country_code,
    currency_code,
    duration_hours,
    first_text,
    is_eu_uri,
    is_itself,
    is_local_id,
    is_pace,
    iso_date,
    not_hours,
    number,
    refused,
    slug_for,
)
from qa_checker.importers.jsonld import LangString, Node, Reader, graph_nodes, lang_string, local_name
from qa_checker.patterns import regex
from qa_checker.text import N_, Text, msg, plural

CREDENTIAL_TYPES = {"EuropeanDigitalCredential"}
SPEC_TYPES = {"Qualification", "LearningAchievementSpecification", "LearningOpportunity"}
# ELM ontology local names that differ from the JSON keys of the EDC context.
TERM_ALIASES = {
    "EQFLevel": "eqfLevel",
    "NQFLevel": "nqfLevel",
    "ISCEDFCode": "thematicArea",
    "eIDASIdentifier": "eidasLegalIdentifier",
    # The IRI's local name, as expanded JSON-LD writes it (the context's term is contentURL).
    "contentUrl": "contentURL",
}
# The skill types (knowledge, skill, competence) of ESCO and of the EU's ELM vocabularies: a URI elsewhere
# whose path merely ends in /skill is not one.
_SKILL_TYPE_BASES = tuple(
    f"{scheme}://data.europa.eu/{path}/skill-type/" for scheme in ("http", "https") for path in ("esco", "snb")
)
# NQF levels are concepts of the EU register of qualifications frameworks (qdr); the register's 400-odd
# levels are not bundled, so a qdr URI is read by its label ("RQF Level 6"), as is a document-local
# concept (urn:epass:...), and any other URI is invalid.
_NQF_BASES = ("http://data.europa.eu/snb/qdr/", "https://data.europa.eu/snb/qdr/")
# The framework ends on a non-space, so each run of spaces is scanned once: linear in a label of any length.
_NQF_LABEL = regex(r"^\s*(?P<framework>\S(?:.*?\S)?)\s+level\s+(?P<level>[0-9]+[a-z]?)\s*$", re.IGNORECASE)
# Labels of the ELM supervision-verification concepts (the bundled vocabulary uses the Annex I wording).
ELM_SUPERVISION_LABELS = {
    "unsupervised without id verification": "http://data.europa.eu/snb/supervision-verification/c598449d64",
    "supervised with id verification": "http://data.europa.eu/snb/supervision-verification/70be69aaf9",
}
# A SKOS concept value: (uri, label, notation, pointer); see :func:`_concepts`.
ConceptValue: TypeAlias = tuple[str | None, str | None, str | None, str]


def _reader(data: dict[str, Any]) -> Reader:
    return Reader(data, term_aliases=TERM_ALIASES)


def _main_nodes(reader: Reader) -> list[Node]:
    """Credentials first; specifications only when the document holds no credential, each once: one that a
    learning opportunity of the document names (``learningAchievementSpecification``) is read through it."""
    root = reader.root
    candidates = graph_nodes(reader) or [reader.node(root, "")]
    credentials = [n for n in candidates if n.types & CREDENTIAL_TYPES or _bare_credential(n)]
    if credentials:
        return credentials
    specs = [n for n in candidates if n.types & SPEC_TYPES]
    opportunities = [n for n in specs if "LearningOpportunity" in n.types]
    named = {ref for n in opportunities for ref, _where in n.refs("learningAchievementSpecification")}
    kept = {id(n) for n in opportunities}
    return [n for n in specs if n.id not in named or id(n) in kept]


def _bare_credential(node: Node) -> bool:
    """An ELM credential without its ELM type (a bare object, or a plain VerifiableCredential) with ELM claims."""
    if node.types - {"VerifiableCredential", "VerifiableAttestation"}:
        return False
    subject = node.node("credentialSubject")
    return subject is not None and subject.has("hasClaim")


def detect(data: dict[str, Any]) -> bool:
    """An ELM credential or specification, by its types (or a bare credential with claims)."""
    return bool(_main_nodes(_reader(data)))


def convert(document: Document, base: str) -> list[Document]:
    """One descriptor per claim of each credential, or per specification."""
    reader = _reader(document.data)
    documents: list[Document] = []
    for node in _main_nodes(reader):
        if node.types & CREDENTIAL_TYPES or _bare_credential(node):
            documents.extend(_credential(document, reader, node, base))
        else:
            documents.append(_specification(document, reader, node, base))
    return documents


def _context_notes(b: Builder, reader: Reader, node: Node) -> None:
    context = reader.context
    if not context.present:
        b.note(msg("the document has no @context; it was read by its ELM terms"), source=node.pointer or None)
    elif "elm" not in context.families:
        b.note(
            msg("the @context does not name the ELM (EDC) context; the document was read by its ELM terms"),
            source="/@context",
        )
    for url in context.unknown:
        b.note(msg("@context {url} is not one qa-checker knows; it was not fetched", url=url), source="/@context")


def _no_achievement(document: Document, root: Node, base: str, message: Text, hint: Text) -> list[Document]:
    """The credential refused at its subject: it holds no learning achievement to describe."""
    return [
        refused(
            document,
            message,
            hint,
            source=base + root.where("credentialSubject"),
            fmt="elm",
            imported_from="ELM v3 EuropeanDigitalCredential",
            base=base,
        )
    ]


def _credential(document: Document, reader: Reader, root: Node, base: str) -> list[Document]:
    """The descriptors of a credential's claims; a credential of several subjects (each a learner with claims of
    their own) gives those of each subject."""
    subjects = root.nodes("credentialSubject")
    if len(subjects) < 2:
        return _claims(document, reader, root, base, subjects[0] if subjects else None, None)
    return [
        found
        for number, subject in enumerate(subjects, start=1)
        for found in _claims(
            document,
            reader,
            root,
            base,
            subject,
            (msg("subject {number} of {total} in the credential", number=number, total=len(subjects)), number),
        )
    ]


def _claims(
    document: Document, reader: Reader, root: Node, base: str, subject: Node | None, part: tuple[Text, int] | None
) -> list[Document]:
    claims = subject.nodes("hasClaim") if subject is not None else []
    if subject is None or not claims:
        return _no_achievement(
            document,
            root,
            base,
            msg("the ELM credential has no claim (credentialSubject.hasClaim), so there is no achievement to describe"),
            msg("Give the LearningAchievement the credential awards under credentialSubject.hasClaim."),
        )
    # A LearningEntitlement claim (a right to practise or to enrol) describes no learning: beside other claims it is
    # noted on each of them, not read; a credential of entitlements only has no micro-credential to describe.
    entitlements = [c for c in claims if "LearningEntitlement" in c.types]
    claims = [c for c in claims if "LearningEntitlement" not in c.types]
    if not claims:
        return _no_achievement(
            document,
            root,
            base,
            msg(
                "the ELM credential's claims are all learning entitlements (LearningEntitlement: a right to "
                "practise or to enrol), not learning achievements, so there is no micro-credential to describe"
            ),
            msg("Check the credential that awards the learning achievement itself."),
        )
    # A claim another claim names as its part (hasPart) is a module of that achievement, read with it.
    parts = {ref for claim in claims for ref, _where in claim.refs("hasPart")}
    modules = {c.id: c for c in claims if c.id in parts}
    if len(modules) < len(claims):
        claims = [c for c in claims if c.id not in modules]
    else:
        modules = {}
    # A LearningAssessment claim beside the one achievement claim is that achievement's assessment, read with it.
    flags = ["LearningAssessment" in c.types for c in claims]
    assessed = [c for c, flag in zip(claims, flags) if flag] if flags.count(False) == 1 else []
    claims = [c for c, flag in zip(claims, flags) if not flag] if assessed else claims
    documents = []
    for number_, claim in enumerate(claims, start=1):
        b = Builder(kind="credential", base_pointer=base)
        _context_notes(b, reader, root)
        ident = root.id or claim.id or "elm-credential"
        if part is not None and subject is not None:
            ident = f"{ident}#subject-{part[1]}"
            b.note(part[0], source=subject.pointer)
        b.set("/id", ident if len(claims) == 1 else f"{ident}#claim-{number_}", root.where("id"))
        if len(claims) > 1:
            b.note(
                msg("claim {number} of {total} in the credential", number=number_, total=len(claims)),
                source=claim.pointer,
            )
        for entitlement in entitlements:
            b.note(
                msg(
                    "the LearningEntitlement claim (a right to practise or to enrol) is not a learning achievement, "
                    "so it was not read as a micro-credential"
                ),
                source=entitlement.pointer,
            )
        for ref, _where in claim.refs("hasPart"):
            if ref in modules:
                b.note(
                    msg(
                        "the claim is a part (hasPart) of this achievement, one of its modules; it was read with it, "
                        "not as a micro-credential of its own"
                    ),
                    source=modules[ref].pointer,
                )
        specs = claim.nodes("specifiedBy")
        spec = specs[0] if specs else None
        if len(specs) > 1:
            b.warn(
                plural(
                    "the claim names {count} specification (specifiedBy); ELM gives a claim one, and the first was "
                    "read",
                    "the claim names {count} specifications (specifiedBy); ELM gives a claim one, and the first was "
                    "read",
                    len(specs),
                ),
                source=claim.where("specifiedBy"),
                hint=msg("Give each achievement as a claim of its own, with its one specification."),
            )
        if spec is None:
            _spec_elsewhere(b, claim)
        _title(b, spec, claim, root)
        _learner(b, subject)
        _issue_date(b, root, claim)
        processes = claim.nodes("awardedBy")
        bodies = [body for process in processes for body in process.nodes("awardingBody")]
        fallback = [(p.node("location"), p) for p in processes]
        issuer = root.node("issuer")
        b.expect("/awarding_bodies", claim.where("awardedBy") if claim.has("awardedBy") else claim.pointer)
        given = claim.where("awardedBy") + "/"
        if bodies and not any(process.where("awardingBody").startswith(given) for process in processes):
            # The claim refers to its awarding process by id; the body is in another description of that node. (A
            # process written in place naming its body by id, the body described elsewhere, is plain JSON-LD.)
            b.note(
                msg(
                    "the claim's awarding process (hasClaim.awardedBy) names no awarding body where the claim gives "
                    "it; the awarding body was read from another description of the same process, where this "
                    "finding points"
                ),
                pointer="/awarding_bodies",
                source=next(process.where("awardingBody") for process in processes if process.has("awardingBody")),
            )
        # A body the claim names that is not in the document, which need not be the issuer, is not replaced by it.
        elsewhere = not bodies and _bodies_elsewhere(b, claim.nodes("awardedBy"))
        if not bodies and not elsewhere and issuer is not None:
            bodies = [issuer]
            b.warn(
                msg(
                    "the claim names no awarding body (hasClaim.awardedBy.awardingBody); the credential's issuer "
                    "was taken as the awarding body, which the credential does not state"
                ),
                pointer="/awarding_bodies",
                source=root.where("issuer"),
                hint=msg(
                    "Name the awarding body in hasClaim.awardedBy.awardingBody; the issuer may issue on "
                    "another body's behalf."
                ),
            )
        _awarding_bodies(b, bodies, fallback[0] if fallback else None)
        if spec is not None:
            _spec_elements(b, spec, bodies)
        else:
            _quality_assurance(b, None, bodies)
            b.note(
                msg("the claim has no specification (specifiedBy); elements kept there are missing"),
                source=claim.pointer,
            )
        if not b.has("/summary"):
            _set_text(b, "/summary", claim, "description")
        _claim_outcomes(b, claim)
        _part_outcomes(b, [spec, claim] if spec is not None else [claim])
        _credits_received(b, claim)
        _workload_from_activity(b, claim)
        _participation(b, spec, claim, claim.node("learningOpportunity"))
        _assessment(b, spec, claim, assessed)
        _grade(b, claim, assessed)
        for assessment in assessed:
            if not _set_text(b, "/assessment/description", assessment, "description"):
                _assessment_title(b, assessment)
            b.note(
                msg(
                    "the LearningAssessment claim was read as the assessment of the achievement claim beside it "
                    "(its grade and description), not as a micro-credential of its own"
                ),
                pointer="/assessment",
                source=assessment.pointer,
            )
        _stackability(b, [node for node in (spec, claim) if node is not None])
        documents.append(
            b.document(
                document, fmt="elm", imported_from="ELM v3 EuropeanDigitalCredential", home=(spec or claim).pointer
            )
        )
    return documents


def _specification(document: Document, reader: Reader, root: Node, base: str) -> Document:
    kind = next(
        t for t in ("Qualification", "LearningAchievementSpecification", "LearningOpportunity") if t in root.types
    )
    b = Builder(kind="offer", base_pointer=base)
    _context_notes(b, reader, root)
    b.set_id(root.id, f"elm-{kind}", root.where("id"), root.pointer)
    spec = root
    if kind == "LearningOpportunity":
        spec = root.node("learningAchievementSpecification") or root
        if spec is root:
            b.note(
                msg(
                    "the learning opportunity names no learningAchievementSpecification; elements are read from "
                    "the opportunity itself"
                ),
                source=root.pointer or None,
            )
    _title(b, spec, root, root)
    opportunities = spec.nodes("awardingOpportunity")
    bodies = [body for opp in opportunities for body in opp.nodes("awardingBody")]
    elsewhere = not bodies and _bodies_elsewhere(b, opportunities)
    if not bodies and not elsewhere and root.nodes("providedBy"):
        b.note(
            msg(
                "providedBy names the provider, not the awarding body (ELM keeps that in "
                "awardingOpportunity.awardingBody), so no awarding body was read"
            ),
            pointer="/awarding_bodies",
            source=root.where("providedBy"),
        )
    _awarding_bodies(b, bodies, None)
    _spec_elements(b, spec, bodies)
    _part_outcomes(b, [spec])
    if spec is not root:
        _further_information(b, root)
        _set_text(b, "/summary", root, "description")
    opportunity = root if kind == "LearningOpportunity" else None
    _participation(b, spec, None, opportunity)
    if opportunity is not None:
        _schedule(b, opportunity)
        _price(b, opportunity)
    _assessment(b, spec, None, [])
    _stackability(b, [spec])
    return b.document(document, fmt="elm", imported_from=f"ELM v3 {kind}", home=spec.pointer)


def _schedule(b: Builder, opportunity: Node) -> None:
    """When the opportunity runs (``temporal``: its start and end dates) and for how long (``duration``)."""
    periods = opportunity.nodes("temporal")
    if len(periods) > 1:
        b.note(
            plural(
                "the learning opportunity gives {count} period (temporal); only the first was read",
                "the learning opportunity gives {count} periods (temporal); only the first was read",
                len(periods),
            ),
            pointer="/participation/schedule",
            source=periods[1].pointer,
        )
    period = periods[0] if periods else None
    for key, owner, term in (
        ("start", period, "startDate"),
        ("end", period, "endDate"),
        ("duration", opportunity, "duration"),
    ):
        found = owner.scalar(term) if owner is not None else None
        if found is None:
            continue
        value, where = found
        if isinstance(value, str):  # a date-time is read as its date; a text that is no date is kept as found
            value = (iso_date(value) if key != "duration" else None) or value.strip()
        b.set(f"/participation/schedule/{key}", value, where)


def _price(b: Builder, opportunity: Node) -> None:
    """The price: the amount of the first ``priceDetail`` (its ``value``, and its ``unit``, an EU currency
    concept, as the ISO 4217 code)."""
    amounts = [amount for detail in opportunity.nodes("priceDetail") for amount in detail.nodes("amount")]
    if len(amounts) > 1:
        b.note(
            plural(
                "the learning opportunity gives {count} price (priceDetail); only the first was read",
                "the learning opportunity gives {count} prices (priceDetail); only the first was read",
                len(amounts),
            ),
            pointer="/price",
            source=amounts[1].pointer,
        )
    if not amounts:
        return
    amount = amounts[0]
    value = amount.scalar("value")
    unit = next(iter(_concepts(amount, "unit")), None)
    if value is None or unit is None:
        b.warn(
            msg("the price gives no amount (value) or no currency (unit); it was not read"),
            pointer="/price",
            source=amount.pointer,
            hint=msg("Give the price's amount as its value and its currency as an EU currency concept."),
        )
        return
    uri, label, notation, where = unit
    given = number(value[0])
    b.set("/price/amount", value[0] if given is None else given, value[1])
    code = currency_code(uri) or currency_code(notation)
    if code is not None:
        b.set("/price/currency", code, where)
    else:
        b.keep(
            "/price/currency",
            str(uri or notation or label),
            where,
            msg(
                "the currency {value} is not an EU currency concept; it is kept as found",
                value=_shown(uri or notation, label),
            ),
            hint=msg(
                "Give the currency as an EU currency concept, such as http://publications.europa.eu/resource/authority/currency/EUR."
            ),
        )


def _set_text(b: Builder, pointer: str, node: Node | None, term: str) -> bool:
    if node is None or b.has(pointer):
        return False
    found = node.text(term)
    if found is None:
        return False
    b.set(pointer, found[0], found[1])
    return True


def _assessment_title(b: Builder, node: Node) -> bool:
    """Set the assessment's description from an assessment's title, unless the title repeats the credential's (the
    DC4EU diplomas name their assessment after the qualification): that names no way of assessing."""
    found = node.text("title") if not b.has("/assessment/description") else None
    if found is None:
        return False
    if _texts(found[0]) <= _texts(b.data.get("title")):
        b.note(
            msg(
                "the assessment's title repeats the credential's title, which names no way of assessing; it was not "
                "read as the description of the assessment"
            ),
            pointer="/assessment/description",
            source=found[1],
        )
        return False
    b.set("/assessment/description", found[0], found[1])
    return True


def _texts(text: object) -> set[str]:
    """The texts of a language string, each casefolded with its spacing made single."""
    values = text.values() if isinstance(text, dict) else [text] if isinstance(text, str) else []
    return {" ".join(value.split()).casefold() for value in values if isinstance(value, str)}


def _note_text(node: Node | None) -> tuple[LangString, str] | None:
    """The text of an ELM Note (``noteLiteral``), or of a plain language string."""
    if node is None:
        return None
    return node.text("noteLiteral") or node.text("title") or node.text("description")


def _note_values(b: Builder, owner: Node, term: str) -> tuple[LangString, str] | None:
    for value, where in owner.values(term):
        node = owner.reader.resolve(value, where)
        found = _note_text(node) if node is not None else None
        if found is None:
            text = lang_string(value)
            found = (owner.reader.tagged(value, text, owner.data), where) if text else None
        if found is not None:
            return found
    return None


def _title(b: Builder, spec: Node | None, claim: Node, root: Node) -> None:
    b.expect("/title", (spec or claim).pointer)
    for node in (spec, claim):
        if _set_text(b, "/title", node, "title"):
            return
    display = root.node("displayParameter")
    if _set_text(b, "/title", display, "title") and display is not None:
        b.warn(
            msg(
                "neither the achievement nor its specification has a title; the display heading "
                "(displayParameter.title) was taken as the title, which may only name the kind of document"
            ),
            pointer="/title",
            source=display.where("title"),
            hint=msg("Give the title in the specification (specifiedBy.title) of the original credential."),
        )


def _concept(node: Node | None) -> tuple[str | None, str | None, str | None]:
    """A SKOS concept's URI, label and notation."""
    if node is None:
        return None, None, None
    pref_label = node.text("prefLabel")
    label = first_text(pref_label[0]) if pref_label else None
    notation = node.scalar("notation")
    return node.id, label, str(notation[0]) if notation else None


def _named_credit_system(uri: str, label: str | None, notation: str | None) -> tuple[str, str] | None:
    """The credit system (its name as written, ECTS or ECVET, and its EU concept URI) that a framework of no EU
    concept URI names by its notation, label or the last segment of its URI (".../ECVET", notation "ECTS")."""
    for name in (notation, label, uri.rstrip("/").rpartition("/")[2]):
        slug = slug_for("credit-systems", None, name) if name else None
        if slug is not None:
            return slug.upper(), str(vocab.get("credit-systems").concepts[slug]["uri"])
    return None


def _concepts(owner: Node | None, term: str) -> list[ConceptValue]:
    """Concept values of a term: (uri, label, notation, pointer); bare URI strings count too."""
    if owner is None:
        return []
    found: list[ConceptValue] = []
    for value, where in owner.named(term):
        if isinstance(value, str):
            node = owner.reader.resolve(value, where)
            uri, label, notation = _concept(node) if node is not None else (value, None, None)
            found.append((uri or value, label, notation, where))
        else:
            node = owner.reader.resolve(value, where)
            uri, label, notation = _concept(node)
            found.append((uri, label, notation, where))
    return found


def _learner(b: Builder, subject: Node) -> None:
    learner: dict[str, Any] = {}
    name = subject.text("fullName")
    if name is None and (subject.text("givenName") or subject.text("familyName")):
        parts = [first_text(t[0]) for t in (subject.text("givenName"), subject.text("familyName")) if t]
        name = (" ".join(p for p in parts if p), subject.where("givenName"))
    if name is not None:
        learner["name"] = first_text(name[0]) if isinstance(name[0], dict) else name[0]
        b.trace("/learner/name", name[1])
    for term, scheme in (("nationalID", "national"), ("identifier", "other")):
        ident = subject.node(term)
        notation = ident.scalar("notation") if ident is not None else None
        if notation is not None:
            learner["identifier"] = {"scheme": scheme, "value": str(notation[0])}
            b.trace("/learner/identifier", notation[1])
            break
    if "identifier" not in learner and subject.id and not is_local_id(subject.id):
        learner["identifier"] = {"scheme": "other", "value": subject.id}
        b.trace("/learner/identifier", subject.where("id"))
    if "identifier" not in learner:
        email = _learner_email(subject)
        if email is not None:
            learner["identifier"] = {"scheme": "other", "value": email[0]}
            b.trace("/learner/identifier", email[1])
            b.note(
                msg(
                    "the learner has no national or other identifier; the e-mail address of their contact point "
                    "was read as the identifier"
                ),
                pointer="/learner/identifier",
                source=email[1],
            )
    birth = subject.scalar("dateOfBirth")
    if birth is not None and iso_date(birth[0]):
        learner["date_of_birth"] = iso_date(birth[0])
        b.trace("/learner/date_of_birth", birth[1])
    elif birth is not None:
        b.warn(
            msg("dateOfBirth {value} is not an ISO 8601 date; it was not read", value=repr(birth[0])),
            pointer="/learner/date_of_birth",
            source=birth[1],
        )
    b.expect("/learner", subject.pointer)
    if learner:
        b.set("/learner", learner, subject.pointer)
    elif subject.id:
        # Only the graph-local id that links the subject to its claims: that identifies no one.
        b.note(
            msg(
                "the credential subject has no name, identifier, national id, date of birth or contact; its id "
                "{id} only names it inside this document, so the learner is not identified",
                id=repr(subject.id),
            ),
            pointer="/learner",
            source=subject.where("id"),
            hint=msg("Give the learner's fullName and nationalID (or another identifier) in credentialSubject."),
        )


def _learner_email(subject: Node) -> tuple[str, str] | None:
    """The learner's e-mail address from a contact point (``mailto:`` id or text), with its place."""
    for contact in subject.nodes("contactPoint"):
        for mailbox in contact.nodes("emailAddress"):
            if mailbox.id and mailbox.id.lower().startswith("mailto:") and "@" in mailbox.id:
                return mailbox.id, mailbox.where("id")
        for value, where in contact.values("emailAddress"):
            if isinstance(value, str) and "@" in value:
                return value, where
    return None


def _issue_date(b: Builder, root: Node, claim: Node) -> None:
    b.expect("/issue_date", root.pointer)
    awarded = [(p.scalar("awardingDate"), "awardingDate") for p in claim.nodes("awardedBy")]
    candidates = [(root.scalar("issued"), "issued"), *awarded, (root.scalar("issuanceDate"), "issuanceDate")]
    for found, term in candidates:
        if found is None:
            continue
        day = iso_date(found[0])
        if day is None:
            b.warn(
                msg("{term} {value} is not an ISO 8601 date", term=term, value=repr(found[0])),
                pointer="/issue_date",
                source=found[1],
            )
            continue
        b.set("/issue_date", day, found[1])
        b.expiry(root.scalar("validUntil") or root.scalar("expirationDate"))
        if term == "awardingDate":
            b.note(
                msg(
                    "the credential has no issued date; the date of awarding (awardedBy.awardingDate) was read as "
                    "the date of issuing"
                ),
                pointer="/issue_date",
                source=found[1],
            )
        return
    valid = root.scalar("validFrom")
    if valid is not None:
        b.note(
            msg(
                "the credential gives only validFrom (when it becomes valid), not the date it was issued "
                "(issued, stamped when it is sealed), so the date of issuing is missing"
            ),
            pointer="/issue_date",
            source=valid[1],
        )


def _bodies_elsewhere(b: Builder, holders: list[Node]) -> bool:
    """Warn when the ``awardingBody`` of the holders (awarding processes or opportunities) names organisations
    only by ids no node of this document describes (a flattened graph whose organisation was left out); whether
    it did."""
    named = [
        (ref, where) for node in holders for ref, where in node.refs("awardingBody") if ref not in node.reader.index
    ]
    if named:
        b.warn(
            msg(
                "{term} names {ref} only by reference; its name and country are not in this document",
                term="awardingBody",
                ref=named[0][0],
            ),
            pointer="/awarding_bodies",
            source=named[0][1],
            hint=msg("Include the organisation in the document (for example in its @graph)."),
        )
    return bool(named)


def _spec_elsewhere(b: Builder, claim: Node) -> None:
    """Warn when a claim names its specification only by an id no node of this document describes (a flattened
    graph whose specification was left out)."""
    named = [(ref, where) for ref, where in claim.refs("specifiedBy") if ref not in claim.reader.index]
    if named:
        b.warn(
            msg(
                "{term} names {ref} only by reference; the specification is not in this document, so what it gives "
                "(learning outcomes, credits, level, mode) was not read",
                term="specifiedBy",
                ref=named[0][0],
            ),
            source=named[0][1],
            hint=msg("Include the specification in the document (for example in its @graph)."),
        )


def _awarding_bodies(b: Builder, bodies: list[Node], fallback: tuple[Node | None, Node] | None) -> None:
    result: list[dict[str, Any]] = []
    for org in bodies:
        pointer = f"/awarding_bodies/{len(result)}"
        entry: dict[str, Any] = {}
        name = org.text("legalName")
        if name is not None:
            entry["name"] = name[0]
            b.trace(f"{pointer}/name", name[1])
        else:
            b.warn(
                msg("the awarding body has no legalName"),
                pointer=f"{pointer}/name",
                source=org.pointer or None,
                hint=msg("Give the organisation's legalName in the original credential."),
            )
        country = _org_country(b, org, pointer, fallback)
        if country is not None:
            entry["country"] = country
        ident = _org_identifier(org)
        if ident is not None:
            entry["identifier"] = ident[0]
            b.trace(f"{pointer}/identifier", ident[1])
        home = org.node("homepage")
        url = b.web_address(
            home.scalar("contentURL") if home is not None else None, key="contentURL", pointer=f"{pointer}/url"
        )
        if url is not None:
            entry["url"] = url[0]
            b.trace(f"{pointer}/url", url[1])
        if entry:  # a body that gives nothing the descriptor holds is left out
            result.append(entry)
            b.trace(pointer, org.pointer)
    if result:
        b.set("/awarding_bodies", result, bodies[0].pointer)


def _org_country(b: Builder, org: Node, pointer: str, fallback: tuple[Node | None, Node] | None) -> str | None:
    for location in org.nodes("location"):
        for address in location.nodes("address"):
            for uri, label, notation, where in _concepts(address, "countryCode"):
                # A prefixed name (atold:country/BEL) is read by the IRI the document's prefix gives it.
                code = (
                    country_code(address.reader.expand(uri))
                    if uri and not uri.startswith("urn:")
                    else country_code(notation)
                )
                if code:
                    b.trace(f"{pointer}/country", where)
                    return code
                # Kept as found (not read by its label), so the country is judged invalid where it stands.
                b.trace(f"{pointer}/country", where)
                b.invalid(
                    msg(
                        "the country {value} is not in the EU country authority table; it is kept as found",
                        value=_shown(uri or notation or label, label),
                    ),
                    pointer=f"{pointer}/country",
                    source=where,
                    judged=True,
                    hint=msg(
                        "Give the country as its EU authority URI, "
                        "http://publications.europa.eu/resource/authority/country/<ISO 3166-1 alpha-3>."
                    ),
                )
                return str(uri or notation or label)
    # No address: the jurisdiction of the body's legal identifier (LegalIdentifier.spatial, the country that
    # registered it) is the body's own country, before the place of awarding, which may be abroad.
    for term in ("eidasLegalIdentifier", "registration", "vatIdentifier", "taxIdentifier"):
        for ident in org.nodes(term):
            for uri, _label, notation, where in _concepts(ident, "spatial"):
                code = (
                    country_code(ident.reader.expand(uri)) if uri and not uri.startswith("urn:") else None
                ) or country_code(notation)
                if code:
                    b.trace(f"{pointer}/country", where)
                    b.note(
                        msg(
                            "the awarding body gives no address; its country was read from the country of its "
                            "legal identifier ({term}.spatial)",
                            term=term,
                        ),
                        pointer=f"{pointer}/country",
                        source=where,
                    )
                    return code
    if fallback is not None and fallback[0] is not None:
        for uri, _label, notation, where in _concepts(fallback[0], "spatial"):
            code = country_code(fallback[0].reader.expand(uri) if uri else uri) or country_code(notation)
            if code:
                b.trace(f"{pointer}/country", where)
                b.note(
                    msg(
                        "the awarding body gives no address; its country was read from the place of awarding "
                        "(awardedBy.location)"
                    ),
                    pointer=f"{pointer}/country",
                    source=where,
                )
                return code
    return None


def _org_identifier(org: Node) -> tuple[dict[str, str], str] | None:
    for term, scheme in (("eidasLegalIdentifier", "eidas"), ("vatIdentifier", "vat"), ("registration", "national")):
        ident = org.node(term)
        notation = ident.scalar("notation") if ident is not None else None
        if notation is not None and str(notation[0]).strip():
            return {"scheme": scheme, "value": str(notation[0])}, notation[1]
    return None


def _spec_elements(b: Builder, spec: Node, bodies: list[Node]) -> None:
    """The elements a specification gives; ``bodies``: the awarding bodies read, whose accreditations count too."""
    for pointer in ("/learning_outcomes", "/workload", "/level", "/quality_assurance", "/prerequisites"):
        b.expect(pointer, spec.pointer)
    _set_text(b, "/summary", spec, "description")
    _languages(b, spec)
    _learning_outcomes(b, spec)
    _workload(b, spec)
    _level(b, _level_node(b, spec))
    _field(b, spec)
    _quality_assurance(b, spec, bodies)
    prerequisites = _note_values(b, spec, "entryRequirement")
    if prerequisites is not None:
        b.set("/prerequisites", prerequisites[0], prerequisites[1])
    _further_information(b, spec)


def _languages(b: Builder, spec: Node) -> None:
    expand = spec.reader.expand
    found = (
        ((expand(uri) if uri else uri, notation, label), where)
        for uri, label, notation, where in _concepts(spec, "language")
    )
    b.set_languages(found, spec.where("language"))


def _learning_outcomes(b: Builder, spec: Node) -> None:
    outcomes = _outcome_entries(b, spec, [])
    if outcomes:
        b.set("/learning_outcomes", outcomes, spec.where("learningOutcome"))
        return
    summary = _note_values(b, spec, "learningOutcomeSummary")
    if summary is not None:
        b.set("/learning_outcomes", [summary[0]], summary[1])
        b.note(
            msg("no learningOutcome list; the learningOutcomeSummary was read as one outcome"),
            pointer="/learning_outcomes",
            source=summary[1],
        )


# How many levels of parts (hasPart) are read for the learning outcomes of a whole that gives none of its own.
PART_LEVELS = 4


def _part_outcomes(b: Builder, wholes: list[Node]) -> None:
    """The learning outcomes of the parts of ``wholes`` (``hasPart``: the modules of a specification, or the
    sub-achievements of a claim, by their specification), read when the whole gives none of its own."""
    given = [whole for whole in wholes if whole.has("hasPart")]
    if b.has("/learning_outcomes") or not given:
        return
    where = given[0].where("hasPart")
    outcomes: list[LangString | dict[str, Any]] = []
    # Parts and outcomes met before, by id (an EDC credential writes a node out in full wherever it is used: a module
    # under the specification's hasPart and again under a sub-achievement's specifiedBy) or, without one, by object.
    seen = {_identity(whole) for whole in given}
    read: set[str] = set()
    level = [part for whole in given for part in whole.nodes("hasPart")]
    # A part without outcomes of its own is read by its parts in turn (a block of modules), level by level; a part
    # met again (a cycle of hasPart) is read once.
    for _ in range(PART_LEVELS):
        below: list[Node] = []
        for part in level:
            if _identity(part) in seen:
                continue
            seen.add(_identity(part))
            spec = part.node("specifiedBy") or part.node("learningAchievementSpecification")
            if spec is not None and _identity(spec) in seen:
                spec = None
            if spec is not None:
                seen.add(_identity(spec))
            holder = part if part.has("learningOutcome") else spec
            if holder is not None and holder.has("learningOutcome"):
                _outcome_entries(b, holder, outcomes, read)
                continue
            below.extend(part.nodes("hasPart"))
            below.extend(spec.nodes("hasPart") if spec is not None else [])
        level = below
    if outcomes:
        b.set("/learning_outcomes", outcomes, where)
        b.note(
            msg(
                "the micro-credential gives no learning outcomes of its own; those of the parts it is made of "
                "(hasPart) were read as its learning outcomes"
            ),
            pointer="/learning_outcomes",
            source=where,
        )


def _identity(node: Node) -> str | int:
    """What makes a node the same node where it is met again: its id, else the object itself."""
    return node.id or id(node.data)


def _outcome_entries(
    b: Builder, spec: Node, outcomes: list[LangString | dict[str, Any]], read: set[str] | None = None
) -> list[LangString | dict[str, Any]]:
    """Append the learning outcomes a specification lists (``learningOutcome``) to ``outcomes``, but those whose
    ids are in ``read`` (outcomes of other parts read before; the ids read are added)."""
    for outcome in spec.nodes("learningOutcome"):
        if read is not None and outcome.id:
            if outcome.id in read:
                continue
            read.add(outcome.id)
        title = outcome.text("title")
        if title is None:
            b.warn(
                msg("a learning outcome has no title (its statement)"),
                pointer="/learning_outcomes",
                source=outcome.pointer,
            )
            continue
        entry: dict[str, Any] = {"text": title[0]}
        esco = [uri for uri, *_ in _concepts(outcome, "relatedESCOSkill") if uri and uri.startswith(ESCO_BASES)]
        if esco:
            entry["esco"] = esco
        skill_type = next(
            (local_name(uri) for uri, *_ in _concepts(outcome, "dcType") if uri and uri.startswith(_SKILL_TYPE_BASES)),
            None,
        )
        if skill_type in ("knowledge", "skill", "competence"):
            entry["type"] = skill_type
        b.trace(f"/learning_outcomes/{len(outcomes)}", outcome.pointer)
        outcomes.append(entry if len(entry) > 1 else title[0])
    return outcomes


def _workload(b: Builder, spec: Node) -> None:
    _credit_points(b, spec.nodes("creditPoint"), spec)
    read_volume(b, spec)


def read_volume(b: Builder, spec: Node) -> None:
    """The notional workload in hours from ``volumeOfLearning`` (an ISO 8601 duration), ELM's and EBSI's."""
    volume = spec.scalar("volumeOfLearning")
    if volume is not None:
        hours, reason = duration_hours(volume[0])
        if hours is not None:
            b.set("/workload/hours", hours, volume[1])
        else:
            b.warn(
                not_hours("volumeOfLearning", volume[0], reason, short=False),
                pointer="/workload/hours",
                source=volume[1],
                hint=msg("State the notional workload in hours as PT<n>H (for example PT60H)."),
            )


def _claim_outcomes(b: Builder, claim: Node) -> None:
    """The learning outcomes a claim gives itself (``LearningAchievement.learningOutcome``, as DC4EU credentials
    do), read when its specification gives none."""
    if b.has("/learning_outcomes") or not (claim.has("learningOutcome") or claim.has("learningOutcomeSummary")):
        return
    _learning_outcomes(b, claim)
    if b.has("/learning_outcomes"):
        b.note(
            msg(
                "the specification gives no learning outcomes; the learning outcomes the claim gives were read as "
                "those of the micro-credential"
            ),
            pointer="/learning_outcomes",
            source=claim.where("learningOutcome") if claim.has("learningOutcome") else claim.pointer,
        )


def _credits_received(b: Builder, claim: Node) -> None:
    """The credits the learner received (``LearningAchievement.creditReceived``), read as the workload when the
    specification gives no credits."""
    received = claim.nodes("creditReceived")
    if not received or b.has("/workload/ects") or b.has("/workload/other_credits"):
        return
    _credit_points(b, received, claim)
    if b.has("/workload/ects") or b.has("/workload/other_credits"):
        b.note(
            msg(
                "the specification gives no credit points; the credits the learner received (creditReceived) were "
                "read as the workload"
            ),
            pointer="/workload",
            source=claim.where("creditReceived"),
        )


def _credit_points(b: Builder, credits: list[Node], owner: Node) -> None:
    """ECTS or other credits from ELM CreditPoint nodes (a specification's creditPoint, a claim's creditReceived)."""
    for credit in credits:
        framework = next(iter(_concepts(credit, "framework")), None)
        point = credit.scalar("point")
        value = number(point[0]) if point else None
        ects = framework is not None and framework[0] is not None and slug_for("credit-systems", framework[0]) == "ects"
        if ects and point is not None and (value is None or value <= 0) and not b.has("/workload/ects"):
            # ECTS credits that are not a positive number: kept as found, so the workload is invalid.
            b.keep(
                "/workload/ects",
                value if value is not None else point[0],
                point[1],
                msg("the ECTS credits {value} are not a positive number; they are kept as found", value=repr(point[0])),
                hint=msg("Give creditPoint.point as a positive number of ECTS credits."),
            )
            continue
        if point is None or framework is None or value is None or value <= 0:
            b.warn(
                msg(
                    "a creditPoint without a framework or a positive point value ({value})",
                    value=repr(point[0] if point else None),
                ),
                pointer="/workload",
                source=credit.pointer,
            )
            continue
        uri, label, notation, where = framework
        bare = bool(uri and ":" not in uri and label is None and notation is None)
        if bare:
            uri, notation = None, uri  # a bare name ("ECTS") is no concept URI: read as a blank concept's notation
        if uri and not uri.startswith("urn:"):
            system = slug_for("credit-systems", uri)
        else:  # a blank concept: its label or notation is all there is
            system = slug_for("credit-systems", None, label) or (notation or "").lower() or None
            if system and not bare:  # a blank concept object read by its label or notation is told so
                b.note(
                    msg(
                        "the credit framework has no EU concept URI; it was read by its label {label}",
                        label=repr(label or notation),
                    ),
                    pointer="/workload",
                    source=where,
                )
        if system is None and uri and not uri.startswith("urn:"):
            # An unknown credit framework: kept as found with its credits, reported as an error (nothing else
            # in the descriptor can tell that the system is not a known one).
            if not b.has("/workload/other_credits"):
                b.set("/workload/other_credits", {"system": uri, "value": value}, credit.pointer)
            b.expect("/workload", owner.pointer)
            named = _named_credit_system(uri, label, notation)
            if named is None:
                message = msg(
                    "the credit framework {value} is not in the EU vocabulary of credit systems (ECTS, ECVET); its "
                    "credits were not read as ECTS",
                    value=_shown(uri, label),
                )
                hint = msg(
                    "Give the framework as its EU concept URI, e.g. http://data.europa.eu/snb/education-credit/"
                    "6fcec5c5af for ECTS."
                )
            else:
                message = msg(
                    "the credit framework {value} is named {name} but is not the EU concept of {name}; its credits "
                    "were not read as {name}",
                    value=_shown(uri, label),
                    name=named[0],
                )
                hint = msg("Give the framework as its EU concept URI: {uri}.", uri=named[1])
            b.invalid(message, pointer="/workload/other_credits", source=where, judged=False, hint=hint)
            continue
        if system == "ects":
            b.credits(value, None, point[1], credit.pointer)
        elif system:
            b.credits(value, system.upper() if system == "ecvet" else system, credit.pointer, credit.pointer)
        else:
            b.warn(
                msg("the credit framework {value} is not one qa-checker knows", value=repr(uri or label)),
                pointer="/workload",
                source=credit.pointer,
            )


def _workload_from_activity(b: Builder, claim: Node) -> None:
    """Hours from the actual workload of the learning activity the claim is (a certificate of participation) or
    that influenced it, when the specification gives none."""
    if b.has("/workload/hours"):
        return
    own = [claim] if "LearningActivity" in claim.types else []
    for activity in own + claim.nodes("influencedBy"):
        if read_activity_workload(b, activity):
            return


def read_activity_workload(b: Builder, activity: Node) -> bool:
    """Hours from a learning activity's actual ``workload`` (ELM 2 and 3); whether they were read."""
    workload = activity.scalar("workload")
    if workload is None:
        return False
    hours, reason = duration_hours(workload[0])
    if hours is None:
        b.warn(
            not_hours("LearningActivity.workload", workload[0], reason, short=True),
            pointer="/workload/hours",
            source=workload[1],
        )
        return False
    b.set("/workload/hours", hours, workload[1])
    b.note(
        msg("the workload hours are the learning activity's actual workload (LearningActivity.workload)"),
        pointer="/workload/hours",
        source=workload[1],
    )
    return True


def _level_node(b: Builder, spec: Node) -> Node:
    """The node that gives a specification's levels: itself, or, where it gives none, the qualification it nests
    under ``qualification`` (as DC4EU's diplomas and supplements nest it), with a note saying so."""
    if spec.has("eqfLevel") or spec.has("nqfLevel"):
        return spec
    nested = spec.node("qualification")
    if nested is None or not (nested.has("eqfLevel") or nested.has("nqfLevel")):
        return spec
    b.note(
        msg("the level was read from the qualification the specification names (qualification)"),
        pointer="/level",
        source=nested.pointer,
    )
    return nested


_DIGITS = regex(r"\d+")


def _other_eqf_levels(b: Builder, others: list[ConceptValue], level: int) -> None:
    """A warning naming the EQF levels given after the one read (a specification has one EQF level)."""
    for uri, label, notation, where in others:
        named = [uri.rstrip("/").rsplit("/", 1)[-1]] if uri else []
        if str(level) in [*named, notation, *_DIGITS.findall(label or "")]:
            continue  # the same level again, by its URI, notation or label ("EQF level 5")
        b.warn(
            msg(
                "a further EQF level {value} was not read: the level read is the first given, EQF {level}",
                value=_shown(uri or notation or label, label),
                level=level,
            ),
            pointer="/level/eqf",
            source=where,
            hint=msg("Give one EQF level: a specification has one, and each part of a larger one its own."),
        )


def _level(b: Builder, spec: Node) -> None:
    """EQF and NQF levels; a level that is not a concept of its framework is kept and reported, never dropped."""
    b.expect("/level", spec.pointer)
    eqf_levels = _concepts(spec, "eqfLevel")
    for uri, label, notation, where in eqf_levels:
        if uri and ":" not in uri and "/" not in uri and label is None and notation is None:
            uri, notation = None, uri  # a bare code ("6") is no concept URI: read as a blank concept's notation
        slug = slug_for("eqf", uri) if uri and not uri.startswith("urn:") else None
        if slug is None and not uri and notation and notation.isdigit():
            slug = notation  # a blank concept with only its notation
        # (a level is a digit or two: "²" is a digit int() does not read, and 4,300 digits more than it reads)
        if slug and slug.isdecimal() and len(slug) <= 2 and 1 <= int(slug) <= 8:
            b.set("/level/eqf", int(slug), where)
            if not uri:
                b.note(
                    msg(
                        "the EQF level has no concept URI; it was read from its notation {notation}",
                        notation=repr(notation),
                    ),
                    pointer="/level/eqf",
                    source=where,
                )
            _other_eqf_levels(b, eqf_levels[1:], int(slug))
            break
        # Not an EQF level: keep what it says (a number, else the URI) so the level is judged invalid.
        tail = (uri or "").rstrip("/").rsplit("/", 1)[-1]
        number_ = int(tail) if uri and uri.startswith(EQF_BASES) and tail.isdigit() else None
        kept: object = number_ if number_ is not None and not 1 <= number_ <= 8 else (uri or notation or label)
        b.keep(
            "/level/eqf",
            kept,
            where,
            msg(
                "the EQF level {value} is not one of the eight EQF levels (http://data.europa.eu/snb/eqf/1 to /8); "
                "it is kept as found, not read by its label",
                value=_shown(uri or notation or label, label),
            ),
            hint=msg("Give the EQF level as its EU concept URI, http://data.europa.eu/snb/eqf/1 to /8."),
        )
        break
    levels = _concepts(spec, "nqfLevel")
    for uri, label, notation, where in levels:
        match = _NQF_LABEL.match(label or "")
        # A document-local concept (urn:epass:nqfLevel:..., _:b0) is a blank concept, as for the other
        # ELM concepts: read by its label, like a qdr URI, never reported as an unknown register URI.
        local = bool(uri) and is_local_id(uri) and "://" not in str(uri)
        if uri and not uri.startswith(_NQF_BASES) and not (local and match):
            b.set("/level/nqf", {"framework": uri, "level": match["level"] if match else str(label or "?")}, where)
            b.invalid(
                msg(
                    "the NQF level {value} is not a concept of the EU register of national qualifications "
                    "framework levels (http://data.europa.eu/snb/qdr/...); it is kept as found",
                    value=_shown(uri, label),
                ),
                pointer="/level/nqf",
                source=where,
                judged=False,
                hint=msg("Give the NQF level as its concept URI in the EU qualifications register (qdr)."),
            )
            break
        if match:
            b.set("/level/nqf", {"framework": match["framework"], "level": match["level"]}, where)
            if local:
                b.note(
                    msg("the NQF level has no EU concept URI; it was read by its label {label}", label=repr(label)),
                    pointer="/level/nqf",
                    source=where,
                )
            break
        shown = uri or label or notation
        if shown is None:
            unread = msg("the NQF level gives no concept URI, label or notation; it was not read")
        elif label is None or shown == label:
            unread = msg("the NQF level {value} does not name its framework and level", value=repr(shown))
        else:
            unread = msg(
                "the NQF level {value} does not name its framework and level (label {label})",
                value=repr(shown),
                label=repr(label),
            )
        b.warn(unread, pointer="/level/nqf", source=where)
    if len(levels) > 1 and b.has("/level/nqf"):
        # A joint award may name a level in each awarding country's framework.
        b.note(
            plural(
                "{count} NQF level is given; the descriptor holds one, the first was read",
                "{count} NQF levels are given; the descriptor holds one, the first was read",
                len(levels),
            ),
            pointer="/level/nqf",
            source=spec.where("nqfLevel"),
        )


def _field(b: Builder, spec: Node) -> None:
    areas = _concepts(spec, "thematicArea")
    if not areas:
        _field_from_subject(b, spec)
    for uri, label, notation, where in areas:
        code = slug_for("isced-f", uri) or (notation if not uri and notation and notation.isdigit() else None)
        if code:
            b.set("/field_of_education", code, where)
            if len(areas) > 1:
                b.note(
                    plural(
                        "{count} ISCED-F field is given; the descriptor holds one, the first was read",
                        "{count} ISCED-F fields are given; the descriptor holds one, the first was read",
                        len(areas),
                    ),
                    pointer="/field_of_education",
                    source=spec.where("thematicArea"),
                )
            return
        tail = (uri or "").rstrip("/").rsplit("/", 1)[-1]
        # A number read from an ISCED-F URI only: another namespace's /0413 is no ISCED-F code.
        unknown_code = (
            bool(uri) and str(uri).startswith(ISCED_BASES) and tail.isdigit() and tail not in vocab.get("isced-f")
        )
        b.keep(
            "/field_of_education",
            tail if unknown_code else (uri or notation or label),
            where,
            msg(
                "the field {value} is not an ISCED-F 2013 concept URI; it is kept as found",
                value=_shown(uri or label, label),
            ),
            hint=msg("Give the field as its EU concept URI, http://data.europa.eu/snb/isced-f/<code>."),
        )
        return


def _field_from_subject(b: Builder, spec: Node) -> None:
    """The field from an ISCED-F concept given as ``educationSubject`` (ELM's field from another framework than
    ISCED-F), as DC4EU's credentials give it, when no ``thematicArea`` gives one; any other subject is not a field."""
    for uri, _label, _notation, where in _concepts(spec, "educationSubject"):
        code = slug_for("isced-f", uri) if uri and str(uri).startswith(ISCED_BASES) else None
        if code:
            b.set("/field_of_education", code, where)
            b.note(
                msg(
                    "the ISCED-F field {uri} is given as educationSubject (a field from another framework); it was "
                    "read as the field of education, which ELM gives as thematicArea",
                    uri=uri,
                ),
                pointer="/field_of_education",
                source=where,
            )
            return


def _quality_assurance(b: Builder, spec: Node | None, bodies: list[Node]) -> None:
    """Accreditations of the specification and of the awarding bodies (``Organisation.accreditation``), each
    one once however many of them name it."""
    accreditations = [
        acc for owner in ([spec] if spec is not None else []) + bodies for acc in owner.nodes("accreditation")
    ]
    entries: list[tuple[dict[str, Any], Node | None, Node]] = []
    seen: set[str] = set()
    for acc in accreditations:
        if acc.id is not None:
            if acc.id in seen:
                continue
            seen.add(acc.id)
        entry: dict[str, Any] = {}
        uri, label, _notation = next(((u, lab, n) for u, lab, n, _w in _concepts(acc, "dcType")), (None, None, None))
        slug = slug_for("accreditation-types", uri, label)
        if slug is None:
            b.warn(
                msg("an accreditation whose type ({type}) is not an ELM accreditation type", type=uri or label)
                if uri or label
                else msg("an accreditation whose type (none given) is not an ELM accreditation type"),
                pointer="/quality_assurance/accreditations",
                source=acc.where("dcType"),
            )
            continue
        entry["type"] = slug
        agent = acc.node("accreditingAgent")
        agent_name = agent.text("legalName") if agent is not None else None
        if agent_name is not None:
            entry["agent"] = agent_name[0]
        expires = acc.scalar("expiryDate")
        if expires is not None and iso_date(expires[0]):
            entry["expires"] = iso_date(expires[0])
        page = acc.node("landingPage") or acc.node("homepage")
        pointer = f"/quality_assurance/accreditations/{len(entries)}"
        url = b.web_address(
            page.scalar("contentURL") if page is not None else None, key="contentURL", pointer=f"{pointer}/url"
        )
        if url is not None:
            entry["url"] = url[0]
        b.trace(pointer, acc.pointer)
        entries.append((entry, agent, acc))
    if not entries:
        return
    b.set("/quality_assurance/accreditations", [e for e, _a, _n in entries], entries[0][2].pointer)
    entry, agent, acc = entries[0]
    external: dict[str, Any] = {}
    if "agent" in entry:
        external["body"] = entry["agent"]
        country = _org_country(b, agent, "/quality_assurance/external", None) if agent is not None else None
        if country:
            external["country"] = country
    if "url" in entry:
        external["url"] = entry["url"]
    review = acc.scalar("reviewDate")
    if review is not None and iso_date(review[0]):
        external["last_review"] = iso_date(review[0])
    if external:
        b.set("/quality_assurance/external", external, acc.pointer)


def _further_information(b: Builder, node: Node) -> None:
    if b.has("/further_information"):
        return
    for term in ("homepage", "supplementaryDocument"):
        for page in node.nodes(term):
            url = b.web_address(page.scalar("contentURL"), key="contentURL", pointer="/further_information")
            if url is not None:
                note = _note_values(b, node, "additionalNote")
                value = {"url": url[0], "text": note[0]} if note else url[0]
                b.set("/further_information", value, url[1])
                return
    if _note_values(b, node, "additionalNote") is not None:
        b.note(
            msg(
                "additionalNote is given but no web page (homepage); further_information needs a URL, so the note "
                "was not read"
            ),
            pointer="/further_information",
            source=node.where("additionalNote"),
        )


def _activity_specs(spec: Node | None, claim: Node | None) -> list[Node]:
    found = []
    if claim is not None:
        for activity in claim.nodes("influencedBy"):
            found.extend(activity.nodes("specifiedBy"))
    if spec is not None:
        found.extend(n for n in spec.nodes("influencedBy") if "LearningActivitySpecification" in n.types or not n.types)
    return found


def _shown(value: object, label: str | None) -> str | Text:
    """A value for a message, with the concept's label when it has one."""
    return msg("{value} (label {label})", value=repr(value), label=repr(label)) if label else repr(value)


# What _controlled says about each kind of concept it reads: a concept URI not in the vocabulary, a
# blank concept read by its label, a blank concept whose label is not in the vocabulary.
_CONTROLLED_MESSAGES = {
    "mode": (
        N_(
            "the mode {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept as found, not read "
            "by its label"
        ),
        N_("the mode has no EU concept URI; it was read by its label {label}"),
        N_("the mode {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept as found"),
    ),
    "learning setting": (
        N_(
            "the learning setting {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept as "
            "found, not read by its label"
        ),
        N_("the learning setting has no EU concept URI; it was read by its label {label}"),
        N_("the learning setting {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept as found"),
    ),
    "learning activity type": (
        N_(
            "the learning activity type {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept "
            "as found, not read by its label"
        ),
        N_("the learning activity type has no EU concept URI; it was read by its label {label}"),
        N_(
            "the learning activity type {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept "
            "as found"
        ),
    ),
    "assessment type": (
        N_(
            "the assessment type {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept as "
            "found, not read by its label"
        ),
        N_("the assessment type has no EU concept URI; it was read by its label {label}"),
        N_("the assessment type {value} is not a concept of the EU vocabulary ({vocabulary}); it is kept as found"),
    ),
}


def _controlled(b: Builder, vocab_id: str, value: ConceptValue, *, pointer: str, what: str, hint: Text) -> str | None:
    """The slug of a concept of a controlled EU vocabulary, read by its URI only.

    A concept with a URI that is not in the vocabulary is invalid: it is reported at its place in the
    original (its label is not used to guess the concept) and ``None`` is returned, so the caller keeps
    the URI as found. A blank concept (no URI, or a document-local ``urn:``) is read by its label, with a note.
    ``what`` is a key of :data:`_CONTROLLED_MESSAGES`.
    """
    uri, label, notation, where = value
    not_in_vocabulary, read_by_label, label_not_in_vocabulary = _CONTROLLED_MESSAGES[what]
    vocabulary = vocab.get(vocab_id).title
    if uri and not uri.startswith(("urn:", "_:")):
        slug = slug_for(vocab_id, uri)
        if slug is None:
            b.invalid(
                msg(not_in_vocabulary, value=_shown(uri, label), vocabulary=vocabulary),
                pointer=pointer,
                source=where,
                judged=True,
                hint=hint,
            )
        return slug
    slug = slug_for(vocab_id, None, label or notation)
    if slug is not None:
        b.note(
            msg(read_by_label, label=repr(label or notation)),
            pointer=pointer,
            source=where,
        )
    else:
        b.invalid(
            msg(label_not_in_vocabulary, value=repr(label or notation or uri), vocabulary=vocabulary),
            pointer=pointer,
            source=where,
            judged=True,
            hint=hint,
        )
    return slug


_MODE_HINT = msg("Use the EU mode concept for online, onsite (Presential) or blended learning.")
# ELM modes (europass-modes.xsd) that are EU concepts but not a form of participation the descriptor
# holds (online, onsite, blended): valid in the original, so reported as not converted, never as invalid.
ELM_OTHER_MODES = {
    "http://data.europa.eu/snb/learning-assessment/729f3bed4b": "Workbased",
    "http://data.europa.eu/snb/learning-assessment/7813801c77": "Project based",
    "http://data.europa.eu/snb/learning-assessment/ed4c557045": "Research-Lab based",
}


# The learning setting's term: ELM's, and the ELM 2 (EDCI) XML schema's.
_SETTING_TERMS = ("learningSetting", "learningSettingType")


def _participation(b: Builder, spec: Node | None, claim: Node | None, opportunity: Node | None = None) -> None:
    """Mode and learning setting from the learning opportunity first (a course run states its own), then its
    specification, then (mode only) the specification's learning activities; the activity types."""
    own = [n for n in (opportunity, spec) if n is not None]
    own = [n for at, n in enumerate(own) if all(n.data is not m.data for m in own[:at])]
    sources = own + _activity_specs(spec, claim)
    if own:
        b.expect("/participation", own[0].pointer)
    for source in sources:
        found = _concepts(source, "mode")
        if not found:
            continue
        for uri, _label, _notation, where in found:
            if uri is not None and canonical_eu_uri(uri) in ELM_OTHER_MODES:
                b.warn(
                    msg(
                        "the mode {mode} ({uri}) is an ELM mode but not online, onsite or blended; it was not "
                        "converted",
                        mode=ELM_OTHER_MODES[canonical_eu_uri(uri)],
                        uri=uri,
                    ),
                    pointer="/participation/mode",
                    source=where,
                    hint=msg("State whether participation is online, onsite or blended (by hand after convert)."),
                )
        # A concept of no EU URI (blank, or the document's own) naming the pace of study (DC4EU writes
        # {"notation": "full-time"}): no mode, so not read.
        paces = [c for c in found if (c[0] is None or is_local_id(c[0])) and is_pace(c[2] or c[1])]
        for _uri, label, notation, where in paces:
            b.warn(
                msg(
                    "the mode {value} is a pace of study, not a form of participation (online, onsite or blended); "
                    "it was not read",
                    value=repr(notation or label),
                ),
                pointer="/participation/mode",
                source=where,
                hint=msg("State whether participation is online, onsite or blended (by hand after convert)."),
            )
        found = [c for c in found if c not in paces and (c[0] is None or canonical_eu_uri(c[0]) not in ELM_OTHER_MODES)]
        if not found:
            break
        modes = [
            (
                _controlled(b, "participation-modes", c, pointer="/participation/mode", what="mode", hint=_MODE_HINT),
                c[0] or c[2] or c[1],
                c[3],
            )
            for c in found
        ]
        slugs = {slug for slug, _v, _w in modes if slug}
        unknown = [(v, w) for slug, v, w in modes if not slug]
        if unknown:
            # Kept as found: the form of participation is present but invalid, never read from the label.
            b.set("/participation/mode", str(unknown[0][0]), unknown[0][1])
        elif len(slugs) == 1:
            b.set("/participation/mode", slugs.pop(), modes[0][2])
            if all(source is not n for n in own):
                b.note(
                    msg(
                        "the specification gives no mode; the form of participation was read from the mode of its "
                        "learning activity"
                    ),
                    pointer="/participation/mode",
                    source=modes[0][2],
                )
        elif len(slugs) > 1:
            b.warn(
                msg(
                    "several modes are given ({modes}); the form of participation is ambiguous",
                    modes=", ".join(sorted(slugs)),
                ),
                pointer="/participation/mode",
                source=source.where("mode"),
            )
        break
    setting = next((c for n in own for term in _SETTING_TERMS for c in _concepts(n, term)), None)
    if setting is not None:
        slug = _controlled(
            b,
            "learning-settings",
            setting,
            pointer="/participation/learning_setting",
            what="learning setting",
            hint=msg("Use the EU learning-setting concept for formal or non-formal learning."),
        )
        b.set("/participation/learning_setting", slug or str(setting[0] or setting[1]), setting[3])
    activity_types: list[str] = []
    for activity in _activity_specs(spec, claim):
        for concept in _concepts(activity, "dcType"):
            uri, label, _notation, where = concept
            if uri and is_eu_uri(uri):
                slug = _controlled(
                    b,
                    "activity-types",
                    concept,
                    pointer="/participation/activity_types",
                    what="learning activity type",
                    hint=msg("Use an EU learning-activity concept (e-learning coursework, lecture, workshop ...)."),
                )
                slug = slug or uri
            else:  # a provider's own activity type: read when its label is an EU one, else left out
                slug = slug_for("activity-types", None, label)
            if slug and slug not in activity_types:
                b.trace(f"/participation/activity_types/{len(activity_types)}", where)
                activity_types.append(slug)
    if activity_types:
        b.set("/participation/activity_types", activity_types, _activity_specs(spec, claim)[0].pointer)


def _assessment_specs(spec: Node | None, claim: Node | None, assessed: list[Node]) -> tuple[list[Node], list[Node]]:
    """(LearningAssessment nodes of the claim and its assessment claims ``assessed``, LearningAssessmentSpecification
    nodes)."""
    assessments = [*(_proven_by(claim) if claim is not None else []), *assessed]
    specs = [s for a in assessments for s in a.nodes("specifiedBy")]
    if spec is not None:
        specs.extend(spec.nodes("provenBy"))
    return assessments, specs


# The assessment type's term: ELM's (dc:type), and ELM 2's.
_ASSESSMENT_TYPE_TERMS = ("dcType", "assessmentType")


def read_participation(b: Builder, spec: Node) -> None:
    """The form of participation an ELM 2 specification gives (mode, learning setting), as ELM 3's is read."""
    _participation(b, spec, None)


def read_assessment(b: Builder, assessments: list[Node], learning: Node | None = None) -> None:
    """The assessment of ELM 2 assessments (types, description, grading scheme and supervision from their
    specifications), as ELM 3's is read; ``learning``, the learning specification, may give the mode of learning and
    assessment."""
    _assessment(b, None, None, assessments, learning)


def _assessment(
    b: Builder, spec: Node | None, claim: Node | None, assessed: list[Node], learning: Node | None = None
) -> None:
    assessments, specs = _assessment_specs(spec, claim, assessed)
    owner = specs[0] if specs else claim or spec
    b.expect("/assessment", owner.pointer if owner is not None else None)
    types: list[str] = []
    for assessment_spec in specs:
        for concept in (c for term in _ASSESSMENT_TYPE_TERMS for c in _concepts(assessment_spec, term)):
            uri, label, _notation, where = concept
            if uri and is_eu_uri(uri):
                # An EU concept: read by its URI only; an unknown one is kept as found (invalid).
                slug = _controlled(
                    b,
                    "assessment-types",
                    concept,
                    pointer="/assessment/types",
                    what="assessment type",
                    hint=msg("Use an EU learning-assessment concept, or the provider's own concept with its label."),
                )
                kept = slug or uri
                if kept not in types:
                    b.trace(f"/assessment/types/{len(types)}", where)
                    types.append(kept)
                continue
            # ELM lets a provider type its assessment with its own concept (the EU's Annex I sample does).
            slug = slug_for("assessment-types", None, label)
            if slug is None and label:
                slug = "other"
                b.set("/assessment/description", label, where)
                b.note(
                    msg(
                        "the assessment type {label} ({uri}) is not in the ELM list; read as other with its label as "
                        "description",
                        label=repr(label),
                        uri=str(uri),
                    ),
                    pointer="/assessment/types",
                    source=where,
                )
            elif slug is not None and slug != "other":
                b.note(
                    msg(
                        "the assessment type {uri} is the provider's own concept, not an EU one; it was matched by "
                        "its label {label}",
                        uri=uri,
                        label=repr(label),
                    )
                    if uri
                    else msg(
                        "the assessment type without a URI is the provider's own concept, not an EU one; it was "
                        "matched by its label {label}",
                        label=repr(label),
                    ),
                    pointer="/assessment/types",
                    source=where,
                )
            if slug is None:
                b.warn(
                    msg("the assessment type {uri} has neither a known URI nor a label", uri=repr(uri)),
                    pointer="/assessment/types",
                    source=where,
                )
            elif slug not in types:
                b.trace(f"/assessment/types/{len(types)}", where)
                types.append(slug)
    if types:
        b.set("/assessment/types", types, specs[0].pointer)
    for assessment_spec in specs:
        if _set_text(b, "/assessment/description", assessment_spec, "description"):
            break
    if not types and specs and _assessment_title(b, specs[0]):
        b.note(
            msg(
                "the assessment specification gives neither a type nor a description; its title was read as the "
                "description of the assessment"
            ),
            pointer="/assessment/description",
            source=specs[0].pointer,
        )
    for assessment_spec in specs:
        scheme = assessment_spec.node("gradingScheme")
        if scheme is not None and (
            _set_text(b, "/assessment/grading_scheme", scheme, "description")
            or _set_text(b, "/assessment/grading_scheme", scheme, "title")
        ):
            break
    _supervision(b, assessments, specs, learning or spec)


def _supervision(b: Builder, assessments: list[Node], specs: list[Node], learning: Node | None) -> None:
    """The supervision of the assessments; whether a supervised sitting was online or onsite is told by the assessment
    specifications' mode, else by the learning specification's (ELM's mode is of learning and assessment)."""
    if assessments:
        b.expect("/assessment/supervision", assessments[0].pointer)
    for assessment in assessments:
        # ELM 3 names it idVerification, ELM 2 idVerificationMethod.
        verifications = _concepts(assessment, "idVerification") or _concepts(assessment, "idVerificationMethod")
        for uri, label, _notation, where in verifications:
            slug = slug_for("supervision", uri) if uri and not uri.startswith("urn:") else None
            known_label = bool(label) and " ".join(str(label).lower().split()) in ELM_SUPERVISION_LABELS
            if slug is None and is_eu_uri(uri):
                known_label = False  # an EU concept is read by its URI only, never by its label
            if slug is None and label and known_label:
                slug = slug_for("supervision", ELM_SUPERVISION_LABELS[" ".join(label.lower().split())])
                b.note(
                    msg(
                        "idVerification {uri} is the provider's own concept, not an EU one; it was matched by its "
                        "ELM label {label}",
                        uri=uri,
                        label=repr(label),
                    )
                    if uri
                    else msg(
                        "idVerification without a URI is the provider's own concept, not an EU one; it was matched "
                        "by its ELM label {label}",
                        label=repr(label),
                    ),
                    pointer="/assessment/supervision",
                    source=where,
                )
            if slug in ("supervised-online-id-check", "supervised-onsite-id-check"):
                modes = {
                    slug_for("participation-modes", u, lab) for s in specs for u, lab, _n, _w in _concepts(s, "mode")
                } or {slug_for("participation-modes", u, lab) for u, lab, _n, _w in _concepts(learning, "mode")}
                if modes == {"online"}:
                    slug = "supervised-online-id-check"
                elif modes == {"onsite"}:
                    slug = "supervised-onsite-id-check"
                else:
                    b.warn(
                        msg(
                            "idVerification {value} does not say whether the supervision was online or onsite, and "
                            "the assessment mode does not tell",
                            value=repr(label or uri),
                        ),
                        pointer="/assessment/supervision",
                        source=where,
                    )
                    return
            if slug is None:
                # Kept as found, so the supervision is judged invalid where it stands.
                b.keep(
                    "/assessment/supervision",
                    str(uri or label),
                    where,
                    msg(
                        "idVerification {value} is not a known supervision and identity verification concept; it is "
                        "kept as found",
                        value=_shown(uri or label, label),
                    ),
                    hint=msg(
                        "Use the EU supervision-verification concept (e.g. unsupervised without ID verification)."
                    ),
                )
                return
            b.set("/assessment/supervision", slug, where)
            return


def _proven_by(claim: Node) -> list[Node]:
    """The assessments a claim rests on: those that prove it (``provenBy``), and those its awarding process used
    (``awardedBy.used``, as credentials converted from ELMO give the grade)."""
    found = [*claim.nodes("provenBy"), *(a for process in claim.nodes("awardedBy") for a in process.nodes("used"))]
    return [a for at, a in enumerate(found) if all(a.data is not b.data for b in found[:at])]


def _grade(b: Builder, claim: Node, assessed: list[Node]) -> None:
    assessments = [*_proven_by(claim), *assessed]
    b.expect("/grade", assessments[0].pointer if assessments else claim.pointer)
    for assessment in assessments:
        grade = _note_values(b, assessment, "grade")
        if grade is not None:
            b.set("/grade", grade[0], grade[1])
            return


def _stackability(b: Builder, nodes: list[Node]) -> None:
    """Stackable towards the credentials the first of ``nodes`` (specification, claim) naming any is part of
    (``isPartOf``); else a note when one says only that it is no partial qualification."""
    if b.has("/stackability"):
        return
    for node in nodes:
        if _parts_of(b, node):
            return
    for node in nodes:
        partial = node.scalar("isPartialQualification")
        if partial is not None and partial[0] is False:
            b.note(
                msg(
                    "isPartialQualification is false (not part of a larger qualification), which does not say "
                    "whether it is stand-alone or stackable, so stackability is missing"
                ),
                pointer="/stackability",
                source=partial[1],
            )
            return


def _parts_of(b: Builder, node: Node) -> bool:
    """Set stackability from the larger credentials a node is part of (``isPartOf``); whether it did."""
    towards: list[dict[str, Any]] = []
    for part in node.nodes("isPartOf"):
        if is_itself(b, node, part, node.where("isPartOf")):
            continue
        title = part.text("title")
        if title is None:
            spec = part.node("specifiedBy")
            title = spec.text("title") if spec is not None else None
        if title is None:
            b.warn(
                msg("isPartOf names a larger credential without a title"), pointer="/stackability", source=part.pointer
            )
            continue
        entry: dict[str, Any] = {"title": title[0]}
        if part.id and part.id.startswith(("http://", "https://")):
            entry["url"] = part.id
        b.trace(f"/stackability/towards/{len(towards)}", part.pointer)
        towards.append(entry)
    if towards:
        b.set("/stackability", {"type": "stackable", "towards": towards}, node.where("isPartOf"))
    return bool(towards)


IMPORTER = Importer("elm", detect, convert)
