"""Renderers: functions of a :class:`~qa_checker.results.Report` that return text or bytes.

``RENDERERS_BY_NAME`` feeds the CLI's ``--format`` choice; every renderer reads the same report,
so terminal, JSON, HTML and Excel say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from qa_checker.reporting import github, json_, sarif, text
from qa_checker.results import Report

Renderer = Callable[..., "str | bytes"]


def _html(report: Report, **options: Any) -> str:
    from qa_checker.reporting import html  # imported on use: jinja2 is not needed for text output

    return html.render(report, **options)


def _xlsx(report: Report, **options: Any) -> bytes:
    from qa_checker.reporting import excel  # imported on use: openpyxl is slow to import

    return excel.render(report, **options)


RENDERERS_BY_NAME: dict[str, Renderer] = {
    "text": text.render,
    "json": json_.render,
    "html": _html,
    "xlsx": _xlsx,
    "sarif": sarif.render,
    "github": github.render,
}


def _write_xlsx(report: Report, file: BinaryIO, **_: object) -> None:
    from qa_checker.reporting import excel  # imported on use: openpyxl is slow to import

    excel.write(report, file)


# The formats written straight into their file from the results, a part at a time: a report of any size is
# never held whole (what ``render`` gives, in memory, for the same report). Each takes the options its
# renderer takes (``colour``) and ignores the others.
WRITERS_BY_NAME: dict[str, Callable[..., None]] = {
    "text": text.write,
    "json": json_.write,
    "xlsx": _write_xlsx,
    "sarif": sarif.write,
    "github": github.write,
}


def render(report: Report, fmt: str, **options: object) -> str | bytes:
    """Render a report in a named format."""
    return RENDERERS_BY_NAME[fmt](report, **options)
