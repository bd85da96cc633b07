"""A descriptor's value is offered back as a spreadsheet cell of the same words is read: a language or a country
written in words ("Englisch", "auf Englisch", "Berlin, Germany") gets a "did you mean", and a workload's figure is
offered only in its own unit ("2400 Minuten" is 40 hours; "5 ECTS" under hours, "150 h" under ECTS are no figure to
write there). Before, "Englisch" and "Berlin, Germany" got no suggestion while the cells were read, "5 ECTS" under
hours was told "write 5" and "2400 Minuten" "write 2400".
"""

from __future__ import annotations

import pytest

from tests.conftest import baseline_checked_with


def _messages(path: tuple[str | int, ...], value: object) -> list[str]:
    pointer = "/" + "/".join(str(p) for p in path)
    found = baseline_checked_with(path, value).findings
    return [f.message for f in found if f.pointer == pointer and f.severity.value == "error"]


@pytest.mark.parametrize(
    ("path", "value", "suggestion"),
    [
        (("languages", 0), "Englisch", "did you mean en?"),
        (("languages", 0), "auf Englisch", "did you mean en?"),
        (("awarding_bodies", 0, "country"), "Berlin, Germany", "did you mean DE?"),
    ],
)
def test_a_value_in_words_is_offered_as_its_code(path: tuple, value: str, suggestion: str) -> None:
    (message,) = _messages(path, value)
    assert message.endswith(f"({suggestion})")


@pytest.mark.parametrize(
    ("field", "value", "told"),
    [
        ("hours", "2400 Minuten", ": write 40"),
        ("hours", "150 Stunden", ": write 150"),
        ("ects", "2,5 ECTS", ": write 2.5"),
        ("hours", "5 ECTS", ""),
        ("ects", "150 h", ""),
    ],
)
def test_a_workload_figure_is_offered_in_its_own_unit_only(field: str, value: str, told: str) -> None:
    (message,) = _messages(("workload", field), value)
    assert message == f"workload/{field} must be a number, not '{value}'{told}"


@pytest.mark.parametrize(
    ("value", "meant"),
    [("Präsenz in Berlin", "onsite"), ("online, selbstgesteuert", "online"), ("online via Zoom", "online")],
)
def test_a_mode_with_words_around_is_offered_as_the_dataset_reads_it(value: str, meant: str) -> None:
    (message,) = _messages(("participation", "mode"), value)
    assert message.endswith(f"did you mean '{meant}'?")
