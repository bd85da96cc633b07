"""The language a web request is answered in: ``?lang=``, else the browser's ``Accept-Language``, else English.

The choice is made per request from the request alone (no cookie, no server state); a page passes an
explicit ``?lang=`` on to its links and forms, so a visitor who chose a language keeps it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE

LANG_PARAMETER = "lang"
# An Accept-Language header longer than this is not read (a browser sends a few dozen characters).
_MAX_HEADER = 1000


@dataclass(frozen=True)
class Choice:
    """The request's language and whether the request named it itself (``?lang=``)."""

    language: str
    explicit: bool = False


def requested(value: str | None) -> str | None:
    """A supported language named by a ``lang`` parameter (``de``, ``DE``, ``de-AT``), else ``None``."""
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


def accepted(header: str | None) -> str | None:
    """The supported language an ``Accept-Language`` header prefers most (``q`` weights; ``*``, unsupported
    ranges and weights that are no number from 0 to 1 skipped; ties in the header's order), else ``None``."""
    if not header or len(header) > _MAX_HEADER:
        return None
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        code = requested(tag)
        if code is None:
            continue
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
                if not 0 <= weight <= 1:  # out of RFC 9110's range (or NaN): as malformed as a word
                    weight = 0.0
        if weight > 0:
            ranked.append((-weight, position, code))
    return min(ranked)[2] if ranked else None


def choose(query: str | None, accept_language: str | None) -> Choice:
    """The language of a request from its ``lang`` parameter and its ``Accept-Language`` header."""
    named = requested(query)
    if named is not None:
        return Choice(named, explicit=True)
    return Choice(accepted(accept_language) or SOURCE_LANGUAGE)


@functools.cache
def native_name(language: str) -> str:
    """A language's name in that language, capitalised as a menu item (Babel's locale data)."""
    from babel import Locale

    name = Locale.parse(language).get_display_name(language) or language
    return name[:1].upper() + name[1:]
