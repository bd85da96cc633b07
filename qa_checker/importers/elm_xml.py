"""Europass XML: the LOQ and LOMS uploads of learning opportunities and ELM v2 ``europassCredential`` credentials.

Providers publish their offers to Europass as the LOQ XML upload (Learning Opportunities and Qualifications,
the Qualification Dataset Register profile of ELM 3), and Europass issued ELM v2 credentials as XML. Both are
read as the JSON-LD node shape they stand for, so the Annex I mapping stays in the JSON-LD importers: an
element's local name is its ELM property, ``language`` or ``xml:lang`` (LOQ) and ``text/@lang`` (ELM v2) make
language maps, ``uri`` makes a concept (a node with that id), ``idref`` a reference to the node of that ``id``
in the ``...References`` sections. An LOQ file is read by the ELM 3 importer (one ``offer`` per learning opportunity,
as a JSON-LD graph of them is), an ELM v2 credential by the ELM 2 reading of the EBSI attestation (one
``credential`` per learning achievement). A presentation (EDCI's ``verifiablePresentation``) or another wrapper
holding ELM v2 credentials gives each credential it holds, told by its position when it holds several. A LOMS
upload (``qmsLearningOpportunities``, the QDR's Learning Opportunity Metadata Schema) is read as the ELM 3 graph
of its ``learningOpportunity`` elements (one ``offer`` each) and the records they name, its elements renamed to
their ELM 3 terms and its EDCI 1 and ESCO codes to the EU concepts they stand for.

Parsing is expat's, offline and bounded: a DOCTYPE that declares an entity or names an external DTD is refused
before anything is expanded or fetched, and the limits of JSON and YAML apply (``max-nodes`` to elements and
attributes, ``max-depth`` to nesting, ``max-string-chars`` to a text or an attribute). Every element's line is
kept, so a finding on an imported value points at the XML line and element (an XPath) it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from xml.parsers import expat

from qa_checker import ids, vocab
from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.importers import import_documents
from qa_checker.importers.builder import (
    EQF_BASES,
    ISCED_BASES,
    MAX_MISREADS,
    canonical_eu_uri,
    note_finding,
    refused,
    slug_for,
)
from qa_checker.importers.elm import ELM_OTHER_MODES
from qa_checker.limits import Limits
from qa_checker.loaders.common import load_error, shown, too_deep, wide_text
from qa_checker.text import Text, msg, plural

LOQ_NAMESPACE = "http://data.europa.eu/snb/model/ap/loq-constraints/"
# The ELM v2 credential's own namespace and that of its W3C terms (cred:issued, cred:id).
V2_NAMESPACES = frozenset({"http://data.europa.eu/snb", "http://data.europa.eu/europass/model/credentials/w3c#"})
ELM_NAMESPACE = "http://data.europa.eu/snb/model/elm/"
# XML signatures (an e-sealed credential's proof): certificates and digests, never read.
_SKIPPED_NAMESPACES = frozenset({"http://www.w3.org/2000/09/xmldsig#", "http://uri.etsi.org/01903/v1.3.2#"})
# The namespace of the EDCI ``verifiablePresentation`` that holds an ELM v2 credential (as the wallet shares it).
PRESENTATION_NAMESPACE = "http://data.europa.eu/snb/vp"
LOQ_LABEL = "Europass LOQ XML"
# The LOMS upload of learning opportunities (the QDR's Learning Opportunity Metadata Schema): its root and namespace.
LOMS_NAMESPACE = "http://data.europa.eu/europass/qms-xml/schema/learning-opportunities"
LOMS_ROOT = "qmsLearningOpportunities"
LOMS_LABEL = "Europass LOMS XML"
V2_LABEL = "Europass ELM v2 credential (XML)"
PRESENTATION_LABEL = "Europass ELM v2 presentation (XML)"
# Marks in the start of a file (lower case) that it may be one of these: only such a file is parsed.
MARKS = (b"loq-constraints", b"europasscredential", PRESENTATION_NAMESPACE.encode(), LOMS_ROOT.lower().encode())
HEAD_BYTES = 64 * 1024
_ELM_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap"
_SEPARATOR = " "
# ELM v2 elements that wrap a list of what the ELM 2 JSON (EBSI's attestation) gives as the list itself.
_V2_WRAPPERS = {
    "achievements": "achieved",
    "activities": "activity",  # a certificate of participation's learning activities (no achievement)
    "learningOutcomes": "learningOutcome",
    "awardingOpportunities": "awardingOpportunity",
}
# ELM v2 element names read by the ELM 2 terms; (parent, element) names one element of one parent only.
_V2_TERMS: dict[str | tuple[str, str], str] = {
    "hasECTSCreditPoints": "ectsCreditPoints",
    "hasEQFLevel": "eqfLevel",
    "hasNQFLevel": "nqfLevel",
    "hasISCED-FCode": "iscedfCode",
    ("learningOutcome", "prefLabel"): "title",
    ("organization", "prefLabel"): "preferredName",
    ("organisation", "prefLabel"): "preferredName",
}
# LOMS elements that wrap a list, and the ELM 3 term each item is.
_LOMS_WRAPPERS = {"learningOutcomes": "learningOutcome", "awardingOpportunities": "awardingOpportunity"}
# LOMS element names read by the ELM 3 terms; (parent, element) names one element of one parent only.
_LOMS_TERMS: dict[str | tuple[str, str], str] = {
    "specifiedBy": "learningAchievementSpecification",
    "hasISCED-FCode": "thematicArea",
    "hasECTSCreditPoints": "creditPoint",
    "hasCreditPoints": "creditPoint",
    "entryRequirementsNote": "entryRequirement",
    "assessmentSpecification": "provenBy",
    "entitlementSpecification": "entitlesTo",
    "learningActivitySpecification": "influencedBy",
    "learningOutcomeType": "dcType",
    "relatedEscoSkill": "relatedESCOSkill",
    "priceDetails": "priceDetail",
    "hasLocation": "location",
    "providedAt": "location",
    ("awardingOpportunity", "organization"): "awardingBody",
    ("organization", "prefLabel"): "legalName",
    ("learningOutcome", "prefLabel"): "title",
}
# LOMS code lists (the Europass vocabularies of EDCI 1) by the descriptor vocabulary and slug of the same concept.
_LOMS_CODES = {
    "http://data.europa.eu/europass/modeOfLearningAndAssessment/online": ("participation-modes", "online"),
    "http://data.europa.eu/europass/modeOfLearningAndAssessment/presential": ("participation-modes", "onsite"),
    "http://data.europa.eu/europass/modeOfLearningAndAssessment/blended": ("participation-modes", "blended"),
    "http://data.europa.eu/europass/learningSettingType/formal": ("learning-settings", "formal"),
    "http://data.europa.eu/europass/learningSettingType/nonFormal": ("learning-settings", "non-formal"),
    "http://data.europa.eu/europass/educationalCreditPointSystem/ects": ("credit-systems", "ects"),
    "http://data.europa.eu/europass/educationalCreditPointSystem/ecvet": ("credit-systems", "ecvet"),
    "http://data.europa.eu/europass/assessmentType/writtenExamen": ("assessment-types", "written-examination"),
    "http://data.europa.eu/europass/assessmentType/oralExamen": ("assessment-types", "oral-examination"),
    "http://data.europa.eu/europass/assessmentType/markedAssignment": ("assessment-types", "marked-assignment"),
    "http://data.europa.eu/europass/assessmentType/continuousEvaluation": ("assessment-types", "continuous-evaluation"),
}
_LOMS_WORK_BASED = "http://data.europa.eu/europass/modeOfLearningAndAssessment/workbased"
_LOMS_ECTS = "http://data.europa.eu/europass/educationalCreditPointSystem/ects"
# The ESCO namespaces of the EQF levels and ISCED-F fields LOMS names, and the EU vocabularies' of the same codes.
_LOMS_EQF = "http://data.europa.eu/esco/eqf/"
_LOMS_BASES = {_LOMS_EQF: EQF_BASES[0], "http://data.europa.eu/esco/isced-f/": ISCED_BASES[0]}
_COUNTRY_BASE = "http://publications.europa.eu/resource/authority/country/"


class _Refused(Exception):
    """Reading stopped: ``document`` says why."""

    def __init__(self, document: Document) -> None:
        super().__init__(document.source)
        self.document = document


@dataclass
class Element:
    """One XML element: its namespace, local name, attributes (by local name), line, children and text."""

    namespace: str
    name: str
    attributes: dict[str, str]
    line: int
    children: list[Element] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    size: int = 0

    def attribute(self, name: str) -> str | None:
        """An attribute's value by its local name, white space trimmed; ``None`` when absent or blank."""
        value = self.attributes.get(name)
        return value.strip() or None if value is not None else None

    @property
    def content(self) -> str:
        """The element's own text, trimmed."""
        return "".join(self.text).strip()


