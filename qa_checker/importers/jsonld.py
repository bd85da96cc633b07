"""Read compacted JSON-LD by its terms, offline.

Nothing is fetched: a context is recognised by its URL (``KNOWN_CONTEXTS``) and a key is read by
its term, whether it is written as the bare term (``title``), a prefixed name (``ceterms:name``,
``elm:title``) or a full IRI (``https://purl.org/ctdl/terms/name``). A prefixed name or IRI is read by
its local name only in a vocabulary the importers read (``NAMESPACES``); in any other it is an
extension property, read by nothing (``https://example.org/ext#title`` is not the title). A type is
read the same way (:meth:`Reader.type_name`): ``https://example.org/ext#LearningOpportunity`` is an
extension type, not ELM's. Inline contexts are read for their prefixes and term definitions only, wherever
JSON-LD puts them in force (the document's, one embedded in a node for it and what it holds, one a term's or a
type's definition scopes): a term defined as another IRI is read as that IRI (``"name": "https://example.org/ext#n"``
is no name, ``"type": "https://example.org/ext#kind"`` no type), and one defined as ``null``, as a reverse property
or as a JSON literal is read by nothing; the terms of an object under a ``@nest`` key are the node's. The term maps
are the project's own: each importer names the terms it reads; no third-party context is copied.

:class:`Reader` indexes every node that has an id, so a reference (a bare id string or ``{"id": x}``)
resolves to the full node wherever it is written in the document. Resolution is one hop per access,
so cyclic references cannot loop. Objects of one id are one node: a term an object leaves out is read from
the other objects of its id (:class:`Node`); a blank id (``""``) identifies nothing.

Reading is bounded: every node view an importer creates (one unit per key) and every value it reads
(one unit, or one per item of a list or object) spends the document's :class:`Budget`
(``Limits.jsonld_nodes``), shared by every reader made while one document is imported (see
:func:`budget`). A node reached again through another reference is paid for
again, so a small document whose references lead many times to one large node cannot multiply the
work (ten thousand claims each naming one specification of ten thousand outcomes); reading stops with
:class:`TooManyNodes` instead.

A term whose value is of a kind no accessor could read (``title: 7``, ``temporal: 5``, ``creditPoint: "abc"``)
is recorded in the document's :class:`Misreads` unless another accessor reads it, so the importer can say
where a value was dropped (:meth:`Misreads.since`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from qa_checker import pointer as jp
from qa_checker.limits import Limits
from qa_checker.patterns import regex

# Context URL (or URL prefix) -> the vocabulary family it announces.
KNOWN_CONTEXTS: tuple[tuple[str, str], ...] = (
    ("https://www.w3.org/2018/credentials/", "vc"),
    ("https://www.w3.org/ns/credentials/", "vc"),
    ("https://w3id.org/vc/", "vc"),
    ("https://w3id.org/security/", "vc"),
    ("https://w3id.org/vc-revocation-list", "vc"),
    ("http://data.europa.eu/snb/model/context/", "elm"),
    ("https://data.europa.eu/snb/model/context/", "elm"),
    ("https://ec.europa.eu/credentials/", "elm"),
    ("https://purl.imsglobal.org/spec/ob/", "ob3"),
    ("https://purl.imsglobal.org/spec/clr/", "clr"),
    ("https://imsglobal.github.io/openbadges-specification/", "ob3"),
    ("https://raw.githubusercontent.com/educredentials/", "ob3"),
    ("https://w3id.org/openbadges/", "ob2"),
    ("https://openbadgespec.org/", "ob2"),
    ("https://credreg.net/ctdl/schema/context/", "ctdl"),
    ("http://credreg.net/ctdl/schema/context/", "ctdl"),
    ("https://credreg.net/ctdlasn/schema/context/", "ctdl"),
    ("http://credreg.net/ctdlasn/schema/context/", "ctdl"),
    ("https://schema.org", "schema"),
    ("http://schema.org", "schema"),
)

# The vocabularies the importers read, each with its family: a key IRI in one of them is read by its local name
# (the term); one in any other namespace is an extension property, read by its whole IRI, so as no term.
NAMESPACES: dict[str, str] = {
    "http://data.europa.eu/snb/model/elm/": "elm",
    "https://data.europa.eu/snb/model/elm/": "elm",
    # ELM's namespace in the EDC project's test credentials (an earlier draft): read, but announcing no ELM context.
    "http://data.europa.eu/snb/model/": "elm-draft",
    "https://purl.org/ctdl/terms/": "ctdl",
    "http://purl.org/ctdl/terms/": "ctdl",
    "https://purl.org/ctdlasn/terms/": "ctdl",
    "http://purl.org/ctdlasn/terms/": "ctdl",
    # CTDL's namespace in the Credential Registry's first records (2016), before purl.org/ctdl/terms/.
    "http://purl.org/ceterms/terms/": "ctdl",
    "https://purl.org/ceterms/terms/": "ctdl",
    "https://purl.imsglobal.org/spec/vc/ob/vocab.html#": "ob3",
    # Open Badges 2.0's vocabulary and the namespace of its extensions (``extensions:ECTSExtension``).
    "https://w3id.org/openbadges#": "ob2",
    "https://w3id.org/openbadges/extensions#": "ob2",
    "https://purl.imsglobal.org/spec/clr/vocab#": "clr",
    # CLR 2.0's namespace, as its context gives it (https://purl.imsglobal.org/spec/vc/clr/vocab.html#ClrCredential).
    "https://purl.imsglobal.org/spec/vc/clr/vocab.html#": "clr",
    "https://www.w3.org/2018/credentials#": "vc",
    "https://www.w3.org/ns/credentials#": "vc",
    "http://schema.org/": "schema",
    "https://schema.org/": "schema",
    "http://purl.org/dc/terms/": "dcterms",
    "https://purl.org/dc/terms/": "dcterms",
    # Dublin Core's element set (1.1), the namespace many contexts bind "dc" to: its title, description and language
    # are the terms DCMI Terms refines.
    "http://purl.org/dc/elements/1.1/": "dcterms",
    "http://www.w3.org/2004/02/skos/core#": "skos",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://www.w3.org/ns/regorg#": "regorg",
    "http://www.w3.org/ns/adms#": "adms",
    "http://www.w3.org/ns/locn#": "locn",
}

# Full IRIs whose local name is not the term a context gives them, where that name would be read as
# something else (``http://purl.org/dc/terms/type`` is ELM's dcType, not the node's type).
IRI_TERMS: dict[str, str] = {
    "http://purl.org/dc/terms/type": "dcType",
    "https://purl.org/dc/terms/type": "dcType",
    "http://purl.org/dc/elements/1.1/type": "dcType",
}

# Prefixes understood even when a document does not declare them (each of a namespace in ``NAMESPACES``).
DEFAULT_PREFIXES: dict[str, str] = {
    "elm": "http://data.europa.eu/snb/model/elm/",
    "ceterms": "https://purl.org/ctdl/terms/",
    "ceasn": "https://purl.org/ctdlasn/terms/",
    "schema": "https://schema.org/",
    "dc": "http://purl.org/dc/terms/",
    "dcterms": "http://purl.org/dc/terms/",
    "dct": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "obi": "https://purl.imsglobal.org/spec/vc/ob/vocab.html#",
    "extensions": "https://w3id.org/openbadges/extensions#",
    "cred": "https://www.w3.org/2018/credentials#",
    # The further prefixes ELM's context declares for the terms it maps outside ELM's namespace (rov:legalName,
    # foaf:homepage), as a document compacted with that context's prefixes alone writes them.
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rov": "http://www.w3.org/ns/regorg#",
    "locn": "http://www.w3.org/ns/locn#",
    "adms": "http://www.w3.org/ns/adms#",
}

# Text in one language, or by ISO 639-1 code (see :func:`lang_string`).
LangString: TypeAlias = str | dict[str, str]
# A plain JSON-LD value (see :meth:`Node.scalar`).
Scalar: TypeAlias = str | int | float | bool

_ID_KEYS = ("@id", "id")
_TYPE_KEYS = ("@type", "type")
_NOT_CONTENT = frozenset((*_ID_KEYS, *_TYPE_KEYS, "@context"))
# How many other values of a term, written differently by other objects of its id, a conflict names at most.
_CONFLICTS_NAMED = 5
# How many graphs deep a named graph's nodes are read (the document's own @graph is the first).
GRAPH_DEPTH = 8
_LANG_TAG = regex(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")
_UNDETERMINED = "und"


class TooManyNodes(Exception):
    """Reading one JSON-LD document went past its budget of nodes and values."""

    def __init__(self, limit: int, pointer: str) -> None:
        super().__init__(f"more than {limit:,} JSON-LD node keys and values read (stopped at {pointer or '/'})")
        self.limit = limit
        self.pointer = pointer


# The descriptors one file may give, where no other limit is given.
_MAX_DOCUMENTS = Limits().max_documents


class TooManyDocuments(Exception):
    """One document would give more descriptors than a file may (``Limits.max_documents``)."""

    def __init__(self, count: int, limit: int) -> None:
        super().__init__(f"{count:,} descriptors, over the limit of {limit:,}")
        self.count = count
        self.limit = limit


@dataclass(frozen=True)
class Misread:
    """A term given a value of a kind its accessor could not read: ``expected`` is ``text``, ``node`` or
    ``value`` (a single plain value), ``value`` the first item that could not be read; or (``expected`` ``term``)
    a key that is the plural of a term read there, ``value`` that term; or (``conflict``) a term read here that
    another object of the node's id gives another value, ``value`` the pointer of that value."""

    pointer: str
    key: str
    value: object
    expected: str
    place: tuple[int, str]


