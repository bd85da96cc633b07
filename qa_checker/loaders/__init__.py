"""Turn paths into documents: find files, read them safely, parse them, import foreign formats.

A :class:`Loaders` is built for one run from its limits and column mapping (the parser set of
check-jsonschema: configured per run, no registry to swap); every file, archive member, spreadsheet
and standard input is read through it, so the same limits apply wherever an input comes from.
Every failure becomes a located finding on a :class:`Document`; nothing here raises for a bad
input file, so one bad file never stops a batch.

Only regular files are opened. A FIFO, a device or a socket (or a link to one), a link loop, and,
in a folder walk, a link leaving the folder named on the command line are each reported as an
``MC-LD-001`` error and never opened: a FIFO would block the batch forever, ``/dev/zero`` reports
size 0 and never ends, and a link out of the folder would check (and hash into the reports) files
nobody handed in. A path named directly on the command line may be a link to a regular file
anywhere: naming it is the choice. A folder walk does not follow links to folders (their files are
checked where they are when inside the folder, reported when outside), so it cannot loop. A file is
opened non-blocking and checked again on the open descriptor, and read at most one byte past the
limit, so a file swapped for a FIFO, a growing file or a ``/proc`` file reporting size 0 cannot
block or exhaust the run.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PosixPath, PurePosixPath, WindowsPath
from typing import IO, Any

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.file_names import backslashes_shown
from qa_checker.limits import Allowance, Limits
from qa_checker.loaders import json_, yaml_
from qa_checker.loaders.common import (
    PNG_SIGNATURE,
    READ_HINT,
    binary_markup,
    decode,
    lfs_pointer,
    load_error,
    wide_text,
)
from qa_checker.loaders.common import parse_int as parse_int  # how a JSON text that is no file (a request) is read
from qa_checker.loaders.json_ import syntax_problem as syntax_problem
from qa_checker.loaders.json_ import too_deep_at as too_deep_at
from qa_checker.patterns import regex
from qa_checker.text import N_, Text, msg, plural

Loader = Callable[[bytes, str], list[Document]]

# The loaders of archives, spreadsheets and JWTs are imported when such an input comes (a check of
# JSON or YAML files never pays for the zip, CSV and column-mapping machinery); their suffixes are here.
ARCHIVE_SUFFIXES = (".zip",)
CSV_SUFFIXES = (".csv", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ODS_SUFFIXES = (".ods",)
# A compact JWS or JWT, by the suffixes issuers save one under (an SD-JWT VC among them).
JWT_SUFFIXES = (".jwt", ".jws", ".sdjwt", ".sd-jwt")
# Images an Open Badge may be baked in: read when named (or piped), never picked up by a folder walk.
BAKED_SUFFIXES = (".png", ".svg")
# Web pages whose JSON-LD describes a course: read when named, never picked up by a folder walk (a saved site holds
# many pages of other kinds).
HTML_SUFFIXES = (".html", ".htm")

# Suffixes a folder walk picks up; explicitly named files of other types are still tried.
DISCOVERED_SUFFIXES = (
    ".json",
    ".yaml",
    ".yml",
    *ARCHIVE_SUFFIXES,
    *JWT_SUFFIXES,
    ".jsonld",
    *CSV_SUFFIXES,
    *XLSX_SUFFIXES,
    *ODS_SUFFIXES,
    ".xml",
)

# Marks in the start of an XML file (in lower case) that it is a credential: Europass, Open Badges, or any
# other credential. Such a file that is not Europass XML qa-checker reads (an LOQ upload, an ELM v2 credential:
# see qa_checker.importers.elm_xml) is refused as one that is not read; any other XML file in a folder (a build
# file, a sitemap) is skipped as not a descriptor.
_XML_CREDENTIAL_MARKS = (b"europass", b"data.europa.eu/snb", b"openbadges", b"credential")

# The namespace of the EDCI drafts' europassCredential (xsdVersion 0.x, 2019-2020), in lower case as the head of a file
# is read: ELM v2 (see qa_checker.importers.elm_xml) replaced its vocabularies.
# How to give an XML file that could not be read.
_XML_HINT = msg("Give the XML file as it was exported, as UTF-8, UTF-16 or UTF-32 text.")
_EDCI_DRAFT = b"http://data.europa.eu/europass/model/credentials#"

# Marks of a course feed in XCRI-CAP (the UK's course advertising profile) or MLO (Metadata for Learning Opportunities,
# EN 15982, whose binding names its namespace "mlo"), in lower case as the head of a file is read: course data, so a
# file refused as unread, never skipped as one that holds no descriptor.
_COURSE_FEED_MARKS = (b"xcri.org/profiles", b'xmlns="mlo"', b"xcri.org/bindings/mlo")

# Byte-order marks of UTF-16 and UTF-32 text, as Windows writes XML.
_WIDE_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")

# The name standard input is read under, and the command-line path that stands for it.
STDIN_SOURCE = "<stdin>"
STDIN_PATH = "-"

# What the common file types that are not read are, so a refusal says why ({type}: the suffix as given).
_UNSUPPORTED = {
    ".xml": N_(
        "unsupported file type '{type}': of XML credentials only Europass ones are read (an LOQ or LOMS upload "
        "of learning opportunities, an ELM v2 europassCredential); give other credentials as JSON-LD"
    ),
    ".ttl": N_(
        "unsupported file type '{type}': RDF in Turtle (ontologies, SHACL shapes) is not read; "
        "give credentials as JSON-LD"
    ),
    ".rdf": N_("unsupported file type '{type}': RDF/XML is not read; give credentials as JSON-LD"),
    ".nt": N_("unsupported file type '{type}': RDF N-Triples are not read; give credentials as JSON-LD"),
    ".xsd": N_("unsupported file type '{type}': an XML Schema, not a descriptor or a credential"),
    ".md": N_("unsupported file type '{type}': a text document, not a descriptor"),
    ".txt": N_(
        "unsupported file type '{type}': a text document, not a descriptor; a spreadsheet saved as text is "
        "read when its first line names descriptor fields, separated by tabs: else save it as CSV UTF-8 or "
        "rename it to .tsv"
    ),
    ".pdf": N_(
        "unsupported file type '{type}': a PDF is not read; give the descriptor's data as JSON, YAML or a spreadsheet"
    ),
    ".xls": N_("unsupported file type '{type}': the old Excel format is not read; save the workbook as .xlsx"),
}
UNSUPPORTED_HINT = N_(
    "Give a descriptor (.json, .yaml, .yml), a credential as JSON-LD (.json, .jsonld, .jwt), "
    "a spreadsheet (.csv, .tsv, .xlsx, .ods) or a .zip of them."
)
_REGULAR_HINT = N_(
    "Give the descriptor as a regular file, or pipe it to standard input with '-' as the path; "
    "pipes, devices and sockets are never read."
)
_LOOP_HINT = N_("Point the link at a descriptor file, or give the file itself.")
_OUTSIDE_HINT = N_("Copy the file into the folder, or name the file (or the link) on the command line to check it.")
_OUTSIDE_FOLDER_HINT = N_("Name that folder on the command line to check its descriptors too.")
# The most bytes of YAML text whose composed documents are kept for one input (they take about ten times
# the text's size); the findings of the others are placed by parsing their kept text again.
KEPT_TREE_BYTES = 4 * 1024 * 1024
_JWS = regex(rb"^\s*[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\s*$")
# The most bytes of a JSON file, or of standard input, looked at as a compact JWS.
_JWS_BYTES = 1024 * 1024


def _looks_like_a_token(raw: bytes) -> bool:
    """Whether a text file holds one compact JWT or SD-JWT, perhaps wrapped over several lines."""
    from qa_checker.importers import envelope

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    token = "".join(text.split())
    return token.startswith("eyJ") and envelope.looks_like_jws(token)  # its header, base64url JSON, opens so


def _no_budget(seconds: float) -> contextlib.AbstractContextManager[None]:
    """No time budget: the block runs as long as it takes."""
    return contextlib.nullcontext()


class Loaders:
    """The parsers of one run, by file suffix, reading within ``limits`` with a column ``mapping``, CSV text in
    the ``encoding`` named (default: told from the bytes)."""

    def __init__(
        self,
        limits: Limits | None = None,
        mapping: Mapping[str, str | None] | None = None,
        *,
        short_names: bool = False,
        encoding: str | None = None,
    ) -> None:
        self.limits = limits or Limits()
        self.mapping = mapping
        self.encoding = encoding
        # Whether files under an absolute input are named from the input's last part (see ShownPath).
        self.short_names = short_names
        self.discovered = DISCOVERED_SUFFIXES
        # The JSON and YAML texts of the input being read, by source name, with their format: kept (as
        # the text its loader read, decoded once for both, or the bytes read where they are no text) so that
        # the findings of its results can be placed by line and column afterwards (qa_checker.locate), up to
        # ``limits.placed_bytes`` of bytes; replaced by each load_path/load_stdin.
        self.texts: dict[str, tuple[bytes | str, str]] = {}
        self._kept = 0
        # The JSON and YAML texts of the input not kept above, as they went over that limit: their findings are
        # given without lines, with a notice saying so.
        self.unkept: set[str] = set()
        # The composed document of each YAML text kept above that can place its findings itself, so that
        # the text is not parsed again (qa_checker.locate.node_marks); up to KEPT_TREE_BYTES of text.
        self.trees: dict[str, Any] = {}
        self._kept_trees = 0
        # The time budget of so many seconds an archive's member is parsed within (a step of the runner's budget,
        # raising OverTime), so that one slow member costs that member only; none unless the runner sets one.
        self.member_step: Callable[[float], contextlib.AbstractContextManager[None]] = _no_budget
        self.by_suffix: dict[str, Loader] = {
            ".json": self._json,
            ".jsonld": self._json,
            ".yaml": self._yaml,
            ".yml": self._yaml,
            **dict.fromkeys(JWT_SUFFIXES, self._jwt),
            **dict.fromkeys(CSV_SUFFIXES, self._csv),
            **dict.fromkeys(XLSX_SUFFIXES, self._xlsx),
            **dict.fromkeys(ODS_SUFFIXES, self._ods),
            **dict.fromkeys(ARCHIVE_SUFFIXES, self._archive),
            ".xml": self._xml,
            ".txt": self._txt,
            **dict.fromkeys(BAKED_SUFFIXES, self._baked),
            **dict.fromkeys(HTML_SUFFIXES, self._html),
        }

    def _json(self, raw: bytes | str, source: str) -> list[Document]:
        return json_.load(raw, source, self.limits)

    def _yaml(
        self, raw: bytes, source: str, allowance: Allowance | None = None, text: str | None = None
    ) -> list[Document]:
        """The documents of a YAML file (``text``: its bytes already decoded)."""
        read = raw if text is None else text
        if source not in self.texts or self._kept_trees + len(raw) > KEPT_TREE_BYTES:
            return yaml_.load(read, source, self.limits, allowance=allowance)
        self._kept_trees += len(raw)
        return yaml_.load(read, source, self.limits, trees=self.trees, allowance=allowance)

    def _jwt(self, raw: bytes, source: str) -> list[Document]:
        from qa_checker.loaders import jwt_

        return jwt_.load(raw, source, self.limits)

    def _baked(self, raw: bytes, source: str) -> list[Document]:
        from qa_checker.importers import baked

        return baked.load(raw, source, self.limits)

    def _html(self, raw: bytes, source: str) -> list[Document]:
        """The courses in a web page's JSON-LD; each kept block's text is kept, at its place in the page, for
        placing the findings of its descriptors (within ``limits.placed_bytes``)."""
        from qa_checker.loaders import html_

        read = html_.load(raw, source, self.limits)
        for name, block in read.texts.items():
            size = block.line + block.column + len(block.text)
            if self._kept + size <= self.limits.placed_bytes:
                self.texts[name] = (block.placed(), "json")
                self._kept += size
            else:
                self.unkept.add(name)
        return read.documents

    def _csv(self, raw: bytes, source: str) -> list[Document]:
        from qa_checker.loaders import tabular

        return tabular.load_csv(raw, source, self.mapping, self.limits, self.encoding)

    def _xlsx(self, raw: bytes, source: str) -> list[Document]:
        from qa_checker.loaders import tabular

        return tabular.load_xlsx(raw, source, self.mapping, self.limits)

    def _ods(self, raw: bytes, source: str) -> list[Document]:
        from qa_checker.loaders import tabular

        return tabular.load_ods(raw, source, self.mapping, self.limits)

    def _xml(self, raw: bytes, source: str) -> list[Document]:
        """Europass XML (an LOQ upload of learning opportunities, an ELM v2 credential) read as its descriptors;
        any other XML refused, as a credential in XML that is not read or as a document that is no descriptor."""
        from qa_checker.importers import elm_xml

        head = elm_xml.head(raw, source)
        read = elm_xml.load(raw, source, self.limits) if elm_xml.may_be_europass(head) else None
        if read is not None:
            return read
        binary = binary_markup(raw, head, source, "xml", _XML_HINT)
        if binary is not None:
            return [binary]
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not start:
            return [load_error(source, ids.EMPTY, msg("the file is empty"), _XML_HINT, fmt="xml")]
        if not start.startswith(b"<"):
            # A descriptor or a CSV saved under .xml: checked by nobody while reported as a skipped file.
            message = msg("the file is named .xml but holds no XML: it does not open with a tag ('<')")
            hint = msg("Give the file the suffix of what it holds (.yaml, .json, .csv), or export the XML again.")
            return [load_error(source, ids.UNPARSABLE, message, hint, fmt="xml")]
        if _EDCI_DRAFT in head:
            message = msg(
                "unsupported file type '{type}': a Europass credential of the EDCI drafts before ELM v2 (namespace "
                "{namespace}), which is not read",
                type=".xml",
                namespace=_EDCI_DRAFT.decode(),
            )
            hint = msg("Issue or export the credential again with the current Europass Digital Credentials.")
            return [load_error(source, ids.UNREADABLE, message, hint)]
        if any(mark in head for mark in _COURSE_FEED_MARKS):
            feed = msg(
                "unsupported file type '{type}': a course feed in XCRI-CAP or MLO (EN 15982), whose learning "
                "opportunities qa-checker does not read",
                type=".xml",
            )
            hint = msg("Export the courses as a spreadsheet (one row each) or as descriptors, and check those.")
            return [load_error(source, ids.UNREADABLE, feed, hint)]
        refused = elm_xml.refusal(raw, source, self.limits)
        if refused is not None:
            return [refused]  # no XML at all past its declaration, or XML broken: an error, never a skipped file
        if any(mark in head for mark in _XML_CREDENTIAL_MARKS):
            return [_unsupported(source, ".xml", ".xml")]
        message = msg("unsupported file type '{type}': an XML document that is not a credential", type=".xml")
        return [load_error(source, ids.UNREADABLE, message, UNSUPPORTED_HINT)]

    def _txt(self, raw: bytes, source: str) -> list[Document]:
        """A spreadsheet saved as text (Excel's "Unicode Text": UTF-16, tab-separated) read as a CSV file when
        its first line names descriptor fields; a JSON document or a compact JWT saved as text (an SD-JWT as its
        specification publishes it) read as one; any other text document refused."""
        if _names_fields(_first_line(raw, source), self.mapping):
            return self._csv(raw, source)
        content = sniff(raw)
        if content == ".json" or (len(raw) < _JWS_BYTES and _looks_like_a_token(raw)):
            return self.by_suffix[content if content == ".json" else ".jwt"](raw, source)
        return [_unsupported(source, ".txt", ".txt")]

    def _archive(self, raw: bytes, source: str) -> list[Document]:
        from qa_checker.loaders import archive

        return archive.load_bytes(raw, source, self)

    def iter_files(self, paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
        """Files named directly, and files with a known suffix under named folders, sorted."""
        return iter_files(paths, short_names=self.short_names)

    def load_path(self, path: Path) -> list[Document]:
        """Documents of one input file; an archive is read member by member from disk.

        Anything but a regular file (or a link to one) is refused before it is opened (see the
        module docstring), and so is a path :func:`iter_files` found but must not open.
        """
        source = shown(path)
        self.forget()
        if isinstance(path, SkippedPath):
            return [path.document()]
        refusal = not_regular(path)
        if refusal is not None:
            return [load_error(source, ids.UNREADABLE, *refusal)]
        suffix = path.suffix.lower()
        loader = self.by_suffix.get(suffix)
        if loader is None and suffix:
            return [_unsupported(source, suffix, path.suffix)]
        opened = _open_descriptor(path)
        if isinstance(opened, Document):
            return [opened]
        descriptor, size = opened
        if suffix in ARCHIVE_SUFFIXES:
            with os.fdopen(descriptor, "rb") as handle:
                return self._archive_file(handle, source)
        try:
            if size > self.limits.max_bytes:
                return [self.too_large(source, size)]
            # Read as much as the file holds (a read of the limit allocates the limit), and on only if it grew since.
            raw = _read_at_most(descriptor, size + 1)
            if len(raw) > size:
                raw += _read_at_most(descriptor, self.limits.max_bytes + 1 - len(raw))
        except OSError as exc:
            return [load_error(source, ids.UNREADABLE, _cannot_read(exc), READ_HINT)]
        finally:
            os.close(descriptor)
        if len(raw) > self.limits.max_bytes:
            return [self.too_large(source, None)]
        # A name without a suffix ("descriptor", "catalogue") says nothing of the type: the content does, as for
        # standard input and an upload.
        loader = loader or self.by_suffix.get(sniff(raw))
        if loader is None:
            return [_unsupported(source, suffix, path.name)]
        return self.parse(raw, source, loader)

    def _archive_file(self, handle: IO[bytes], source: str) -> list[Document]:
        from qa_checker.loaders import archive

        return archive.load_open(handle, source, self)

    def load_member(self, raw: bytes, source: str, name: str, allowance: Allowance | None = None) -> list[Document]:
        """Documents of one archive member, parsed by the loader for its suffix; what YAML aliases add to it
        is spent from ``allowance``, which the archive's members share (only YAML has aliases)."""
        loader = self.by_suffix.get(Path(name).suffix.lower())
        if loader is None:
            return [load_error(source, ids.UNREADABLE, msg("unsupported file type in the archive"), UNSUPPORTED_HINT)]
        return self.parse(raw, source, loader, allowance)

    def load_stdin(self, raw: bytes, name: str | None = None) -> list[Document]:
        """Documents read from standard input: the type from ``name``'s suffix, or sniffed from the bytes."""
        source = name or STDIN_SOURCE
        self.forget()
        if len(raw) > self.limits.max_bytes:
            return [self.too_large(source, None)]
        # A name without a suffix ("upload", "catalogue") says nothing of the type: the content does.
        suffix = (Path(name).suffix.lower() if name else "") or sniff(raw)
        loader = self.by_suffix.get(suffix)
        if loader is None:
            return [_unsupported(source, suffix, suffix)]
        return self.parse(raw, source, loader)

    def forget(self) -> None:
        """Drop the texts and documents kept for placing the findings of the input read last."""
        self.texts, self._kept, self.unkept = {}, 0, set()
        self.trees, self._kept_trees = {}, 0

    def too_large(self, source: str, size: int | None) -> Document:
        """The ``MC-LD-005`` document of an input over ``max_bytes`` (``size`` unknown for a stream)."""
        limit = self.limits.max_bytes
        return load_error(
            source,
            ids.OVER_LIMIT,
            plural(
                "the file is {count} byte, over the limit of {limit} bytes; it was not parsed",
                "the file is {count} bytes, over the limit of {limit} bytes; it was not parsed",
                size,
                limit=limit,
            )
            if size is not None
            else plural(
                "the input holds more than {count} byte, over the limit of {count} bytes; it was not parsed",
                "the input holds more than {count} bytes, over the limit of {count} bytes; it was not parsed",
                limit,
            ),
            N_("Split the file, or raise the limit with --max-bytes if it is genuine."),
        )

    def parse(self, raw: bytes, source: str, loader: Loader, allowance: Allowance | None = None) -> list[Document]:
        """Parse bytes with a loader, stamping each document with the input's SHA-256.

        The bytes of a JSON or YAML text are kept in :attr:`texts` (up to ``limits.placed_bytes`` for one
        input, such as an archive's members together; :attr:`unkept` names those beyond) for placing its
        findings by line and column. What YAML aliases add is spent from ``allowance`` when one is given
        (see :meth:`load_member`).
        """
        digest = hashlib.sha256(raw).hexdigest()
        if loader == self._json and len(raw) < _JWS_BYTES and _JWS.match(raw):
            loader = self._jwt  # a compact JWS saved as .json: a signed badge, a VC-JWT
        fmt = "json" if loader == self._json else "yaml" if loader == self._yaml else None
        if fmt is not None and self._kept + len(raw) <= self.limits.placed_bytes:
            self.texts[source] = (raw, fmt)
            self._kept += len(raw)
        elif fmt is not None:
            self.unkept.add(source)
        # A Git LFS pointer under any name (a spreadsheet's, a credential's) is told as one before it is parsed.
        pointer = lfs_pointer(raw, source, fmt or "unknown")
        if pointer is not None:
            documents = [pointer]
        elif fmt is not None and source in self.texts:
            # A kept text is decoded once, for its loader and for placing its findings.
            text = decode(raw, source, fmt)
            if isinstance(text, Document):
                documents = [text]
            else:
                self.texts[source] = (text, fmt)
                documents = self._yaml(raw, source, allowance, text) if fmt == "yaml" else self._json(text, source)
        else:
            documents = self._yaml(raw, source, allowance) if fmt == "yaml" else loader(raw, source)
        for document in documents:
            document.sha256 = document.sha256 or digest
        return documents


if sys.platform == "win32":
    _ConcretePath: Any = WindowsPath
else:
    _ConcretePath = PosixPath


class ShownPath(_ConcretePath):
    """A path found under an absolute command-line input, with the name every output shows it by.

    Outputs never show an absolute local path (it exposes the auditor's folders and widens every table):
    a file found under ``/home/me/audits/batch`` is shown as ``batch/sub/x.json``, a file named as
    ``/tmp/x.json`` as ``x.json``. Paths under a relative input are shown as found (``samples/x.json``).
    The name travels with the path to the pool's workers (pickled).
    """

    shown_as: str | None = None

    @classmethod
    def named(cls, path: str | os.PathLike[str], shown_as: str | None) -> ShownPath:
        """The path, shown as ``shown_as``."""
        found: ShownPath = cls(path)
        found.shown_as = shown_as
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        return ShownPath.named, (str(self), self.shown_as)


def shown(path: str | os.PathLike[str]) -> str:
    """The name a path is shown by in results and reports (see :class:`ShownPath`).

    A byte of the name that is not UTF-8 (which Python holds as a lone surrogate, text no report, database
    or terminal can take) is shown as its escape, ``caf\\xe9.json``, and a backslash written in a name before
    such an escape's letters as ``\\x5c``: no two names are shown alike (see :mod:`qa_checker.file_names`).
    """
    name = backslashes_shown(getattr(path, "shown_as", None) or os.fspath(path))
    if name.isascii():
        return name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")
    return name


def shown_name(
    given: str | os.PathLike[str], found: str | os.PathLike[str] | None = None, start: str | None = None
) -> str | None:
    """How to show ``found`` (a file under the command-line input ``given``, or ``given`` itself):
    ``None`` when it is shown as it is (``given`` is relative), else ``start`` (by default the input's last
    part; see :func:`input_starts`) and the rest."""
    base = Path(given)
    if not base.is_absolute():
        return None
    first = PurePosixPath(start if start is not None else base.name)
    if found is None or Path(found) == base:
        return first.as_posix() if first.parts else os.fspath(given)
    try:
        rest = Path(found).relative_to(base)
    except ValueError:
        return None
    return (first / PurePosixPath(*rest.parts)).as_posix()


def input_starts(paths: Sequence[str | os.PathLike[str]]) -> list[str | None]:
    """How each absolute command-line input is shown: its last part, or as many of its last parts as
    tell it from every other input (``/a/2025/course.yaml`` and ``/b/2025/course.yaml`` are shown as
    ``a/2025/course.yaml`` and ``b/2025/course.yaml``); ``None`` for a relative input, shown as given."""
    parts = [Path(raw).parts[1:] if Path(raw).is_absolute() else None for raw in paths]
    taken = {PurePosixPath(os.fspath(raw)).as_posix() for raw, own in zip(paths, parts) if own is None}
    depth = [1] * len(paths)
    while True:
        starts = [None if own is None else "/".join(own[-depth[at] :]) for at, own in enumerate(parts)]
        seen: dict[str, list[int]] = {}
        for at, start in enumerate(starts):
            if start is not None:
                seen.setdefault(start, []).append(at)
        grown = False
        for start, ats in seen.items():
            distinct = {parts[at] for at in ats}
            if len(distinct) > 1 or start in taken:
                for at in ats:
                    own = parts[at]
                    if own is not None and depth[at] < len(own):
                        depth[at] += 1
                        grown = True
        if not grown:
            return starts


def _namer(given: str | os.PathLike[str], start: str | None) -> Callable[[Path], str | None]:
    """:func:`shown_name` of files under ``given``: one found by walking it starts with its text, so its name
    is that text's rest (the ``Path`` arithmetic of :func:`shown_name`, for any other path, costs about
    fifty times as much: a million files are named in seconds, not minutes)."""
    base = Path(given)
    if not base.is_absolute():
        return lambda found: None
    if os.sep != "/":  # a name's separators would need turning into slashes
        return lambda found: shown_name(given, found, start)
    prefix = os.path.join(os.fspath(base), "")
    head = f"{start}/" if start else ""

    def name(found: Path) -> str | None:
        text = os.fspath(found)
        return head + text[len(prefix) :] if text.startswith(prefix) else shown_name(given, found, start)

    return name


def _shown(found: Path, name: str | None) -> Path:
    if name is None:
        return found
    if isinstance(found, SkippedPath):
        found.shown_as = name
        return found
    return ShownPath.named(found, name)


class SkippedPath(ShownPath):
    """A path :func:`iter_files` found but that must not be opened; loading it gives its finding.

    It carries its reason to the pool's workers (pickled), and resolves without following the
    link, so a link loop cannot fail a caller that resolves the paths it is given.
    """

    message: str | Text = N_("not a regular file; it was skipped without being opened")
    hint: str | Text = _REGULAR_HINT

    @classmethod
    def refused(
        cls, path: str | os.PathLike[str], message: str | Text, hint: str | Text, shown_as: str | None = None
    ) -> SkippedPath:
        """The path with the finding it gets."""
        skipped: SkippedPath = cls(path)
        skipped.message, skipped.hint = message, hint
        skipped.shown_as = shown_as or getattr(path, "shown_as", None)
        return skipped

    def document(self) -> Document:
        """The ``MC-LD-001`` document of this path."""
        return load_error(shown(self), ids.UNREADABLE, self.message, self.hint)

    def resolve(self, strict: bool = False) -> SkippedPath:
        """The path with its folder resolved and its own name kept (the link is not followed)."""
        return SkippedPath.refused(
            os.path.join(os.path.realpath(self.parent), self.name), self.message, self.hint, self.shown_as
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return SkippedPath.refused, (str(self), self.message, self.hint, self.shown_as)


def describe(mode: int) -> Text:
    """What a file that is not a regular file is, for a refusal that says so."""
    if stat.S_ISFIFO(mode):
        return msg("a FIFO (named pipe)")
    if stat.S_ISCHR(mode):
        return msg("a character device")
    if stat.S_ISBLK(mode):
        return msg("a block device")
    if stat.S_ISSOCK(mode):
        return msg("a socket")
    if stat.S_ISDIR(mode):
        return msg("a folder")
    return msg("a special file")


def _cannot_read(exc: OSError) -> Text:
    return msg("cannot read the file: {reason}", reason=str(exc.strerror or exc))


def not_regular(path: str | os.PathLike[str]) -> tuple[Text, str] | None:
    """``(message, hint)`` refusing a path that is not a regular file or a link to one; ``None`` to open it.

    Only ``lstat``/``stat`` are used, so nothing is opened; a path that cannot be examined at all is
    left for the open to report.
    """
    try:
        own = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISLNK(own.st_mode):
        if stat.S_ISREG(own.st_mode):
            return None
        return (
            msg("{what}, not a regular file; it was skipped without being opened", what=describe(own.st_mode)),
            _REGULAR_HINT,
        )
    try:
        target = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _LOOP, _LOOP_HINT
        return (
            msg(
                "cannot read the file: it is a symbolic link to {target}, which does not exist", target=_link_text(path)
            ),
            N_("Point the link at an existing descriptor file, or remove it."),
        )
    if stat.S_ISREG(target.st_mode):
        return None
    return (
        msg(
            "a symbolic link to {what} ({target}), not to a regular file; it was skipped without being opened",
            what=describe(target.st_mode),
            target=_link_text(path),
        ),
        _REGULAR_HINT,
    )


_LOOP = msg("a symbolic link loop (following it never reaches a file); it was skipped")


def _link_text(path: str | os.PathLike[str]) -> str | Text:
    """Where a link leads, as it is written: a relative target in full, an absolute one by its last part
    only (``.../passwd``), as no report shows a local path."""
    try:
        target = os.readlink(path)
    except OSError:
        return msg("a missing file")
    return target if not os.path.isabs(target) else ".../" + os.path.basename(target.rstrip("/\\"))


def open_regular(path: Path) -> IO[bytes] | Document:
    """``path`` opened for reading if, on the open descriptor, it is a regular file; else its refusal (see
    :func:`_open_descriptor`)."""
    opened = _open_descriptor(path)
    return opened if isinstance(opened, Document) else os.fdopen(opened[0], "rb")


def _open_descriptor(path: Path) -> tuple[int, int] | Document:
    """The descriptor of ``path`` opened for reading and its size if, on the open descriptor, it is a regular file;
    else its refusal.

    Opened non-blocking (a FIFO swapped in after :func:`not_regular` cannot block the open) and
    checked with ``fstat``, so what is read is what was checked.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as exc:
        return load_error(shown(path), ids.UNREADABLE, _cannot_read(exc), READ_HINT)
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            os.close(descriptor)
            return load_error(
                shown(path),
                ids.UNREADABLE,
                msg(
                    "{what} (it changed while being opened), not a regular file; it was skipped without being read",
                    what=describe(status.st_mode),
                ),
                _REGULAR_HINT,
            )
        os.set_blocking(descriptor, True)
        return descriptor, status.st_size
    except BaseException:
        os.close(descriptor)
        raise


def _read_at_most(descriptor: int, count: int) -> bytes:
    """Up to ``count`` bytes from an open file, fewer only at its end: a read of the descriptor itself, without the
    buffered file object (which costs more to make than a small file costs to read), asked again after a short
    read (a ``/proc`` file gives a page at a time)."""
    chunks: list[bytes] = []
    while count > 0:
        chunk = os.read(descriptor, count)
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def iter_files(paths: Iterable[str | os.PathLike[str]], *, short_names: bool = False) -> Iterator[Path]:
    """Files named directly, and files with a known suffix under named folders, sorted; ``-`` (standard
    input) as it is.

    What must not be opened (a link loop, a link leaving the named folder) comes as a
    :class:`SkippedPath` that loads as its finding; pipes, devices and sockets are refused by
    :meth:`Loaders.load_path` itself. With ``short_names``, files under an absolute input are
    :class:`ShownPath` s named from the input's last part (the command line's choice: no output shows
    an absolute local path); otherwise every file is named by its path.
    """
    given = list(paths)
    for raw, start in zip(given, input_starts(given)):
        if os.fspath(raw) == STDIN_PATH:
            yield Path(STDIN_PATH)
            continue
        if not short_names:
            yield from _iter_one(raw)
            continue
        name = _namer(raw, start)
        for path in _iter_one(raw, shown_name(raw, None, start)):
            yield _shown(path, name(path))


def _iter_one(raw: str | os.PathLike[str], label: str | None = None) -> Iterator[Path]:
    path = Path(raw)
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            message, hint = not_regular(path) or (msg("a symbolic link loop; it was skipped"), _LOOP_HINT)
            yield SkippedPath.refused(path, message, hint)
        else:
            yield path
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, label)
    else:
        yield path


def _walk(folder: Path, label: str | None = None) -> Iterator[Path]:
    """Files with a known suffix under ``folder`` in path order, hidden names skipped, links to folders not
    followed; ``label`` is how refusals name the folder (as given, never its absolute local path).

    Each folder's names are sorted and a sub-folder is walked in its name's place, which is the order of
    the sorted paths; only the names of the folders being walked are held, so a million files are found
    without a list of them.
    """
    root = os.path.realpath(folder)
    shown_folder = label or os.fspath(folder)
    top = _Listing(folder)
    if top.error is not None:
        yield _unlisted(folder, top.error)
    pending = [(folder, top)]
    while pending:
        current, listing = pending[-1]
        name = next(listing.names, None)
        if name is None:
            pending.pop()
            continue
        path = current / name
        discovered = path.suffix.lower() in DISCOVERED_SUFFIXES
        if name in listing.links:
            found = _link_in_walk(path, root, discovered, shown_folder)
            if found is not None:
                yield found
        elif name in listing.folders:
            inner = _Listing(path)
            if inner.error is not None:
                yield _unlisted(path, inner.error)
            pending.append((path, inner))
        elif discovered:
            yield path


class _Listing:
    """A folder's names in the order their paths sort (hidden ones left out; none if it cannot be read),
    and which of them are links and which folders, as the listing told."""

    __slots__ = ("error", "folders", "links", "names")

    def __init__(self, folder: Path) -> None:
        names: list[str] = []
        self.links: set[str] = set()
        self.folders: set[str] = set()
        self.error: OSError | None = None
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    names.append(entry.name)
                    if entry.is_symlink():
                        self.links.add(entry.name)
                    elif entry.is_dir(follow_symlinks=False):
                        self.folders.add(entry.name)
        except OSError as exc:
            self.error = exc
        self.names = iter(sorted(names, key=os.path.normcase))


def _unlisted(folder: Path, error: OSError) -> SkippedPath:
    """The finding of a folder in a walk whose files cannot be listed (this user may not read it, its path is too
    long for the system), with what to do about that reason."""
    if error.errno == errno.ENAMETOOLONG:
        hint = msg("Shorten the folder's path (its names or its nesting), or check it from a folder nearer to it.")
    elif error.errno in (errno.EACCES, errno.EPERM):
        hint = msg("Give this user permission to read the folder, or check it as a user who may.")
    else:
        hint = msg("Check that the folder still exists and can be listed.")
    return SkippedPath.refused(
        folder,
        msg(
            "the folder cannot be read ({reason}); the files in it were not checked",
            reason=str(error.strerror or error),
        ),
        hint,
    )


def _link_in_walk(path: Path, root: str, discovered: bool, label: str = "") -> Path | None:
    """A link met in a folder walk: the path to load, a :class:`SkippedPath`, or ``None`` to pass it by.

    A link to a folder is never walked: inside the named folder its files are found where they are,
    outside it is reported. A link with a known suffix to a file outside the folder is reported; a
    loop is reported; anything else is left to :meth:`Loaders.load_path` (a dangling link, a link
    to a pipe or device).
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if not discovered:
            return None
        if exc.errno == errno.ELOOP:
            return SkippedPath.refused(path, _LOOP, _LOOP_HINT)
        return path
    target = os.path.realpath(path)
    inside = os.path.commonpath([root, target]) == root
    if stat.S_ISDIR(mode):
        if inside:
            return None
        return SkippedPath.refused(
            path,
            msg(
                "a symbolic link to the folder {target}, outside the folder {folder} given to check; "
                "it was not searched",
                target=_link_text(path),
                folder=label or root,
            ),
            _OUTSIDE_FOLDER_HINT,
        )
    if not discovered:
        return None
    if inside or not stat.S_ISREG(mode):
        return path
    return SkippedPath.refused(
        path,
        msg(
            "a symbolic link to {target}, outside the folder {folder} given to check; "
            "it was skipped without being opened",
            target=_link_text(path),
            folder=label or root,
        ),
        _OUTSIDE_HINT,
    )


def _unsupported(source: str, suffix: str, shown_type: str) -> Document:
    """The ``MC-LD-001`` document of an input whose suffix no loader reads (what it is, where known)."""
    known = _UNSUPPORTED.get(suffix)
    message = (
        Text(known, {"type": shown_type})
        if known is not None
        else msg("unsupported file type '{type}'", type=shown_type)
    )
    return load_error(source, ids.UNREADABLE, message, UNSUPPORTED_HINT)


# How many bytes of a text document its first line is looked for in (a multiple of four, so that UTF-16 and
# UTF-32 text is cut between characters), and the most of its tab-separated cells looked at.
_HEAD_LINE_BYTES = 8 * 1024
_HEAD_CELLS = 200


def _first_line(raw: bytes, source: str) -> str:
    """The first line of a text document, in UTF-8, UTF-16 or UTF-32 (empty when it cannot be read), ended by
    a line feed or a carriage return (the line end of Excel for Mac's text export)."""
    head = raw[:_HEAD_LINE_BYTES]
    wide = wide_text(head, source, "txt")
    text = wide if isinstance(wide, str) else "" if wide is not None else head.decode("utf-8-sig", errors="replace")
    return text.lstrip("\ufeff").split("\n", 1)[0].split("\r", 1)[0]


def _names_fields(line: str, mapping: Mapping[str, str | None] | None) -> bool:
    """Whether a line is a spreadsheet's header separated by tabs: two or more cells, most of them naming a
    descriptor field."""
    from qa_checker.loaders.columns import ColumnResolver

    cells = [cell for cell in line.split("\t", _HEAD_CELLS)[:_HEAD_CELLS] if cell.strip()]
    if len(cells) < 2:
        return False
    resolver = ColumnResolver(mapping)
    named = sum(1 for cell in cells if resolver.resolve(cell) is not None)
    return named >= 2 and 2 * named > len(cells)


# The start of an HTML page: its doctype or its html element.
_HTML_START = regex(rb"<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


def _is_html_page(start: bytes) -> bool:
    """Whether ``start`` opens an HTML page once its leading comments are skipped (each scanned once)."""
    while start.startswith(b"<!--"):
        end = start.find(b"-->", 4)
        if end < 0:
            return False
        start = start[end + 3 :].lstrip()
    return _HTML_START.match(start) is not None


def sniff(raw: bytes) -> str:
    """The suffix standard input is read as: JSON, a zip or workbook, a compact JWS, a PNG or SVG image (a baked
    badge), Europass XML (an LOQ upload, an ELM v2 credential), an HTML page (its JSON-LD), else YAML."""
    head = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if raw.startswith(PNG_SIGNATURE):
        return BAKED_SUFFIXES[0]
    start = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if start.startswith(b"<svg") or (start.startswith((b"<?xml", b"<!DOCTYPE svg")) and b"<svg" in start):
        return BAKED_SUFFIXES[1]
    if head == b"<" or raw.startswith(_WIDE_MARKS):
        from qa_checker.importers import elm_xml

        if elm_xml.may_be_europass(elm_xml.head(raw, STDIN_SOURCE)):
            return ".xml"
        if _is_html_page(start):
            return HTML_SUFFIXES[0]
    if raw.startswith(b"PK\x03\x04"):
        if raw[30:38] == b"mimetype" and raw[38:84] == b"application/vnd.oasis.opendocument.spreadsheet":
            return ODS_SUFFIXES[0]
        return XLSX_SUFFIXES[0] if b"xl/workbook.xml" in raw else ARCHIVE_SUFFIXES[0]
    if head in (b"{", b"["):
        return ".json"
    if len(raw) < _JWS_BYTES and _JWS.match(raw):
        return ".jwt"
    return ".yaml"


def load_file(
    path: Path, *, limits: Limits | None = None, mapping: Mapping[str, str | None] | None = None
) -> list[Document]:
    """Read one file into documents with a parser set of its own (for one-off reads and tests)."""
    return Loaders(limits, mapping).load_path(path)


def load_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits | None = None,
    mapping: Mapping[str, str | None] | None = None,
) -> Iterator[Document]:
    """All documents under the paths, in a stable order."""
    loaders = Loaders(limits, mapping)
    for path in loaders.iter_files(paths):
        yield from loaders.load_path(path)
