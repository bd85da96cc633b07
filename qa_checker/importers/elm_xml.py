"""Europass XML: the LOQ upload of learning opportunities and ELM v2 ``europassCredential`` credentials.

Providers publish their offers to Europass as the LOQ XML upload (Learning Opportunities and Qualifications,
the Qualification Dataset Register profile of ELM 3), and Europass issued ELM v2 credentials as XML. Both are
read as the JSON-LD node shape they stand for, so the Annex I mapping stays in the JSON-LD importers: an
element's local name is its ELM property, ``language`` or ``xml:lang`` (LOQ) and ``text/@lang`` (ELM v2) make
language maps, ``uri`` makes a concept (a node with that id), ``idref`` a reference to the node of that ``id``
in the ``...References`` sections. An LOQ file is read by the ELM 3 importer (one ``offer`` per learning opportunity,
as a JSON-LD graph of them is), an ELM v2 credential by the ELM 2 reading of the EBSI attestation (one
``credential`` per learning achievement). A presentation (EDCI's ``verifiablePresentation``) or another wrapper
holding ELM v2 credentials gives each credential it holds, told by its position when it holds several.

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

from qa_checker import ids
from qa_checker import pointer as jp
from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.importers import import_documents
from qa_checker.importers.builder import ISCED_BASES, note_finding, refused, slug_for
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
V2_LABEL = "Europass ELM v2 credential (XML)"
PRESENTATION_LABEL = "Europass ELM v2 presentation (XML)"
# Marks in the start of a file (lower case) that it may be one of these: only such a file is parsed.
MARKS = (b"loq-constraints", b"europasscredential", PRESENTATION_NAMESPACE.encode())
HEAD_BYTES = 64 * 1024
_ELM_CONTEXT = "http://data.europa.eu/snb/model/context/edc-ap"
_SEPARATOR = " "
# ELM v2 elements that wrap a list of what the ELM 2 JSON (EBSI's attestation) gives as the list itself.
_V2_WRAPPERS = {
    "achievements": "achieved",
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
        if _is_credential(root):
            return _v2(root, source, limits)
        held = _held(root)
        if held or root.namespace == PRESENTATION_NAMESPACE:
            return _presentation(root, held, source, limits)
    except RecursionError:  # nesting within a max-depth raised beyond what the converter can follow
        return [too_deep(source, "xml")]
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

    def __init__(self, v2: bool) -> None:
        self.v2 = v2
        self.main = V2_NAMESPACES | {""} if v2 else frozenset({LOQ_NAMESPACE, ELM_NAMESPACE, ""})
        self.places = _Places()

    def key(self, element: Element, owner: Element) -> str:
        """The JSON-LD key of an element: its ELM term, or its full IRI in another vocabulary."""
        if element.namespace not in self.main:
            return element.namespace + element.name
        if self.v2:
            if element.name in _V2_WRAPPERS:
                return _V2_WRAPPERS[element.name]
            scoped = _V2_TERMS.get((owner.name, element.name))
            found = scoped or _V2_TERMS.get(element.name)
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
            return {"id": reference}
        uri = element.attribute("uri")
        if self.v2 and uri is not None:
            # ELM 2 gives a code as its URI; an ISCED-F field as its code, as the ELM 2 JSON does.
            code = slug_for("isced-f", uri) if uri.startswith(ISCED_BASES) else None
            return code or uri
        ident = element.attribute("id") or uri
        children = [c for c in element.children if c.namespace not in _SKIPPED_NAMESPACES]
        if self.v2 and children and all(c.name == "text" for c in children):
            return self.texts(children, xpath, pointer, lambda text: text.attribute("lang"))
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
        return node

    def group(self, members: list[Element], xpath: str, pointer: str) -> Any:
        """The value of the children one key stands for: a language map, a value, or a list of them."""
        if all(self.language(m) and not m.children for m in members):
            return self.texts(members, xpath, pointer, self.language)
        if self.v2 and members[0].name in _V2_WRAPPERS:  # an ELM v2 list wrapper: its items are the list
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
        self, members: list[Element], xpath: str, pointer: str, language_of: Callable[[Element], str | None]
    ) -> Any:
        """Texts by language: a language map, or value objects when a language is given twice."""
        languages = [language_of(m) or "" for m in members]
        paths = _paths(members, xpath)
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
    data = {"@context": _ELM_CONTEXT, "@graph": graph}
    offers = sum(1 for n in graph if n.get("type") in _LOQ_SPECS)
    if offers > limits.max_documents:
        return [
            load_error(
                source,
                ids.OVER_LIMIT,
                plural(
                    "the Europass LOQ file lists {count} learning opportunity or specification, over the limit of "
                    "{limit} (max-documents); each would be a result of its own",
                    "the Europass LOQ file lists {count} learning opportunities and specifications, over the limit "
                    "of {limit} (max-documents); each would be a result of its own",
                    offers,
                    limit=limits.max_documents,
                ),
                _split_hint("max-documents"),
                fmt="xml",
            )
        ]
    if not offers:
        return [
            _placed(
                refused(
                    Document(source=source, data=data, format="xml"),
                    msg(
                        "the Europass LOQ file lists no learning opportunity, qualification or learning "
                        "achievement specification (in learningOpportunityReferences, "
                        "learningAchievementSpecificationReferences)"
                    ),
                    msg("Give the learning opportunities the file publishes."),
                    source="",
                    fmt="xml",
                    imported_from=LOQ_LABEL,
                ),
                convert.places,
                source,
                None,
            )
        ]
    documents = import_documents(Document(source=source, data=data, format="xml"), limits)
    return _finish(documents, convert.places, source, f" (from {LOQ_LABEL})")


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
    if not isinstance(subject, dict) or not subject.get("achieved"):
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
    documents = import_documents(Document(source=source, data=data, format="xml"), limits)
    return _finish(documents, convert.places, source, None)


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
