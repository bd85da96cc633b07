"""Recognise foreign formats (ELM, Open Badges 2.0 and 3.0, CTDL, EBSI diplomas, schema.org courses, OOAPI course
catalogues) and map them onto the descriptor.

A parsed document that is already a descriptor passes through unchanged. :func:`importers` lists
the formats; the first whose ``detect`` accepts the data converts it. Before
detection, envelopes (signed payloads, JWTs, upload wrappers, presentations) are opened; after
every importer declines, a document that is recognisably something else (a JSON Schema, a JSON-LD
context, an unsupported JSON-LD type) is refused with the reason.

Reading one document is bounded by ``Limits.jsonld_nodes``: every node and value the importers read
is counted (see :mod:`qa_checker.importers.jsonld`), and a document that needs more is one
``MC-LD-005`` error naming the limit, however its graph or its references are laid out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Finding, Origin, Severity
from qa_checker.limits import JSONLD_NODES_DEFAULT, MAX_DEPTH, Limits, depth
from qa_checker.text import Text, msg, plural

if TYPE_CHECKING:
    from qa_checker.importers import jsonld


@dataclass(frozen=True)
class Importer:
    """A foreign format: how to recognise it and how to turn it into descriptor documents.

    ``convert`` gets the document with the credential's data (envelopes already opened) and the
    pointer of that data in the original file; it returns one document or several (a graph with
    several resources, a credential with several claims).
    """

    name: str
    detect: Callable[[dict[str, Any]], bool]
    convert: Callable[[Document, str], Document | list[Document]]


@functools.cache
def importers() -> tuple[Importer, ...]:
    """The foreign formats, in the order detection tries them.

    Their modules are imported on first use, as are the JSON-LD reader and the envelope openers: a
    descriptor passes through without them, so a check of descriptors never imports them.
    """
    from qa_checker.importers import ctdl, ebsi, elm, ob2, ob3, ooapi, schema_org

    return (
        ctdl.IMPORTER,
        elm.IMPORTER,
        ob3.IMPORTER,
        ob2.IMPORTER,
        ebsi.IMPORTER,
        schema_org.IMPORTER,
        ooapi.IMPORTER,
    )


def accepts(data: object) -> bool:
    """Whether data that is not an object may still hold something importable (JSON-LD arrays, lists of registry
    envelopes, JWS strings)."""
    from qa_checker.importers import envelope, ooapi

    if isinstance(data, list):
        nodes = all(isinstance(x, dict) and ("@id" in x or "@type" in x or "@context" in x) for x in data)
        found = (bool(data) and nodes) or envelope.registry_envelopes(data) or envelope.badgr_entities(data)
        return found or ooapi.listed(data)
    return envelope.looks_like_jws(data)


def import_documents(document: Document, limits: Limits | None = None) -> list[Document]:
    """Convert a foreign document into descriptor documents, or return a descriptor unchanged.

    ``limits`` bounds the nodes and values read (``jsonld_nodes`` as given; left at its default, or
    :data:`READS_PER_VALUE` for each value the document holds where that is more).
    """
    data = document.data
    if isinstance(data, dict) and "descriptor_version" in data:
        return [document]
    from qa_checker.importers import jsonld

    limits = limits or Limits()
    limit = limits.jsonld_nodes
    grown = (lambda: READS_PER_VALUE * _values(data)) if limit == JSONLD_NODES_DEFAULT else None
    with jsonld.budget(limit, grown, limits.max_documents):
        try:
            found = _import(document)
        except jsonld.TooManyNodes as exc:
            return [_too_many_nodes(document, exc)]
        except jsonld.TooManyDocuments as exc:
            return [_too_many_documents(document, exc.count, exc.limit)]
    # (an importer that does not count what it gives before making it is bounded here, once it has)
    if len(found) > limits.max_documents:
        return [_too_many_documents(document, len(found), limits.max_documents)]
    return found


# The reads a document may take for each value it holds, beyond the ``jsonld-nodes`` floor: the importers read
# a value a few times over (an LOQ opportunity's 20 values some 190 times in all, a Badgr badge class's 40 some
# 170), so a large catalogue is read whole, while references that make the work grow faster than the file are
# still stopped, within seconds.
READS_PER_VALUE = 20


def _values(data: object) -> int:
    """How many values (objects, lists and scalars) a document holds."""
    count, stack = 0, [data]
    while stack:
        value = stack.pop()
        count += 1
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def _too_many_nodes(document: Document, exc: jsonld.TooManyNodes) -> Document:
    if exc.pointer:
        message = plural(
            "reading the JSON-LD document takes more than {count} node key or value, over the limit of "
            "{count} (jsonld-nodes; a node reached again through a reference counts again); reading stopped at "
            "{pointer} and nothing was imported",
            "reading the JSON-LD document takes more than {count} node keys and values, over the limit of "
            "{count} (jsonld-nodes; a node reached again through a reference counts again); reading stopped at "
            "{pointer} and nothing was imported",
            exc.limit,
            pointer=exc.pointer,
        )
    else:
        message = plural(
            "reading the JSON-LD document takes more than {count} node key or value, over the limit of "
            "{count} (jsonld-nodes; a node reached again through a reference counts again); reading stopped at "
            "the top level and nothing was imported",
            "reading the JSON-LD document takes more than {count} node keys and values, over the limit of "
            "{count} (jsonld-nodes; a node reached again through a reference counts again); reading stopped at "
            "the top level and nothing was imported",
            exc.limit,
        )
    finding = Finding.make(
        rule=ids.OVER_LIMIT,
        severity=Severity.ERROR,
        element=None,
        pointer="",
        message=message,
        hint=msg(
            "Split the graph into smaller documents (one credential or a few resources each), or raise "
            "the limit with --limit jsonld-nodes=N if it is genuine."
        ),
        origin=Origin(pointer=exc.pointer),
    )
    return _refused(document, finding)


def _too_many_documents(document: Document, count: int, limit: int) -> Document:
    finding = Finding.make(
        rule=ids.OVER_LIMIT,
        severity=Severity.ERROR,
        element=None,
        pointer="",
        message=plural(
            "the document gives {count} descriptor, over the limit of {limit} (max-documents); each would be a "
            "result of its own",
            "the document gives {count} descriptors, over the limit of {limit} (max-documents); each would be a "
            "result of its own",
            count,
            limit=limit,
        ),
        hint=msg(
            "Split the file, or raise the limit with --limit {name}=N if the file is genuine.", name="max-documents"
        ),
    )
    return _refused(document, finding)


def _refused(document: Document, finding: Finding) -> Document:
    """``document`` refused whole with ``finding``: nothing of it imported."""
    return Document(
        source=document.source,
        data=None,
        format=document.format,
        findings=[*document.findings, finding],
        sha256=document.sha256,
    )


def _import(document: Document) -> list[Document]:
    from qa_checker.importers import envelope, jsonld

    data = document.data
    if isinstance(data, list) and not (envelope.registry_envelopes(data) or envelope.badgr_entities(data)):
        # A JSON-LD document that is an array of node objects is read as their @graph; the pointers into it
        # are made pointers into the array again below.
        # The first node's @context is read as the document's (each node of such an array may carry one).
        first = data[0] if data and isinstance(data[0], dict) else {}
        wrapped = {"@context": first["@context"], "@graph": data} if "@context" in first else {"@graph": data}
        try:
            return [_as_listed(d) for d in _import(replace(document, data=wrapped))]
        except jsonld.TooManyNodes as exc:
            raise jsonld.TooManyNodes(exc.limit, _listed(exc.pointer)) from None
    opened = envelope.unwrap(document)
    if isinstance(opened, Document):
        return [opened]
    results: list[Document] = []
    for item in opened:
        if item.refusal is not None:
            results.append(item.refusal)
            continue
        inner = replace(document, data=item.data, findings=[*document.findings, *item.notes])
        try:
            results.extend(_convert(inner, item.base, item.wrapper))
        except jsonld.TooManyNodes as exc:
            # The importers read the credential from its own root: the place is made one in the original.
            raise jsonld.TooManyNodes(exc.limit, item.base + exc.pointer) from None
    return results


def _as_listed(document: Document) -> Document:
    """A document imported from ``{"@graph": items}`` with its origin pointers made pointers into ``items``."""

    def origin(found: Origin | None) -> Origin | None:
        if found is None or found.pointer is None:
            return found
        return replace(found, pointer=_listed(found.pointer))

    return replace(
        document,
        origins={k: o for k, o in ((k, origin(v)) for k, v in document.origins.items()) if o is not None},
        findings=[replace(f, origin=origin(f.origin)) for f in document.findings],
    )


def _listed(pointer: str) -> str:
    """A pointer into ``{"@graph": items}`` as a pointer into ``items``."""
    if pointer == "/@graph" or pointer.startswith("/@graph/"):
        return pointer[len("/@graph") :]
    if pointer == "/@context" or pointer.startswith("/@context/"):
        return "/0" + pointer
    return pointer


def import_document(document: Document, limits: Limits | None = None) -> Document:
    """Convert a document that must stay one; several results become a finding on the first."""
    documents = import_documents(document, limits)
    if len(documents) == 1:
        return documents[0]
    from qa_checker.importers import builder

    first = documents[0]
    extra = [d.data.get("id") for d in documents[1:] if isinstance(d.data, dict)]
    finding = builder.note_finding(
        plural(
            "the document holds {count} micro-credential; only the first was read here (others: {others}); "
            "check the file as .json to read them all",
            "the document holds {count} micro-credentials; only the first was read here (others: {others}); "
            "check the file as .json to read them all",
            len(documents),
            others=", ".join(str(x) for x in extra[:5]),
        )
    )
    warning = replace(finding, severity=Severity.WARNING, rule=ids.IMPORT_CONVERTED)
    return replace(first, findings=[*first.findings, warning])


def _convert(document: Document, base: str, wrapper: str) -> list[Document]:
    from qa_checker.importers import builder, classify

    data = document.data
    if not isinstance(data, dict):
        return [
            builder.refused(
                document,
                msg("the document is not an object of descriptor fields or a credential"),
                msg("Give one descriptor or one credential per file."),
                source=base or None,
            )
        ]
    if "descriptor_version" in data:
        return [document]
    if base and depth(data) > MAX_DEPTH:
        return [
            builder.refused(
                document,
                plural(
                    "the credential inside the envelope is nested more than {count} level deep",
                    "the credential inside the envelope is nested more than {count} levels deep",
                    MAX_DEPTH,
                ),
                msg("Check the credential was generated correctly."),
                source=base,
            )
        ]
    reason = classify.structure(data)
    if reason is not None:
        return _unsupported(document, reason, base)
    for importer in importers():
        if importer.detect(data):
            converted = importer.convert(document, base)
            found = converted if isinstance(converted, list) else [converted]
            if wrapper:
                found = [
                    replace(d, imported_from=f"{d.imported_from} (from {wrapper})") if d.imported_from else d
                    for d in found
                ]
            return found
    reason = classify.refusal(data, enveloped=bool(wrapper))
    if reason is not None:
        return _unsupported(document, reason, base)
    return [document]


def _unsupported(document: Document, reason: Text, base: str = "") -> list[Document]:
    """The document refused for ``reason``, with the hint that names the supported formats; ``base``: where it
    is in its envelope, if in one."""
    from qa_checker.importers import builder

    return [
        builder.refused(
            document,
            reason,
            msg(
                "Give a descriptor or a credential/specification in a supported format (see qa-checker convert --help)."
            ),
            source=base or None,
        )
    ]
