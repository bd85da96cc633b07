"""Blank descriptor templates for providers: Excel, CSV, YAML and JSON.

Pure: every builder returns the file's content. The columns are the descriptor's dotted paths (the
names the spreadsheet loader reads), each documented with its Annex I element; the example row is a
complete descriptor that passes the ``eu-2022`` rubric, so a filled-in template reads back as valid.
The Excel template adds an Instructions sheet, a header comment per column, dropdowns for every
vocabulary (long lists on a hidden ``Lists`` sheet) and Text/date formats that keep codes intact.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import yaml

from qa_checker import pointer as jp
from qa_checker import vocab
from qa_checker.elements import ELEMENTS_BY_KEY, citation, element_for_pointer
from qa_checker.example import EXAMPLE, EXAMPLE_CREDENTIAL, Cell
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.loaders.columns import field_for_path
from qa_checker.loaders.tabular import TEMPLATE_SHEETS, load_csv
from qa_checker.text import N_, msg

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FORMATS = ("xlsx", "csv", "yaml", "json")
KINDS = ("offer", "credential")
DATA_SHEET = "Descriptors"
INSTRUCTIONS_SHEET, LISTS_SHEET = TEMPLATE_SHEETS
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "yaml": "application/yaml",
    "json": "application/json",
}


@dataclass(frozen=True)
class Column:
    """One template column: the field's dotted path, what to write (English, marked for the catalogue; shown
    with :meth:`doc_in`), and its dropdown list."""

    path: str
    doc: str
    choices: str | None = None
    multi: bool = False
    kinds: tuple[str, ...] = KINDS
    # What to write in the YAML template, where it differs from a cell (lists, language maps, booleans).
    yaml_doc: str | None = None

    @property
    def pointer(self) -> str:
        return jp.join(*self.path.split("."))

    @property
    def element(self) -> str:
        """``Annex I M7 Notional workload`` style label, or empty for fields outside Annex I."""
        key = element_for_pointer(self.pointer)
        if key is None:
            return ""
        element = ELEMENTS_BY_KEY[key]
        return f"{element.clause}: {element.label}"

    def doc_in(self, tr: Translator, *, in_yaml: bool = False) -> str:
        """What to write, in the translator's language (in a YAML file, where that differs from a cell)."""
        return tr.gettext(self.yaml_doc if in_yaml and self.yaml_doc else self.doc)

    def element_in(self, tr: Translator) -> str:
        """:attr:`element` in the translator's language (the element's label translated)."""
        key = element_for_pointer(self.pointer)
        if key is None:
            return ""
        element = ELEMENTS_BY_KEY[key]
        return tr.render(msg("{clause}: {element}", clause=citation(element.clause), element=msg(element.label)))


_CHOICES_FIXED = {
    "kind": ["offer", "credential"],
    "eqf": [str(n) for n in range(1, 9)],
    "cycle": ["short", "first", "second", "third"],
    "identifier-schemes": ["erasmus", "pic", "vat", "eidas", "lei", "national", "other"],
    "qa-frameworks": ["ESG", "EQAVET", "ISO-21001", "ISO-9001", "national", "other"],
    "stackability": ["stand-alone", "stackable"],
    "yes-no": ["yes", "no"],
}
_VOCAB_CHOICES = (
    "assessment-types",
    "supervision",
    "participation-modes",
    "learning-settings",
    "activity-types",
    "accreditation-types",
    "countries",
    "languages",
    "isced-f",
    "currencies",
)
_LABELLED = ("countries", "isced-f")

