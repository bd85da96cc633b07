"""Waivers: waived findings stay visible but stop counting; stale waivers are findings; bad files exit 2."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from qa_checker.api import check_documents, check_paths
from qa_checker.document import Document
from qa_checker.explain import GOOD_OFFER
from qa_checker.waivers import WaiverError, load_waivers
from tests.conftest import NOW, baseline

VAGUE = "Understand the GDPR principles of lawful processing in data projects."


def flawed() -> dict:
    """The baseline with one vague outcome (MC-LO-002, a warning) and an expired accreditation (MC-QA-002, an error)."""
    data = baseline()
    data["learning_outcomes"][0] = {"en": VAGUE, "nl": "Begrijpen hoe de AVG werkt bij datagedreven projecten."}
    data["quality_assurance"]["accreditations"][0]["expires"] = "2025-01-31"
    return data


def write_waivers(tmp_path: Path, entries: list[dict] | object) -> Path:
    path = tmp_path / "waivers.yaml"
    path.write_text(
        yaml.safe_dump({"waivers": entries} if isinstance(entries, list) else entries, allow_unicode=True),
        encoding="utf-8",
    )
    return path


def entry(**overrides: object) -> dict:
    base = {
        "rule": "MC-QA-002",
        "descriptor": "hva-data-ethics-2026",
        "reason": "Re-accreditation decision due in March.",
        "accepted_by": "QA officer J. de Vries",
        "until": "2027-06-30",
    }
    base.update(overrides)
    return base


def run(data: dict, waivers_path: Path | None, source: str = "offers/data-ethics.yaml"):
    report = check_documents(
        [Document(source=source, data=data, format="yaml")],
        now=NOW,
        waivers=load_waivers(waivers_path) if waivers_path else None,
    )
    return report.results[0]


def test_waived_error_no_longer_fails_but_stays_in_the_output(tmp_path: Path) -> None:
    unwaived = run(flawed(), None)
    assert unwaived.status == "fail"
    result = run(flawed(), write_waivers(tmp_path, [entry()]))
    assert result.status == "pass"
    assert result.score > unwaived.score
    waived = [f for f in result.findings if f.rule == "MC-QA-002"]
    assert len(waived) == 1 and waived[0].waiver is not None
    data = waived[0].to_dict()
    assert data["waived"] is True
    assert data["waiver"] == {
        "reason": "Re-accreditation decision due in March.",
        "accepted_by": "QA officer J. de Vries",
        "until": "2027-06-30",
    }
    assert not [f for f in result.findings if f.rule.startswith("MC-WV")]


def test_waived_finding_shows_in_text_output(tmp_path: Path, run_cli) -> None:
    descriptor = tmp_path / "d.yaml"
    descriptor.write_text(yaml.safe_dump(flawed(), allow_unicode=True), encoding="utf-8")
    waivers = write_waivers(tmp_path, [entry()])
    outcome = run_cli("check", str(descriptor), "--waivers", str(waivers), "--now", NOW.isoformat())
    assert outcome.exit_code == 0, outcome.output
    assert "MC-QA-002" in outcome.output and "(waived)" in outcome.output
    assert "waived: Re-accreditation decision due in March." in outcome.output


def test_expired_waiver_is_a_finding_and_waives_nothing(tmp_path: Path) -> None:
    result = run(flawed(), write_waivers(tmp_path, [entry(until="2026-10-31")]))
    assert result.status == "fail"
    expired = [f for f in result.findings if f.rule == "MC-WV-001"]
    assert len(expired) == 1
    assert "expired on 2026-10-31" in expired[0].message and "waiver 1 in" in expired[0].message
    assert all(f.waiver is None for f in result.findings)


def test_waiver_matching_no_finding_is_a_finding(tmp_path: Path) -> None:
    result = run(baseline(), write_waivers(tmp_path, [entry()]))
    unused = [f for f in result.findings if f.rule == "MC-WV-002"]
    assert len(unused) == 1 and "matches no MC-QA-002 finding" in unused[0].message
    assert result.status == "pass"


def test_descriptor_matched_by_source_glob_and_rule_pattern(tmp_path: Path) -> None:
    waivers = write_waivers(
        tmp_path, [entry(rule="MC-LO-*", descriptor="offers/*.yaml", pointer="/learning_outcomes/0")]
    )
    result = run(flawed(), waivers)
    waived = {f.rule for f in result.findings if f.waiver is not None}
    assert waived == {"MC-LO-002"}
    other = run(flawed(), waivers, source="elsewhere/data-ethics.yaml")
    assert all(f.waiver is None for f in other.findings)


def test_pointer_narrows_the_waiver(tmp_path: Path) -> None:
    result = run(flawed(), write_waivers(tmp_path, [entry(rule="MC-LO-002", pointer="/learning_outcomes/1")]))
    assert all(f.waiver is None for f in result.findings if f.rule == "MC-LO-002")
    assert [f.rule for f in result.findings if f.rule.startswith("MC-WV")] == ["MC-WV-002"]


def test_unmatched_waivers_are_listed_and_reported_by_the_cli(tmp_path: Path, run_cli) -> None:
    waivers_path = write_waivers(tmp_path, [entry(), entry(descriptor="no-such-descriptor")])
    waivers = load_waivers(waivers_path)
    report = check_documents([Document(source="a.yaml", data=flawed(), format="yaml")], now=NOW, waivers=waivers)
    assert [e.number for e in waivers.unmatched(report.results)] == [2]
    offers = tmp_path / "offers"
    offers.mkdir()
    (offers / "d.yaml").write_text(yaml.safe_dump(flawed(), allow_unicode=True), encoding="utf-8")
    # Reported when the run was given a folder: a run given files checks only some descriptors (pre-commit).
    outcome = run_cli("check", str(offers), "--waivers", str(waivers_path), "--now", NOW.isoformat())
    assert "waiver 2 in" in outcome.output and "named no descriptor of this run" in outcome.output


def test_api_accepts_a_path(tmp_path: Path) -> None:
    descriptor = tmp_path / "d.yaml"
    descriptor.write_text(yaml.safe_dump(flawed(), allow_unicode=True), encoding="utf-8")
    report = check_paths([descriptor], now=NOW, waivers=write_waivers(tmp_path, [entry()]))
    assert report.results[0].status == "pass"
    assert json.loads(json.dumps(report.to_dict()))["results"][0]["status"] == "pass"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("waivers: [", "not valid YAML"),
        ("just text", "a waivers file is a list"),
        ({"waivers": [entry(rule="MC-XX-999")]}, "waiver 1: unknown rule 'MC-XX-999'"),
        ({"waivers": [entry(rule="MC-ZZ-*")]}, "matches no rule"),
        ({"waivers": [entry(reason="")]}, "'reason' is required"),
        ({"waivers": [{k: v for k, v in entry().items() if k != "accepted_by"}]}, "'accepted_by' is required"),
        ({"waivers": [entry(until="next year")]}, "'until' must be a date"),
        ({"waivers": [entry(pointer="learning_outcomes")]}, "'pointer' must be a JSON pointer"),
        ({"waivers": [entry(), entry(owner="x")]}, "waiver 2: unknown field owner"),
        ({"waivers": ["MC-LO-002"]}, "must be a mapping"),
    ],
)
def test_malformed_file_is_an_error_naming_it(tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(content if isinstance(content, str) else yaml.safe_dump(content), encoding="utf-8")
    with pytest.raises(WaiverError) as caught:
        load_waivers(path)
    assert str(caught.value).startswith(str(path)) and message in str(caught.value)


def test_malformed_file_exits_2_in_the_cli(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text("waivers:\n  - rule: MC-LO-002\n", encoding="utf-8")
    outcome = run_cli("check", str(GOOD_OFFER), "--waivers", str(path))
    assert outcome.exit_code == 2
    assert str(path) in outcome.output and "'descriptor' is required" in outcome.output


def test_empty_file_has_no_waivers(tmp_path: Path) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text("# nothing waived yet\n", encoding="utf-8")
    assert load_waivers(path).entries == ()


def test_yaml_dates_and_plain_list_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "waivers.yaml"
    path.write_text(
        "- {rule: MC-QA-002, descriptor: x, reason: r, accepted_by: a, until: 2027-01-01}\n", encoding="utf-8"
    )
    assert load_waivers(path).entries[0].until == date(2027, 1, 1)


def test_waiver_texts_are_read_as_written_by_yaml_1_2(tmp_path: Path) -> None:
    """YAML 1.1 read a reason "no", a signer "On" and a descriptor id 0413 as booleans and an octal number."""
    path = tmp_path / "waivers.yaml"
    path.write_text(
        "- {rule: MC-QA-002, descriptor: 0413, reason: no, accepted_by: On, until: 2027-01-01}\n"
        "- {rule: MC-QA-002, descriptor: y, reason: off, accepted_by: yes}\n",
        encoding="utf-8",
    )
    first, second = load_waivers(path).entries
    assert (first.descriptor, first.reason, first.accepted_by, first.until) == ("0413", "no", "On", date(2027, 1, 1))
    assert (second.descriptor, second.reason, second.accepted_by) == ("y", "off", "yes")


@pytest.mark.parametrize(
    "written", ["MC\u2010QA\u2010002", "MC\u2013QA\u2013002", "ＭＣ-ＱＡ-002", "\u200fMC-QA-002", "mc-qa-002"]
)
def test_a_rule_id_typed_as_explain_reads_it_waives_the_rule(tmp_path: Path, written: str) -> None:
    """A rule id with the dashes a word processor puts for hyphens, fullwidth letters or a direction mark names the
    rule 'qa-checker explain' finds by it: a waivers file refused it as an unknown rule."""
    waivers = load_waivers(write_waivers(tmp_path, [entry(rule=written)]))
    assert [w.rule for w in waivers.entries] == ["MC-QA-002"]
    assert run(flawed(), tmp_path / "waivers.yaml").status == "pass"


def test_an_unknown_rule_id_near_a_rule_is_told_the_rule(tmp_path: Path) -> None:
    with pytest.raises(WaiverError) as caught:
        load_waivers(write_waivers(tmp_path, [entry(rule="MC-QA-02")]))
    assert "unknown rule 'MC-QA-02' (did you mean MC-QA-002?)" in str(caught.value)
