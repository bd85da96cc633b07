"""ECTS credits and hours of learning: the facts every rule and table converts with, stated once.

The ECTS Users' Guide (European Commission, 2015) allocates 60 ECTS credits to the workload of a
full-time academic year, normally 1,500 to 1,800 hours, so one credit is 25 to 30 hours of learning
(ECTS Users' Guide 2015). Rules judge declared hours against that band; where only one of ECTS and
hours is given, the other is derived at the middle of the band, 27.5 hours per credit.
"""

from __future__ import annotations

from typing import Final

HOURS_PER_ECTS_MIN: Final = 25
"""The fewest hours of learning one ECTS credit stands for."""

HOURS_PER_ECTS_MAX: Final = 30
"""The most hours of learning one ECTS credit stands for."""

HOURS_PER_ECTS: Final = 27.5
"""The middle of the band: the rate at which hours and ECTS are derived from each other."""


def hours_to_ects(hours: float) -> float:
    """ECTS credits derived from hours of learning, at :data:`HOURS_PER_ECTS`."""
    return hours / HOURS_PER_ECTS


def ects_to_hours(ects: float) -> float:
    """Hours of learning derived from ECTS credits, at :data:`HOURS_PER_ECTS`."""
    return ects * HOURS_PER_ECTS


def hours_band(ects: float) -> tuple[float, float]:
    """The fewest and most hours of learning that ``ects`` credits stand for."""
    return ects * HOURS_PER_ECTS_MIN, ects * HOURS_PER_ECTS_MAX
