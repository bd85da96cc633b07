"""Translatable text: an English template and the values for its placeholders, rendered late.

The core builds :class:`Text` values and never translates; an edge renders them in the run's
language with :class:`qa_checker.i18n.Translator`. ``msg``, ``plural``, ``pmsg`` and ``N_`` are also
the keywords the catalogue extractor (``python -m qa_checker.i18n extract``) looks for, so every
template written through them lands in the translators' catalogue.

A ``context`` (gettext's ``msgctxt``) tells apart two meanings of the same English: ``pmsg("descriptor
status", "error")`` (the file could not be checked) and ``pmsg("finding severity", "error")`` (a
blocking problem) are two entries of the catalogue, translated separately.

Placeholders are ``{name}``; other braces (YAML examples such as ``{ects: 5}``) stay as written.
A parameter is shown as given when it is a ``str`` (descriptor values, pointers, codes, line
numbers), formatted by locale when it is an ``int`` or ``float`` (counts, ECTS, hours), and
rendered in the same language when it is itself a :class:`Text`, a :class:`Name` (a language or
country) or a :class:`Series` of such values.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from qa_checker.patterns import regex

PLACEHOLDER = regex(r"\{(\w+)\}")
# Placeholders of the Jinja templates' ``_("... %(name)s ...", name=...)`` calls.
JINJA_PLACEHOLDER = regex(r"%\((\w+)\)s")


@dataclass(frozen=True)
class Text:
    """A message to show: ``template`` (and ``plural``, chosen by ``count``) with ``params`` filled in,
    looked up in the catalogue under ``context`` when it has one."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)
    plural: str | None = None
    count: int | None = None
    context: str | None = None

    def __str__(self) -> str:
        return self.english()

    def english(self) -> str:
        """The text in English, as the model and the history store keep it."""
        return self.render(_english_template, _english_value)

    def render(self, template_for: Callable[[Text], str], value: Callable[[Any], str]) -> str:
        """The template ``template_for`` chooses, its placeholders filled with ``value`` of each param; a
        text param longer than :data:`MAX_PARAM_CHARS` (a provider's value, a key, a reference) is cut short,
        so that no message grows with the file. Only the params the template names are rendered."""
        pieces, params = _pieces(template_for(self)), self.params
        if len(pieces) == 1:  # no placeholder
            return pieces[0]
        filled = [pieces[0]]
        for at in range(1, len(pieces), 2):
            name = pieces[at]
            if name in params:
                given = params[name]
                filled += (value(clip(given, MAX_PARAM_CHARS) if isinstance(given, str) else given), pieces[at + 1])
            else:
                filled += (f"{{{name}}}", pieces[at + 1])
        return "".join(filled)


@dataclass(frozen=True)
class Name:
    """A language or country named by its code: the vocabulary's English ``english`` label, and in
    another language the CLDR name Babel knows (``kind`` is ``language`` or ``territory``)."""

    kind: str
    code: str
    english: str

    def __str__(self) -> str:
        return self.english


@dataclass(frozen=True)
class Series:
    """Several values shown as one parameter, each rendered in the run's language, joined by ``sep``."""

    items: tuple[Any, ...]
    sep: str = ", "

    def __str__(self) -> str:
        return self.sep.join(_english_value(item) for item in self.items)


# The values a message lists before it counts the rest ("a, b, c, ... (+9997)").
LISTED = 10


def listed(values: Iterable[str], sep: str = ", ") -> str:
    """Values joined by ``sep``, the first :data:`LISTED` of them and the number of the others: a message
    stays short whatever the file holds."""
    values = list(values)
    shown = sep.join(values[:LISTED])
    return shown if len(values) <= LISTED else f"{shown}{sep}... (+{len(values) - LISTED})"


# The most characters of a text param a message shows.
MAX_PARAM_CHARS = 300


def clip(text: str, limit: int, mark: str = "…") -> str:
    """``text`` cut to at most ``limit`` characters when it is longer, ending in ``mark``: the one way every
    message, hint and page shortens what it quotes."""
    return text if len(text) <= limit else text[: limit - len(mark)].rstrip() + mark


