"""Hostile JSON and YAML through the text loaders: never a hang, a crash or an exhausted checker.

Every hostile file is generated here and checked through the runner beside two good descriptors,
which must keep exactly the results they have on their own (and every report must still render);
the hostile file's finding is asserted with its rule and its pointer or line. The budgets of
``Limits`` are exercised with small limits on the loaders directly. Property tests feed generated
JSON values, YAML texts and arbitrary bytes to the loaders: they never raise, always give a document,
name only registered rules, and every document they read can be written as UTF-8.
"""

from __future__ import annotations

import codecs
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.limits import MAX_DEPTH, Limits, depth
from qa_checker.loaders import common, json_, jwt_, yaml_
from qa_checker.reporting import excel, html, text
from qa_checker.reporting import json_ as json_report
from qa_checker.results import Result
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, baseline
from tests.work import calls

RUBRIC = load_rubric()
GOOD_IDS = ("good-one", "good-two")
HEAD = "descriptor_version: '1.0'\nid: hostile\n"


def _good(identifier: str) -> dict[str, Any]:
    data = baseline()
    data["id"] = identifier
    return data


def _write_goods(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good-one.yaml").write_text(yaml.safe_dump(_good("good-one"), allow_unicode=True), encoding="utf-8")
    (folder / "good-two.json").write_text(json.dumps(_good("good-two")), encoding="utf-8")


def _summary(result: Result) -> tuple[Any, ...]:
    return (result.id, result.status, result.score, [f.to_dict() for f in result.findings])


@pytest.fixture(scope="module")
def good_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Any, ...]]:
    """The good descriptors' results when checked on their own."""
    folder = tmp_path_factory.mktemp("goods")
    _write_goods(folder)
    report = run([folder], RunConfig(rubric=RUBRIC, now=NOW, jobs=1))
    results = {Path(r.source).stem: _summary(r) for r in report.results}
    assert {k: v[1] for k, v in results.items()} == dict.fromkeys(GOOD_IDS, "pass")
    return results


def _check(folder: Path, name: str, content: bytes, good_results: dict[str, tuple[Any, ...]]) -> list[Result]:
    """The results of the hostile file ``name`` checked beside the good descriptors, which keep theirs."""
    _write_goods(folder)
    (folder / name).write_bytes(content)
    report = run([folder], RunConfig(rubric=RUBRIC, now=NOW, jobs=1))
    goods = {Path(r.source).stem: _summary(r) for r in report.results if Path(r.source).stem in GOOD_IDS}
    assert goods == good_results
    for render in (text.render, json_report.render, html.render, excel.render):
        assert render(report)
    hostile = [r for r in report.results if Path(r.source).stem not in GOOD_IDS]
    assert hostile
    for result in hostile:
        assert all(f.rule in RULES_BY_ID and not f.rule.startswith("MC-EN-") for f in result.findings), result.findings
    return hostile


def _only(results: list[Result], rule: str) -> Finding:
    """The single finding of ``rule`` on a single result."""
    assert len(results) == 1, [r.source for r in results]
    found = [f for f in results[0].findings if f.rule == rule]
    assert len(found) == 1, results[0].findings
    return found[0]


def _refused(results: list[Result], rule: str) -> Finding:
    """The one finding of a hostile file that was not read."""
    assert len(results) == 1 and results[0].status == "error", [(r.status, r.findings) for r in results]
    assert [f.rule for f in results[0].findings] == [rule], results[0].findings
    return results[0].findings[0]


def _json(data: Any) -> bytes:
    return json.dumps(data, indent=1).encode()


# ------------------------------------------------------------------------------- numbers


def test_json_integer_of_5000_digits_is_located(tmp_path: Path, good_results: dict[str, tuple[Any, ...]]) -> None:
    content = _json(_good("huge-json")).replace(b'"ects": 5', b'"ects": ' + b"9" * 5000)
    finding = _refused(_check(tmp_path, "huge.json", content, good_results), "MC-LD-007")
    assert finding.origin is not None and finding.origin.pointer == "/workload/ects"
    assert "5,000 digits" in finding.message


