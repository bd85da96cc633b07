"""Recognise foreign formats (ELM, Open Badges, CTDL) and map them onto the descriptor.

A parsed document that is already a descriptor passes through unchanged. Importers register
with :func:`register_importer`; the first whose ``detect`` accepts the data converts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from qa_checker.document import Document


@dataclass(frozen=True)
class Importer:
    """A foreign format: how to recognise it and how to turn it into descriptor documents."""

    name: str
    detect: Callable[[dict[str, Any]], bool]
    convert: Callable[[Document], Document]


IMPORTERS: list[Importer] = []


def register_importer(importer: Importer) -> None:
    """Add an importer; later ones are tried after earlier ones."""
    IMPORTERS.append(importer)


def import_document(document: Document) -> Document:
    """Convert a foreign document, or return a descriptor unchanged."""
    data = document.data
    if not isinstance(data, dict) or "descriptor_version" in data:
        return document
    for importer in IMPORTERS:
        if importer.detect(data):
            return importer.convert(document)
    return document
