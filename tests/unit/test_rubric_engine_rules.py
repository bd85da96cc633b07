"""A rubric cannot set a rule reported while files are read: it is refused at its line, not silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.errors import RubricError
from qa_checker.findings import Severity
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from tests.unit.test_rubric import write

READ_TIME_RULES = sorted(rule for rule, cls in RULES_BY_ID.items() if cls.engine_only and rule != "MC-SC-001")


@pytest.mark.parametrize("rule", READ_TIME_RULES)
@pytest.mark.parametrize("setting", ["off", "{severity: info}", "{weight: 3}"])
def test_a_rule_reported_while_reading_cannot_be_set(tmp_path: Path, rule: str, setting: str) -> None:
    path = write(
        tmp_path, "mine.yaml", f"id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nrules:\n  {rule}: {setting}\n"
    )
    with pytest.raises(RubricError) as raised:
        load_rubric(str(path))
    assert str(raised.value).startswith(f"{path}: line 6: {rule} is reported while the files are read")


def test_the_schema_rule_is_set_like_any_rule(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.yaml",
        "id: mine\nversion: '1'\ntitle: Mine\nextends: eu-2022\nrules:\n  MC-SC-001: {severity: warning}\n",
    )
    assert load_rubric(str(path)).rules["MC-SC-001"].severity is Severity.WARNING