@dataclass
class Misreads:
    """The terms of one document that were read without result, and the places read with one: a term one
    accessor misreads while another reads it (a homepage given as a node, tried as a plain value first) is
    no misread. Bounded by the document's :class:`Budget`: each entry is a read it paid for."""

    found: list[Misread] = field(default_factory=list)
    read: set[tuple[int, str]] = field(default_factory=set)
    taken: int = 0

    def since(self, start: int) -> list[Misread]:
        """The misreads recorded from ``start`` on, one per place, leaving out the places read since; the
        next caller starts where this one ended."""
        places: dict[str, Misread] = {}
        for found in self.found[start:]:
            if found.place not in self.read:
                places.setdefault(found.pointer, found)
        self.taken = len(self.found)
        return list(places.values())


@dataclass
class Budget:
    """The nodes and values one document may still have read (``Limits.jsonld_nodes``); ``grown``, when given,
    is a larger limit the document earns, reckoned only once the first is reached (most documents never reach
    it, and pay nothing for it). ``misreads``: the values of the document that could not be read."""

    limit: int
    used: int = 0
    grown: Callable[[], int] | None = None
    misreads: Misreads = field(default_factory=Misreads)
    # The descriptors the document may give (``Limits.max_documents``).
    documents: int = _MAX_DOCUMENTS
    # The scopes of each root read (see :meth:`Reader.scope`), found once for all the readers made of it.
    scopes: dict[int, tuple[object, dict[int, dict[str, str]]]] = field(default_factory=dict)

    def spend(self, amount: int, pointer: str) -> None:
        """Pay for reading ``amount`` nodes or values at ``pointer``; :class:`TooManyNodes` past the limit."""
        self.used += amount
        if self.used > self.limit and self.grown is not None:
            self.limit, self.grown = max(self.limit, self.grown()), None
        if self.used > self.limit:
            raise TooManyNodes(self.limit, pointer)

    def give(self, count: int) -> None:
        """Make ``count`` descriptors of the document; :class:`TooManyDocuments` past ``documents``, before any
        is made."""
        if count > self.documents:
            raise TooManyDocuments(count, self.documents)


_BUDGET: ContextVar[Budget | None] = ContextVar("jsonld_budget", default=None)


@contextlib.contextmanager
def budget(limit: int, grown: Callable[[], int] | None = None, documents: int = _MAX_DOCUMENTS) -> Iterator[Budget]:
    """One budget for every :class:`Reader` made inside the block (the import of one document)."""
    found = Budget(limit, grown=grown, documents=documents)
    token = _BUDGET.set(found)
    try:
        yield found
    finally:
        _BUDGET.reset(token)


