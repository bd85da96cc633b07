"""Hostile round 31: a ten-hour credit system's column named as the named columns are matched.

'ECTS credits:' and 'ECTS credits *' were read while 'SCQF credits:' and 'SCQF credits *' beside them named no field
(MC-SS-001, the value ignored): the system's credits were read from the header as typed, not as the other headers
are matched (case, accents, spaces, punctuation and invisible marks aside).
"""

from __future__ import annotations

import pytest

from qa_checker.ects import ten_hour_system_named
from qa_checker.loaders import tabular
from qa_checker.loaders.columns import ColumnResolver


@pytest.mark.parametrize(
    ("header", "system"),
    [
        ("SCQF credits:", "SCQF"),
        ("SCQF credits *", "SCQF"),
        ("\uff33\uff23\uff31\uff26 credits", "SCQF"),
        ("SCQF\u200bcredits", "SCQF"),
        ("\u200fSCQF credits", "SCQF"),
        ("SCQF cre\u00addits", "SCQF"),
        ("SCQF Credit Value", "SCQF"),
        ("Total SCQF credits", "SCQF"),
        ("CATS points:", "CATS"),
        ("UK credits *", "UK"),
        ("CQFW credit points:", "CQFW"),
        ("NZQCF credits:", "NZQCF"),
        ("QQI FET credits *", "QQI FET"),
    ],
)
def test_decorated_ten_hour_credit_headers_name_their_system(header: str, system: str) -> None:
    found = ColumnResolver().resolve(header)
    assert found is not None and found.dotted == "workload.other_credits.value", header
    assert ten_hour_system_named(header) == system


@pytest.mark.parametrize("header", ["Total points", "Points", "UK", "SCQF", "Total credits", "Credit value"])
def test_no_system_no_ten_hour_credits(header: str) -> None:
    assert ten_hour_system_named(header) is None
    found = ColumnResolver().resolve(header)
    assert found is None or found.dotted != "workload.other_credits.value"


@pytest.mark.parametrize("decoration", [":", " *"])
def test_scqf_credits_read_beside_ects_credits_with_the_same_decoration(decoration: str) -> None:
    text = f"Module code,Module title,ECTS credits{decoration},SCQF credits{decoration}\nC1,Data,10,20\n"
    (document,) = tabular.load_csv(text.encode("utf-8"), "catalogue.csv")
    assert document.data["workload"] == {"ects": 10, "other_credits": {"value": 20, "system": "SCQF"}}
    assert not [f.message for f in document.findings if "name a descriptor field" in f.message]
