"""The rule reference in Markdown, generated from the rules' own docstrings and metadata.

The README carries this text between two marker comments, so the documentation of every rule has
one source, the rule itself. ``python -m qa_checker.rulebook --write README.md`` rewrites that
section in place; ``--check README.md`` fails when it is out of date; with neither it prints the
reference (as ``qa-checker rules --format markdown`` does).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLES_BY_KEY
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Rule

if TYPE_CHECKING:
    from qa_checker.rubric import Rubric

START = "<!-- rule-reference:start -->"
END = "<!-- rule-reference:end -->"
COMMAND = "python -m qa_checker.rulebook --write README.md"

# Families in the order the README introduces them: the descriptor's content first, then what is
# raised while reading files. A family missing here is listed last under its bare prefix.
FAMILIES: dict[str, str] = {
    "EL": "Annex I elements",
    "SC": "Schema",
    "VC": "Vocabularies",
    "WL": "Workload",
    "LV": "Level",
    "LO": "Learning outcomes",
    "LG": "Languages",
    "AS": "Assessment",
    "QA": "Quality assurance",
    "SK": "Stackability",
    "DT": "Dates",
    "UR": "Web addresses",
    "TT": "Titles",
    "TP": "Template texts",
    "WV": "Waivers",
    "LD": "Loading files",
    "SS": "Spreadsheets",
    "IM": "Imports",
    "EN": "Engine",
}

# "Why:", "Passes:", "Applies to:", "Options (off by default):" at the start of a docstring line.
_LABEL = regex(r"^([A-Z][A-Za-z]*(?: [a-z]+){0,2}(?: \([^)]*\))?):\s+(.*)$")
_CODE = regex(r"(`+).+?(?<!`)\1(?!`)")
_BLOCK_START = regex(r"^(#|>|[-+*] |\d+[.)] )")
# "Passes: ... Fails: ..." on one line: the second label starts an item of its own.
_PASS_FAIL = regex(r"(?<=[.)]) (?=(?:Passes|Fails)(?: \([^)]*\))?: )")


def family_of(rule_id: str) -> str:
    """The family code of a rule id: ``MC-LO-004`` -> ``LO``."""
    return rule_id.split("-")[1]


def family_name(code: str) -> str:
    """The readable name of a family, or its code when none is known."""
    return FAMILIES.get(code, code)


def rule_listing(rubric: Rubric | None = None) -> list[dict[str, Any]]:
    """Every rule's metadata and documentation by id, or only those ``rubric`` enables, with its settings.

    What ``qa-checker rules --format json`` prints and ``GET /api/v1/rules`` returns.
    """
    rows = []
    for rule_id in sorted(RULES_BY_ID):
        rule = RULES_BY_ID[rule_id]
        info = rule.summary()
        if rubric is not None:
            if rule_id not in rubric.rules:
                continue
            setting = rubric.rules[rule_id]
            info.update(severity=setting.severity.value, weight=setting.weight, options=setting.options)
        info["documentation"] = rule.documentation()
        rows.append(info)
    return rows


def rule_reference(
    rules: Mapping[str, type[Rule]] | None = None, *, rubric: Rubric | None = None, level: int = 3
) -> str:
    """The Markdown reference of every rule, grouped by family; headings start at ``level``.

    With a rubric, only the rules it enables, with its severities, weights and options.
    """
    registry = RULES_BY_ID if rules is None else rules
    ids = sorted(registry) if rubric is None else sorted(i for i in registry if rubric.enabled(i))
    families: dict[str, list[str]] = {}
    for rule_id in ids:
        families.setdefault(family_of(rule_id), []).append(rule_id)
    order = sorted(families, key=lambda code: (list(FAMILIES).index(code) if code in FAMILIES else len(FAMILIES), code))

    out = [f"<!-- Generated from the rule registry by `{COMMAND}`: edit the rules, not this text. -->", ""]
    if rubric is None:
        out.append(
            f"{len(ids)} rules in {len(order)} families. Severity, weight and options are each rule's defaults; "
            "a rubric may change them (`qa-checker rules --rubric NAME` lists a profile's settings)."
        )
    else:
        out.append(
            f"{len(ids)} rules enabled by rubric {_code(rubric.id)} {_escape(rubric.version)}, "
            "with the severity, weight and options it sets."
        )
    out += ["", " · ".join(f"[{_family_heading(code)}](#{_slug(_family_heading(code))})" for code in order), ""]
    for code in order:
        out += [f"{'#' * level} {_family_heading(code)}", ""]
        for rule_id in families[code]:
            out += _rule_block(registry[rule_id], rubric, level + 1)
    return "\n".join(out).rstrip("\n") + "\n"


def _family_heading(code: str) -> str:
    return f"{family_name(code)} (MC-{code})"


def _rule_block(rule: type[Rule], rubric: Rubric | None, level: int) -> list[str]:
    """Heading, one line of metadata, and the docstring of one rule."""
    info = rule.summary()
    if rubric is not None:
        setting = rubric.rules[rule.id]
        info.update(severity=setting.severity.value, weight=setting.weight, options=setting.options)
    meta = [f"**{_escape(info['title'])}**", f"{info['severity']}, weight {info['weight']:g}"]
    if info["element"]:
        meta.append(f"element {_code(info['element'])}")
    if info["clause"]:
        meta.append(_escape(info["clause"]))
    if info["principles"]:
        labels = (PRINCIPLES_BY_KEY[p].label if p in PRINCIPLES_BY_KEY else p for p in info["principles"])
        meta.append("principles: " + ", ".join(_escape(label) for label in labels))
    if tuple(rule.kinds) != ("offer", "credential"):
        meta.append(" and ".join(f"{kind}s" for kind in rule.kinds) + " only")
    if rule.engine_only:
        meta.append("raised by the checker itself")
    if info["options"]:
        meta.append("options: " + ", ".join(_code(f"{k}: {_value(v)}") for k, v in info["options"].items()))
    return [f"{'#' * level} {rule.id} {rule.name}", "", " · ".join(meta), "", *_docstring(rule.documentation())]


def _docstring(text: str) -> list[str]:
    """The docstring as Markdown: the summary as a paragraph, each labelled part as a list item."""
    paragraphs = [p.splitlines() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    out: list[str] = []
    for number, lines in enumerate(paragraphs):
        items: list[list[str]] = []
        for line in (raw.strip() for raw in lines):
            starts_item = not items or (
                number > 0 and _LABEL.match(line) and items[-1][-1].endswith((".", ")", ":", "!", "?"))
            )
            if starts_item:
                items.append([line])
            else:
                items[-1].append(line)
        joined = [_join(item) for item in items]
        if number > 0:
            joined = [part for item in joined for part in _PASS_FAIL.split(item)]
        if number == 0 or not any(_LABEL.match(item) for item in joined):
            out += [_paragraph(" ".join(joined)), ""]
            continue
        for item in joined:
            match = _LABEL.match(item)
            out.append(f"- **{_escape(match.group(1))}:** {_escape(match.group(2))}" if match else f"- {_escape(item)}")
        out.append("")
    return out


def _join(lines: list[str]) -> str:
    """Join wrapped lines with a space, or without one after a slash ("Spanish/Catalan/" + "Portuguese")."""
    text = lines[0]
    for line in lines[1:]:
        text += line if text.endswith("/") else " " + line
    return text


def _paragraph(text: str) -> str:
    """Escaped text that does not open a heading, quote or list."""
    escaped = _escape(text)
    return "\\" + escaped if _BLOCK_START.match(escaped) else escaped


def _escape(text: str) -> str:
    """Escape what Markdown would read as markup, outside the docstring's own code spans."""
    parts: list[str] = []
    position = 0
    for match in _CODE.finditer(text):
        parts += [_escape_plain(text[position : match.start()]), match.group(0)]
        position = match.end()
    parts.append(_escape_plain(text[position:]))
    return "".join(parts)


