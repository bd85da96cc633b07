"""The normalised comparability table: one row per descriptor, the same columns for every provider.

Pure: :func:`rows` turns a report into plain dicts (the HTML and Excel reports use them as they
are); :func:`to_frame` gives the pandas DataFrame researchers work with, and :func:`write_dataset`
writes it as CSV or Parquet beside a data dictionary describing every column.

Workload is normalised both ways with :data:`qa_checker.ects.HOURS_PER_ECTS` = 27.5 hours per ECTS credit, the
midpoint of the 25-30 hours of the ECTS Users' Guide (2015). Declared and derived values stay
distinguishable: ``ects_source``/``hours_source`` say ``declared`` or ``derived``.

Values written as providers write them (a country's or language's name in any European language, a mode or
assessment type in the provider's words, "5,0", "5 ECTS", "2 x 3 EC", "8 Wochen à 5 Stunden", credits of a
national name or a UK framework, "1.200,00 €", "890 € zzgl. MwSt.", "kostenlos", a national level of a framework
referenced to the EQF, a level or cycle written as text, "Niveau 6 DQR" or "livello laurea", a field by its code's
forms or the national name of informatics) are read to the codes and numbers of the format; a value given in a form
that cannot be read (an ISCED 1997 field code, a level naming no framework) is left empty and its column named in
``unread``, so that a gap never stands for a value.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from qa_checker import value_reader, vocab
from qa_checker.aliases import normalise
from qa_checker.cells import neutralise, without_surrogates
from qa_checker.descriptor import Descriptor, first_text
from qa_checker.ects import HOURS_PER_ECTS, ects_of_credits, hours_per_credit, is_ects, workload_written
from qa_checker.elements import ELEMENT_KEYS, ELEMENTS_BY_KEY, filled
from qa_checker.findings import Severity
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLE_KEYS, PRINCIPLES_BY_KEY
from qa_checker.results import Report, Result
from qa_checker.rules.consistency import CYCLE_EQF, higher_education, implied_eqf, nqf_framework
from qa_checker.text import N_, Text, msg

if TYPE_CHECKING:
    import pandas as pd

    from qa_checker.writing import Content

# How the reports show the group of descriptors that name no awarding body (translated). The group's key is
# None, never this text: a provider may be named "(provider not given)" and is then a provider of its own.
UNKNOWN_PROVIDER = N_("(provider not given)")
SEPARATOR = "; "


@dataclass(frozen=True)
class Column:
    """One column of the table and its entry in the data dictionary (``description`` shown in a language)."""

    name: str
    type: str
    description: Text


# The column of each Annex I element's status and each Annex II principle's score, by the element's or principle's key.
ELEMENT_COLUMNS = {key: f"element_{key}" for key in ELEMENT_KEYS}
PRINCIPLE_COLUMNS = {key: f"principle_{key}" for key in PRINCIPLE_KEYS}


def _element_columns() -> tuple[Column, ...]:
    return tuple(
        Column(
            ELEMENT_COLUMNS[key],
            "string",
            msg(
                "Status of Annex I element '{element}' ({clause}): present, missing, invalid or not-applicable.",
                element=msg(ELEMENTS_BY_KEY[key].label),
                clause=ELEMENTS_BY_KEY[key].clause,
            ),
        )
        for key in ELEMENT_KEYS
    )


def _principle_columns() -> tuple[Column, ...]:
    return tuple(
        Column(
            PRINCIPLE_COLUMNS[key],
            "number",
            msg(
                "Score 0-100 for Annex II principle '{principle}' over the rules giving evidence for it; empty when "
                "no rule assessed it.",
                principle=msg(PRINCIPLES_BY_KEY[key].label),
            ),
        )
        for key in PRINCIPLE_KEYS
    )


COLUMNS: tuple[Column, ...] = (
    Column("source", "string", msg("The file (or archive member, as archive.zip!path) the descriptor came from.")),
    Column("id", "string", msg("The provider's own identifier of the offering (descriptor field 'id').")),
    Column("kind", "string", msg("offer (a course on offer) or credential (one issued to a learner).")),
    Column("title", "string", msg("Title in the first language of instruction (or English, or the first given).")),
    Column("provider", "string", msg("Awarding body name(s), '; '-separated; the grouping key of the audit report.")),
    Column("country", "string", msg("ISO 3166-1 alpha-2 country code(s) of the awarding bodies, '; '-separated.")),
    Column(
        "ects",
        "number",
        msg("Workload in ECTS credits: declared, or derived from hours at {hours} h/ECTS.", hours=HOURS_PER_ECTS),
    ),
    Column(
        "ects_source",
        "string",
        msg("declared (given in the descriptor) or derived (computed from hours); empty if neither."),
    ),
    Column(
        "hours",
        "number",
        msg("Notional workload in hours: declared, or derived from ECTS at {hours} h/ECTS.", hours=HOURS_PER_ECTS),
    ),
    Column("hours_source", "string", msg("declared or derived, as for ects_source.")),
    Column(
        "hours_per_ects",
        "number",
        msg("Declared hours divided by declared ECTS, when both are given (ECTS expects 25-30)."),
    ),
    Column(
        "eqf_level",
        "integer",
        msg("EQF level 1-8 (given, else of the national level, else of the QF-EHEA cycle); empty if not applicable."),
    ),
    Column(
        "eqf_level_source",
        "string",
        msg(
            "declared (the EQF level given) or derived (from the national level or the QF-EHEA cycle); empty "
            "if neither."
        ),
    ),
    Column("field_code", "string", msg("ISCED-F 2013 field of education code (2, 3 or 4 digits).")),
    Column("field_label", "string", msg("English label of the ISCED-F code from the bundled vocabulary.")),
    Column("mode", "string", msg("Form of participation: online, onsite or blended.")),
    Column("assessment_types", "string", msg("Assessment type slugs, '; '-separated (ELM learning-assessment types).")),
    Column("supervision", "string", msg("Supervision and identity verification slug.")),
    Column("price", "number", msg("Price of the offering (descriptor field price.amount), in its currency.")),
    Column("currency", "string", msg("ISO 4217 code of the price's currency.")),
    Column("qa_type", "string", msg("Quality assurance given: internal, external or internal + external.")),
    Column("qa_framework", "string", msg("Framework of the external quality assurance (ESG, EQAVET, ISO-21001, ...).")),
    Column("languages", "string", msg("ISO 639-1 languages of instruction, '; '-separated.")),
    Column(
        "outcome_levels",
        "string",
        msg(
            "Bloom level (remember .. create) of each learning outcome, '; '-separated in "
            "outcome order; ? where no level could be read (no lexicon for the language, no verb)."
        ),
    ),
    Column(
        "score", "number", msg("Weighted share 0-100 of the rubric's rules the descriptor satisfies; empty on error.")
    ),
    Column("status", "string", msg("pass, fail (an error-severity finding) or error (the file could not be read).")),
    Column("errors", "integer", msg("Findings of severity error that count (not waived).")),
    Column("warnings", "integer", msg("Findings of severity warning that count (not waived).")),
    Column("infos", "integer", msg("Findings of severity info.")),
    Column("waived", "integer", msg("Findings waived by an accepted exception.")),
    *_element_columns(),
    *_principle_columns(),
    Column(
        "unread",
        "string",
        msg(
            "The columns, '; '-separated, whose value the descriptor gives in a form the checker could not read "
            "(left empty in the row, not zero)."
        ),
    ),
    Column("format", "string", msg("How the descriptor was read: json, yaml, zip, or an importer's format.")),
    Column("imported_from", "string", msg("The foreign format the descriptor was converted from, if any.")),
    Column("sha256", "string", msg("SHA-256 of the input file (or archive member) the descriptor was read from.")),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
# Columns added after the dataset was first published: a file with the others, in order, is still one of ours.
ADDED_COLUMNS = frozenset({"unread", "eqf_level_source"})


# The columns of the dataset's data dictionary.
DICTIONARY_COLUMNS = ("column", "type", "description")


def written_header(line: str) -> bool:
    """Whether a CSV file's first line is the header of a dataset or of its data dictionary, as qa-checker writes
    them."""
    names = line.rstrip("\r\n").split(",")
    return tuple(names) == DICTIONARY_COLUMNS or dataset_header(names)


def dataset_header(names: list[str]) -> bool:
    """Whether ``names`` are the dataset's columns in order, as this version or an earlier one (without some of
    :data:`ADDED_COLUMNS`) wrote them."""
    kept = set(names)
    return names == [n for n in COLUMN_NAMES if n in kept or n not in ADDED_COLUMNS]


def rows(results: Report | Iterable[Result]) -> list[dict[str, Any]]:
    """One dict per descriptor, keys in :data:`COLUMN_NAMES` order."""
    items = results.results if isinstance(results, Report) else results
    return [row(r) for r in items]


def row(result: Result) -> dict[str, Any]:
    """The normalised row of one result."""
    data: dict[str, Any] = result.data if isinstance(result.data, dict) else {}
    langs = languages_of(data)
    unread: list[str] = []
    doc = Descriptor(data)
    # Whether the descriptor is of higher education matters only to credits given in another system.
    other_credits = filled(_block(data.get("workload")).get("other_credits"))
    ects, ects_source, hours, hours_source, ratio = workload(
        data.get("workload"), unread, higher_education=other_credits and higher_education(doc)
    )
    field = _read("field_code", data.get("field_of_education"), field_code, unread)
    assessment = _block(data.get("assessment"))
    participation = _block(data.get("participation"))
    types = assessment.get("types")
    out: dict[str, Any] = {
        "source": result.source,
        "id": result.id,
        "kind": result.kind,
        "title": first_text(data.get("title"), langs),
        "provider": provider(data, langs),
        "country": _read_all("country", [b.get("country") for b in bodies(data)], value_reader.country, unread),
        "ects": ects,
        "ects_source": ects_source,
        "hours": hours,
        "hours_source": hours_source,
        "hours_per_ects": ratio,
        **_eqf_columns(doc, data, unread),
        "field_code": field,
        "field_label": vocab.get("isced-f").label(field) if field else None,
        "mode": _read_all("mode", [participation.get("mode")], value_reader.mode, unread),
        "assessment_types": _read_all(
            "assessment_types",
            listed(types),
            value_reader.concept("assessment-types"),
            unread,
        ),
        "supervision": _read_all(
            "supervision", [assessment.get("supervision")], _schema_code("assessment.supervision"), unread
        ),
        **_price(data.get("price"), unread),
        **qa_columns(data.get("quality_assurance"), unread),
        "languages": _read_all("languages", _languages_named(langs), value_reader.language, unread),
        "outcome_levels": outcome_levels(result),
        "score": result.score,
        "status": result.status,
        **_counts(result),
    }
    out.update(zip(ELEMENT_COLUMNS.values(), map(result.elements.get, ELEMENT_COLUMNS)))
    out.update(zip(PRINCIPLE_COLUMNS.values(), map(result.principles.get, PRINCIPLE_COLUMNS)))
    out["unread"] = _join(unread)
    out["format"] = result.format
    out["imported_from"] = result.imported_from
    out["sha256"] = result.sha256
    return out


def _counts(result: Result) -> dict[str, int]:
    """The count columns: the findings not waived by severity, and those waived (counted by identity, as a
    severity's hash is a call of its own)."""
    severities = [finding.severity for finding in result.findings if finding.waiver is None]
    return {
        "errors": severities.count(Severity.ERROR),
        "warnings": severities.count(Severity.WARNING),
        "infos": severities.count(Severity.INFO),
        "waived": len(result.findings) - len(severities),
    }


def _price(value: object, unread: list[str]) -> dict[str, Any]:
    """The ``price`` and ``currency`` columns of a descriptor's price (each empty, and noted in ``unread``, when
    given in a form that cannot be read); an amount written with its currency ("450 €") gives both, and one that
    cannot be read still its currency ("€ 300 – 500", "€ 49 per month")."""
    block = _block(value)
    amount, shown = block.get("amount"), block.get("currency")
    if isinstance(amount, str) and not filled(shown):
        written = value_reader.price(amount)
        shown = written[1] if written is not None else value_reader.currency_in(amount)
    return {
        "price": _read("price", amount, _amount, unread),
        "currency": _read_all("currency", [shown], _currency, unread),
    }


def _currency(text: str) -> str | None:
    """A currency given by its code, sign or name, or by the one currency word of a longer text ("svenska
    kronor")."""
    return value_reader.currency(text) or value_reader.currency_in(text)


def _read(column: str, value: Any, read: Callable[[Any], Any], unread: list[str]) -> Any:
    """``read(value)``, and ``column`` noted in ``unread`` when a value is given but reads as nothing."""
    found = read(value)
    if found is None and filled(value):
        unread.append(column)
    return found


def _read_all(column: str, values: list[Any], read: Callable[[str], str | None], unread: list[str]) -> str | None:
    """The texts read of ``values``, joined; ``column`` noted in ``unread`` when one of them reads as nothing. The
    reading of a few short texts is remembered (:func:`_texts_read`): a batch repeats its codes and names."""
    given = tuple(values)
    found, missed = (_texts_read if _short_texts(given) else _values_read)(read, given)
    if missed:
        unread.append(column)
    return found


def _values_read(read: Callable[[str], str | None], values: tuple[Any, ...]) -> tuple[str | None, bool]:
    """The texts read of ``values``, joined, and whether one of them reads as nothing."""
    found: list[str | None] = []
    missed = False
    for value in values:
        read_as = read(value.strip()) if isinstance(value, str) else None
        missed = missed or (read_as is None and filled(value))
        found.append(read_as)
    return _join(found), missed


def _short_texts(values: tuple[Any, ...]) -> bool:
    """Whether ``values`` are all texts, of at most :data:`_REMEMBERED_CHARS` in all."""
    try:
        return len(values) <= _REMEMBERED_CHARS and len("".join(values)) <= _REMEMBERED_CHARS
    except TypeError:  # not a text
        return False


# How many readings of texts are remembered, and how long the texts of one reading may be in all: a reader is pure,
# and the codes, names and phrases of a batch repeat (a long text seldom does, and would hold memory).
_REMEMBERED = 4096
_REMEMBERED_CHARS = 200
_texts_read = functools.lru_cache(maxsize=_REMEMBERED)(_values_read)


def _amount(value: Any) -> float | None:
    """A price: a finite number, or a text of one number (decimal comma or point) with its currency around it."""
    if isinstance(value, str):
        return (value_reader.price(value) or (None, None))[0]
    usable = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return value if usable else None


def provider(data: dict[str, Any], languages: list[str] | None = None) -> str | None:
    """The awarding body name(s) of a descriptor, in its first language (``languages``: its
    :func:`languages_of`, when they are read already)."""
    langs = languages_of(data) if languages is None else languages
    return _join(first_text(b.get("name"), langs) for b in bodies(data))


def group_key(row_: dict[str, Any]) -> str | None:
    """The provider a row is grouped under: None for a row naming none."""
    return row_.get("provider") or None


def group_order(name: str | None) -> tuple[bool, str, str]:
    """The sort key of a provider group: by name regardless of case, the group naming none last."""
    return (name is None, (name or "").casefold(), name or "")


def provider_row(result: Result) -> dict[str, Any]:
    """What :func:`providers` reads of a result: its :func:`row` cut to provider, status, score and source."""
    data: dict[str, Any] = result.data if isinstance(result.data, dict) else {}
    return {"provider": provider(data), "status": result.status, "score": result.score, "source": result.source}


def providers(rows_: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows grouped by awarding body: counts, pass rate and mean score, sorted by provider name.

    The rows are read once and not kept (a run on disk streams them): only each group's counts, scores
    and sources stay."""
    tally = ProviderTally()
    for row_ in rows_:
        tally.add(row_)
    return tally.summary()


class ProviderTally:
    """:func:`providers` made one row at a time, as results arrive."""

    __slots__ = ("_groups",)

    def __init__(self) -> None:
        self._groups: dict[str | None, _Group] = {}

    def add(self, row_: dict[str, Any]) -> None:
        """Count one row (of :func:`row` or :func:`provider_row`) in its provider's group."""
        group = self._groups.get(key := group_key(row_))
        if group is None:
            group = self._groups[key] = _Group()
        group.add(row_)

    def summary(self) -> list[dict[str, Any]]:
        """The groups so far, sorted by provider name, the unknown provider last."""
        groups = self._groups
        return [groups[name].summary(name) for name in sorted(groups, key=group_order)]


class IdTally:
    """The ids given by more than one descriptor of a run, found one result at a time.

    The history, comparisons and diffs tell offerings apart by id: two files of one id (the same offering
    submitted twice, or two providers' codes that collide) are one offering to them. Only the first source
    of each id is kept, and the sources of the ids that repeat."""

    __slots__ = ("_first", "_repeated")

    def __init__(self) -> None:
        self._first: dict[str, str] = {}
        self._repeated: dict[str, list[str]] = {}

    def add(self, ident: str | None, source: str) -> None:
        """Note one descriptor's id (``None`` when it has none)."""
        if not ident:
            return
        first = self._first.get(ident)
        if first is None:
            self._first[ident] = source
        else:
            self._repeated.setdefault(ident, [first]).append(source)

    def summary(self) -> list[dict[str, Any]]:
        """Each repeated id with the sources that give it, in input order, sorted by id."""
        return [{"id": ident, "sources": self._repeated[ident]} for ident in sorted(self._repeated)]


class _Group:
    """What :func:`providers` keeps of one awarding body's rows."""

    __slots__ = ("counts", "score", "sources")

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("pass", "fail", "error"), 0)
        self.score = Mean()
        self.sources: list[str] = []

    def add(self, row_: dict[str, Any]) -> None:
        if row_["status"] in self.counts:
            self.counts[row_["status"]] += 1
        if row_["score"] is not None:
            self.score.add(row_["score"])
        self.sources.append(row_["source"])

    def summary(self, name: str | None) -> dict[str, Any]:
        return {
            "provider": name,
            "descriptors": len(self.sources),
            **self.counts,
            "pass_rate": round(100.0 * self.counts["pass"] / len(self.sources), 1),
            "mean_score": self.score.value(),
            "sources": self.sources,
        }


class Mean:
    """A running mean of floats (scores), added as the built-in :func:`sum` adds a list of them (with its
    compensated summation from Python 3.12), so that a mean made in one pass is the one a list would give."""

    __slots__ = ("_error", "_total", "n")

    def __init__(self) -> None:
        self.n = 0
        self._total = 0.0
        self._error = 0.0

    def add(self, value: float) -> None:
        self.n += 1
        total = self._total + value
        if _COMPENSATED_SUM:
            if abs(self._total) >= abs(value):
                self._error += (self._total - total) + value
            else:
                self._error += (value - total) + self._total
        self._total = total

    def value(self) -> float | None:
        """The mean to one decimal, or ``None`` when nothing was added."""
        if not self.n:
            return None
        total = self._total + self._error if self._error and math.isfinite(self._error) else self._total
        return round(total / self.n, 1)


_COMPENSATED_SUM = sys.version_info >= (3, 12)


def workload(
    value: Any, unread: list[str] | None = None, *, higher_education: bool = False
) -> tuple[float | None, str | None, float | None, str | None, float | None]:
    """``(ects, ects_source, hours, hours_source, hours_per_ects)`` normalised at :data:`HOURS_PER_ECTS`; a figure
    given in a form that cannot be read is noted in ``unread`` (``ects`` or ``hours``).

    Credits given under ``other_credits`` by a national name of the ECTS credit ("opintopiste", "högskolepoäng";
    the plain word for a credit only in ``higher_education``) are declared ECTS; credits of a UK framework give
    hours (10 notional hours each) and ECTS (two to one ECTS) derived; those of another system, when nothing else
    gives the workload, leave the ECTS unread."""
    notes = [] if unread is None else unread
    written = workload_written(value) if isinstance(value, str) else None
    if isinstance(value, str) and written is None:
        notes.extend(("ects", "hours"))
    block = written or (value if isinstance(value, dict) else {})
    ects = _read("ects", block.get("ects"), _figure("ects"), notes)
    hours = _read("hours", block.get("hours"), _figure("hours"), notes)
    ratio = round(hours / ects, 1) if ects and hours and math.isfinite(hours / ects) else None
    ects_source = "declared" if ects is not None else None
    hours_source = "declared" if hours is not None else None
    other = _block(block.get("other_credits"))
    credits = _positive(other.get("value")) if ects is None else None
    if credits is not None and is_ects(other.get("system"), higher_education=higher_education):
        ects, ects_source = credits, "declared"
    elif credits is not None:
        per_credit = hours_per_credit(other.get("system"), higher_education=higher_education)
        if hours is None and per_credit is not None and math.isfinite(credits * per_credit):
            hours, hours_source = float(credits * per_credit), "derived"
        converted = ects_of_credits(other.get("system"), credits)
        if converted is not None:
            ects, ects_source = round(converted, 2), "derived"
        elif hours is None:
            notes.append("ects")
    if ects is None and hours is not None:
        ects, ects_source = round(hours / HOURS_PER_ECTS, 2), "derived"
    if hours is None and ects is not None and math.isfinite(ects * HOURS_PER_ECTS):
        hours, hours_source = round(ects * HOURS_PER_ECTS, 1), "derived"
    return ects, ects_source, hours, hours_source, ratio


def _level_given(value: Any) -> Any:
    """A level block without its ``not_applicable`` reason: a level said not to apply is not a level unread."""
    return {k: v for k, v in value.items() if k != "not_applicable"} if isinstance(value, dict) else value


def _eqf_columns(doc: Descriptor, data: dict[str, Any], unread: list[str]) -> dict[str, Any]:
    """``eqf_level`` and ``eqf_level_source``: ``declared`` when the descriptor gives the EQF level, ``derived``
    when it is read from its national level or QF-EHEA cycle."""
    level_block = level_read(data)
    if level_block is not data.get("level"):
        doc = Descriptor({**data, "level": level_block})
    level = _read("eqf_level", _level_given(data.get("level")), lambda _: implied_eqf(doc), unread)
    source = None if level is None else "declared" if doc.eqf is not None else "derived"
    return {"eqf_level": level, "eqf_level_source": source}


def level_read(data: dict[str, Any]) -> Any:
    """The descriptor's level as the dataset reads it: a level written as text that names the EQF ("EQF 6") or a
    national framework ("Niveau 6 DQR", "SCQF 9"), or a QF-EHEA cycle in words ("livello laurea"), as the block the
    format gives it in, also in the block's own fields (``eqf: NFQ Level 8`` is the Irish NFQ's level 8, which is
    EQF 6); the level as given when it is given as the format says or reads as none of them."""
    value = data.get("level")
    if isinstance(value, str):
        return _level_written(value, Descriptor(data).body_countries()) or value
    if not isinstance(value, dict):
        return value
    block = dict(value)
    eqf = block.get("eqf")
    written = _level_written(eqf, Descriptor(data).body_countries(), eqf=True) if isinstance(eqf, str) else None
    if written is not None:
        block = {**written, **{k: v for k, v in block.items() if k != "eqf"}}
    cycle = block.get("qf_ehea_cycle")
    if isinstance(cycle, str) and cycle not in CYCLE_EQF:
        block["qf_ehea_cycle"] = _schema_code("level.qf_ehea_cycle")(cycle) or cycle
    return block if block != value else value


def _level_written(text: str, countries: frozenset[str], *, eqf: bool = False) -> dict[str, Any] | None:
    """The level block a level written as text gives: the EQF level with its words ("EQF 6", and "Level 6" in
    the ``eqf`` field), a level naming one known national framework ("poziom 7 PRK") as that framework's, or a
    QF-EHEA cycle in words; ``None`` when it names none, or only a level ("Level 6" alone), or is longer than any
    level with its words (left unread, and so named in ``unread``)."""
    from qa_checker.loaders.cell_values import LEVEL_CHARS, level_digits, names_eqf

    if len(text) > LEVEL_CHARS:
        return None
    digits = level_digits(text)
    if digits.isdigit() and (eqf or names_eqf(text)):
        return {"eqf": int(digits)}
    named = {known: word for word in re.findall(r"[^\W\d_]+", text) if (known := nqf_framework(word, countries))}
    if len(named) == 1:
        return {"nqf": {"framework": next(iter(named.values())), "level": text}}
    cycle = None if eqf else value_reader.cycle_named(text)
    return {"qf_ehea_cycle": cycle} if cycle else None


def eqf_level(data: dict[str, Any]) -> int | None:
    """The EQF level a descriptor gives, or the one its national level (read with its awarding bodies'
    countries: DQR 6 is EQF 6, Irish NFQ 9 is EQF 7) or QF-EHEA cycle implies, as the level rules read it."""
    return implied_eqf(Descriptor(data))


def qa_columns(value: Any, unread: list[str] | None = None) -> dict[str, str | None]:
    """``qa_type`` and ``qa_framework`` (as the format spells it: "esg" is ``ESG``, "ISO 21001" ``ISO-21001``)
    from the quality-assurance block; a framework that cannot be read is noted in ``unread``."""
    block = _block(value)
    kinds = [k for k in ("internal", "external") if filled(block.get(k))]
    external = _block(block.get("external"))
    framework = _read_all(
        "qa_framework",
        [external.get("framework")],
        _schema_code("quality_assurance.external.framework"),
        [] if unread is None else unread,
    )
    return {"qa_type": " + ".join(kinds) or None, "qa_framework": framework}


@functools.cache
def _schema_code(dotted: str) -> Callable[[str], str | None]:
    """A reader of the codes the descriptor schema allows at a field (``assessment.supervision``), in the
    provider's words as the spreadsheet loader reads them."""
    from qa_checker.loaders.columns import field_for_path

    spec = field_for_path(dotted)
    assert spec is not None, dotted
    return lambda text: value_reader.code(text, spec.vocab, spec.enum)


def field_code(value: Any) -> str | None:
    """The ISCED-F 2013 code a field of education gives, as the vocabulary spells it: the code, one whose leading
    zero a number dropped (``714`` is ``0714``), or one written with or as its label ("0413 Management and
    administration"); ``None`` for anything else, an unknown code included."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value_reader.typed(value)
    named = _ISCED_NAMED.match(text)
    if named is not None:
        # A code after the classification's name is written in full: "ISCED 481" is of ISCED 1997, no 0481.
        return value_reader.code(text[named.end() :], "isced-f")
    return vocab.isced_without_zero(text, read=True) or value_reader.code(text, "isced-f") or _degree_field(text)


# The classification's name before a field's code: "ISCED-F 0612", "ISCED 2013: 0613", "ISCED-F 2013 - 0413".
_ISCED_NAMED = regex(r"ISCED(?:[\s-]?F)?(?:[\s-]?2013)?\s*(?:[:\-–]\s*)?(?=\d)", re.IGNORECASE)


def _degree_field(text: str) -> str | None:
    """The field a degree's name gives: a degree named for its field (LL.B., Master of Laws, MBA), or the
    discipline written after a degree's name and a connecting word ("Grado en Enfermería", "MSc Mechanical
    Engineering", "Laurea magistrale in Giurisprudenza") or before a degree's name ("Ápolás BSc"), only when the table
    reads the discipline; ``None`` for a degree's name alone."""
    if len(text) > _DEGREE_CHARS:
        return None
    text = _BRACKETED_DEGREE.sub("", text)
    if field := _FIELD_DEGREES.get(normalise(text)):
        return field
    before = _DEGREE_BEFORE.match(text)
    after = _DEGREE_AFTER.search(text)
    discipline = text[before.end() :] if before else text[: after.start()] if after else ""
    return value_reader.code(discipline, "isced-f") if discipline.strip() else None


# Longer texts are never a degree's name (and are not searched for one).
_DEGREE_CHARS = 150
# Degrees named for their field, as :func:`qa_checker.aliases.normalise` gives them.
_FIELD_DEGREES = {**dict.fromkeys(("llb", "llm", "bacheloroflaws", "masteroflaws"), "0421"), "mba": "041"}
# A degree's name: the words of the EU's languages for a degree and what qualifies it (Laurea magistrale a ciclo
# unico, Máster Universitario, Studia II stopnia, Mestrado Integrado, Licence professionnelle, Diplom-Ingenieur,
# Bachelor's degree, Magisterstudium, bakalářský studijní program), in any case, and its abbreviations as written
# (BSc, B.A., LL.M., Ph.D., Bc., Mgr.), which are words too in lower case ("ma", "ba").
_DEGREE_WORDS = (
    r"(?:bachelor|master|magister|diplom)(?:studium|studiengang)|bachelor(?:['’]s)?|master(?:['’]s)?|máster|magister"
    r"|magistr|bakalářský|bakalářské|bakalársky|bakalárske|magisterský|magisterské|navazující|studijní|studijný"
    r"|grado|graduado|licence|licenciatura|licencjat|laurea"
    r"|magistrale|triennale|specialistica|a ciclo unico|universitari[oa]|professionnelle|mestrado|integrado"
    r"|bacharelato|diplom|bakalář|bakalár|kandidatexamen|masterexamen|magisterexamen|alapszak|mesterszak"
    r"|studia|magisterskie|licencjackie|inżynierskie|jednolite|[I]{1,2} stopnia|doctorat|doctorado|dottorato"
    r"|doctorate|doktorat|ingeniero|ingénieur|ingenieur|diploma|degree|programme|program"
)
_DEGREE_ABBREVIATIONS = (
    r"B\.?\s?Sc\.?|M\.?\s?Sc\.?|B\.?\s?A\.?|M\.?\s?A\.?|B\.?\s?Eng\.?|M\.?\s?Eng\.?|LL\.?\s?[BM]\.?|Ph\.?\s?D\.?"
    r"|B\.?S\.?|M\.?S\.?|Bc\.|Mgr\.|Dipl\.(?:-Ing\.)?"
)
_DEGREE = rf"(?:(?i:{_DEGREE_WORDS})|{_DEGREE_ABBREVIATIONS})(?![^\W_])"
# A degree's name and what connects it to the discipline after it ("of Science", "of Engineering in", "en", "de",
# "z", "in de", ":").
_DEGREE_BEFORE = regex(
    rf"(?:{_DEGREE}[\s,:–-]*)+(?:(?i:of (?:science|arts)|of (?:[^\W\d_]+ ){{1,4}}?(?=in )|\((?:hons|honours)\.?\))"
    r"[\s,:–-]*)*"
    r"(?:(?i:in de|in der|in|en|de la|des|de|of|z|ze|della|dell'|del|di|em|do|da|i|im|na kierunku|kierunek|obor)\s+"
    r"|(?i:d'|dell'))?"
)
# A degree's abbreviation in brackets beside its name ("Master of Science (MSc) in Nursing", "Master of Laws (LL.M.)").
_BRACKETED_DEGREE = regex(rf"\s*\({_DEGREE}\)")
# A degree's name after the discipline ("Ápolás BSc", "Farmacja, jednolite studia magisterskie").
_DEGREE_AFTER = regex(rf"(?<!\s)[\s,:–-]+(?:{_DEGREE}[\s,:–-]*)+$")


def _block(value: Any) -> dict[str, Any]:
    """A nested object of the descriptor, or an empty one when it is anything else."""
    return value if isinstance(value, dict) else {}


def listed(value: Any) -> list[Any]:
    """A list the descriptor gives, or one value given alone (``languages: de``, one awarding body as an
    object) as a list of one; an empty list for nothing given."""
    return value if isinstance(value, list) else [value] if filled(value) else []


def languages_of(data: dict[str, Any]) -> list[str]:
    """The languages of instruction a descriptor gives, as texts (one given alone as a list of one)."""
    return [x for x in listed(data.get("languages")) if isinstance(x, str)]


def _languages_named(langs: list[str]) -> list[str]:
    """The languages of instruction, one given as the languages it joins ("EN/DE", "Deutsch und Englisch") as
    each of them."""
    return [
        code
        for text in langs
        for code in (
            [text] if value_reader.language(text.strip()) else value_reader.joined_languages(text.strip()) or [text]
        )
    ]


def bodies(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The awarding bodies a descriptor gives (one given alone as a list of one)."""
    return [b for b in listed(data.get("awarding_bodies")) if isinstance(b, dict)]


def _positive(value: Any) -> float | None:
    """A positive number (or a text of one, "5,0") as a float; ``None`` for anything else, and for a number no
    float holds."""
    if isinstance(value, str):
        value = value_reader.sure_number(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _figure(field: str) -> Callable[[Any], float | None]:
    """A reader of a workload figure: a positive number, or a text of one alone ("5,0") or with the
    field's unit ("5 ECTS" for ``ects``, "140 h" for ``hours``)."""

    def read(value: Any) -> float | None:
        if isinstance(value, str) and value_reader.sure_number(value) is None:
            written = workload_written(value) or {}
            value = written.get(field) if len(written) == 1 else None
        return _positive(value)

    return read


def outcome_levels(result: Result) -> str | None:
    """The outcomes' Bloom levels in order (repeats kept), ``?`` for one without a level."""
    if not any(o["bloom"] for o in result.outcomes):
        return None
    return SEPARATOR.join(o["bloom"] or "?" for o in result.outcomes)


def _join(values: Iterable[Any]) -> str | None:
    """The texts and whole numbers of ``values``, each once, :data:`SEPARATOR`-joined; ``None`` for none."""
    if isinstance(values, list) and len(values) == 1 and type(values[0]) is str:
        # The one value most columns are given, without the joining.
        return values[0] if values[0].strip() else None
    texts = [str(v) for v in values if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v).strip()]
    return SEPARATOR.join(dict.fromkeys(texts)) or None


def to_frame(results: Report | Iterable[Result]) -> pd.DataFrame:
    """The table as a pandas DataFrame with nullable integer and float columns (lone surrogates in
    text become U+FFFD, which pandas' string columns require)."""
    return _frame(rows(results), without_surrogates)


def read_dataset(path: str | Path) -> pd.DataFrame:
    """A dataset :func:`write_dataset` wrote, ``.csv`` or ``.parquet``, as the DataFrame :func:`to_frame` gives:
    each column of the data dictionary typed as it says, so that a CSV's ``0613`` stays a code (not the number
    613), its ``NA`` (Namibia) a country, and its counts nullable integers."""
    import pandas as pd

    path = Path(path)
    if path.suffix.lower() == ".parquet":
        return pd.read_parquet(path)
    if path.suffix.lower() != ".csv":
        raise ValueError(f"{path}: the dataset must be a .csv or .parquet file")
    types = {c.name: _DTYPES[c.type] for c in COLUMNS}
    frame = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""], encoding="utf-8")
    return frame.astype({name: types[name] for name in frame.columns if name in types})