COLUMNS: tuple[Column, ...] = (
    Column("kind", N_("offer for a catalogue entry; credential for one micro-credential issued to a learner."), "kind"),
    Column("id", N_("Your own stable identifier for this offering (it names the row in every report).")),
    Column(
        "title",
        N_("The title of the micro-credential. For several languages use one column each: title.en, title.nl."),
        yaml_doc=N_("The title of the micro-credential; in several languages a map: {en: ..., nl: ...}."),
    ),
    Column("summary", N_("A short description of the content.")),
    Column(
        "languages",
        N_("Languages of instruction as ISO 639-1 codes; several separated by ';'."),
        "languages",
        True,
        yaml_doc=N_("Languages of instruction as ISO 639-1 codes, a list: [en, nl]."),
    ),
    Column("awarding_bodies.0.name", N_("The awarding body (the organisation that issues the micro-credential).")),
    Column("awarding_bodies.0.country", N_("Country of the awarding body (ISO 3166-1 code, e.g. NL)."), "countries"),
    Column("awarding_bodies.0.region", N_("Region of the awarding body as a NUTS code (optional), e.g. NL329.")),
    Column("awarding_bodies.0.identifier.scheme", N_("Kind of identifier of the awarding body."), "identifier-schemes"),
    Column("awarding_bodies.0.identifier.value", N_("The awarding body's identifier, e.g. its Erasmus code.")),
    Column("awarding_bodies.0.url", N_("The awarding body's website (https://...).")),
    Column(
        "learning_outcomes",
        N_("What a learner can do on completion: one outcome per line (Alt+Enter in Excel)."),
        yaml_doc=N_("What a learner can do on completion: a list, one outcome per item."),
    ),
    Column("workload.ects", N_("Notional workload in ECTS credits (a number, e.g. 5 or 2.5).")),
    Column("workload.hours", N_("Notional workload in hours (a number).")),
    Column("level.eqf", N_("EQF level 1-8."), "eqf"),
    Column("level.nqf.framework", N_("National qualifications framework, e.g. NLQF (with level.nqf.level).")),
    Column("level.nqf.level", N_("Level in the national framework.")),
    Column("level.qf_ehea_cycle", N_("QF-EHEA cycle for higher education: short, first, second or third."), "cycle"),
    Column("level.not_applicable", N_("Only when no level applies: say why.")),
    Column("field_of_education", N_("ISCED-F 2013 field of education code (kept as text, e.g. 0613)."), "isced-f"),
    Column(
        "assessment.types",
        N_("Type(s) of assessment; several separated by ';'."),
        "assessment-types",
        True,
        yaml_doc=N_("Type(s) of assessment, a list: [written-examination, project-work]."),
    ),
    Column("assessment.description", N_("How the learner is assessed.")),
    Column("assessment.supervision", N_("Supervision and identity verification during assessment."), "supervision"),
    Column("assessment.grading_scheme", N_("The grading scale, e.g. 1-10, pass mark 5.5.")),
    Column("participation.mode", N_("Form of participation."), "participation-modes"),
    Column("participation.learning_setting", N_("Formal or non-formal learning."), "learning-settings"),
    Column(
        "participation.activity_types",
        N_("Learning activities; several separated by ';'."),
        "activity-types",
        True,
        yaml_doc=N_("Learning activities, a list: [classroom, self-study]."),
    ),
    Column("participation.schedule.start", N_("Start date (YYYY-MM-DD).")),
    Column("participation.schedule.end", N_("End date (YYYY-MM-DD).")),
    Column("participation.schedule.duration", N_("Duration as ISO 8601, e.g. P10W for ten weeks.")),
    Column("quality_assurance.internal.description", N_("How the provider assures quality internally.")),
    Column("quality_assurance.internal.url", N_("Where the internal QA policy is published (https://...).")),
    Column("quality_assurance.external.body", N_("The external QA body or agency, e.g. NVAO.")),
    Column("quality_assurance.external.country", N_("Country of the external QA body."), "countries"),
    Column("quality_assurance.external.framework", N_("Framework of the external QA."), "qa-frameworks"),
    Column(
        "quality_assurance.external.eqar_registered",
        N_("Is the agency registered in EQAR? yes or no."),
        "yes-no",
        yaml_doc=N_("Is the agency registered in EQAR? true or false."),
    ),
    Column("quality_assurance.external.url", N_("Web page of the external QA (https://...).")),
    Column("quality_assurance.external.last_review", N_("Date of the last external review (YYYY-MM-DD).")),
    Column("quality_assurance.accreditations.0.type", N_("Type of accreditation, if any."), "accreditation-types"),
    Column("quality_assurance.accreditations.0.agent", N_("The accrediting agency.")),
    Column("quality_assurance.accreditations.0.expires", N_("Date the accreditation expires (YYYY-MM-DD).")),
    Column("prerequisites", N_("What a learner needs before starting, or none.")),
    Column("stackability.type", N_("Stand-alone, or stackable towards a larger credential."), "stackability"),
    Column("stackability.towards.0.title", N_("What it stacks towards (required when stackable).")),
    Column("stackability.towards.0.url", N_("Web page of what it stacks towards (https://...).")),
    Column("stackability.towards.0.credits", N_("ECTS credits it counts for there.")),
    Column("further_information", N_("Web page with more information (https://...).")),
    Column("target_group", N_("Who the micro-credential is for.")),
    Column("last_reviewed", N_("When you last reviewed this offering (YYYY-MM-DD).")),
    Column("price.amount", N_("Price (a number).")),
    Column("price.currency", N_("Currency of the price (ISO 4217, e.g. EUR)."), "currencies"),
    Column("learner.name", N_("The learner's name."), kinds=("credential",)),
    Column("learner.identifier.scheme", N_("Kind of learner identifier."), "identifier-schemes", kinds=("credential",)),
    Column("learner.identifier.value", N_("The learner's identifier, e.g. a student number."), kinds=("credential",)),
    Column("issue_date", N_("Date of issuing (YYYY-MM-DD)."), kinds=("credential",)),
    Column("grade", N_("The grade achieved."), kinds=("credential",)),
)

