"""The loaders' and the schema's findings carry translatable text whose English is the message shown."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from qa_checker import validation
from qa_checker.errors import ConfigError
from qa_checker.findings import Finding
from qa_checker.limits import LimitError, Limits, with_settings
from qa_checker.loaders import Loaders, json_, tabular, yaml_
from qa_checker.loaders.columns import load_mapping
from qa_checker.text import Text, msg
from qa_checker.writing import WriteFailed, write_files


def _translatable(findings: list[Finding]) -> list[Finding]:
    """The findings, each checked to carry a message and hint Text (or a marked constant) matching its English."""
    assert findings
    for finding in findings:
        assert finding.message_text is not None, finding.message
        assert finding.message_text.english() == finding.message
        if finding.hint_text is not None:
            assert finding.hint_text.english() == finding.hint
        assert finding.hint
    return findings


def _all(documents: list) -> list[Finding]:
    return [f for d in documents for f in d.findings]


def test_non_utf8_text_is_a_translatable_load_error() -> None:
    (finding,) = _translatable(_all(json_.load(b'{"title": "caf\xe9"}', "x.json")))
    assert finding.rule == "MC-LD-001"
    assert finding.message == "the file is not UTF-8 text (line 1, column 15: byte 0xE9)"
    # Line and column are identifiers, never grouped or localised.
    assert finding.message_text is not None and finding.message_text.params["line"] == "1"
    assert finding.hint == "Save the file as UTF-8; it looks like Windows-1252 or Latin-1 text."


def test_duplicate_key() -> None:
    documents = yaml_.load(b"descriptor_version: '1.0'\nid: a\nid: b\n", "x.yaml")
    (finding,) = _translatable(_all(documents))
    assert finding.rule == "MC-LD-008"
    assert finding.message == (
        "the key 'id' is given more than once in the top-level object (again at line 3); only its last value was read"
    )


def test_too_deep() -> None:
    raw = ("[" * 100 + "]" * 100).encode()
    (finding,) = _translatable(_all(json_.load(raw, "x.json")))
    assert finding.rule == "MC-LD-004"
    assert finding.message.startswith("the document is nested more than 64 levels deep (at /0/0/")


def test_over_limit_numbers_are_grouped_as_before() -> None:
    documents = json_.load(b'{"a": [1, 2, 3]}', "x.json", Limits(max_list_items=2))
    (finding,) = _translatable(_all(documents))
    assert finding.message == "the list at /a has 3 items, over the limit of 2 (max-list-items)"
    big = Loaders(Limits(max_bytes=1000)).too_large("x.json", 123_456)
    (finding,) = _translatable(big.findings)
    assert finding.message == "the file is 123,456 bytes, over the limit of 1,000 bytes; it was not parsed"


def test_place_in_a_yaml_stream_names_the_document() -> None:
    documents = yaml_.load(b"a: 1\n---\nb: [1, 2, 3]\n", "x.yaml", Limits(max_list_items=2))
    (finding,) = _translatable(_all(documents))
    assert finding.message == "the list at /b of document 2 has 3 items, over the limit of 2 (max-list-items)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a\\u0001b",
            "the text at /title holds the control character U+0001, which no report shows and spreadsheets refuse",
        ),
        (
            "\\u0001\\u0002\\u0003\\u0004\\u0005",
            "the text at /title holds the control characters U+0001, U+0002, U+0003 and 2 more, which no report "
            "shows and spreadsheets refuse",
        ),
        (
            "a\\u202eb",
            "the text at /title holds the bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE), which reorders "
            "how the text is shown and can hide what it says",
        ),
    ],
)
def test_unusual_characters(text: str, expected: str) -> None:
    raw = ('{"descriptor_version": "1.0", "title": "' + text + '"}').encode()
    findings = _translatable(_all(json_.load(raw, "x.json")))
    assert [f.message for f in findings] == [expected]


def test_lone_surrogate_in_a_key_is_replaced_in_the_text_too() -> None:
    raw = b'{"descriptor_version": "1.0", "a\\ud800": 1}'
    findings = _translatable(_all(json_.load(raw, "x.json")))
    assert all("\ud800" not in f.message and "\ud800" not in str(f.message_text) for f in findings)


def test_bad_spreadsheet_cell() -> None:
    raw = b"id,title.en,workload.ects\nc1,#REF!,5\n"
    findings = _translatable(_all(tabular.load_csv(raw, "c.csv")))
    assert [f.message for f in findings] == ["B2 holds the Excel error #REF!; it was read as empty"]


def test_spreadsheet_load_errors() -> None:
    (finding,) = _translatable(_all(tabular.load_csv(b"id;title\n\xe9", "c.csv")))
    assert finding.message.startswith("the file is not UTF-8 text (line 2: byte 0xE9)")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    (finding,) = _translatable(_all(tabular.load_xlsx(buffer.getvalue(), "c.xlsx")))
    assert finding.message == "the file is a zip archive but not an Excel workbook (no xl/workbook.xml)"


def test_archive_findings() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../evil.json", "{}")
        archive.writestr("inner.zip", b"PK")
    findings = _translatable(_all(Loaders().load_stdin(buffer.getvalue(), "batch.zip")))
    assert sorted(f.message for f in findings) == [
        "the member is itself an archive; nested archives are not opened",
        "the member name points outside the archive (absolute path or '..'); it was refused",
    ]
    (finding,) = _translatable(_all(Loaders().load_stdin(b"PK\x03\x04 truncated", "batch.zip")))
    assert finding.message.startswith("not a readable zip archive: it is truncated or damaged (")


def test_unsupported_file_type(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    (finding,) = _translatable(_all(Loaders().load_path(path)))
    assert finding.message == (
        "unsupported file type '.pdf': a PDF is not read; give the descriptor's data as JSON, YAML or a spreadsheet"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_not_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    (finding,) = _translatable(_all(Loaders().load_path(path)))
    assert finding.message == "a FIFO (named pipe), not a regular file; it was skipped without being opened"


def test_schema_violation() -> None:
    findings = _translatable(validation.validate({"descriptor_version": 1, "kind": "ofer", "worklaod": {}}))
    messages = {f.message for f in findings}
    assert "unknown field 'worklaod' in the descriptor; did you mean 'workload'?" in messages
    assert any(m.startswith("kind is 'ofer', not one of: ") and m.endswith("; did you mean 'offer'?") for m in messages)
    assert "'id' is missing from the descriptor" in messages


def test_schema_hint_for_a_number_in_quotes() -> None:
    findings = validation.validate({"descriptor_version": "1.0", "workload": {"ects": "5,5"}})
    (finding,) = _translatable([f for f in findings if f.pointer == "/workload/ects"])
    assert finding.hint.startswith('Write the number with a decimal point and without quotes: 5.5, not "5,5". ')
    assert finding.hint_text is not None and finding.hint_text.english() == finding.hint


def test_exceptions_carry_their_text(tmp_path: Path) -> None:
    error = ConfigError(msg("{file}: no such thing", file="x.yaml"))
    assert str(error) == "x.yaml: no such thing" and error.text.params["file"] == "x.yaml"
    assert ConfigError("plain").text == Text("plain")

    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("Credits: workload.nothing\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_mapping(mapping)
    assert raised.value.text.english() == str(raised.value)
    assert "is mapped to 'workload.nothing', which is not a descriptor field" in str(raised.value)

    with pytest.raises(LimitError) as limit:
        with_settings(Limits(), ["max-depth=zero"])
    assert str(limit.value) == "the limit max-depth needs a number, not 'zero'"
    assert limit.value.text.english() == str(limit.value)

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(WriteFailed) as failed:
        write_files({folder: "x"})
    assert str(failed.value) == f"cannot write {folder}: it is a folder"
    assert failed.value.reason == "it is a folder"
    assert failed.value.text.english() == str(failed.value)
