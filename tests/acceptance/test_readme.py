"""The README shows real output: every sample result it quotes is what `qa-checker check` prints today."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
STATUS = re.compile(r"^(PASS|FAIL|ERROR) (samples/\S+)")


def quoted_sections() -> list[tuple[str, str]]:
    """(sample path, quoted section) for every descriptor result quoted in a README text block."""
    sections = []
    for block in re.findall(r"```text\n(.*?)```", README, flags=re.S):
        for section in re.split(r"\n(?=(?:PASS|FAIL|ERROR) samples/)", block):
            match = STATUS.match(section)
            if match:
                sections.append((match.group(2), section.split("\n\n")[0].rstrip()))
    return sections


SECTIONS = quoted_sections()


def test_the_readme_quotes_sample_output() -> None:
    assert len(SECTIONS) >= 4


@pytest.mark.parametrize(("sample", "quoted"), SECTIONS, ids=[s for s, _ in SECTIONS])
def test_quoted_output_is_current(run_cli, monkeypatch, sample: str, quoted: str) -> None:
    monkeypatch.chdir(ROOT)
    result = run_cli("check", sample, "--now", "2026-11-29", "--color", "never")
    actual = result.output.split("\n\n")[0].rstrip()
    if "hint:" not in quoted:
        actual = "\n".join(line for line in actual.splitlines() if "hint:" not in line)
    assert actual == quoted


def _python_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


@pytest.mark.parametrize("block", _python_blocks(), ids=lambda b: b.splitlines()[0][:40])
def test_python_examples_run(block: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python example in the README runs as written, from the project's root."""
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {})


def test_the_limits_section_lists_every_limit_with_its_default() -> None:
    from qa_checker.limits import Limits, tunable

    section = README.split("## Limits and hostile input", 1)[1].split("\n## ", 1)[0]
    assert f"| `--max-bytes` | {Limits().max_bytes:,} |" in section
    for name, (_, default, what) in tunable().items():
        shown = f"{default:,}" if isinstance(default, int) else f"{default:g}"
        assert f"| `{name}` | {shown} | {what} |" in section, name