def give(count: int) -> None:
    """Make ``count`` descriptors of the document being imported (:meth:`Budget.give`)."""
    found = _BUDGET.get()
    (found or Budget(Limits().jsonld_nodes)).give(count)


def misreads() -> Misreads | None:
    """The misreads of the document being imported (inside :func:`budget`), else ``None``."""
    found = _BUDGET.get()
    return None if found is None else found.misreads


@dataclass(frozen=True)
class ContextInfo:
    """What a document's ``@context`` says: the families announced and anything not understood."""

    families: frozenset[str]
    unknown: tuple[str, ...]
    present: bool


def read_context(data: object) -> tuple[ContextInfo, dict[str, str], dict[str, str]]:
    """Families, prefixes and term aliases declared by a node's ``@context`` (string, object or list)."""
    families: set[str] = set()
    unknown: list[str] = []
    prefixes: dict[str, str] = {}
    aliases: dict[str, str] = {}
    context = data.get("@context") if isinstance(data, dict) else None
    entries = context if isinstance(context, list) else [context] if context is not None else []
    for entry in entries:
        if isinstance(entry, str):
            family = next((f for url, f in KNOWN_CONTEXTS if entry.startswith(url)), None)
            if family is None:
                unknown.append(entry)
            else:
                families.add(family)
        elif isinstance(entry, dict):
            _read_inline(entry, prefixes, aliases, families)
        else:
            unknown.append(repr(entry)[:60])
    return ContextInfo(frozenset(families), tuple(unknown), context is not None), prefixes, aliases


def context_language(context: object, default: str | None = None) -> str | None:
    """The ISO 639-1 code of the default language a ``@context`` (string, object or list) sets with ``@language``
    (the last one given; ``null`` sets none), else ``default``."""
    language = default
    for entry in context if isinstance(context, list) else [context]:
        if isinstance(entry, dict) and "@language" in entry:
            stated = entry["@language"]
            language = language_tag(stated) if isinstance(stated, str) else None
    return language


def _read_inline(entry: dict[str, Any], prefixes: dict[str, str], aliases: dict[str, str], families: set[str]) -> None:
    for key, value in entry.items():
        if key == "@vocab" and isinstance(value, str) and value in NAMESPACES:
            families.add(NAMESPACES[value])  # bare terms and types are that vocabulary's
        if key.startswith("@") or not isinstance(key, str):
            continue
        unread = _unread_definition(value)
        if unread is not None:
            aliases[key] = unread
            continue
        target = value.get("@id") if isinstance(value, dict) else value
        if not isinstance(target, str):
            continue
        if target in ("@id", "@type"):
            aliases[key] = target
        elif target.endswith(("/", "#")) and ":" not in key:
            prefixes[key] = target
            if target in NAMESPACES:
                families.add(NAMESPACES[target])
        else:
            aliases[key] = target


def keyword_keys(aliases: dict[str, str], keyword: str) -> tuple[str, ...]:
    """The keys that stand for ``@id`` or ``@type`` under a context's ``aliases`` (see :func:`read_context`): the
    keyword, its aliases, and its bare name (``id``, ``type``) unless the context defines that otherwise."""
    bare = keyword[1:]
    return (keyword, *(k for k, v in aliases.items() if v == keyword), *(() if bare in aliases else (bare,)))


def _scoped_contexts(context: object) -> dict[str, object]:
    """The contexts a ``@context`` (string, object or list) scopes to its terms by their definitions
    (``"provider": {"@id": ..., "@context": {...}}``), by term."""
    entries = context if isinstance(context, list) else [context]
    return {
        key: value["@context"]
        for entry in entries
        if isinstance(entry, dict)
        for key, value in entry.items()
        if isinstance(value, dict) and isinstance(value.get("@context"), (dict, list))
    }


def _unread_definition(value: object) -> str | None:
    """The keyword a term definition makes its key stand for when no importer may read its values as the term's:
    ``null`` (the key is dropped), a reverse property (``{"@reverse": iri}``: its values are the subjects, not the
    values, of ``iri``) or a JSON literal (``"@type": "@json"``: a language map in it is no text); else ``None``."""
    if value is None or (isinstance(value, dict) and "@id" in value and value["@id"] is None):
        return "@null"
    if isinstance(value, dict) and "@reverse" in value:
        return "@reverse"
    if isinstance(value, dict) and value.get("@type") == "@json":
        return "@json"
    return None


def local_name(iri: str) -> str:
    """The part of an IRI after its last ``/`` or ``#``."""
    cut = max(iri.rfind("/"), iri.rfind("#"))
    return iri[cut + 1 :] if cut >= 0 else iri


def known_name(iri: str) -> str:
    """An IRI's local name when its namespace is a vocabulary the importers read (``NAMESPACES``), else the IRI."""
    name = local_name(iri)
    return name if iri[: len(iri) - len(name)] in NAMESPACES else iri


