"""``.zip`` archives of descriptors, read in memory with limits against hostile archives.

Nothing is extracted to disk, so member names cannot escape a folder; names that try to
(absolute paths, ``..``) are still refused, as are symlinks, encrypted members and nested
archives. Each member is parsed by the loader for its suffix and becomes documents whose source
is ``batch.zip!folder/x.yaml``; a bad member is its own error document, never the end of the batch.
Limits: member count, uncompressed size per member and in total, and compression ratio (the
sizes are enforced on the bytes actually read, not on what the archive header claims). The members
together get one file's budget of descriptors (``max-documents``: a member may be a stream or a
spreadsheet of thousands) and of what YAML aliases add (``max-nodes`` values, ``max-bytes`` of text), so
that what a small archive costs does not grow with its member count. So do they one file's time budget
(``seconds``), each member parsed within half of it at most (``Loaders.member_step``): one slow member is given up
alone and leaves time for the others; the members left when the budget runs out are given up together.

Before :mod:`zipfile` reads the directory, :func:`zip_layout` checks that the file is one whole
archive: its end record closes the file, its directory ends where that record begins and starts
where it says, every entry's data lies before the directory, and the file starts with a member.
zipfile alone takes the last end record it finds, so a truncated archive that happens to end in a
stored inner archive would be read as that inner archive, members and all, getting round the
nested-archive refusal; such a file is one ``MC-LD-001`` finding instead. The entries are counted
from the directory's bytes before zipfile builds an object for each, so an archive over the member
limit costs a count, not the memory of its directory.
"""

from __future__ import annotations

import hashlib
import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.limits import OVER_TIME_HINT, Allowance, Clock, Limits, OverTime, seconds_form, seconds_shown
from qa_checker.loaders.common import LFS_POINTER, READ_HINT, lfs_pointer, load_error
from qa_checker.text import N_, Text, msg, plural

if TYPE_CHECKING:
    from qa_checker.loaders import Loaders

NESTED_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".jar")
_CHUNK = 1024 * 1024
_SPLIT_HINT = N_("Split the batch into smaller archives.")
_DAMAGED_HINT = N_(
    "Re-create the archive with a standard zip tool; if it was downloaded or copied, it may be incomplete."
)
_MEMBER_SIZE_HINT = N_("Split the file, or raise the limit with --max-bytes if it is genuine.")

# The zip records zip_layout reads (APPNOTE.TXT 4.3.16, 4.3.15, 4.3.14 and 4.3.12).
_END = struct.Struct("<4s4H2LH")
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
_ENTRY = struct.Struct("<4s6H3L5H2L")
_MEMBER = struct.Struct("<4s5H3L2H")  # a member's own header, before its name and data (4.3.7)
_END_SIGNATURE, _LOCATOR_SIGNATURE, _END64_SIGNATURE = b"PK\x05\x06", b"PK\x06\x07", b"PK\x06\x06"
_ENTRY_SIGNATURE, _MEMBER_SIGNATURE = b"PK\x01\x02", b"PK\x03\x04"

# What zipfile raises on a damaged archive: its own error, and those of what it reads with (an
# unsupported version or method, a password, a short read, broken deflate data, an empty name).
ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    IndexError,
    struct.error,
    zlib.error,
)


def load_bytes(raw: bytes, source: str, loaders: Loaders) -> list[Document]:
    """An archive given as bytes (an archive on standard input)."""
    return list(read_archive(io.BytesIO(raw), source, loaders))


def load_open(handle: IO[bytes], source: str, loaders: Loaders) -> list[Document]:
    """An archive from an open file, read without loading it whole; documents refused before
    parsing carry the archive's SHA-256, as with the bytes loader."""
    try:
        hasher = hashlib.sha256()
        for block in iter(lambda: handle.read(_CHUNK), b""):
            hasher.update(block)
        handle.seek(0)
        documents = list(read_archive(handle, source, loaders))
    except OSError as exc:
        return [
            load_error(
                source,
                ids.UNREADABLE,
                msg("cannot read the archive: {reason}", reason=str(exc.strerror or exc)),
                READ_HINT,
                fmt="zip",
            )
        ]
    for document in documents:
        document.sha256 = document.sha256 or hasher.hexdigest()
    return documents


