"""Where the page says a finding is: the runner's own line in the uploaded or pasted text, the same line that
``qa-checker check`` prints and puts in its JSON report, also for an element that is missing (the runner
names the line where it would go); a finding about the whole file that names a place is shown at that place
alone, as the HTML report shows it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from qa_checker.web import application
from tests.conftest import SAMPLES
from tests.web.test_api import cli_json

MISSING_ELEMENTS = SAMPLES / "flawed" / "half-annex-i.yaml"
JSON_OFFER = SAMPLES / "flawed" / "pl-ochrona-danych.json"
WHOLE_FILE = "(the whole file)"


def shown_places(page: str) -> list[tuple[str, str, int | None]]:
    """(rule, pointer, line) of every finding on a result page."""
    places = []
    for item in re.findall(r'<li class="sev-[^"]*">(.*?)</li>', page, flags=re.S):
        rule = re.search(r"/rules/(MC-[A-Z]{2}-\d{3})", item)
        where = re.search(r'<p class="where">(.*?)</p>', item, flags=re.S)
        assert rule and where, item
        line = re.search(r"<strong>line (\d+)</strong>", where.group(1))
        pointer = re.search(r"<code>(.*?)</code>", where.group(1))
        places.append(
            (rule.group(1), html.unescape(pointer.group(1)) if pointer else "", int(line.group(1)) if line else None)
        )
    return sorted(places, key=repr)


def cli_places(raw: bytes, name: str) -> list[tuple[str, str, int | None]]:
    (result,) = json.loads(cli_json(raw, name))["results"]
    return sorted(
        ((f["rule"], f["pointer"] or ("" if "line" in f else WHOLE_FILE), f.get("line")) for f in result["findings"]),
        key=repr,
    )


def check(client: Any, **fields: Any) -> str:
    token = client.cookies.get(application.CSRF_COOKIE)
    response = client.post("/check", data={"csrf": token, **fields.get("data", {})}, files=fields.get("files"))
    assert response.status_code == 200, response.text[:500]
    return str(response.text)


@pytest.mark.parametrize("path", [MISSING_ELEMENTS, JSON_OFFER], ids=lambda p: Path(p).name)
def test_every_finding_is_placed_where_the_cli_places_it(client: Any, path: Path) -> None:
    raw = path.read_bytes()
    page = check(client, files={"files": (path.name, raw)})
    expected = cli_places(raw, path.name)
    assert any(line is not None and pointer != WHOLE_FILE for _, pointer, line in expected)
    assert shown_places(page) == expected


def test_a_pasted_descriptor_is_placed_like_the_same_file(client: Any) -> None:
    text = MISSING_ELEMENTS.read_text(encoding="utf-8")
    page = check(client, data={"text": text}, files={"files": ("", b"")})  # as a browser sends no file
    assert shown_places(page) == cli_places(text.encode("utf-8"), "pasted.yaml")


def test_findings_in_a_zip_member_are_placed_in_that_member(client: Any) -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("offers/half.yaml", MISSING_ELEMENTS.read_bytes())
    page = check(client, files={"files": ("bundle.zip", buffer.getvalue())})
    assert shown_places(page) == cli_places(MISSING_ELEMENTS.read_bytes(), "half.yaml")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("broken.json", '{\n  "id": "x",\n  "workload": {"ects": 5,}\n}\n'),
        ("broken.yaml", "id: x\ntitle:\n  en: A\n workload: 3\n"),
    ],
)
def test_a_file_that_cannot_be_read_is_placed_at_its_line_alone(client: Any, name: str, text: str) -> None:
    page = check(client, files={"files": (name, text.encode("utf-8"))})
    (where,) = re.findall(r'<p class="where">(.*?)</p>', page)
    (line,) = {f["line"] for f in json.loads(cli_json(text.encode("utf-8"), name))["results"][0]["findings"]}
    assert where == f"Where: <strong>line {line}</strong>"
