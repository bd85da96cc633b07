"""A provider fixes a descriptor by the messages alone: an unknown field that is no misspelling of a known one
(``body`` in an accreditation, where the external QA block says ``body``) gets a hint that names the fields
that object takes, so the provider can see which one was meant (``agent``); the hint for the descriptor's own
top level, which takes too many fields to list, stays as it was. Two neighbouring letters swapped in a short
field name (``mdoe``) are told the field meant, as longer misspellings are."""

from __future__ import annotations

from pathlib import Path

import qa_checker
from qa_checker.findings import Finding
from tests.journey3_data import offer
from tests.reporting.helpers import NOW_TEXT, write_yaml


def _schema_findings(tmp_path: Path, data: dict[str, object]) -> list[Finding]:
    write_yaml(tmp_path / "course.yaml", data)
    (result,) = qa_checker.check_paths([tmp_path], now=NOW_TEXT).results
    return [f for f in result.findings if f.rule == "MC-SC-001"]


def test_an_unknown_field_of_a_small_object_is_told_the_fields_it_takes(tmp_path: Path) -> None:
    data = offer(1)
    accreditation = {"type": "programme-qa", "body": "AQAS", "expires": "2030-06-30"}
    data["quality_assurance"]["accreditations"] = [accreditation]
    (finding,) = _schema_findings(tmp_path, data)
    assert finding.pointer == "/quality_assurance/accreditations/0/body"
    for field in ("agent", "expires", "type"):
        assert f"'{field}'" in finding.hint or f" {field}" in finding.hint, finding.hint
    assert "extensions" in finding.hint


def test_a_misspelling_keeps_its_rename_hint_and_the_top_level_its_own(tmp_path: Path) -> None:
    data = offer(1)
    data["assessment"]["tpyes"] = data["assessment"].pop("types")
    data["participation"]["colour"] = "blue"  # no misspelling of a field participation takes
    data["colour"] = "blue"
    hints = {f.pointer: f.hint for f in _schema_findings(tmp_path, data)}
    assert hints["/assessment/tpyes"].startswith("Rename 'tpyes' to 'types'")
    assert "mode" in hints["/participation/colour"] and "learning_setting" in hints["/participation/colour"]
    assert "learning_outcomes" not in hints["/colour"] and "extensions" in hints["/colour"]


def test_two_letters_swapped_in_a_short_field_name_are_told_the_field(tmp_path: Path) -> None:
    """``mdoe``, ``ecst``, ``efq``: too short for a likeness ratio to tell, but a slip any typist makes."""
    data = offer(1)
    data["participation"]["mdoe"] = data["participation"].pop("mode")
    data["workload"]["ecst"] = data["workload"].pop("ects")
    data["level"]["efq"] = data["level"].pop("eqf")
    found = {f.pointer: f for f in _schema_findings(tmp_path, data)}
    for typo, meant in (("/participation/mdoe", "mode"), ("/workload/ecst", "ects"), ("/level/efq", "eqf")):
        assert found[typo].message.endswith(f"did you mean '{meant}'?"), found[typo].message
        assert found[typo].hint.startswith(f"Rename '{typo.rsplit('/', 1)[1]}' to '{meant}'")


def test_a_name_that_only_shares_its_letters_is_no_misspelling(tmp_path: Path) -> None:
    data = offer(1)
    data["participation"]["edom"] = "x"  # the letters of mode, more than two of them moved
    data["participation"]["di"] = "x"  # too short to tell
    for finding in _schema_findings(tmp_path, data):
        assert "did you mean" not in finding.message, finding.message
