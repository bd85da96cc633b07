"""Presence of each Annex I standard element, one rule per element.

Mandatory elements default to errors and optional ones to warnings; a rubric may change either.
Learner-specific elements (learner, date of issuing, grade) apply only to ``kind: credential``, and the grade
not to a credential whose grading scheme is pass/fail (Annex I: "grade achieved, where applicable").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any, ClassVar

from qa_checker import pointer as jp
from qa_checker import vocab
from qa_checker.aliases import WORD_JOINER, concept_key, value_aliases
from qa_checker.descriptor import Descriptor
from qa_checker.elements import ELEMENTS, PRESENCE_RULES, Element, filled, not_applicable
from qa_checker.findings import Severity
from qa_checker.patterns import regex
from qa_checker.rules import register
from qa_checker.rules.base import Hit, Rule, RuleContext
from qa_checker.text import Text, msg
from qa_checker.validation import misspelt_as

# Principles each element gives evidence for (the signals of Annex II a descriptor can show).
_PRINCIPLES: dict[str, tuple[str, ...]] = {
    "learner": ("authenticity",),
    "title": ("transparency",),
    "issuer_country": ("transparency", "authenticity"),
    "awarding_body": ("transparency", "authenticity"),
    "issue_date": ("authenticity",),
    "learning_outcomes": ("transparency", "recognition", "valid_assessment"),
    "workload": ("transparency", "recognition"),
    "level": ("transparency", "recognition"),
    "assessment": ("valid_assessment", "recognition"),
    "participation": ("transparency", "learner_centred"),
    "quality_assurance": ("quality", "recognition"),
    "prerequisites": ("information_guidance", "learner_centred"),
    "supervision": ("valid_assessment", "authenticity"),
    "grade": ("valid_assessment",),
    "stackability": ("learning_pathways",),
    "further_information": ("information_guidance",),
}

_HINTS: dict[str, str] = {
    "learner": "Identify the learner: learner: {name: ..., identifier: {scheme: national, value: ...}}.",
    "title": "Add title: {en: ...} with the micro-credential's title.",
    "issuer_country": "Give each awarding body's country as an ISO 3166-1 code: country: NL.",
    "awarding_body": "Add awarding_bodies: [{name: ..., country: ...}] naming the body that awards it.",
    "issue_date": "Add issue_date: YYYY-MM-DD, the date the credential was issued.",
    "learning_outcomes": (
        "List what the learner can do on completion, one statement each, starting with an action verb."
    ),
    "workload": "Give the notional workload, in ECTS wherever possible: workload: {ects: 5, hours: 140}.",
    "level": "Give level: {eqf: 6} (and the QF-EHEA cycle or NQF level), or level: {not_applicable: reason}.",
    "assessment": "List how learning is assessed: assessment: {types: [written-examination]}.",
    "participation": "State the form of participation: participation: {mode: online|onsite|blended}.",
    "quality_assurance": (
        "Describe internal QA and the external QA body: quality_assurance: {internal: {...}, external: {...}}."
    ),
    "prerequisites": "State what a learner needs before enrolling, or prerequisites: none.",
    "supervision": "State how assessment is supervised: assessment: {supervision: supervised-online-id-check}.",
    "grade": "Give the grade achieved (grade: {en: ...}); if the credential is pass/fail, say so: "
    "assessment: {grading_scheme: Pass/fail}.",
    "stackability": "Say whether it is stand-alone or stackable: stackability: {type: stackable, towards: [...]}.",
    "further_information": "Link to the course page: further_information: https://...",
}


# Elements that do not apply to every descriptor of a kind they apply to: the documentation's words for when.
_NOT_APPLICABLE_WHEN: dict[str, str] = {
    "grade": "not when `assessment.grading_scheme` is pass/fail or says it is not graded",
}

# Elements whose label is plural ("Learning outcomes are missing").
_PLURAL = frozenset({"learning_outcomes", "prerequisites", "stackability"})


class ElementPresent(Rule):
    """Base for the per-element presence rules generated below."""

    annex_element: ClassVar[Element]
    supersedes_schema = True

    @classmethod
    def supersedes(cls, doc: Descriptor, pointer: str) -> bool:
        """Only where nothing is given: a value in the wrong form keeps the schema's finding, which says
        the form it needs (``awarding_bodies: Universität zu Köln`` is a body written as text)."""
        return not filled(doc.get(pointer))

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Learner-specific elements apply only to credentials; the grade not to one that is not graded."""
        return doc.kind in self.kinds and not not_applicable(self.annex_element, doc.data)

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit when the element is not given; for the awarding bodies, at each body that lacks it. Silent
        where a misspelt key gives it (``titel``): the schema's finding names that key and the field."""
        key = self.annex_element.key
        if key not in _BODY_FIELDS:
            if not doc.present(self.annex_element):
                # A participation object without its mode: the finding is on the missing mode itself.
                given = key == "participation" and bool(doc.mapping("/participation"))
                where = "/participation/mode" if given else self.annex_element.pointer
                # The assessment's types are what it lacks when the rest is there.
                named = "/assessment/types" if key == "assessment" and doc.mapping("/assessment") else where
                if misspelt_as(doc.data, named) is None:  # else the schema names the misspelt key, once
                    types = _types_described(doc) if key == "assessment" else []
                    yield Hit(where, hint=_types_hint(types) if types else None)
            return
        field = _BODY_FIELDS[key]
        lacking = [
            i
            for i, body in enumerate(doc.items("/awarding_bodies"))
            if isinstance(body, dict) and not filled(body.get(field))
        ]
        if lacking:
            places = (jp.join("awarding_bodies", index, field) for index in lacking)
            yield from (Hit(place) for place in places if misspelt_as(doc.data, place) is None)
        elif not doc.present(self.annex_element):
            yield Hit("/awarding_bodies")


