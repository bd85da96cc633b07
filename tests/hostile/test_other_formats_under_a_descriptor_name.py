"""A file of another format saved under a descriptor's name (a PDF, an image, an archive or workbook, a
web page or an XML export named ``.json`` or ``.yaml``) is refused naming that format.

Before, a PDF was "not UTF-8 text (line 2, column 2: byte 0xE2)" with the advice to save it as UTF-8,
a zip or PNG "binary", an HTML page "invalid JSON at line 1, column 1: Expecting value" in JSON and, in
YAML, a document that "is a string".
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Callable

import pytest

from qa_checker.document import Document
from qa_checker.loaders import json_, jwt_, yaml_


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.json", "{}")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (gzip.compress(b"id: a\n", mtime=0), "gzip"),
        (_zip(), "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "OLE2 (.xls, .doc)"),
    ],
)
@pytest.mark.parametrize("load", [json_.load, yaml_.load, jwt_.load])
def test_a_file_of_another_format_is_refused_naming_it(
    raw: bytes, kind: str, load: Callable[..., list[Document]]
) -> None:
    [document] = load(raw, "x.json")
    [finding] = document.findings
    assert finding.rule == "MC-LD-001"
    assert finding.message == f"the file is binary (a {kind} file), not a text descriptor"
    assert ("(.zip, .xlsx or .ods)" in finding.hint) == (kind == "zip")


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<html><body>Not found</body></html>\n",
        '\ufeff<?xml version="1.0"?>\n<credential/>\n',
        "\n  <html lang=en>\n",
        "<!-- saved from a browser -->\n<html>\n",
    ],
)
@pytest.mark.parametrize("load", [json_.load, yaml_.load])
def test_html_or_xml_under_a_descriptor_name_is_refused_as_markup(
    text: str, load: Callable[..., list[Document]]
) -> None:
    [document] = load(text.encode(), "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-001"
    assert finding.message == "the file is HTML or XML markup, not a JSON or YAML descriptor"


@pytest.mark.parametrize("text", ["<<: {id: a}\n", "'<html>': x\n", "title: <!DOCTYPE html>\n"])
def test_yaml_that_only_holds_angle_brackets_is_read(text: str) -> None:
    [document] = yaml_.load(f"descriptor_version: '1.0'\n{text}".encode(), "x.yaml")
    assert isinstance(document.data, dict)
    [document] = yaml_.load(f"{text}descriptor_version: '1.0'\n".encode(), "x.yaml")
    assert isinstance(document.data, dict)
