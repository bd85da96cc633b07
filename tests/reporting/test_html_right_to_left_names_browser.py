"""A provider named in a right-to-left script (Arabic, Hebrew) keeps its own direction in the list of pages:
the count after the name stays after it, as for every other provider, in a real browser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qa_checker.api import audit_paths
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, baseline
from tests.reporting.batch import write_pages
from tests.reporting.helpers import write_yaml
from tests.reporting.test_html_browser import browser, open_page, pytestmark  # noqa: F401 (fixtures and marks)

NAMES = ("جامعة مالطا", "האוניברסיטה העברית", "Universität Wien")

# Each list item of the pages: the right edge of its link and the left edge of the count that follows it.
EDGES = """() => Array.from(document.querySelectorAll('ul.pages li')).map(li => {
    const link = li.querySelector('a'); const range = document.createRange(); range.selectNodeContents(li);
    range.setStartAfter(link);
    return [link.textContent, link.getBoundingClientRect().right, range.getBoundingClientRect().left]; })"""


def test_the_count_after_a_right_to_left_provider_name_stays_after_it(open_page: Any, tmp_path: Path) -> None:  # noqa: F811
    for index, name in enumerate(NAMES):
        data = baseline()
        data["id"] = f"offer-{index}"
        data["awarding_bodies"][0]["name"] = name
        write_yaml(tmp_path / "in" / f"offer-{index}.yaml", data)
    index_page = write_pages(audit_paths([tmp_path / "in"], rubric=load_rubric(), now=NOW), tmp_path / "out")
    edges = open_page(index_page).evaluate(EDGES)
    assert sorted(name for name, _, _ in edges) == sorted(NAMES)
    assert all(link_right <= count_left + 1 for _, link_right, count_left in edges), edges
