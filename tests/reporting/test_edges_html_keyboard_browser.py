"""The HTML report in another language is used with the keyboard alone: the first Tab reaches the skip link,
which moves on to the report; every filter is reached by Tab, shows where the focus is and filters when
changed from the keyboard; the reset button empties the filters again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from tests.conftest import ROOT
from tests.reporting.helpers import NOW_TEXT
from tests.reporting.test_html_browser import CHROMIUM, browser, open_page  # noqa: F401  (the browser's fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")]

FOCUSED = """() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();
  return {tag: e.tagName, name: e.getAttribute('name') || '', href: e.getAttribute('href') || '',
          ring: s.outlineStyle !== 'none' || s.boxShadow !== 'none', shown: r.width > 0 && r.height > 0} }"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("keyboard") / "check.html"
    args = ["check", str(ROOT / "samples"), "--format", "html", "-o", str(out), "--lang", "fr", "--now", NOW_TEXT]
    assert CliRunner().invoke(cli, args, catch_exceptions=False).exit_code == 1
    return out


def _tab_to(page: Any, name: str, most: int = 60) -> dict[str, Any]:
    for _ in range(most):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["ring"] and focused["shown"], focused
        if focused["name"] == name:
            return dict(focused)
    raise AssertionError(f"Tab never reached {name}")


def test_the_report_is_used_with_the_keyboard_alone(open_page: Any, report: Path) -> None:  # noqa: F811
    page = open_page(report)
    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUSED)
    assert skip["tag"] == "A" and skip["href"].startswith("#") and skip["ring"]
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == skip["href"]
    page = open_page(report)
    _tab_to(page, "sev")
    page.keyboard.press("ArrowDown")  # the first severity after "all": errors
    page.wait_for_function("location.hash.indexOf('sev=') > 0")
    severities = page.eval_on_selector_all("tr[data-f]:not([hidden])", "rows => rows.map(r => r.dataset.sev)")
    assert severities and set(severities) == {"error"}
    _tab_to(page, "q")
    page.keyboard.type("aucun texte de ce genre")
    page.wait_for_function("location.hash.indexOf('q=') > 0")
    assert page.eval_on_selector_all("#offerings-table tr[data-unit]:not([hidden])", "rows => rows.length") == 0
    page.keyboard.press("Tab")
    reset = page.evaluate(FOCUSED)
    assert reset["tag"] == "BUTTON" and reset["ring"]
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('input[name=q]').value === ''")
    everything = page.eval_on_selector_all("tr[data-f]", "rows => rows.length")
    assert everything > 0
    # The form is emptied before its reset event shows the rows again: wait for the rows, not the form.
    page.wait_for_function("n => document.querySelectorAll('tr[data-f]:not([hidden])').length === n", arg=everything)


def test_the_report_printed_in_another_language_keeps_every_finding_and_no_control(
    open_page: Any,  # noqa: F811
    report: Path,
    tmp_path: Path,
) -> None:
    from tests.reporting.test_html_browser import pdf_text

    page = open_page(report)
    reset = page.inner_text("form.filters button[type=reset]").strip()
    rules = set(page.eval_on_selector_all("tr[data-f]", "rows => rows.map(r => r.dataset.rule)"))
    text = "\n".join(pdf_text(page.pdf(format="A4", landscape=True, print_background=True), tmp_path))
    assert rules and all(rule in text for rule in rules)
    assert reset and reset not in text
