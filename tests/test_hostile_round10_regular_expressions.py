"""Hostile round 10: the patterns that read spreadsheet cells and imported labels finish in linear time.

The rules' patterns are timed on hostile texts in ``tests/hostile/test_text_rules_linear.py``; what the
loaders and importers read before any rule runs is timed here. A run of spaces between two words is the
input that makes a pattern with two overlapping quantifiers backtrack: a vocabulary cell (``kind``,
``participation.mode``, a country) of 3,000 characters took a minute, and an ELM NQF level label of
20,000 characters two and a half seconds, growing with the cube and the square of the length.

No wall-clock limit is asserted: each input is read at two sizes ten times apart in the same process
and the CPU times are compared (linear work takes about ten times as long, quadratic a hundred).
"""

from __future__ import annotations

import csv
import gc
import io
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from qa_checker import check_paths, ids, template
from qa_checker.document import Document
from qa_checker.limits import Limits, OverTime
from qa_checker.loaders import load_file
from qa_checker.runner import time_budget

SMALL, LARGE = 2_000, 20_000
MAX_RATIO = 30
ATTEMPTS = 3
# Reads faster than this are compared as if they took this long: below it the timer's noise decides.
FLOOR = 0.002
ELM = "http://data.europa.eu/snb/model/context/edc-ap"

SHAPES: dict[str, Callable[[int], str]] = {
    "space-run": lambda n: "Written exam" + " " * n + "!",
    "no-break-space-run": lambda n: "Written exam" + "\u00a0" * n + "!",
    "tab-run": lambda n: "Written exam" + "\t" * n + "!",
    "spaces-around-a-dash": lambda n: "Written exam -" + " " * n + "a-",
    "spaces-before-a-weight": lambda n: "Written exam" + " " * n + "60 %!",
    "dashes-and-spaces": lambda n: "Written exam" + " -" * (n // 2),
}

# Columns read as a code of a vocabulary or a list (each goes through the same conversion of labels,
# notes and weights), a date and a level.
COLUMNS = (
    "kind",
    "participation.mode",
    "assessment.types",
    "assessment.supervision",
    "awarding_bodies.0.country",
    "level.nqf.level",
    "participation.schedule.start",
    "price.currency",
)


def _cpu(read: Callable[[Path], object], path: Path) -> float:
    """The CPU time reading ``path`` takes; a read longer than the documented ``seconds`` limit fails the test at once
    (a regression fails rather than hangs)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        with time_budget(Limits().seconds):
            read(path)
        return time.process_time() - start
    except OverTime:
        pytest.fail(f"a read took more than {Limits().seconds} seconds")
    finally:
        gc.enable()


def _grows_linearly(build: Callable[[int], Path], read: Callable[[Path], object]) -> tuple[bool, str]:
    """Whether reading what ``build`` writes at ``LARGE`` costs at most ``MAX_RATIO`` times ``SMALL``;
    the fastest of up to ``ATTEMPTS`` runs of each size counts, and a passing attempt ends the test."""
    small = large = float("inf")
    for attempt in range(ATTEMPTS):
        small_path, large_path = build(SMALL + attempt), build(LARGE + attempt)
        small = min(small, _cpu(read, small_path))
        large = min(large, _cpu(read, large_path))
        if large / max(small, FLOOR) <= MAX_RATIO:
            return True, ""
    return False, f"{small * 1000:.1f} ms on {SMALL:,} characters, {large * 1000:.1f} ms on {LARGE:,}"


def _catalogue(tmp_path: Path, column: str, value: str, name: str) -> Path:
    """The template's example row with one cell replaced."""
    header, row = list(csv.reader(io.StringIO(template.build_csv().lstrip("\ufeff"))))[:2]
    row[header.index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows([header, row])
    path = tmp_path / f"{name}.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _one(path: Path) -> Document:
    (document,) = load_file(path)
    return document


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("column", COLUMNS)
def test_a_catalogue_cell_of_any_length_is_read_in_linear_time(tmp_path: Path, column: str, shape: str) -> None:
    build = SHAPES[shape]
    linear, times = _grows_linearly(lambda n: _catalogue(tmp_path, column, build(n), f"c{n}"), _one)
    assert linear, f"{column} holding a {shape}: {times}"


@pytest.mark.parametrize("column", ["kind", "participation.mode", "assessment.types"])
def test_a_long_cell_is_still_reported_at_its_cell(tmp_path: Path, column: str) -> None:
    # What the provider wrote is no code of the vocabulary, however long: the schema says so at its cell,
    # quoting the text cut short.
    path = _catalogue(tmp_path, column, SHAPES["space-run"](LARGE), "long")
    (result,) = check_paths([path]).results
    pointer = "/" + column.replace(".", "/")
    (finding,) = [f for f in result.findings if f.rule == ids.SCHEMA and f.pointer.startswith(pointer)]
    assert finding.origin is not None and finding.origin.sheet == "long"
    assert finding.origin.cell == f"{_column_letter(column)}2"
    assert "Written exam" in finding.message and len(finding.message) < 500


def _column_letter(column: str) -> str:
    header = next(csv.reader(io.StringIO(template.build_csv().lstrip("\ufeff"))))
    number, letters = header.index(column) + 1, ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _weighted(tmp_path: Path, value: str) -> Any:
    return _one(_catalogue(tmp_path, "assessment.types", value, "weighted")).data["assessment"]["types"]


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("Written exam 60%", ["written-examination"]),
        ("60 % Written exam", ["written-examination"]),
        ("Written exam: 40%", ["written-examination"]),
        ("Written exam – 60 %", ["written-examination"]),
        ("Oral examination – 30 Min.", ["oral-examination"]),
        ("Written exam 60%; Oral examination 40%", ["written-examination", "oral-examination"]),
    ],
)
def test_weights_and_notes_beside_a_code_are_still_read_as_before(tmp_path: Path, cell: str, read: list[str]) -> None:
    # The linear pattern reads the same weights and dashed notes the earlier one did.
    assert _weighted(tmp_path, cell) == read


