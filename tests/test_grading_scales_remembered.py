"""A grading scheme's scale is read once per batch: credentials repeat their providers' few schemes, and reading one
takes tens to hundreds of microseconds. What is remembered is the scheme's start (all that is read), under a short
language key only, and the scale is the same as a first reading's."""

from __future__ import annotations

import re

import pytest

from qa_checker import elements
from qa_checker.rules import grading

SCHEME = "1 (sehr gut) bis 5 (nicht genügend), bestanden ab 4,0"


def test_a_scheme_read_again_is_remembered_with_its_scale() -> None:
    grading._remembered_scale.cache_clear()
    first = grading.read_scale(SCHEME, "de")
    again = grading.read_scale(SCHEME, "de")
    info = grading._remembered_scale.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    assert again is first
    assert first is not None and (first.low, first.high, first.best_low) == (1, 5, True)


def test_a_scheme_is_remembered_by_the_start_that_is_read() -> None:
    grading._remembered_scale.cache_clear()
    grading.read_scale(SCHEME + " " * grading.READ_CHARS + "a", "de")
    grading.read_scale(SCHEME + " " * grading.READ_CHARS + "b", "de")
    assert grading._remembered_scale.cache_info().hits == 1


def test_the_language_matters_and_a_long_language_key_is_not_kept() -> None:
    grading._remembered_scale.cache_clear()
    scheme = "1-5, pass mark 3"
    assert grading.read_scale(scheme, "de") != grading.read_scale(scheme, "en")
    grading.read_scale(scheme, "x" * 10_000)
    info = grading._remembered_scale.cache_info()
    assert (info.misses, info.currsize) == (2, 2)
    assert grading.read_scale(scheme, "x" * 10_000) == grading.read_scale(scheme, "fr")


def test_whether_a_short_scheme_awards_grades_is_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []
    pattern = elements._ungraded_pattern()

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            searched.append(text)
            return pattern.search(text)

    monkeypatch.setattr(elements, "_ungraded_pattern", Counted)
    short = "Pass/Fail (remembered test)"
    long = short + " " + "x" * 2000
    assert [elements.ungraded(short), elements.ungraded({"en": short}), elements.ungraded(long)] == [True] * 3
    assert elements.ungraded(long)
    assert searched == [short, long, long]
    assert not elements.ungraded({"en": short, "de": "Noten 1 bis 5"})


def test_whether_a_scheme_names_a_fail_is_read_from_its_start() -> None:
    assert grading.scheme_without_grades("Pass/Fail") == "pass-fail"
    assert grading.scheme_without_grades({"en": "not graded", "de": "unbenotet"}) == "not-graded"
    assert grading.scheme_without_grades("not graded" + " " * grading.READ_CHARS + "fail") == "not-graded"
