"""A researcher's script passes the run's date as the README's ``--now`` does, or as a ``date``.

``check_paths``/``audit_paths``/``check_documents`` take their settings "from plain values" (a rubric id, a
waivers path); the date of the run is one: ISO 8601 text is read as ``--now`` reads it, a ``date`` is its
midnight (UTC), and text that is no date is refused with the CLI's message, never a traceback from inside.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml

from qa_checker.api import audit_paths, check_documents, check_paths
from qa_checker.document import Document
from qa_checker.moment import MomentError
from tests.conftest import baseline

ISSUED = "2027-06-15"


def _credential() -> dict:
    data = baseline()
    data.update(kind="credential", learner={"name": "A. Learner"}, issue_date=ISSUED)
    return data


def _future_issue(report) -> bool:
    return any(f.rule == "MC-DT-002" for f in report.results[0].findings)


@pytest.mark.parametrize(
    ("now", "future"),
    [
        ("2027-06-14", True),
        ("2027-06-16", False),
        ("2027-06-16T08:00:00+02:00", False),
        (date(2027, 6, 14), True),
        (date(2027, 6, 16), False),
        (datetime(2027, 6, 16, tzinfo=timezone.utc), False),
    ],
)
def test_the_date_of_the_run_is_taken_as_text_a_date_or_a_datetime(tmp_path: Path, now: object, future: bool) -> None:
    path = tmp_path / "credential.yaml"
    path.write_text(yaml.safe_dump(_credential(), allow_unicode=True), encoding="utf-8")
    for check in (check_paths, audit_paths):
        report = check([path], now=now)
        assert _future_issue(report) is future
    documents = [Document(source="credential.yaml", data=_credential(), format="yaml")]
    assert _future_issue(check_documents(documents, now=now)) is future


def test_the_run_time_is_stamped_as_given(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(yaml.safe_dump(baseline(), allow_unicode=True), encoding="utf-8")
    for now in ("2027-06-16", date(2027, 6, 16), datetime(2027, 6, 16, tzinfo=timezone.utc)):
        assert check_paths([path], now=now).generated_at == "2027-06-16T00:00:00+00:00"


@pytest.mark.parametrize("now", ["16.06.2027", "yesterday", "0999-01-01"])
def test_text_that_is_no_date_is_refused_with_a_message(tmp_path: Path, now: str) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(yaml.safe_dump(baseline(), allow_unicode=True), encoding="utf-8")
    with pytest.raises(MomentError, match=r"ISO 8601|between the years"):
        check_paths([path], now=now)