def _types_described(doc: Descriptor) -> list[tuple[str, str]]:
    """The types of assessment a description names by their names or the value table's words ("written exam",
    "Klausur", "portfolio"): (the words as written, the type), each type once, in the order written."""
    pattern, types = _assessment_words()
    found: dict[str, str] = {}
    for text in doc.text("/assessment/description").values():
        for match in pattern.finditer(text[:_DESCRIPTION_CHARS]):
            slug = types.get(concept_key(match.group(0)))
            if slug is not None and slug not in found.values():
                found[match.group(0)] = slug
    return list(found.items())


def _types_hint(types: list[tuple[str, str]]) -> Text:
    return msg(
        "The description names {named}: list the types, assessment: {types: [{slugs}]}.",
        named=", ".join(f"'{words}'" for words, _ in types),
        slugs=", ".join(slug for _, slug in types),
    )


# The most characters of a description searched for types.
_DESCRIPTION_CHARS = 5_000
# The types of assessment a description is searched for: not attendance or recognition, which assess nothing.
_UNHINTED_TYPES = frozenset({"attendance", "recognition-of-prior-learning"})


@functools.cache
def _assessment_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the types' names and the value table's words for them (four letters or more, longest first,
    as whole words), and the type each names (by :func:`~qa_checker.aliases.concept_key`); a word naming two types
    is left out."""
    named: dict[str, str | None] = {}
    for slug, names in value_aliases()["assessment-types"].items():
        if slug in vocab.get("assessment-types") and slug not in _UNHINTED_TYPES:
            for word in (slug, *names):
                if len(word) >= 4:
                    key = concept_key(word)
                    named[key] = slug if named.get(key, slug) == slug else None
    types = {key: slug for key, slug in named.items() if slug is not None}
    alternatives = "|".join(
        WORD_JOINER.pattern.join(map(re.escape, key.split(" "))) for key in sorted(types, key=len, reverse=True)
    )
    return regex(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE), types


# Elements every awarding body must give: each body without one is its own finding.
_BODY_FIELDS = {"issuer_country": "country", "awarding_body": "name"}


# Elements whose presence is more than a non-empty field (see qa_checker.elements.is_present).
_PASSES = {
    "assessment": "`assessment.types` lists at least one type of assessment.",
    "participation": "`participation.mode` is given (online, onsite or blended).",
    "quality_assurance": "`quality_assurance.internal` or `.external` (or an accreditation) says something.",
}
_FAILS = {
    "assessment": "no type is listed, even when supervision, a grading scheme or a description is given "
    "(they do not say how the learning is assessed); the hint names the types a description names in words "
    '("written exam", "Klausur", "portfolio").',
    "participation": "no mode is given, even when a learning setting, activity types or a schedule are "
    "(reported on `participation.mode` when the rest is there).",
    "quality_assurance": "it is absent, or its parts are empty (`internal: {}`): they state no quality assurance.",
}


def _make(element: Element) -> type[Rule]:
    status = "mandatory" if element.mandatory else "optional"
    scope = "credentials only" if element.credential_only else "offers and credentials"
    if element.key in _NOT_APPLICABLE_WHEN:
        scope += ", " + _NOT_APPLICABLE_WHEN[element.key]
    verb = "are" if element.key in _PLURAL else "is"
    field = element.pointer.lstrip("/").replace("/", ".")
    passes = _PASSES.get(element.key, f"`{field}` is given and not empty.")
    doc = (
        f"{element.label} {verb} given ({element.clause}, {status}).\n\n"
        f"Why: Annex I of Council Recommendation 2022/C 243/02 lists {element.label[0].lower() + element.label[1:]} as "
        f"{'a mandatory' if element.mandatory else 'an optional'} standard element.\n"
        f"Applies to: {scope}.\n"
        f"Passes: {passes}\n"
        f"Fails: {_FAILS.get(element.key, 'it is absent or empty.')}"
    )
    attrs: dict[str, Any] = {
        "__doc__": doc,
        "id": PRESENCE_RULES[element.key],
        "name": f"{element.key.replace('_', '-')}-present",
        "title": f"{element.label} {verb} given",
        "element": element.key,
        "clause": element.clause,
        "principles": _PRINCIPLES[element.key],
        "severity": Severity.ERROR if element.mandatory else Severity.WARNING,
        "weight": element.weight,
        "message": f"{element.label} ({element.clause}) {verb} missing",
        "hint": _HINTS[element.key],
        "kinds": ("credential",) if element.credential_only else ("offer", "credential"),
        "annex_element": element,
    }
    class_name = "".join(part.title() for part in element.key.split("_")) + "Present"
    return register(type(class_name, (ElementPresent,), attrs))


PRESENCE_CLASSES = tuple(_make(e) for e in ELEMENTS)
