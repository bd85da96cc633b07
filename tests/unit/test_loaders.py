"""Bad inputs become located findings, never tracebacks; the rest of a batch is still checked."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qa_checker.api import check_paths
from qa_checker.explain import GOOD_OFFER
from qa_checker.limits import DEFAULT_MAX_BYTES, MAX_DEPTH, Limits
from qa_checker.loaders import Loaders, iter_files, load_file, load_paths
from tests.conftest import FIXTURES, NOW

BAD = FIXTURES / "bad"


def only_finding(path: Path, max_bytes: int | None = None):
    """The single load finding of a file that cannot be used as a descriptor."""
    documents = load_file(path, limits=Limits(max_bytes=max_bytes) if max_bytes else None)
    assert len(documents) == 1, documents
    document = documents[0]
    assert document.data is None, f"{path.name} should not have produced data"
    assert len(document.findings) == 1, document.findings
    finding = document.findings[0]
    assert finding.element is None and finding.pointer == "" and finding.severity.value == "error"
    assert finding.hint, "every load finding tells how to fix it"
    return finding


@pytest.mark.parametrize(
    ("name", "rule", "phrase"),
    [
        ("empty.json", "MC-LD-006", "the file is empty"),
        ("whitespace-only.yaml", "MC-LD-006", "the file is empty"),
        ("binary.json", "MC-LD-001", "binary"),
        ("latin1.yaml", "MC-LD-001", "not UTF-8 text (line 3, column 28: byte 0xE9)"),
        ("top-level-list.json", "MC-LD-003", "the document is a list, not an object"),
        ("top-level-scalar.yaml", "MC-LD-003", "the document is a string, not an object"),
    ],
)
def test_unusable_file_gives_one_clear_finding(name: str, rule: str, phrase: str) -> None:
    finding = only_finding(BAD / name)
    assert finding.rule == rule
    assert phrase in finding.message


def test_invalid_json_names_line_and_column() -> None:
    finding = only_finding(BAD / "invalid.json")
    assert finding.rule == "MC-LD-002"
    # Placed where the comma is missing (the end of line 4), not where the parser noticed (line 5).
    assert finding.message == (
        "invalid JSON at line 4, column 48: a comma is missing at the end of line 4, before the next item "
        "on line 5 (parser message: Expecting ',' delimiter)"
    )
    assert finding.origin is not None and finding.origin.line == 4


def test_invalid_yaml_names_the_line() -> None:
    finding = only_finding(BAD / "invalid.yaml")
    assert finding.rule == "MC-LD-002"
    assert "invalid YAML at line 4" in finding.message
    assert "mapping values are not allowed here" in finding.message
    assert finding.origin is not None and finding.origin.line == 4


def test_a_yaml_stream_gives_one_document_per_descriptor(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text(
        "# header\n---\nid: first\ndescriptor_version: '1.0'\n---\n# only a comment\n---\n"
        "id: second\ndescriptor_version: '1.0'\n",
        encoding="utf-8",
    )
    documents = load_file(path)
    assert [d.source for d in documents] == [f"{path} [document 1]", f"{path} [document 2]"]
    assert [d.data["id"] for d in documents] == ["first", "second"]


def test_a_broken_document_in_a_stream_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text("id: first\n---\nid: [second\n", encoding="utf-8")
    first, broken = load_file(path)
    assert first.source == f"{path} [document 1]" and first.data == {"id": "first"}
    assert broken.source == f"{path} [document 2]" and broken.data is None
    [finding] = broken.findings
    assert finding.rule == "MC-LD-002" and finding.origin is not None and finding.origin.line == 3
    assert finding.column == len("id: [") and "the '[' on line 3 is never closed with ']'" in finding.message


def test_a_json_list_of_descriptors_gives_one_document_per_item(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        '[{"descriptor_version": "1.0", "id": "a"}, {"descriptor_version": "1.0", "id": "b"}]', encoding="utf-8"
    )
    documents = load_file(path)
    assert [d.source for d in documents] == [f"{path} [document 1]", f"{path} [document 2]"]
    assert [d.data["id"] for d in documents] == ["a", "b"]
    assert all(d.sha256 == documents[0].sha256 for d in documents)


def test_a_list_of_one_descriptor_keeps_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('[{"descriptor_version": "1.0", "id": "a"}]', encoding="utf-8")
    (document,) = load_file(path)
    assert document.source == str(path) and document.data["id"] == "a"


def test_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "hostile.yaml"
    path.write_text(
        f'id: !!python/object/apply:os.system ["touch {marker}"]\n'
        f'title: !!python/object/apply:builtins.open ["{marker}", "w"]\n',
        encoding="utf-8",
    )
    finding = only_finding(path)
    assert finding.rule == "MC-LD-002"
    assert "YAML tag !!python/object/apply:os.system at line 1" in finding.message
    assert "not allowed" in finding.message
    assert not marker.exists(), "the YAML loader ran code from the file"


def test_python_tag_fixture() -> None:
    finding = only_finding(BAD / "python-tag.yaml")
    assert finding.rule == "MC-LD-002" and finding.origin is not None and finding.origin.line == 3


@pytest.mark.parametrize("name", ["bom.json", "bom.yaml"])
def test_utf8_with_bom_is_accepted(name: str) -> None:
    assert (BAD / name).read_bytes().startswith(b"\xef\xbb\xbf")
    [document] = load_file(BAD / name)
    assert document.findings == []
    assert document.data["id"] == name.replace(".", "-")
    assert next(iter(document.data)) == "descriptor_version", "the BOM must not stick to the first key"


def test_yaml_dates_stay_strings(tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text(
        "descriptor_version: '1.0'\nid: d\nkind: credential\nissue_date: 2026-06-30\n"
        "last_reviewed: 2026-01-15\nparticipation: {mode: online, schedule: {start: 2026-02-02}}\n",
        encoding="utf-8",
    )
    [document] = load_file(path)
    assert document.data["issue_date"] == "2026-06-30"
    assert document.data["last_reviewed"] == "2026-01-15"
    assert document.data["participation"]["schedule"]["start"] == "2026-02-02"


def test_very_deep_json_hits_recursion_and_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    finding = only_finding(path)
    assert finding.rule == "MC-LD-004"
    assert "nested too deeply" in finding.message


def test_very_deep_yaml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    assert only_finding(path).rule == "MC-LD-004"


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_moderately_deep_document_hits_the_depth_limit(tmp_path: Path, suffix: str) -> None:
    nested: object = "bottom"
    for _ in range(MAX_DEPTH + 5):
        nested = {"x": nested}
    path = tmp_path / f"moderate{suffix}"
    path.write_text(json.dumps({"descriptor_version": "1.0", "id": "deep", "extensions": nested}), encoding="utf-8")
    finding = only_finding(path)
    assert finding.rule == "MC-LD-004"
    assert f"more than {MAX_DEPTH} levels deep" in finding.message


def test_nesting_at_the_limit_is_read(tmp_path: Path) -> None:
    nested: object = "bottom"
    for _ in range(MAX_DEPTH - 2):
        nested = {"x": nested}
    path = tmp_path / "ok.json"
    path.write_text(
        json.dumps({"descriptor_version": "1.0", "id": "shallow-enough", "extensions": nested}), encoding="utf-8"
    )
    [document] = load_file(path)
    assert document.findings == [] and document.data["id"] == "shallow-enough"


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    # Invalid JSON over the limit: had it been parsed, the finding would be MC-LD-002.
    path = tmp_path / "huge.json"
    path.write_text("{ this is not JSON " + "x" * 2_000, encoding="utf-8")
    finding = only_finding(path, max_bytes=1_000)
    assert finding.rule == "MC-LD-005"
    assert "over the limit of 1,000 bytes" in finding.message and "not parsed" in finding.message
    # The same file under a larger limit is parsed, and then fails as invalid JSON.
    assert only_finding(path, max_bytes=10_000).rule == "MC-LD-002"


def test_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.json"
    path.write_text('{"descriptor_version": "1.0", "id": "exact"}', encoding="utf-8")
    [document] = load_file(path, limits=Limits(max_bytes=path.stat().st_size))
    assert document.data == {"descriptor_version": "1.0", "id": "exact"}


def test_default_size_limit_is_generous_for_real_descriptors() -> None:
    assert DEFAULT_MAX_BYTES >= 1024 * 1024


def test_unsupported_suffix_named_directly(tmp_path: Path) -> None:
    path = tmp_path / "descriptor.txt"
    path.write_text("id: x\n", encoding="utf-8")
    finding = only_finding(path)
    assert finding.rule == "MC-LD-001" and "unsupported file type '.txt'" in finding.message


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    """A folder as a QA agency receives it: good files, bad files and entries that cannot be read.

    Tests run as root, so permissions cannot make a file unreadable; a broken symlink and a
    directory named like a descriptor stand in for unreadable entries.
    """
    root = tmp_path / "upload"
    root.mkdir()
    good = GOOD_OFFER.read_text(encoding="utf-8")
    (root / "a-good.yaml").write_text(good, encoding="utf-8")
    (root / "b-broken.json").write_text("{", encoding="utf-8")
    os.symlink(root / "does-not-exist.json", root / "c-dangling.json")
    (root / "d-folder.json").mkdir()
    (root / "d-folder.json" / "e-nested-good.yaml").write_text(good, encoding="utf-8")
    (root / "f-empty.yml").write_bytes(b"")
    (root / "notes.txt").write_text("not a descriptor", encoding="utf-8")
    return root


def test_folder_walk_skips_nothing_it_should_read(messy_folder: Path) -> None:
    names = [p.relative_to(messy_folder).as_posix() for p in iter_files([messy_folder])]
    assert names == [
        "a-good.yaml",
        "b-broken.json",
        "c-dangling.json",
        "d-folder.json/e-nested-good.yaml",
        "f-empty.yml",
    ]


def test_batch_with_unreadable_entries_checks_everything(messy_folder: Path) -> None:
    report = check_paths([messy_folder], now=NOW)
    by_name = {Path(r.source).relative_to(messy_folder).as_posix(): r for r in report.results}
    assert sorted(by_name) == [
        "a-good.yaml",
        "b-broken.json",
        "c-dangling.json",
        "d-folder.json/e-nested-good.yaml",
        "f-empty.yml",
    ]
    assert by_name["a-good.yaml"].status == "pass"
    assert by_name["d-folder.json/e-nested-good.yaml"].status == "pass"
    dangling = by_name["c-dangling.json"]
    assert dangling.status == "error"
    assert [f.rule for f in dangling.findings] == ["MC-LD-001"]
    assert "cannot read the file" in dangling.findings[0].message
    assert by_name["b-broken.json"].findings[0].rule == "MC-LD-002"
    assert by_name["f-empty.yml"].findings[0].rule == "MC-LD-006"
    assert report.summary == {"descriptors": 5, "pass": 2, "fail": 0, "error": 3}
    assert report.exit_code == 1


def test_every_bad_fixture_gets_a_result() -> None:
    files = sorted(p for p in BAD.iterdir() if p.is_file())
    documents = list(load_paths([BAD]))
    assert sorted(Path(d.source) for d in documents) == files
    for document in documents:
        if document.data is None:
            assert document.findings and all(f.rule.startswith("MC-LD-") for f in document.findings)


def test_latin1_file_is_located_and_diagnosed() -> None:
    finding = only_finding(BAD / "latin1.yaml")
    assert finding.origin is not None and finding.origin.line == 3
    assert "Windows-1252 or Latin-1" in finding.hint


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("nan.json", '{"descriptor_version": "1.0", "id": "n", "workload": {"ects": NaN}}'),
        ("infinity.json", '{"descriptor_version": "1.0", "id": "n", "workload": {"ects": -Infinity}}'),
        ("overflow.json", '{"descriptor_version": "1.0", "id": "n", "workload": {"ects": 1e999}}'),
        ("inf.yaml", "descriptor_version: '1.0'\nid: n\nworkload: {ects: .inf}\n"),
        ("nan.yaml", "descriptor_version: '1.0'\nid: n\nworkload: {ects: .NaN}\n"),
    ],
)
def test_non_finite_numbers_are_refused_and_located(tmp_path: Path, name: str, text: str) -> None:
    """NaN and infinities are not JSON numbers; they would reach rules, scores and reports."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    finding = only_finding(path)
    assert finding.rule == "MC-LD-002"
    assert "the number at /workload/ects is not finite" in finding.message
    assert finding.origin is not None and finding.origin.pointer == "/workload/ects"


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_the_runs_limits_reach_every_text_loader(tmp_path: Path, suffix: str) -> None:
    """A limit set for the run (``--limit max-depth=3``) applies to JSON and YAML alike."""
    import json

    nested = {"descriptor_version": "1.0", "id": "deep", "extensions": {"a": {"b": {"c": {"d": 1}}}}}
    text = json.dumps(nested)
    path = tmp_path / f"deep{suffix}"
    path.write_text(text, encoding="utf-8")
    assert load_file(path)[0].data is not None
    (document,) = load_file(path, limits=Limits(max_depth=3))
    assert document.data is None and document.findings[0].rule == "MC-LD-004"


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_a_byte_order_mark_and_blanks_are_an_empty_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"blank{suffix}"
    path.write_bytes(b"\xef\xbb\xbf  \n\t\n")
    assert only_finding(path).rule == "MC-LD-006"