def test_yaml_integer_of_5000_digits_is_located_with_its_line(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    content = (HEAD + "workload: {ects: " + "9" * 5000 + ", hours: 140}\n").encode()
    finding = _refused(_check(tmp_path, "huge.yaml", content, good_results), "MC-LD-007")
    assert finding.origin is not None
    assert (finding.origin.pointer, finding.origin.line) == ("/workload/ects", 3)


@pytest.mark.parametrize(
    ("literal", "digits"),
    [("0x" + "f" * 300, "302"), ("0o" + "7" * 400, "402"), ("-" + "9" * 400, "400")],
    ids=["hex", "octal", "400-digits"],
)
def test_yaml_integers_beyond_a_double_are_refused_without_computing_them(literal: str, digits: str) -> None:
    [document] = yaml_.load((HEAD + f"extensions: {{n: {literal}}}\n").encode(), "x.yaml")
    [finding] = document.findings
    assert document.data is None and finding.rule == "MC-LD-007" and f"{digits} digits" in finding.message
    assert finding.origin is not None and (finding.origin.pointer, finding.origin.line) == ("/extensions/n", 3)


def test_a_long_sexagesimal_yaml_1_1_number_is_text_not_computed() -> None:
    [document] = yaml_.load((HEAD + "extensions: {n: 1" + ":00" * 100_000 + "}\n").encode(), "x.yaml")
    assert not document.findings and document.data["extensions"]["n"] == "1" + ":00" * 100_000


def test_a_huge_integer_as_a_yaml_key_is_refused() -> None:
    [document] = yaml_.load((HEAD + "extensions:\n  ? " + "9" * 5000 + "\n  : x\n").encode(), "x.yaml")
    assert document.data is None and [f.rule for f in document.findings] == ["MC-LD-007"]


def test_json_integer_beyond_a_double_is_refused() -> None:
    [document] = json_.load(
        b'{"descriptor_version": "1.0", "id": "x", "workload": {"ects": 1' + b"0" * 400 + b"}}", "x.json"
    )
    assert [f.rule for f in document.findings] == ["MC-LD-007"]
    assert document.findings[0].origin is not None and document.findings[0].origin.pointer == "/workload/ects"


@pytest.mark.parametrize("escape", ["\\U00110000", "\\U7FFFFFFF", "\\UFFFFFFFF"])
@pytest.mark.parametrize("where", ["value", "key"])
def test_a_yaml_escape_beyond_unicode_refuses_its_document_only(escape: str, where: str) -> None:
    """PyYAML's scanner (which re-reads a file libyaml refused) raised ValueError on it: an internal error
    that lost every document of the stream."""
    bad = f'title: "{escape}"\n' if where == "value" else f'"{escape}": 1\n'
    stream = HEAD + "---\n" + HEAD + bad + "---\n" + HEAD
    documents = yaml_.load(stream.encode(), "x.yaml")
    assert [d.data is None for d in documents] == [False, True, False]
    [finding] = documents[1].findings
    assert finding.rule == "MC-LD-002" and "invalid Unicode character escape" in finding.message
    assert finding.origin is not None and finding.origin.line == 2 * HEAD.count("\n") + 2


@pytest.mark.parametrize(
    ("name", "number"),
    [("exp.json", "1e999"), ("nan.json", "NaN"), ("huge.json", "9" * 4001), ("inf.yaml", ".inf"), ("e.yaml", "1e999")],
)
def test_a_file_refused_for_one_number_is_placed_at_that_number(tmp_path: Path, name: str, number: str) -> None:
    """Not at line 1, column 1: the refusal names the number's place in its origin."""
    if name.endswith(".json"):
        content = '{\n "descriptor_version": "1.0",\n "id": "x",\n "workload": {\n  "ects": ' + number + "\n }\n}\n"
        line = 5
    else:
        content = HEAD + "workload:\n  ects: " + number + "\n"
        line = 4
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report = run([str(path)], RunConfig(rubric=load_rubric(), now=NOW, jobs=1))
    [finding] = report.results[0].findings
    assert finding.rule in ("MC-LD-002", "MC-LD-007")
    assert finding.line == line and finding.column is not None and finding.column > 1


def test_large_ordinary_numbers_are_read() -> None:
    [document] = json_.load(
        b'{"descriptor_version": "1.0", "id": "x", "extensions": {"n": 1' + b"0" * 300 + b"}}", "x.json"
    )
    assert document.findings == [] and document.data["extensions"]["n"] == 10**300


# ------------------------------------------------------------------------------- YAML aliases


def _billion_laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, current in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{current}: &{current} [" + ",".join([f"*{previous}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def test_billion_laughs_is_refused_by_the_value_budget(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    content = _billion_laughs()
    assert len(content) < 600
    finding = _refused(_check(tmp_path, "laughs.yaml", content, good_results), "MC-LD-005")
    # Counted, not timed: reading the file is a few thousand calls; walking its 9**9 values would be billions.
    made, (refused,) = calls(yaml_.load, content, "laughs.yaml", most=100_000)
    assert made < 100_000 and [f.rule for f in refused.findings] == ["MC-LD-005"], "the expansion was walked"
    assert "more than 200,000 values" in finding.message and "(max-nodes)" in finding.message
    # a to e hold 74,733 values; /f/0 is e again (66,430), and /f/1 passes 200,000.
    assert finding.origin is not None and finding.origin.pointer == "/f/1"


def test_a_large_anchor_used_everywhere_is_refused_by_the_text_budget(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    offer = yaml.safe_dump(_good("alias-text"), sort_keys=False)
    text_ = offer.replace("summary:\n", "big: &big " + "data " * 200_000 + "\nsummary:\n", 1)
    start, end = text_.index("learning_outcomes:"), text_.index("workload:")
    text_ = text_[:start] + "learning_outcomes:\n" + "- *big\n" * 1000 + text_[end:]
    finding = _refused(_check(tmp_path, "amplified.yaml", text_.encode(), good_results), "MC-LD-005")
    assert "with its YAML aliases written out" in finding.message and "(max-bytes)" in finding.message
    assert finding.origin is not None and finding.origin.pointer == "/learning_outcomes/4"


@pytest.mark.parametrize("content", [b"a: &a [*a]\n", b"&a {x: {y: *a}}\n"], ids=["list", "mapping"])
def test_an_alias_inside_its_own_anchor_is_refused(content: bytes) -> None:
    [document] = yaml_.load(content, "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-004" and "contains itself" in finding.message


def test_aliases_nesting_beyond_the_depth_limit_are_refused_at_the_first_deep_place() -> None:
    chain = "l0: &l0 [x]\n" + "".join(f"l{i}: &l{i} [*l{i - 1}]\n" for i in range(1, 70))
    [document] = yaml_.load(chain.encode(), "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-004" and f"more than {MAX_DEPTH} levels deep" in finding.message
    assert finding.origin is not None and finding.origin.pointer == "/l62/0"


def test_merge_keys_repeated_level_upon_level_stay_small() -> None:
    lines = ["a: &a {k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9}"]
    for previous, current in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{current}: &{current} {{<<: [" + ",".join([f"*{previous}"] * 9) + "]}")
    content = (HEAD.replace("id: hostile\n", "id: merges\n") + "\n".join(lines) + "\n").encode()
    # Counted, not timed: a few thousand calls; merging each level's nine copies anew would be 9**8 merges.
    made, [document] = calls(yaml_.load, content, "x.yaml", most=100_000)
    assert made < 100_000
    assert document.data["i"] == {f"k{n}": n for n in range(1, 10)}


def test_depth_and_non_finite_are_linear_on_shared_values() -> None:
    value: Any = ["lol"] * 9
    for _ in range(9):
        value = [value] * 9  # 9^10 values once expanded, 10 distinct lists
    # Counted, not timed: each distinct list is looked at once (about a thousand calls), not each of 9**10 uses.
    made, deepest = calls(depth, value, most=10_000)
    assert deepest == 11 and made < 10_000
    made, found = calls(common.non_finite, value, most=10_000)
    assert found is None and made < 10_000


# ------------------------------------------------------------------------------- large texts


def _mapping_lines(count: int) -> str:
    return "".join(f"  key{i:07d}: value number {i} of a long mapping\n" for i in range(count))


def test_large_invalid_yaml_reports_libyaml_s_error_at_the_last_line(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    content = (HEAD + "extensions:\n" + _mapping_lines(99_000) + "  broken: [unclosed, : }\n").encode()
    assert 4_500_000 < len(content) < 5 * 1024 * 1024
    finding = _refused(_check(tmp_path, "invalid.yaml", content, good_results), "MC-LD-002")
    assert finding.origin is not None and finding.origin.line == 3 + 99_000 + 1
    assert f"invalid YAML at line {3 + 99_000 + 1}" in finding.message


def test_a_flow_list_of_a_million_values_stops_at_the_budget(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    content = (HEAD + "extensions: {n: [" + "1, " * 1_600_000 + "1]}\n").encode()
    finding = _refused(_check(tmp_path, "flow.yaml", content, good_results), "MC-LD-005")
    assert finding.origin is not None and finding.origin.line == 3
    assert "reading stopped at line 3" in finding.message


def test_a_syntax_error_after_the_budget_is_still_reported_first() -> None:
    text_ = HEAD + "extensions:\n" + "".join(f"  key{i:07d}: value\n" for i in range(245_000)) + "  broken: [, : }\n"
    [document] = yaml_.load(text_.encode(), "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-002" and finding.origin is not None and finding.origin.line == 3 + 245_000 + 1


def test_a_5_mb_yaml_mapping_stops_at_the_budget_with_its_line(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    content = (HEAD + "".join(f"k{i:07d}: v\n" for i in range(416_000))).encode()
    finding = _refused(_check(tmp_path, "mapping.yaml", content, good_results), "MC-LD-005")
    # Values: the mapping, the two header values, then one per key; the 200,001st is on line 200,000.
    assert finding.origin is not None and finding.origin.line == 200_000


def test_a_mapping_that_may_be_over_the_budget_is_read_by_libyaml_events_and_counted() -> None:
    text_ = HEAD + "extensions:\n" + "".join(f"  k{i}: [1, 2]\n" for i in range(7_000))
    limits = Limits(max_nodes=50_000)  # 21,004 values, but a text that could hold more than 50,000
    assert not yaml_._composer_is_safe(text_, limits.max_nodes)
    [document] = yaml_.load(text_.encode(), "x.yaml", limits)
    assert document.findings == [] and len(document.data["extensions"]) == 7_000
    [refused] = yaml_.load(text_.encode(), "x.yaml", Limits(max_nodes=21_003))
    assert [f.rule for f in refused.findings] == ["MC-LD-005"]


@pytest.mark.parametrize(
    "text_",
    ["- " * 100_000 + "x\n", "".join(" " * i + "a:\n" for i in range(3000)) + "b: 1\n"],
    ids=["compact-sequences", "indented-mappings"],
)
def test_deep_block_nesting_never_reaches_libyaml_s_composer(text_: str) -> None:
    assert not yaml_._composer_is_safe(text_, Limits().max_nodes)
    [document] = yaml_.load(text_.encode(), "x.yaml")
    assert [f.rule for f in document.findings] in (["MC-LD-004"], ["MC-LD-002"])


def test_a_raw_control_character_in_yaml_is_located() -> None:
    [document] = yaml_.load((HEAD + 'title: {en: "a\x01b"}\n').encode(), "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-002" and finding.origin is not None and finding.origin.line == 3
    assert "U+0001" in finding.message


# ------------------------------------------------------------------------------- duplicate keys


def test_json_duplicate_keys_are_errors_at_the_object_and_the_last_value_is_read(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    data = _good("dup-json")
    content = (
        _json(data)
        .replace(b'"ects": 5', b'"ects": 4, "ects": 5, "ects": 5')
        .replace(b'"id": "dup-json"', b'"id": "first", "id": "dup-json"')
    )
    [result] = _check(tmp_path, "duplicate.json", content, good_results)
    assert result.status == "fail" and result.id == "dup-json"
    found = sorted((f.pointer, f.message) for f in result.findings if f.rule == "MC-LD-008")
    assert [pointer for pointer, _ in found] == ["", "/workload"]
    assert "the key 'id' is given more than once in the top-level object" in found[0][1]
    assert "the key 'ects' is given more than once in the object at /workload" in found[1][1]
    assert {f.rule for f in result.findings} == {"MC-LD-008"}


def test_yaml_duplicate_keys_name_the_line_of_the_repeat(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    offer = yaml.safe_dump(_good("dup-yaml"), sort_keys=False)
    content = offer.replace("kind: offer\n", "kind: offer\nkind: offer\n", 1).encode()
    line = offer.splitlines().index("kind: offer") + 2
    finding = _only(_check(tmp_path, "duplicate.yaml", content, good_results), "MC-LD-008")
    assert finding.pointer == "" and finding.origin is not None and finding.origin.line == line
    assert "'kind'" in finding.message and f"(again at line {line})" in finding.message


def test_yaml_merge_keys_are_not_repeats() -> None:
    [document] = yaml_.load((HEAD + "base: &b {ects: 4, hours: 110}\nworkload: {<<: *b, ects: 5}\n").encode(), "x.yaml")
    assert document.findings == [] and document.data["workload"] == {"ects": 5, "hours": 110}


def test_duplicates_in_one_descriptor_of_a_list_go_to_that_descriptor() -> None:
    documents = json_.load(
        b'[{"descriptor_version": "1.0", "id": "a"}, {"descriptor_version": "1.0", "id": "b", "id": "c"}]', "x.json"
    )
    assert [[f.rule for f in d.findings] for d in documents] == [[], ["MC-LD-008"]]


def test_duplicates_in_a_foreign_document_are_reported_on_what_it_gives() -> None:
    badge = Path(__file__).resolve().parents[1] / "fixtures" / "importers" / "ob3" / "bare-achievement.json"
    text_ = badge.read_text(encoding="utf-8")
    documents = json_.load(
        text_.replace('"type": "Achievement",', '"type": "Badge", "type": "Achievement",', 1).encode(), badge.name
    )
    assert documents and all(d.imported_from for d in documents)
    for document in documents:
        [finding] = [f for f in document.findings if f.rule == "MC-LD-008"]
        assert finding.pointer == "" and "'type'" in finding.message


# ------------------------------------------------------------------------------- unusual characters


def test_lone_surrogates_are_errors_and_replaced_so_every_report_renders(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    data = _good("surrogate")
    data["title"]["en"] = "Data SURROGATE Ethics"
    data["extensions"] = {"keySURROGATE": "x"}
    content = _json(data).replace(b"SURROGATE", b"\\ud800")
    [result] = _check(tmp_path, "surrogate.json", content, good_results)
    found = sorted((f.pointer, f.severity.value) for f in result.findings if f.rule == "MC-LD-007")
    assert found == [("/extensions/key\ufffd", "error"), ("/title/en", "error")]
    assert result.data is not None and result.data["title"]["en"] == "Data \ufffd Ethics"
    assert "key\ufffd" in result.data["extensions"]
    json.dumps(result.data, ensure_ascii=False).encode("utf-8")


def test_lone_surrogates_in_yaml_escapes(tmp_path: Path, good_results: dict[str, tuple[Any, ...]]) -> None:
    offer = yaml.safe_dump(_good("surrogate-yaml"), sort_keys=False, width=1000)
    content = offer.replace("en: Data Ethics in Practice", 'en: "Data \\ud800 Ethics"', 1).encode()
    finding = _only(_check(tmp_path, "surrogate.yaml", content, good_results), "MC-LD-007")
    assert finding.pointer == "/title/en" and finding.origin is not None
    assert finding.origin.line == offer.splitlines().index("  en: Data Ethics in Practice") + 1


@pytest.mark.parametrize(
    ("escaped", "code"),
    [
        ("\\u0000", "U+0000"),
        ("\\u001b[31m", "U+001B"),
        ("\\u007f", "U+007F"),
        ("\\u009b", "U+009B"),
        ("\\u000b", "U+000B"),
    ],
    ids=["nul", "esc", "del", "csi", "vt"],
)
def test_control_characters_in_a_json_title_and_id_are_errors(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]], escaped: str, code: str
) -> None:
    data = _good("control")
    data["title"]["en"] = "Data CTL Ethics"
    content = (
        _json(data)
        .replace(b"CTL", escaped.encode())
        .replace(b'"id": "control"', b'"id": "con' + escaped.encode() + b'trol"')
    )
    [result] = _check(tmp_path, "control.json", content, good_results)
    found = sorted((f.pointer, f.severity.value, f.element) for f in result.findings if f.rule == "MC-LD-007")
    assert found == [("/id", "error", None), ("/title/en", "error", "title")]
    assert all(code in f.message for f in result.findings if f.rule == "MC-LD-007")
    assert result.status == "fail" and result.elements["title"] == "invalid"


def test_control_characters_in_yaml_escapes_have_their_line() -> None:
    [document] = yaml_.load((HEAD + 'title: {en: "Data\\x00\\e[2J Ethics"}\n').encode(), "x.yaml")
    [finding] = document.findings
    assert (finding.rule, finding.pointer, finding.origin.line if finding.origin else None) == (
        "MC-LD-007",
        "/title/en",
        3,
    )
    assert "U+0000, U+001B" in finding.message


def test_tabs_and_line_breaks_are_ordinary_text() -> None:
    [document] = json_.load(
        b'{"descriptor_version": "1.0", "id": "x", "summary": {"en": "a\\tb\\nc\\r\\nd"}}', "x.json"
    )
    assert document.findings == []


def test_bidirectional_overrides_are_warnings_and_marks_are_not(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    data = _good("bidi")
    data["title"]["en"] = "Data \u202eEthics\u202c"
    data["title"]["ar"] = "\u0623\u062e\u0644\u0627\u0642\u064a\u0627\u062a \u200fData\u200f"
    data["summary"]["en"] = "Isolated \u2066text\u2069"
    [result] = _check(tmp_path, "bidi.json", json.dumps(data, ensure_ascii=False).encode(), good_results)
    found = sorted((f.rule, f.pointer, f.severity.value) for f in result.findings if f.rule.startswith("MC-LD"))
    assert found == [("MC-LD-009", "/summary/en", "warning"), ("MC-LD-009", "/title/en", "warning")]
    title = next(f for f in result.findings if f.pointer == "/title/en")
    assert "U+202C (POP DIRECTIONAL FORMATTING), U+202E (RIGHT-TO-LEFT OVERRIDE)" in title.message


def test_findings_about_texts_are_capped_per_rule() -> None:
    data = {"descriptor_version": "1.0", "id": "x", "extensions": {f"k{i}": "a\u0007" for i in range(100)}}
    [document] = json_.load(json.dumps(data).encode(), "x.json")
    assert len(document.findings) == common.MAX_TEXT_FINDINGS + 1
    assert document.findings[-1].message.startswith(f"{100 - common.MAX_TEXT_FINDINGS} more places")


def test_texts_in_a_jwt_payload_are_checked() -> None:
    import base64

    payload = base64.urlsafe_b64encode(b'{"descriptor_version": "1.0", "id": "a\\u0000b"}').rstrip(b"=")
    documents = jwt_.load(b"eyJhbGciOiJub25lIn0." + payload + b".", "x.jwt")
    assert [(f.rule, f.pointer) for d in documents for f in d.findings if f.rule == "MC-LD-007"] == [
        ("MC-LD-007", "/id")
    ]


# ------------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_utf16_and_utf32_with_a_bom_are_read(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]], codec: str, suffix: str
) -> None:
    data = _good("wide-text")
    data["title"]["en"] = "Éthique des données 🌍"
    body = json.dumps(data, ensure_ascii=False) if suffix == ".json" else yaml.safe_dump(data, allow_unicode=True)
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    [result] = _check(tmp_path, "wide" + suffix, bom + body.encode(codec), good_results)
    assert (result.status, result.findings) == ("pass", [])
    assert result.data is not None and result.data["title"]["en"] == "Éthique des données 🌍"


def test_utf16_without_a_bom_is_read_by_its_nul_bytes_as_yaml_tells_it() -> None:
    [document] = json_.load('{"descriptor_version": "1.0", "id": "x"}'.encode("utf-16-le"), "x.json")
    assert document.data == {"descriptor_version": "1.0", "id": "x"} and not document.findings


def test_broken_utf16_names_its_line() -> None:
    raw = codecs.BOM_UTF16_LE + "a: 1\nb: 2\n".encode("utf-16-le") + b"\x00\xd8" + "c\n".encode("utf-16-le")
    [document] = yaml_.load(raw, "x.yaml")
    [finding] = document.findings
    assert finding.rule == "MC-LD-001" and "not valid UTF-16" in finding.message
    assert finding.origin is not None and finding.origin.line == 3


def test_a_bom_with_only_blanks_is_empty() -> None:
    [document] = yaml_.load(codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "x.yaml")
    assert [f.rule for f in document.findings] == ["MC-LD-006"]


# ------------------------------------------------------------------------------- budgets of Limits


DESCRIPTOR = {
    "descriptor_version": "1.0",
    "id": "budget",
    "learning_outcomes": [{"en": "Apply it."} for _ in range(3)],
    "extensions": {"a": {"b": {"c": "deep"}}, "note": "x" * 40},
}


@pytest.mark.parametrize(
    ("limits", "rule", "pointer", "phrase"),
    [
        (
            Limits(max_string_chars=30),
            "MC-LD-005",
            "/extensions/note",
            "40 characters, over the limit of 30 (max-string-chars)",
        ),
        (Limits(max_list_items=2), "MC-LD-005", "/learning_outcomes", "3 items, over the limit of 2 (max-list-items)"),
        (Limits(max_depth=4), "MC-LD-004", "/extensions/a/b/c", "more than 4 levels deep"),
        (Limits(max_nodes=8), "MC-LD-005", "/learning_outcomes/2", "more than 8 values"),
    ],
    ids=["string", "list", "depth", "nodes"],
)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_each_budget_is_a_located_finding_naming_its_limit(
    limits: Limits, rule: str, pointer: str, phrase: str, fmt: str
) -> None:
    if fmt == "json":
        documents = json_.load(json.dumps(DESCRIPTOR).encode(), "x.json", limits)
    else:
        documents = yaml_.load(yaml.safe_dump(DESCRIPTOR, sort_keys=False).encode(), "x.yaml", limits)
    [document] = documents
    [finding] = document.findings
    assert document.data is None and finding.rule == rule and phrase in finding.message
    assert finding.origin is not None
    if fmt == "yaml" and limits.max_nodes == 8:
        assert finding.origin.line == 6  # counted while composing: the line where reading stopped
    else:
        assert finding.origin.pointer == pointer


def test_a_yaml_stream_of_100k_documents_is_refused_before_it_becomes_100k_results(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    content = b"".join(b"---\nid: d%d\n" % i for i in range(100_000))
    finding = _refused(_check(tmp_path, "stream.yaml", content, good_results), "MC-LD-005")
    assert "100,000 YAML documents, over the limit of 10,000 (max-documents)" in finding.message


def test_a_yaml_stream_of_100k_broken_documents_is_refused_quickly_by_max_documents(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each broken document costs only itself, and the stream is read on after it: past max-documents the
    # rest are counted, not parsed one by one. The parser runs on the stream are counted.
    content = b"".join(b"---\nid: [d%d\n" % i for i in range(100_000))
    runs: list[int] = []
    read_stream = yaml_.read_stream

    def counting_stream(text: str, read: Any, refuse: Any, enough: Any = None) -> int:
        runs.append(0)

        def counting_read(part: str, start: int, lines: int) -> Any:
            runs[-1] += 1
            return read(part, start, lines)

        return read_stream(text, counting_read, refuse, enough)

    monkeypatch.setattr(yaml_, "read_stream", counting_stream)
    finding = _refused(_check(tmp_path, "broken-stream.yaml", content, good_results), "MC-LD-005")
    stream = max(runs)  # the hostile file's (the good descriptors are one document each)
    assert stream <= Limits().max_documents + 1, stream
    assert "100,000 YAML documents, over the limit of 10,000 (max-documents)" in finding.message


def test_a_yaml_stream_with_a_broken_document_checks_the_others_beside_the_good_files(
    tmp_path: Path, good_results: dict[str, tuple[Any, ...]]
) -> None:
    good = yaml.safe_dump(_good("in-stream"), allow_unicode=True, sort_keys=False)
    content = f"---\n{good}---\nid: [broken\n---\n{good}".encode()
    results = _check(tmp_path, "stream.yaml", content, good_results)
    assert [r.status for r in results] == ["pass", "error", "pass"]
    [finding] = results[1].findings
    line = good.count("\n") + 3  # the line the bracket is left open on, at its end
    assert finding.rule == "MC-LD-002" and finding.line == line and finding.column == len("id: [broken") + 1


def test_a_list_of_descriptors_is_bounded_by_max_documents() -> None:
    items = [{"descriptor_version": "1.0", "id": f"d{i}"} for i in range(3)]
    assert len(json_.load(json.dumps(items).encode(), "x.json", Limits(max_documents=3))) == 3
    [refused] = json_.load(json.dumps(items).encode(), "x.json", Limits(max_documents=2))
    assert [f.rule for f in refused.findings] == ["MC-LD-005"] and "(max-documents)" in refused.findings[0].message


def test_the_budgets_admit_the_descriptor_at_their_defaults() -> None:
    [document] = json_.load(json.dumps(DESCRIPTOR).encode(), "x.json")
    assert document.findings == [] and document.data == DESCRIPTOR


def test_every_budget_is_a_documented_limit() -> None:
    from dataclasses import fields

    named = {f.name: f for f in fields(Limits)}
    assert next(iter(named)) == "max_bytes"
    for name in ("max_nodes", "max_depth", "max_string_chars", "max_list_items", "max_documents"):
        assert named[name].metadata["help"], name
    assert Limits().max_depth == MAX_DEPTH


def test_a_multi_document_stream_shares_one_budget() -> None:
    stream = "---\n".join(yaml.safe_dump(dict(DESCRIPTOR, id=f"d{i}")) for i in range(3))
    # 15 values a document: 45 in the file.
    assert len(yaml_.load(stream.encode(), "x.yaml", Limits(max_nodes=45))) == 3
    [refused] = yaml_.load(stream.encode(), "x.yaml", Limits(max_nodes=44))
    assert [f.rule for f in refused.findings] == ["MC-LD-005"]


# ------------------------------------------------------------------------------- properties

PROPERTIES = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
_ODD = st.sampled_from(
    [
        "\ud800",
        "\udfff",
        "\x00",
        "\x1b",
        "\x7f",
        "\x85",
        "\x9b",
        "\u202e",
        "\u2066",
        "\u200f",
        "\t",
        "\n",
        "é",
        "🌍",
        '"',
        "\\",
        "&a",
        "*a",
        ": ",
        "- ",
        "#",
    ]
)
_TEXT = st.one_of(st.text(max_size=20), st.lists(st.one_of(_ODD, st.text(max_size=3)), max_size=6).map("".join))
# Integers of hundreds or thousands of digits are written in by placeholder: Hypothesis itself cannot print them.
_DIGITS = st.integers(min_value=300, max_value=6000).map(lambda n: f"<digits {n}>")
_HUGE = re.compile(r"""["']?<digits (\d+)>["']?""")
_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), _TEXT, _DIGITS
)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=5), st.dictionaries(_TEXT, children, max_size=5)),
    max_leaves=25,
)


def _answered(documents: list[Document]) -> None:
    assert documents
    for document in documents:
        assert all(f.rule in RULES_BY_ID for f in document.findings), document.findings
        for finding in document.findings:
            json.dumps(finding.to_dict(), ensure_ascii=False).encode("utf-8")
        if document.data is not None:
            json.dumps(document.data, ensure_ascii=False, default=str).encode("utf-8")


def _huge_numbers(text_: str) -> str:
    return _HUGE.sub(lambda m: "9" * int(m.group(1)), text_)


def _dump_json(value: Any, ascii_only: bool) -> bytes:
    return _huge_numbers(json.dumps(value, ensure_ascii=ascii_only)).encode("utf-8", "surrogatepass")


@PROPERTIES
@given(_VALUES, st.booleans(), st.booleans())
def test_json_loader_answers_any_json_value(value: Any, ascii_only: bool, as_descriptor: bool) -> None:
    if as_descriptor:
        value = {"descriptor_version": "1.0", "id": "generated", "extensions": value}
    _answered(json_.load(_dump_json(value, ascii_only), "generated.json"))


_YAML_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "1",
        "0x1f",
        "1:30",
        "9" * 500,
        ".inf",
        "~",
        "yes",
        "- ",
        ": ",
        "? ",
        ", ",
        "[",
        "]",
        "{",
        "}",
        "\n",
        "  ",
        "&x ",
        "*x",
        "<<: ",
        "<<: *x",
        "---\n",
        "...\n",
        "!!python/object:os.system ",
        "!!binary ",
        "|\n  ",
        ">\n  ",
        '"\\x00"',
        '"\\ud800"',
        '"\\e"',
        "'q'",
        "#c",
        "\u202e",
        "\t",
        "%YAML 1.1\n",
        "descriptor_version: '1.0'\n",
        "id: x\n",
    ]
)


@PROPERTIES
@given(st.lists(_YAML_PIECES, max_size=40).map("".join))
def test_yaml_loader_answers_any_yaml_like_text(text_: str) -> None:
    _answered(yaml_.load(text_.encode("utf-8", "surrogatepass"), "generated.yaml"))


@PROPERTIES
@given(_VALUES)
def test_yaml_loader_answers_what_a_yaml_writer_writes(value: Any) -> None:
    try:
        text_ = yaml.safe_dump(
            {"descriptor_version": "1.0", "id": "generated", "extensions": value}, allow_unicode=True, width=10**6
        )
        raw = _huge_numbers(text_).encode("utf-8")
    except (ValueError, UnicodeEncodeError, yaml.YAMLError):
        return  # a value the writer itself cannot write (a 5,000-digit integer, a surrogate)
    documents = yaml_.load(raw, "generated.yaml")
    _answered(documents)


@PROPERTIES
@given(st.binary(max_size=3000))
def test_text_loaders_answer_any_bytes(raw: bytes) -> None:
    for load, name in ((json_.load, "x.json"), (yaml_.load, "x.yaml"), (jwt_.load, "x.jwt")):
        _answered(load(raw, name))


@PROPERTIES
@given(_VALUES)
def test_text_findings_leave_no_surrogate_behind(value: Any) -> None:
    data = {"descriptor_version": "1.0", "id": "generated", "extensions": copy.deepcopy(value)}
    if common.screen([data], "x", "json", Limits()) is not None:
        return
    common.text_findings(data)
    json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
