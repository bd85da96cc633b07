"""The reproducibility stamp of a run: tool, rubric (with its file's hash), waivers and every input's hash."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_checker import __version__

# The tool's name in every report: the stamp's "tool", and the author of the workbooks it writes (a workbook of
# that author in a folder being checked is a report, not a catalogue).
TOOL = "qa-checker"

if TYPE_CHECKING:
    from qa_checker.results import Result
    from qa_checker.rubric import Rubric


def stamp(
    rubric: Rubric, generated_at: str | None, results: Iterable[Result], *, waivers_file: str | None = None
) -> dict[str, Any]:
    """What is needed to reproduce a run."""
    data: dict[str, Any] = {
        "tool": TOOL,
        "version": __version__,
        "rubric": {"id": rubric.id, "version": rubric.version, "sha256": file_sha256(rubric.path)},
        "generated_at": generated_at,
        "inputs": _inputs(results),
    }
    if waivers_file is not None:
        data["waivers"] = {"path": waivers_file, "sha256": file_sha256(waivers_file)}
    return data


def _inputs(results: Iterable[Result]) -> Sequence[dict[str, Any]]:
    """Each input's source and SHA-256; results kept on disk give a view that reads them as needed."""
    spilled = getattr(results, "inputs", None)
    if spilled is not None:
        return spilled()  # type: ignore[no-any-return]
    return [{"source": r.source, "sha256": r.sha256} for r in results]


def file_sha256(path: str | None) -> str | None:
    """The SHA-256 of a file, or ``None`` when there is none or it cannot be read."""
    if not path:
        return None
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None