def head(raw: bytes, source: str) -> bytes:
    """The start of an XML file in lower case, as UTF-8 when the file is UTF-16 or UTF-32 (as Windows writes it)."""
    wide = wide_text(raw[:HEAD_BYTES], source, "xml")
    return (wide.encode("utf-8", "surrogatepass") if isinstance(wide, str) else raw[:HEAD_BYTES]).lower()


def may_be_europass(start: bytes) -> bool:
    """Whether the start of an XML file (see :func:`head`) marks it as an LOQ upload or an ELM v2 credential."""
    return any(mark in start for mark in MARKS)


def load(raw: bytes, source: str, limits: Limits | None = None) -> list[Document] | None:
    """The descriptors of an LOQ upload or an ELM v2 credential; a located refusal when the XML cannot be read;
    ``None`` for well-formed XML of any other kind."""
    limits = limits or Limits()
    try:
        root = parse(raw, source, limits)
    except _Refused as exc:
        return [exc.document]
    try:
        if root.namespace == LOQ_NAMESPACE:
            return _loq(root, source, limits)
        if root.name == LOMS_ROOT and root.namespace in (LOMS_NAMESPACE, ""):
            return _loms(root, source, limits)
        if _is_credential(root):
            return _v2(root, source, limits)
        held = _held(root)
        if held or root.namespace == PRESENTATION_NAMESPACE:
            return _presentation(root, held, source, limits)
    except RecursionError:  # nesting within a max-depth raised beyond what the converter can follow
        return [too_deep(source, "xml")]
    return None


