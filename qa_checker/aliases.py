"""The names and words providers use for the descriptor's fields and values, besides its own.

Two bundled tables, written for qa-checker: ``schemas/column-aliases.yaml`` (a field's names in
twelve languages, as spreadsheet headers and hand-written keys use them) and
``schemas/value-aliases.yaml`` (a vocabulary concept's words: "hybrid" for blended). The spreadsheet
reader maps them silently; the schema's messages suggest them for a key or a value it does not know.
"""

from __future__ import annotations

import functools
import unicodedata

import yaml

from qa_checker.resources import bundled, bundled_yaml

ALIASES_FILE = "column-aliases.yaml"
VALUE_ALIASES_FILE = "value-aliases.yaml"


def normalise(header: str) -> str:
    """A name reduced to lower-case letters and digits without accents, for matching."""
    text = unicodedata.normalize("NFKD", str(header)).casefold()
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


@functools.cache
def field_aliases() -> dict[str, str]:
    """The field names table: normalised name -> dotted path of the field."""
    raw = yaml.safe_load(bundled("schemas", ALIASES_FILE).read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for path, names in raw.items():
        for name in names:
            table[normalise(name)] = path
    return table


@functools.cache
def value_aliases() -> dict[str, dict[str, list[str]]]:
    """The words catalogues use for a vocabulary's concepts: vocabulary -> slug -> words."""
    loaded: dict[str, dict[str, list[str]]] = bundled_yaml(bundled("schemas", VALUE_ALIASES_FILE))
    return loaded


@functools.cache
def _concept_words() -> dict[str, tuple[str, ...]]:
    """Every word of the value table, casefolded -> the concepts (slugs) it names, of any vocabulary."""
    found: dict[str, list[str]] = {}
    for concepts in value_aliases().values():
        for slug, words in concepts.items():
            for word in words:
                found.setdefault(str(word).casefold(), []).append(slug)
    return {word: tuple(dict.fromkeys(slugs)) for word, slugs in found.items()}


def concept_for(word: str, allowed: frozenset[str] | set[str]) -> str | None:
    """The one allowed value a provider's word names ("hybrid" -> blended), if the table knows it."""
    slugs = [s for s in _concept_words().get(word.strip().casefold(), ()) if s in allowed]
    return slugs[0] if len(slugs) == 1 else None
