"""The words the human reports (text, HTML, Excel) show for machine values, marked for the catalogue.

JSON, SARIF and the dataset keep the keys (``pass``, ``error``, ``missing``, ``worse``); a report a
person reads shows ``word(tr, STATUS, key)``. A descriptor's status and a finding's severity share
English words (``error``: the file could not be checked, or a blocking problem), so their words are
catalogue entries under a context of their own (``descriptor status``, ``finding severity``) that
translators translate separately: look them up only through :func:`word` (or ``tr.render``), never
``tr.gettext``. Also here: the helpers every
human report shows numbers, run times and our own texts with, so that English stays exactly as it
was written before the reports spoke other languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from qa_checker.findings import Finding, Origin
from qa_checker.i18n import SOURCE_LANGUAGE, Translator
from qa_checker.results import STATUS_WORDS
from qa_checker.table import UNKNOWN_PROVIDER, display_number
from qa_checker.text import N_, PLACEHOLDER, Text, msg, pmsg

# A descriptor's verdict (``error``: the file could not be read or checked).
STATUS = STATUS_WORDS
# The verdict as the terminal report and the first screen shout it.
STATUS_UPPER = {
    "pass": pmsg("descriptor status", "PASS"),
    "fail": pmsg("descriptor status", "FAIL"),
    "error": pmsg("descriptor status", "ERROR"),
    "skipped": pmsg("descriptor status", "SKIPPED"),
}
# How much a finding matters (``error``: a problem that fails the descriptor).
SEVERITY = {
    "error": pmsg("finding severity", "error"),
    "warning": pmsg("finding severity", "warning"),
    "info": pmsg("finding severity", "info"),
}
# What a descriptor gives for one Annex I element, as the reports write the key.
ELEMENT_STATUS = {
    "present": N_("present"),
    "missing": N_("missing"),
    "invalid": N_("invalid"),
    "not-applicable": N_("not-applicable"),
    "unknown": N_("unknown"),
}
# The same words as the web page writes them in its prose (``not applicable``, without the key's hyphen).
ELEMENT_STATUS_PROSE = {**ELEMENT_STATUS, "not-applicable": N_("not applicable")}
# What happened to a descriptor or a provider between two runs.
CHANGE = {
    "worse": N_("worse"),
    "improved": N_("improved"),
    "changed": N_("changed"),
    "added": N_("added"),
    "removed": N_("removed"),
    "unchanged": N_("unchanged"),
}
CHANGE_UPPER = {
    "worse": N_("WORSE"),
    "improved": N_("IMPROVED"),
    "changed": N_("CHANGED"),
    "added": N_("ADDED"),
    "removed": N_("REMOVED"),
    "unchanged": N_("UNCHANGED"),
}
# How two runs' descriptors were paired (a diff's ``matched_by``).
MATCHED_BY = {"id": N_("id"), "sha256": N_("sha256"), "source": N_("source")}


def word(tr: Translator, labels: Mapping[str, str | Text], key: object) -> str:
    """The word for a machine value in the translator's language (under its context, if it has one); a value
    it has no word for as given."""
    text = labels.get(str(key)) if key is not None else None
    if text is None:
        return "" if key is None else str(key)
    return tr.render(text)


def named(tr: Translator, key: str, label: str) -> str:
    """An element, level or principle as a reader names it: by its label in the translator's language (by
    its key, as the JSON names it, only when it has no label)."""
    return tr.gettext(label) if label else key


def template(tr: Translator, text: str) -> str:
    """A rule's message or hint template as a reader sees it in a rule listing: translated, each
    ``{placeholder}`` (filled per finding) shown as an ellipsis."""
    return PLACEHOLDER.sub("…", tr.gettext(text))


def provider(tr: Translator, name: str | None) -> str:
    """An awarding body's name as given, the placeholder of descriptors naming none (None) in the translator's
    language; a name that reads as that placeholder, in this language or in English, is shown in quotes."""
    placeholder = tr.gettext(UNKNOWN_PROVIDER)
    if not name:
        return placeholder
    return f"\u201c{name}\u201d" if name.strip() in (placeholder, UNKNOWN_PROVIDER) else name


def number(tr: Translator, value: float | None, digits: int = 1) -> str:
    """A count, score or measure for people: at most ``digits`` decimals, a dash for none; in English as
    :func:`qa_checker.table.display_number` writes it, in another language with its decimal sign and grouping."""
    if tr.language == SOURCE_LANGUAGE or value is None or isinstance(value, bool):
        return display_number(value, digits)
    return tr.number(round(value, digits) if isinstance(value, float) else value)


def moment(tr: Translator, value: date | datetime | str | None) -> str:
    """A run time in a sentence: in English as given (an ISO time), in another language as its locale writes it."""
    if value is None:
        return ""
    if tr.language == SOURCE_LANGUAGE:
        return str(value)
    return tr.date(value, time=True)


def day(tr: Translator, value: date | str | None) -> str:
    """A date (a waiver's end) in a sentence: in English as given, in another language as its locale writes it."""
    if value is None:
        return ""
    if tr.language == SOURCE_LANGUAGE:
        return str(value)
    return tr.date(value)


def shown(tr: Translator, value: str | Text | None) -> str:
    """A text some other part of the tool built: a :class:`Text` in the translator's language, a string as given
    (it is composed, or it is the descriptor's, so it is no msgid)."""
    if value is None:
        return ""
    return tr.render(value) if isinstance(value, Text) else value


def reason(tr: Translator, result: Any) -> str:
    """Why a file was skipped, in the translator's language (as ``Result.reason_in`` says it)."""
    return tr.render(getattr(result, "reason_text", None) or result.reason or "")


def origin(tr: Translator, place: Origin | None) -> str:
    """Where a value came from in its original document, as :meth:`Origin.label` says it, in the translator's
    language (``line 3`` is words; ``Courses!F14`` and pointers are as given)."""
    if place is None:
        return ""
    if not place.cell and place.pointer is None and place.line is not None:
        return tr.render(msg("line {line}", line=str(place.line)))
    return place.label()


def origin_beyond_line(tr: Translator, finding: Finding) -> str:
    """Where a finding's value came from in its original document (a sheet and cell, an imported document's
    JSON pointer), as :func:`origin` says it; empty when that is only the line the finding's own place
    (:meth:`Finding.place`) already gives."""
    source = finding.origin
    if source is not None and not source.cell and source.pointer is None and finding.place()[0] is not None:
        return ""
    return origin(tr, source)


def member_at_line(tr: Translator, member: str, line: int | None) -> str:
    """An archive member's name with the line of it a finding is at ("a.yaml, line 4"), for a report that can
    point only at the archive file."""
    return member if line is None or line < 1 else f"{member}, {tr.render(msg('line {line}', line=str(line)))}"
