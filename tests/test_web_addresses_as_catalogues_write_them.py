"""A web address as catalogues write it: without its scheme ("www.hva.nl/data-ethics", as Excel links it), in angle
brackets, as a Markdown link, after a word ("see https://..."), with a note in brackets after it ("https://...
(Dutch)").

A probe of 12 address cells (labelled before the run) found these refused by the schema (an error weighing five), and
three held-out descriptors wrote an address without its scheme ("www.um.edu.mt/courses"). A cell gives its one
address, noted at the cell (https where the scheme was left out); a descriptor is told the address to write. A text
of two addresses, a host without "www." ("hva.nl/data"), or a word after the address (perhaps the rest of an address
typed with a space) gives none.
"""

from __future__ import annotations

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.loaders import tabular
from qa_checker.value_reader import url_written
from tests.conftest import NOW, baseline
from tests.timing import assert_linear

READ = [
    ("www.hva.nl/data-ethics", "https://www.hva.nl/data-ethics"),
    ("<https://www.hva.nl/data-ethics>", "https://www.hva.nl/data-ethics"),
    ("[Info](https://www.hva.nl/data-ethics)", "https://www.hva.nl/data-ethics"),
    ("see https://www.hva.nl/data-ethics", "https://www.hva.nl/data-ethics"),
    ("https://www.hva.nl/data-ethics (Dutch)", "https://www.hva.nl/data-ethics"),
    ("Info: www.hva.nl", "https://www.hva.nl"),
]
NOT_READ = [
    "https://www.hva.nl/data-ethics; https://www.hva.nl/en",
    "www.hva.nl or uva.nl",
    "hva.nl/data-ethics",
    "https://www.hva.nl/data ethics",
    "Website",
]


@pytest.mark.parametrize(("cell", "address"), READ)
def test_a_cell_gives_its_one_address_noted(cell: str, address: str) -> None:
    assert url_written(cell) == address
    (document,) = tabular.load_csv(f'id;title;Further information\nx;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["further_information"] == address
    notes = [f.message for f in document.findings if f.rule == "MC-SS-002"]
    assert notes == [f"C2: the web address '{cell}' was read as {address}"]


@pytest.mark.parametrize("cell", NOT_READ)
def test_a_text_of_no_one_address_gives_none(cell: str) -> None:
    assert url_written(cell) is None
    (document,) = tabular.load_csv(f'id;title;Further information\nx;T;"{cell}"\n'.encode(), "c.csv")
    assert document.data["further_information"] == cell


def test_a_full_address_is_read_without_a_note() -> None:
    (document,) = tabular.load_csv(b"id;title;Further information\nx;T;https://www.hva.nl/data\n", "c.csv")
    assert document.data["further_information"] == "https://www.hva.nl/data"
    assert not [f for f in document.findings if f.rule == "MC-SS-002"]


@pytest.mark.parametrize(("written", "address"), READ[:3])
def test_a_descriptor_is_told_the_address_to_write(written: str, address: str) -> None:
    data = baseline()
    data["further_information"] = written
    (result,) = check_documents([Document("d.yaml", data, "yaml")], now=NOW).results
    (message,) = [str(f.message) for f in result.findings if f.rule == "MC-SC-001"]
    assert message.endswith(f"which has the wrong form; write {address}")


@pytest.mark.parametrize("text", [lambda n: "www.a" + "-" * n, lambda n: "-" * n + " www.a.bc", lambda n: "a." * n])
def test_a_long_text_is_read_in_linear_time(text) -> None:
    assert_linear(lambda n: url_written(text(n)), 100, 400)
