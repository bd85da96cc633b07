"""A loaded document: one descriptor candidate with its source, load findings and origin map."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qa_checker import pointer as jp
from qa_checker.findings import Finding, Origin


@dataclass
class Document:
    """One descriptor as read from a file, a spreadsheet row, an archive member or an import.

    ``data`` is ``None`` when nothing usable could be read; ``findings`` then say why.
    ``origins`` maps descriptor pointers to places in the original document, so a finding at
    ``/workload/ects`` can also name ``Courses!F14`` or the ELM property it came from. The pointers in
    ``implied`` have the origin of a value inside them (a group's first column): it places a finding at
    the pointer itself, never one below it, which is no part of that value.
    """

    source: str
    data: Any
    format: str
    findings: list[Finding] = field(default_factory=list)
    origins: dict[str, Origin] = field(default_factory=dict)
    sha256: str | None = None
    imported_from: str | None = None
    implied: frozenset[str] = frozenset()

    def origin_for(self, pointer: str) -> Origin | None:
        """The origin of ``pointer``, else of its closest ancestor whose origin is not implied."""
        if not self.origins:
            return None
        tokens = jp.split(pointer) if pointer else []
        for end in range(len(tokens), -1, -1):
            place = jp.join(*tokens[:end])
            found = self.origins.get(place)
            if found is not None and (end == len(tokens) or place not in self.implied):
                return found
        return None
