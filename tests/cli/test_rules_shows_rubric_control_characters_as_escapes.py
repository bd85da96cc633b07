"""``qa-checker rules --rubric FILE`` shows a rubric's own texts with their control characters as escapes.

A rubric's title, description, thresholds and string options may hold control characters written as YAML
escapes (``"\\e]0;title\\a"``); ``rules`` printed them raw, so a rubric file could retitle the terminal,
erase the screen or hide text behind backspaces. The check reports already showed them as escapes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import Result

Run = Callable[..., Result]


def test_the_rubric_header_and_options_keep_no_control_character(tmp_path: Path, run_cli: Run) -> None:
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text(
        'id: mine\nversion: "1"\ntitle: "T\\e]0;renamed\\a"\ndescription: "D\\e[2J"\nextends: eu-2022\n'
        'rules:\n  MC-WL-003: {options: {credit_system: "\\e[31mX"}}\n'
        'thresholds:\n  - {rule: MC-WL-003, setting: "s\\b\\b", source: "src\\e[8m"}\n',
        encoding="utf-8",
    )
    outcome = run_cli("rules", "--rubric", str(rubric))
    assert outcome.exit_code == 0, outcome.output
    shown = outcome.output
    assert not any(ord(c) < 32 and c != "\n" for c in shown), [c for c in shown if ord(c) < 32 and c != "\n"]
    for escaped in ("T\\x1b]0;renamed\\x07", "D\\x1b[2J", "credit_system=\\x1b[31mX", "s\\x08\\x08", "src\\x1b[8m"):
        assert escaped in shown, escaped
