"""Hostile inputs to list splitting, HTML read as lines, .txt tables, YAML
codes read through yaml-rs, plain statements and markup. Work is counted, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qa_checker import listing
from qa_checker.loaders import load_file
from qa_checker.rules import language


class _Counted(str):
    """A text that counts the characters of every text built by adding to it (``+`` and ``+=``)."""

    built = 0

    def __add__(self, other: str) -> _Counted:
        joined = _Counted(str.__add__(self, other))
        _Counted.built += len(joined)
        return joined


class TestListItemOfManyLines:
    def test_an_item_continued_over_many_lines_is_joined_once(self) -> None:
        # listing._continued added each indented line to its item's text: the whole item copied anew per
        # line, quadratic in a cell (or field) of one item over thousands of lines.
        lines = [_Counted("- Apply the method"), *(_Counted("  and document each step") for _ in range(2_000))]
        _Counted.built = 0
        (item,) = listing._continued(lines)
        assert item == " ".join(["- Apply the method", *("and document each step" for _ in range(2_000))])
        assert _Counted.built <= 2 * len(item)

    def test_items_of_many_continued_lines_are_read_as_before(self) -> None:
        text = "- Apply A\n  to B\n  and C\n- Design D\n  for E\nnot marked\n  indented"
        assert listing.items(text) == ["Apply A to B and C", "Design D for E", "not marked", "indented"]


class TestTextTableWithCarriageReturns:
    def test_a_txt_table_with_lines_ended_by_cr_alone_is_read(self, tmp_path: Path) -> None:
        # Excel for Mac's text export ends lines with a carriage return alone: the first line was taken to run
        # on into the first row, which then named too few fields, and the table was refused as prose.
        table = "title\tlearning_outcomes\rData Ethics\tApply the GDPR to a data set\r"
        (tmp_path / "mac.txt").write_bytes(table.encode("utf-8"))
        (tmp_path / "mac.tsv").write_bytes(table.encode("utf-8"))
        (text,) = load_file(tmp_path / "mac.txt")
        (tsv,) = load_file(tmp_path / "mac.tsv")
        assert text.data is not None and text.data == tsv.data
        assert text.data["title"] == "Data Ethics"

    def test_a_utf16_txt_table_with_cr_line_ends_is_read(self, tmp_path: Path) -> None:
        table = "title\tlearning_outcomes\rData Ethics\tApply the GDPR to a data set\r"
        (tmp_path / "mac16.txt").write_bytes(b"\xff\xfe" + table.encode("utf-16-le"))
        (document,) = load_file(tmp_path / "mac16.txt")
        assert document.data is not None and document.data["title"] == "Data Ethics"


class _Sliced(str):
    """A text that counts the characters of every slice taken of it."""

    taken = 0

    def __getitem__(self, key: Any) -> str:
        part = str.__getitem__(self, key)
        _Sliced.taken += len(part)
        return part


class TestNamedTags:
    def test_the_tags_listed_before_an_element_word_are_read_a_few_at_most(self) -> None:
        # _NAMED_AFTER read any number of tags before "elements", with two runs of spaces around each joining
        # word: a text of tags with a space between them ("<p> <p> <p> ...") was matched in every way of
        # sharing its spaces, 2 ** (number of tags) tries. It now reads eight tags at most, in one way.
        assert language._NAMED_AFTER.match(" <b>" * 20 + " elements") is None
        assert language._NAMED_AFTER.match(" <b> and <i>, <u> elements") is not None
        assert language._markup("Style the <ul> and <li> elements") is None

    def test_each_tag_is_named_from_the_words_near_it(self) -> None:
        # _named copied the whole text before and after every tag: quadratic in a text of many named tags.
        value = _Sliced("Use the <b> element, " * 2_000)
        _Sliced.taken = 0
        assert language._markup(value) is None
        assert _Sliced.taken <= 1_000 * 2_000

    def test_markup_among_named_tags_is_still_found(self) -> None:
        found = language._markup("Use the <b> element. <p>Apply the GDPR</p>")
        assert found is not None and found.group() == "<p>"
