"""The rule registry: every rule is registered here, once, by id.

Rule families live in their own modules and register with :func:`register`; importing this
package imports them all, so ``RULES_BY_ID`` is complete.
"""

from __future__ import annotations

import difflib

from qa_checker.cells import DIRECTION_MARKS, plain_reading
from qa_checker.elements import ELEMENTS_BY_KEY, INVISIBLE
from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLES_BY_KEY
from qa_checker.rules.base import Hit, Rule, RuleContext

RULES_BY_ID: dict[str, type[Rule]] = {}
_ID = regex(r"^MC-[A-Z]{2}-\d{3}$")
_NAME = regex(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator adding a rule to the registry; malformed or duplicate rules fail at import."""
    if not _ID.match(cls.id):
        raise ValueError(f"{cls.__name__}: rule id {cls.id!r} must look like MC-AB-123")
    if cls.id in RULES_BY_ID:
        raise ValueError(f"{cls.__name__}: rule id {cls.id} is already registered")
    if not _NAME.match(cls.name) or any(r.name == cls.name for r in RULES_BY_ID.values()):
        raise ValueError(f"{cls.__name__}: rule name {cls.name!r} must be unique kebab-case")
    if cls.element is not None and cls.element not in ELEMENTS_BY_KEY:
        raise ValueError(f"{cls.__name__}: unknown element {cls.element!r}")
    unknown = [p for p in cls.principles if p not in PRINCIPLES_BY_KEY]
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown principles {unknown}")
    RULES_BY_ID[cls.id] = cls
    return cls


def rule_id_read(text: str) -> str:
    """A rule id as typed, in the letters, digits and hyphens rule ids are written in: fullwidth or look-alike
    letters, a dash a word processor put for a hyphen and marks that show as nothing read as meant ("MC‐LO‐006",
    with hyphens U+2010 and a right-to-left mark before it, is MC-LO-006)."""
    return plain_reading(text.translate(_UNSHOWN).strip()).translate(_DASHES)


def rule_id_near(text: str) -> str | None:
    """The rule id nearest one typed that names no rule ("MC-LO-06": MC-LO-006), if one is near."""
    close = difflib.get_close_matches(rule_id_read(text).upper(), list(RULES_BY_ID), n=1)
    return close[0] if close else None


# The marks a rule id may be pasted with that show as nothing: a soft hyphen, the zero-width characters and the
# direction marks (an override or an isolate, which shows the id reordered, is no rule id).
_UNSHOWN = dict.fromkeys(map(ord, INVISIBLE + DIRECTION_MARKS))
# The dashes a rule id may be typed or pasted with: the hyphen.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe63\uff0d", "-"))


# Rule families register themselves on import.
from qa_checker.rules import (  # noqa: E402, F401
    builtin,
    consistency,
    elements,
    importing,
    language,
    outcomes,
    quality,
    spreadsheet,
    text_values,
    vocabulary,
    waiving,
)

__all__ = ["RULES_BY_ID", "Hit", "Rule", "RuleContext", "register", "rule_id_near", "rule_id_read"]
