"""Issue 11: a finding made without its ``__init__`` call, and patterns compiled on first use, are what the plain
ways give."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest

from qa_checker.findings import Finding, Origin, Severity, Waiver
from qa_checker.patterns import LazyPattern, lazy
from qa_checker.text import msg

MESSAGE = msg("'{code}' is not an ISO 639-1 language code", code="xx")

CASES = [
    {"rule": "MC-VC-002", "severity": Severity.ERROR, "element": None, "pointer": "/languages/0"},
    {
        "rule": "MC-LO-004",
        "severity": Severity.WARNING,
        "element": "learning_outcomes",
        "pointer": "/learning_outcomes/1/en",
        "principles": ("transparency",),
        "origin": Origin(sheet="Courses", cell="F14"),
        "waiver": Waiver("accepted", until="2027-01-01"),
        "line": 4,
        "column": 7,
        "extra": {"k": 1},
    },
]


@pytest.mark.parametrize("given", CASES)
def test_a_made_finding_is_the_one_init_makes(given: dict[str, object]) -> None:
    made = Finding.make(message=MESSAGE, hint="Use en.", **given)
    plain = Finding(message=MESSAGE.english(), hint="Use en.", message_text=MESSAGE, hint_text=None, **given)  # type: ignore[arg-type]
    assert made == plain
    assert hash(made) == hash(plain)
    assert {f.name: getattr(made, f.name) for f in fields(Finding)} == {
        f.name: getattr(plain, f.name) for f in fields(Finding)
    }
    assert made.to_dict() == plain.to_dict()


def test_each_made_finding_has_an_extra_of_its_own() -> None:
    first, second = (Finding.make(message="m", hint="h", **CASES[0]) for _ in range(2))  # type: ignore[arg-type]
    first.extra["seen"] = True
    assert second.extra == {}


def test_a_finding_made_with_a_wrong_or_missing_field_is_refused_as_init_refuses_it() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'bogus'"):
        Finding.make(message="m", hint="h", bogus=1, **CASES[0])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="missing"):
        Finding.make(message="m", hint="h", rule="MC-X")


TEXT = "Grades 1-5 (5 best), pass at 3; Note 2,5 / 4.0 and A-F"
PATTERNS = [(r"(\d)(?:[.,](\d))?", 0), (r"\b(?:pass|best)\b", re.IGNORECASE), (r"[a-f]", re.IGNORECASE)]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(pattern: str, flags: int) -> None:
    found, compiled = lazy(pattern, flags), re.compile(pattern, flags)
    assert found.pattern == pattern and found.flags == flags
    for at in (0, 9):
        assert repr(found.search(TEXT, at)) == repr(compiled.search(TEXT, at))
        assert repr(found.match(TEXT, at)) == repr(compiled.match(TEXT, at))
        assert [m.span() for m in found.finditer(TEXT, at)] == [m.span() for m in compiled.finditer(TEXT, at)]
        assert found.findall(TEXT, at) == compiled.findall(TEXT, at)
    assert repr(found.fullmatch("3")) == repr(compiled.fullmatch("3"))
    assert found.split(TEXT, 2) == compiled.split(TEXT, 2)
    assert found.sub("#", TEXT, 3) == compiled.sub("#", TEXT, 3)
    assert found.sub(lambda m: m.group(0).upper(), TEXT) == compiled.sub(lambda m: m.group(0).upper(), TEXT)


def test_a_lazy_pattern_is_compiled_on_first_use_only() -> None:
    pattern = LazyPattern(r"(\d+", 0)  # not a pattern: compiling it fails, when it is first used
    assert pattern.pattern == r"(\d+"
    with pytest.raises(re.error):
        pattern.search("12")
    once = lazy(r"\d+")
    assert once.compiled is once.compiled


def test_the_grading_readers_patterns_are_compiled_on_first_use() -> None:
    from qa_checker.rules import grading

    made = [value for value in vars(grading).values() if isinstance(value, LazyPattern)]
    assert len(made) > 20
    assert not any(isinstance(value, re.Pattern) for value in vars(grading).values())


def _run_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[list[bool], list[bool]]:
    """``qa-checker ARGS`` through the script's ``main()``: whether the collector ran while each command module
    was imported, and each time start-up was set aside from it (``gc.freeze`` is recorded, not done)."""
    import gc
    import importlib

    from qa_checker import cli

    imported: list[bool] = []
    frozen: list[bool] = []
    real_import = importlib.import_module

    def import_module(name: str) -> object:
        if name.startswith("qa_checker.cli."):
            imported.append(gc.isenabled())
        return real_import(name)

    monkeypatch.setattr(importlib, "import_module", import_module)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(gc.isenabled()))
    monkeypatch.setattr("sys.argv", ["qa-checker", *args])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 0
    assert gc.isenabled()
    return imported, frozen


def test_the_collector_is_paused_while_a_command_starts_and_runs_for_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    imported, frozen = _run_main(monkeypatch, "rules")
    assert imported == [False]
    assert frozen == [False]
    assert "MC-SC-001" in capsys.readouterr().out


def test_the_collector_runs_again_after_a_run_without_a_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    imported, frozen = _run_main(monkeypatch, "--version")
    assert imported == [] and frozen == []
    assert "qa-checker" in capsys.readouterr().out


def test_a_text_is_decoded_for_placing_only_when_a_finding_is_placed_by_a_pointer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from qa_checker import locate
    from qa_checker.results import Result

    decoded: list[str] = []
    real_decode = locate.decode

    def counted(raw: bytes, source: str, fmt: str) -> object:
        decoded.append(source)
        return real_decode(raw, source, fmt)

    monkeypatch.setattr(locate, "decode", counted)
    raw = b'{\n "title": {"en": "Data ethics"},\n "languages": ["xx"]\n}\n'
    placed_by_line = Finding.make(message="m", hint="h", line=2, column=2, **CASES[0])  # type: ignore[arg-type]
    pointed = Finding.make(message="m", hint="h", **CASES[0])  # type: ignore[arg-type]
    by_origin = Finding.make(message="m", hint="h", origin=Origin(line=3), **CASES[0])  # type: ignore[arg-type]

    def result(source: str, *findings: Finding) -> Result:
        return Result(source=source, id=None, kind=None, status="fail", score=0.0, elements={}, findings=list(findings))

    results = [result("a.json"), result("b.json", placed_by_line, by_origin), result("c.json", pointed)]
    texts = dict.fromkeys(("a.json", "b.json", "c.json"), (raw, "json"))
    located = locate.locate_results(results, texts)
    assert decoded == ["c.json"]
    assert located[0].findings == []
    assert [(f.line, f.column) for f in located[1].findings] == [(2, 2), (3, None)]
    assert [(f.line, f.column) for f in located[2].findings] == [(3, raw.splitlines()[2].index(b'"xx"') + 1)]


@pytest.mark.parametrize(
    "value",
    [
        "https://provider.example.eu/courses/11",
        "http://x.eu",
        "https://provider.example.eu/a\u00a0b",
        "https://provider.example.eu/a\u2003b",
        "https://provider.example.eu/a\u3000b",
        "https://provider.example.eu/\tx",
        "https://[::1",
        "ftp://provider.example.eu",
        "provider.example.eu",
        "https://",
        "https://provider.example.eu/" + "a" * 300,
        "https://provider.example.eu/" + "a" * 300 + " b",
    ],
)
def test_a_remembered_address_verdict_is_the_plain_one(value: str) -> None:
    from urllib.parse import urlparse

    from qa_checker.validation import is_url

    try:
        parsed = urlparse(value)
        plain = parsed.scheme in ("http", "https") and bool(parsed.netloc) and not any(c.isspace() for c in value)
    except ValueError:
        plain = False
    assert is_url(value) is plain
    assert is_url(value) is plain  # asked again: remembered, or read again past the remembered length
