"""Credential Transparency Description Language (CTDL, Credential Engine registry).

Reads ``ceterms:Course``, ``LearningProgram``, ``LearningOpportunityProfile``, ``AssessmentProfile`` and the
credential classes (``Certificate``, ``BachelorDegree``, ``MicroCredential``, ...) as offers, whether written
with the ``ceterms:`` prefix, as full ``https://purl.org/ctdl/terms/`` IRIs (expanded JSON-LD) or as
bare terms. An ``@graph`` (or a top-level array) with several such resources gives one descriptor
each, unless the document's own ``@id`` names its main resource; an assessment profile another resource names
(``targetAssessment``) is part of that resource, not checked on its own. CTDL has no EQF level or form of
participation vocabulary beyond delivery type; supervision is read from ``isProctored``. A national framework
level is read from the credits' ``creditLevelType`` where its IRI names one (``.../scqf/levels/10``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.frameworks import NQF_ALIASES
from qa_checker.importers import Importer
from qa_checker.importers.builder import (
    WEB_SCHEMES,
    Builder,
    country_of,
    currency_code,
    duration_hours,
    first_text,
    is_itself,
    not_hours,
    number,
)
from qa_checker.importers.jsonld import (
    NAMESPACES,
    LangString,
    Node,
    Reader,
    Scalar,
    graph_nodes,
    lang_string,
    local_name,
)
from qa_checker.importers.ob3 import CREDENTIAL_TYPES as OB3_CREDENTIALS
from qa_checker.importers.ob3 import read_issuance, read_issuer
from qa_checker.patterns import regex
from qa_checker.text import msg, plural
from qa_checker.value_reader import code, mode

LEARNING_TYPES = {"Course", "LearningProgram", "LearningOpportunityProfile"}
ASSESSMENT_TYPES = {"AssessmentProfile"}
# The condition profiles through which a resource names assessments (targetAssessment): those it requires are how it
# is assessed; one it recommends, or one of entry, is no part of that but no resource to check on its own either.
REQUIRED_CONDITIONS = ("requires",)
LINKING_CONDITIONS = ("requires", "recommends", "corequisite", "entryCondition")
# The terms of a DurationProfile giving one duration, in the order read: the estimate, and the time it requires.
EXACT_DURATIONS = ("exactDuration", "timeRequired")
# The terms giving a resource's form of participation, in the order read: its own delivery, its learning's, then its
# assessment's (the delivery of the assessment profiles it requires when it states none of these; assessmentModeType
# is its name in the Registry's records of 2016).
DELIVERY_TERMS = ("deliveryType", "learningDeliveryType", "assessmentDeliveryType", "assessmentModeType")
# The terms of an assessment, each read from the resource when it states it, else from the profiles it requires:
# methods, their description, proctoring, and delivery (an assessment profile's deliveryType).
ASSESSMENT_TERMS = ("assessmentMethodType", "assessmentMethodDescription", "isProctored", "deliveryType")
# Properties of the Credential Registry's first records (2016) by the names CTDL gave them since: the owning
# organisation (owner) and the resource's web page (schema:url).
LEGACY_TERMS = {"owner": "ownedBy", "url": "subjectWebpage"}
CREDENTIAL_TYPES = {
    "Credential",
    "Certificate",
    "Certification",
    "MicroCredential",
    "Badge",
    "DigitalBadge",
    "OpenBadge",
    "License",
    "Diploma",
    "ApprenticeshipCertificate",
    "JourneymanCertificate",
    "MasterCertificate",
    "ProfessionalCertificate",
    "AcademicCertificate",
    "CertificateOfCompletion",
    "CertificateOfParticipation",
    "BasicTechnicalCertificate",
    "QualityAssuranceCredential",
    "SecondarySchoolDiploma",
    "GeneralEducationDevelopment",
}
DELIVERY = {
    "OnlineOnly": "online",
    "OnlineDelivery": "online",
    "InPerson": "onsite",
    "VariableSite": "onsite",
    "BlendedDelivery": "blended",
}
ASSESSMENT = {"Artifact": "artefact-assessment", "Performance": "practical-assessment"}
# A CTID (ce- and a UUID), alone or at the end of a registry address.
_CTID = regex(r"(?:^|/)(ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$", re.IGNORECASE)
# The CTDL assessment methods (ceterms:AssessmentMethod): Exam may be written or oral, so it is "other".
ASSESSMENT_METHODS = {"Artifact", "Exam", "Performance"}


def _is_main(node: Node) -> bool:
    names = node.types
    return bool(names & (LEARNING_TYPES | ASSESSMENT_TYPES | CREDENTIAL_TYPES)) or any(
        # A degree type of CTDL's (read by its term), not one of another namespace (ext:MasterDegree).
        ":" not in n and n.endswith(("Degree", "Doctorate"))
        for n in names
    )


def _is_ctdl(node: Node) -> bool:
    known = any(_ctdl_type(node.reader, v) for v in node.written_types)
    return known or "ctdl" in node.reader.context.families


def _ctdl_type(reader: Reader, value: str) -> bool:
    """Whether a type is written in a CTDL namespace (``ceterms:Course``, ``https://purl.org/ctdl/terms/Course``),
    not merely with ``ctdl/terms/`` somewhere in an IRI of another namespace."""
    iri = reader.expand(value)
    name = local_name(iri)
    return NAMESPACES.get(iri[: len(iri) - len(name)]) == "ctdl"


def _placeholder(node: Node) -> bool:
    """A node that gives nothing but its id and type: a resource named here and described elsewhere."""
    return all(key in ("@id", "@type", "id", "type") for key in node.data)


def _blank_references(value: object) -> Iterator[str]:
    """The blank-node ids (``_:...``) a value names, at any depth."""
    if isinstance(value, str):
        if value.startswith("_:"):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _blank_references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _blank_references(item)


def _claims(root: Node) -> list[tuple[Node, Node]]:
    """The CTDL resources a Verifiable Credential's subjects hold under any term (``achievement``, as Credential
    Engine's CTDL-in-VC examples name it by a term of their own, ``hasCredential``, ...), each with its subject. The
    subject's values are looked at, not read as terms, so that a VC of another kind records no misread; an Open
    Badges credential is left to its own importer."""
    if "VerifiableCredential" not in root.types or root.types & OB3_CREDENTIALS:
        return []
    found = []
    for subject in root.nodes("credentialSubject"):
        for key, value in subject.data.items():
            where = jp.child(subject.pointer, key)
            items = (
                [(v, jp.child(where, i)) for i, v in enumerate(value)] if isinstance(value, list) else [(value, where)]
            )
            for item, at in items:
                node = root.reader.resolve(item, at) if isinstance(item, (dict, str)) else None
                if node is not None and node.data is not subject.data and _is_main(node) and _is_ctdl(node):
                    found.append((node, subject))
    return found


def _main_nodes(data: dict[str, Any]) -> tuple[Reader, list[tuple[Node, Node | None]], tuple[int, int, int]]:
    """The reader, the resources to check (each with the subject of the Verifiable Credential that holds it, if one
    does), and how many placeholders, references and assessment profiles of other resources beside them were left
    out."""
    reader = Reader(data, term_aliases=LEGACY_TERMS)
    nodes = graph_nodes(reader)
    if nodes is not None:
        # A graph inherits the document's context for its prefixed types.
        main = [n for n in nodes if _is_main(n) and _is_ctdl(n)]
        named = data.get("@id")
        chosen = [n for n in main if named and n.id == named] or main
        # Placeholders (the targets of a condition given only by id) are not resources to check, unless the
        # graph has nothing else.
        described = [n for n in chosen if not _placeholder(n)] or chosen
        # A blank node another resource of the graph names is a reference (how the Credential Registry
        # describes a learning opportunity or credential that is not published there), not a resource to check.
        own = [n for n in described if not (n.id or "").startswith("_:")]
        named_blank = {ref for n in own for ref in _blank_references(n.data)}
        checked = [n for n in described if n.id not in named_blank]
        parts = {
            linked.pointer
            for n in checked
            if not n.types & ASSESSMENT_TYPES
            for _ref, linked, _where in _assessment_links(n, LINKING_CONDITIONS)
            if linked is not None
        }
        own = [n for n in checked if not (n.types & ASSESSMENT_TYPES and n.pointer in parts)]
        left_out = (len(chosen) - len(described), len(described) - len(checked), len(checked) - len(own))
        return reader, [(n, None) for n in own], left_out
    root = reader.node(data, "")
    if _is_main(root) and _is_ctdl(root):
        return reader, [(root, None)], (0, 0, 0)
    claimed: list[tuple[Node, Node | None]] = list(_claims(root))
    held = [(n, subject) for n, subject in claimed if not _placeholder(n)] or claimed
    return reader, held, (len(claimed) - len(held), 0, 0)


def detect(data: dict[str, Any]) -> bool:
    """A CTDL learning opportunity or credential (top level or in a graph)."""
    return bool(_main_nodes(data)[1])


def convert(document: Document, base: str) -> list[Document]:
    """One offer descriptor per main resource; one credential descriptor per resource a Verifiable Credential holds."""
    reader, nodes, left_out = _main_nodes(document.data)
    return [_resource(document, reader, node, base, len(nodes), left_out, subject) for node, subject in nodes]


def _resource(
    document: Document,
    reader: Reader,
    node: Node,
    base: str,
    count: int,
    left_out: tuple[int, int, int],
    subject: Node | None = None,
) -> Document:
    """One descriptor: an offer, or a credential issued to ``subject`` when a Verifiable Credential holds the resource;
    ``left_out``: how many placeholders, references and assessment profiles of other resources beside it were not
    checked."""
    placeholders, references, assessments = left_out
    kind = sorted(node.types, key=lambda name: (":" in name, name))[0]  # a CTDL term before any other type
    b = Builder(kind="offer" if subject is None else "credential", base_pointer=base)
    if not reader.context.present:
        b.note(msg("the document has no @context; it was read by its CTDL terms (prefixed names and full IRIs)"))
    for url in reader.context.unknown:
        b.note(msg("@context {url} is not one qa-checker knows; it was not fetched", url=url), source="/@context")
    if count > 1:
        b.note(
            plural(
                "one of {count} CTDL resource in the document", "one of {count} CTDL resources in the document", count
            ),
            source=node.pointer,
        )
    if placeholders:
        b.note(
            plural(
                "{count} other CTDL resource in the document gives only its id and type (described elsewhere); it "
                "was not checked",
                "{count} other CTDL resources in the document give only their id and type (described elsewhere); "
                "they were not checked",
                placeholders,
            ),
            source=node.pointer,
        )
    if references:
        b.note(
            plural(
                "{count} other CTDL resource in the document is a blank node named by a resource here: a reference, "
                "not published on its own; it was not checked",
                "{count} other CTDL resources in the document are blank nodes named by a resource here: references, "
                "not published on their own; they were not checked",
                references,
            ),
            source=node.pointer,
        )
    if assessments:
        b.note(
            plural(
                "{count} other CTDL resource in the document is an assessment profile a resource here names "
                "(targetAssessment); it was not checked on its own",
                "{count} other CTDL resources in the document are assessment profiles a resource here names "
                "(targetAssessment); they were not checked on their own",
                assessments,
            ),
            source=node.pointer,
        )
    for pointer in ("/title", "/learning_outcomes", "/workload", "/level", "/quality_assurance", "/prerequisites"):
        b.expect(pointer, node.pointer)  # where a missing element belongs in the original
    ctid = node.scalar("ctid")
    root = reader.node(reader.root, "") if subject is not None else None  # the Verifiable Credential
    if root is not None and count == 1 and root.id:
        b.set("/id", root.id, root.where("id"))  # the credential's, as for other issued credentials
    else:
        b.set_id(str(ctid[0]) if ctid else node.id, f"ctdl-{kind}", ctid[1] if ctid else node.where("id"), node.pointer)
    for pointer, term in (("/title", "name"), ("/summary", "description")):
        found = node.text(term)
        if found is not None:
            b.set(pointer, found[0], found[1])
    _languages(b, node)
    if root is not None:
        # The issuer of the credential awards it; the organisations of the resource stand in when it is not described.
        read_issuer(b, root.node("issuer"), root.has("issuer"), root.where("issuer"))
    if not b.has("/awarding_bodies"):
        _organisations(b, node)
    _outcomes(b, node)
    _credits(b, node)
    _required_credits(b, node)
    _duration(b, node)
    b.expect("/participation", node.pointer)
    delivery = next((term for term in DELIVERY_TERMS if node.has(term)), None)
    if delivery is not None:
        _delivery(b, [node], delivery)
    _assessment(b, node, delivery is None)
    _prerequisites(b, node)
    _quality_assurance(b, node)
    _part_of(b, node)
    _price(b, node)
    page = _web_page(b, node, "/further_information")
    if page is not None:
        b.set("/further_information", page[0], page[1])
    if root is None or subject is None:
        return b.document(document, fmt="ctdl", imported_from=f"CTDL {kind}", home=node.pointer)
    b.expect("/issue_date", root.pointer)
    read_issuance(b, root, subject)
    label = f"CTDL {kind} in a Verifiable Credential"
    return b.document(document, fmt="ctdl", imported_from=label, home=node.pointer)


def _price(b: Builder, node: Node) -> None:
    """The price: the ``price`` of the one cost profile (``estimatedCost``) that gives one, with its ``currency`` as
    an ISO 4217 code. Several priced profiles (tuition beside fees) are warned of, never added up."""
    costs = [cost for cost in node.nodes("estimatedCost") if cost.has("price")]
    if len(costs) > 1:
        b.warn(
            plural(
                "estimatedCost gives {count} cost with a price; which is the price of the whole cannot be told, so "
                "none was read",
                "estimatedCost gives {count} costs with a price; which is the price of the whole cannot be told, so "
                "none was read",
                len(costs),
            ),
            pointer="/price",
            source=node.where("estimatedCost"),
            hint=msg(
                "Give the total as one cost profile (an aggregate cost), or fill the price by hand after convert."
            ),
        )
    if len(costs) != 1:
        return
    cost = costs[0]
    price, currency = cost.scalar("price"), cost.scalar("currency")
    # CTDL's price is an xsd:float: a comma in it (1,995) may part thousands or decimals, so it is not read.
    amount = number(price[0]) if price is not None and "," not in str(price[0]) else None
    if price is None or amount is None or currency is None:
        b.warn(
            msg("the cost profile gives no price as a number or no currency; the price was not read"),
            pointer="/price",
            source=cost.where("price") if amount is None else cost.pointer,
            hint=msg("Give the cost profile's price as a number and its currency as an ISO 4217 code (USD, EUR)."),
        )
        return
    b.set("/price/amount", amount, price[1])
    code = currency_code(currency[0])
    if code is not None:
        b.set("/price/currency", code, currency[1])
    else:
        b.keep(
            "/price/currency",
            str(currency[0]),
            currency[1],
            msg("the currency {value} is not an ISO 4217 code; it is kept as found", value=str(currency[0])),
            hint=msg("Give the currency as its ISO 4217 code, such as USD or EUR."),
        )


def _languages(b: Builder, node: Node) -> None:
    found = ((((v.get("@value") if isinstance(v, dict) else v),), where) for v, where in node.values("inLanguage"))
    b.set_languages(found, node.where("inLanguage"))


def _linked(node: Node, term: str) -> list[tuple[str | None, Node | None, str]]:
    """Each object a term gives, written out (with or without an @id) or by reference: its id, the node (``None``
    when it is not in the document) and where the term gives it. A reference by CTID (the CTID itself, or a
    registry address ending in it, of another host such as the sandbox's) names the resource with that ``ctid``.
    A term that gives neither (``4``, ``true``) gives nothing, left to the misread warning."""
    if not _given(node, term):
        return []
    found = []
    for value, where in node.values(term):
        if not isinstance(value, (dict, str)):
            continue
        ident = value.get("@id", value.get("id")) if isinstance(value, dict) else value
        linked = node.reader.resolve(value, where)
        if isinstance(ident, str) and (linked is None or _placeholder(linked)):
            ctid = _CTID.search(ident.strip())
            linked = (node.reader.keyed("ctid", ctid.group(1)) if ctid else None) or linked
        found.append((ident if isinstance(ident, str) else None, linked, where))
    return found


def _given(node: Node, term: str) -> bool:
    """Whether a term gives an object or a reference to one; a term of other values only (``4``, ``true``) is
    recorded as misread by the node accessors, to be warned of."""
    return bool(node.nodes(term) or node.refs(term))


def _organisations(b: Builder, node: Node) -> None:
    term = "ownedBy" if node.has("ownedBy") else "offeredBy"
    b.expect("/awarding_bodies", node.where(term) if node.has(term) else node.pointer)
    told: set[str] = set()
    bodies = _bodies(b, node, term, told)
    if not bodies and term == "ownedBy" and node.has("offeredBy"):
        # ownedBy names no organisation this document describes: the one offering it is read as for no ownedBy.
        offered = _bodies(b, node, "offeredBy", told)
        term, bodies = ("offeredBy", offered) if offered else (term, bodies)
    if term == "offeredBy" and node.has(term):
        b.note(
            msg(
                "no ownedBy (the organisation that owns and awards it); the organisation that offers it "
                "(offeredBy) was read as the awarding body"
            ),
            pointer="/awarding_bodies",
            source=node.where(term),
        )
    if bodies:
        b.set("/awarding_bodies", bodies, node.where(term))


def _written_term(term: str, where: str) -> str:
    """A term as the document writes it at ``where``: the older CTDL name it gives (``owner`` for ownedBy,
    :data:`LEGACY_TERMS`), so a message names the key a reader finds there."""
    key = next((token for token in reversed(jp.split(where)) if not token.isdigit()), "")
    name = key.rpartition(":")[2]
    return name if LEGACY_TERMS.get(name) == term else term


def _bodies(b: Builder, node: Node, term: str, told: set[str]) -> list[dict[str, Any]]:
    """The awarding bodies the organisations of ``term`` (ownedBy, offeredBy) give; each one not read is warned,
    once however many terms name it (``told``: the references warned of)."""
    bodies: list[dict[str, Any]] = []
    for ref, org, where in _linked(node, term):
        if org is None or not org.has("name"):
            if ref in told:
                continue
            if ref:
                told.add(ref)
            written = _written_term(term, where)
            b.warn(
                msg(
                    "{term} names {ref} only by reference; its name and country are not in this document",
                    term=written,
                    ref=ref,
                )
                if ref
                else msg("{term} gives an organisation without a name", term=written),
                pointer="/awarding_bodies",
                source=where,
                hint=msg("Include the organisation in the document (for example in its @graph).")
                if ref
                else msg("Give the organisation's name in the original document."),
            )
            continue
        name = org.text("name")
        if name is None:
            b.warn(
                msg("{term} names an organisation whose name is empty", term=term),
                pointer="/awarding_bodies",
                source=org.where("name"),
                hint=msg("Give the organisation's name in the original document."),
            )
            continue
        pointer = f"/awarding_bodies/{len(bodies)}"
        entry: dict[str, Any] = {"name": name[0]}
        b.trace(pointer, org.pointer)
        b.trace(f"{pointer}/name", org.where("name"))
        for address in org.nodes("address"):
            found = country_of(address, "addressCountry")
            if found is None:
                continue
            b.address_country(entry, f"{pointer}/country", found)
            break
        page = _web_page(b, org, f"{pointer}/url")
        if page is not None:
            entry["url"] = page[0]
        bodies.append(entry)
    return bodies


def _web_page(b: Builder, node: Node, pointer: str) -> tuple[str, str] | None:
    """The node's subjectWebpage, when it is a web address (a compact IRI, ``find:credential/4410``, expanded by
    the prefixes of the document's context); another address is warned of (:meth:`Builder.web_address`)."""
    page = node.iri("subjectWebpage")
    found = (node.reader.expand(page[0]), page[1]) if page is not None else None
    return b.web_address(found, key="subjectWebpage", pointer=pointer)


def _alignment_text(node: Node) -> tuple[LangString, str] | None:
    """The text of an alignment or a competency: its target's name, name or competency text, else the text of the
    competency its ``targetNode`` names (a ``ceasn:Competency`` described in the document, found by its CTID when
    named by the registry address of another host; see :func:`_linked`)."""
    found = _competency_text(node)
    if found is not None:
        return found
    target = next((linked for _, linked, _ in _linked(node, "targetNode") if linked is not None), None)
    return _competency_text(target) if target is not None and target.data is not node.data else None


def _competency_text(node: Node) -> tuple[LangString, str] | None:
    """The statement a node gives itself: as an alignment (its target's name or description) or a competency."""
    return (
        node.text("targetNodeName")
        or node.text("name")
        or node.text("competencyText")
        or node.text("competencyLabel")
        or node.text("targetNodeDescription")
    )


def _outcomes(b: Builder, node: Node) -> None:
    outcomes: list[LangString] = []
    term = "assesses" if node.types & ASSESSMENT_TYPES else "teaches"
    linked = _linked(node, term)  # competencies written out, or named by @id or CTID and described in the document
    sources = [(a, term) for _, a, _ in linked if a is not None]
    if not sources:
        # A condition's target competencies; or, as CTDL in Verifiable Credentials writes them, the competencies
        # requires names itself.
        sources = [
            (c, "requires")
            for condition in node.nodes("requires")
            for c in ([condition] if "Competency" in condition.types else condition.nodes("targetCompetency"))
        ]
    for alignment, _term in sources:
        text = _alignment_text(alignment)
        if text is None:
            continue
        # Where the outcome is stated: the alignment, or the competency it names described elsewhere.
        inside = text[1].startswith(alignment.pointer + "/")
        b.trace(f"/learning_outcomes/{len(outcomes)}", alignment.pointer if inside else text[1])
        outcomes.append(text[0])
    if outcomes:
        b.set("/learning_outcomes", outcomes, sources[0][0].pointer)
        b.note(
            msg("learning outcomes were read from the competencies in {term}", term=sources[0][1]),
            pointer="/learning_outcomes",
            source=sources[0][0].pointer,
        )
    elif linked:
        b.warn(
            msg(
                "{term} names its competencies only by reference or without a statement; what they say is not in "
                "this document, so no learning outcome was read",
                term=term,
            ),
            pointer="/learning_outcomes",
            source=node.where(term),
            hint=msg(
                "Include each competency (ceasn:Competency with ceasn:competencyText) in the document's @graph, or "
                "give its statement as ceterms:targetNodeName."
            ),
        )


def _credits(b: Builder, node: Node, *, level: bool = True) -> None:
    """The credits of the value profiles (the first of each credit system; a further one that differs is reported),
    and the framework level of the first when ``level`` (a condition's credits may be at another level than the
    credential it earns)."""
    read = False
    for value_node in node.nodes("creditValue"):
        amount = value_node.scalar("value")
        if amount is None and (value_node.has("minValue") or value_node.has("maxValue")):
            amount = _one_of_range(b, value_node)
            if amount is None:
                continue
        unit_name = _unit(value_node)
        value = number(amount[0]) if amount else None
        if amount is None or value is None or value <= 0 or not unit_name:
            b.warn(
                msg("a creditValue without a credit unit (creditUnitType); it was not read")
                if value is not None and value > 0
                else msg("a creditValue whose value is no positive number; it was not read"),
                pointer="/workload",
                source=value_node.pointer,
            )
            continue
        _set_credits(b, node.reader, value, unit_name, amount[1], value_node.pointer)
        if level and not read:
            _credit_level(b, value_node)
        read = True
    if read:
        return
    # CTDL's older properties: the value (creditUnitValue) and its unit (creditUnitType) on the resource itself,
    # or, older still, credit hours (creditHourValue) in a system named in words (creditHourType: "Semester
    # Hours"); some exporters write the value as a bare creditValue number.
    term = next((t for t in ("creditUnitValue", "creditHourValue", "creditValue") if node.scalar(t) is not None), None)
    legacy = node.scalar(term) if term is not None else None
    if term is None or legacy is None:
        return
    hour_type = node.text("creditHourType") if term == "creditHourValue" else None
    unit_name = first_text(hour_type[0]) if hour_type is not None else _unit(node)
    value = number(legacy[0])
    if unit_name and value is not None and value > 0:
        _set_credits(b, node.reader, value, unit_name, legacy[1], legacy[1])
    else:
        b.warn(
            msg(
                "creditValue {value} is a bare number without a credit unit (a ValueProfile with creditUnitType); it "
                "was not read",
                value=repr(legacy[0]),
            )
            if term == "creditValue"
            else msg("{term} {value} is no positive number; it was not read", term=term, value=repr(legacy[0]))
            if value is None or value <= 0
            else msg(
                "creditHourValue {value} does not say which credit hours (creditHourType); it was not read",
                value=repr(legacy[0]),
            )
            if term == "creditHourValue"
            else msg(
                "creditUnitValue {value} has no credit unit (creditUnitType); it was not read",
                value=repr(legacy[0]),
            ),
            pointer="/workload",
            source=legacy[1],
        )


def _has_credits(b: Builder) -> bool:
    return b.has("/workload/ects") or b.has("/workload/other_credits")


def _required_credits(b: Builder, node: Node) -> None:
    """A credential's credits from the condition it requires (``requires.creditValue``: the credits needed to
    earn it) when it gives none itself. Several conditions giving credits are alternative ways to earn it, so
    none of them is the workload."""
    if _has_credits(b) or node.types & (LEARNING_TYPES | ASSESSMENT_TYPES):
        return
    conditions = [c for c in node.nodes("requires") if c.has("creditValue") or c.has("creditUnitValue")]
    if len(conditions) > 1:
        b.warn(
            msg(
                "{count} conditions in requires give credits (alternative ways to earn the credential); the "
                "workload was not read from them",
                count=len(conditions),
            ),
            pointer="/workload",
            source=node.where("requires"),
        )
        return
    if not conditions:
        return
    _credits(b, conditions[0], level=False)
    if _has_credits(b):
        b.note(
            msg("the credits are those the credential requires (requires.creditValue)"),
            pointer="/workload",
            source=conditions[0].pointer,
        )


# A credit unit that names ECTS credits ("ECTSCredit", "Credits (ECTS)", "crédits ECTS", "ECTS-Leistungspunkte",
# "European Credit Transfer System"), not a unit that only holds the letters ("Projects", "Subjects").
_ECTS_UNIT = regex(r"(?<![A-Za-z])(?:ECTS|ects|Ects)|european\s*credit", re.IGNORECASE)


def _set_credits(b: Builder, reader: Reader, value: float, unit_name: str, where: str, source: str) -> None:
    """Set credits in a unit: ECTS by a CTDL credit unit (creditUnit:ECTSCredit) or by the unit's name, never by
    the last segment of another vocabulary's IRI (http://example.org/units/ECTS); any other unit as other credits
    (``source``: the value with its unit)."""
    concept = _concept_name(reader, unit_name, "creditUnit")
    foreign = concept == unit_name and _IRI_OR_PREFIXED.match(unit_name) is not None
    if not foreign and _ECTS_UNIT.search(concept):
        b.credits(value, None, where, source)
    else:
        short = local_name(unit_name.rstrip("/")) or unit_name
        system = _framework_credits(reader, unit_name) or short.split(":")[-1] or unit_name
        b.credits(value, system, source, source)


# The segments of an IRI or prefixed name: http://example.edu/scqf/levels/10 is http, example.edu, scqf, levels, 10.
_SEGMENTS = regex(r"[^/#:]+")
# A level segment (10, level-10, scqfLevel10: a framework's own word first), and a segment naming levels or
# credits (scqflevels, credits), with the framework's word before when it has one.
_LEVEL_SEGMENT = regex(r"(?:([A-Za-z]+?)[-_]?)?(?:levels?[-_]?)?(\d{1,2})", re.IGNORECASE)
_LEVELS_SEGMENT = regex(r"(.*?)[-_]?levels?", re.IGNORECASE)
_CREDITS_SEGMENT = regex(r"(.*?)[-_]?(?:credits?|points?|creditpoints?|credit[-_]points?)", re.IGNORECASE)
# How a framework names its credits where it is not "<framework> credits" (SCQF Handbook: "SCQF credit points").
_CREDIT_NAMES = {"SCQF": "SCQF credit points"}


def _framework_segment(segment: str) -> str | None:
    """The national framework a path segment names by its abbreviation (scqf, RQF), else ``None``."""
    return NQF_ALIASES.get(segment.upper()) if segment.isascii() and segment.isalpha() else None


def _framework_level(reader: Reader, value: str) -> tuple[str, int] | None:
    """The framework and level an IRI names by its path: a level number after a segment naming a national
    framework, with or without a segment naming levels between (http://example.edu/scqf/levels/10,
    https://example.org/rqf/3, scqflevel:10 with the prefix declared or not), or one segment naming both
    (res:scqfLevel10, as Credential Engine names the levels of its SCQF QualificationsFramework)."""
    segments = _SEGMENTS.findall(reader.expand(value))
    level = _LEVEL_SEGMENT.fullmatch(segments[-1]) if segments else None
    if level is None:
        return None
    names = [level.group(1) or ""]
    if len(segments) > 2:
        levels = _LEVELS_SEGMENT.fullmatch(segments[-2])
        names.append(segments[-2] if levels is None else levels.group(1) or segments[-3])
    framework = next((found for found in map(_framework_segment, names) if found), None)
    return (framework, int(level.group(2))) if framework else None


def _framework_credits(reader: Reader, unit: str) -> str | None:
    """The credit system a unit IRI names by its path where its last segment only says credits: the framework
    before it (http://example.edu/scqf/credits/ is SCQF credit points), else ``None``."""
    segments = _SEGMENTS.findall(reader.expand(unit))
    credits = _CREDITS_SEGMENT.fullmatch(segments[-1]) if len(segments) > 1 else None
    if credits is None:
        return None
    framework = _framework_segment(credits.group(1) or segments[-2])
    return _CREDIT_NAMES.get(framework, f"{framework} credits") if framework else None


def _credit_level(b: Builder, value_node: Node) -> None:
    """The national framework level of the credits (``creditLevelType``) when it names one by its IRI, directly
    or as an alignment's target node; any other credit level (audLevel:LowerDivisionLevel) is no NQF level,
    noted as not read."""
    if b.has("/level/nqf"):
        return
    unread: tuple[str, str] | None = None
    # Objects (alignments, or the nodes references name) first, then the IRIs; a value of neither kind (a
    # number, true) is left to the accessors, which tell it as misread.
    named = [(node, node.iri("targetNode")) for node in value_node.nodes("creditLevelType")]
    found_iris: list[tuple[tuple[str | None, str], Node | None]] = [
        (target or (node.id, node.pointer), node) for node, target in named
    ]
    found_iris += [((ref, where), None) for ref, where in value_node.refs("creditLevelType")]
    for (iri, where), node in found_iris:
        found = _framework_level(value_node.reader, iri) if iri else None
        if found is not None:
            b.set("/level/nqf", {"framework": found[0], "level": found[1]}, where)
            return
        text = _alignment_text(node) if node is not None and not iri else None
        unread = unread or (iri or (first_text(text[0]) if text else None) or "?", where)
    if unread is not None:
        b.note(
            msg(
                "creditLevelType {value} names no level of a national qualifications framework; it was not read",
                value=repr(unread[0]),
            ),
            pointer="/level",
            source=unread[1],
        )


def _duration(b: Builder, node: Node) -> None:
    """Workload hours from the exact estimated duration (``estimatedDuration.exactDuration``, else its
    ``timeRequired``) when it is a time duration (``PT45H``); a calendar duration (``P9M``) is how long the course
    runs, noted and not read. A duration given only as a range (``minimumDuration``, ``maximumDuration``) is read
    when both ends are the same hours, else reported and left out."""
    if b.has("/workload/hours"):
        return
    profiles = node.nodes("estimatedDuration")
    for profile, term in ((p, t) for p in profiles for t in EXACT_DURATIONS):
        exact = profile.scalar(term)
        if exact is None:
            continue
        hours, reason = duration_hours(exact[0])
        if hours is None:
            message = not_hours(f"estimatedDuration.{term}", exact[0], reason, short=False)
            b.note(message, pointer="/workload/hours", source=exact[1])
            continue
        b.set("/workload/hours", hours, exact[1])
        b.note(
            msg("the workload hours are the estimated duration (estimatedDuration.exactDuration)")
            if term == "exactDuration"
            else msg("the workload hours are the time required (estimatedDuration.timeRequired)"),
            pointer="/workload/hours",
            source=exact[1],
        )
        return
    if not any(profile.has(term) for profile in profiles for term in EXACT_DURATIONS):
        for profile in profiles:
            if _duration_range(b, profile):
                return


def _duration_range(b: Builder, profile: Node) -> bool:
    """Read or report the range of one duration profile; whether it gave one."""
    low, high = profile.scalar("minimumDuration"), profile.scalar("maximumDuration")
    if low is None and high is None:
        return False
    ends = [end for end in (low, high) if end is not None]
    hours = [duration_hours(end[0]) for end in ends]
    if len(ends) == 2 and hours[0][0] is not None and hours[0][0] == hours[1][0]:
        b.set("/workload/hours", hours[0][0], ends[0][1])
        b.note(
            msg(
                "the workload hours are the estimated duration (estimatedDuration.minimumDuration and maximumDuration)"
            ),
            pointer="/workload/hours",
            source=ends[0][1],
        )
        return True
    unread = next(((end, reason) for end, (found, reason) in zip(ends, hours) if found is None), None)
    if unread is not None:
        term = "estimatedDuration.minimumDuration" if unread[0] is low else "estimatedDuration.maximumDuration"
        b.note(not_hours(term, unread[0][0], unread[1], short=False), pointer="/workload/hours", source=unread[0][1])
        return True
    b.warn(
        msg(
            "estimatedDuration gives a range of {low} to {high} hours, not the one value the descriptor needs; it "
            "was left out",
            low=hours[0][0] if low is not None else "?",
            high=hours[-1][0] if high is not None else "?",
        ),
        pointer="/workload/hours",
        source=profile.pointer,
        hint=msg("Give the study hours as exactDuration (PT120H), or fill in the workload by hand after convert."),
    )
    return True


def _one_of_range(b: Builder, value_node: Node) -> tuple[Scalar, str] | None:
    """The value of a range (minValue, maxValue) whose bounds are equal; any other range is warned and left out."""
    low, high = value_node.scalar("minValue"), value_node.scalar("maxValue")
    if low is not None and high is not None and number(low[0]) == number(high[0]):
        return low
    b.warn(
        msg(
            "creditValue gives a range {low}-{high}, not the one value the descriptor needs; it was left out",
            low=low[0] if low else "?",
            high=high[0] if high else "?",
        ),
        pointer="/workload",
        source=value_node.pointer,
        hint=msg("Give the credits as one value (schema:value), or fill in the workload by hand after convert."),
    )
    return None


def _unit(value_node: Node) -> str | None:
    """The credit unit of a value profile: a concept id, an alignment's target node, or its name."""
    for unit in value_node.nodes("creditUnitType"):
        target = unit.iri("targetNode")
        text = _alignment_text(unit)
        found = str(target[0]) if target else unit.id or (first_text(text[0]) if text else None)
        if found:
            return found
    # A concept given by its id; a value of another kind (a number, true) is told as misread by the accessors.
    return next((ref for ref, _ in value_node.refs("creditUnitType")), None)


# A CTDL concept's IRI: https://purl.org/ctdl/vocabs/<scheme>/<name>.
_CTDL_CONCEPT = regex(r"^https?://purl\.org/ctdl/vocabs/([A-Za-z]+)/([A-Za-z0-9_]+)/?$")
# A full IRI or a prefixed name (ext:ECTS), not a name in words.
_IRI_OR_PREFIXED = regex(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def _concept_name(reader: Reader, value: str, scheme: str) -> str:
    """The name of a concept of a CTDL concept scheme (``deliveryType``, ``assessMethod``, ``creditUnit``):
    written bare (``OnlineOnly``), prefixed by its scheme (``deliveryType:OnlineOnly``) or as its IRI
    (``https://purl.org/ctdl/vocabs/deliveryType/OnlineOnly``). A concept of another scheme or namespace
    (``https://example.org/modes/OnlineOnly``, ``ext:OnlineOnly``) is returned as written, so it is no CTDL one."""
    prefix, sep, rest = value.partition(":")
    if not sep:
        return value
    if prefix == scheme and prefix not in reader.prefixes and rest and not rest.startswith("//"):
        return rest
    match = _CTDL_CONCEPT.match(reader.expand(value))
    return match.group(2) if match is not None and match.group(1) == scheme else value


def _targets(b: Builder, node: Node, term: str, scheme: str, pointer: str) -> list[tuple[str, str]]:
    """Names of the concepts of a CTDL scheme an alignment property points at (``deliveryType:OnlineOnly`` ->
    ``OnlineOnly``; see :func:`_concept_name`). A blank node (``_:b0``) names no concept: it is warned at
    ``pointer``, not read."""
    found: list[tuple[str, str]] = []
    if not _given(node, term):
        return found
    for value, where in node.values(term):
        ident: object = value
        if isinstance(value, str) and value.startswith("_:"):
            value = {"@id": value}  # a blank node named by its label: the alignment it describes, if any
        if isinstance(value, dict):
            alignment = node.reader.resolve(value, where)
            target = alignment.iri("targetNode") if alignment is not None else None
            ident = target[0] if target is not None else alignment.id if alignment is not None else None
        if not isinstance(ident, str):
            continue
        if ident.startswith("_:"):
            b.warn(
                msg(
                    "{term} points at the blank node {ref}, which names no concept (no targetNode); it was not read",
                    term=term,
                    ref=ident,
                ),
                pointer=pointer,
                source=where,
                hint=msg("Give the concept's IRI or name (for example deliveryType:OnlineOnly)."),
            )
            continue
        found.append((_concept_name(node.reader, ident, scheme), where))
    return found


def _named_targets(node: Node, term: str) -> list[tuple[str, str]]:
    """The names in words of the alignments ``term`` gives that point at no concept (``targetName: "Oral Exam"``
    and no ``targetNode``, as the Registry's records of 2016 wrote them), with where each is."""
    found: list[tuple[str, str]] = []
    if not _given(node, term):
        return found
    for value, where in node.values(term):
        alignment = node.reader.resolve(value, where) if isinstance(value, dict) else None
        if alignment is None or alignment.id is not None or alignment.iri("targetNode") is not None:
            continue
        name = alignment.text("targetName")
        words = (first_text(name[0]) or "").strip() if name is not None else ""
        if name is not None and words:
            found.append((words, name[1]))
    return found


def _words_unread(b: Builder, term: str, names: list[tuple[str, str]], pointer: str) -> None:
    """Warn of the names in words ``term`` gives that name no concept qa-checker knows."""
    if names:
        b.warn(
            msg(
                "{term} names {values} in words, with no concept (targetNode); they name no value qa-checker knows "
                "and were not read",
                term=term,
                values=", ".join(repr(n) for n, _w in names),
            ),
            pointer=pointer,
            source=names[0][1],
            hint=msg("Point each alignment at a concept of its CTDL vocabulary (targetNode)."),
        )


# The delivery type a form of participation written in words is (a targetName "In-Person").
_DELIVERY_OF_MODE = {"onsite": "InPerson", "online": "OnlineOnly", "blended": "BlendedDelivery"}


def _delivery(b: Builder, sources: list[Node], term: str) -> None:
    """The form of participation from the delivery types ``term`` gives in each source, also by their names in
    words where they point at no concept."""
    delivered = [d for source in sources for d in _targets(b, source, term, "deliveryType", "/participation/mode")]
    named = [n for source in sources for n in _named_targets(source, term)]
    read = [(_DELIVERY_OF_MODE.get(mode(name) or ""), where) for name, where in named]
    delivered += [(name, where) for name, where in read if name is not None]
    _words_unread(b, term, [n for n, (found, _w) in zip(named, read) if found is None], "/participation/mode")
    if not delivered:
        return
    unknown = [(name, where) for name, where in delivered if name not in DELIVERY]
    if unknown:
        # Not a CTDL delivery type: kept as found, so the form of participation is invalid, not guessed.
        b.keep(
            "/participation/mode",
            unknown[0][0],
            unknown[0][1],
            msg(
                "deliveryType {values} is not a CTDL delivery type (InPerson, OnlineOnly, BlendedDelivery, "
                "VariableSite); it is kept as found",
                values=", ".join(n for n, _w in unknown),
            ),
            hint=msg("Use a deliveryType concept of CTDL's Delivery Type vocabulary."),
        )
        return
    found: dict[str, str] = {}
    for name, where in delivered:
        found.setdefault(DELIVERY[name], where)
    b.modes(found, sources[0].where(term))


def _assessment_links(node: Node, terms: tuple[str, ...]) -> Iterator[tuple[str | None, Node | None, str]]:
    """The assessments a resource names (``targetAssessment``) itself and in its condition profiles of ``terms``,
    as :func:`_linked` gives them."""
    yield from _linked(node, "targetAssessment")
    for term in terms:
        for condition in node.nodes(term):
            yield from _linked(condition, "targetAssessment")


def _required_assessments(b: Builder, node: Node) -> list[Node]:
    """The assessment profiles a resource requires, described in the document; one named only by reference is
    warned of."""
    found: dict[str, Node] = {}
    for ref, linked, where in _assessment_links(node, REQUIRED_CONDITIONS):
        if linked is not None and not _placeholder(linked):
            if linked.data is not node.data:
                found.setdefault(linked.pointer, linked)
        elif ref:
            b.warn(
                msg(
                    "{term} names {ref} only by reference; the assessment is not in this document",
                    term="targetAssessment",
                    ref=ref,
                ),
                pointer="/assessment",
                source=where,
            )
    return list(found.values())


def _assessment(b: Builder, node: Node, participation: bool) -> None:
    """The assessment: each of its terms (:data:`ASSESSMENT_TERMS`) as the resource states it, else, for a credential
    or learning opportunity, as the assessment profiles it requires state it (``requires.targetAssessment``); their
    delivery is the form of participation when ``participation`` (the resource gives none itself)."""
    b.expect("/assessment", node.pointer)
    lacking = (
        []
        if node.types & ASSESSMENT_TYPES
        else [t for t in ASSESSMENT_TERMS if not node.has(t) and (t != "deliveryType" or participation)]
    )
    profiles = [p for p in _required_assessments(b, node) if any(p.has(t) for t in lacking)] if lacking else []
    if profiles:
        b.note(
            plural(
                "the assessment was read from {count} assessment profile the resource requires (targetAssessment)",
                "the assessment was read from {count} assessment profiles the resource requires (targetAssessment)",
                len(profiles),
            ),
            pointer="/assessment",
            source=profiles[0].pointer,
        )
    # The profiles each term the resource lacks is read from.
    taken = {term: [p for p in profiles if p.has(term)] for term in lacking}
    if taken.get("deliveryType"):
        _delivery(b, taken["deliveryType"], "deliveryType")
    sources = taken.get("assessmentMethodType") or [node]
    methods = [
        m
        for source in sources
        for m in _targets(b, source, "assessmentMethodType", "assessMethod", "/assessment/types")
    ]
    types: list[str] = []
    for name, where in methods:
        if name not in ASSESSMENT_METHODS:
            # Not a CTDL assessment method: kept as found, so the type of assessment is invalid.
            slug = name
            b.invalid(
                msg(
                    "assessmentMethodType {value} is not a CTDL assessment method (Artifact, Exam, Performance); "
                    "it is kept as found",
                    value=repr(name),
                ),
                pointer="/assessment/types",
                source=where,
                judged=True,
                hint=msg("Use a concept of CTDL's Assessment Method vocabulary."),
            )
        else:
            slug = ASSESSMENT.get(name, "other")
        if slug not in types:
            b.trace(f"/assessment/types/{len(types)}", where)
            types.append(slug)
    named = [(n, w, code(n, "assessment-types")) for s in sources for n, w in _named_targets(s, "assessmentMethodType")]
    for _, where, known in named:
        if known is not None and known not in types:
            b.trace(f"/assessment/types/{len(types)}", where)
            types.append(known)
    _words_unread(b, "assessmentMethodType", [(n, w) for n, w, known in named if known is None], "/assessment/types")
    if types:
        b.set("/assessment/types", types, sources[0].where("assessmentMethodType"))
    described = taken.get("assessmentMethodDescription") or [node]
    descriptions = [found for found in (s.text("assessmentMethodDescription") for s in described) if found is not None]
    if descriptions:
        b.set("/assessment/description", _one_text(text for text, _w in descriptions), descriptions[0][1])
    elif "other" in types:
        b.set(
            "/assessment/description",
            ", ".join(dict.fromkeys(n for n, _w in methods if n in ASSESSMENT_METHODS and n not in ASSESSMENT)),
            sources[0].where("assessmentMethodType"),
        )
    _proctoring(b, taken.get("isProctored") or [node])


def _proctoring(b: Builder, sources: list[Node]) -> None:
    """Supervision from ``isProctored`` ("supervised or monitored by an agent"; CTDL says nothing of identity
    checks): supervised or unsupervised without an ID check, when every source that says so agrees."""
    said: dict[bool, str] = {}
    for source in sources:
        found = source.scalar("isProctored")
        value = str(found[0]).strip().lower() if found is not None else None
        if found is not None and value in ("true", "false"):
            said.setdefault(value == "true", found[1])
    if len(said) == 1:
        ((proctored, where),) = said.items()
        b.set("/assessment/supervision", "supervised-no-id-check" if proctored else "unsupervised-no-id-check", where)


def _prerequisites(b: Builder, node: Node) -> None:
    """The prerequisites from the first entry condition that says them (``entryCondition``); else from a condition the
    resource requires whose name says it is one for entry ("Admission Requirements", "Program Prerequisite
    Conditions"), as providers file them there, with a note: ``requires`` is otherwise what earning it needs."""
    for condition in node.nodes("entryCondition"):
        found = _condition_text(condition)
        if found is not None:
            b.set("/prerequisites", found[0], found[1])
            return
    for condition in node.nodes("requires"):
        name = condition.text("name")
        named = "" if name is None else name[0] if isinstance(name[0], str) else " ".join(name[0].values())
        found = _condition_text(condition) if named and _ENTRY_NAME.search(named) else None
        if found is not None:
            b.set("/prerequisites", found[0], found[1])
            b.note(
                msg(
                    "the prerequisites were read from the condition '{name}' the resource requires (requires), whose "
                    "name says it is one for entry (entryCondition)",
                    name=named,
                ),
                pointer="/prerequisites",
                source=condition.pointer,
            )
            return


# The name of a condition for entry filed under ``requires``.
_ENTRY_NAME = regex(
    r"\b(?:admission|admittance|prerequisites?|pre-requisites?|entry|entrance|enrol(?:l?ment)?|enroll)", re.I
)


def _condition_text(condition: Node) -> tuple[LangString, str] | None:
    """A ConditionProfile's requirements as one text: its description, then each of its conditions (``condition``
    lists them, several per language), one a line; else its name."""
    found = _one_text(
        value
        for term in ("description", "condition")
        # none, or of a kind that holds no text (``5``): left to the misread warning
        if condition.text(term) is not None
        for value, _where in condition.values(term)
    )
    where = condition.where("description") if condition.has("description") else condition.where("condition")
    return (found, where) if found else condition.text("name")


def _one_text(values: Iterable[object]) -> LangString:
    """Texts as one, a line each in order and without repeats, per language (a text in no language added to each);
    ``""`` when there are none."""
    lines: dict[str | None, dict[str, None]] = {}  # language -> its lines
    for value in values:
        for lang, line in _lang_lines(value):
            lines.setdefault(lang, {})[line] = None
    plain = list(lines.pop(None, {}))
    texts = {lang: "\n".join([*found, *plain]) for lang, found in lines.items() if lang is not None}
    return texts or "\n".join(plain)


def _lang_lines(value: object) -> Iterator[tuple[str | None, str]]:
    """(language, text) of every text of a value: a string, a value object, or a language map whose entries may
    be lists (``{"en": ["a", "b"]}``, which :func:`lang_string` reads as its first text only)."""
    entries = value.items() if isinstance(value, dict) and "@value" not in value else [(None, value)]
    for lang, texts in entries:
        for text in texts if isinstance(texts, list) else [texts]:
            found = lang_string({lang: text} if isinstance(lang, str) else text)
            if isinstance(found, dict):
                yield from found.items()
            elif found:
                yield None, found


def _quality_assurance(b: Builder, node: Node) -> None:
    """The first named quality-assurance body is the external QA; every other body given is reported, never dropped
    silently (the descriptor holds one external body)."""
    read: str | None = None
    for term in ("accreditedBy", "approvedBy", "recognizedBy", "regulatedBy"):
        for ref, org, where in _linked(node, term):
            name = org.text("name") if org is not None else None
            if org is None or name is None:
                b.warn(
                    msg(
                        "{term} names {ref} only by reference; the quality-assurance body is not in this document",
                        term=term,
                        ref=ref,
                    )
                    if ref
                    else msg("{term} gives an organisation without a name", term=term),
                    pointer="/quality_assurance",
                    source=where,
                )
                continue
            body = str(first_text(name[0]))
            if read is not None:
                b.warn(
                    msg(
                        "{term} {body} was not converted: the descriptor holds one external quality-assurance body, "
                        "and {read} was read",
                        term=term,
                        body=body,
                        read=read,
                    ),
                    pointer="/quality_assurance/external",
                    source=where,
                    hint=msg("Name the other quality-assurance bodies in quality_assurance (by hand after convert)."),
                )
                continue
            read = body
            b.set("/quality_assurance/external", {"body": name[0]}, org.pointer)
            b.note(
                msg("{term} {body} was read as external quality assurance", term=term, body=body),
                pointer="/quality_assurance/external",
                source=where,
            )


def _part_of(b: Builder, node: Node) -> None:
    towards: list[dict[str, Any]] = []
    for ref, whole, where in _linked(node, "isPartOf"):
        if whole is not None and is_itself(b, node, whole, where):
            continue
        name = whole.text("name") if whole is not None else None
        if whole is None or name is None:
            b.warn(
                msg("isPartOf names {ref} only by reference; its title is not in this document", ref=ref)
                if ref
                else msg("isPartOf gives a resource without a name"),
                pointer="/stackability",
                source=where,
            )
            continue
        entry: dict[str, Any] = {"title": name[0]}
        pointer = f"/stackability/towards/{len(towards)}"
        page = (ref, where) if ref and ref.startswith(WEB_SCHEMES) else _web_page(b, whole, f"{pointer}/url")
        if page is not None:
            entry["url"] = page[0]
        b.trace(pointer, where)
        towards.append(entry)
    if towards:
        b.set("/stackability", {"type": "stackable", "towards": towards}, node.where("isPartOf"))


IMPORTER = Importer("ctdl", detect, convert)
