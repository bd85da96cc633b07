"""Bundled YAML data is parsed once per machine and read back from the user's cache folder, as it was parsed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

import qa_checker
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
