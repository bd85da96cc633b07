"""The rule registry: every rule is registered here, once, by id.

Rule families live in their own modules and register with :func:`register`; importing this
package imports them all, so ``RULES_BY_ID`` is complete.
"""

from __future__ import annotations

from qa_checker.elements import ELEMENTS_BY_KEY
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

__all__ = ["RULES_BY_ID", "Hit", "Rule", "RuleContext", "register"]
