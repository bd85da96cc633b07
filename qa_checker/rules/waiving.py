"""Findings about waivers: an expired waiver, and a waiver that no longer waives anything.

Reported by :mod:`qa_checker.waivers` when a waivers file is used, never run from a rubric.
"""

from __future__ import annotations

from qa_checker import ids
from qa_checker.findings import Severity
from qa_checker.rules import register
from qa_checker.rules.base import Rule


class _WaiverRule(Rule):
    engine_only = True
    severity = Severity.WARNING
    weight = 0.0
    principles = ("quality",)


@register
class WaiverCurrent(_WaiverRule):
    """A waiver that applies to this descriptor has not expired.

    Why: a waiver is an accepted exception for a limited time; once its `until` date has passed
    the findings it covered count again, and whoever accepted it should renew or drop it.
    Passes: every matching waiver's `until` is on or after the run's date (``--now``), or absent.
    Fails: an earlier `until`; the findings it named are reported as not waived.
    """

    id = ids.WAIVER_EXPIRED
    name = "waiver-current"
    title = "Waivers have not expired"
    message = "a waiver has expired"
    hint = "Renew the waiver with a new until date, or fix the finding and remove the waiver."


@register
class WaiverUsed(_WaiverRule):
    """A waiver that names this descriptor still waives a finding.

    Why: a waiver whose finding has gone (the descriptor was fixed, or the rule was switched off)
    is stale; left in place it would silently hide the problem if it came back.
    Passes: the waiver matched at least one finding of its rule. Fails: it matched none.
    """

    id = ids.WAIVER_UNUSED
    name = "waiver-used"
    title = "Waivers still apply"
    message = "a waiver matches no finding"
    hint = "Remove the waiver from the waivers file."
