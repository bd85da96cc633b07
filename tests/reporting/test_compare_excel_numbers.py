"""The Excel comparison stores the numbers it compares (score, workload, EQF level) as numbers, not as text,
a derived workload still marked ≈ by its number format."""

from __future__ import annotations

import openpyxl

from tests.conftest import baseline
from tests.reporting.helpers import NOW_TEXT, write_yaml


def test_scores_workloads_and_levels_are_numbers_and_derived_ones_keep_their_mark(run_cli, tmp_path):
    declared = write_yaml(tmp_path / "declared.yaml", baseline())
    hours_only = baseline()
    hours_only["id"] = "hours-only"
    hours_only["workload"] = {"hours": 55}
    derived = write_yaml(tmp_path / "hours-only.yaml", hours_only)
    out = tmp_path / "out"
    result = run_cli("compare", str(declared), str(derived), "--out", str(out), "--now", NOW_TEXT)
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(out / "compare.xlsx")["Comparison"]
    rows = {row[0].value: row[2:] for row in sheet.iter_rows(min_row=2)}
    labels = {
        key: next(label for label in rows if label.startswith(key))
        for key in ("Score", "Workload in ECTS", "Workload in hours", "EQF level")
    }
    for label in labels.values():
        assert all(isinstance(cell.value, (int, float)) for cell in rows[label]), (
            label,
            [c.value for c in rows[label]],
        )
    ects = rows[labels["Workload in ECTS"]]
    assert ects[1].value == 2 and "≈" in ects[1].number_format  # 55 h at 27.5 h per ECTS credit
    assert "≈" not in ects[0].number_format and "≈" not in rows[labels["Workload in hours"]][1].number_format
