"""The fuzz harness itself answers a plain input of every target (a broken harness makes every fuzz
run in CI fail on its first input, whatever the parsers do)."""

from __future__ import annotations

import importlib
import sys

import pytest

from tests.conftest import ROOT

TARGETS = (
    "fuzz_json",
    "fuzz_yaml",
    "fuzz_csv",
    "fuzz_xlsx",
    "fuzz_ods",
    "fuzz_zip",
    "fuzz_jsonld",
    "fuzz_html",
    "fuzz_xml",
)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("raw", [b"", b"{}", b"title: x\n", b"\xff\xfe\x00"])
def test_every_target_checks_a_plain_input(target: str, raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("atheris")
    monkeypatch.setenv("QA_FUZZ_PLAIN", "1")  # no instrumentation: only the harness's path is under test
    monkeypatch.syspath_prepend(str(ROOT / "fuzz"))
    module = importlib.import_module(target)
    harness = sys.modules["_harness"]
    harness.check(*module.materialise(raw))
