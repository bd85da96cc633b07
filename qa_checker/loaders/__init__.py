"""Turn paths into documents: find files, read them safely, parse them, import foreign formats.

A :class:`Loaders` is built for one run from its limits and column mapping (the parser set of
check-jsonschema: configured per run, no registry to swap); every file, archive member, spreadsheet
and standard input is read through it, so the same limits apply wherever an input comes from.
Every failure becomes a located finding on a :class:`Document`; nothing here raises for a bad
input file, so one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.limits import Limits
from qa_checker.loaders import archive, json_, jwt_, tabular, yaml_
from qa_checker.loaders.common import load_error

Loader = Callable[[bytes, str], list[Document]]

# Suffixes a folder walk picks up; explicitly named files of other types are still tried.
DISCOVERED_SUFFIXES = (".json", ".yaml", ".yml", *archive.ARCHIVE_SUFFIXES, ".jwt", ".jsonld",
                       *tabular.CSV_SUFFIXES, *tabular.XLSX_SUFFIXES)

# The name standard input is read under, and the command-line path that stands for it.
STDIN_SOURCE = "<stdin>"
STDIN_PATH = "-"

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
_UNSUPPORTED_HINT = ("Give a descriptor (.json, .yaml, .yml), a credential as JSON-LD (.json, .jsonld, .jwt), "
                     "a spreadsheet (.csv, .tsv, .xlsx) or a .zip of them.")
_JWS = re.compile(rb"^\s*[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\s*$")


class Loaders:
    """The parsers of one run, by file suffix, reading within ``limits`` with a column ``mapping``."""

    def __init__(self, limits: Limits | None = None, mapping: Mapping[str, str | None] | None = None) -> None:
        self.limits = limits or Limits()
        self.mapping = mapping
        self.discovered = DISCOVERED_SUFFIXES
        self.by_suffix: dict[str, Loader] = {
            ".json": json_.load,
            ".jsonld": json_.load,
            ".yaml": yaml_.load,
            ".yml": yaml_.load,
            ".jwt": jwt_.load,
            **dict.fromkeys(tabular.CSV_SUFFIXES, self._csv),
            **dict.fromkeys(tabular.XLSX_SUFFIXES, self._xlsx),
            **dict.fromkeys(archive.ARCHIVE_SUFFIXES, self._archive),
        }

    def _csv(self, raw: bytes, source: str) -> list[Document]:
        return tabular.load_csv(raw, source, self.mapping)

    def _xlsx(self, raw: bytes, source: str) -> list[Document]:
        return tabular.load_xlsx(raw, source, self.mapping)

    def _archive(self, raw: bytes, source: str) -> list[Document]:
        return archive.load_bytes(raw, source, self)

    def iter_files(self, paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
        """Files named directly, and files with a known suffix under named folders, sorted."""
        return iter_files(paths)

    def load_path(self, path: Path) -> list[Document]:
        """Documents of one input file; an archive is read member by member from disk."""
        source = str(path)
        suffix = path.suffix.lower()
        if suffix in archive.ARCHIVE_SUFFIXES:
            return archive.load_file(path, self)
        loader = self.by_suffix.get(suffix)
        if loader is None:
            what = _UNSUPPORTED.get(suffix, "")
            return [load_error(source, ids.UNREADABLE, f"unsupported file type '{path.suffix or path.name}'{what}",
                               _UNSUPPORTED_HINT)]
        try:
            size = path.stat().st_size
        except OSError as exc:
            return [load_error(source, ids.UNREADABLE, f"cannot read the file: {exc.strerror or exc}",
                               "Check that the file exists and is readable.")]
        if size > self.limits.max_bytes:
            return [self.too_large(source, size)]
        try:
            raw = path.read_bytes()
        except OSError as exc:
            return [load_error(source, ids.UNREADABLE, f"cannot read the file: {exc.strerror or exc}",
                               "Check that the file exists and is readable.")]
        return self.parse(raw, source, loader)

    def load_member(self, raw: bytes, source: str, name: str) -> list[Document]:
        """Documents of one archive member, parsed by the loader for its suffix."""
        loader = self.by_suffix.get(Path(name).suffix.lower())
        if loader is None:
            return [load_error(source, ids.UNREADABLE, "unsupported file type in the archive", _UNSUPPORTED_HINT)]
        return self.parse(raw, source, loader)

    def load_stdin(self, raw: bytes, name: str | None = None) -> list[Document]:
        """Documents read from standard input: the type from ``name``'s suffix, or sniffed from the bytes."""
        source = name or STDIN_SOURCE
        if len(raw) > self.limits.max_bytes:
            return [self.too_large(source, None)]
        suffix = Path(name).suffix.lower() if name else sniff(raw)
        loader = self.by_suffix.get(suffix)
        if loader is None:
            return [load_error(source, ids.UNREADABLE, f"unsupported file type '{suffix}' for standard input",
                               _UNSUPPORTED_HINT)]
        return self.parse(raw, source, loader)

    def too_large(self, source: str, size: int | None) -> Document:
        """The ``MC-LD-005`` document of an input over ``max_bytes`` (``size`` unknown for a stream)."""
        limit = self.limits.max_bytes
        what = f"the file is {size:,} bytes" if size is not None else f"the input holds more than {limit:,} bytes"
        return load_error(source, ids.OVER_LIMIT, f"{what}, over the limit of {limit:,} bytes; it was not parsed",
                          "Split the file, or raise the limit with --max-bytes if it is genuine.")

    @staticmethod
    def parse(raw: bytes, source: str, loader: Loader) -> list[Document]:
        """Parse bytes with a loader, stamping each document with the input's SHA-256."""
        digest = hashlib.sha256(raw).hexdigest()
        documents = loader(raw, source)
        for document in documents:
            document.sha256 = document.sha256 or digest
        return documents


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


def sniff(raw: bytes) -> str:
    """The suffix standard input is read as: JSON, a zip or workbook, a compact JWS, else YAML."""
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if raw.startswith(b"PK\x03\x04"):
        return tabular.XLSX_SUFFIXES[0] if b"xl/workbook.xml" in raw else archive.ARCHIVE_SUFFIXES[0]
    if head in (b"{", b"["):
        return ".json"
    if len(raw) < 1024 * 1024 and _JWS.match(raw):
        return ".jwt"
    return ".yaml"


def load_file(path: Path, *, limits: Limits | None = None,
              mapping: Mapping[str, str | None] | None = None) -> list[Document]:
    """Read one file into documents with a parser set of its own (for one-off reads and tests)."""
    return Loaders(limits, mapping).load_path(path)


def load_paths(paths: Iterable[str | os.PathLike[str]], *, limits: Limits | None = None,
               mapping: Mapping[str, str | None] | None = None) -> Iterator[Document]:
    """All documents under the paths, in a stable order."""
    loaders = Loaders(limits, mapping)
    for path in loaders.iter_files(paths):
        yield from loaders.load_path(path)