_DATE_PATHS = {
    "participation.schedule.start",
    "participation.schedule.end",
    "quality_assurance.external.last_review",
    "quality_assurance.accreditations.0.expires",
    "last_reviewed",
    "issue_date",
}


def columns(kind: str = "offer") -> list[Column]:
    """The template's columns for a kind of descriptor."""
    _check_kind(kind)
    return [c for c in COLUMNS if kind in c.kinds]


def example_row(kind: str = "offer") -> dict[str, Cell]:
    """The example row: dotted path -> cell value as a person would type it."""
    _check_kind(kind)
    row = dict(EXAMPLE)
    if kind == "credential":
        row.update(EXAMPLE_CREDENTIAL)
    return row


def example_descriptor(kind: str = "offer") -> dict[str, Any]:
    """The example row as a descriptor: exactly what the spreadsheet loader reads from the CSV template."""
    documents = load_csv(build_csv(kind).encode("utf-8"), "template.csv")
    data = documents[0].data
    if len(documents) != 1 or not isinstance(data, dict) or documents[0].findings:
        raise AssertionError(f"the template's example row does not read back cleanly: {documents[0].findings}")
    return data


def choices(name: str) -> list[str]:
    """The dropdown values of a list: slugs, or ``code - label`` for countries and fields of education."""
    if name in _CHOICES_FIXED:
        return list(_CHOICES_FIXED[name])
    concepts = vocab.get(name).concepts
    if name in _LABELLED:
        return [f"{slug} - {c.get('label', slug)}" for slug, c in concepts.items()]
    return list(concepts)


def build(fmt: str, kind: str = "offer", language: str = SOURCE_LANGUAGE) -> bytes:
    """The template file's bytes, its instructions and comments in ``language`` (field names, the example
    and the sheet names the loader reads stay as they are)."""
    _check_kind(kind)
    if fmt == "xlsx":
        return build_xlsx(kind, language)
    if fmt == "csv":
        return build_csv(kind).encode("utf-8-sig")
    if fmt == "yaml":
        return build_yaml(kind, language).encode("utf-8")
    if fmt == "json":
        return build_json(kind).encode("utf-8")
    raise ValueError(f"unknown template format: {fmt} (use one of {', '.join(FORMATS)})")


