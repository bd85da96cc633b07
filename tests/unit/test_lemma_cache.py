"""The lemmatiser's dictionaries cached on disk: a cache that cannot be read costs time, never a result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from qa_checker.language import morphology


def _forget() -> None:
    for cached in (morphology._lookups, morphology.lemma, morphology.known, morphology.verb_lemma):
        cached.cache_clear()


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _forget()
    yield tmp_path
    _forget()


def _cached(home: Path, language: str) -> Path:
    from simplemma import __version__

    return home / "qa-checker" / "lemmas" / __version__ / f"{language}.dic"


def test_a_cache_entry_that_cannot_be_read_is_built_again_in_memory(cache_home: Path) -> None:
    """A folder where the trie should be (as a file another user owns, after a sudo run, cannot be read
    either): the dictionary is built in memory, the lemmas are those of a readable cache."""
    _cached(cache_home, "nl").mkdir(parents=True)
    assert morphology.lemma("analyseert", "nl") == "analyseren"
    assert morphology.verb_lemma("analyseert", "nl") == ("analyseren", True)


def test_a_damaged_cache_entry_is_written_again(cache_home: Path) -> None:
    path = _cached(cache_home, "nl")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a trie")
    assert morphology.lemma("analyseert", "nl") == "analyseren"
    assert path.stat().st_size > 1_000
