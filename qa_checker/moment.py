"""The date and time a run is made for (``--now``, the web form's ``now``), and dates runs are looked up
by, read from ISO 8601 text."""

from __future__ import annotations

from datetime import datetime, timezone

from qa_checker.errors import ConfigError
from qa_checker.text import msg

# The years such a date may lie in: dates are compared and shifted (by a zone, by years of validity)
# around it, far from the ends of the calendar that Python's dates hold.
YEARS = (1000, 9000)
# The same years as a regular expression on the text's start, for API schemas (tested to agree).
YEARS_PATTERN = r"^\s*(?:[1-8][0-9]{3}|9000)-"


class MomentError(ConfigError):
    """A date that cannot be used (``str(exc)`` in English, :attr:`text` translatable)."""


def parse_moment(text: str) -> datetime:
    """An ISO 8601 date or time as an aware datetime (UTC when no zone is given; RFC 3339's ``Z`` is UTC);
    a :class:`MomentError` for text that is none, or a date outside :data:`YEARS`."""
    value = text.strip()
    if value[-1:] in ("Z", "z"):  # RFC 3339's UTC, which Python 3.10 does not read
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise MomentError(msg("not an ISO 8601 date or time: {value}", value=text[:40])) from None
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise MomentError(
            msg(
                "the date must lie between the years {first} and {last}: {value}",
                first=str(YEARS[0]),
                last=str(YEARS[1]),
                value=text[:40],
            )
        )
    return moment
