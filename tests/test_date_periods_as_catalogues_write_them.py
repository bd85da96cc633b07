"""A course's period as catalogues write it in one cell: its first and last day ("01.03.2027 - 10.05.2027",
"1.3.–10.5.2027", "1-10 March 2027", "vom 01.03. bis 10.05.2027", "du 1er mars au 10 mai 2027", ISO 8601's
"2027-03-01/2027-05-10").

A start-date cell so written was kept as typed and refused by the schema (an error weighing five) though it gives the
start and the end plainly. It is now read as both, with a note at the cell; an end column of the row wins over the
end it implies. What gives no two dates in order (an end before the start, three dates, a list, a month alone, a
date and a word) stays as typed. A descriptor that writes a period as its start or end is told the two dates to
write. A column headed for the course's dates ("Dates", "Zeitraum", "Dates du cours"), which named no field, gives
them so (a single date in it is the start).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_checker.aliases import period_written
from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import tabular
from qa_checker.loaders.cell_values import ISO_DATE
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

MARCH_TO_MAY = ("2027-03-01", "2027-05-10")
READ = [
    ("01.03.2027 - 10.05.2027", MARCH_TO_MAY),
    ("01.03.2027–10.05.2027", MARCH_TO_MAY),
    ("1.3.–10.5.2027", MARCH_TO_MAY),
    ("01.03. - 10.05.2027", MARCH_TO_MAY),
    ("1. 3. – 10. 5. 2027", MARCH_TO_MAY),
    ("2027-03-01 - 2027-05-10", MARCH_TO_MAY),
    ("2027-03-01/2027-05-10", MARCH_TO_MAY),
    ("2027-03-01 to 2027-05-10", MARCH_TO_MAY),
    ("01-03-2027 - 10-05-2027", MARCH_TO_MAY),
    ("1 March 2027 - 10 May 2027", MARCH_TO_MAY),
    ("1 March - 10 May 2027", MARCH_TO_MAY),
    ("March 1 - May 10, 2027", MARCH_TO_MAY),
    ("1-10 March 2027", ("2027-03-01", "2027-03-10")),
    ("1.–10.3.2027", ("2027-03-01", "2027-03-10")),
    ("vom 01.03. bis 10.05.2027", MARCH_TO_MAY),
    ("01.03.2027 bis 10.05.2027", MARCH_TO_MAY),
    ("du 1er mars au 10 mai 2027", MARCH_TO_MAY),
    ("from 1 March to 10 May 2027", MARCH_TO_MAY),
    ("dal 15/03/2027 al 10/05/2027", ("2027-03-15", "2027-05-10")),
    ("desde el 1 de marzo hasta el 10 de mayo de 2027", MARCH_TO_MAY),
    ("od 1.3.2027 do 10.5.2027", MARCH_TO_MAY),
    ("van 1 maart tot 10 mei 2027", MARCH_TO_MAY),
    ("15.12.2027 - 20.01.2028", ("2027-12-15", "2028-01-20")),
    ("15.12. - 20.01.2028", ("2027-12-15", "2028-01-20")),
    ("Zeitraum: 01.03.2027 - 10.05.2027", MARCH_TO_MAY),
    ("01.03.2027 - 10.05.2027 (tbc)", MARCH_TO_MAY),
]
KEPT = [
    "10.05.2027 - 01.03.2027",
    "01.03.2027 - 10.05.2027 - 20.06.2027",
    "01.03.2027, 10.05.2027",
    "01.03.2027 oder 10.05.2027",
    "März - Mai 2027",
    "01.03.2027 - offen",
    "20-10 March 2027",
    "10-12 weeks",
    "2026 - 2027",
    "01/03/2027 - 10/05/2027",
]


def _row(header: str, cell: str, more: str = "", more_cell: str = ""):
    extra = f";{more}" if more else ""
    extra_cell = f";{more_cell}" if more else ""
    (document,) = tabular.load_csv(f"id;title;{header}{extra}\na;T;{cell}{extra_cell}\n".encode(), "c.csv")
    notes = [(f.origin.label(), f.message) for f in document.findings if f.rule == "MC-SS-002"]
    return document.data.get("participation", {}).get("schedule", {}), notes


@pytest.mark.parametrize(("cell", "period"), READ)
def test_a_period_in_a_start_cell_gives_the_start_and_the_end(cell: str, period: tuple[str, str]) -> None:
    schedule, notes = _row("Start date", cell)
    assert (schedule.get("start"), schedule.get("end")) == period
    assert notes == [
        (
            "c!C2",
            f"C2: '{cell}' gives the first and the last day; the start {period[0]} and the end {period[1]} were read",
        )
    ]


@pytest.mark.parametrize(("cell", "period"), READ[:3])
def test_a_period_in_an_end_cell_gives_the_end_and_the_start(cell: str, period: tuple[str, str]) -> None:
    schedule, _ = _row("End date", cell)
    assert (schedule.get("start"), schedule.get("end")) == period


@pytest.mark.parametrize("cell", KEPT)
def test_a_cell_that_gives_no_two_dates_in_order_is_kept(cell: str) -> None:
    schedule, _ = _row("Start date", cell)
    assert schedule == {"start": cell}


@pytest.mark.parametrize("header", ["Dates", "Course dates", "Zeitraum", "Dates du cours", "Fechas del curso"])
def test_a_column_of_the_courses_dates_gives_the_start_and_the_end(header: str) -> None:
    schedule, _ = _row(header, "01.03.2027 - 10.05.2027")
    assert schedule == {"start": "2027-03-01", "end": "2027-05-10"}


def test_the_rows_end_column_wins_over_the_end_a_period_implies() -> None:
    schedule, _ = _row("Start date", "01.03.2027 - 10.05.2027", "End date", "2027-05-31")
    assert schedule == {"start": "2027-03-01", "end": "2027-05-31"}


def test_a_day_first_column_reads_a_slashed_period_day_first() -> None:
    documents = tabular.load_csv(b"id;title;Start date\na;T;15/09/2027\nb;T;01/03/2027 - 10/05/2027\n", "c.csv")
    assert documents[1].data["participation"]["schedule"] == {"start": "2027-03-01", "end": "2027-05-10"}


@pytest.mark.parametrize(
    ("field", "value", "hint"),
    [
        ("start", "01.03.2027 - 10.05.2027", "write the start as 2027-03-01 and the end as 2027-05-10"),
        ("start", "2027-03-01/2027-05-10", "write the start as 2027-03-01 and the end as 2027-05-10"),
        ("end", "vom 01.03. bis 10.05.2027", "write the start as 2027-03-01 and the end as 2027-05-10"),
    ],
)
def test_a_descriptor_writing_a_period_is_told_the_two_dates(field: str, value: str, hint: str) -> None:
    data = baseline()
    data["participation"]["schedule"] = {field: value}
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    messages = [f.message for f in result.findings if f.pointer == f"/participation/schedule/{field}"]
    assert any(hint in message for message in messages), messages


def test_a_long_cell_of_dashes_and_dates_is_read_in_linear_time() -> None:
    assert_linear(lambda n: _row("Start date", "01.03.2027 - " * n))


_DATE_CHARS = st.sampled_from(list("0123456789.-/–— ")) | st.sampled_from(
    ["bis ", "to ", "au ", "vom ", "March ", "mai ", "2027", "1.3.", "(tbc)", "Zeitraum: "]
)


@given(st.lists(_DATE_CHARS, max_size=30).map("".join) | st.text(max_size=60))
def test_any_text_gives_two_existing_dates_in_order_or_nothing(text: str) -> None:
    def one_date(part: str) -> str | None:
        return part if ISO_DATE.match(part) and _exists(part) else None

    period = period_written(text, one_date)
    if period is not None:
        start, end = (date.fromisoformat(day) for day in period)
        assert start <= end


def _exists(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


@given(st.lists(_DATE_CHARS, max_size=30).map("".join))
def test_any_start_cell_is_read_as_a_date_a_period_or_kept(cell: str) -> None:
    schedule, _ = _row("Start date", cell.replace('"', "").replace(";", ""))
    start, end = schedule.get("start"), schedule.get("end")
    if end is not None:
        assert ISO_DATE.match(start) and ISO_DATE.match(end) and start <= end