def test_the_runs_json_ld_limit_reaches_the_importers() -> None:
    """``--limit jsonld-nodes=N`` bounds what an importer reads, as the other limits bound the loaders."""
    credential = sorted((FIXTURES / "importers" / "ctdl").glob("*.json"))[0]
    assert all(f.rule != "MC-LD-005" for d in load_file(credential) for f in d.findings)
    documents = load_file(credential, limits=Limits(jsonld_nodes=5))
    assert any(f.rule == "MC-LD-005" and "jsonld-nodes" in f.message for d in documents for f in d.findings)


def test_a_named_input_without_a_suffix_is_read_by_its_content() -> None:
    """A web upload or ``--stdin-name catalogue`` names the input but not its type: the bytes do."""
    (document,) = Loaders().load_stdin(b'{"descriptor_version": "1.0", "kind": "offer", "id": "a"}', "catalogue")
    assert (document.source, document.format, document.data["id"]) == ("catalogue", "json", "a")
    (document,) = Loaders().load_stdin(b"descriptor_version: '1.0'\nkind: offer\nid: b\n", "upload")
    assert (document.format, document.data["id"]) == ("yaml", "b")


def test_standard_input_named_with_a_suffix_no_loader_reads_says_what_it_is() -> None:
    (document,) = Loaders().load_stdin(b"%PDF-1.4", "outline.pdf")
    (finding,) = document.findings
    assert finding.message == (
        "unsupported file type '.pdf': a PDF is not read; give the descriptor's data as JSON, YAML or a spreadsheet"
    )
