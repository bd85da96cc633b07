"""A big generated batch for the HTML report tests: the samples' results copied under many providers."""

from __future__ import annotations

import copy
import functools
from dataclasses import replace
from pathlib import Path

from qa_checker.api import audit_paths
from qa_checker.reporting import html
from qa_checker.results import Report, Result
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, build_report
from qa_checker.writing import write_files
from tests.conftest import NOW, SAMPLES


@functools.cache
def _samples() -> Report:
    return audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)


def samples_report() -> Report:
    """The audit of the bundled samples (computed once)."""
    return _samples()


def batch(size: int, providers: int = 40) -> Report:
    """``size`` descriptors spread over ``providers`` awarding bodies (plus the unreadable samples)."""
    base = samples_report().results
    results: list[Result] = []
    for index in range(size):
        result = base[index % len(base)]
        data = copy.deepcopy(result.data) if isinstance(result.data, dict) else None
        if data is not None and isinstance(data.get("awarding_bodies"), list) and data["awarding_bodies"]:
            body = data["awarding_bodies"][0]
            if isinstance(body, dict):
                body["name"] = f"Provider {index % providers:03d} of a long name, Faculty of Continuing Education"
        results.append(replace(result, source=f"batch/{index:05d}-{Path(result.source).name}", data=data))
    return build_report(results, RunConfig(rubric=load_rubric(), now=NOW))


def write_pages(report: Report, folder: Path, **options: int) -> Path:
    """Write the paged report into ``folder`` (as the audit does: all files or none); the index's path."""
    written = html.pages(report, **options)
    write_files({folder / name: text for name, text in written.items()})
    return folder / html.INDEX_NAME
