"""A country given by a run of flag emoji (thousands of regional-indicator pairs, as a hostile cell or
value may hold) is answered after one flag and one name look-up: no recursion through the run."""

from __future__ import annotations

import pytest

from qa_checker import aliases


def test_a_long_run_of_flags_is_no_country() -> None:
    assert aliases.country_named("🇩🇪" * 5000) is None


def test_a_long_run_of_flags_looks_up_one_name(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up: list[str] = []
    by_name = aliases._country_by_name
    monkeypatch.setattr(aliases, "_country_by_name", lambda text: looked_up.append(text) or by_name(text))
    aliases.country_named("🇩🇪" * 5000)
    assert len(looked_up) == 1


@pytest.mark.parametrize(("text", "code"), [("🇩🇪", "DE"), ("🇩🇪 Germany", "DE"), ("🇩🇪 de", "DE"), ("🇩🇪 France", None)])
def test_a_flag_alone_or_before_its_own_code_or_name_is_read(text: str, code: str | None) -> None:
    assert aliases.country_named(text) == code