def refusal(raw: bytes, source: str, limits: Limits | None = None) -> Document | None:
    """The located refusal of an XML text that cannot be read (not well-formed, an entity declared, too deep);
    ``None`` for well-formed XML."""
    try:
        parse(raw, source, limits or Limits())
    except _Refused as exc:
        return exc.document
    return None


# --- Parsing ---------------------------------------------------------------------------------------------


class _Parser:
    """Builds the element tree with expat within the limits, refusing entity declarations and external DTDs."""

    def __init__(self, source: str, limits: Limits) -> None:
        self.source = source
        self.limits = limits
        self.stack: list[Element] = []
        self.root: Element | None = None
        self.count = 0

    def run(self, data: bytes | str, encoding: str | None) -> Element:
        parser = expat.ParserCreate(encoding, namespace_separator=_SEPARATOR)
        self.parser = parser
        parser.buffer_text = True
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        try:
            parser.Parse(data, True)
        except expat.ExpatError as exc:
            line, column = exc.lineno or 1, (exc.offset or 0) + 1
            raise _Refused(self._unparsable(line, column, expat.ErrorString(exc.code))) from None
        except (ValueError, LookupError) as exc:  # an encoding Python has no codec for, a declaration it refuses
            # The encoding is named by the XML declaration, which only the file's first line may hold.
            raise _Refused(
                load_error(
                    self.source,
                    ids.UNPARSABLE,
                    msg("the XML could not be decoded: {reason}", reason=shown(str(exc))),
                    msg("Save the file as UTF-8."),
                    fmt="xml",
                    origin=Origin(line=1),
                    line=1,
                    column=1,
                )
            ) from None
        if self.root is None:  # expat refuses a document without an element before this
            raise _Refused(self._unparsable(1, 1, "no element found"))
        return self.root

    def _unparsable(self, line: int, column: int, reason: str) -> Document:
        return load_error(
            self.source,
            ids.UNPARSABLE,
            msg(
                "the XML is not well-formed at line {line}, column {column}: {reason}",
                line=str(line),
                column=str(column),
                reason=reason,
            ),
            msg("Check the file was saved whole, as the XML its schema describes."),
            fmt="xml",
            origin=Origin(line=line),
            line=line,
            column=column,
        )

    def _at(self) -> tuple[int, int]:
        return self.parser.CurrentLineNumber, self.parser.CurrentColumnNumber + 1

    def _error(self, rule: str, message: Text, hint: Text) -> Document:
        line, column = self._at()
        return load_error(
            self.source, rule, message, hint, fmt="xml", origin=Origin(line=line), line=line, column=column
        )

    def doctype(self, name: str, system: str | None, public: str | None, internal: bool) -> None:
        if system or public:
            raise _Refused(
                self._error(
                    ids.UNREADABLE,
                    msg(
                        "the XML names an external DTD ({dtd}) at line {line}; nothing is fetched, so the file "
                        "was not read",
                        dtd=shown(system or public or ""),
                        line=str(self._at()[0]),
                    ),
                    _DOCTYPE_HINT,
                )
            )

    def entity(self, name: str, *_: object) -> None:
        raise _Refused(
            self._error(
                ids.UNREADABLE,
                msg(
                    "the XML declares the entity {name} at line {line}; entities are never expanded, so the file "
                    "was not read",
                    name=shown(name),
                    line=str(self._at()[0]),
                ),
                _DOCTYPE_HINT,
            )
        )

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.count += 1 + len(attributes)
        if self.count > self.limits.max_nodes:
            raise _Refused(
                self._error(
                    ids.OVER_LIMIT,
                    plural(
                        "the XML holds more than {count} element or attribute, over the limit of {count} "
                        "(max-nodes); counting stopped at line {line}",
                        "the XML holds more than {count} elements and attributes, over the limit of {count} "
                        "(max-nodes); counting stopped at line {line}",
                        self.limits.max_nodes,
                        line=str(self._at()[0]),
                    ),
                    _split_hint("max-nodes"),
                )
            )
        if len(self.stack) >= self.limits.max_depth:
            raise _Refused(
                too_deep(
                    self.source,
                    "xml",
                    msg(
                        "the document is nested too deeply to read at line {line}, column {column}",
                        line=str(self._at()[0]),
                        column=str(self._at()[1]),
                    ),
                    origin=Origin(line=self._at()[0]),
                )
            )
        self._text_size(len(name))
        for key, value in attributes.items():
            self._text_size(max(len(key), len(value)))
        namespace, _, local = name.rpartition(_SEPARATOR)
        element = Element(
            namespace,
            local,
            {key.rpartition(_SEPARATOR)[2]: value for key, value in attributes.items()},
            self.parser.CurrentLineNumber,
        )
        if self.stack:
            self.stack[-1].children.append(element)
        else:
            self.root = element
        self.stack.append(element)

    def end(self, _name: str) -> None:
        self.stack.pop()

    def characters(self, data: str) -> None:
        if self.stack:
            element = self.stack[-1]
            element.size += len(data)
            self._text_size(element.size)
            element.text.append(data)

    def _text_size(self, size: int) -> None:
        limit = self.limits.max_string_chars
        if size > limit:
            raise _Refused(
                self._error(
                    ids.OVER_LIMIT,
                    plural(
                        "the text at {place} has {count} character, over the limit of {limit} (max-string-chars)",
                        "the text at {place} has {count} characters, over the limit of {limit} (max-string-chars)",
                        size,
                        limit=limit,
                        place=msg("line {line}", line=str(self._at()[0])),
                    ),
                    msg(
                        "Shorten the text: a descriptor's longest texts are a few thousand characters. Raise the "
                        "limit with --limit max-string-chars=N if it is genuine."
                    ),
                )
            )


