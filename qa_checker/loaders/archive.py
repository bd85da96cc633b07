"""``.zip`` archives of descriptors, read in memory with limits against hostile archives.

Nothing is extracted to disk, so member names cannot escape a folder; names that try to
(absolute paths, ``..``) are still refused, as are symlinks, encrypted members and nested
archives. Each member is parsed by the loader for its suffix and becomes documents whose source
is ``batch.zip!folder/x.yaml``; a bad member is its own error document, never the end of the batch.
Limits: member count, uncompressed size per member and in total, and compression ratio (the
sizes are enforced on the bytes actually read, not on what the archive header claims).
"""

from __future__ import annotations

import hashlib
import io
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

from qa_checker import ids
from qa_checker.document import Document
from qa_checker.limits import Limits
from qa_checker.loaders.common import load_error

if TYPE_CHECKING:
    from qa_checker.loaders import Loaders

ARCHIVE_SUFFIXES = (".zip",)
NESTED_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".jar")
_CHUNK = 1024 * 1024
_SPLIT_HINT = "Split the batch into smaller archives."


def load_bytes(raw: bytes, source: str, loaders: Loaders) -> list[Document]:
    """An archive given as bytes (an archive on standard input)."""
    return list(read_archive(io.BytesIO(raw), source, loaders))


def load_file(path: Path, loaders: Loaders) -> list[Document]:
    """Read an archive from disk without loading it whole.

    Documents refused before parsing carry the archive's SHA-256, as with the bytes loader.
    """
    source = str(path)
    try:
        with path.open("rb") as handle:
            hasher = hashlib.sha256()
            for block in iter(lambda: handle.read(_CHUNK), b""):
                hasher.update(block)
            digest = hasher.hexdigest()
            handle.seek(0)
            documents = list(read_archive(handle, source, loaders))
    except OSError as exc:
        return [load_error(source, ids.UNREADABLE, f"cannot read the archive: {exc.strerror or exc}",
                           "Check that the file exists and is readable.", fmt="zip")]
    for document in documents:
        document.sha256 = document.sha256 or digest
    return documents


def read_archive(handle: IO[bytes], source: str, loaders: Loaders) -> Iterator[Document]:
    """Every document in the archive, members in name order, each parsed by ``loaders``."""
    limits = loaders.limits
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield load_error(source, ids.UNREADABLE, f"not a readable zip archive: {exc}",
                         "Re-create the archive with a standard zip tool.", fmt="zip")
        return
    with archive:
        members = sorted((i for i in archive.infolist() if not i.is_dir()), key=lambda i: i.filename)
        if len(members) > limits.archive_members:
            yield load_error(source, ids.OVER_LIMIT,
                             f"the archive has {len(members):,} members, over the limit of "
                             f"{limits.archive_members:,}; it was not read", _SPLIT_HINT, fmt="zip")
            return
        total = 0
        for info in members:
            if _skipped(info.filename, loaders.discovered):
                continue
            member_source = f"{source}!{info.filename}"
            refusal = _refusal(info, limits)
            if refusal is not None:
                yield load_error(member_source, refusal[0], refusal[1], refusal[2], fmt="zip")
                continue
            budget = min(limits.max_bytes, limits.archive_total_bytes - total)
            raw = _read_member(archive, info, budget)
            if isinstance(raw, str):
                yield load_error(member_source, ids.UNREADABLE, f"cannot read the archive member: {raw}",
                                 "Re-create the archive with a standard zip tool.", fmt="zip")
                continue
            if raw is None:
                if budget < limits.max_bytes:
                    yield load_error(source, ids.OVER_LIMIT,
                                     f"the archive unpacks to more than {limits.archive_total_bytes:,} bytes; "
                                     f"reading stopped before {info.filename}", _SPLIT_HINT, fmt="zip")
                    return
                yield load_error(member_source, ids.OVER_LIMIT,
                                 f"the member unpacks to more than {limits.max_bytes:,} bytes; it was not parsed",
                                 "Split the file, or raise the limit with --max-bytes if it is genuine.", fmt="zip")
                continue
            total += len(raw)
            yield from loaders.load_member(raw, member_source, info.filename)


def _skipped(name: str, discovered: tuple[str, ...]) -> bool:
    """Archive clutter and files no loader is registered for are passed over, as in a folder walk."""
    parts = PurePosixPath(name).parts
    if any(part.startswith(".") and part not in (".", "..") for part in parts) or "__MACOSX" in parts:
        return True
    suffix = PurePosixPath(name).suffix.lower()
    return suffix not in discovered and suffix not in NESTED_SUFFIXES


def _refusal(info: zipfile.ZipInfo, limits: Limits) -> tuple[str, str, str] | None:
    """Why a member must not be read, as (rule, message, hint), or ``None``."""
    name = info.filename
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":"):
        return (ids.UNREADABLE, "the member name points outside the archive (absolute path or '..'); it was refused",
                "Archive the descriptors with relative paths inside one folder.")
    if stat.S_ISLNK(info.external_attr >> 16):
        return (ids.UNREADABLE, "the member is a symbolic link; it was refused", "Archive the files themselves.")
    if info.flag_bits & 0x1:
        return (ids.UNREADABLE, "the member is encrypted; it was not read", "Archive the descriptors without a password.")
    if path.suffix.lower() in NESTED_SUFFIXES:
        return (ids.UNREADABLE, "the member is itself an archive; nested archives are not opened",
                "Put every descriptor directly in one archive.")
    if info.file_size > limits.max_bytes:
        return (ids.OVER_LIMIT, f"the member unpacks to {info.file_size:,} bytes, over the limit of "
                f"{limits.max_bytes:,} bytes; it was not parsed",
                "Split the file, or raise the limit with --max-bytes if it is genuine.")
    if (info.file_size > limits.archive_ratio_floor
            and info.file_size > limits.archive_ratio * max(info.compress_size, 1)):
        return (ids.OVER_LIMIT, f"the member is compressed more than {limits.archive_ratio}:1 "
                f"({info.compress_size:,} to {info.file_size:,} bytes), like a zip bomb; it was not read",
                "Archive the real descriptor files.")
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
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError, ValueError) as exc:
        return str(exc) or type(exc).__name__
    return b"".join(chunks)
