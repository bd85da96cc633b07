"""Zip members whose bytes overlap, or whose names hide a NUL, are refused member by member.

An archive listing one compressed member hundreds of times (or with each member's data holding the
next one's header) unpacks to its total-bytes limit from a few megabytes, each copy checked again: a
zip bomb no compression ratio shows. zipfile cuts a member name at a NUL byte, so ``x.json<NUL>`` was
read as ``x.json`` and ``x<NUL>.json`` passed over as a file without a suffix.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from qa_checker.loaders import Loaders
from qa_checker.loaders import archive as archive_loader
from tests.hostile.corpus import _good_member, _stored, _zip_bytes, good_yaml

_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE, _DIRECTORY = b"PK\x05\x06", b"PK\x01\x02"


def _results(raw: bytes, tmp_path: Path) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "batch.zip"
    path.write_bytes(raw)
    return {d.source.removeprefix(f"{tmp_path}/"): tuple(f.rule for f in d.findings) for d in Loaders().load_path(path)}


def test_a_member_listed_many_times_is_refused_each_time_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    reader = archive_loader._read_member
    monkeypatch.setattr(
        archive_loader, "_read_member", lambda zf, info, budget: read.append(info.filename) or reader(zf, info, budget)
    )
    raw = _zip_bytes([_good_member("same.yaml", "listed")], listed=50)
    results = _results(raw, tmp_path)
    assert len(results) == 50 and set(results.values()) == {("MC-LD-005",)}
    assert read == []


def test_a_member_whose_data_holds_the_next_header_is_refused_and_the_others_read(tmp_path: Path) -> None:
    # "outer.yaml" is stored, its data a whole member "inner.yaml" that the directory lists too.
    inner = _zip_bytes([_stored("inner.yaml", good_yaml("quoted").encode())])
    inner_member, inner_directory = inner[: inner.index(_DIRECTORY)], inner[inner.index(_DIRECTORY) : -_END.size]
    archive = _zip_bytes([_stored("outer.yaml", inner_member), _good_member("z/good.yaml", "kept")])
    _sig, _disk, _first, count, _total, size, start, _comment = _END.unpack(archive[-_END.size :])
    at = archive.index(inner_member)
    entry = bytearray(inner_directory)
    struct.pack_into("<I", entry, 42, at)  # the entry's header offset, into outer.yaml's data
    hostile = archive[: -_END.size] + bytes(entry)
    hostile += _END.pack(_END_SIGNATURE, 0, 0, count + 1, count + 1, size + len(entry), start, 0)
    results = _results(hostile, tmp_path)
    assert results == {
        "batch.zip!inner.yaml": ("MC-LD-005",),
        "batch.zip!outer.yaml": ("MC-LD-005",),
        "batch.zip!z/good.yaml": (),
    }


def test_member_names_holding_a_nul_are_refused_not_cut_short(tmp_path: Path) -> None:
    marker = "<nul>"
    members = [_stored(f"x{marker}.json", b"{}"), _stored(f"y.yaml{marker}", good_yaml("nul").encode())]
    raw = _zip_bytes([*members, _good_member("good.yaml", "kept")]).replace(marker.encode(), b"\0" * len(marker))
    results = _results(raw, tmp_path)
    assert results == {"batch.zip!x": ("MC-LD-001",), "batch.zip!y.yaml": ("MC-LD-001",), "batch.zip!good.yaml": ()}