_DOCTYPE_HINT = msg("Remove the DOCTYPE: the Europass XML schemas need none.")


def _split_hint(name: str) -> Text:
    return msg("Split the file, or raise the limit with --limit {name}=N if the file is genuine.", name=name)


def parse(raw: bytes, source: str, limits: Limits) -> Element:
    """The element tree of an XML text (UTF-16 and UTF-32 ones decoded first); :class:`_Refused` when it cannot
    be read."""
    wide = wide_text(raw, source, "xml")
    if isinstance(wide, Document):
        raise _Refused(wide)
    parser = _Parser(source, limits)
    if isinstance(wide, str):
        # Read as the text decoded: the declaration's encoding="UTF-16" no longer applies to it.
        return parser.run(wide.encode("utf-8", "surrogatepass"), "UTF-8")
    return parser.run(raw, None)


# --- Conversion ------------------------------------------------------------------------------------------


@dataclass
class _Places:
    """Where each value of the converted document came from: its pointer's XPath and line, and for a node
    with an id, the name it is told by when the file gives several descriptors."""

    at: dict[str, tuple[str, int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def origin(self, pointer: str | None) -> Origin | None:
        """The XML place of a converted document's pointer (or of its closest ancestor with one)."""
        if pointer is None:
            return None
        tokens = jp.split(pointer) if pointer else []
        for end in range(len(tokens), -1, -1):
            found = self.at.get(jp.join(*tokens[:end]))
            if found is not None:
                return Origin(pointer=found[0], line=found[1])
        return None

    def label(self, pointer: str | None) -> str | None:
        """The name of the node whose id is at ``pointer``."""
        if not pointer:
            return None
        return self.labels.get(pointer.rpartition("/")[0])


class _Converter:
    """Turns elements into the JSON-LD values they stand for, noting each value's place."""

    def __init__(self, v2: bool, loms: bool = False) -> None:
        self.v2 = v2
        self.loms = loms
        self.main = V2_NAMESPACES | {""} if v2 else frozenset({LOQ_NAMESPACE, LOMS_NAMESPACE, ELM_NAMESPACE, ""})
        self.places = _Places()
        self.wrappers = _V2_WRAPPERS if v2 else _LOMS_WRAPPERS if loms else {}
        self.terms = _V2_TERMS if v2 else _LOMS_TERMS if loms else {}
        # Each idref read: (the id it names, its XPath, its line).
        self.references: list[tuple[str, str, int]] = []

    def key(self, element: Element, owner: Element) -> str:
        """The JSON-LD key of an element: its ELM term, or its full IRI in another vocabulary."""
        if element.namespace not in self.main:
            return element.namespace + element.name
        if element.name in self.wrappers:
            return self.wrappers[element.name]
        if self.loms and element.name == "hasEducationLevel" and _eqf_framework(element):
            return "eqfLevel"
        found = self.terms.get((owner.name, element.name)) or self.terms.get(element.name)
        if found is not None:
            return found
        # ELM's dc:type is written ``type`` in both schemas; in JSON-LD "type" is the node's own type.
        return "dcType" if element.name == "type" else element.name

    def node(self, element: Element, xpath: str, pointer: str, typed: bool = False) -> dict[str, Any]:
        """An element with an ``id`` (a node of a references section, when ``typed``, with its type)."""
        found = self.value(element, xpath, pointer)
        node = found if isinstance(found, dict) else {"@value": found}
        if typed:
            node["type"] = element.name[:1].upper() + element.name[1:]
        return node

    def value(self, element: Element, xpath: str, pointer: str) -> Any:
        """The JSON-LD value an element stands for (a reference, a concept, a text, a language map or a node)."""
        self.places.at[pointer] = (xpath, element.line)
        reference = element.attribute("idref")
        if reference is not None:
            self.references.append((reference, xpath, element.line))
            return {"id": reference}
        uri = element.attribute("uri")
        if self.v2 and uri is not None:
            # ELM 2 gives a code as its URI; an ISCED-F field as its code, as the ELM 2 JSON does.
            code = slug_for("isced-f", uri) if uri.startswith(ISCED_BASES) else None
            return code or uri
        if self.loms:
            found = _loms_value(element)
            if found is not None:
                return found
            uri = _loms_code(uri) if uri is not None else None
        ident = element.attribute("id") or uri
        children = [c for c in element.children if c.namespace not in _SKIPPED_NAMESPACES]
        texts = self.text_children(element)
        if texts:
            return self.texts(texts, xpath, pointer, lambda text: text.attribute("lang"))
        if self.v2 and len(children) == 1 and children[0].name == "numericScore" and not ident:
            return self.value(children[0], f"{xpath}/numericScore", pointer)
        if not children and ident is None:
            text = element.content
            if element.name.startswith("is") and element.name[2:3].isupper() and text in ("true", "false"):
                return text == "true"  # an xs:boolean (isPartialQualification)
            return text
        node: dict[str, Any] = {} if ident is None else {"id": ident}
        groups: dict[str, list[Element]] = {}
        for child in children:
            groups.setdefault(self.key(child, element), []).append(child)
        for key, members in groups.items():
            at = jp.child(pointer, key)
            node[key] = self.group(members, xpath, at)
        if self.loms:
            self.reshape(element, node, pointer)
        return node

    def text_children(self, element: Element) -> list[Element]:
        """The ``text`` children of an ELM v2 or LOMS text (a LOMS note may name its ``subject`` too), else none."""
        if not self.v2 and (not self.loms or element.attributes.keys() & {"id", "uri"}):
            return []
        children = [c for c in element.children if c.namespace not in _SKIPPED_NAMESPACES]
        texts = [c for c in children if c.name == "text"]
        others = [c for c in children if c.name != "text"]
        if self.loms and all(c.name == "subject" for c in others):
            return texts
        return [] if others else texts

    def reshape(self, element: Element, node: dict[str, Any], pointer: str) -> None:
        """A LOMS node made the ELM 3 node shape: a run's dates its ``temporal``, a place's country its address's."""
        dates = {"startedAtDate": "startDate", "endedAtDate": "endDate"}
        if element.name == "learningOpportunity" and node.keys() & dates:
            period: dict[str, Any] = {}
            for key, term in dates.items():
                if key in node:
                    period[term] = node.pop(key)
                    place = self.places.at.get(jp.child(pointer, key))
                    if place is not None:
                        self.places.at[jp.child(jp.child(pointer, "temporal"), term)] = place
            node["temporal"] = period
        if element.name in ("hasLocation", "providedAt"):
            address = node.pop("hasAddress", None)
            address = dict(address) if isinstance(address, dict) else {}
            country = address.pop("country", None)
            codes = node.get("spatialCode")
            codes = codes if isinstance(codes, list) else [codes]
            country = country or next(
                (c for c in codes if isinstance(c, dict) and str(c.get("id", "")).startswith(_COUNTRY_BASE)), None
            )
            if country is not None:
                address["countryCode"] = country
            if address:
                node["address"] = address

    def group(self, members: list[Element], xpath: str, pointer: str) -> Any:
        """The value of the children one key stands for: a language map, a value, or a list of them."""
        if all(self.language(m) and not m.children for m in members):
            return self.texts(members, xpath, pointer, self.language)
        if self.loms and len(members) > 1 and all(self.text_children(m) for m in members):
            # A LOMS text in several languages: the element once per language, each with its text.
            pairs = [
                (text, f"{where}/text")
                for member, where in zip(members, _paths(members, xpath))
                for text in self.text_children(member)
            ]
            texts = [text for text, _where in pairs]
            return self.texts(texts, xpath, pointer, lambda text: text.attribute("lang"), [w for _t, w in pairs])
        if members[0].name in self.wrappers:  # a list wrapper: its items are the list
            self.places.at[pointer] = (_paths(members, xpath)[0], members[0].line)
            values: list[Any] = []
            for member, where in zip(members, _paths(members, xpath)):
                for item, at in zip(member.children, _paths(member.children, where)):
                    values.append(self.item(item, at, jp.child(pointer, len(values))))
            return values
        paths = _paths(members, xpath)
        if len(members) == 1:
            return self.value(members[0], paths[0], pointer)
        self.places.at[pointer] = (paths[0], members[0].line)
        return [self.item(m, where, jp.child(pointer, i)) for i, (m, where) in enumerate(zip(members, paths))]

    def item(self, element: Element, xpath: str, pointer: str) -> Any:
        """One item of a list (see :meth:`label`)."""
        self.label(element, xpath, pointer)
        return self.value(element, xpath, pointer)

    def label(self, element: Element, xpath: str, pointer: str) -> None:
        """Name a node with an id by its element and number, as a descriptor of a file that gives several is."""
        if element.attribute("id") is not None:
            number = xpath.rpartition("[")[2].rstrip("]") if xpath.endswith("]") else "1"
            self.places.labels[pointer] = f"{element.name} {number}"

    def language(self, element: Element) -> str | None:
        """The language of an LOQ text: its ``language`` attribute, or ``xml:lang`` as XML tools write it (an ELM
        v2 text's ``lang`` is read by :meth:`value`)."""
        return element.attribute("language") or (None if self.v2 else element.attribute("lang"))

    def texts(
        self,
        members: list[Element],
        xpath: str,
        pointer: str,
        language_of: Callable[[Element], str | None],
        paths: list[str] | None = None,
    ) -> Any:
        """Texts by language: a language map, or value objects when a language is given twice (``paths``: the
        texts' XPaths when they are not siblings under ``xpath``)."""
        languages = [language_of(m) or "" for m in members]
        paths = paths or _paths(members, xpath)
        self.places.at[pointer] = (paths[0], members[0].line)
        if len(set(languages)) == len(languages) and all(languages):
            for language, member, where in zip(languages, members, paths):
                self.places.at[jp.child(pointer, language)] = (where, member.line)
            return {language: member.content for language, member in zip(languages, members)}
        values: list[Any] = []
        for language, member, where in zip(languages, members, paths):
            self.places.at[jp.child(pointer, len(values))] = (where, member.line)
            values.append({"@value": member.content, "@language": language} if language else member.content)
        return values


def _paths(members: list[Element], xpath: str) -> list[str]:
    """The XPaths of sibling elements: a name given more than once is numbered, from 1."""
    totals: dict[str, int] = {}
    for member in members:
        totals[member.name] = totals.get(member.name, 0) + 1
    numbers: dict[str, int] = {}
    paths = []
    for member in members:
        numbers[member.name] = numbers.get(member.name, 0) + 1
        step = f"{member.name}[{numbers[member.name]}]" if totals[member.name] > 1 else member.name
        paths.append(f"{xpath}/{step}")
    return paths


def _loms_code(uri: str) -> str:
    """The EU concept URI of a LOMS code (an EDCI 1 Europass or ESCO URI), any other URI unchanged."""
    plain = canonical_eu_uri(uri)
    found = _LOMS_CODES.get(plain)
    if found is not None:
        return str(vocab.get(found[0]).concepts[found[1]]["uri"])
    if plain == _LOMS_WORK_BASED:
        return next(mode for mode, label in ELM_OTHER_MODES.items() if label == "Workbased")
    for old, new in _LOMS_BASES.items():
        if plain.startswith(old):
            return new + plain[len(old) :]
    return uri


def _eqf_framework(element: Element) -> bool:
    """Whether a LOMS ``hasEducationLevel`` names a level of the EQF (by its framework's URL or id)."""
    named = (element.attribute("targetFrameworkUrl"), element.attribute("targetFrameworkID"))
    return any(
        value is not None and canonical_eu_uri(value.rstrip("/") + "/").startswith((_LOMS_EQF, EQF_BASES[0]))
        for value in named
    )


def _loms_value(element: Element) -> Any:
    """The ELM 3 value of a LOMS element ELM shapes otherwise (credit points, an amount, a legal identifier, a web
    document, an EQF education level), else ``None``."""
    name, content = element.name, element.content
    if name in ("hasECTSCreditPoints", "hasCreditPoints"):
        scheme = element.attribute("schemeID") or (_LOMS_ECTS if name == "hasECTSCreditPoints" else None)
        return {"point": content, **({"framework": {"id": _loms_code(scheme)}} if scheme else {})}
    unit = element.attribute("unit")
    if name == "amount" and unit is not None:
        return {"value": content, "unit": {"id": unit}}
    spatial = element.attribute("spatialID")
    if name in ("registration", "vatIdentifier", "taxIdentifier"):
        return {"notation": content, **({"spatial": {"id": _loms_code(spatial)}} if spatial else {})}
    uri = element.attribute("uri")
    if name in ("homepage", "supplementaryDoc") and uri is not None:
        return {"id": uri, "contentURL": uri}
    if name == "hasEducationLevel" and _eqf_framework(element):
        notation = element.attribute("targetNotation") or ""
        return {"id": EQF_BASES[0] + notation} if notation.isdigit() else {"notation": notation}
    return None


# The node types of an LOQ file the ELM 3 importer reads as offers.
_LOQ_SPECS = frozenset({"LearningOpportunity", "Qualification", "LearningAchievementSpecification"})


def _loq(root: Element, source: str, limits: Limits) -> list[Document]:
    """An LOQ upload as the JSON-LD graph of the nodes of its references sections, read by the ELM 3 importer."""
    convert = _Converter(v2=False)
    graph: list[dict[str, Any]] = []
    xpath = f"/{root.name}"
    convert.places.at[""] = (xpath, root.line)
    for section, section_path in zip(root.children, _paths(root.children, xpath)):
        if not section.name.endswith("References"):
            continue
        for item, where in zip(section.children, _paths(section.children, section_path)):
            if item.attribute("id") is not None:
                pointer = jp.child("/@graph", len(graph))
                convert.label(item, where, pointer)
                graph.append(convert.node(item, where, pointer, typed=True))
    offers = sum(1 for n in graph if n.get("type") in _LOQ_SPECS)
    too_many = plural(
        "the Europass LOQ file lists {count} learning opportunity or specification, over the limit of "
        "{limit} (max-documents); each would be a result of its own",
        "the Europass LOQ file lists {count} learning opportunities and specifications, over the limit "
        "of {limit} (max-documents); each would be a result of its own",
        offers,
        limit=limits.max_documents,
    )
    none = msg(
        "the Europass LOQ file lists no learning opportunity, qualification or learning "
        "achievement specification (in learningOpportunityReferences, "
        "learningAchievementSpecificationReferences)"
    )
    return _offers(graph, offers, convert.places, source, limits, LOQ_LABEL, too_many, none)


def _offers(
    graph: list[dict[str, Any]],
    offers: int,
    places: _Places,
    source: str,
    limits: Limits,
    label: str,
    too_many: Text,
    none: Text,
) -> list[Document]:
    """The descriptors of the ``offers`` a graph converted from an upload (LOQ, LOMS) holds, read by the ELM 3
    importer; refused with ``too_many`` over max-documents, with ``none`` when it holds none."""
    data = {"@context": _ELM_CONTEXT, "@graph": graph}
    if offers > limits.max_documents:
        return [load_error(source, ids.OVER_LIMIT, too_many, _split_hint("max-documents"), fmt="xml")]
    if not offers:
        return [
            _placed(
                refused(
                    Document(source=source, data=data, format="xml"),
                    none,
                    msg("Give the learning opportunities the file publishes."),
                    source="",
                    fmt="xml",
                    imported_from=label,
                ),
                places,
                source,
                None,
            )
        ]
    documents = import_documents(Document(source=source, data=data, format="xml"), limits)
    return _finish(documents, places, source, f" (from {label})")


def _loms(root: Element, source: str, limits: Limits) -> list[Document]:
    """A LOMS upload as the JSON-LD graph of its learning opportunities and the records of its references sections,
    read by the ELM 3 importer: one offer per learning opportunity (only those are typed). A reference that names
    no record of the file is a warning at its line, on the opportunity it is in (on each, in a shared record)."""
    convert = _Converter(v2=False, loms=True)
    graph: list[dict[str, Any]] = []
    xpath = f"/{root.name}"
    convert.places.at[""] = (xpath, root.line)
    owners: list[str | None] = []  # for each reference, the opportunity it is in (None: a shared record)
    for section, section_path in zip(root.children, _paths(root.children, xpath)):
        for item, where in zip(section.children, _paths(section.children, section_path)):
            ident = item.attribute("id")
            if ident is None:
                continue
            pointer = jp.child("/@graph", len(graph))
            opportunity = item.name == "learningOpportunity"
            read = len(convert.references)
            convert.label(item, where, pointer)
            graph.append(convert.node(item, where, pointer, typed=opportunity))
            owners.extend([ident if opportunity else None] * (len(convert.references) - read))
    offers = sum(1 for n in graph if n.get("type") == "LearningOpportunity")
    too_many = plural(
        "the Europass LOMS file lists {count} learning opportunity, over the limit of {limit} (max-documents); "
        "each would be a result of its own",
        "the Europass LOMS file lists {count} learning opportunities, over the limit of {limit} (max-documents); "
        "each would be a result of its own",
        offers,
        limit=limits.max_documents,
    )
    none = msg("the Europass LOMS file lists no learning opportunity (in learningOpportunities)")
    documents = _offers(graph, offers, convert.places, source, limits, LOMS_LABEL, too_many, none)
    known = {n.get("id") for n in graph}
    dangling = [(r, owner) for r, owner in zip(convert.references, owners) if r[0] not in known]
    if not dangling or not offers or offers > limits.max_documents:
        return documents
    return [replace(d, findings=[*d.findings, *_dangling(d, dangling)]) for d in documents]


def _dangling(document: Document, dangling: list[tuple[tuple[str, str, int], str | None]]) -> list[Finding]:
    """Warnings of the references that name no record of the file, those in ``document``'s opportunity or shared:
    the first :data:`MAX_MISREADS` at their lines, then a count."""
    own = document.data.get("id") if isinstance(document.data, dict) else None
    found = [reference for reference, owner in dangling if owner is None or owner == own]
    warnings = [
        _dangling_finding(
            msg(
                "the reference {ref} at line {line} names no record of the file (no element has that id); what it "
                "names was not read",
                ref=shown(ref),
                line=str(line),
            ),
            where,
            line,
        )
        for ref, where, line in found[:MAX_MISREADS]
    ]
    if len(found) > MAX_MISREADS:
        _ref, where, line = found[MAX_MISREADS]
        rest = len(found) - MAX_MISREADS
        warnings.append(
            _dangling_finding(
                plural(
                    "{count} more reference names no record of the file",
                    "{count} more references name no record of the file",
                    rest,
                ),
                where,
                line,
            )
        )
    return warnings


def _dangling_finding(message: Text, where: str, line: int) -> Finding:
    return Finding.make(
        rule=ids.IMPORT_CONVERTED,
        severity=Severity.WARNING,
        element=None,
        pointer="",
        message=message,
        hint=msg("Give the record it names in the file, or correct the idref."),
        origin=Origin(pointer=where, line=line),
    )


def _is_credential(element: Element) -> bool:
    return element.name == "europassCredential" and element.namespace in V2_NAMESPACES | {""}


def _held(root: Element) -> list[tuple[Element, str]]:
    """The ELM v2 credentials a wrapper (a presentation) holds at any depth, with their XPaths, in order."""
    found: list[tuple[Element, str]] = []
    stack = [(root, f"/{root.name}")]
    while stack:
        element, xpath = stack.pop()
        children = list(zip(element.children, _paths(element.children, xpath)))
        found.extend((child, where) for child, where in children if _is_credential(child))
        stack.extend(reversed([(child, where) for child, where in children if not _is_credential(child)]))
    return sorted(found, key=lambda pair: pair[0].line)


def _presentation(root: Element, held: list[tuple[Element, str]], source: str, limits: Limits) -> list[Document]:
    """Each ELM v2 credential a presentation (or another wrapper) holds, read as one on its own and told by its
    position when it holds several."""
    if not held:
        return [
            load_error(
                source,
                ids.IMPORT_RECOGNISED,
                msg("the document is a {wrapper} without credentials", wrapper=PRESENTATION_LABEL),
                msg("Give the presentation with the europassCredential it shares."),
                fmt="xml",
                origin=Origin(pointer=f"/{root.name}", line=root.line),
            )
        ]
    if len(held) > limits.max_documents:
        return [
            load_error(
                source,
                ids.OVER_LIMIT,
                plural(
                    "the XML holds {count} Europass credential, over the limit of {limit} (max-documents); each "
                    "would be a result of its own",
                    "the XML holds {count} Europass credentials, over the limit of {limit} (max-documents); each "
                    "would be a result of its own",
                    len(held),
                    limit=limits.max_documents,
                ),
                _split_hint("max-documents"),
                fmt="xml",
            )
        ]
    documents: list[Document] = []
    for number, (credential, xpath) in enumerate(held, start=1):
        note = note_finding(
            msg("read credential {number} of {total} in a {wrapper}", number=number, total=len(held), wrapper=root.name)
        )
        named = f"{source} [{credential.name} {number}]" if len(held) > 1 else source
        documents.extend(
            replace(d, findings=[replace(note, origin=Origin(pointer=xpath, line=credential.line)), *d.findings])
            for d in _v2(credential, named, limits, xpath)
        )
    return documents


def _v2(root: Element, source: str, limits: Limits, xpath: str | None = None) -> list[Document]:
    """An ELM v2 credential (the element at ``xpath``, the root by default) as the ELM 2 JSON of the EBSI Europass
    attestation, read by its importer."""
    convert = _Converter(v2=True)
    data = convert.value(root, xpath or f"/{root.name}", "")
    if not isinstance(data, dict):
        data = {}
    data["type"] = ["VerifiableCredential", "Europass"]
    subject = data.get("credentialSubject")
    if not isinstance(subject, dict) or not (subject.get("achieved") or subject.get("activity")):
        where = "/credentialSubject" if isinstance(subject, dict) else ""
        return [
            _placed(
                refused(
                    Document(source=source, data=data, format="xml"),
                    msg(
                        "the ELM v2 credential lists no learning achievement (credentialSubject/achievements), "
                        "so there is no micro-credential to describe"
                    ),
                    msg("Give the credential with the learning achievements it awards."),
                    source=where,
                    fmt="xml",
                    imported_from=V2_LABEL,
                ),
                convert.places,
                source,
                None,
            )
        ]
    documents = _finish(
        import_documents(Document(source=source, data=data, format="xml"), limits), convert.places, source, None
    )
    known = _ids(root)
    dangling: list[tuple[tuple[str, str, int], str | None]] = [
        (reference, None) for reference in convert.references if reference[0] not in known
    ]
    if not dangling:
        return documents
    return [replace(d, findings=[*d.findings, *_dangling(d, dangling)]) for d in documents]


def _ids(root: Element) -> set[str]:
    """The ids of the elements under ``root``, itself included."""
    found: set[str] = set()
    stack = [root]
    while stack:
        element = stack.pop()
        ident = element.attribute("id")
        if ident is not None:
            found.add(ident)
        stack.extend(element.children)
    return found


def _finish(documents: list[Document], places: _Places, source: str, suffix: str | None) -> list[Document]:
    """The imported documents placed in the XML, each told by its element when the file gives several."""
    several = len(documents) > 1
    return [
        _placed(
            replace(
                d,
                imported_from=(f"{d.imported_from}{suffix}" if suffix else V2_LABEL) if d.imported_from else None,
            ),
            places,
            source,
            _name(d, places) if several else None,
        )
        for d in documents
    ]


def _name(document: Document, places: _Places) -> str | None:
    origin = document.origins.get("/id")
    return places.label(origin.pointer if origin is not None else None)


def _placed(document: Document, places: _Places, source: str, name: str | None) -> Document:
    """A document whose origins (pointers into the converted JSON-LD) are made places in the XML."""

    def origin(found: Origin | None) -> Origin | None:
        if found is None or found.pointer is None:
            return found
        return places.origin(found.pointer) or Origin(line=None)

    return replace(
        document,
        source=f"{source} [{name}]" if name else source,
        origins={k: o for k, o in ((k, origin(v)) for k, v in document.origins.items()) if o is not None},
        findings=[replace(f, origin=origin(f.origin)) for f in document.findings],
    )
