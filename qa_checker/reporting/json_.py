"""The JSON report: the contract other tools read."""

from __future__ import annotations

import json

from qa_checker.results import Report


def render(report: Report, **_: object) -> str:
    """Pretty, stable JSON (keys in contract order, UTF-8 kept readable)."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