def _elm(tmp_path: Path, label: str, name: str) -> Path:
    spec = {
        "@context": ELM,
        "id": "urn:spec:1",
        "type": "Qualification",
        "title": {"en": "Joint Master in Water Management"},
        "nqfLevel": [{"id": "urn:epass:nqfLevel:2", "type": "Concept", "prefLabel": {"en": label}}],
    }
    path = tmp_path / f"{name}.jsonld"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "label",
    [
        lambda n: "x" + " " * n + "!",
        lambda n: "RQF" + " " * n + "Level" + " " * n + "x",
        lambda n: "a level " * (n // 8) + "!",
        lambda n: "RQF Level " + "6" * n + "!",
    ],
    ids=["space-run", "runs-around-level", "level-repeated", "digit-run"],
)
def test_an_elm_nqf_label_of_any_length_is_read_in_linear_time(tmp_path: Path, label: Callable[[int], str]) -> None:
    linear, times = _grows_linearly(lambda n: _elm(tmp_path, label(n), f"e{n}"), _one)
    assert linear, times


@pytest.mark.parametrize(
    ("label", "level"),
    [
        ("RQF Level 6", {"framework": "RQF", "level": "6"}),
        ("  SCQF   level\t10 ", {"framework": "SCQF", "level": "10"}),
        ("NFQ Level 6 level 7", {"framework": "NFQ Level 6", "level": "7"}),
    ],
)
def test_an_elm_nqf_label_is_read_by_its_framework_and_level(tmp_path: Path, label: str, level: dict[str, str]) -> None:
    assert _one(_elm(tmp_path, label, "label")).data["level"]["nqf"] == level


def test_an_elm_nqf_label_of_spaces_before_level_names_no_framework(tmp_path: Path) -> None:
    # "  Level 6" names no framework: it is not read as the framework " ".
    document = _one(_elm(tmp_path, "  Level 6", "blank"))
    assert document.data["level"]["nqf"]["framework"].strip()
