"""A provider who misspells a field leaves its element out: the descriptor scores as if the field were left
out (never better), the schema finding names the element it stands for, and the element is reported missing.
A stray misspelling beside the field given is only an extra field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import qa_checker
from tests.journey3_data import offer
from tests.reporting.helpers import NOW_TEXT, write_yaml

# (field, its misspelling, the Annex I element it gives); an optional element left out costs what an extra
# field does (README: "1 of 5 for an optional one or a field outside them"), a mandatory one more.
MISSPELT = [
    ("title", "titel", "title"),
    ("learning_outcomes", "lernergebnisse", "learning_outcomes"),
    ("further_information", "further_informaton", "further_information"),
    ("prerequisites", "prerequisits", "prerequisites"),
]
MANDATORY = {"title", "learning_outcomes"}


def _results(tmp_path: Path, named: dict[str, dict[str, Any]]) -> dict[str, Any]:
    for name, data in named.items():
        write_yaml(tmp_path / f"{name}.yaml", data)
    report = qa_checker.check_paths([tmp_path], now=NOW_TEXT)
    return {Path(r.source).stem: r for r in report.results}


@pytest.mark.parametrize(("field", "typo", "element"), MISSPELT)
def test_a_misspelt_field_scores_as_the_field_left_out(tmp_path: Path, field: str, typo: str, element: str) -> None:
    left_out, misspelt, extra = offer(1), offer(2), offer(3)
    value = left_out.pop(field)
    misspelt[typo] = misspelt.pop(field)
    extra["colour"] = value
    got = _results(tmp_path, {"left-out": left_out, "misspelt": misspelt, "extra": extra})
    assert got["misspelt"].elements[element] == "missing"
    assert got["misspelt"].score == got["left-out"].score <= got["extra"].score
    assert (got["left-out"].score < got["extra"].score) is (element in MANDATORY)
    (finding,) = got["misspelt"].findings
    assert (finding.rule, finding.pointer, finding.element) == ("MC-SC-001", f"/{typo}", element)
    assert f"'{field}'" in finding.message


def test_a_misspelling_beside_the_field_given_is_an_extra_field(tmp_path: Path) -> None:
    both, extra = offer(1), offer(2)
    both["titel"] = "Duurzame ketens"
    extra["colour"] = "Duurzame ketens"
    got = _results(tmp_path, {"both": both, "extra": extra})
    assert got["both"].elements["title"] == "present"
    assert got["both"].score == got["extra"].score
    (finding,) = got["both"].findings
    assert (finding.pointer, finding.element) == ("/titel", None)
