"""Offerings side by side: every Annex I element row by row, differences marked, workload normalised.

Pure: :func:`compare_report` turns checked results into a :class:`Comparison` the HTML and
Excel renderers show as they are. Values are flattened to readable text (a language string in the
report's language when the descriptor gives it, else in the descriptor's first language, then marked
with its language, ``[es] ...``), so two offerings differ in a row exactly when their texts or their
element statuses differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qa_checker import pointer as jp
from qa_checker import table
from qa_checker.descriptor import first_text
from qa_checker.ects import HOURS_PER_ECTS
from qa_checker.elements import ELEMENTS
from qa_checker.results import Report, Result
from qa_checker.table import display_number
from qa_checker.text import Text, english, msg, pmsg

if TYPE_CHECKING:
    from qa_checker.i18n import Translator

_LANG_KEY_LENGTH = 2
# The value of an element of a file that could not be read.
NOT_READ = msg("not read")


@dataclass(frozen=True)
class ComparisonRow:
    """One line of the comparison: a label, one value per offering, and whether they differ.

    ``label`` and ``values`` are English (what the row is compared and sorted by); ``label_text`` and
    ``texts`` keep them translatable: our own words are :class:`Text`, the descriptors' values plain
    strings shown as given. Show a row with :meth:`label_in` and :meth:`values_in`.
    """

    key: str
    label: str
    values: tuple[str, ...]
    statuses: tuple[str | None, ...]
    differs: bool
    label_text: Text | None = field(default=None, compare=False, repr=False)
    texts: tuple[str | Text, ...] = field(default=(), compare=False, repr=False)

    def label_in(self, tr: Translator) -> str:
        """The row's label in the translator's language."""
        return tr.render(self.label_text or self.label)

    def values_in(self, tr: Translator) -> list[str]:
        """One value per offering: our own words in the translator's language, the descriptors' as given."""
        if len(self.texts) != len(self.values):
            return list(self.values)
        return [tr.render(t) if isinstance(t, Text) else t for t in self.texts]


@dataclass(frozen=True)
class Comparison:
    """Two or more offerings compared; ``report`` keeps the rubric, run time and stamp."""

    report: Report
    offerings: tuple[dict[str, Any], ...]
    rows: tuple[ComparisonRow, ...]


def compare_report(report: Report) -> Comparison:
    """Compare every result of a report, in order."""
    offerings = tuple(table.rows(report))
    rows = [
        # A status is one of the words the reports translate, under the status's own context
        # (qa_checker.reporting.labels.STATUS: "error" is a file that could not be checked, not a severity).
        _row("status", msg("Status"), [pmsg("descriptor status", o["status"]) for o in offerings]),
        _row("score", msg("Score"), [display_number(o["score"]) for o in offerings]),
        _row("provider", msg("Provider"), [o["provider"] or "–" for o in offerings]),
        _row(
            "ects",
            msg("Workload in ECTS (≈ derived at {hours} h/ECTS)", hours=HOURS_PER_ECTS),
            [_marked(o["ects"], o["ects_source"], 2) for o in offerings],
        ),
        _row(
            "hours",
            msg("Workload in hours (≈ derived at {hours} h/ECTS)", hours=HOURS_PER_ECTS),
            [_marked(o["hours"], o["hours_source"], 1) for o in offerings],
        ),
        _row(
            "eqf_level",
            msg("EQF level (≈ read from the national level or the QF-EHEA cycle)"),
            [_marked(o["eqf_level"], o["eqf_level_source"], 0) for o in offerings],
        ),
        _row(
            "field",
            msg("Field of education (ISCED-F)"),
            [f"{o['field_code']} {o['field_label'] or ''}".strip() if o["field_code"] else "–" for o in offerings],
        ),
        _row("languages", msg("Languages"), [o["languages"] or "–" for o in offerings]),
    ]
    if any(o["unread"] for o in offerings):
        rows.append(_row("unread", msg("Given but not read"), [o["unread"] or "–" for o in offerings]))
    for element in ELEMENTS:
        texts = [element_text_in(element.key, r, prefer=report.language) for r in report.results]
        statuses = [r.elements.get(element.key) if r.status != "error" else None for r in report.results]
        # The element's label is marked for the catalogue where it is defined (qa_checker.elements).
        label = msg("{clause} {element}", clause=element.clause.replace("Annex I ", ""), element=msg(element.label))
        rows.append(_row(f"element_{element.key}", label, texts, statuses))
    return Comparison(report=report, offerings=offerings, rows=tuple(rows))


def element_text(key: str, result: Result) -> str:
    """The value of one element as readable text ("–" when absent, "not read" on error), in English."""
    return english(element_text_in(key, result))


def element_text_in(key: str, result: Result, *, prefer: str | None = None) -> str | Text:
    """:func:`element_text`, with "not read" (our word, not the descriptor's) as a translatable Text; language
    strings in ``prefer`` when given (see :func:`plain`)."""
    if result.status == "error" or not isinstance(result.data, dict):
        return NOT_READ
    data = result.data
    langs = table.languages_of(data)
    if key == "awarding_body":
        return "\n".join(filter(None, (first_text(b.get("name"), langs) for b in table.bodies(data)))) or "–"
    if key == "issuer_country":
        return (
            "\n".join(
                " ".join(str(b[k]) for k in ("country", "region") if isinstance(b.get(k), str))
                for b in table.bodies(data)
            ).strip()
            or "–"
        )
    element = next(e for e in ELEMENTS if e.key == key)
    value = jp.resolve(data, element.pointer)
    if key == "assessment" and isinstance(value, dict):
        value = {k: v for k, v in value.items() if k != "supervision"}
    return plain(value, langs, prefer=prefer) or "–"


def plain(value: object, langs: list[str], *, nested: bool = False, prefer: str | None = None) -> str:
    """Any descriptor value flattened to text: language strings in the first language of ``langs``.

    With ``prefer`` (the report's language), a language string in that language when it has it, else in
    the first of ``langs`` it has, led by that language's tag (``[es] ...``) so a reader sees which
    language each offering's text is in. A top-level list gives one line per item; lists inside objects
    are comma-separated.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (str, int, float)):
        return str(value)
    if isinstance(value, list):
        items = (plain(v, langs, nested=True, prefer=prefer) for v in value)
        return (", " if nested else "\n").join(filter(None, items))
    if isinstance(value, dict):
        if value and all(isinstance(k, str) and len(k) == _LANG_KEY_LENGTH and k.islower() for k in value):
            if prefer is None:
                return first_text(value, langs) or ""
            order = [prefer, *langs]
            text = first_text(value, order) or ""
            shown = next((k for k in (*order, "en", *value) if value.get(k) == text), prefer)
            return text if not text or shown == prefer else f"[{shown}] {text}"
        parts = ((k, plain(v, langs, nested=True, prefer=prefer)) for k, v in value.items())
        return "; ".join(f"{k}: {text}" for k, text in parts if text)
    return str(value)


def _row(
    key: str, label: Text, texts: Sequence[str | Text], statuses: Sequence[str | None] | None = None
) -> ComparisonRow:
    values = tuple(english(t) for t in texts)
    statuses = tuple(statuses) if statuses is not None else tuple(None for _ in values)
    differs = len(set(values)) > 1 or len(set(statuses)) > 1
    return ComparisonRow(
        key=key,
        label=label.english(),
        values=values,
        statuses=statuses,
        differs=differs,
        label_text=label,
        texts=tuple(texts),
    )


def _marked(value: float | None, source: str | None, digits: int) -> str:
    """A number of the dataset, led by ≈ when it is derived (its ``*_source`` column says so)."""
    if value is None:
        return "–"
    return ("≈" if source == "derived" else "") + display_number(value, digits)
