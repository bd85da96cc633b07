"""Take the README's screenshot of the self-check (not a test): ``python -m tests.web.screenshot``.

Starts a real server, checks a flawed sample in headless chromium, and writes the top of the results
page to ``docs/web-self-check.png``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.conftest import ROOT, SAMPLES
from tests.web.server import start

TARGET = ROOT / "docs" / "web-self-check.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        server = start(Path(folder) / "server.log")
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=shutil.which("chromium"),
                    args=["--no-sandbox", "--disable-gpu", "--hide-scrollbars"],
                )
                page = browser.new_page(viewport={"width": 1000, "height": 800})
                page.goto(server.url + "/")
                page.set_input_files("#files", str(SAMPLES / "flawed" / "de-cloud-grundlagen.yaml"))
                page.click("#check-button")
                page.wait_for_selector("#results")
                page.evaluate("window.scrollTo(0, 0); document.activeElement.blur()")
                page.evaluate(
                    "document.querySelectorAll('ol.findings > li').forEach((li, i) => { if (i > 2) li.remove(); })"
                )
                page.screenshot(path=str(TARGET), full_page=True, clip={"x": 0, "y": 0, "width": 1000, "height": 1800})
                browser.close()
        finally:
            server.stop()
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
