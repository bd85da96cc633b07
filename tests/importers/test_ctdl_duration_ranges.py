"""A CTDL estimated duration given only as a range (minimumDuration, maximumDuration) is never silently
dropped: equal time ends are the workload hours, different ones are reported and left out, and calendar
ends are noted as not being study hours."""

from __future__ import annotations

import json
from typing import Any

from qa_checker.loaders import json_


def _course(**duration: str) -> dict[str, Any]:
    return {
        "@context": "https://credreg.net/ctdl/schema/context/json",
        "@type": "ceterms:Course",
        "ceterms:ctid": "ce-0002",
        "ceterms:name": {"en": "Introduction to Welding"},
        "ceterms:estimatedDuration": [{"@type": "ceterms:DurationProfile", **duration}],
    }


def _load(data: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    [document] = json_.load(json.dumps(data).encode(), "course.json")
    assert document.data is not None, document.findings
    findings = [(f.severity.value, f.message, f.origin.pointer if f.origin else "") for f in document.findings]
    return document.data, findings


def test_equal_ends_in_hours_are_the_workload() -> None:
    data, _ = _load(_course(**{"ceterms:minimumDuration": "PT60H", "ceterms:maximumDuration": "PT60H"}))
    assert data["workload"] == {"hours": 60}


def test_a_range_of_hours_is_reported_and_left_out() -> None:
    data, findings = _load(_course(**{"ceterms:minimumDuration": "PT40H", "ceterms:maximumDuration": "PT60H"}))
    assert "workload" not in data
    [warning] = [f for f in findings if f[0] == "warning" and "estimatedDuration" in f[1]]
    assert "range of 40 to 60 hours" in warning[1]
    assert warning[2] == "/ceterms:estimatedDuration/0"


def test_calendar_ends_are_noted_as_no_study_hours() -> None:
    data, findings = _load(_course(**{"ceterms:minimumDuration": "P8W", "ceterms:maximumDuration": "P12W"}))
    assert "workload" not in data
    assert any(
        "minimumDuration 'P8W' is a calendar duration in weeks" in message and pointer.endswith("minimumDuration")
        for _s, message, pointer in findings
    )


def test_an_exact_duration_is_read_before_any_range() -> None:
    data, findings = _load(
        _course(
            **{
                "ceterms:exactDuration": "PT45H",
                "ceterms:minimumDuration": "PT40H",
                "ceterms:maximumDuration": "PT60H",
            }
        )
    )
    assert data["workload"] == {"hours": 45}
    assert not any("range" in message for _s, message, _p in findings)


def test_an_hour_count_of_hundreds_of_digits_is_no_duration_and_no_crash() -> None:
    endless = "PT" + "9" * 400 + "H"
    for duration in ({"ceterms:exactDuration": endless}, {"ceterms:minimumDuration": endless}):
        data, findings = _load(_course(**duration))
        assert "hours" not in data.get("workload", {})
        assert any("estimatedDuration" in message for _, message, _ in findings)
