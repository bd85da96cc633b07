"""MC-LV-001 does not call a level missing that is given in the wrong form.

Found by a mutation sweep under the EMC profile (``required: true``): ``level: {eqf: "EQF 6"}``,
``level: 6`` and ``level: "EQF 6"`` were reported by the schema rule (with the form to write) and also
as "no EQF level is given", which is not so.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.rules.cases import RULE_FIXTURES, Case, run_case


def messages(level: Any) -> list[str]:
    """MC-LV-001's messages, with an EQF level required, on the good offer with ``level`` set."""
    spec = {"id": "lv", "set": {"/level": level}, "options": {"required": True}}
    return [str(f.message) for f in run_case(Case("MC-LV-001", "lv", spec, RULE_FIXTURES / "MC-LV-001.yaml"))]


@pytest.mark.parametrize("level", [{"eqf": "EQF 6"}, {"eqf": "VI"}, {"eqf": 6.5}, 6, "EQF 6"])
def test_a_level_written_in_the_wrong_form_is_not_called_missing(level: Any) -> None:
    assert messages(level) == []


@pytest.mark.parametrize("level", [{"nqf": {"framework": "NLQF", "level": 6}}, {"eqf": None}, {}])
def test_a_level_without_an_eqf_level_is_still_reported(level: Any) -> None:
    assert messages(level) == ["no EQF level is given, and this profile requires one"]
