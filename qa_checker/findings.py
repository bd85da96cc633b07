"""The one finding model every output is built from."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, field, fields, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from qa_checker import ids
from qa_checker.elements import ELEMENTS, ELEMENTS_BY_KEY
from qa_checker.text import Text, as_text, english

if TYPE_CHECKING:
    from qa_checker.i18n import Translator


class Severity(str, enum.Enum):
    """How much a finding matters; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort rank: 0 for the most severe."""
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read a severity name case-insensitively."""
        return cls(value.lower())


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def pointer_order(pointer: str) -> str:
    """A JSON pointer as it sorts in document order: an item's index padded with zeros to :data:`_INDEX_DIGITS`, so
    that /learning_outcomes/2 sorts before /learning_outcomes/10 (one text, as cheap to keep as the pointer)."""
    steps = pointer.split("/")
    if not any(step.isdigit() for step in steps):
        return pointer
    return "/".join(step.zfill(_INDEX_DIGITS) if step.isdigit() else step for step in steps)


# The most digits an index of a list has (a list holds at most max-list-items).
_INDEX_DIGITS = 12


@dataclass(frozen=True)
class Origin:
    """Where a descriptor value came from in its original document.

    ``sheet``/``cell`` for spreadsheets, ``pointer`` for JSON-LD or other imported documents,
    ``line`` for text formats where known.
    """

    sheet: str | None = None
    cell: str | None = None
    pointer: str | None = None
    line: int | None = None

    def label(self) -> str:
        """A short human label such as ``Courses!F14`` or ``/credentialSubject/hasClaim``."""
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        if self.cell:
            return self.cell
        if self.pointer is not None:
            return self.pointer or "/"
        if self.line is not None:
            return f"line {self.line}"
        return ""

    def to_dict(self) -> dict[str, str | int]:
        """Non-empty fields in fixed order."""
        data: dict[str, str | int | None] = {
            "sheet": self.sheet,
            "cell": self.cell,
            "pointer": self.pointer,
            "line": self.line,
        }
        return {k: v for k, v in data.items() if v is not None}


@dataclass(frozen=True)
class Waiver:
    """An accepted exception to a rule for one descriptor."""

    reason: str
    accepted_by: str | None = None
    until: str | None = None

    def to_dict(self) -> dict[str, str]:
        """Fields in fixed order, empty ones dropped."""
        data = {"reason": self.reason, "accepted_by": self.accepted_by, "until": self.until}
        return {k: v for k, v in data.items() if v is not None}


@dataclass(frozen=True)
class Finding:
    """One problem (or note) about one descriptor.

    ``message`` and ``hint`` are English; ``message_text`` and ``hint_text`` keep the translatable
    :class:`~qa_checker.text.Text` they were made from (``None``: the English string is its own msgid).
    Build one with :meth:`make`, which takes either form. ``element`` is one of the sixteen Annex I
    elements or ``None`` for the file as a whole;
    ``pointer`` is an RFC 6901 pointer into the descriptor ("" for the root); ``line`` and ``column``
    (1-based) place it in the text of a JSON or YAML file when known (:mod:`qa_checker.locate`).
    """

    rule: str
    severity: Severity
    element: str | None
    pointer: str
    message: str
    hint: str
    origin: Origin | None = None
    principles: tuple[str, ...] = ()
    waiver: Waiver | None = None
    line: int | None = None
    column: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    message_text: Text | None = field(default=None, compare=False, hash=False, repr=False)
    hint_text: Text | None = field(default=None, compare=False, hash=False, repr=False)

    @classmethod
    def make(cls, *, message: str | Text, hint: str | Text, **fields: Any) -> Finding:
        """A finding whose message and hint may be translatable :class:`Text` values.

        Made by the thousand: the fields are stored as ``__init__`` would store them, without its call for
        each (a frozen dataclass sets each field through ``object.__setattr__``), when they are all fields
        of the class and the required ones are given; else ``__init__`` says what is wrong.
        """
        names = fields.keys()
        if not (_FINDING_REQUIRED <= names <= _FINDING_FIELDS):
            return cls(
                message=english(message),
                hint=english(hint),
                message_text=as_text(message),
                hint_text=as_text(hint),
                **fields,
            )
        given = _FINDING_BLANK.copy()  # every field in field order, as __init__ sets them
        given["extra"] = {}
        given.update(fields)
        given["message"], given["message_text"] = (
            (message.english(), message) if isinstance(message, Text) else (message, None)
        )
        given["hint"], given["hint_text"] = (hint.english(), hint) if isinstance(hint, Text) else (hint, None)
        finding = object.__new__(cls)
        finding.__dict__.update(given)
        return finding

    @property
    def counts(self) -> bool:
        """Whether the finding counts against status and score (not waived, not info)."""
        return self.waiver is None and self.severity is not Severity.INFO

    def waived(self, waiver: Waiver) -> Finding:
        """A copy marked as waived."""
        return replace(self, waiver=waiver)

    def place(self) -> tuple[int | None, int | None]:
        """``(line, column)`` in the file's text, the line from the origin when only it is known."""
        if self.line is not None:
            return self.line, self.column
        if self.origin is not None and self.origin.line is not None and self.origin.line >= 1:
            return self.origin.line, None
        return None, None

    def sort_key(self) -> tuple[int, str, str, str]:
        """Stable ordering: severity, then location (list items in their order: /learning_outcomes/2 before
        /learning_outcomes/10), then rule."""
        return (self.severity.rank, pointer_order(self.pointer), self.rule, self.message)

    def to_dict(self, translator: Translator | None = None) -> dict[str, Any]:
        """The JSON contract form, its message and hint in the translator's language (default English)."""
        data: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.value,
            "element": self.element,
            "pointer": self.pointer,
            "message": translator.message(self) if translator else self.message,
            "hint": translator.hint(self) if translator else self.hint,
        }
        if self.line is not None:
            data["line"] = self.line
            if self.column is not None:
                data["column"] = self.column
        if self.origin is not None:
            data["origin"] = self.origin.to_dict()
        if self.principles:
            data["principles"] = list(self.principles)
        data["waived"] = self.waiver is not None
        if self.waiver is not None:
            data["waiver"] = self.waiver.to_dict()
        return data


