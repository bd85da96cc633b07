"""The text and HTML reports show two file names apart when the names are apart, and never break a line on one.

Names that differ only in Unicode normalisation ("café.yaml" composed, NFC, and decomposed, NFD: an ``e`` and a
combining acute accent) are two files and two results, apart in JSON, but were printed alike in the terminal and
on the page. A name not in composed form now shows the characters composing would change as their escapes
(``cafe\\u0301.yaml``). A line or paragraph separator (U+2028, U+2029) or another control character of a name
was printed raw on the page (where the text report shows ``\\u2028``); the page now shows the same escapes.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.file_names import name_shown
from tests.conftest import NOW

GOOD = (Path(__file__).resolve().parents[2] / "qa_checker" / "data" / "good-offer.yaml").read_bytes()

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")


def _reports(folder: Path, names: list[str], tmp_path: Path) -> tuple[str, str]:
    """The text report and the HTML page of a check of ``names`` (each a copy of the good offer) in ``folder``."""
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(GOOD)
    args = ["check", str(folder), "--now", NOW.isoformat()]
    text = CliRunner().invoke(cli, [*args, "--format", "text"], catch_exceptions=False).stdout
    page = tmp_path / "report.html"
    CliRunner().invoke(cli, [*args, "--format", "html", "-o", str(page)], catch_exceptions=False)
    return text, page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("word", "decomposed_shown"),
    [
        ("café", "cafe\\u0301"),
        # A second class: a character NFC replaces by another (ANGSTROM SIGN by A WITH RING ABOVE).
        ("\u212bngstr\u00f6m", "\\u212bngstr\u00f6m"),
    ],
)
def test_names_apart_only_in_normalisation_are_shown_apart(word: str, decomposed_shown: str, tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", word)
    other = word if word != composed else unicodedata.normalize("NFD", word)
    text, page = _reports(tmp_path / "in", [f"{composed}.yaml", f"{other}.yaml"], tmp_path)
    for report in (text, page):
        assert f"in/{composed}.yaml" in report
        assert f"in/{decomposed_shown}.yaml" in report
        assert f"in/{other}.yaml" not in report


@pytest.mark.parametrize(
    ("name", "escape"),
    [
        ("line\u2028sep.yaml", "line\\u2028sep.yaml"),
        ("para\u2029sep.yaml", "para\\u2029sep.yaml"),
        ("next\u0085line.yaml", "next\\x85line.yaml"),
    ],
)
def test_a_line_breaking_character_of_a_name_is_escaped_on_the_page_as_in_the_terminal(
    name: str, escape: str, tmp_path: Path
) -> None:
    text, page = _reports(tmp_path / "in", [name], tmp_path)
    assert f"in/{escape}" in text
    assert f"in/{escape}" in page
    assert name[4] not in page


def test_a_composed_name_and_a_plain_one_are_shown_as_they_are() -> None:
    for name in ("café.yaml", "Ελλάδα.yaml", "한국어.yaml", "plain.yaml"):
        assert name_shown(unicodedata.normalize("NFC", name)) == unicodedata.normalize("NFC", name)
    assert name_shown(unicodedata.normalize("NFD", "한.yaml")) != unicodedata.normalize("NFC", "한.yaml")
    assert os.sep not in name_shown("cafe\u0301.yaml")
