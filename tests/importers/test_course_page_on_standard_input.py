"""A course's web page given on standard input (``qa-checker check - < page.html``) is read as the same page named
``page.html`` is: by the schema.org JSON-LD of its ``<script type="application/ld+json">`` blocks, not as YAML
(which would refuse it as markup). The pages are those of ``tests/heldout_imports5``, written for that set."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from qa_checker.loaders import Loaders, load_file, sniff

PAGES = Path(__file__).resolve().parents[1] / "heldout_imports5"


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_a_course_page_on_standard_input_is_read_as_the_named_page(name: str) -> None:
    raw = (PAGES / name).read_bytes()
    named = load_file(PAGES / name)
    piped = Loaders().load_stdin(raw)
    assert [d.data for d in piped] == [d.data for d in named]
    assert all(d.data is not None and d.data["kind"] == "offer" for d in piped)
    assert all(d.imported_from and d.imported_from.startswith("schema.org") for d in piped)


@pytest.mark.parametrize(
    "start",
    [
        b"<!DOCTYPE html>",
        b"<!doctype HTML>",
        b"\xef\xbb\xbf\n  <html lang='en'>",
        b"<!-- saved page -->\n<!DOCTYPE html>",
    ],
)
def test_a_page_is_told_by_its_doctype_or_html_element(start: bytes) -> None:
    assert sniff(start + b"<head></head><body></body></html>") == ".html"


@pytest.mark.parametrize("raw", [b"<htmlish>no</htmlish>", b"<?xml version='1.0'?><html/>", b"title: <html>"])
def test_other_text_is_not_taken_for_a_page(raw: bytes) -> None:
    assert sniff(raw) != ".html"


def test_a_page_without_a_course_on_standard_input_is_refused_with_its_reason() -> None:
    (document,) = Loaders().load_stdin(b"<!DOCTYPE html><html><head><title>News</title></head><body></body></html>")
    assert document.data is None
    (finding,) = [f for f in document.findings if f.severity.value == "error"]
    assert "schema.org course" in finding.message
    assert "JSON or YAML descriptor" not in finding.message


def _fastest(raw: bytes) -> float:
    """The least time of a few tellings of ``raw``'s kind."""
    best = float("inf")
    for _ in range(20):
        start = time.perf_counter()
        sniff(raw)
        best = min(best, time.perf_counter() - start)
    return best


def test_comments_before_what_is_not_a_page_are_scanned_once() -> None:
    """Each leading comment is skipped once: twice the comments, about twice the time (trying every grouping
    of the comments doubled the time with each one added)."""
    few, many = (b"<!-- saved -->\n" * n + b"<notes/>" for n in (12, 24))
    assert sniff(many) != ".html"
    assert _fastest(many) < 40 * _fastest(few)
