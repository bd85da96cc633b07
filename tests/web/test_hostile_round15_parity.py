"""Hostile round fifteen, the API against the command line: for hostile files (empty, UTF-16, not UTF-8, nested
100,000 deep, an alias bomb, a zip bomb, workbook bombs, bytes that are no workbook, and files named without a
suffix) the API answers what ``qa-checker check --format json`` prints for the same file, byte for byte,
whether sent as multipart or in a JSON body, in English and in another language."""

from __future__ import annotations

import base64
import io
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from qa_checker.web import application
from tests.conftest import NOW, SAMPLES, zip_of, zip_patched
from tests.web.test_api_contract_round2_cli_parity import cli_json

GOOD = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes()
CATALOGUE = (SAMPLES / "spreadsheets" / "catalogue.xlsx").read_bytes()
LAUGHS = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
    f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n".encode() for n in range(7)
)


def _wide_workbook() -> bytes:
    """A workbook whose one sheet says it reaches the last cell Excel has."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"], sheet["XFD1048576"] = "id", "x"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _long_shared_string() -> bytes:
    """The sample workbook with a shared string of 20 MB (a few kB compressed)."""
    return zip_patched(
        CATALOGUE, "xl/sharedStrings.xml", b"</sst>", b"<si><t>" + b"A" * (20 * 1024 * 1024) + b"</t></si></sst>"
    )


HOSTILE = {
    "empty.yaml": b"",
    "utf16.yaml": GOOD.decode().encode("utf-16"),
    "not-utf8.yaml": GOOD.replace(b"Data", b"D\xe4ta", 1),
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "laughs.yaml": LAUGHS,
    "bomb.zip": zip_of({"a.yaml": b"#" * (30 * 1024 * 1024)}),
    "wide.xlsx": _wide_workbook(),
    "shared-string.xlsx": _long_shared_string(),
    "noise.xlsx": random.Random(15).randbytes(5000),
    # Named without a suffix, as a file saved from a mail or a form: the content says how to read it.
    "descriptor": GOOD,
    "credential": (SAMPLES / "credentials" / "cybersecurity-awareness-de.json").read_bytes(),
    "catalogue": CATALOGUE,
    "archive": zip_of({"a.yaml": GOOD, "b.yaml": (SAMPLES / "flawed" / "de-cloud-grundlagen.yaml").read_bytes()}),
}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    with TestClient(application.create_app(application.Settings.from_env({}, workers=1, now=NOW))) as running:
        yield running


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_by_multipart_is_what_the_cli_prints(client: Any, tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(HOSTILE[name])
    response = client.post("/api/v1/check", files={"files": (name, HOSTILE[name])})
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, [name])


@pytest.mark.parametrize("name", ["not-utf8.yaml", "deep.json", "bomb.zip", "descriptor", "catalogue"])
def test_a_hostile_file_by_json_body_in_german_is_what_the_cli_prints(client: Any, tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(HOSTILE[name])
    body = {"filename": name, "content_base64": base64.b64encode(HOSTILE[name]).decode()}
    response = client.post("/api/v1/check?lang=de", json=body)
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, [name], lang="de")


def test_a_file_without_a_suffix_that_is_no_descriptor_is_a_located_finding(tmp_path: Path) -> None:
    """The command line reads a file named without a suffix by its content too, and says what it found."""
    (tmp_path / "README").write_text("Read me first.\n", encoding="utf-8")
    (tmp_path / "image").write_bytes(random.Random(64).randbytes(64))
    for name in ("README", "image"):
        printed = cli_json(tmp_path, [name])
        assert '"status": "error"' in printed and "unsupported file type" not in printed, printed
