"""A damaged bundled-data cache file is never read as data: cut short at any byte, replaced by random bytes,
by another file's data or by a valid marshal of other data, grown huge, a folder, or a cache folder that is a
file; each leaves the bundled file parsed as before."""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker import resources
from qa_checker.language import LEXICON_DIR
from qa_checker.resources import bundled_loader, bundled_yaml

LEXICON = LEXICON_DIR / "de.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "qa-checker" / "bundled"


def _parsed(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=bundled_loader(fast=True))


def _cache_file(cache: Path) -> Path:
    before = set(cache.glob("*.marshal"))
    bundled_yaml(LEXICON)
    (cached,) = set(cache.glob("*.marshal")) - before
    return cached


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "valid marshal of other data": lambda raw: marshal.dumps({"verbs": ["other"]}),
    "marshal of None": lambda raw: b"N",
    "data with bytes after it": lambda raw: raw + b"junk",
    "cut by one byte": lambda raw: raw[:-1],
    "one byte changed": lambda raw: raw[:-5] + bytes([raw[-5] ^ 1]) + raw[-4:],
    "random bytes": lambda raw: os.urandom(len(raw)),
    "empty": lambda raw: b"",
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_but_loadable_cache_file_never_changes_the_data(damage: str, cache: Path) -> None:
    cached = _cache_file(cache)
    cached.write_bytes(DAMAGE[damage](cached.read_bytes()))
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)


def test_another_bundled_files_cache_file_under_this_name_is_not_read(cache: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("verbs: [other]\n", encoding="utf-8")
    mine = _cache_file(cache)
    bundled_yaml(other)
    (theirs,) = set(cache.glob("*.marshal")) - {mine}
    mine.write_bytes(theirs.read_bytes())
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0), garbage=st.binary(max_size=64))
def test_a_cache_file_cut_anywhere_and_padded_with_anything_reads_as_parsed(
    cache: Path, cut: int, garbage: bytes
) -> None:
    for earlier in cache.glob("*.marshal"):
        earlier.unlink()
    cached = _cache_file(cache)
    raw = cached.read_bytes()
    cached.write_bytes(raw[: cut % (len(raw) + 1)] + garbage)
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)


def test_a_huge_cache_file_is_not_read_whole(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cached = _cache_file(cache)
    monkeypatch.setattr(resources, "_CACHE_BYTES", 64)
    read: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object) -> object:
        handle = real_open(self, *args, **kwargs)  # type: ignore[call-overload]
        if self == cached:
            real_read = handle.read

            def counted(size: int = -1) -> bytes:
                read.append(size)
                return bytes(real_read(size))

            handle.read = counted
        return handle

    monkeypatch.setattr(Path, "open", counting_open)
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)
    assert read and all(0 <= size <= 65 for size in read)


def test_a_cache_file_that_is_a_folder_leaves_the_file_parsed(cache: Path) -> None:
    cached = _cache_file(cache)
    cached.unlink()
    cached.mkdir()
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)


def test_a_cache_home_that_is_a_file_leaves_the_file_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "cache-home"
    home.write_text("a file", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)


def test_a_full_cache_folder_leaves_the_file_parsed(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path, write: Callable[[str], object]) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(resources, "write_atomically", full)
    assert bundled_yaml(LEXICON) == _parsed(LEXICON)
    assert not list(cache.glob("*.marshal"))
