"""The JSON report: the contract other tools read."""

from __future__ import annotations

import json

from qa_checker.cells import without_surrogates
from qa_checker.results import Report


def render(report: Report, **_: object) -> str:
    """Pretty, stable JSON (keys in contract order, UTF-8 kept readable).

    A lone surrogate in any string becomes U+FFFD: UTF-8 cannot hold it, and its ``\\ud800``
    escape is refused by strict JSON readers.
    """
    return without_surrogates(json.dumps(report.to_dict(), indent=2, ensure_ascii=False)) + "\n"