class Reader:
    """Term-level access to one JSON-LD document."""

    def __init__(
        self, root: dict[str, Any], *, base_pointer: str = "", term_aliases: dict[str, str] | None = None
    ) -> None:
        self.root = root
        self.base_pointer = base_pointer
        self.context, prefixes, aliases = read_context(root)
        self.prefixes = {**DEFAULT_PREFIXES, **prefixes}
        self._embedded = False
        self.aliases = aliases
        self.id_keys = keyword_keys(aliases, "@id")
        self.term_aliases = term_aliases or {}
        self._index: dict[str, tuple[dict[str, Any], str]] | None = None
        self._objects: dict[str, list[tuple[dict[str, Any], str]]] = {}
        self._described: dict[str, dict[str, tuple[dict[str, Any], str, str]]] = {}
        self._keyed: dict[str, dict[str, tuple[dict[str, Any], str]]] = {}
        self._disagreeing: dict[tuple[str, str, int], list[str]] = {}
        self._term_values: dict[tuple[str, str], list[tuple[object, str]]] = {}
        self._terms: dict[str, str] = {}
        # The aliases in force in the objects whose terms another context defines (see :meth:`scope`), by the
        # object's id(), and the terms read under each set of aliases.
        self._scopes: dict[int, dict[str, str]] | None = None
        self._scoped_terms: dict[int, dict[str, str]] = {}
        self.budget = _BUDGET.get() or Budget(Limits().jsonld_nodes)
        self.language = context_language(root.get("@context"))

    def tagged(self, raw: object, text: LangString, node: dict[str, Any] | None = None) -> LangString:
        """``text`` read from ``raw`` in the default language of the node's own ``@context``, else of the
        document's, when ``raw`` holds a plain string (JSON-LD gives a default ``@language`` to plain strings
        only: a value object without one, an ``@none`` entry or a typed value stays in no language)."""
        if not isinstance(text, str):
            return text
        language = context_language(node.get("@context"), self.language) if node is not None else self.language
        if language is None or not any(isinstance(item, str) for item, _ in _members(raw, "")):
            return text
        return {language: text}

    def term(self, key: str, aliases: dict[str, str] | None = None) -> str:
        """The term a key stands for: ``id``, ``type``, a known vocabulary's local name, or the key's IRI; under
        ``aliases``, when given, as the contexts embedded around its object define it (see :meth:`scope`)."""
        terms = self._terms if aliases is None else self._scoped_terms.setdefault(id(aliases), {})
        found = terms.get(key)
        if found is not None:
            return found
        term = self._term(key, self.aliases if aliases is None else aliases)
        term = self.term_aliases.get(term, term)
        terms[key] = term
        return term

    def scope(self, data: dict[str, Any]) -> dict[str, str] | None:
        """The aliases in force in an object of the document when a context embedded in it or around it defines
        terms (``"provider": {"@context": {"name": "https://example.org/ext#n"}, "name": ...}``: that name is no
        schema.org name), else ``None`` (the document's own)."""
        if self._scopes is None:
            known = self.budget.scopes.get(id(self.root))
            self._scopes = known[1] if known is not None and known[0] is self.root else self._scoped()
            self.budget.scopes[id(self.root)] = (self.root, self._scopes)
        return self._scopes.get(id(data)) if self._scopes else None

    def _scoped(self) -> dict[int, dict[str, str]]:
        """The aliases in force in each object whose terms a context other than the document's defines (by its
        id()), found in one walk: a context embedded in it or around it, or one scoped to a term (in force in the
        term's values) or to a type (in force in the nodes of that type) by its definition. Each set of aliases made
        is paid for from the budget, by its size: ten thousand nodes each with a context of their own cannot make
        ten thousand copies of a large one."""
        found: dict[int, dict[str, str]] = {}
        # The keys of a node's type under each set of aliases, by its id() (the set kept, so that the id stays its).
        type_keys: dict[int, tuple[dict[str, str], tuple[str, ...]]] = {}

        def widened(aliases: dict[str, str], context: object, path: _Path) -> dict[str, str]:
            wider = {**aliases, **read_context({"@context": context})[2]}
            self.budget.spend(len(wider), self.base_pointer + _pointer(path))
            return wider

        stack: list[tuple[object, dict[str, str], dict[str, object], _Path]] = [
            (self.root, self.aliases, _scoped_contexts(self.root.get("@context")), None)
        ]
        while stack:
            value, aliases, scoped, path = stack.pop()
            if isinstance(value, dict):
                embedded = value.get("@context") if value is not self.root else None
                if isinstance(embedded, (dict, list)):
                    aliases = widened(aliases, embedded, path)
                    scoped = {**scoped, **_scoped_contexts(embedded)}
                here = aliases
                if scoped and id(aliases) not in type_keys:
                    type_keys[id(aliases)] = (aliases, keyword_keys(aliases, "@type"))
                for kind in (_first(value, type_keys[id(aliases)][1]),) if scoped else ():
                    for name in kind if isinstance(kind, list) else [kind]:
                        if isinstance(name, str) and name in scoped:
                            here = widened(here, scoped[name], path)
                if here is not self.aliases:
                    found[id(value)] = here
                for key, item in value.items():
                    if isinstance(item, (dict, list)):
                        inner = widened(aliases, scoped[key], (path, key)) if key in scoped else aliases
                        stack.append((item, inner, scoped, (path, key)))
            elif isinstance(value, list):
                stack.extend(
                    (v, aliases, scoped, (path, i)) for i, v in enumerate(value) if isinstance(v, (dict, list))
                )
        return found

    def _term(self, key: str, aliases: dict[str, str]) -> str:
        """A key the context defines is read as its definition says, even ``id`` or ``type`` (redefined as an
        extension property, it is neither the node's id nor its type); a definition no importer reads by (see
        :func:`_unread_definition`, ``@nest``) makes it that keyword, read by nothing."""
        alias = aliases.get(key)
        if alias == "@id" or (alias is None and key in _ID_KEYS):
            return "id"
        if alias == "@type" or (alias is None and key in _TYPE_KEYS):
            return "type"
        if alias is not None and alias.startswith("@"):
            return alias
        expanded = self.expand(alias if alias is not None else key)
        if expanded in IRI_TERMS:
            return IRI_TERMS[expanded]
        if "://" not in expanded:
            return key
        # A full IRI (written out, or expanded from a prefix) is read by its local name in a vocabulary the
        # importers read, as expanded JSON-LD writes every key; in another namespace it is an extension property.
        return known_name(expanded)

    def expand(self, value: str) -> str:
        """A prefixed name (``ceterms:Course``) as a full IRI; other values unchanged."""
        prefix, sep, rest = value.partition(":")
        if not sep or rest.startswith("//"):
            return value
        if prefix not in self.prefixes and not self._embedded:
            self._read_embedded()
        return self.prefixes[prefix] + rest if prefix in self.prefixes else value

    def _read_embedded(self) -> None:
        """Add the prefixes the contexts embedded in the document's nodes declare (``"credentialSubject":
        {"@context": {"x": "http://data.europa.eu/snb/model/elm/"}, "x:hasClaim": ...}``), read once, when a name's
        prefix is not declared at the top. They are read for the whole document; a prefix the top context (or
        the first embedded one) declares keeps its meaning."""
        self._embedded = True
        stack: list[object] = [v for k, v in self.root.items() if k != "@context"]
        while stack:
            value = stack.pop()
            if isinstance(value, list):
                stack.extend(value)
            elif isinstance(value, dict):
                if "@context" in value:
                    for prefix, iri in read_context(value)[1].items():
                        self.prefixes.setdefault(prefix, iri)
                stack.extend(v for k, v in value.items() if k != "@context")

    def type_name(self, value: str) -> str:
        """The name a type is read by: a bare term as written; a prefixed name or an IRI by its local name in a
        vocabulary the importers read (``ceterms:Course``, ``https://purl.org/ctdl/terms/Course``: ``Course``).

        A type in any other namespace is an extension type, read by its whole IRI, so as no type the importers
        know (``https://example.org/ext#LearningOpportunity``); a prefixed name whose prefix is not declared
        (``ex:Achievement``) is read as written. A term the document's context defines is read by its IRI.
        """
        alias = self.aliases.get(value)
        expanded = self.expand(alias if alias is not None and not alias.startswith("@") else value)
        return known_name(expanded) if "://" in expanded else value

    @property
    def index(self) -> dict[str, tuple[dict[str, Any], str]]:
        """Every node with an id (not blank) and content beyond its id and type, by id: the object of the id with
        the most keys (the first of them)."""
        if self._index is None:
            self._index = {}
            stack: list[tuple[object, str]] = [(self.root, self.base_pointer)]
            while stack:
                node, where = stack.pop()
                if isinstance(node, dict):
                    ident = _first(node, self.id_keys)
                    if isinstance(ident, str) and ident.strip() and any(k not in _NOT_CONTENT for k in node):
                        self._objects.setdefault(ident, []).append((node, where))
                        previous = self._index.get(ident)
                        if previous is None or len(previous[0]) < len(node):
                            self._index[ident] = (node, where)
                    # Only objects and lists are visited: a pointer is made for each, never for a text.
                    stack.extend(
                        (v, jp.child(where, k)) for k, v in reversed(node.items()) if isinstance(v, (dict, list))
                    )
                elif isinstance(node, list):
                    stack.extend(
                        (v, jp.child(where, i))
                        for i, v in reversed(list(enumerate(node)))
                        if isinstance(v, (dict, list))
                    )
        return self._index

    def described(self, ident: str) -> dict[str, tuple[dict[str, Any], str, str]]:
        """Each term the objects of an id give, with the object it is read from, its key there and that object's
        pointer: the indexed object's terms, then those only others give, in document order; built once per id."""
        found = self._described.get(ident)
        if found is None:
            found = {}
            first = self.index[ident]
            for data, where in [first, *(other for other in self._objects[ident] if other[0] is not first[0])]:
                self.budget.spend(max(1, len(data)), where)
                scope = self.scope(data)
                for key in data:
                    if isinstance(key, str):
                        found.setdefault(self.term(key, scope), (data, key, where))
            self._described[ident] = found
        return found

    def disagreeing(self, ident: str, term: str, place: tuple[dict[str, Any], str, str]) -> list[str]:
        """Where the other objects of an id give ``term`` a value that contradicts the one at ``place`` (its object,
        key and the object's pointer; see :func:`_contradict`), reckoned once per place: the first place of each
        value written differently, at most :data:`_CONFLICTS_NAMED` of them."""
        if ident not in self.index or len(self._objects[ident]) < 2:
            return []
        found = self._disagreeing.get((ident, term, id(place[0])))
        if found is None:
            data, key, _where = place
            found = []
            for value, where in self._values(ident, term):
                self.budget.spend(1, where)
                if _contradict(data[key], value):
                    found.append(where)
                    if len(found) == _CONFLICTS_NAMED:
                        break
            self._disagreeing[(ident, term, id(place[0]))] = found
        return found

    def _values(self, ident: str, term: str) -> list[tuple[object, str]]:
        """Each value the objects of an id give ``term``, written differently, with its first pointer; built once
        per id and term, so that a node repeated a thousand times is compared with its few values, not with each
        copy."""
        found = self._term_values.get((ident, term))
        if found is None:
            first: dict[str, tuple[object, str]] = {}
            for other, where in self._objects.get(ident, ()):
                self.budget.spend(max(1, len(other)), where)
                scope = self.scope(other)
                for k, v in other.items():
                    if isinstance(k, str) and self.term(k, scope) == term:
                        first.setdefault(repr(v), (v, jp.child(where, k)))
            found = self._term_values[(ident, term)] = list(first.values())
        return found

    def keyed(self, term: str, value: str) -> Node | None:
        """The indexed node whose ``term`` is the text ``value`` (compared without case), such as the resource
        with a given ``ctid``; each term's values are indexed once."""
        found = self._keyed.get(term)
        if found is None:
            found = {}
            for data, where in self.index.values():
                scope = self.scope(data)
                for key, given in data.items():
                    if isinstance(key, str) and isinstance(given, str) and self.term(key, scope) == term:
                        found.setdefault(given.strip().lower(), (data, where))
            self._keyed[term] = found
        hit = found.get(value.strip().lower())
        return Node(self, hit[0], hit[1]) if hit else None

    def node(self, data: dict[str, Any], pointer: str) -> Node:
        """A view of one object of the document."""
        return Node(self, data, pointer)

    def resolve(self, value: object, pointer: str) -> Node | None:
        """A node for an object or a reference to an indexed node; ``None`` for anything else."""
        if isinstance(value, str):
            found = self.index.get(value)
            return Node(self, found[0], found[1]) if found else None
        if isinstance(value, dict):
            if "@value" in value:
                return None
            ident = _first(value, self.id_keys)
            if isinstance(ident, str) and all(k in self.id_keys or k in _TYPE_KEYS for k in value):
                found = self.index.get(ident)
                if found is not None and found[0] is not value:
                    return Node(self, found[0], found[1])
            return Node(self, value, pointer)
        return None


