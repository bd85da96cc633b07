"""Hostile round 29: what an audit may remove from its pages folder, and outputs that cannot be written."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "offers" / "data-ethics-nl.yaml"

Run = Callable[..., Result]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / "course.yaml")
    return folder


def test_an_audit_removes_only_its_own_stale_pages(tmp_path: Path, inputs: Path, run_cli: Run) -> None:
    pages = tmp_path / "out" / "report-pages"
    pages.mkdir(parents=True)
    (pages / "my-notes.html").write_text("<p>mine</p>", encoding="utf-8")
    (pages / "page-0009.html").write_text("<p>an earlier audit's page</p>", encoding="utf-8")

    result = run_cli("audit", str(inputs), "--out", str(tmp_path / "out"), "--now", "2026-11-29")

    assert result.exit_code == 0, result.output
    assert (pages / "my-notes.html").read_text(encoding="utf-8") == "<p>mine</p>"
    assert not (pages / "page-0009.html").exists()
    assert (pages / "page-0001.html").exists()


def test_an_audit_removes_nothing_from_a_pages_folder_reached_through_a_link(
    tmp_path: Path, inputs: Path, run_cli: Run
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>my site</h1>", encoding="utf-8")
    (site / "page-0042.html").write_text("<p>my page</p>", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report-pages").symlink_to(site, target_is_directory=True)

    result = run_cli("audit", str(inputs), "--out", str(out), "--now", "2026-11-29")

    assert result.exit_code == 0, result.output
    assert (site / "index.html").read_text(encoding="utf-8") == "<h1>my site</h1>"
    assert (site / "page-0042.html").exists()
