"""YAML 1.2's core schema for PyYAML: the implicit resolvers every YAML file the tool reads is read with
(descriptors, configuration files, bundled data)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from qa_checker.patterns import regex

TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
VALUE_TAG = "tag:yaml.org,2002:value"

# Plain scalars are read by YAML 1.2's core schema, not YAML 1.1's, whose rules turn a descriptor's codes
# into other values: ``no`` (Norwegian) and ``on`` become booleans, ``0413`` (an ISCED-F code) the octal
# number 267, ``1:30`` the number 90. Only true/false are booleans; a number is decimal, ``0o`` octal or
# ``0x`` hexadecimal; and a decimal with a leading zero, which YAML 1.2 reads as a number without it, is
# read as written, as the code it always is in a descriptor (JSON has no such number).
_CORE_SCALARS: tuple[tuple[str, str, str], ...] = (
    ("bool", "tTfF", r"^(?:true|True|TRUE|false|False|FALSE)$"),
    ("int", "-+0123456789", r"^(?:[-+]?(?:0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    (
        "float",
        "-+.0123456789",
        r"^(?:[-+]?(?:\.[0-9]+(?:[eE][-+]?[0-9]+)?|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+)"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
    ),
)


def core_resolvers(*, dates: bool = False) -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    """SafeLoader's implicit resolvers with YAML 1.2's booleans and numbers, no value key (YAML 1.1's ``=``,
    which refused a plain ``=`` as a tag a descriptor may not hold: it is the text ``=``), and timestamps
    only with ``dates`` (a waiver's ``until`` in a configuration file; a descriptor keeps a date as text)."""
    replaced = {f"tag:yaml.org,2002:{name}" for name, _, _ in _CORE_SCALARS} | {TIMESTAMP_TAG, VALUE_TAG}
    resolvers = {
        first: [(tag, rx) for tag, rx in found if tag not in replaced]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for name, firsts, pattern in _CORE_SCALARS:
        for first in firsts:
            resolvers.setdefault(first, []).append((f"tag:yaml.org,2002:{name}", regex(pattern)))
    if dates:
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items():
            resolvers.setdefault(first, []).extend((tag, rx) for tag, rx in found if tag == TIMESTAMP_TAG)
    return {first: found for first, found in resolvers.items() if found}
