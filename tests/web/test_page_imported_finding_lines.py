"""A finding of an imported document (ELM, Open Badges 3.0, CTDL) is placed on the page as ``qa-checker check``
places it: at its line in the file given, with the JSON pointer of the original document beside it, and the
format it was imported from is said."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_api import cli_json
from tests.web.test_page_finding_places import check

IMPORTED = Path(__file__).parents[1] / "fixtures" / "importers"
FILES = [IMPORTED / "elm" / "credential-no-context.json", *sorted((IMPORTED / "ob3").glob("*.json"))]


@pytest.mark.parametrize("path", FILES, ids=lambda p: Path(p).name)
def test_an_imported_finding_is_shown_at_its_line_and_original_pointer(client: Any, path: Path) -> None:
    raw = path.read_bytes()
    expected = []
    results = json.loads(cli_json(raw, path.name))["results"]
    for result in results:
        for f in result["findings"]:
            origin = f.get("origin", {}).get("pointer")
            shown = (origin or "/") if origin is not None and "line" in f else None  # the root is "/", as the CLI says
            expected.append((f["rule"], f.get("line"), shown))
    assert any(line and origin for _, line, origin in expected), "the fixture has imported findings with lines"
    page = check(client, files={"files": (path.name, raw)})
    for result in results:  # said as the terminal report says it
        assert f"imported from {result['imported_from']}</p>" in page
    shown = []
    for item in re.findall(r'<li class="sev-[^"]*">(.*?)</li>', page, flags=re.S):
        rule = re.search(r"/rules/(MC-[A-Z]{2}-\d{3})", item)
        where = re.search(r'<p class="where">(.*?)</p>', item, flags=re.S)
        assert rule and where
        line = re.search(r"<strong>line (\d+)</strong>", where.group(1))
        origin = re.search(r"\(in the original document: <code>(.*?)</code>\)", where.group(1))
        shown.append((rule.group(1), int(line.group(1)) if line else None, origin.group(1) if origin else None))
    assert sorted(shown, key=repr) == sorted(expected, key=repr)
