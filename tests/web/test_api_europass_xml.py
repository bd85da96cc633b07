"""The web service reads Europass XML (an LOQ upload, an ELM v2 credential) as the command line does, and its
form offers .xml files."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import ROOT
from tests.web.server import Server
from tests.web.test_api import cli_json

XML = ROOT / "tests" / "importers" / "fixtures_xml"


@pytest.mark.parametrize("name", ["loq-data-protection.xml", "elm2-data-protection.xml"])
def test_an_uploaded_europass_xml_file_is_the_report_of_check(server: Server, name: str) -> None:
    raw = (XML / name).read_bytes()
    response = httpx.post(server.url + "/api/v1/check", files={"files": (name, raw)}, timeout=60)
    assert response.status_code == 200
    assert response.text == cli_json(raw, name)
    assert response.json()["summary"]["error"] == 0


def test_the_form_accepts_xml_files(server: Server) -> None:
    page = httpx.get(server.url + "/", timeout=60).text
    assert ".xml," in page.split('accept="', 1)[1].split('"', 1)[0] + ","
