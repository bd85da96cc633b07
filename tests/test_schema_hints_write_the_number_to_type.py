"""The schema's "write N" hint for a number typed as text gives the number as it is to be typed, read as every
reader reads it.

The hint grouped thousands as messages show numbers ("write 1,500": a text again in YAML), gave no number for a
decimal comma ("2,5 ECTS") nor for a price whose dot groups thousands ("1.200 €"), and offered a month's price as
the offering's ("950 € pro Monat": write 950). A price's amount is now read as the price readers read it.
"""

from __future__ import annotations

import pytest

from tests.conftest import baseline_checked_with


def _schema_messages(path: tuple[str, ...], value: str) -> list[str]:
    return [str(f.message) for f in baseline_checked_with(path, value).findings if f.rule == "MC-SC-001"]


@pytest.mark.parametrize(
    ("path", "value", "hint"),
    [
        (("workload", "hours"), "1500 Stunden", "write 1500"),
        (("workload", "ects"), "2,5 ECTS", "write 2.5"),
        (("price", "amount"), "1.200 €", "write 1200"),
        (("price", "amount"), "2500", "write 2500"),
        (("price", "amount"), "950 € pro Person", "write 950"),
    ],
)
def test_the_number_as_it_is_typed(path: tuple[str, ...], value: str, hint: str) -> None:
    (message,) = _schema_messages(path, value)
    assert message.endswith(f"not '{value}': {hint}")


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("workload", "hours"), "1,500 hours"),
        (("price", "amount"), "950 € pro Monat"),
        (("price", "amount"), "approx 950"),
    ],
)
def test_no_number_where_the_text_gives_none_for_sure(path: tuple[str, ...], value: str) -> None:
    (message,) = _schema_messages(path, value)
    assert message.endswith(f"not '{value}'")