def read_archive(handle: IO[bytes], source: str, loaders: Loaders) -> Iterator[Document]:
    """Every document in the archive, members in name order, each parsed by ``loaders``."""
    limits = loaders.limits
    layout: Layout | Text | str
    try:
        layout = zip_layout(handle, limits.archive_members)
        if isinstance(layout, Layout) and layout.entries <= limits.archive_members:
            handle.seek(0)
            archive = zipfile.ZipFile(handle)
    except ZIP_ERRORS as exc:
        layout = str(exc) or type(exc).__name__
    if not isinstance(layout, Layout):
        handle.seek(0)
        yield lfs_pointer(handle.read(len(LFS_POINTER)), source, "zip") or _damaged(source, layout)
        return
    if layout.entries > limits.archive_members:
        yield load_error(
            source,
            ids.OVER_LIMIT,
            plural(
                "the archive has {count} member, over the limit of {limit} (archive-members); it was not read",
                "the archive has {count} members, over the limit of {limit} (archive-members); it was not read",
                layout.entries,
                limit=limits.archive_members,
            ),
            _SPLIT_HINT,
            fmt="zip",
        )
        return
    with archive:
        if archive.start_dir != layout.directory:
            yield _damaged(source, ELSEWHERE)
            return
        found = False
        for document in _documents(archive, source, loaders):
            found = True
            yield document
    if not found:
        yield load_error(
            source,
            ids.EMPTY,
            msg("the archive holds no file qa-checker reads (descriptors, credentials or spreadsheets)"),
            msg("Put the descriptor files (.json, .yaml, .jsonld, .jwt, .csv, .xlsx, .ods) in the archive."),
            fmt="zip",
        )


# Why zipfile's reading is not trusted: its directory is not where the end record says.
ELSEWHERE = msg("zipfile finds its directory elsewhere than its end record says")


def _damaged(source: str, reason: Text | str) -> Document:
    """The ``MC-LD-001`` document of an archive that is truncated or damaged, saying how."""
    return load_error(
        source,
        ids.UNREADABLE,
        msg("not a readable zip archive: it is truncated or damaged ({reason})", reason=reason),
        _DAMAGED_HINT,
        fmt="zip",
    )


