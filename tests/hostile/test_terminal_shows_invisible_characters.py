"""The terminal report shows characters that show as nothing as escapes, as it does control characters.

A country code 'N\u200bL' (a zero width space pasted inside it) was printed as "'NL' is not an ISO
3166-1 country code", and a field 'ti\u200btle' as the pointer '/title': the reader could not see
what is wrong. The joiners of emoji and of Arabic or Indic script and the direction marks are text.
"""

from __future__ import annotations

import pytest

from qa_checker.cells import visible


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\u2063", "\ufeff"])
def test_the_terminal_shows_characters_that_show_as_nothing_as_escapes(invisible: str) -> None:
    shown = visible(f"'N{invisible}L' is not a country code at /ti{invisible}tle")
    code = f"\\u{ord(invisible):04x}"
    assert shown == f"'N{code}L' is not a country code at /ti{code}tle"


@pytest.mark.parametrize(
    "text", ["\U0001f469\u200d\U0001f4bb", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "a\u200fb"]
)
def test_the_terminal_keeps_joiners_and_direction_marks_of_real_text(text: str) -> None:
    assert visible(text) == text
