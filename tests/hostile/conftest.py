"""The ``slow`` marker of the hostile corpus: cases that take more than about ten seconds (CI runs them all)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a hostile case that takes more than about ten seconds")