def _documents(archive: zipfile.ZipFile, source: str, loaders: Loaders) -> Iterator[Document]:
    """The documents of every member, in name order, and the refusal of each member that is not read."""
    limits = loaders.limits
    members = sorted((i for i in archive.infolist() if not i.filename.endswith("/")), key=lambda i: i.filename)
    shared = _overlapping(archive.infolist())
    # The members share one file's budget for what YAML aliases add: each member is read in time and memory
    # bounded by its size, and the archive as a whole by its size and that one budget.
    allowance = Allowance.of(limits)
    # So do they its budget of descriptors: a member may be a stream, a list or a spreadsheet of thousands.
    given = 0
    total = 0
    named: dict[str, int] = {}
    read = [i for i in members if "\0" in i.orig_filename or not _skipped(i.filename, loaders.discovered)]
    clock = Clock(limits.seconds, limits.seconds * MEMBER_SHARE)
    for position, info in enumerate(read):
        if clock.spent():
            yield _archive_over_time(source, limits.seconds, info.filename, len(read) - position - 1)
            return
        # Members of the same name (which a zip may hold) are each checked, told apart by their number.
        named[info.filename] = number = named.get(info.filename, 0) + 1
        member_source = f"{source}!{info.filename}" + (f" ({number})" if number > 1 else "")
        refusal = _refusal(info, limits, shared.get(id(info)))
        if refusal is not None:
            yield load_error(member_source, refusal[0], refusal[1], refusal[2], fmt="zip")
            continue
        budget = min(limits.max_bytes, limits.archive_total_bytes - total)
        raw = _read_member(archive, info, budget)
        if isinstance(raw, str):
            yield load_error(
                member_source,
                ids.UNREADABLE,
                msg("cannot read the archive member: {reason}", reason=raw),
                msg("Re-create the archive with a standard zip tool."),
                fmt="zip",
            )
            continue
        if raw is None:
            if budget < limits.max_bytes:
                yield load_error(
                    source,
                    ids.OVER_LIMIT,
                    plural(
                        "the archive unpacks to more than {count} byte; reading stopped before {member}",
                        "the archive unpacks to more than {count} bytes; reading stopped before {member}",
                        limits.archive_total_bytes,
                        member=info.filename,
                    ),
                    _SPLIT_HINT,
                    fmt="zip",
                )
                return
            yield load_error(
                member_source,
                ids.OVER_LIMIT,
                plural(
                    "the member unpacks to more than {count} byte; it was not parsed",
                    "the member unpacks to more than {count} bytes; it was not parsed",
                    limits.max_bytes,
                ),
                _MEMBER_SIZE_HINT,
                fmt="zip",
            )
            continue
        total += len(raw)
        share = clock.share()
        try:
            with loaders.member_step(share):
                documents = loaders.load_member(raw, member_source, info.filename, allowance)
        except OverTime:
            yield _over_time(member_source, share)
            continue
        given += len(documents)
        if given > limits.max_documents:
            yield load_error(
                source,
                ids.OVER_LIMIT,
                plural(
                    "the archive's members give more than {count} descriptor together, over the limit of {count} "
                    "(max-documents); reading stopped at {member}",
                    "the archive's members give more than {count} descriptors together, over the limit of {count} "
                    "(max-documents); reading stopped at {member}",
                    limits.max_documents,
                    member=info.filename,
                ),
                msg("Split the batch into smaller archives, or raise the limit with --limit max-documents=N."),
                fmt="zip",
            )
            return
        yield from documents


# The share of an archive's time budget one member may take at most: a slow member leaves time for the others.
MEMBER_SHARE = 0.5


def _archive_over_time(source: str, seconds: float, member: str, after: int) -> Document:
    """The ``MC-EN-003`` document of an archive whose time budget ran out before ``member`` and the ``after``
    members after it were read."""
    return load_error(
        source,
        ids.TIME_BUDGET,
        plural(
            "reading the archive took longer than its time budget ({seconds} s); {member} and the {count} member "
            "after it were not read",
            "reading the archive took longer than its time budget ({seconds} s); {member} and the {count} members "
            "after it were not read",
            after,
            seconds=seconds_shown(seconds),
            member=member,
        ),
        OVER_TIME_HINT,
        fmt="zip",
    )


def _over_time(source: str, seconds: float) -> Document:
    """The ``MC-EN-003`` document of a member whose reading ran out of its share of the archive's time budget (the
    other members are read on, within what is left of it)."""
    return load_error(
        source,
        ids.TIME_BUDGET,
        plural(
            "Reading this archive member took longer than the budget of {count} second; it was given up and the "
            "other members read",
            "Reading this archive member took longer than the budget of {count} seconds; it was given up and the "
            "other members read",
            seconds_form(seconds),
            count=seconds_shown(seconds),
        ),
        OVER_TIME_HINT,
        fmt="zip",
    )


