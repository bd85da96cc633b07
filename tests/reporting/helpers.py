"""Helpers for the report tests: write descriptors, run the audit, read the workbook back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import yaml

NOW_TEXT = "2026-11-29T12:00:00+00:00"


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    """Write one YAML descriptor (creating folders)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def read_json(out: Path) -> dict[str, Any]:
    """The audit's report.json."""
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def write_json(path: Path, data: dict[str, Any]) -> Path:
    """Write one JSON descriptor (creating folders); keeps every character exactly."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def sheet_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    """A sheet's rows as dicts keyed by the header row (read-only mode drops trailing empty cells)."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook[sheet].iter_rows(values_only=True))
    workbook.close()
    header = rows[0]
    return [dict(zip(header, (*row, *([None] * (len(header) - len(row)))))) for row in rows[1:]]