# What Finding.make stores without calling __init__: the fields it may be given, those it must be given, and
# every field in order with the constant default of those that have one (``extra`` gets a dict of its own; the
# others are all given).
_FINDING_FIELDS = frozenset(f.name for f in fields(Finding)) - {"message", "hint", "message_text", "hint_text"}
_FINDING_REQUIRED = frozenset(
    f.name for f in fields(Finding) if f.default is MISSING and f.default_factory is MISSING
) - {"message", "hint"}
_FINDING_BLANK = {f.name: None if f.default is MISSING else f.default for f in fields(Finding)}


def weight_lost(findings: Iterable[Finding]) -> dict[str, Fraction]:
    """The share of its weight each rule with a finding that counts loses, exactly.

    All of it, except for the schema rule: its share is what leaving out the elements its errors are in
    would cost under the built-in weights (:func:`schema_share`), all of it at most. A key repeated in the
    file (:data:`~qa_checker.ids.DUPLICATE_KEY`, outside every rubric) is such an error too: the file does
    not say one value there. The share is fixed, not reckoned from a rubric's weights, so that a rule's
    weight moves the scores the way its verdict says: weighting a failed rule more never raises a score,
    weighting a passed one more never lowers it.
    """
    findings = [f for f in findings if f.counts]
    lost = {f.rule: _WHOLE for f in findings}
    elements = frozenset(f.element for f in findings if f.rule in _SCHEMA_ERRORS)
    if elements:
        lost[ids.SCHEMA] = _schema_loss(elements)
    return lost


@functools.lru_cache(maxsize=1024)
def _schema_loss(elements: frozenset[str | None]) -> Fraction:
    """The share the schema rule loses for errors in ``elements``: the sum of theirs, all of its weight at most
    (reckoned once for each set of elements: sums of fractions are slow)."""
    return min(Fraction(1), sum((schema_share(element) for element in elements), Fraction(0)))


# A rule's whole weight, as lost.
_WHOLE = Fraction(1)
# The schema rule's built-in weight.
SCHEMA_WEIGHT = 5.0
# The findings that cost the schema rule its share in their element: its own, and a repeated key's.
_SCHEMA_ERRORS = frozenset((ids.SCHEMA, ids.DUPLICATE_KEY))


def charged_rule(rule: str) -> str:
    """The rule whose weight a finding of ``rule`` costs (:func:`weight_lost`): the schema rule for a
    repeated key, else its own."""
    return ids.SCHEMA if rule in _SCHEMA_ERRORS else rule


@functools.cache
def schema_share(element: str | None) -> Fraction:
    """The share of the schema rule's weight one of its errors in ``element`` costs: the element's built-in
    weight (:attr:`~qa_checker.elements.Element.weight`) over the schema rule's (3 of 5 for a mandatory
    element, 1 of 5 for an optional one); an error outside the elements (``None``, such as an unknown
    field) costs what an optional element does, the lightest. Under the built-in weights an element given
    wrongly thus never scores below one left out, nor a slip in an extra field below a missing mandatory
    element.
    """
    known = ELEMENTS_BY_KEY.get(element or "")
    weight = known.weight if known is not None else min(e.weight for e in ELEMENTS)
    return Fraction(weight) / Fraction(SCHEMA_WEIGHT)
