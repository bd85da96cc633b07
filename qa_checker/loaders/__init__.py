"""Turn paths into documents: find files, read them safely, parse them, import foreign formats.

Every failure becomes a located finding on a :class:`Document`; nothing here raises for a bad
input file, so one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from qa_checker.document import Document
from qa_checker.loaders import json_, yaml_
from qa_checker.limits import DEFAULT_MAX_BYTES
from qa_checker.loaders.common import load_error

Loader = Callable[[bytes, str], list[Document]]

LOADERS_BY_SUFFIX: dict[str, Loader] = {
    ".json": json_.load,
    ".jsonld": json_.load,
    ".yaml": yaml_.load,
    ".yml": yaml_.load,
}

# Suffixes a folder walk picks up; explicitly named files of other types are still tried.
DISCOVERED_SUFFIXES = (".json", ".yaml", ".yml")


# What the common file types that are not read are, so a refusal says why.
_UNSUPPORTED = {
    ".xml": ": XML (such as Europass ELM v2 credentials) is not read; give the credential as ELM v3 JSON-LD",
    ".ttl": ": RDF in Turtle (ontologies, SHACL shapes) is not read; give credentials as JSON-LD",
    ".rdf": ": RDF/XML is not read; give credentials as JSON-LD",
    ".nt": ": RDF N-Triples are not read; give credentials as JSON-LD",
    ".xsd": ": an XML Schema, not a descriptor or a credential",
    ".md": ": a text document, not a descriptor",
    ".txt": ": a text document, not a descriptor",
    ".pdf": ": a PDF is not read; give the descriptor's data as JSON, YAML or a spreadsheet",
    ".xls": ": the old Excel format is not read; save the workbook as .xlsx",
    ".ods": ": OpenDocument spreadsheets are not read; save the sheet as .xlsx or .csv",
}


def register_loader(suffixes: Iterable[str], loader: Loader, *, discover: bool = False) -> None:
    """Add a loader for more file types (spreadsheets, archives)."""
    global DISCOVERED_SUFFIXES
    for suffix in suffixes:
        LOADERS_BY_SUFFIX[suffix] = loader
        if discover and suffix not in DISCOVERED_SUFFIXES:
            DISCOVERED_SUFFIXES = (*DISCOVERED_SUFFIXES, suffix)


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named directly, and files with a known suffix under named folders, sorted."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = [
                p for p in path.rglob("*")
                if p.suffix.lower() in DISCOVERED_SUFFIXES and not p.is_dir()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            yield from sorted(found)
        else:
            yield path


def load_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """Read one file into documents; an unreadable file gives one document with a finding."""
    source = str(path)
    loader = LOADERS_BY_SUFFIX.get(path.suffix.lower())
    if loader is None:
        what = _UNSUPPORTED.get(path.suffix.lower(), "")
        return [load_error(source, "MC-LD-001", f"unsupported file type '{path.suffix or path.name}'{what}",
                           "Give a descriptor (.json, .yaml, .yml), a credential as JSON-LD (.json, .jsonld, .jwt), "
                           "a spreadsheet (.csv, .tsv, .xlsx) or a .zip of them.")]
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [load_error(source, "MC-LD-001", f"cannot read the file: {exc.strerror or exc}",
                           "Check that the file exists and is readable.")]
    if size > max_bytes:
        return [load_error(source, "MC-LD-005",
                           f"the file is {size:,} bytes, over the limit of {max_bytes:,} bytes; it was not parsed",
                           "Split the file, or raise the limit with --max-bytes if it is genuine.")]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return [load_error(source, "MC-LD-001", f"cannot read the file: {exc.strerror or exc}",
                           "Check that the file exists and is readable.")]
    return load_bytes(raw, source, loader)


def load_bytes(raw: bytes, source: str, loader: Loader) -> list[Document]:
    """Parse bytes with a loader, stamping each document with the input's SHA-256."""
    digest = hashlib.sha256(raw).hexdigest()
    documents = loader(raw, source)
    for document in documents:
        document.sha256 = document.sha256 or digest
    return documents


def load_paths(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """All documents under the paths, in a stable order."""
    for path in iter_files(paths):
        yield from load_file(path, max_bytes=max_bytes)


from qa_checker.loaders import archive  # noqa: E402 - registers after the registry exists

register_loader(archive.ARCHIVE_SUFFIXES, archive.load, discover=True)

from qa_checker.loaders import jwt_  # noqa: E402 - registers after the registry exists

register_loader((".jwt",), jwt_.load, discover=True)
register_loader((".jsonld",), json_.load, discover=True)

from qa_checker.loaders import tabular  # noqa: E402 - registers after the registry exists

register_loader(tabular.CSV_SUFFIXES, tabular.load_csv, discover=True)
register_loader(tabular.XLSX_SUFFIXES, tabular.load_xlsx, discover=True)
