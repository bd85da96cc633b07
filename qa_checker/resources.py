"""Find bundled data (schemas, vocabularies, rubrics, report templates) wherever the tool runs.

In a source checkout the data lives at the top of the repository (``schemas/``, ``rubrics/``,
``reports/``); an installed package carries the same folders as ``qa_checker/_data/``.
Every lookup goes through :func:`bundled_dir`, so the layout can change in one place.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

KINDS = ("schemas", "rubrics", "reports")


@functools.cache
def bundled_dir(kind: str) -> Path:
    """The folder holding bundled data of one kind."""
    if kind not in KINDS:
        raise ValueError(f"unknown bundled data kind: {kind}")
    package = Path(__file__).resolve().parent
    installed = package / "_data" / kind
    if installed.is_dir():
        return installed
    return package.parent / kind


def bundled(kind: str, name: str) -> Path:
    """Path of one bundled file, e.g. ``bundled("schemas", "descriptor.schema.json")``."""
    return bundled_dir(kind) / name


def bundled_yaml(path: Path) -> Any:
    """The data of a bundled YAML file (a rubric, a lexicon), parsed by libyaml where PyYAML has it.

    libyaml parses several times faster than PyYAML's pure-Python parser (a lexicon in about 2 ms
    instead of 12), and gives the same data for every bundled file (a test holds it). A file a user
    gives keeps the pure-Python parser, whose error messages the tool reports. Plain values are read by
    YAML 1.2's rules, as a user's files are (:func:`qa_checker.yaml_core.core_resolvers`): the English
    word ``on`` in a lexicon stays the word, not the boolean true.
    """
    import yaml

    return yaml.load(path.read_text(encoding="utf-8"), Loader=bundled_loader(fast=True))


@functools.cache
def bundled_loader(*, fast: bool) -> type:
    """The loader of :func:`bundled_yaml`: PyYAML's safe loader (libyaml's when ``fast`` and PyYAML has it)
    with YAML 1.2's implicit resolvers."""
    import yaml

    from qa_checker.yaml_core import core_resolvers

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if fast else yaml.SafeLoader
    return type("BundledLoader", (base,), {"yaml_implicit_resolvers": core_resolvers(dates=True)})
