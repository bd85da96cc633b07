"""How a descriptor's outcome statements are written, as the outcome rules and the result's outcome summary both
read them: each statement with its analysis, the languages whose statements are topic headings, and each outcome's
verb and Bloom level but for such headings."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from qa_checker import pointer as jp
from qa_checker.bloom import outcome_analyses, outcome_levels
from qa_checker.descriptor import Descriptor
from qa_checker.language import Analysis, lexicon
from qa_checker.patterns import regex


class OutcomeText(NamedTuple):
    """One outcome statement in one language, where it sits in the descriptor (a tuple: made for every statement)."""

    pointer: str
    language: str
    text: str


def outcome_texts(doc: Descriptor) -> Iterator[OutcomeText]:
    """Every outcome text with its pointer (``/learning_outcomes/0/en`` for a language map); found once per
    descriptor (four rules and the analyses read them)."""
    return iter(doc.memo("outcome_texts", _outcome_texts))


def _outcome_texts(doc: Descriptor) -> tuple[OutcomeText, ...]:
    found = []
    for base, texts in doc.outcomes():
        is_map = isinstance(doc.get(base), dict)
        for language, text in texts.items():
            found.append(OutcomeText(jp.child(base, language) if is_map else base, language, text))
    return tuple(found)


def _analysed(doc: Descriptor) -> tuple[tuple[OutcomeText, Analysis], ...]:
    found = []
    analyses = outcome_analyses(doc)
    for item in outcome_texts(doc):
        analysis = analyses[item.text, item.language]
        if analysis is not None:
            found.append((item, analysis))
    return tuple(found)


def analysed(doc: Descriptor) -> Iterator[tuple[OutcomeText, Analysis]]:
    """Outcome texts in supported languages with their analysis; picked once per descriptor (from the analyses
    :func:`~qa_checker.bloom.outcome_analyses` makes once), however many of the outcome rules ask.

    A text clearly written in another language than it claims is skipped (see
    :func:`qa_checker.language.analyse_as_claimed`).
    """
    return iter(doc.memo("analysed outcomes", _analysed))


# Languages whose imperative is the bare base form, which morphology alone cannot tell from a noun.
BARE_IMPERATIVE = frozenset({"en"})


def heading_languages(doc: Descriptor) -> frozenset[str]:
    """The bare-imperative languages whose outcomes are topic headings: at least two, half or more of them without
    any verb and none opening with a verb no heading opens with (:func:`sure_verb_first`)."""
    verbless: dict[str, list[bool]] = {}
    sure: set[str] = set()
    for item, analysis in analysed(doc):
        if item.language in BARE_IMPERATIVE:
            verbless.setdefault(item.language, []).append(not analysis.verbs)
            if sure_verb_first(analysis):
                sure.add(item.language)
    return frozenset(
        lang
        for lang, found in verbless.items()
        if lang not in sure and len(found) >= 2 and 2 * sum(found) >= len(found)
    )


def noun_verb_heading(analysis: Analysis, among_headings: bool) -> bool:
    """Whether a statement is a topic heading though a word in it is a verb too: among topic headings, one opening
    with such a noun ("Work breakdown structures and Gantt charts", "Design thinking for public services"), its one
    verb that word; anywhere, one opening with a topic word whose every verb is such a noun ("Introduction to limit
    state design")."""
    if among_headings and len(analysis.verbs) == 1 and not sure_verb_first(analysis):
        return True
    lex = lexicon(analysis.language)
    return (
        lex is not None
        and bool(analysis.verbs)
        and not analysis.first_is_verb
        and (analysis.first_word or "").lower() in lex.not_action_nouns
        and all(" ".join(v.form.words) in lex.noun_like or v.word in lex.noun_like for v in analysis.verbs)
    )


def outcome_summary(doc: Descriptor) -> list[dict[str, Any]]:
    """Each outcome's verb and Bloom level as :func:`~qa_checker.bloom.outcome_levels` gives them, but none for a
    topic heading MC-LO-001 tells has no action verb, so that the result's outcome levels and MC-LO-007 say what
    MC-LO-001 says. Found once per descriptor."""
    return doc.memo("outcome summary", _outcome_summary)


def _outcome_summary(doc: Descriptor) -> list[dict[str, Any]]:
    headings = heading_languages(doc)
    told = {
        item.pointer
        for item, analysis in analysed(doc)
        if not (analysis.vague or analysis.teacher_centred or analysis.nominal)
        and noun_verb_heading(analysis, item.language in headings)
    }
    return [
        {**found, "verb": None, "bloom": None} if found["pointer"] in told else found for found in outcome_levels(doc)
    ]


def sure_verb_first(analysis: Analysis) -> bool:
    """Whether a statement opens with a verb no topic heading opens with: one that is not a noun too ("Analyse"),
    one followed by a determiner ("Design a ...", "Test the ..."), or one of a sentence (a full stop ends it)."""
    if not analysis.first_is_verb or not analysis.verbs:
        return False
    lex = lexicon(analysis.language)
    verb = analysis.verbs[0]
    if lex is None or not (" ".join(verb.form.words) in lex.noun_like or verb.word.lower() in lex.noun_like):
        return True
    return analysis.text.rstrip().endswith(".") or word_after_first(analysis) in lex.determiners


def word_after_first(analysis: Analysis) -> str:
    """The word after the one in the verb's place, in lower case; of a hyphenated compound its last part,
    which names what it is ("Export production-ready patterns": "ready", an adjective, not an action noun)."""
    first = analysis.first_word or ""
    at = analysis.text.find(first) if first else -1
    found = _HYPHENATED.search(analysis.text, at + len(first)) if at >= 0 else None
    return found.group(0).lower().rsplit("-", 1)[-1] if found is not None else ""


_HYPHENATED = regex(r"[^\W\d_]+(?:-[^\W\d_]+)*")
