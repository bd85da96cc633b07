"""Write the descriptors an importer produced, so a provider can see and fix what was understood.

Pure: takes loaded documents, returns text. YAML output starts each descriptor with a comment naming
its source and format, the Annex I elements that could not be found (the checker will report them
missing) and the values that were found but could not be converted. Several descriptors from one
input (spreadsheet rows, a CTDL graph, a credential with several claims) become a YAML
multi-document stream or a JSON list.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from qa_checker.cells import escaped
from qa_checker.descriptor import meant_kind
from qa_checker.document import Document
from qa_checker.elements import ELEMENTS, applies, is_present
from qa_checker.findings import Finding, Severity
from qa_checker.i18n import SOURCE_LANGUAGE, Translator, translator
from qa_checker.patterns import regex
from qa_checker.text import msg
from qa_checker.yaml_core import core_resolvers

FORMATS = ("yaml", "json")
_NUMBER_LIKE = regex(r"^[-+]?[0-9][0-9_.:eE+-]*$")


@dataclass(frozen=True)
class Conversion:
    """The converted text, the findings of inputs that could not be converted, and those of values found in the
    converted ones but not converted (warnings and errors)."""

    text: str
    converted: int
    failures: list[tuple[str, list[Finding]]]
    unconverted: list[tuple[str, list[Finding]]]

    @property
    def ok(self) -> bool:
        """Whether every input gave a descriptor, with no value it holds in error left out of it (a formula cell
        without its result): what the converted text is checked for is what the source is."""
        return (
            not self.failures
            and self.converted > 0
            and not any(f.severity is Severity.ERROR for _, found in self.unconverted for f in found)
        )


def missing_elements(data: dict[str, Any]) -> list[str]:
    """Labels of the Annex I elements (applying to the descriptor's kind) it does not give."""
    kind = meant_kind(data.get("kind")) or "offer"
    return [f"{e.key} ({e.clause})" for e in ELEMENTS if applies(e, kind) and not is_present(e, data)]


# What a YAML comment may not hold: characters outside YAML's printable set, and the line breaks
# YAML 1.1 knows besides \n and \r (NEL, LS, PS), which would end the comment mid-line.
_NOT_IN_COMMENT = regex("[^\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _commentable(line: str) -> str:
    """A header line as a YAML comment can hold it: other characters shown as escapes (``\\x1b``)."""
    return _NOT_IN_COMMENT.sub(lambda m: escaped(m.group()), line)


def _header(document: Document, tr: Translator) -> list[str]:
    data = document.data
    lines = [
        tr.render(msg("Converted by qa-checker from {source}", source=" ".join(document.source.split()))),
        tr.render(msg("Source format: {format}", format=document.imported_from or document.format)),
    ]
    missing = missing_elements(data)
    if missing:
        lines.append(
            tr.render(msg("Not found in the source (reported as missing): {elements}", elements=", ".join(missing)))
        )
    else:
        lines.append(tr.render(msg("Not found in the source (reported as missing): none")))
    problems = _not_converted(document)
    if problems:
        lines.append(tr.render(msg("Found but not converted:")))
        for finding in problems:
            where = f" [{_place(finding, tr)}]" if finding.origin is not None else ""
            message = " ".join(tr.message(finding).split())
            lines.append(f"  - {finding.pointer or '/'}: {message}{where}")
    return lines


def _place(finding: Finding, tr: Translator) -> str:
    """Where a finding's value was in the original: a cell or pointer as written, a line in words."""
    origin = finding.origin
    if origin is not None and not origin.cell and origin.pointer is None and origin.line is not None:
        return tr.render(msg("line {line}", line=str(origin.line)))
    return origin.label() if origin is not None else ""


class _Dumper(yaml.SafeDumper):
    """Safe YAML with multi-line text as literal blocks, so long descriptions stay readable."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value and not any(c in value for c in "\t\r") and value == value.strip() else None
    if _NUMBER_LIKE.match(value) or _read_as_other(value):
        style = "'"  # "0788", "0o17", "+.5" stay text for YAML 1.2 readers too
    if "\x85" in value:
        style = '"'  # PyYAML writes a NEL as it is outside double quotes, and reads it back as a line break
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


@functools.cache
def _core() -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    return core_resolvers()


def _read_as_other(value: str) -> bool:
    """Whether a text written plain would be read back by YAML 1.2's core schema (as qa-checker reads YAML) as
    something else: a number, a boolean, a null."""
    return any(pattern.match(value) for _tag, pattern in _core().get(value[:1], ()))


def _yaml(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def convert(documents: Sequence[Document], fmt: str, *, language: str = SOURCE_LANGUAGE) -> Conversion:
    """Render every loadable document as ``yaml`` or ``json``; collect the ones that could not be read.

    The YAML header comments are in ``language``; the descriptors' own values are never translated.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    good = [d for d in documents if isinstance(d.data, dict)]
    failures = [(d.source, d.findings) for d in documents if not isinstance(d.data, dict)]
    unconverted = [(d.source, found) for d in good if (found := _not_converted(d))]
    if fmt == "json":
        payload: object = good[0].data if len(good) == 1 else [d.data for d in good]
        text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n" if good else ""
        return Conversion(text, len(good), failures, unconverted)
    tr = translator(language)
    parts = []
    for document in good:
        comment = "\n".join(f"# {_commentable(line)}" if line else "#" for line in _header(document, tr))
        parts.append(f"{comment}\n{_yaml(document.data)}")
    return Conversion("---\n".join(parts), len(good), failures, unconverted)


def _not_converted(document: Document) -> list[Finding]:
    """The findings of the values a document was found with but not converted (its warnings and errors)."""
    return [f for f in document.findings if f.severity is not Severity.INFO]