def graph_nodes(reader: Reader) -> list[Node] | None:
    """The node objects of the document's ``@graph`` (see :func:`graph_objects`), or ``None`` when it has none."""
    found = graph_objects(reader.root)
    return None if found is None else [reader.node(data, where) for data, where in found]


def graph_objects(data: dict[str, Any]) -> list[tuple[dict[str, Any], str]] | None:
    """The node objects of a document's ``@graph`` with their pointers, or ``None`` when it has none.

    JSON-LD lets ``@graph`` be one node object as well as an array of them. An object with a type or
    properties of its own beside its ``@graph`` is itself a node (:func:`top_node`), and comes before the
    nodes of its graph. A node of the graph may hold a named graph of its own (JSON-LD 1.1): its nodes are
    read in its place, to ``GRAPH_DEPTH`` graphs deep; a graph reached again (a YAML alias) is read once.
    """
    if not isinstance(data.get("@graph"), (dict, list)):
        return None
    found: list[tuple[dict[str, Any], str]] = []
    seen: set[int] = set()
    pending: list[tuple[dict[str, Any], str, int]] = [(data, "", 0)]
    while pending:
        node, where, level = pending.pop()
        graph = node.get("@graph")
        if level >= GRAPH_DEPTH or not isinstance(graph, (dict, list)):
            found.append((node, where))
            continue
        if id(graph) in seen:
            continue
        seen.add(id(graph))
        if top_node(node):
            found.append((node, where))
        at = jp.child(where, "@graph")
        items = [(graph, at)] if isinstance(graph, dict) else [(n, jp.child(at, i)) for i, n in enumerate(graph)]
        pending.extend((n, w, level + 1) for n, w in reversed(items) if isinstance(n, dict))
    return found


