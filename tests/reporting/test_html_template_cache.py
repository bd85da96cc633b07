"""The report's templates are compiled once per machine and read back from the user's cache folder: the pages are
the same bytes with a cache, without one, with a folder that cannot be written and with damaged cache files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

from qa_checker.api import audit_paths
from qa_checker.reporting import html
from qa_checker.results import Report
from qa_checker.rubric import load_rubric
from tests.conftest import NOW, SAMPLES


@pytest.fixture(scope="module")
def report() -> Report:
    return audit_paths([SAMPLES], rubric=load_rubric(), now=NOW)


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache home of this test's own, and template environments built anew (as in a new process)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home"))
    html._environment.cache_clear()
    yield tmp_path / "home" / "qa-checker" / "templates"
    html._environment.cache_clear()


def _uncached(report: Report, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    with monkeypatch.context() as patch:
        patch.setattr(html, "cache_folder", lambda kind: None)
        html._environment.cache_clear()
        assert html.environment().bytecode_cache is None
        expected = {"single": html.render(report), **html.pages(report)}
    html._environment.cache_clear()
    return expected


def _rendered(report: Report) -> dict[str, str]:
    html._environment.cache_clear()
    return {"single": html.render(report), **html.pages(report)}


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(html._Environment, "compile", refuse)


def test_a_later_process_reads_the_compiled_templates_back(
    report: Report, fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _uncached(report, monkeypatch)
    assert _rendered(report) == expected
    assert len(list(fresh.glob("*.cache"))) >= 12
    _refuse_compiling(monkeypatch)
    assert _rendered(report) == expected


def test_a_cache_folder_that_cannot_be_written_leaves_the_report_written(
    report: Report, fresh: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    expected = _uncached(report, monkeypatch)
    (tmp_path / "home").write_text("a file, not a folder", encoding="utf-8")
    assert _rendered(report) == expected
    assert _rendered(report) == expected


@pytest.mark.parametrize("damage", [lambda raw: raw[: len(raw) // 2], lambda raw: b"\x00" * 40, lambda raw: b""])
def test_a_damaged_cache_file_is_compiled_anew(
    report: Report, fresh: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    expected = _rendered(report)
    for path in fresh.glob("*.cache"):
        path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert _rendered(report) == expected


def test_templates_compiled_with_other_settings_are_never_read_back(fresh: Path) -> None:
    ours = html.template_cache(html.environment())
    other = html.template_cache(jinja2.Environment(trim_blocks=True, autoescape=True))
    assert isinstance(ours, jinja2.FileSystemBytecodeCache) and isinstance(other, jinja2.FileSystemBytecodeCache)
    assert ours.directory == other.directory == str(fresh)
    assert ours.pattern != other.pattern


def test_templates_compiled_by_another_revision_of_the_compiler_are_never_read_back(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = html.template_cache(html.environment())
    monkeypatch.setattr(html._Printer, "REVISION", html._Printer.REVISION + 1)
    other = html.template_cache(html.environment())
    assert isinstance(ours, jinja2.FileSystemBytecodeCache) and isinstance(other, jinja2.FileSystemBytecodeCache)
    assert ours.pattern != other.pattern
