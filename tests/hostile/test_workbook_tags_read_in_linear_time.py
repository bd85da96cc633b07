"""A worksheet's hyperlink tag of one long word is read in linear time.

A crafted hyperlink of letters (a few KB compressed, up to the megabyte read at a time unpacked) was tried as an
attribute's name from each of its letters, each attempt running to the tag's end: 40 KB took 17 s. No wall-clock limit
is asserted: the CPU time on 5 KB and on 50 KB of the same tag are compared, as tests/hostile/test_text_rules_linear.py
does for the rules' texts.
"""

from __future__ import annotations

import time

from qa_checker.loaders.tabular import _scan_links

ATTEMPTS = 3
MAX_RATIO = 30
FLOOR = 0.001


def _time(size: int) -> float:
    window = b'<worksheet><hyperlinks><hyperlink ref="A1" r:id="rId1" ' + b"a" * size + b"/></hyperlinks></worksheet>"
    links: dict[str, str] = {}
    start = time.thread_time()
    _scan_links(window, links, sheet=True)
    spent = time.thread_time() - start
    assert links == {"A1": "rId1"}
    return spent


def test_a_hyperlink_tag_of_one_long_word_is_read_in_linear_time() -> None:
    small = large = float("inf")
    for _ in range(ATTEMPTS):
        small, large = min(small, _time(5_000)), min(large, _time(50_000))
        if large / max(small, FLOOR) <= MAX_RATIO:
            break
    assert large / max(small, FLOOR) <= MAX_RATIO, f"{small * 1000:.1f} ms on 5 KB, {large * 1000:.1f} ms on 50 KB"
