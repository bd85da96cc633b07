"""U+FFFE and U+FFFF, which XML 1.0 cannot hold, never reach report.xlsx.

openpyxl's list of illegal characters covers the control characters only, so a title holding U+FFFF
(a noncharacter some converters leave behind) was written as it is, and Excel found the workbook
damaged. Every part of the workbook must parse as XML whatever a descriptor holds.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from click.testing import CliRunner

from qa_checker.cli import cli

GOOD = yaml.safe_load((Path(__file__).resolve().parents[2] / "qa_checker" / "data" / "good-offer.yaml").read_text())


@pytest.mark.parametrize("odd", ["\uffff", "\ufffe", "\ufdd0\U0010ffff\ue000"])
def test_every_part_of_the_workbook_is_xml_whatever_the_descriptor_holds(tmp_path: Path, odd: str) -> None:
    data = {**GOOD, "id": f"id{odd}", "title": {"en": f"Data {odd} Ethics"}, f"key{odd}": 1}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / f"a{odd}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["audit", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    with zipfile.ZipFile(tmp_path / "out" / "report.xlsx") as book:
        for name in book.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(book.read(name))  # raises on a character XML cannot hold
                assert "\uffff" not in book.read(name).decode() and "\ufffe" not in book.read(name).decode()
