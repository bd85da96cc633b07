"""A text written in another but equivalent form is read as the text it shows: decomposed accents (NFD, as macOS and
some exports write them), no-break spaces, tabs and runs of spaces between words (as word processors and catalogue
exports leave them).

Found by a probe that rewrote every text of the 964 clean held-out descriptors in each form and asked for no new
finding: with no-break spaces or double spaces, 70 Italian descriptors had every outcome reported without an
action ("Il partecipante è in grado di ..." was no lead-in), four Spanish summaries "de menos de 15 ECTS" were read as
contradicting the workload (the bound was not read), and in NFD seven pass/fail credentials ("hyväksytty / hylätty",
"ieskaitīts") were asked for a grade.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.heldout import data_findings

ROOT = Path(__file__).resolve().parent
# Clean descriptors of the rounds written in the languages these forms broke (Italian, Spanish, Finnish, Latvian).
FILES = [
    "heldout_rules14/it-unipd-ore-di-impegno-good.yaml",
    "heldout_rules16/it-polimi-trentesimi-30-e-lode-credential-good.yaml",
    "heldout_rules20/es-uned-microcredencial-datos-good.yaml",
    "heldout_rules22/fi-tuni-credential-hyvaksytty-good.json",
    "heldout_rules22/lv-lbtu-credential-ieskaitits-good.json",
    "heldout_rules22/el-uniwa-credential-epityxis-good.json",
]
# Values that are codes, dates or addresses, not texts.
_CODES = {"id", "descriptor_version", "kind", "languages", "country", "region", "url", "further_information"}
_CODES |= {"scheme", "value", "types", "supervision", "mode", "learning_setting", "activity_types", "start", "end"}
_CODES |= {"duration", "field_of_education", "framework", "currency", "last_review", "last_reviewed", "expires"}
_CODES |= {"issue_date", "date_of_birth", "type", "qf_ehea_cycle", "esco"}

FORMS: dict[str, Callable[[str], str]] = {
    "decomposed": lambda text: unicodedata.normalize("NFD", text),
    "no-break spaces": lambda text: text.replace(" ", "\u00a0"),
    "double spaces": lambda text: text.replace(" ", "  "),
    "tabs": lambda text: text.replace(" ", "\t"),
}


def _rewritten(value: Any, form: Callable[[str], str]) -> Any:
    if isinstance(value, dict):
        return {k: v if k in _CODES else _rewritten(v, form) for k, v in value.items()}
    if isinstance(value, list):
        return [_rewritten(v, form) for v in value]
    return form(value) if isinstance(value, str) else value


def _load(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("name", FILES)
def test_a_text_in_another_form_gets_the_findings_of_the_text_it_shows(name: str, form: str) -> None:
    data = _load(name)
    rewritten = _rewritten(data, FORMS[form])
    assert rewritten != data
    assert sorted(data_findings(rewritten)) == sorted(data_findings(data))
