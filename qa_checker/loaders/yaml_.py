"""YAML files, read with a safe loader that keeps dates as the strings the author typed."""

from __future__ import annotations

import re
from typing import Any

import yaml

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.loaders.common import decode, finish_all, finish_each, load_error, too_deep


class _DescriptorLoader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps: ``2026-03-01`` stays a string, as in JSON."""


_DescriptorLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml parses about ten times faster, but its recursive C composer can overflow the C stack
# (a crash, not a RecursionError) on very deep nesting. Block nesting is bounded by the text's
# size (each level indents one more column) and flow nesting by its bracket count, so libyaml is
# used only below both bounds, and only for documents it reads without complaint: every problem
# is re-read by the pure-Python loader, so findings do not depend on which parser ran.
_FAST_MAX_CHARS = 4_000_000
_FAST_MAX_BRACKETS = 2_000
_FastDescriptorLoader: type | None = None
if getattr(yaml, "__with_libyaml__", False):
    class _FastDescriptorLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        """CSafeLoader with the same resolvers as :class:`_DescriptorLoader`."""

    _FastDescriptorLoader.yaml_implicit_resolvers = _DescriptorLoader.yaml_implicit_resolvers


def _parse(text: str) -> list[Any]:
    """Every document of the stream (``---`` separates several); empty documents are dropped."""
    if (_FastDescriptorLoader is not None and len(text) <= _FAST_MAX_CHARS
            and text.count("[") + text.count("{") <= _FAST_MAX_BRACKETS):
        try:
            return [d for d in yaml.load_all(text, Loader=_FastDescriptorLoader) if d is not None]
        except Exception:  # noqa: BLE001 - the pure-Python loader below reports the problem
            pass
    return [d for d in yaml.load_all(text, Loader=_DescriptorLoader) if d is not None]


_TAG = re.compile(r"for the tag '([^']+)'")


def load(raw: bytes, source: str) -> list[Document]:
    """Parse one YAML document."""
    text = decode(raw, source, "yaml")
    if isinstance(text, Document):
        return [text]
    try:
        documents = _parse(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        where = f" at line {line}, column {mark.column + 1}" if mark is not None else ""
        origin = Origin(line=line) if line else None
        tag = _TAG.search(exc.problem or "")
        if isinstance(exc, yaml.constructor.ConstructorError) and tag:
            shown = tag.group(1).replace("tag:yaml.org,2002:", "!!")
            return [load_error(source, ids.UNPARSABLE, f"the YAML tag {shown}{where} is not allowed in a descriptor",
                               "Remove the tag: a descriptor holds only plain text, numbers, lists and mappings.",
                               fmt="yaml", origin=origin)]
        detail = ", ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        return [load_error(source, ids.UNPARSABLE, f"invalid YAML{where}: {detail}",
                           "Fix the YAML syntax (indentation, colons, quotes).", fmt="yaml", origin=origin)]
    except RecursionError:
        return [too_deep(source, "yaml", "too deeply to read")]
    except yaml.YAMLError as exc:
        return [load_error(source, ids.UNPARSABLE, f"invalid YAML: {exc}", "Fix the YAML syntax.", fmt="yaml")]
    if len(documents) > 1:
        return finish_each(documents, source, "yaml")
    return finish_all(documents[0] if documents else None, source, "yaml")
