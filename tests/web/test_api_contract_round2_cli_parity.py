"""The API gives what ``qa-checker check --format json`` prints for the same input (README: "byte for byte"),
for a descriptor in each format the checker reads, a zip of many, several files at once, a profile, a
language and a CSV's named encoding, whether the integrator sends multipart or a JSON body."""

from __future__ import annotations

import base64
import contextlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.web import application
from tests.conftest import NOW, ROOT, SAMPLES, realworld_or_skip

FIXTURES = ROOT / "tests" / "fixtures"
# One input of each kind the README lists: YAML and JSON descriptors, a credential, Excel and CSV templates,
# ELM v3 JSON-LD, ELM in a signed envelope, Open Badges 3, CTDL.
INPUTS = [
    SAMPLES / "flawed" / "de-cloud-grundlagen.yaml",
    SAMPLES / "flawed" / "pl-ochrona-danych.json",
    SAMPLES / "credentials" / "cybersecurity-awareness-de.json",
    SAMPLES / "spreadsheets" / "catalogue.xlsx",
    FIXTURES / "tabular" / "good-semicolon.csv",
    FIXTURES / "importers" / "elm" / "credential-full.jsonld",
    FIXTURES / "importers" / "elm" / "credential-signed-envelope.json",
    FIXTURES / "importers" / "ob3" / "edubadge-microcredential.json",
    FIXTURES / "importers" / "ctdl" / "course-expanded.json",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from starlette.testclient import TestClient

    with TestClient(application.create_app(application.Settings.from_env({}, workers=1, now=NOW))) as running:
        yield running


def cli_json(folder: Path, names: list[str], *options: str, lang: str = "en") -> str:
    """What ``qa-checker --lang LANG check NAMES --format json`` prints, run in ``folder``."""
    with contextlib.chdir(folder):  # relative names, so the report names each source as the API does
        result = CliRunner().invoke(
            cli,
            ["--lang", lang, "check", *names, "--now", NOW.isoformat(), "--format", "json", *options],
            catch_exceptions=False,
        )
    assert result.exit_code in (0, 1), result.output
    return result.output


def _place(tmp_path: Path, *paths: Path) -> list[str]:
    for path in paths:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    return [p.name for p in paths]


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_one_file_by_multipart_is_what_the_cli_prints(client: Any, tmp_path: Path, path: Path) -> None:
    names = _place(tmp_path, path)
    response = client.post("/api/v1/check", files={"files": (path.name, path.read_bytes())})
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, names)


@pytest.mark.parametrize("path", INPUTS, ids=[p.name for p in INPUTS])
def test_one_file_by_json_body_is_what_the_cli_prints(client: Any, tmp_path: Path, path: Path) -> None:
    names = _place(tmp_path, path)
    body = {"filename": path.name, "content_base64": base64.b64encode(path.read_bytes()).decode()}
    response = client.post("/api/v1/check", json=body)
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, names)


def test_several_files_with_a_profile_and_a_language_are_what_the_cli_prints(client: Any, tmp_path: Path) -> None:
    chosen = INPUTS[:3]
    names = _place(tmp_path, *chosen)
    response = client.post(
        "/api/v1/check?lang=nl",
        files=[("files", (p.name, p.read_bytes())) for p in chosen],
        data={"rubric": "nl-pilot"},
    )
    assert response.status_code == 200
    assert response.json()["language"] == "nl"
    assert response.text == cli_json(tmp_path, names, "--rubric", "nl-pilot", lang="nl")


def test_a_language_asked_by_accept_language_is_the_clis_lang(client: Any, tmp_path: Path) -> None:
    names = _place(tmp_path, INPUTS[0])
    response = client.post(
        "/api/v1/check",
        files={"files": (names[0], INPUTS[0].read_bytes())},
        headers={"accept-language": "pl-PL,pl;q=0.9,en;q=0.5"},
    )
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, names, lang="pl")


def test_a_zip_of_many_is_what_the_cli_prints_for_the_zip(client: Any, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, path in enumerate(INPUTS):
            archive.writestr(f"provider-{index % 3}/{path.name}", path.read_bytes())
    (tmp_path / "batch.zip").write_bytes(buffer.getvalue())
    response = client.post("/api/v1/check", files={"files": ("batch.zip", buffer.getvalue())})
    assert response.status_code == 200
    report = response.json()
    assert report["summary"]["descriptors"] >= len(INPUTS)
    assert response.text == cli_json(tmp_path, ["batch.zip"])


def test_a_csv_in_a_named_code_page_is_what_the_cli_reads(client: Any, tmp_path: Path) -> None:
    text = (FIXTURES / "tabular" / "good-semicolon.csv").read_text(encoding="utf-8-sig")  # no mark: the name rules
    polish = text.replace("Rotterdam Example University", "Politechnika Łódzka, Wydział Zarządzania").encode(
        "windows-1250"
    )
    assert "Łódzka".encode("windows-1250") in polish
    (tmp_path / "oferta.csv").write_bytes(polish)
    response = client.post(
        "/api/v1/check",
        json={
            "filename": "oferta.csv",
            "content_base64": base64.b64encode(polish).decode(),
            "encoding": "windows-1250",
        },
    )
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, ["oferta.csv"], "--encoding", "windows-1250")


def test_real_world_credentials_are_what_the_cli_prints(client: Any, tmp_path: Path) -> None:
    root = realworld_or_skip()
    chosen = sorted(root.glob("elm-v3-mynextid-credentials/*__edc__examples__*-signed.jsonld"))[:1]
    chosen += sorted(root.glob("ob3-edubadges-nl-examples/**/*.json"))[:1]
    if not chosen:
        pytest.skip("no ELM or Open Badges example in the real-world folder")
    names = _place(tmp_path, *chosen)
    response = client.post("/api/v1/check", files=[("files", (p.name, p.read_bytes())) for p in chosen])
    assert response.status_code == 200
    assert response.text == cli_json(tmp_path, names)
