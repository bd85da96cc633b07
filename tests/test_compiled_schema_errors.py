"""A rejected descriptor with the common schema errors is explained from jsonschema-rs's own errors, with
the findings jsonschema's would give; branch errors (anyOf) and capped keywords are left to jsonschema."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from qa_checker import validation
from tests.conftest import SAMPLES


def _offer() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((SAMPLES / "offers/data-ethics-nl.yaml").read_text(encoding="utf-8"))
    return loaded


def _changed(change: dict[str, Any], *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    data = copy.deepcopy(_offer())
    for name in drop:
        del data[name]
    for pointer, value in change.items():
        *parents, last = pointer.strip("/").split("/")
        node = data
        for step in parents:
            node = node[int(step)] if isinstance(node, list) else node[step]
        node[int(last) if isinstance(node, list) else last] = value
    return data


COMMON = {
    "missing required": _changed({}, drop=("id",)),
    "missing nested required": _changed({"/awarding_bodies/0": {"name": {"en": "A"}}}),
    "wrong type": _changed({"/workload/ects": "5 ECTS", "/languages": "en"}),
    "type and bound": _changed({"/level/eqf": 8.5}),
    "enum with a close value": _changed({"/participation/mode": "Online", "/assessment/supervision": "proctored"}),
    "pattern": _changed({"/field_of_education": "06.13", "/languages/0": "EN"}),
    "minimum and maximum": _changed({"/level/eqf": 9, "/workload/ects": 0, "/workload/hours": -3}),
    "misspelt keys": _changed({"worklaod": {"ects": 5}, "stackable": True}, drop=("workload",)),
    "format": _changed({"/participation/schedule/start": "15.01.2026", "/awarding_bodies/0/url": "www.hva.nl"}),
    "date that does not exist": _changed({"/quality_assurance/external/last_review": "2023-02-30"}),
    "credential field on an offer": _changed({"issue_date": "2026-01-01"}),
    "misspelt kind": _changed({"/kind": "Offer", "/workload/ects": -1}),
}


def _by_jsonschema(data: object, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    with monkeypatch.context() as patched:
        patched.setattr(validation, "_compiled_errors", lambda data: None)
        return validation.validate(data)


@pytest.mark.parametrize("name", list(COMMON))
def test_common_errors_are_told_from_the_compiled_errors_as_jsonschema_tells_them(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = COMMON[name]
    told = validation.validate(data)
    assert told and all(f.rule == validation.SCHEMA_RULE for f in told)
    assert validation._compiled_errors({**data, "kind": "offer"}) is not None
    assert told == _by_jsonschema(data, monkeypatch)


@pytest.mark.parametrize(
    "data",
    [
        _changed({"/learning_outcomes/0": ""}),  # anyOf: which branch was meant is jsonschema's to say
        _changed({"/title": {"english": "Data"}}),  # propertyNames of a language map
        _changed({"/languages": ["x"] * 30}),  # more errors than a keyword reports
        _changed({"/id": "", "/summary": {"en": "x" * 60_000}}),  # too large for the compiled check's reports
        _changed({"/id": "", "/languages": ["en"] * 600}),
    ],
    ids=["anyOf", "propertyNames", "capped", "long text", "many values"],
)
def test_branch_key_and_capped_errors_are_left_to_jsonschema(
    data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert validation._compiled_errors(data) is None
    assert validation.validate(data) == _by_jsonschema(data, monkeypatch)
