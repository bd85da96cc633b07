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
    ``/workload/ects`` can also name ``Courses!F14`` or the ELM property it came from.
    """

    source: str
    data: Any
    format: str
    findings: list[Finding] = field(default_factory=list)
    origins: dict[str, Origin] = field(default_factory=dict)
    sha256: str | None = None
    imported_from: str | None = None

    def origin_for(self, pointer: str) -> Origin | None:
        """The origin of the closest recorded ancestor of ``pointer`` (or of itself)."""
        if not self.origins:
            return None
        tokens = jp.split(pointer) if pointer else []
        for end in range(len(tokens), -1, -1):
            found = self.origins.get(jp.join(*tokens[:end]))
            if found is not None:
                return found
        return None
