"""YAML files, read with a safe loader that keeps dates as the strings the author typed."""

from __future__ import annotations

import re
from typing import Any

import yaml

from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.loaders.common import decode, finish_all, load_error, too_deep


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


def _parse(text: str) -> Any:
    if (_FastDescriptorLoader is not None and len(text) <= _FAST_MAX_CHARS
            and text.count("[") + text.count("{") <= _FAST_MAX_BRACKETS):
        try:
            return yaml.load(text, Loader=_FastDescriptorLoader)  # noqa: S506 - a CSafeLoader subclass
        except Exception:  # noqa: BLE001, S110 - the pure-Python loader below reports the problem
            pass
    return yaml.load(text, Loader=_DescriptorLoader)  # noqa: S506 - a SafeLoader subclass


_TAG = re.compile(r"for the tag '([^']+)'")


def load(raw: bytes, source: str) -> list[Document]:
    """Parse one YAML document."""
    text = decode(raw, source, "yaml")
    if isinstance(text, Document):
        return [text]
    try:
        data = _parse(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        where = f" at line {line}, column {mark.column + 1}" if mark is not None else ""
        origin = Origin(line=line) if line else None
        tag = _TAG.search(exc.problem or "")
        if isinstance(exc, yaml.constructor.ConstructorError) and tag:
            shown = tag.group(1).replace("tag:yaml.org,2002:", "!!")
            return [load_error(source, "MC-LD-002", f"the YAML tag {shown}{where} is not allowed in a descriptor",
                               "Remove the tag: a descriptor holds only plain text, numbers, lists and mappings.",
                               fmt="yaml", origin=origin)]
        detail = ", ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        return [load_error(source, "MC-LD-002", f"invalid YAML{where}: {detail}",
                           "Fix the YAML syntax (indentation, colons, quotes).", fmt="yaml", origin=origin)]
    except RecursionError:
        return [too_deep(source, "yaml", "too deeply to read")]
    except yaml.YAMLError as exc:
        return [load_error(source, "MC-LD-002", f"invalid YAML: {exc}", "Fix the YAML syntax.", fmt="yaml")]
    return finish_all(data, source, "yaml")
