"""Comparability cases: descriptors built from one base as providers change it, checked as one batch and read
back as the dataset's rows."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from qa_checker.api import audit_paths
from qa_checker.rubric import load_rubric
from qa_checker.table import to_frame
from tests.conftest import NOW

BASE: dict[str, Any] = {
    "descriptor_version": "1.0",
    "title": "Statistics for practitioners",
    "languages": ["en"],
    "awarding_bodies": [{"name": "Example Institute", "country": "NL"}],
    "learning_outcomes": ["Analyse a data set with descriptive statistics and report the results."],
    "workload": {"ects": 5},
    "level": {"eqf": 6},
    "assessment": {"types": ["project-work"]},
    "participation": {"mode": "online"},
}

# (case, what the provider writes (merged into BASE; None drops a field), the columns expected, the unread ones)
Case = tuple[str, dict[str, Any], dict[str, Any], str | None]


def write_case(folder: Path, case: str, change: dict[str, Any]) -> Path:
    """BASE with ``change`` (a None value drops the field) as ``<case>.yaml`` in ``folder``, its id ``case``."""
    doc = {k: v for k, v in {**BASE, "id": case, **change}.items() if v is not None}
    path = folder / f"{case}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def case_frame(folder: Path, cases: Sequence[Case]) -> pd.DataFrame:
    """The dataset of the cases, each written to ``folder`` and checked as one batch, by id."""
    paths = [write_case(folder, case, change) for case, change, _, _ in cases]
    return to_frame(audit_paths(paths, rubric=load_rubric(), now=NOW, jobs=1)).set_index("id")


def cell(value: Any) -> Any:
    """A cell of the dataset, None where it is empty."""
    return None if value is pd.NA or (isinstance(value, float) and math.isnan(value)) else value


def corpus_report(folder: Path) -> Any:
    """The audit of a held-out comparability corpus (its descriptors and catalogues, not its expectations file),
    run at NOW in one process."""
    inputs = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".json", ".csv") and p.stem != "expectations")
    return audit_paths(inputs, rubric=load_rubric(), now=NOW, jobs=1)
