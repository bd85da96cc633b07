"""The Bloom level of each learning outcome of a descriptor, read by the outcome analysis.

Reported on every result (``outcomes`` in the JSON report, the outcome levels column of the
table) and used by the rule comparing outcome levels with the EQF level.
"""

from __future__ import annotations

from typing import Any

from qa_checker import pointer as jp
from qa_checker.descriptor import Descriptor
from qa_checker.language import Analysis, analyse_as_claimed
from qa_checker.text import N_, Text, msg

# The Bloom levels as a reader sees them (the keys themselves stay English in the JSON report and rubrics).
BLOOM_LABELS: dict[str, str] = {
    "remember": N_("remember"),
    "understand": N_("understand"),
    "apply": N_("apply"),
    "analyse": N_("analyse"),
    "evaluate": N_("evaluate"),
    "create": N_("create"),
}


def bloom_label(level: str) -> Text:
    """A Bloom level's name, to translate where it is shown (an unknown key as written)."""
    return msg(BLOOM_LABELS.get(level, level))


def bloom_list(levels: list[str]) -> Text:
    """Bloom levels' names separated by commas, each translatable."""
    if len(levels) <= 1:
        return bloom_label(levels[0]) if levels else Text("")
    return msg("{first}, {rest}", first=bloom_label(levels[0]), rest=bloom_list(levels[1:]))


def outcome_analyses(doc: Descriptor) -> dict[tuple[str, str], Analysis | None]:
    """Each outcome text's analysis in the language it claims (see
    :func:`qa_checker.language.analyse_as_claimed`), by ``(text, language)``. Worked out once per
    descriptor, however many outcomes it has: the outcome rules and the Bloom levels read the same ones."""
    return doc.memo("outcome_analyses", _outcome_analyses)


def _outcome_analyses(doc: Descriptor) -> dict[tuple[str, str], Analysis | None]:
    found: dict[tuple[str, str], Analysis | None] = {}
    for _, texts in doc.outcomes():
        for language, text in texts.items():
            if (text, language) not in found:
                found[text, language] = analyse_as_claimed(text, language)
    return found


def outcome_levels(doc: Descriptor) -> list[dict[str, Any]]:
    """Each outcome's Bloom level, from its first text (in declared language order) that has one.

    One entry per outcome: the pointer and language of the text judged, its main verb and its level
    (``None`` when no text of the outcome could be analysed, in the language it claims). Worked out once
    per descriptor (the rule comparing levels with the EQF level and the result both read it).
    """
    return doc.memo("outcome_levels", _outcome_levels)


def _outcome_levels(doc: Descriptor) -> list[dict[str, Any]]:
    levels: list[dict[str, Any]] = []
    order = {lang: i for i, lang in enumerate(doc.plain_languages)}
    analyses = outcome_analyses(doc)
    for base, texts in doc.outcomes():
        found: dict[str, Any] = {"pointer": base, "language": None, "verb": None, "bloom": None}
        is_map = isinstance(doc.get(base), dict)
        for language in sorted(texts, key=lambda code: order.get(code, len(order))):
            analysis = analyses[texts[language], language]
            if analysis is not None and analysis.level is not None:
                found = {
                    "pointer": jp.child(base, language) if is_map else base,
                    "language": language,
                    "verb": analysis.main.word if analysis.main else None,
                    "bloom": analysis.level,
                }
                break
        levels.append(found)
    return levels
