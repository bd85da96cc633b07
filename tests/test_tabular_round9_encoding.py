"""A CSV's encoding named by the user who knows it (``--encoding``, ``encoding=`` of the API): the file is read in
it with no guess and no warning about one, bytes that are no character of it are refused at their line, column and
cell, an unknown name is a usage error, and a Unicode byte-order mark still says how the file was saved."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest
import yaml

from qa_checker import api, ids
from qa_checker.findings import Severity
from qa_checker.loaders import Loaders, tabular
from qa_checker.loaders.code_pages import codec_label, legacy_reading, text_codec
from tests.test_hostile_round8_code_pages import _WRITTEN as WRITTEN  # the code pages of round 8's lists
from tests.test_hostile_round8_code_pages import _names

GUESSED = "it was read as"


def _lists(codec: str, language: str) -> list[tuple[list[str], bytes]]:
    names = _names(language)
    rng = random.Random(f"{codec}-{language}")
    found = []
    for _ in range(30):
        chosen = rng.sample(names, min(rng.choice((1, 2, 3, 5, 10, 40)), len(names)))
        text = "id,title.en\n" + "".join(f"x{n},{name}\n" for n, name in enumerate(chosen))
        try:
            found.append((chosen, text.encode(codec)))
        except UnicodeEncodeError:
            continue
    return found


def _titles(documents) -> list[str]:
    return [d.data["title"]["en"] for d in documents if d.data is not None]


def _messages(documents) -> list[str]:
    return [str(f.message) for d in documents for f in d.findings]


@pytest.mark.parametrize(("codec", "language"), [(c, lang) for c, langs in WRITTEN.items() for lang in langs])
def test_a_file_in_the_code_page_the_user_names_is_read_as_written(codec, language):
    for chosen, raw in _lists(codec, language):
        documents = tabular.load_csv(raw, "export.csv", encoding=codec)
        assert _titles(documents) == chosen
        assert not any(GUESSED in m for m in _messages(documents))


def test_the_lists_the_guess_cannot_tell_are_read_right_once_named():
    # The round-8 lists of Windows-1252's languages the guess refuses (or reads otherwise): named, every one
    # reads as written.
    untold = []
    for language in WRITTEN["cp1252"]:
        for chosen, raw in _lists("cp1252", language):
            reading = legacy_reading(raw)
            if reading.codec is None or raw.decode(reading.codec) != raw.decode("cp1252"):
                untold.append(raw)
                assert _titles(tabular.load_csv(raw, "export.csv", encoding="cp1252")) == chosen
    assert untold, "the guess tells every list: choose lists it cannot"


@pytest.mark.parametrize(
    ("name", "codec"),
    [
        ("windows-1250", "cp1250"),
        ("Windows-1252", "cp1252"),
        ("CP1257", "cp1257"),
        ("latin-1", "iso8859-1"),
        ("ISO-8859-2", "iso8859-2"),
        ("utf8", "utf-8"),
        ("UTF-16", "utf-16"),
        ("mac_roman", "mac-roman"),
    ],
)
def test_the_names_users_give_an_encoding_are_known(name, codec):
    assert text_codec(name) == codec


@pytest.mark.parametrize("name", ["", "nope", "windows-9999", "base64", "rot13", "zlib", "hex", "a\x00b"])
def test_a_name_of_no_text_encoding_is_not_one(name):
    assert text_codec(name) is None


def test_messages_name_a_code_page_as_people_know_it():
    assert codec_label(text_codec("windows-1250")) == "Windows-1250"
    assert codec_label(text_codec("iso-8859-15")) == "ISO-8859-15"
    assert codec_label(text_codec("mac_roman")) == "Mac Roman"
    assert codec_label(text_codec("utf8")) == "UTF-8"


def test_a_byte_that_is_no_character_of_the_named_page_is_refused_at_its_cell():
    # 0x81 is no character of Windows-1252: the fifth letter of the second cell of record 3.
    raw = b"id;title.en\nx1;Data\nx2;Stra\x81e\n"
    (document,) = tabular.load_csv(raw, "export.csv", encoding="cp1252")
    (finding,) = document.findings
    assert document.data is None
    assert finding.rule == ids.UNREADABLE and finding.severity is Severity.ERROR
    assert (finding.origin.line, finding.origin.cell, finding.origin.sheet) == (3, "B3", "export")
    assert finding.column == 8
    assert "Windows-1252" in str(finding.message) and "0x81" in str(finding.message)


def test_a_cell_over_several_lines_is_named_by_its_record():
    raw = b'id,title.en,description\nx1,"Data","one\ntwo \xff"\n'
    (document,) = tabular.load_csv(raw, "export.csv", encoding="utf-8")
    (finding,) = document.findings
    assert (finding.origin.line, finding.origin.cell) == (3, "C2")
    assert finding.column == 5


def test_text_in_another_page_than_the_one_named_is_not_guessed_over():
    # The user named UTF-8 for a Windows-1252 file: refused at the byte, not read in a guessed page.
    raw = "id,title.en\nx1,Universität Wien\n".encode("cp1252")
    (document,) = tabular.load_csv(raw, "export.csv", encoding="utf-8")
    assert document.data is None
    assert not any(GUESSED in m for m in _messages([document]))
    assert document.findings[0].origin.cell == "B2"


def test_a_utf8_mark_says_utf8_whatever_page_is_named():
    raw = "\ufeffid,title.en\nx1,Zarządzanie\n".encode()
    documents = tabular.load_csv(raw, "export.csv", encoding="cp1250")
    assert _titles(documents) == ["Zarządzanie"]
    notes = [f for d in documents for f in d.findings if "byte-order mark" in str(f.message)]
    assert len(notes) == 1 and notes[0].severity is Severity.INFO and "Windows-1250" in str(notes[0].message)


@pytest.mark.parametrize("name", ["utf-8", "utf-8-sig"])
def test_a_utf8_mark_under_a_utf8_name_is_no_news(name):
    raw = "\ufeffid,title.en\nx1,Zarządzanie\n".encode()
    documents = tabular.load_csv(raw, "export.csv", encoding=text_codec(name))
    assert _titles(documents) == ["Zarządzanie"]
    assert _messages(documents) == []


def test_code_page_text_after_a_utf8_mark_is_read_in_the_page_named():
    # Another program put a UTF-8 mark before Windows-1250 text: the mark is set aside and the page named used.
    raw = b"\xef\xbb\xbf" + "id,title.en\nx1,Zarządzanie\n".encode("cp1250")
    documents = tabular.load_csv(raw, "export.csv", encoding="cp1250")
    assert _titles(documents) == ["Zarządzanie"]
    assert not any(GUESSED in m for m in _messages(documents))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_wide_text_without_a_mark_is_read_in_the_form_named(codec):
    raw = "id,title.en\nx1,Bokmål\n".encode(codec)
    assert _titles(tabular.load_csv(raw, "export.csv", encoding=codec)) == ["Bokmål"]


def test_a_utf16_mark_says_utf16_whatever_page_is_named():
    raw = "id,title.en\nx1,Bokmål\n".encode("utf-16")
    documents = tabular.load_csv(raw, "export.csv", encoding="cp1252")
    assert _titles(documents) == ["Bokmål"]
    assert any("UTF-16" in m and "byte-order mark" in m for m in _messages(documents))


def test_a_binary_file_is_still_refused_when_a_page_is_named():
    raw = b"id,title.en\n\x00\x01\x02\x03" * 10
    (document,) = tabular.load_csv(raw, "export.csv", encoding="cp1252")
    assert document.data is None and "binary" in str(document.findings[0].message)


def test_without_a_name_the_file_is_still_guessed():
    raw = "id,title.en\nx1,Universität Wien\n".encode("cp1252")
    assert any(GUESSED in m for m in _messages(tabular.load_csv(raw, "export.csv")))


def test_a_csv_in_an_archive_is_read_in_the_page_named():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("catalogue/courses.csv", "id,title.en\nx1,Zarządzanie jakością\n".encode("cp1250"))
    documents = Loaders(encoding="cp1250").load_stdin(buffer.getvalue(), "upload.zip")
    assert _titles(documents) == ["Zarządzanie jakością"]


# ---------------------------------------------------------------- the command line and the API

GERMAN = "id,title.en,workload.ects\nDE-1,Bokmål für Anfänger,5\nDE-2,Übersetzung ins Guaraní,4\n"


@pytest.fixture
def german_csv(tmp_path: Path) -> Path:
    path = tmp_path / "katalog.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    return path


def _findings(output: str) -> list[dict]:
    return [f for r in json.loads(output)["results"] for f in r["findings"]]


def test_check_reads_the_file_in_the_page_named_without_a_guess(run_cli, german_csv):
    guessed = run_cli("check", str(german_csv), "--format", "json")
    assert any("not UTF-8" in f["message"] for f in _findings(guessed.output))
    named = run_cli("check", str(german_csv), "--encoding", "windows-1252", "--format", "json")
    assert [f for f in _findings(named.output) if "UTF-8" in f["message"] or f["rule"] == ids.UNREADABLE] == []
    assert [r["id"] for r in json.loads(named.output)["results"]] == ["DE-1", "DE-2"]


def test_convert_reads_the_file_in_the_page_named(run_cli, german_csv):
    result = run_cli("convert", str(german_csv), "--encoding", "cp1252")
    titles = [d["title"]["en"] for d in yaml.safe_load_all(result.output)]
    assert titles == ["Bokmål für Anfänger", "Übersetzung ins Guaraní"]


def test_audit_and_compare_take_the_encoding(run_cli, german_csv, tmp_path):
    audited = run_cli("audit", str(german_csv), "--encoding", "cp1252", "--out", str(tmp_path / "audit"))
    assert audited.exit_code in (0, 1), audited.output
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "audit").rglob("*.html"))
    assert "Bokmål für Anfänger" in pages and "not UTF-8" not in pages
    compared = run_cli("compare", str(german_csv), "--encoding", "cp1252", "--out", str(tmp_path / "compare"))
    assert compared.exit_code == 0, compared.output
    assert "Übersetzung ins Guaraní" in (tmp_path / "compare" / "compare.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["windows-9999", "base64"])
def test_an_unknown_encoding_is_a_usage_error(run_cli, german_csv, name):
    result = run_cli("check", str(german_csv), "--encoding", name)
    assert result.exit_code == 2
    assert "--encoding" in result.output and name in result.output
    assert "Traceback" not in result.output


def test_a_byte_not_in_the_named_page_fails_the_check_located(run_cli, german_csv):
    result = run_cli("check", str(german_csv), "--encoding", "utf-8", "--format", "json")
    assert result.exit_code == 1
    (finding,) = [f for r in json.loads(result.output)["results"] for f in r["findings"]]
    assert finding["rule"] == ids.UNREADABLE and finding["origin"]["cell"] == "B2" and finding["origin"]["line"] == 2


def test_the_api_reads_the_file_in_the_page_named(german_csv):
    guessed = api.check_paths([german_csv])
    assert any("not UTF-8" in str(f.message) for r in guessed.results for f in r.findings)
    report = api.check_paths([german_csv], encoding="windows-1252")
    assert [r.id for r in report.results] == ["DE-1", "DE-2"]
    assert not any("UTF-8" in str(f.message) for r in report.results for f in r.findings)


def test_the_api_refuses_an_unknown_encoding_in_the_words_of_the_cli(german_csv):
    with pytest.raises(ValueError, match="'windows-9999' is not a text encoding known here"):
        api.check_paths([german_csv], encoding="windows-9999")
