"""Bundled controlled vocabularies: descriptor slugs, EU concept URIs and labels."""

from __future__ import annotations

import difflib
import functools
import json
from dataclasses import dataclass
from typing import TypeAlias

from qa_checker.resources import bundled

VOCABULARIES = (
    "assessment-types",
    "supervision",
    "participation-modes",
    "activity-types",
    "learning-settings",
    "accreditation-types",
    "eqf",
    "credit-systems",
    "isced-f",
    "countries",
    "languages",
    "currencies",
)

# EU editorial country codes that differ from ISO 3166-1 (Greece and the United Kingdom).
EU_EDITORIAL_COUNTRIES = {"EL": "GR", "UK": "GB"}

# One concept's columns: slug, label and uri, and per list eu_code, level or parent (uri and parent may be null).
Concept: TypeAlias = dict[str, str | None]


@dataclass(frozen=True)
class Vocabulary:
    """One code list: slugs in order, each with its URI, label and extra columns."""

    id: str
    title: str
    scheme: str | None
    concepts: dict[str, Concept]

    def __contains__(self, slug: object) -> bool:
        return slug in self.concepts

    def label(self, slug: str) -> str:
        """The concept's label, or the slug itself when unknown."""
        return str(self.concepts.get(slug, {}).get("label") or slug)

    def uri(self, slug: str) -> str | None:
        """The EU concept URI for a slug, where one exists."""
        return self.concepts.get(slug, {}).get("uri")

    def slug_for_uri(self, uri: str) -> str | None:
        """Reverse lookup: the slug for an EU concept URI."""
        for slug, concept in self.concepts.items():
            if concept.get("uri") == uri:
                return slug
        return None

    def suggest(self, value: str) -> str | None:
        """The closest known slug, for a "did you mean" hint; on a tie, one that starts alike (EUD -> EUR)."""
        lowered = {k.lower(): k for k in self.concepts}
        if value.lower() in lowered:
            return lowered[value.lower()]
        matches = difflib.get_close_matches(value, list(self.concepts), n=5, cutoff=0.6)
        if not matches:
            return None

        def closeness(slug: str) -> tuple[float, bool]:
            return difflib.SequenceMatcher(None, value, slug).ratio(), slug[:1] == value[:1]

        return max(matches, key=closeness)


@functools.cache
def get(vocab_id: str) -> Vocabulary:
    """Load one bundled vocabulary by id (cached)."""
    if vocab_id not in VOCABULARIES:
        raise KeyError(f"unknown vocabulary: {vocab_id}")
    raw = json.loads(bundled("schemas", f"vocab/{vocab_id}.json").read_text(encoding="utf-8"))
    concepts = {c["slug"]: c for c in raw["concepts"]}
    return Vocabulary(raw["id"], raw["title"], raw.get("scheme"), concepts)


def isced_without_zero(text: str, *, read: bool = False) -> str | None:
    """The ISCED-F code ``text`` is with its leading zero put back (``512``: ``0512``), when ``text`` is no code
    itself and that one is; else ``None``. When the code is ``read`` as the value (not offered in a hint), never
    for two digits: "48" is the field code of ISCED 1997 and the Erasmus subject areas (Computing) as often as an
    ISCED-F "048" that lost its zero."""
    codes = get("isced-f")
    code = f"0{text}"
    return code if not (read and len(text) == 2) and text not in codes and code in codes else None