def _escape_plain(text: str) -> str:
    text = re.sub(r"([\\*\[\]|])", r"\\\1", text).replace("<", "&lt;")
    # An underscore inside a word (other_credits) is literal on GitHub; one at a word's edge is not.
    return re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", r"\\_", text)


def _code(text: str) -> str:
    """``text`` as an inline code span, fenced with more backticks than it contains."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _value(value: Any) -> str:
    """An option's default as it would be written in a rubric (JSON is valid YAML)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def _slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


def section(document: str) -> str:
    """The text between the markers of a document (the README), without the line breaks framing it."""
    start, end = _span(document)
    return document[start:end].removeprefix("\n").removesuffix("\n")


def replace_section(document: str, reference: str) -> str:
    """The document with the text between its markers replaced by ``reference`` and a blank line."""
    start, end = _span(document)
    return document[:start] + "\n" + reference + "\n" + document[end:]


def _span(document: str) -> tuple[int, int]:
    if document.count(START) != 1 or document.count(END) != 1:
        raise ValueError(f"the document needs exactly one {START} and one {END}")
    start = document.index(START) + len(START)
    end = document.index(END)
    if end < start:
        raise ValueError(f"{END} comes before {START}")
    return start, end


def main(argv: Sequence[str] | None = None) -> int:
    """Print the reference, or rewrite or check the section of a Markdown file."""
    parser = argparse.ArgumentParser(
        prog="python -m qa_checker.rulebook", description="The rule reference in Markdown."
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", metavar="FILE", type=Path, help="rewrite the rule reference section of FILE")
    group.add_argument("--check", metavar="FILE", type=Path, help="exit 1 if the section of FILE is out of date")
    args = parser.parse_args(argv)
    reference = rule_reference()
    path: Path | None = args.write or args.check
    if path is None:
        sys.stdout.write(reference)
        return 0
    document = path.read_text(encoding="utf-8")
    try:
        current = section(document)
    except ValueError as exc:
        parser.exit(2, f"{path}: {exc}\n")
    if args.check:
        if current != reference:
            sys.stderr.write(f"{path}: the rule reference is out of date; run {COMMAND}\n")
            return 1
        return 0
    if current != reference:
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(replace_section(document, reference))
        sys.stderr.write(f"{path}: rule reference rewritten\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