def _skipped(name: str, discovered: tuple[str, ...]) -> bool:
    """Archive clutter and files no loader is registered for are passed over, as in a folder walk (a backslash
    separates folders, as Windows tools write it: "..\\x.yaml" is no hidden file but a way out)."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if any(part.startswith(".") and part not in (".", "..") for part in parts) or "__MACOSX" in parts:
        return True
    suffix = PurePosixPath(name).suffix.lower()
    return suffix not in discovered and suffix not in NESTED_SUFFIXES


def _overlapping(infos: list[zipfile.ZipInfo]) -> dict[int, str]:
    """The entries (by ``id``) whose data shares bytes with another entry's, each with the other's name.

    A standard zip tool writes each member's bytes once. Entries pointing into the same bytes (one
    compressed member listed hundreds of times, or each member's data holding the next one's header)
    make a small archive unpack to its total-bytes limit, a zip bomb no ratio shows. A member takes at
    least its header and compressed data, so a start before the end of that of another is an overlap.
    """
    shared: dict[int, str] = {}
    reach, furthest = -1, None
    for info in sorted(infos, key=lambda i: i.header_offset):
        if furthest is not None and info.header_offset < reach:
            shared[id(info)] = furthest.filename
            shared.setdefault(id(furthest), info.filename)
        end = info.header_offset + _MEMBER.size + info.compress_size
        if end > reach:
            reach, furthest = end, info
    return shared


def _refusal(info: zipfile.ZipInfo, limits: Limits, shares_with: str | None) -> tuple[str, Text, Text | str] | None:
    """Why a member must not be read, as (rule, message, hint), or ``None``; ``shares_with`` names the
    member whose bytes it overlaps (:func:`_overlapping`)."""
    name = info.filename
    if "\0" in info.orig_filename:
        return (
            ids.UNREADABLE,
            msg("the member name holds a NUL character, where zip tools cut it short; it was refused"),
            msg("Archive the descriptors under plain file names."),
        )
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":"):
        return (
            ids.UNREADABLE,
            msg("the member name points outside the archive (absolute path or '..'); it was refused"),
            msg("Archive the descriptors with relative paths inside one folder."),
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        return (
            ids.UNREADABLE,
            msg("the member is a symbolic link; it was refused"),
            msg("Archive the files themselves."),
        )
    if info.flag_bits & 0x1:
        return (
            ids.UNREADABLE,
            msg("the member is encrypted; it was not read"),
            msg("Archive the descriptors without a password."),
        )
    if shares_with is not None:
        return (
            ids.OVER_LIMIT,
            msg(
                "the member's data overlaps that of {other} in the archive, as in a zip bomb; it was not read",
                other=shares_with,
            ),
            _DAMAGED_HINT,
        )
    if path.suffix.lower() in NESTED_SUFFIXES:
        return (
            ids.UNREADABLE,
            msg("the member is itself an archive; nested archives are not opened"),
            msg("Put every descriptor directly in one archive."),
        )
    if info.file_size > limits.max_bytes:
        return (
            ids.OVER_LIMIT,
            plural(
                "the member unpacks to {count} byte, over the limit of {limit} bytes; it was not parsed",
                "the member unpacks to {count} bytes, over the limit of {limit} bytes; it was not parsed",
                info.file_size,
                limit=limits.max_bytes,
            ),
            _MEMBER_SIZE_HINT,
        )
    if info.file_size > limits.archive_ratio_floor and info.file_size > limits.archive_ratio * max(
        info.compress_size, 1
    ):
        return (
            ids.OVER_LIMIT,
            plural(
                "the member is compressed more than {ratio}:1 ({packed} to {count} byte), like a zip bomb; "
                "it was not read",
                "the member is compressed more than {ratio}:1 ({packed} to {count} bytes), like a zip bomb; "
                "it was not read",
                info.file_size,
                ratio=str(limits.archive_ratio),
                packed=info.compress_size,
            ),
            msg("Archive the real descriptor files."),
        )
    return None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes | str | None:
    """The member's bytes, ``None`` when it unpacks to more than ``budget`` bytes, or an error text."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(min(_CHUNK, budget + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > budget:
                    return None
                chunks.append(chunk)
    except Exception as exc:  # a damaged member is this member's finding, whatever the decompressor raises
        return str(exc) or type(exc).__name__
    return b"".join(chunks)


@dataclass(frozen=True)
class Layout:
    """Where a zip archive's directory lies and how many entries it lists."""

    directory: int
    size: int
    entries: int


