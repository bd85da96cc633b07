"""At phone width (390 px) no page scrolls sideways in any language: the longer words of German, Dutch or
Polish labels and settings wrap instead of pushing the page wider (headless chromium, a real server)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from qa_checker.i18n import LANGUAGES
from tests.web.server import Server
from tests.web.test_page import ARGS, CHROMIUM, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")

# Rule pages with every fact the page can list: principles, options, and a rule a rubric leaves out.
PAGES = ("/", "/rules", "/rules/MC-LD-002", "/rules/MC-LO-004", "/rules/MC-WL-003?rubric=nzqa")


@pytest.fixture(scope="module")
def phone() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        context.set_default_timeout(30_000)
        yield context.new_page()
        context.close()
        browser.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_page_is_wider_than_a_phone(phone: Any, server: Server, language: str) -> None:
    widths = {}
    for path in PAGES:
        phone.goto(server.url + path + ("&" if "?" in path else "?") + f"lang={language}")
        widths[path] = phone.evaluate("document.documentElement.scrollWidth")
    assert widths == dict.fromkeys(PAGES, PHONE["width"])