def top_node(data: dict[str, Any]) -> bool:
    """Whether a document with an ``@graph`` is also a node itself: it has a type or a property beside it.

    Keywords (``@context``, ``@graph``, ``@id``) and an id alone make it a mere container (a CTDL registry
    envelope).
    """
    return any(key in _TYPE_KEYS or not (key in _ID_KEYS or str(key).startswith("@")) for key in data)


# A place in a document as its parent's place and its key or index (``None``: the root), made in constant time.
_Path: TypeAlias = "tuple[_Path, str | int] | None"


def _pointer(path: _Path) -> str:
    """The JSON pointer of a :data:`_Path`."""
    tokens: list[str | int] = []
    while path is not None:
        path, token = path
        tokens.append(token)
    return jp.join(*reversed(tokens)) if tokens else ""


def _size(value: object) -> int:
    """What reading a value costs: one, or the items of a list or object (each read by what reads it)."""
    return max(1, len(value)) if isinstance(value, (list, dict)) else 1


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> object:
    for key in keys:
        if key in data:
            return data[key]
    return None


@dataclass
class Node:
    """One JSON-LD node object, read by terms; values come with their pointers into the original.

    Objects of one id are one node: a term missing from this object is read from the other objects of its id
    (an issuer given as ``{id, name}`` here and in full elsewhere), with pointers there (:meth:`Reader.described`);
    a term they give contradicting values (two names, two countries) is read where it is found and the others
    recorded as conflicts (a warning naming both places).
    """

    reader: Reader
    data: dict[str, Any]
    pointer: str
    _keys: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _nested: dict[str, tuple[dict[str, Any], str, str]] = field(default_factory=dict, init=False, repr=False)
    _twin: dict[str, tuple[dict[str, Any], str, str]] | None = field(default=None, init=False, repr=False)
    # The key left unread of a term given under two: its own and an alias a producer writes it by ("alignment"
    # beside Moodle's "alignments"); the term's own key is read.
    _beside: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.reader.budget.spend(max(1, len(self.data)), self.pointer)
        scope = self.reader.scope(self.data)
        aliases = self.reader.term_aliases
        for key in self.data:
            if isinstance(key, str):
                term = self.reader.term(key, scope)
                taken = self._keys.setdefault(term, key)
                if taken != key and (key in aliases or taken in aliases):
                    self._keys[term] = taken if key in aliases else key
                    self._beside.setdefault(term, key if key in aliases else taken)
        nest = self._keys.get("@nest")
        if nest is not None:
            self._nest(nest)

    def _nest(self, key: str) -> None:
        """Read the terms of the objects under a ``@nest`` key (``"details": {...}`` where the context defines
        ``details`` as ``@nest``): JSON-LD reads them as the node's own; a term the node gives itself comes first."""
        for nested, where in _members(self.data[key], jp.child(self.pointer, key)):
            if isinstance(nested, dict):
                self.reader.budget.spend(max(1, len(nested)), where)
                for inner in nested:
                    term = self.reader.term(inner, self.reader.scope(nested)) if isinstance(inner, str) else None
                    if term is not None and term not in self._keys:
                        self._nested.setdefault(term, (nested, inner, where))

    @property
    def id(self) -> str | None:
        """The node's id, when it is a string."""
        key = self._keys.get("id")
        value = self.data.get(key) if key is not None else None
        return value if isinstance(value, str) else None

    @property
    def written_types(self) -> list[str]:
        """The node's types as written (under ``@type``, or the key the context makes its alias)."""
        key = self._keys.get("type")
        raw = self.data.get(key) if key is not None else None
        values = raw if isinstance(raw, list) else [raw]
        self.reader.budget.spend(len(values), self.pointer)
        return [v for v in values if isinstance(v, str)]

    @property
    def types(self) -> set[str]:
        """The node's types by the names :meth:`Reader.type_name` reads them by."""
        return {self.reader.type_name(v) for v in self.written_types}

    def has(self, term: str) -> bool:
        """Whether the node has a value for a term."""
        return self._place(term) is not None

    def where(self, term: str) -> str:
        """Pointer of a term's value (or where it would be)."""
        place = self._given(term)
        return jp.child(self.pointer, term) if place is None else jp.child(place[2], place[1])

    def values(self, term: str) -> Iterator[tuple[Any, str]]:
        """Each value of a term (a single value or every item of a list) with its pointer."""
        read = False
        for found in self._items(term):
            if not read:
                self._read(term)
                read = True
            yield found

    def _given(self, term: str) -> tuple[dict[str, Any], str, str] | None:
        """The object a term is written in, its key there and that object's pointer: this object (or one under its
        ``@nest`` key), else the other objects of the same id (see :meth:`Reader.described`)."""
        key = self._keys.get(term)
        if key is not None:
            return self.data, key, self.pointer
        if term in self._nested:
            return self._nested[term]
        if self._twin is None:
            ident = self.id
            self._twin = self.reader.described(ident) if ident is not None and ident in self.reader.index else {}
        return self._twin.get(term)

    def _place(self, term: str) -> tuple[dict[str, Any], str, str] | None:
        """Where a term is given (see :meth:`_given`); when it is absent but its plural is given here
        (``learningOutcomes`` for ``learningOutcome``), that key is recorded as a misread (a term no reader reads), as
        is an alias written beside the term's own key (``alignments`` beside ``alignment``)."""
        place = self._given(term)
        beside = self._beside.get(term) if place is not None else None
        if beside is not None:
            at = jp.child(self.pointer, beside)
            self.reader.budget.misreads.found.append(Misread(at, beside, term, "term", (id(self.data), beside)))
        if place is None:
            written = self._keys.get(f"{term}s") or self._keys.get(f"{term}es")
            if written is not None:
                at = jp.child(self.pointer, written)
                self.reader.budget.misreads.found.append(Misread(at, written, term, "term", (id(self.data), written)))
        return place

    def _items(self, term: str) -> Iterator[tuple[Any, str]]:
        place = self._place(term)
        if place is None:
            return
        data, key, pointer = place
        self._contradicted(term, place)
        spend = self.reader.budget.spend
        for item, at in _members(data[key], jp.child(pointer, key)):
            spend(_size(item), at)
            yield item, at

    def _contradicted(self, term: str, place: tuple[dict[str, Any], str, str]) -> None:
        """Record each value another object of this node's id gives ``term`` that contradicts the one read at
        ``place`` (a conflict, warned of where the value read is). A code list's ``Concept`` is its IRI: its labels
        written twice differently change nothing read."""
        ident = self.id
        if ident is None or term in ("id", "type"):
            return
        _data, key, pointer = place
        others = self.reader.disagreeing(ident, term, place)
        if others and "Concept" in self.types:
            return
        for other in others:
            conflict = Misread(jp.child(pointer, key), key, other, "conflict", (0, other))
            self.reader.budget.misreads.found.append(conflict)

    def _read(self, term: str) -> None:
        """Record that a term's value was read (so it is no misread)."""
        place = self._given(term)
        if place is not None:
            self.reader.budget.misreads.read.add((id(place[0]), place[1]))

    def _misread(self, term: str, value: object, expected: str) -> None:
        """Record that a term's value (``value``, its first item that could not be read) is not ``expected``."""
        place = self._given(term)
        if place is not None:
            data, key, pointer = place
            found = Misread(jp.child(pointer, key), key, value, expected, (id(data), key))
            self.reader.budget.misreads.found.append(found)

    def first(self, term: str) -> tuple[Any, str] | None:
        """The first value of a term with its pointer."""
        return next(self.values(term), None)

    def nodes(self, term: str) -> list[Node]:
        """Node values of a term, references resolved. A value that is neither (a number, ``true``, a text that
        is no identifier) is a misread when the term gives no node."""
        found = []
        unread: object = None
        for value, where in self._items(term):
            node = self.reader.resolve(value, where)
            if node is not None:
                found.append(node)
            elif unread is None and not _reference(value) and not blank(value):
                unread = value
        if found:
            self._read(term)
        elif unread is not None:
            self._misread(term, unread, "node")
        return found

    def node(self, term: str) -> Node | None:
        """The first node value of a term."""
        nodes = self.nodes(term)
        return nodes[0] if nodes else None

    def named(self, term: str) -> list[tuple[str | dict[str, Any], str]]:
        """Each value of a term that is or may name a node (an object, or a text such as a concept's IRI), with its
        pointer; a term of other values only (``eqfLevel: 6``, ``true``) is a misread."""
        found: list[tuple[str | dict[str, Any], str]] = []
        unread: object = None
        for value, where in self._items(term):
            if isinstance(value, (str, dict)):
                found.append((value, where))
            elif unread is None and not blank(value):
                unread = value
        if found:
            self._read(term)
        elif unread is not None:
            self._misread(term, unread, "node")
        return found

    def refs(self, term: str) -> list[tuple[str, str]]:
        """Identifiers a term points at: bare strings or node ids, with pointers."""
        found = []
        for value, where in self._items(term):
            if isinstance(value, str):
                found.append((value, where))
            elif isinstance(value, dict):
                ident = _first(value, _ID_KEYS)
                if isinstance(ident, str):
                    found.append((ident, where))
        if found:
            self._read(term)
        return found

    def iri(self, term: str) -> tuple[str, str] | None:
        """The first identifier a term gives: a text, a reference's id or a value object's text, with its pointer;
        a term of plain values that are none of these (``4``, ``true``) is a misread (an object is left to the
        readers of nodes)."""
        unread: object = None
        for value, where in self._items(term):
            found = _first(value, ("@value", *_ID_KEYS)) if isinstance(value, dict) else value
            if isinstance(found, str):
                self._read(term)
                return found, where
            if unread is None and not isinstance(value, dict) and not blank(value):
                unread = value
        if unread is not None:
            self._misread(term, unread, "node")
        return None

    def text(self, term: str) -> tuple[LangString, str] | None:
        """A language string for a term (see :func:`lang_string`) with its pointer; a value that holds no text
        and is not blank (``7``, ``true``) is a misread."""
        place = self._place(term)
        if place is None:
            return None
        data, key, pointer = place
        raw = data[key]
        where = jp.child(pointer, key)
        self.reader.budget.spend(_size(raw), where)
        self._contradicted(term, place)
        value = lang_string(raw)
        if value:
            self._read(term)
            return self.reader.tagged(raw, value, data), where
        if not blank(raw):
            self._misread(term, raw, "text")
        return None

    def blank(self, term: str) -> str | None:
        """The pointer of a term's value when it is given but empty (see :func:`blank`), else ``None``."""
        place = self._given(term)
        if place is None:
            return None
        data, key, pointer = place
        where = jp.child(pointer, key)
        self.reader.budget.spend(_size(data[key]), where)
        return where if blank(data[key]) else None

    def scalar(self, term: str) -> tuple[Scalar, str] | None:
        """The first plain value of a term (``@value`` objects unwrapped); a term of objects or lists only is a
        misread."""
        unread: object = None
        for given, where in self._items(term):
            value = plain(given)
            if isinstance(value, (str, int, float, bool)):
                self._read(term)
                return value, where
            if unread is None and not blank(value):
                unread = value
        if unread is not None:
            self._misread(term, unread, "value")
        return None


