"""The code-page field in a real browser at phone width: a name chosen from its list reads a Windows-1250 CSV as
written, and an unknown name is shown at the field, with no accessibility violation and nothing wider than a
phone (headless chromium, a real server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.server import Server
from tests.web.test_page import ARGS, CHROMIUM, PHONE, axe_violations
from tests.web.test_upload_encoding import CP1250, TITLE, UNKNOWN, cli_error

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")


@pytest.fixture(scope="module")
def phone() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, bypass_csp=True)
        context.set_default_timeout(30_000)
        yield context.new_page()
        context.close()
        browser.close()


def test_the_code_page_field_reads_the_file_and_shows_an_unknown_name_at_it(
    phone: Any, server: Server, tmp_path: Path
) -> None:
    upload = tmp_path / "katalog.csv"
    upload.write_bytes(CP1250)
    phone.goto(server.url + "/")
    assert "windows-1250" in phone.eval_on_selector_all("#encodings option", "options => options.map(o => o.value)")
    phone.fill("#encoding", "windows-1250")
    phone.set_input_files("#files", [str(upload)])
    phone.click("#check-button")
    phone.wait_for_selector("#results")
    assert phone.inner_text("article.result h3").endswith(TITLE)
    assert phone.input_value("#encoding") == "windows-1250"

    phone.fill("#encoding", UNKNOWN)
    phone.set_input_files("#files", [str(upload)])
    phone.click("#check-button")
    phone.wait_for_selector("#encoding-error")
    assert phone.inner_text("#encoding-error").strip() == cli_error(UNKNOWN)
    assert phone.get_attribute("#encoding", "aria-invalid") == "true"
    assert phone.evaluate("document.documentElement.scrollWidth") == PHONE["width"]
    assert axe_violations(phone) == []
