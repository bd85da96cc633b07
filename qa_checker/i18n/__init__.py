"""The run's language: gettext catalogues, plural forms and locale formats through Babel.

Every user-facing string is English in the code and translated at the edge: the core builds
:class:`qa_checker.text.Text` values, a renderer asks ``translator(language)`` to show them. The
catalogues are ``qa_checker/locale/<lang>/LC_MESSAGES/qa_checker.mo`` (compiled from the ``.po``
files beside them by ``python -m qa_checker.i18n compile``).
"""

from __future__ import annotations

import gettext
import inspect
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from qa_checker.text import Name, Series, Text, scientific

# The languages of the outcome analysis, English (the source language) first.
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pl")
SOURCE_LANGUAGE = "en"
DOMAIN = "qa_checker"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
# Environment variables that name the user's locale, in the order gettext reads them.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class Worded(Protocol):
    """What a translator words (a :class:`~qa_checker.findings.Finding`): its English message and hint,
    and the texts they were made from, if any."""

    @property
    def message(self) -> str: ...

    @property
    def hint(self) -> str: ...

    @property
    def message_text(self) -> Text | None: ...

    @property
    def hint_text(self) -> Text | None: ...


def resolve_language(requested: str | None, environ: Mapping[str, str]) -> str:
    """The language to speak: ``requested`` when given, else the first supported one the user's
    locale names (``LANGUAGE`` may list several, ``de_AT.UTF-8`` means ``de``), else English."""
    if requested:
        return requested
    for name in LOCALE_VARIABLES:
        for part in environ.get(name, "").split(":"):
            code = part.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
            if code in ("c", "posix"):
                return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


class Translator:
    """Shows strings, :class:`Text` values, numbers and dates in one language."""

    def __init__(self, language: str, catalogue: gettext.NullTranslations) -> None:
        self.language = language
        self._catalogue = catalogue

    def gettext(self, message: str) -> str:
        """``message`` translated (as written when the catalogue lacks it)."""
        return self._catalogue.gettext(message) if message else message

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        """The form of the message ``count`` asks for, in this language's plural rules."""
        return self._catalogue.ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        """``message`` translated as the catalogue's entry under ``context`` (as written when it lacks one)."""
        return self._catalogue.pgettext(context, message) if message else message

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> str:
        """The form ``count`` asks for of the message under ``context``."""
        return self._catalogue.npgettext(context, singular, plural, count)

    def render(self, value: str | Text | None) -> str:
        """A message in this language: a :class:`Text` with its parameters, a string as a msgid."""
        if value is None:
            return ""
        if isinstance(value, Text):
            if self.language == SOURCE_LANGUAGE:
                return value.english()
            return value.render(self._template, self._value)
        return self.gettext(value)

    def document(self, text: str) -> str:
        """A multi-paragraph text (a rule's documentation) translated paragraph by paragraph."""
        return "\n\n".join(self.gettext(p) for p in paragraphs(text))

    def message(self, finding: Worded) -> str:
        """A finding's message in this language (in English, the text the finding was made with)."""
        if self.language == SOURCE_LANGUAGE:
            return finding.message
        return self.render(finding.message_text or finding.message)

    def hint(self, finding: Worded) -> str:
        """A finding's hint in this language (in English, the text the finding was made with)."""
        if self.language == SOURCE_LANGUAGE:
            return finding.hint
        return self.render(finding.hint_text or finding.hint)

    def number(self, value: float) -> str:
        """A count or measure with this locale's digit grouping and decimal sign."""
        if self.language == SOURCE_LANGUAGE or isinstance(value, bool):
            return Text("{v}", {"v": value}).english()
        from babel.numbers import format_decimal, get_decimal_symbol

        return scientific(value, get_decimal_symbol(self.language)) or format_decimal(
            value, format="#,##0.##", locale=self.language
        )

    def date(self, value: date | datetime | str | None, *, time: bool = False) -> str:
        """A date (or an ISO date string) the way this locale writes it; other text as given."""
        if value is None:
            return ""
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.replace("Z", "+00:00")) if time else date.fromisoformat(value[:10])
            except ValueError:
                return str(value)
        from babel.dates import format_date, format_datetime

        if time and isinstance(value, datetime):
            return format_datetime(value, format="medium", locale=self.language)
        day = value.date() if isinstance(value, datetime) else value
        return format_date(day, format="long", locale=self.language)

    def _template(self, text: Text) -> str:
        if text.plural is not None:
            count = text.count if text.count is not None else 0
            if text.context is not None:
                return self.npgettext(text.context, text.template, text.plural, count)
            return self.ngettext(text.template, text.plural, count)
        if text.context is not None:
            return self.pgettext(text.context, text.template)
        return self.gettext(text.template)

    def name(self, name: Name) -> str:
        """A language or country in this language's own words (CLDR), the English label otherwise."""
        if self.language == SOURCE_LANGUAGE:
            return name.english
        from babel import Locale

        names = getattr(Locale.parse(self.language), "languages" if name.kind == "language" else "territories")
        key = name.code.lower() if name.kind == "language" else name.code.upper()
        found = names.get(key)
        return str(found) if found else name.english

    def _value(self, value: Any) -> str:
        if isinstance(value, Text):
            return self.render(value)
        if isinstance(value, Name):
            return self.name(value)
        if isinstance(value, Series):
            return value.sep.join(self._value(item) for item in value.items)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return self.number(value)
        return str(value)


def paragraphs(text: str) -> list[str]:
    """The blank-line separated paragraphs of a dedented text: the units a documentation is translated in."""
    return [p.strip() for p in inspect.cleandoc(text).split("\n\n") if p.strip()]


@cache
def translator(language: str = SOURCE_LANGUAGE) -> Translator:
    """The translator for one of :data:`LANGUAGES` (a ``ValueError`` for any other)."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; choose one of {', '.join(LANGUAGES)}")
    if language == SOURCE_LANGUAGE:
        return Translator(language, gettext.NullTranslations())
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as handle:
        return Translator(language, gettext.GNUTranslations(handle))