# The pandas type of each type of the data dictionary.
_DTYPES = {"integer": "Int64", "number": "Float64", "string": "string"}


def _frame(table_rows: list[dict[str, Any]], cell: Callable[[str], str]) -> pd.DataFrame:
    """The rows as a typed DataFrame, every text value passed through ``cell``."""
    import pandas as pd

    frame = pd.DataFrame(
        [{k: cell(v) if isinstance(v, str) else v for k, v in r.items()} for r in table_rows],
        columns=list(COLUMN_NAMES),
    )
    for c in COLUMNS:
        frame[c.name] = frame[c.name].astype(_DTYPES[c.type])
    return frame


def display_number(value: float | int | None, digits: int = 1) -> str:
    """A number for people: at most ``digits`` decimals, no trailing zeros, a dash for none."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}".rstrip("0").rstrip(".") or "0"
    return str(value)


def dictionary(tr: Translator | None = None) -> list[dict[str, str]]:
    """The data dictionary: every column with its type and meaning (in the translator's language, default
    English; the column names and types are the dataset's own and stay as they are)."""
    tr = tr or translator()
    return [{"column": c.name, "type": c.type, "description": tr.render(c.description)} for c in COLUMNS]


def dictionary_path(dataset: Path) -> Path:
    """Where the data dictionary of a dataset file goes: ``FILE.dictionary.csv`` beside it."""
    return dataset.with_name(f"{dataset.stem}.dictionary.csv")


def dataset_files(
    results: Report | Iterable[Result], path: Path, *, language: str | None = None
) -> dict[Path, Content]:
    """The table as ``.csv`` or ``.parquet`` and its data dictionary, by the paths they go to.

    The table is a function that writes the file (see :data:`qa_checker.writing.Content`), reading
    the results once, :data:`ROW_GROUP` rows at a time; the dictionary is bytes.

    The dictionary describes the columns in ``language`` (default: the report's, else English); the
    table itself is data, the same in every language.

    Text cells of a CSV file are neutralised against formula injection as the Excel workbook's
    are (:mod:`qa_checker.cells`), since spreadsheet programs open CSV files too; numbers stay
    numbers, and Parquet keeps the text as it is. CSV lines end in CRLF (RFC 4180): the writer then
    quotes every value holding a line break, where with LF endings it leaves a lone CR bare and a
    spreadsheet would start a new row (and an unneutralised cell) at it. Lone surrogates become
    U+FFFD in both formats.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"{path}: the dataset must be a .csv or .parquet file")
    items = results.results if isinstance(results, Report) else results
    writer = _write_csv if suffix == ".csv" else _write_parquet
    if language is None:
        language = results.language if isinstance(results, Report) else None
    return {path: lambda file: writer(items, file), dictionary_path(path): _dictionary_csv(language)}


def _groups(results: Iterable[Result]) -> Iterator[list[dict[str, Any]]]:
    """The rows of the results, :data:`ROW_GROUP` at a time."""
    group: list[dict[str, Any]] = []
    for result in results:
        group.append(row(result))
        if len(group) == ROW_GROUP:
            yield group
            group = []
    if group:
        yield group


def _write_csv(results: Iterable[Result], file: BinaryIO) -> None:
    """The table as CSV (text neutralised), the header and then a group of rows at a time."""
    file.write(_csv(_frame([], _csv_cell)))
    for group in _groups(results):
        file.write(_csv(_frame(group, _csv_cell), header=False))


def _write_parquet(results: Iterable[Result], file: BinaryIO) -> None:
    """The table as Parquet, one row group per group of rows, in the schema pandas gives the whole frame."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.Schema.from_pandas(_frame([], without_surrogates), preserve_index=False)
    with pq.ParquetWriter(file, schema, compression="snappy") as writer:
        for group in _groups(results):
            writer.write_table(
                pa.Table.from_pandas(_frame(group, without_surrogates), schema=schema, preserve_index=False)
            )


def _csv(frame: pd.DataFrame, *, header: bool = True) -> bytes:
    text: str = frame.to_csv(index=False, header=header, lineterminator=_CSV_LINE_END)
    return text.encode("utf-8")


def _dictionary_csv(language: str | None) -> bytes:
    """The data dictionary as CSV, descriptions in ``language`` (default English)."""
    import pandas as pd

    terms = pd.DataFrame(
        [{k: _csv_cell(v) for k, v in term.items()} for term in dictionary(translator(language or SOURCE_LANGUAGE))],
        columns=list(DICTIONARY_COLUMNS),
    )
    return _csv(terms)


# Rows of the dataset made and written at once (a Parquet row group): what writing it holds in memory.
ROW_GROUP = 10_000
_CSV_LINE_END = "\r\n"


def _csv_cell(text: str) -> str:
    return neutralise(without_surrogates(text))


def write_dataset(results: Report | Iterable[Result], path: Path, *, language: str | None = None) -> tuple[Path, Path]:
    """Write the table as ``.csv`` or ``.parquet`` and its data dictionary, both or neither; returns both paths."""
    from qa_checker.writing import write_files

    write_files(dataset_files(results, path, language=language))
    return path, dictionary_path(path)
