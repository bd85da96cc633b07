"""Rules and the schema do bounded work per item however many items a descriptor holds: the work is
counted (calls, findings), never timed."""

from __future__ import annotations

import difflib
from typing import Any

import pytest

from qa_checker import validation
from qa_checker.rules import supervision_text
from qa_checker.validation import ERRORS_PER_VALUE
from tests.conftest import baseline


def _with_unknown_fields(count: int, under: str | None = None) -> dict[str, Any]:
    data = baseline()
    holder = data if under is None else data[under]
    holder.update({f"x_field_{i:05d}": i for i in range(count)})
    return data


@pytest.mark.parametrize("under", [None, "assessment"])
def test_an_object_of_many_unknown_fields_is_explained_by_its_first_few(
    monkeypatch: pytest.MonkeyPatch, under: str | None
) -> None:
    # Each unknown field is compared with every known one for a spelling suggestion: 30,000 of them took
    # seconds and gave 30,000 findings, where any other value is explained by its first few faults.
    suggested: list[str] = []
    real = validation.close_field

    def counting(name: str, known: set[str]) -> str | None:
        suggested.append(name)
        return real(name, known)

    monkeypatch.setattr(validation, "close_field", counting)
    findings = validation.validate(_with_unknown_fields(2_000, under))
    unknown = [f for f in findings if f.extra.get("keyword") == "additionalProperties"]
    assert len(unknown) == ERRORS_PER_VALUE
    assert len(suggested) == ERRORS_PER_VALUE
    assert [f.pointer.rsplit("/", 1)[-1] for f in unknown] == [f"x_field_{i:05d}" for i in range(ERRORS_PER_VALUE)]


def test_a_few_unknown_fields_are_each_reported() -> None:
    findings = validation.validate(_with_unknown_fields(3))
    assert sorted(f.pointer for f in findings) == ["/x_field_00000", "/x_field_00001", "/x_field_00002"]


@pytest.mark.parametrize("value", ["online" * 20_000, "on line " * 20_000, "7" * 120_000])
def test_a_long_text_for_a_code_is_not_indexed_to_find_a_spelling_it_is_close_to(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    # A text many times longer than every allowed value cannot be a misspelling of one: difflib indexed
    # each of its characters (seconds for a few megabytes) before finding that out.
    indexed: list[int] = []
    real = difflib.SequenceMatcher.set_seq2

    def counting(matcher: difflib.SequenceMatcher[str], b: str) -> None:
        indexed.append(len(b))
        real(matcher, b)

    monkeypatch.setattr(difflib.SequenceMatcher, "set_seq2", counting)
    data = baseline()
    data["assessment"]["supervision"] = value
    data["kind"] = value
    assert {f.pointer for f in validation.validate(data)} >= {"/assessment/supervision", "/kind"}
    assert max(indexed, default=0) < 1_000


def test_a_misspelt_code_is_still_matched() -> None:
    assert validation.close_field("ofer", {"offer", "credential"}) == "offer"
    assert validation.close_field("Worklaod", {"workload", "title"}) == "workload"
    assert validation.close_field("w" * 5_000, {"workload", "title"}) is None


class _CountingText(str):
    """A text that counts the characters ``str.replace`` goes through on it and on what it gives."""

    copied = 0

    def replace(self, old: str, new: str, count: int = -1) -> _CountingText:  # type: ignore[override]
        _CountingText.copied += len(self)
        return _CountingText(str.replace(self, old, new, count))


@pytest.mark.parametrize("phrase", ["The exam is unsupervised. ", "No identity check. Not proctored. "])
def test_a_description_of_many_denials_is_read_in_one_pass(phrase: str) -> None:
    # Each denial was taken out of the whole text by a replace of its own: 10,000 denials in 400 KB
    # copied 4 GB of text, and a description of a few megabytes outlasted the time limit.
    text = _CountingText(phrase * 4_000)
    _CountingText.copied = 0
    found = supervision_text.denials(text, "/assessment/description")
    supervision_text.affirms_checked_sitting(text)
    assert len(found) >= 4_000
    assert _CountingText.copied <= 2 * len(text)


def test_denials_are_still_taken_out_before_a_sitting_is_looked_for() -> None:
    assert supervision_text.denials("The exam is unsupervised.", "/d")
    assert not supervision_text.denials("Quizzes are unsupervised; the final exam is supervised.", "/d")
    assert supervision_text.affirms_checked_sitting("Quizzes are unsupervised; the final exam is supervised.")
