"""Bundled YAML data is parsed once per machine and read back from the user's cache folder, as it was parsed.

A damaged cache file is never read as data: cut short at any byte, replaced by random bytes, by another file's
data or by a valid marshal of other data, grown huge, a folder, or a cache folder that is a file; each leaves
the bundled file parsed as before."""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qa_checker
from qa_checker import resources
from qa_checker.language import LEXICON_DIR
from qa_checker.resources import bundled_dir, bundled_loader, bundled_yaml

DATA = Path(qa_checker.__file__).parent / "data"
FOLDERS = (LEXICON_DIR, DATA, bundled_dir("rubrics"), bundled_dir("schemas"))
FILES = sorted(path for folder in FOLDERS for path in folder.glob("*.yaml"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "qa-checker" / "bundled"


def _parsed(path: Path) -> object:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=bundled_loader(fast=True))


def _refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(yaml, "load", refuse)


def test_every_bundled_file_reads_back_from_the_cache_as_parsed(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(FILES) >= 12
    expected = {path: _parsed(path) for path in FILES}
    assert [bundled_yaml(path) for path in FILES] == list(expected.values())
    assert len(list(cache.glob("*.marshal"))) >= len({p.read_text(encoding="utf-8") for p in FILES}) - 1
    _refuse_parsing(monkeypatch)
    assert [bundled_yaml(path) for path in FILES] == list(expected.values())


def test_each_call_gets_data_of_its_own(cache: Path) -> None:
    first = bundled_yaml(LEXICON_DIR / "en.yaml")
    first.clear()
    assert bundled_yaml(LEXICON_DIR / "en.yaml") == _parsed(LEXICON_DIR / "en.yaml")


def test_an_edited_file_is_parsed_anew(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text("verbs: [apply]\n", encoding="utf-8")
    assert bundled_yaml(path) == {"verbs": ["apply"]}
    path.write_text("verbs: [design]\n", encoding="utf-8")
    assert bundled_yaml(path) == {"verbs": ["design"]}


def test_a_damaged_cache_file_is_parsed_again_and_replaced(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = LEXICON_DIR / "de.yaml"
    expected = _parsed(path)
    bundled_yaml(path)
    for cached in cache.glob("*.marshal"):
        cached.write_bytes(cached.read_bytes()[:50])
    assert bundled_yaml(path) == expected
    _refuse_parsing(monkeypatch)
    assert bundled_yaml(path) == expected


def test_data_marshal_cannot_hold_is_parsed_each_time(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "dated.yaml"
    path.write_text("until: 2026-01-31\n", encoding="utf-8")
    assert str(bundled_yaml(path)["until"]) == "2026-01-31"
    assert not list(cache.glob("*.marshal"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_a_cache_folder_that_cannot_be_written_leaves_the_file_parsed(cache: Path) -> None:
    cache.mkdir(parents=True)
    cache.chmod(0o500)
    try:
        assert bundled_yaml(LEXICON_DIR / "nl.yaml") == _parsed(LEXICON_DIR / "nl.yaml")
    finally:
        cache.chmod(0o700)


def test_a_cache_path_that_is_a_file_leaves_the_file_parsed(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text("not a folder", encoding="utf-8")
    assert bundled_yaml(LEXICON_DIR / "pl.yaml") == _parsed(LEXICON_DIR / "pl.yaml")


LEXICON = LEXICON_DIR / "de.yaml"


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