def _members(value: object, where: str) -> Iterator[tuple[Any, str]]:
    """The values a term's value holds, with their pointers: itself, each item of a list, each member of a
    ``@set`` or ``@list`` object (``{"@set": [...]}``, as compacted or expanded JSON-LD may write a term's values),
    one level of such objects inside a list too (expanded JSON-LD's ``[{"@list": [...]}]``); ``null`` is none."""
    items = [(value, where)] if not isinstance(value, list) else [(v, jp.child(where, i)) for i, v in enumerate(value)]
    for item, at in items:
        members = _container(item)
        if members is None:
            if item is not None:
                yield item, at
            continue
        key, inner = members
        inside = jp.child(at, key)
        listed = inner if isinstance(inner, list) else [inner]
        for i, member in enumerate(listed):
            if member is not None and _container(member) is None:
                yield member, (jp.child(inside, i) if isinstance(inner, list) else inside)


def _container(value: object) -> tuple[str, object] | None:
    """The keyword and members of a ``@set`` or ``@list`` object (nothing but it and an ``@index``), else ``None``."""
    if isinstance(value, dict):
        for key in ("@set", "@list"):
            if key in value and all(k in (key, "@index") for k in value):
                return key, value[key]
    return None


def _contradict(one: object, other: object) -> bool:
    """Whether two values of one term of a node contradict each other: two texts or numbers that differ, two
    concepts of a code list (``Concept`` nodes) of different ids, or objects without an id (an address, a language
    map) of which a key both give does. Values written as lists, and other nodes with an id, are several values
    that JSON-LD adds together (a learner's two achievements): they contradict nothing."""
    one, other = plain(one), plain(other)
    if isinstance(one, list) or isinstance(other, list) or blank(one) or blank(other):
        return False
    if isinstance(one, dict) and isinstance(other, dict):
        ids = _first(one, _ID_KEYS), _first(other, _ID_KEYS)
        if isinstance(ids[0], str) or isinstance(ids[1], str):
            return ids[0] != ids[1] and _concept(one) and _concept(other)
        shared = (set(one) & set(other)) - _NOT_CONTENT - {"@language"}
        return any(_contradict(one[key], other[key]) for key in shared)
    if isinstance(one, dict) or isinstance(other, dict):
        return False
    if isinstance(one, str) and isinstance(other, str):
        return one.strip() != other.strip()
    return one != other


