"""What a rule is: metadata, options and a ``check`` that yields hits."""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from qa_checker.descriptor import Descriptor
from qa_checker.elements import Element
from qa_checker.findings import Severity
from qa_checker.text import Text, msg


@dataclass(frozen=True)
class Hit:
    """One problem a rule found: where, the values for its message, and optional overrides."""

    pointer: str
    params: dict[str, Any] = field(default_factory=dict)
    message: str | Text | None = None
    hint: str | Text | None = None
    element: str | None = None


def either(items: Sequence[str]) -> str | Text:
    """Alternatives for a message: ``a``, ``a or b``, ``a or b or c`` (each ``or`` translatable)."""
    if len(items) <= 1:
        return items[0] if items else ""
    return msg("{first} or {rest}", first=items[0], rest=either(items[1:]))


@dataclass(frozen=True)
class RuleContext:
    """What a rule may know beyond the descriptor: its options and the run's fixed clock."""

    options: dict[str, Any]
    today: date


class Rule:
    """A documented check with a stable id.

    Subclasses set the class attributes and implement :meth:`check`. The class docstring is the
    rule's documentation (``qa-checker explain``); ``example_fail``/``example_pass`` are partial
    descriptors merged over a good baseline to show the rule failing and fixed.
    """

    id: ClassVar[str]
    name: ClassVar[str]
    title: ClassVar[str]
    element: ClassVar[str | None] = None
    clause: ClassVar[str] = ""
    principles: ClassVar[tuple[str, ...]] = ()
    severity: ClassVar[Severity] = Severity.ERROR
    weight: ClassVar[float] = 1.0
    message: ClassVar[str]
    hint: ClassVar[str]
    # The kinds of descriptor the rule judges: the engine does not ask it about another (its applies says no).
    kinds: ClassVar[tuple[str, ...]] = ("offer", "credential")
    defaults: ClassVar[dict[str, Any]] = {}
    options_schema: ClassVar[dict[str, Any]] = {}
    engine_only: ClassVar[bool] = False
    # A rule whose findings replace the schema's at the same place (one problem, one finding).
    supersedes_schema: ClassVar[bool] = False

    @classmethod
    def supersedes(cls, doc: Descriptor, pointer: str) -> bool:
        """Whether this rule's finding at ``pointer`` replaces the schema's finding there."""
        return cls.supersedes_schema

    # For ``qa-checker explain``: top-level fields replacing the good offer's to make it fail, and to fix it.
    example_fail: ClassVar[dict[str, Any] | None] = None
    example_pass: ClassVar[dict[str, Any] | None] = None
    # Options merged over ``defaults`` for the examples, when no rubric sets the rule.
    example_options: ClassVar[dict[str, Any]] = {}
    # Raw file contents the loader reports under this rule, and contents it accepts; None gives no such example.
    example_raw_fail: ClassVar[bytes | None] = None
    example_raw_pass: ClassVar[bytes | None] = None
    # File name suffix of the raw examples, which chooses the loader (``.csv``, ``.jsonld``, ...).
    example_raw_suffix: ClassVar[str] = ".yaml"
    # A size limit (--max-bytes) the raw examples are loaded with, or None for the default limit.
    example_max_bytes: ClassVar[int | None] = None
    # The Annex I element whose absence the rule reports; explain removes it from the good offer to fail.
    annex_element: ClassVar[Element | None] = None

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Whether the rule has anything to judge in this descriptor (else it is not scored)."""
        return doc.kind in self.kinds

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Yield a hit per problem; yield nothing when the descriptor passes."""
        return iter(())

    @classmethod
    def documentation(cls) -> str:
        """The rule's docstring, dedented."""
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> dict[str, Any]:
        """Metadata for listings and reports."""
        return {
            "id": cls.id,
            "name": cls.name,
            "title": cls.title,
            "element": cls.element,
            "clause": cls.clause,
            "principles": list(cls.principles),
            "severity": cls.severity.value,
            "weight": cls.weight,
            "options": dict(cls.defaults),
        }
