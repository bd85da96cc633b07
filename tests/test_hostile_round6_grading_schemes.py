"""MC-AS-004 reads hostile grading schemes in bounded time: each scheme of a language map is read once however
many grades are judged against it (a map of 300 schemes and 300 grades took over a minute and was given up),
number words are matched a first character at a time (as the plain alternation matches them, several times
faster), and long, nested or repeated shapes never raise."""

from __future__ import annotations

import itertools
import re
import string
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.aliases import NUMBER_OF
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.rules import grading
from tests.conftest import NOW, graded_credential
from tests.timing import assert_linear

RULE = "MC-AS-004"
CODES = ["".join(pair) for pair in itertools.product(string.ascii_lowercase, repeat=2)]


def test_each_scheme_of_a_language_map_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Schemes no scale can be read from were read again for every grade: quadratic in the languages."""
    calls: list[str] = []
    real = grading.read_scale

    def counted(text: str, language: str) -> grading.Scale | None:
        calls.append(language)
        return real(text, language)

    monkeypatch.setattr(grading, "read_scale", counted)
    languages = CODES[:60]
    data = graded_credential(dict.fromkeys(languages, "(" * 150 + "U, G, VG (" * 10), dict.fromkeys(languages, "zzz"))
    (result,) = check_documents([Document("c.json", data, "json")], now=NOW).results
    assert not [f for f in result.findings if f.rule == RULE]
    assert sorted(calls) == sorted(languages)


def test_a_readable_scheme_judges_every_grade_as_before() -> None:
    scheme = dict.fromkeys(CODES[:40], "no scale here") | {"en": "Marked on a twenty-point scale, pass at 10"}
    grades = dict.fromkeys(CODES[:40], "24") | {"en": "8"}
    (result,) = check_documents([Document("c.json", graded_credential(scheme, grades), "json")], now=NOW).results
    assert [f for f in result.findings if f.rule == RULE]


_PLAIN = re.compile(
    "(?<!\\w)(?:" + "|".join(re.escape(w) for w in sorted(NUMBER_OF, key=len, reverse=True)) + ")",
    re.IGNORECASE,
)
_TRIE = re.compile(f"(?<!\\w){grading._NUMBER_WORD}", re.IGNORECASE)
_PIECES = [*NUMBER_OF, "Zehn", "DÉCIMO", "punkte", "-", " ", "(", "x", "e", "s", "10", "ä"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_number_words_match_as_the_plain_longest_first_alternation(text: str) -> None:
    for variant in (text, text.upper(), text.title()):
        assert [m.span() for m in _TRIE.finditer(variant)] == [m.span() for m in _PLAIN.finditer(variant)]


def test_number_words_are_matched_several_times_faster_than_one_by_one() -> None:
    """At each place after a non-letter the plain alternation tried four hundred words, 1-2 ms a scheme."""
    text = ("(" * 150 + "U, G, VG (" * 20)[: grading.READ_CHARS]

    def timed(pattern: re.Pattern[str]) -> float:
        started = time.process_time()
        for _ in range(50):
            pattern.findall(text)
        return time.process_time() - started

    assert timed(_TRIE) * 3 < timed(_PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        lambda n: ", ".join(["A"] * (n // 10)) + " (" + ", ".join(["fail"] * (n // 10)) + ")",
        lambda n: "(" * (n // 2) + "fail" + ")" * (n // 2),
        lambda n: "ten point scale out of twenty " * (n // 30),
        lambda n: " ".join(["zehn"] * (n // 5)),
        lambda n: "1-5 fail 0-39 suspenso (0-4,9) " * (n // 31),
        lambda n: "fail" + " " * n + "(",
        lambda n: "U, G, VG (" + "underkänd, " * (n // 11),
        lambda n: "A/B/C/D/E/F/" * (n // 12),
        lambda n: "1 " * (n // 2),
        lambda n: "0-" * (n // 2),
        lambda n: "(" * 150 + "U, G, VG (" * (n // 10),
    ],
    ids=[
        "1000 symbols",
        "nested",
        "words",
        "number words",
        "bands",
        "spaces",
        "open labels",
        "slashes",
        "ones",
        "spans",
        "brackets and symbols",
    ],
)
def test_schemes_of_ten_thousand_characters_are_read_quickly(text: Callable[[int], str]) -> None:
    def read(size: int) -> None:
        scheme = text(size)
        scale = grading.read_scale(scheme, "en")
        grade = grading.read_grade(scheme)
        if scale is not None:
            grading.judge(grade, scale, scheme)
        grading.scheme_without_grades(scheme)

    assert_linear(read, 2_500, 10_000)