def build_csv(kind: str = "offer") -> str:
    """A header row of dotted paths and the example row (UTF-8 comma-separated)."""
    import csv

    cols = columns(kind)
    row = example_row(kind)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.path for c in cols])
    writer.writerow([_plain(row.get(c.path)) for c in cols])
    return out.getvalue()


def build_json(kind: str = "offer") -> str:
    """The example descriptor as JSON; replace its values (the YAML template documents each field)."""
    return json.dumps(example_descriptor(kind), indent=2, ensure_ascii=False) + "\n"


def build_yaml(kind: str = "offer", language: str = SOURCE_LANGUAGE) -> str:
    """The example descriptor as YAML with a comment above every field naming its Annex I element."""
    tr = translator(language)
    docs = {c.path: c for c in columns(kind)}
    heading = tr.gettext(
        N_(
            "Micro-credential descriptor template (qa-checker). Replace every example value; delete optional\n"
            "fields you do not use. Check it with: qa-checker check FILE"
        )
    )
    lines = [*(f"# {line}" for line in heading.splitlines()), ""]
    data = example_descriptor(kind)
    ordered = {"descriptor_version": data.pop("descriptor_version"), **data}
    _yaml_lines(ordered, [], docs, lines, 0, tr)
    return "\n".join(lines) + "\n"


def _yaml_lines(
    node: dict[str, Any], path: list[str], docs: dict[str, Column], lines: list[str], indent: int, tr: Translator
) -> None:
    pad = "  " * indent
    for key, value in node.items():
        here = [*path, key]
        column = docs.get(".".join(here))
        if column is not None:
            element = column.element_in(tr)
            lines.append(f"{pad}# {column.doc_in(tr, in_yaml=True)}" + (f" ({element})" if element else ""))
        if isinstance(value, dict):
            lines.append(f"{pad}{key}:")
            _yaml_lines(value, here, docs, lines, indent + 1, tr)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{pad}{key}:")
            for index, item in enumerate(value):
                sub: list[str] = []
                _yaml_lines(item, [*here, str(index)], docs, sub, indent + 2, tr)
                first = next(i for i, line in enumerate(sub) if not line.lstrip().startswith("#"))
                sub[first] = "  " * (indent + 1) + "- " + sub[first].lstrip()
                lines.extend(sub)
        else:
            lines.append(f"{pad}{key}: {_yaml_scalar(value)}")


def _yaml_scalar(value: object) -> str:
    """One value in YAML flow style (lists inline, strings quoted only where YAML needs it)."""
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000)
    return dumped.removesuffix("\n...\n").rstrip("\n")


