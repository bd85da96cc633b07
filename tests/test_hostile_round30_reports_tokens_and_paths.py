"""Hostile round 30: files a run takes for its own, secrets, and where annotations point."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import yaml
from click.testing import Result

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

Run = Callable[..., Result]


def test_a_descriptor_with_a_tool_block_of_its_own_is_no_report(tmp_path: Path, run_cli: Run) -> None:
    """A pipeline's provenance block ("tool": {"name": "qa-checker"}) does not make a descriptor a report: it is
    checked, and an --output naming it is refused, the file untouched."""
    from qa_checker.diff import names_itself_a_report

    folder = tmp_path / "cat"
    folder.mkdir()
    data = yaml.safe_load((SAMPLES / "flawed" / "half-annex-i.yaml").read_text(encoding="utf-8"))
    data["tool"] = {"name": "qa-checker", "version": "0.1.0"}
    course = folder / "course.json"
    course.write_text(json.dumps(data, indent=1), encoding="utf-8")
    before = course.read_bytes()
    assert not names_itself_a_report(before, before)

    checked = run_cli("check", str(folder), "--now", "2026-11-29", "--format", "json")
    assert checked.exit_code == 1 and '"status": "fail"' in checked.output

    result = run_cli("check", str(folder), "--now", "2026-11-29", "--format", "json", "--output", str(course))
    assert result.exit_code == 2 and course.read_bytes() == before


def test_a_report_still_names_itself_one(tmp_path: Path, run_cli: Run) -> None:
    from qa_checker.diff import names_itself_a_report

    result = run_cli("check", str(SAMPLES / "offers"), "--now", "2026-11-29", "--format", "json")
    report = result.output.encode()
    assert names_itself_a_report(report, report)
    assert names_itself_a_report(report[:200], b"")
    ordered = json.dumps(json.loads(report), sort_keys=True).encode()
    assert names_itself_a_report(ordered[:100], ordered[-2000:])


def test_an_audit_keeps_a_page_the_user_named_like_the_report_s(tmp_path: Path, run_cli: Run) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "offers" / "data-ethics-nl.yaml", folder)
    pages = tmp_path / "out" / "report-pages"
    pages.mkdir(parents=True)
    (pages / "page-0007.html").write_text("<h1>my page</h1>", encoding="utf-8")

    result = run_cli("audit", str(folder), "--out", str(tmp_path / "out"), "--now", "2026-11-29")

    assert result.exit_code == 0, result.output
    assert (pages / "page-0007.html").read_text(encoding="utf-8") == "<h1>my page</h1>"


def test_a_blank_api_token_is_refused_at_start_up() -> None:
    """An unset variable given as --token "$TOKEN" (or a blank QA_CHECKER_TOKEN) would let a bare 'Bearer' in."""
    import pytest

    from qa_checker.web.settings import Settings

    for environ, overrides in (
        ({}, {"token": ""}),
        ({}, {"token": "  "}),
        ({"QA_CHECKER_TOKEN": " "}, {}),
        ({"QA_CHECKER_TOKEN": ""}, {}),
    ):
        with pytest.raises(ValueError, match="must not be empty or blank"):
            Settings.from_env(environ, **overrides)
    assert Settings.from_env({}, token="s3cret").token == "s3cret"


def test_a_store_password_given_in_the_query_is_never_shown(run_cli: Run) -> None:
    for url in (
        "postgresql://u@127.0.0.1:1/db?password=SECRET1",
        "postgresql:///db?host=127.0.0.1&port=1&user=u&password=SECRET1",
        "postgresql://u@127.0.0.1:1/db?sslpassword=SECRET1&connect_timeout=2",
    ):
        result = run_cli("history", "--store", url)
        assert result.exit_code == 2
        assert "SECRET1" not in result.output and "***" in result.output, result.output


def test_a_scheduler_that_is_no_address_is_one_line_and_exit_2(tmp_path: Path, run_cli: Run) -> None:
    import pytest

    pytest.importorskip("dask.distributed")
    result = run_cli(
        "audit", str(SAMPLES / "offers"), "--out", str(tmp_path / "out"), "--engine", "dask", "--scheduler", "not a url"
    )
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at not a url (--scheduler)" in result.output
    assert "Traceback" not in result.output


def test_convert_quotes_every_text_yaml_1_2_would_read_as_something_else(tmp_path: Path, run_cli: Run) -> None:
    """'0o17', '0o0', '+.5', '.inf', '0x1F' are texts: the converted YAML reads back as the same texts."""
    from qa_checker.loaders import load_file

    data = yaml.safe_load((SAMPLES / "offers" / "data-ethics-nl.yaml").read_text(encoding="utf-8"))
    texts = ["0o17", "0o0", "+.5", ".inf", "0x1F", "-.5e3", "1e3"]
    data["id"] = "0o17"
    data["learning_outcomes"] = [*data["learning_outcomes"], *texts]
    source = tmp_path / "src.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("convert", str(source))
    assert result.exit_code == 0, result.output
    converted = tmp_path / "out.yaml"
    converted.write_text(result.output, encoding="utf-8")
    (document,) = load_file(converted)
    assert document.data["id"] == "0o17"
    assert document.data["learning_outcomes"][-len(texts) :] == texts


def test_a_descriptor_saved_under_a_csv_name_is_one_error_naming_its_format(tmp_path: Path) -> None:
    from qa_checker.loaders import load_file

    for sample, name, named in (
        (SAMPLES / "flawed" / "pl-ochrona-danych.json", "course-json.csv", "JSON"),
        (SAMPLES / "offers" / "data-ethics-nl.yaml", "course-yaml.csv", "YAML"),
    ):
        path = tmp_path / name
        path.write_bytes(sample.read_bytes())
        (document,) = load_file(path)
        assert document.data is None
        assert f"the file holds {named} text, not CSV" in str(document.findings[0].message)
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text("id,title\n[a],b\n", encoding="utf-8")
    assert [d.data["id"] for d in load_file(catalogue)] == ["[a]"]


def test_a_stray_nul_byte_in_a_csv_costs_no_row_its_result(tmp_path: Path) -> None:
    from qa_checker.loaders import load_file

    path = tmp_path / "cat.csv"
    path.write_bytes(b"id,title,ECTS\na,Good course,5\nb,Bad\x00course,5\nc,Another good,5\n")
    documents = load_file(path)
    assert [d.data["id"] for d in documents] == ["a", "b", "c"]
    messages = [str(f.message) for d in documents for f in d.findings]
    assert any("1 NUL byte (at line 3, column 6)" in m for m in messages)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(bytes(range(256)) * 20)
    (refused,) = load_file(binary)
    assert refused.data is None and "binary" in str(refused.findings[0].message)


def test_a_json_document_or_a_jwt_saved_as_txt_is_read_as_one(tmp_path: Path) -> None:
    import base64

    from qa_checker.loaders import load_file

    def part(value: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    descriptor = yaml.safe_load((SAMPLES / "offers" / "data-ethics-nl.yaml").read_text(encoding="utf-8"))
    as_json = tmp_path / "course.txt"
    as_json.write_text(json.dumps(descriptor), encoding="utf-8")
    assert load_file(as_json)[0].data["id"] == descriptor["id"]
    token = f"{part({'alg': 'ES256', 'typ': 'JWT'})}.{part({'vc': {'type': ['VerifiableCredential']}})}.c2ln"
    wrapped = tmp_path / "token.txt"
    wrapped.write_text("\n".join(token[i : i + 40] for i in range(0, len(token), 40)) + "\n", encoding="utf-8")
    assert load_file(wrapped)[0].format == "jwt"
    notes = tmp_path / "notes.txt"
    notes.write_text("Hello.World.txt\n", encoding="utf-8")
    assert "a text document" in str(load_file(notes)[0].findings[0].message)


def test_a_verifiable_diploma_of_another_shape_is_an_error_naming_it(tmp_path: Path) -> None:
    """A VerifiableDiploma whose subject has none of EBSI's diploma properties (degree_name, ects_credits) was called an
    EBSI diploma with every element missing: it is an error that names its shape."""
    from qa_checker.loaders import load_file

    diploma = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiableCredential", "VerifiableDiploma"],
        "issuer": {"id": "did:web:uni.example", "name": "Example University"},
        "issuanceDate": "2024-06-15T12:00:00Z",
        "credentialSubject": {"degree_name": "Bachelor in Computer Engineering", "ects_credits": 240},
    }
    path = tmp_path / "diploma.json"
    path.write_text(json.dumps(diploma), encoding="utf-8")
    (document,) = load_file(path)
    assert document.data is None
    assert "none of the EBSI diploma's properties" in str(document.findings[0].message)