def _concept(value: dict[str, Any]) -> bool:
    """Whether an object is typed a ``Concept`` (bare, prefixed or a full IRI)."""
    given = _first(value, _TYPE_KEYS)
    types = given if isinstance(given, list) else [given]
    return any(isinstance(t, str) and re.split(r"[:/#]", t)[-1] == "Concept" for t in types)


def _reference(value: object) -> bool:
    """Whether a value left unresolved may name a node elsewhere: an IRI, a prefixed name or a blank node id
    (``https://...``, ``urn:...``, ``_:b0``), or an object (a node of another kind, read by its own reader)."""
    return isinstance(value, dict) or (isinstance(value, str) and ":" in value)


def blank(value: object) -> bool:
    """Whether a value holds nothing: ``null``, a text of white space only (``""``), or a list, language map or
    value object (``{"@value": ""}``) of nothing but such; a node with an id or a type is never blank."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(blank(item) for item in value)
    if isinstance(value, dict):
        if "@value" in value:
            return blank(value["@value"])
        return not any(key in value for key in _ID_KEYS + _TYPE_KEYS) and all(
            blank(text) for key, text in value.items() if key != "@language"
        )
    return False


def lang_string(value: object) -> LangString | None:
    """Text from a string, a language map, a value object or a list, ``@set`` or ``@list`` of them.

    Language tags are reduced to their ISO 639-1 part (``en-US`` -> ``en``); several texts in one
    language keep the first. A text in no stated language (``@none``, or BCP 47 ``und``: undetermined, as ELM
    writes names) is a plain text. Returns ``None`` when there is no text.
    """
    texts: dict[str, str] = {}
    plain: list[str] = []

    def add(lang: str | None, text: object) -> None:
        if isinstance(text, list):
            text = next((t for t in text if isinstance(t, str) and t.strip()), None)
        if not isinstance(text, str) or not text.strip():
            return
        code = language_tag(lang) if lang else None
        if code:
            texts.setdefault(code, text.strip())
        else:
            plain.append(text.strip())

    for item, _ in _members(value, ""):
        if isinstance(item, str):
            add(None, item)
        elif isinstance(item, dict):
            if "@value" in item:
                lang = item.get("@language")
                add(lang if isinstance(lang, str) else None, item["@value"])
            elif not any(k in item for k in _ID_KEYS + _TYPE_KEYS):
                for lang, text in item.items():
                    if isinstance(lang, str) and not lang.startswith("@") and language_tag(lang):
                        add(lang, text)
                    elif lang == "@none" or _undetermined(lang):
                        add(None, text)
    if texts:
        return texts
    return plain[0] if plain else None


def plain(value: object) -> object:
    """A value object's value (``{"@value": "Online"}``: ``"Online"``, as expanded JSON-LD writes every text), else
    the value itself."""
    return value["@value"] if isinstance(value, dict) and "@value" in value else value


def _undetermined(tag: object) -> bool:
    """Whether a language-map key is BCP 47's tag for an undetermined language (``und``, ``und-Latn``)."""
    return isinstance(tag, str) and tag.split("-")[0].split("_")[0].lower() == _UNDETERMINED


def language_tag(tag: str) -> str | None:
    """The two-letter ISO 639-1 part of a BCP 47 tag, or ``None``."""
    match = _LANG_TAG.match(tag.strip()) if isinstance(tag, str) else None
    if not match or len(match.group(1)) != 2:
        return None
    return match.group(1).lower()
