"""The comparability row's speed paths (issue 11) give what the plain ways give: ``table._join`` of one text,
``table._read_all`` in one pass, and the element and principle columns named once."""

from __future__ import annotations

import enum
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from qa_checker import table
from qa_checker.elements import ELEMENT_KEYS, filled
from qa_checker.findings import Finding, Severity, Waiver
from qa_checker.principles import PRINCIPLE_KEYS
from qa_checker.results import Result


def _plain_join(values: list[Any]) -> str | None:
    texts = [str(v) for v in values if isinstance(v, (str, int)) and not isinstance(v, bool) and str(v).strip()]
    return table.SEPARATOR.join(dict.fromkeys(texts)) or None


class _Word(str, enum.Enum):
    """A text whose ``str`` is not itself, which the one-text path must leave to the plain way."""

    DE = "de"


VALUES = st.one_of(st.text(max_size=4), st.integers(), st.booleans(), st.none(), st.floats())


@given(st.lists(VALUES, max_size=3))
def test_join_is_the_plain_join(values: list[Any]) -> None:
    assert table._join(values) == _plain_join(values)


def test_join_of_one_text() -> None:
    assert table._join(["x"]) == "x"
    assert table._join([" \t"]) is None
    assert table._join([""]) is None
    assert table._join([_Word.DE]) == _plain_join([_Word.DE]) == str(_Word.DE)


@given(st.lists(st.one_of(st.sampled_from(["de", " DE ", "xx", "-", " ", "k. A."]), st.none(), st.integers())))
def test_read_all_notes_a_column_once_as_the_plain_way(values: list[Any]) -> None:
    unread: list[str] = []
    read = {"de": "de"}.get
    joined = table._read_all("languages", values, read, unread)
    found = [read(v.strip()) if isinstance(v, str) else None for v in values]
    missed = any(f is None and filled(v) for f, v in zip(found, values, strict=True))
    assert unread == (["languages"] if missed else [])
    assert joined == _plain_join(found)


def test_row_counts_and_columns() -> None:
    findings = [
        Finding("MC-X", severity, None, "", "m", "h", waiver=Waiver("accepted") if waived else None)
        for severity, waived in [
            (Severity.ERROR, False),
            (Severity.WARNING, False),
            (Severity.WARNING, False),
            (Severity.INFO, False),
            (Severity.ERROR, True),
        ]
    ]
    elements = dict.fromkeys(ELEMENT_KEYS[:2], "present")
    principles = {PRINCIPLE_KEYS[0]: 50.0}
    result = Result("a.yaml", "a", "offer", "fail", 50.0, elements, findings, principles)
    row = table.row(result)
    assert list(row) == list(table.COLUMN_NAMES)
    assert (row["errors"], row["warnings"], row["infos"], row["waived"]) == (1, 2, 1, 1)
    assert [row[f"element_{key}"] for key in ELEMENT_KEYS] == [elements.get(key) for key in ELEMENT_KEYS]
    assert [row[f"principle_{key}"] for key in PRINCIPLE_KEYS] == [principles.get(key) for key in PRINCIPLE_KEYS]


def test_read_all_remembers_the_reading_of_short_texts_only() -> None:
    calls: list[str] = []

    def read(text: str) -> str | None:
        calls.append(text)
        return text.upper() if text != "?" else None

    for _ in range(2):
        unread: list[str] = []
        assert table._read_all("column", ["ab", " ? "], read, unread) == "AB"
        assert unread == ["column"]
    assert calls == ["ab", "?"]
    long = "x" * (table._REMEMBERED_CHARS + 1)
    for _ in range(2):
        assert table._read_all("column", [long], read, []) == long.upper()
    assert calls.count(long) == 2
