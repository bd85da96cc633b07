"""YAML files, read with a safe loader that keeps dates as the strings the author typed."""

from __future__ import annotations

import yaml

from qa_checker.document import Document
from qa_checker.findings import Origin
from qa_checker.loaders.common import decode, finish, load_error


class _DescriptorLoader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps: ``2026-03-01`` stays a string, as in JSON."""


_DescriptorLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(raw: bytes, source: str) -> list[Document]:
    """Parse one YAML document."""
    text = decode(raw, source, "yaml")
    if isinstance(text, Document):
        return [text]
    try:
        data = yaml.load(text, Loader=_DescriptorLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        where = f" at line {line}, column {mark.column + 1}" if mark is not None else ""
        return [load_error(source, "MC-LD-002", f"invalid YAML{where}: {exc.problem or exc}",
                           "Fix the YAML syntax (indentation, colons, quotes).", fmt="yaml",
                           origin=Origin(line=line) if line else None)]
    except (yaml.YAMLError, RecursionError) as exc:
        return [load_error(source, "MC-LD-002", f"invalid YAML: {exc}", "Fix the YAML syntax.", fmt="yaml")]
    return [finish(data, source, "yaml")]