def quote(text: str, limit: int = 60) -> str:
    """A provider's text as a message quotes it: on one line, cut short with ``…`` past ``limit``."""
    return clip(" ".join(text.split()), limit)


def fill(template: str, params: Mapping[str, Any]) -> str:
    """Replace ``{name}`` placeholders that have a value; other braces stay as written."""
    pieces = _pieces(template)
    filled = [pieces[0]]
    for at in range(1, len(pieces), 2):
        name = pieces[at]
        filled += (str(params[name]) if name in params else f"{{{name}}}", pieces[at + 1])
    return "".join(filled)


@functools.lru_cache(maxsize=4096)
def _pieces(template: str) -> tuple[str, ...]:
    """A template's literal parts with the names of its placeholders between them (a few hundred templates
    are filled over and over)."""
    return tuple(PLACEHOLDER.split(template))


def msg(template: str, /, **params: Any) -> Text:
    """A translatable message (the extractor's keyword for a singular template)."""
    return Text(template, params)


def plural(singular: str, plural_: str, count: int, /, **params: Any) -> Text:
    """A translatable message whose form follows ``count`` (``{count}`` is available to both forms)."""
    return Text(singular, {"count": count, **params}, plural_, count)


def plural_form(count: float) -> int:
    """The whole number whose plural form a count takes: itself, or for a fraction (1.5 days) or a count too
    large to write out one of several."""
    if not math.isfinite(count):
        return 2
    return int(count) if count == int(count) else max(2, math.ceil(count))


def pmsg(context: str, template: str, /, **params: Any) -> Text:
    """A translatable message under a context (the extractor's keyword for ``msgctxt``): the same English
    with another meaning (a status ``error``, a severity ``error``) is another entry of the catalogue."""
    return Text(template, params, context=context)


def N_(message: str) -> str:
    """Mark a constant string for the catalogue without translating it here."""
    return message


def english(value: str | Text) -> str:
    """A message or a plain string, in English."""
    return value.english() if isinstance(value, Text) else value


def as_text(value: str | Text | None) -> Text | None:
    """The :class:`Text` behind a message given as one, else ``None``."""
    return value if isinstance(value, Text) else None


def _english_template(text: Text) -> str:
    if text.plural is not None and text.count != 1:
        return text.plural
    return text.template


def _english_value(value: Any) -> str:
    if type(value) is str:  # most params
        return value
    if isinstance(value, Text):
        return value.english()
    if isinstance(value, (Name, Series)):
        return str(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return scientific(value) or (f"{value:,}" if isinstance(value, int) else format_float(value, ","))
    return str(value)


# Numbers from this size, and those below this size but 0, are written in scientific notation ("1.7e308",
# "5e-324"), not as hundreds of digits or as 0.
SCIENTIFIC_FROM = 10**15
SCIENTIFIC_BELOW = 0.005


def scientific(value: float, decimal: str = ".") -> str | None:
    """A number too large or too small for plain digits in scientific notation (three significant digits,
    the decimal sign ``decimal``); ``None`` for any other number."""
    if isinstance(value, int):
        if abs(value) < SCIENTIFIC_FROM:
            return None
        digits = str(abs(value))  # an integer read from a file has at most 1,024 bits (MAX_INT_BITS)
        mantissa = f"{digits[0]}.{digits[1:3]}".rstrip("0").rstrip(".")
        return f"{'-' if value < 0 else ''}{mantissa}e{len(digits) - 1}".replace(".", decimal)
    if value != value or value in (float("inf"), float("-inf")) or value == 0:
        return None
    if SCIENTIFIC_BELOW <= abs(value) < SCIENTIFIC_FROM:
        return None
    return f"{value:.3g}".replace("e+", "e").replace("e-0", "e-").replace(".", decimal)


def format_float(value: float, group: str, decimal: str = ".") -> str:
    """At most two decimals, trailing zeros dropped, thousands grouped with ``group``."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)
