"""An EQF level typed with a national one in one cell, as module handbooks write them: "EQF 6 / DQR 6", "EQR 6 /
DQR 6", "DQR 6 (EQF 6)", "EQF level 6 / NLQF level 6".

Such a cell was kept as typed ("more than a level") and refused by the schema, an error weighing five, while it gives
both levels plainly. It now gives the EQF level and, as implied, the national level and its framework; an NQF column
of the row wins over the implied level. A cell of two EQF levels, two national ones, three levels, or a national
level of an unnamed framework ("NQF 6") is still kept as typed.
"""

from __future__ import annotations

import pytest

from qa_checker.loaders import tabular


def _level(row: str, header: str = "EQF level") -> dict:
    (document,) = tabular.load_csv(f'id;title;{header}\nx;T;"{row}"\n'.encode(), "c.csv")
    return document.data["level"]


@pytest.mark.parametrize(
    ("cell", "eqf", "framework", "level"),
    [
        ("EQF 6 / DQR 6", 6, "DQR", "6"),
        ("EQR 6 / DQR 6", 6, "DQR", "6"),
        ("EQF level 6 / NLQF level 6", 6, "NLQF", "6"),
        ("DQR 6 (EQF 6)", 6, "DQR", "6"),
        ("6 / DQR 6", 6, "DQR", "6"),
        ("EQF VI / DQR 6", 6, "DQR", "6"),
        ("EQF 6; PRK 6", 6, "PRK", "6"),
        ("EQF 5 / NFQ 6", 5, "NFQ", "6"),
    ],
)
def test_both_levels_are_read(cell: str, eqf: int, framework: str, level: str) -> None:
    assert _level(cell) == {"eqf": eqf, "nqf": {"level": level, "framework": framework}}


@pytest.mark.parametrize(
    "cell", ["EQF 6 / NQF 6", "EQF 6 / EQF 7", "DQR 6 / NLQF 6", "EQF 6 / DQR 6 / NLQF 6", "EQF 6 / HKO 7.1"]
)
def test_a_cell_of_other_levels_is_kept(cell: str) -> None:
    assert _level(cell) == {"eqf": cell}


def test_an_nqf_column_wins_over_the_implied_level() -> None:
    (document,) = tabular.load_csv(b"id;title;EQF level;NQF level\nx;T;EQF 6 / DQR 6;DQR 7\n", "c.csv")
    assert document.data["level"] == {"eqf": 6, "nqf": {"framework": "DQR", "level": "7"}}
