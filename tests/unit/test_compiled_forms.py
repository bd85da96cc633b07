"""Issue 11: patterns built from their kept compiled forms are the patterns ``re.compile`` gives.

The tool's own patterns, after a run that keeps them and a later process that reads them back, equal
(by the engine's comparison of flags, text and code) what ``re.compile`` makes; a damaged, cut, foreign or
refused cache file, a full one, or none at all, changes no pattern.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_checker import patterns
from qa_checker.patterns import CompiledForms, regex
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]

# A spread of what the tool's patterns use: classes, groups named and not, look-arounds, back-references,
# repetitions, alternations, flags, Unicode and bytes.
VARIED: list[tuple[str | bytes, int]] = [
    (r"(?P<word>\w+)\s+(?P=word)", 0),
    (r"(?<![\w/])(?:ECTS|credits?)(?!\w)", re.IGNORECASE),
    (r"^\s*[-*•]\s+", re.MULTILINE),
    (r"a{2,5}?b*c+", 0),
    (r"[\u0400-\u04ff]+|[^\x00-\x7f]", 0),
    (r"(?x) \d{4} - \d{2}  # a month", 0),
    (r"(a)|(b)|(?:c)", re.DOTALL),
    (b"\\x00[\\t\\n\\r\\x20-\\x7e]", 0),
    (rb"<meta[^>]{0,200}charset", re.IGNORECASE),
    (r"(?i:straße)|ǅ", re.ASCII),
]


def _forms(folder: Path) -> CompiledForms:
    return CompiledForms(folder / "forms.marshal")


def _kept(forms: CompiledForms, items: list[tuple[str | bytes, int]]) -> Path:
    for pattern, flags in items:
        forms.compile(pattern, flags)
    forms.save()
    assert forms.path is not None and forms.path.is_file()
    return forms.path


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(re, "compile", refuse)


def test_the_tools_own_patterns_read_back_as_compiled(tmp_path: Path) -> None:
    """Every module imported and the samples checked in a process of their own; each form it kept builds the
    pattern ``re.compile`` makes."""
    code = (
        "import importlib, pkgutil, qa_checker\n"
        "for m in pkgutil.walk_packages(qa_checker.__path__, 'qa_checker.'):\n"
        "    if not m.name.endswith('__main__') and not m.name.startswith(('qa_checker.store', 'qa_checker.web')):\n"
        "        importlib.import_module(m.name)\n"
        "from qa_checker.cli import cli\n"
        f"cli(['check', {str(SAMPLES)!r}, '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}], standalone_mode=False)\n"
    )
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], env=environment, cwd=ROOT, capture_output=True, timeout=300)
    assert done.returncode == 1, done.stderr.decode()[-2000:]  # some samples fail
    (path,) = (tmp_path / "cache" / "qa-checker" / "patterns").glob("*.marshal")
    kept = CompiledForms(path).kept()
    assert len(kept) > 250
    for (pattern, flags), form in kept.items():
        assert patterns._built(pattern, form) == re.compile(pattern, flags), pattern


def test_a_later_process_builds_kept_patterns_without_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [re.compile(pattern, flags) for pattern, flags in VARIED]
    _kept(_forms(tmp_path), VARIED)
    _refuse_compiling(monkeypatch)
    later = _forms(tmp_path)
    built = [later.compile(pattern, flags) for pattern, flags in VARIED]
    assert built == expected
    assert [p.groupindex for p in built] == [p.groupindex for p in expected]
    assert built[0].sub(r"\g<word>", "the the end") == "the end"


def test_a_pattern_is_made_once_per_process(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    assert forms.compile(r"a+b", re.I) is forms.compile(r"a+b", re.I)
    assert forms.compile(r"a+b") is not forms.compile(r"a+b", re.I)


def test_str_and_bytes_patterns_of_one_text_are_kept_apart(tmp_path: Path) -> None:
    _kept(_forms(tmp_path), [("a+", 0), (b"a+", 0)])
    later = _forms(tmp_path)
    assert later.compile("a+").match("aa") and later.compile(b"a+").match(b"aa")


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw[:-1],
        lambda raw: raw + b"junk",
        lambda raw: os.urandom(len(raw)),
        lambda raw: b"",
        lambda raw: raw[:40] + bytes([raw[40] ^ 1]) + raw[41:],
    ],
)
def test_a_damaged_cache_file_changes_no_pattern(tmp_path: Path, damage: object) -> None:
    path = _kept(_forms(tmp_path), VARIED)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    later = _forms(tmp_path)
    assert [later.compile(pattern, flags) for pattern, flags in VARIED] == [re.compile(p, f) for p, f in VARIED]


def test_an_index_longer_than_any_kept_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _kept(_forms(tmp_path), VARIED)
    monkeypatch.setattr(patterns, "_LARGEST_INDEX", 16)
    later = _forms(tmp_path)
    assert later.kept() == {}
    assert [later.compile(pattern, flags) for pattern, flags in VARIED] == [re.compile(p, f) for p, f in VARIED]
    assert path.is_file()


def test_a_form_the_engine_refuses_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    forms = _forms(tmp_path)
    refused = {("a+", 0): (32, b"\xff" * 12, 0, {}, (None,)), ("(b)", 0): (32, b"", 5, {"x": 9}, ())}
    forms.fresh = {patterns._digest(key): (key, re.compile(*key)) for key in refused}
    with monkeypatch.context() as patched:
        patched.setattr(patterns, "_form", lambda pattern, flags, made: refused[(pattern, flags)])
        forms.save()
    later = _forms(tmp_path)
    assert set(later.kept()) == set(refused)
    assert later.compile("a+") == re.compile("a+") and later.compile("(b)") == re.compile("(b)")


def test_another_builds_file_under_this_name_is_not_read(tmp_path: Path) -> None:
    mine = _kept(_forms(tmp_path), VARIED)
    other = CompiledForms(tmp_path / "other.marshal")
    _kept(other, [("x", 0)])
    mine.write_bytes((tmp_path / "other.marshal").read_bytes())
    assert CompiledForms(mine).kept() == {}


def test_no_more_than_the_kept_number_of_forms_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "KEPT_FORMS", 5)
    path = _kept(_forms(tmp_path), [(f"a{n}", 0) for n in range(12)])
    assert len(CompiledForms(path).kept()) == 5


def test_forms_of_two_processes_are_both_kept(tmp_path: Path) -> None:
    first, second = _forms(tmp_path), _forms(tmp_path)
    first.compile("one")
    second.compile("two")
    first.save()
    second.save()
    assert set(_forms(tmp_path).kept()) == {("one", 0), ("two", 0)}


def test_debug_and_locale_patterns_are_not_kept(tmp_path: Path) -> None:
    forms = _forms(tmp_path)
    assert forms.compile(b"a", re.LOCALE) == re.compile(b"a", re.LOCALE)
    forms.compile(b"b")
    forms.save()
    assert set(_forms(tmp_path).kept()) == {(b"b", 0)}


def test_a_folder_that_cannot_be_written_costs_no_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    folder = tmp_path / "a-file" / "patterns"
    forms = CompiledForms(folder / "forms.marshal")
    forms.compile("a+b")
    monkeypatch.setattr(patterns, "_form", lambda *args: pytest.fail("a form taken that cannot be kept"))
    forms.save()
    assert not (folder / "forms.marshal").exists()


def test_without_a_cache_folder_patterns_are_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "cache-home"
    home.write_text("a file", encoding="utf-8")
    forms = CompiledForms(home / "qa-checker" / "patterns" / "forms.marshal")
    assert forms.compile(r"\d+") == re.compile(r"\d+")
    forms.save()
    assert CompiledForms(None).compile("x") == re.compile("x")


def test_regex_gives_what_re_compile_gives() -> None:
    for pattern, flags in VARIED:
        assert regex(pattern, flags) == re.compile(pattern, flags)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\\()|*+?[]^$.{}0123:<>=!PwdsSiIxX-", max_size=16), st.sampled_from([0, re.I, re.M | re.S]))
def test_any_pattern_reads_back_as_compiled_or_is_refused_alike(pattern: str, flags: int) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        try:
            expected = re.compile(pattern, flags)
        except (re.error, OverflowError, RecursionError) as refused:
            with pytest.raises(type(refused)):
                _forms(Path(folder)).compile(pattern, flags)
            return
        forms = _forms(Path(folder))
        assert forms.compile(pattern, flags) == expected
        forms.save()
        assert _forms(Path(folder)).compile(pattern, flags) == expected