def zip_layout(handle: IO[bytes], most: int) -> Layout | Text:
    """The layout of the zip archive in ``handle``, or why it is truncated or damaged (a phrase).

    The entries are counted by walking the directory's bytes, as far as ``most + 1``; past that the
    count declared by the end record is given, so a caller refusing the archive need not read more.
    """
    size = handle.seek(0, io.SEEK_END)
    if size < _END.size:
        return msg("it is too short to be a zip archive")
    start = max(0, size - _END.size - 0xFFFF)
    handle.seek(start)
    tail = handle.read()
    # zipfile's own search: a record without a comment at the very end, else the last signature.
    at = len(tail) - _END.size
    if tail[at : at + 4] != _END_SIGNATURE or tail[-2:] != b"\0\0":
        at = tail.rfind(_END_SIGNATURE)
    if at < 0 or at + _END.size > len(tail):
        return msg("it has no end-of-archive record: the file is cut short, or is not a zip archive")
    _sig, _disk, _first, _here, entries, length, offset, comment = _END.unpack_from(tail, at)
    end = start + at
    if end + _END.size + comment != size:
        return msg("its end-of-archive record does not close the file: the file is cut short, or data follows it")
    directory_end = end
    if end >= _END64_LOCATOR.size + _END64.size:
        handle.seek(end - _END64_LOCATOR.size)
        if handle.read(4) == _LOCATOR_SIGNATURE:
            handle.seek(end - _END64_LOCATOR.size - _END64.size)
            record = handle.read(_END64.size)
            if record[:4] == _END64_SIGNATURE:
                fields = _END64.unpack(record)
                entries, length, offset = fields[7], fields[8], fields[9]
                directory_end = end - _END64_LOCATOR.size - _END64.size
    if offset + length != directory_end:
        return msg(
            "its directory does not end where its end-of-archive record begins: the file is cut short, or "
            "holds another archive"
        )
    if entries:
        handle.seek(0)
        if handle.read(4) != _MEMBER_SIGNATURE:
            return msg("it does not start with a member: data comes before the archive, or the file is cut short")
    if entries > most:
        return Layout(offset, length, entries)
    counted = _count_entries(handle, offset, length, most)
    if not isinstance(counted, int):
        return counted
    if counted != entries:
        return plural(
            "its directory lists {count} entry where its end-of-archive record says {declared}",
            "its directory lists {count} entries where its end-of-archive record says {declared}",
            counted,
            declared=entries,
        )
    return Layout(offset, length, counted)


def _count_entries(handle: IO[bytes], offset: int, length: int, most: int) -> int | Text:
    """The entries of the directory at ``offset`` (stopping past ``most``), each checked to lie before it."""
    handle.seek(offset)
    buffer = bytearray()
    position = read = 0

    def fill(wanted: int) -> bool:
        """Whether ``wanted`` bytes from ``position`` are buffered, reading the directory on as needed."""
        nonlocal position, read
        while len(buffer) - position < wanted:
            chunk = handle.read(min(_CHUNK, length - read)) if read < length else b""
            if not chunk:
                return False
            del buffer[:position]
            position = 0
            read += len(chunk)
            buffer.extend(chunk)
        return True

    parsed = count = 0
    while parsed < length and count <= most:
        if not fill(_ENTRY.size):
            return msg("its directory is cut short")
        fields = _ENTRY.unpack_from(buffer, position)
        if fields[0] != _ENTRY_SIGNATURE:
            return msg("its directory holds a damaged entry")
        size = _ENTRY.size + fields[10] + fields[11] + fields[12]
        if not fill(size):
            return msg("its directory is cut short")
        if fields[16] != 0xFFFFFFFF and fields[16] >= offset:
            return msg("an entry's data lies past the directory, outside the archive")
        position += size
        parsed += size
        count += 1
    if count <= most and parsed != length:
        return msg("its directory does not end where its entries do")
    return count
