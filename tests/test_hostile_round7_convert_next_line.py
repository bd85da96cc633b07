"""Hostile round seven: ``convert --to yaml`` writes every text so that reading the YAML back gives it again.

PyYAML writes a NEL (U+0085, the next-line control of Latin-1 text and EBCDIC exports) as it is in a plain or
literal block scalar, and reads it back as a line break (or, folded, a space): a title "Data\\x85Ethics" came
back from its converted YAML as "Data Ethics", and an outcome of two lines with one as three. Such a text is
now written in double quotes, where the NEL is the escape ``\\N``.
"""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker.convert import _yaml
from tests.conftest import baseline

TEXTS = ("Data\x85Ethics", "Apply the law.\nEvaluate\x85the model.", "\x85", "0788\x85", " \x85 ", "a\n\x85\n")


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_with_a_next_line_reads_back_as_written(run_cli, tmp_path, text: str) -> None:
    data = baseline()
    data["title"] = {"en": text, "nl": "Titel"}
    data["learning_outcomes"][0] = {"en": text}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("convert", str(source), "--to", "yaml", "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code in (0, 1), result.output
    back = yaml.safe_load((tmp_path / "out.yaml").read_text(encoding="utf-8"))
    assert back["title"]["en"] == text and back["learning_outcomes"][0]["en"] == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\t\r\x85\u2028\u2029\ufeff#:-'\"0"), max_size=12))
def test_any_text_of_line_breaks_and_yaml_signs_reads_back_as_written(text: str) -> None:
    assert yaml.safe_load(_yaml({"t": text}))["t"] == text
