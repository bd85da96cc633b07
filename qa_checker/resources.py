"""Find bundled data (schemas, vocabularies, rubrics, report templates) wherever the tool runs.

In a source checkout the data lives at the top of the repository (``schemas/``, ``rubrics/``,
``reports/``); an installed package carries the same folders as ``qa_checker/_data/``.
Every lookup goes through :func:`bundled_dir`, so the layout can change in one place.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qa_checker.user_cache import cache_folder, write_atomically

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


# The descriptor schema's file among the bundled schemas.
SCHEMA_FILE = "descriptor.schema.json"


@functools.cache
def descriptor_schema() -> dict[str, Any]:
    """The bundled descriptor schema (its validity against the metaschema is a test, not a start-up cost)."""
    loaded: dict[str, Any] = json.loads(bundled("schemas", SCHEMA_FILE).read_text(encoding="utf-8"))  # an object
    return loaded


def bundled_yaml(path: Path) -> Any:
    """The data of a bundled YAML file (a rubric, a lexicon), parsed by libyaml where PyYAML has it.

    libyaml parses several times faster than PyYAML's pure-Python parser (a lexicon in about 2 ms
    instead of 12), and gives the same data for every bundled file (a test holds it). A file a user
    gives keeps the pure-Python parser, whose error messages the tool reports. Plain values are read by
    YAML 1.2's rules, as a user's files are (:func:`qa_checker.yaml_core.core_resolvers`): the English
    word ``on`` in a lexicon stays the word, not the boolean true. The data is kept in the user's cache
    folder (:func:`_cached_data`) and read from there by later processes.
    """
    import yaml

    text = path.read_text(encoding="utf-8")
    return _cached_data(text, lambda: yaml.load(text, Loader=bundled_loader(fast=True)))


def _cached_data(text: str, parse: Callable[[], Any]) -> Any:
    """``parse()``'s data for a bundled file's ``text``, kept in the user's cache folder in marshal's format.

    Parsing the function words, the alphabets and a check's lexicons costs a single-file check some 7 ms;
    reading their data back costs a tenth of that. The cache file is named by a hash of the text, the
    loader's resolvers and the versions of qa-checker, PyYAML and Python, so an edited file or another
    reader is parsed anew. Data marshal cannot hold (a date), a cache file that cannot be read or
    written, or one that is damaged leaves the file parsed as before: the file begins with a hash of its
    name and its data (:func:`_sealed`), so one cut short, overwritten or holding another file's data is
    never read as this file's, and marshal (unsafe on damaged bytes) reads only what was written.
    """
    import hashlib
    import marshal

    folder = cache_folder("bundled")
    if folder is None:
        return parse()
    key = hashlib.sha256(text.encode("utf-8") + _reader_fingerprint()).hexdigest()
    cached = folder / f"{key}.marshal"
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError), cached.open("rb") as file:
        sealed = file.read(_CACHE_BYTES + 1)
        raw = sealed[_SEAL_BYTES:]
        if len(sealed) <= _CACHE_BYTES and sealed[:_SEAL_BYTES] == _sealed(key, raw):
            return marshal.loads(raw)
    data = parse()
    try:
        raw = marshal.dumps(data)
    except ValueError:
        return data
    if _SEAL_BYTES + len(raw) <= _CACHE_BYTES:
        with contextlib.suppress(OSError):
            write_atomically(cached, lambda name: Path(name).write_bytes(_sealed(key, raw) + raw))
    return data


# The hash a cache file begins with, and the largest cache file read (the bundled files' data takes a few
# dozen kilobytes each): a file replaced by a larger one is not read whole.
_SEAL_BYTES = 32
_CACHE_BYTES = 16 << 20


def _sealed(key: str, raw: bytes) -> bytes:
    """The hash that begins the cache file named ``key`` holding the marshalled ``raw``."""
    import hashlib

    return hashlib.sha256(key.encode("ascii") + raw).digest()


@functools.cache
def _reader_fingerprint() -> bytes:
    """What besides its text decides a bundled file's data: the loader's resolvers and the versions."""
    import marshal
    import sys

    import yaml

    from qa_checker import __version__

    loader = bundled_loader(fast=True)
    versions = (__version__, yaml.__version__, sys.version_info[:2], marshal.version)
    return repr((versions, loader.__mro__[1].__name__, vars(loader)["yaml_implicit_resolvers"])).encode("utf-8")


@functools.cache
def bundled_loader(*, fast: bool) -> type:
    """The loader of :func:`bundled_yaml`: PyYAML's safe loader (libyaml's when ``fast`` and PyYAML has it)
    with YAML 1.2's implicit resolvers."""
    import yaml

    from qa_checker.yaml_core import core_resolvers

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader) if fast else yaml.SafeLoader
    return type("BundledLoader", (base,), {"yaml_implicit_resolvers": core_resolvers(dates=True)})