def build_xlsx(kind: str = "offer", language: str = SOURCE_LANGUAGE) -> bytes:
    """The Excel template: Instructions, Descriptors (documented header, example row), hidden Lists; the
    instructions, header comments and dropdown messages in ``language``."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    tr = translator(language)
    cols = columns(kind)
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTIONS_SHEET
    sheet = workbook.create_sheet(DATA_SHEET)
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"

    ranges: dict[str, str] = {}
    for index, name in enumerate(sorted({c.choices for c in cols if c.choices}), start=1):
        letter = get_column_letter(index)
        values = choices(name)
        lists.cell(row=1, column=index, value=name)
        for row, choice in enumerate(values, start=2):
            lists.cell(row=row, column=index, value=choice).number_format = "@"
        ranges[name] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"

    header_font, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    example = example_row(kind)
    for index, column in enumerate(cols, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index, value=column.path)
        cell.font, cell.fill = header_font, fill
        element = column.element_in(tr)
        note = column.doc_in(tr) + (f"\n{element}" if element else "")
        if column.multi:
            note += "\n" + tr.gettext(N_("Pick one from the list, or type several separated by ';'."))
        cell.comment = Comment(note, "qa-checker", width=320, height=120)
        value = example.get(column.path)
        target = sheet.cell(row=2, column=index, value=value)
        target.alignment = Alignment(wrap_text=True, vertical="top")
        if column.path in _DATE_PATHS:
            target.number_format = "yyyy-mm-dd"
        elif _kind_of(column.path) not in ("number", "integer"):
            target.number_format = "@"
        sheet.column_dimensions[letter].width = 40 if column.path in ("learning_outcomes", "summary") else 22
        if column.choices:
            validation = DataValidation(
                type="list",
                formula1=ranges[column.choices],
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="information" if column.multi else "stop",
                errorTitle=column.path[:32],
                error=tr.gettext(N_("Use a value from the list (several separated by ';')."))
                if column.multi
                else tr.gettext(N_("Use a value from the list.")),
                promptTitle=column.path[:32],
                prompt=column.doc_in(tr)[:255],
                showInputMessage=True,
            )
            validation.add(f"{letter}2:{letter}1000")
            sheet.add_data_validation(validation)
        elif column.path in _DATE_PATHS:
            for row in range(3, 1001):
                sheet.cell(row=row, column=index).number_format = "yyyy-mm-dd"
        elif column.path in ("id", "field_of_education", "level.nqf.level"):
            for row in range(3, 1001):
                sheet.cell(row=row, column=index).number_format = "@"
    sheet.freeze_panes = "B2"

    _instructions(instructions, cols, kind, tr)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _kind_of(path: str) -> str | None:
    """The value kind of a column's field (every template column names a known field)."""
    field = field_for_path(path)
    return field.kind if field is not None else None


def _instructions(sheet: Worksheet, cols: list[Column], kind: str, tr: Translator) -> None:
    from openpyxl.styles import Alignment, Font

    lines = [
        (msg("Micro-credential descriptor template ({kind})", kind=kind), True),
        (
            msg(
                "One row per micro-credential on the {sheet} sheet, under the header row. Row 2 is a complete "
                "example: overwrite it or delete it.",
                sheet=DATA_SHEET,
            ),
            False,
        ),
        (
            msg(
                "Keep the header names: they are the descriptor's field names, which qa-checker reads. Common "
                "alternative names (ECTS, EQF level, Awarding body ...) also work, and a mapping file (--mapping) "
                "can name any other."
            ),
            False,
        ),
        (
            msg(
                "Pick coded values from the dropdowns. Lists (outcomes, languages, assessment types, activities) "
                "take one item per line or items separated by ';'."
            ),
            False,
        ),
        (
            msg("For a text in several languages replace its column by one per language, e.g. title.en and title.nl."),
            False,
        ),
        (
            msg("Leave a cell empty when a field does not apply; empty cells are left out, never read as empty text."),
            False,
        ),
        (
            msg(
                "Check the file with: qa-checker check FILE.xlsx  (every finding names its sheet and cell, e.g. "
                "{cell}).",
                cell=DATA_SHEET + "!M2",
            ),
            False,
        ),
        (None, False),
        (msg("Column"), True),
    ]
    for text, bold in lines:
        sheet.append([tr.render(text)])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=bold)
    sheet.cell(row=sheet.max_row, column=2, value=tr.gettext(N_("What to write"))).font = Font(bold=True)
    sheet.cell(row=sheet.max_row, column=3, value=tr.gettext(N_("Annex I element"))).font = Font(bold=True)
    for column in cols:
        sheet.append([column.path, column.doc_in(tr), column.element_in(tr)])
    sheet.column_dimensions["A"].width = 42
    sheet.column_dimensions["B"].width = 90
    sheet.column_dimensions["C"].width = 50
    for row in sheet.iter_rows(min_row=1, max_row=7):
        row[0].alignment = Alignment(wrap_text=False)


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown descriptor kind: {kind} (use offer or credential)")


__all__ = ["COLUMNS", "FORMATS", "KINDS", "build", "choices", "columns", "example_descriptor", "example_row"]
