"""Hostile round five: a rubric threshold that documents a rule there is none of.

``rules:`` refused an unknown rule id, but ``thresholds:`` took one silently, and ``qa-checker rules``
then documented a setting of a rule that does not exist. It is now refused at its line, as ``rules:`` is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.errors import RubricError
from qa_checker.rubric import bundled_rubrics, load_rubric

HEAD = (
    "id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nthresholds:\n  - {rule: MC-LO-002, setting: a, source: b}\n"
)


def test_a_threshold_of_an_unknown_rule_is_refused_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD + "  - rule: MC-XX-001\n    setting: a\n    source: b\n", encoding="utf-8")
    with pytest.raises(RubricError) as caught:
        load_rubric(path)
    assert str(caught.value) == f"{path}: line 7: unknown rule 'MC-XX-001' (see 'qa-checker rules' for the list)"


def test_thresholds_of_known_rules_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(HEAD, encoding="utf-8")
    assert load_rubric(path).thresholds[-1]["rule"] == "MC-LO-002"


@pytest.mark.parametrize("name", bundled_rubrics())
def test_every_bundled_rubric_documents_only_rules_there_are(name: str) -> None:
    load_rubric(name)
