"""The .ods fuzz target answers plain inputs and its seeds in both of its modes (the file itself, or the
content.xml of a package), as the other targets are checked in test_fuzz_harness.py."""

from __future__ import annotations

import importlib
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture
def target(monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("atheris")
    monkeypatch.setenv("QA_FUZZ_PLAIN", "1")  # no instrumentation: only the harness's path is under test
    monkeypatch.syspath_prepend(str(ROOT / "fuzz"))
    return importlib.import_module("fuzz_ods")


@pytest.mark.parametrize(
    "raw", [b"", b"{}", b"\x01", b"\x01<x/>", b"\x00PK\x03\x04", b"\xff\xfe\x00", b"\x01\xff\xfe\x00"]
)
def test_the_ods_target_checks_a_plain_input(target, raw: bytes) -> None:
    sys.modules["_harness"].check(*target.materialise(raw))


def test_the_ods_seeds_read_as_descriptors_in_both_modes(target) -> None:
    run = importlib.import_module("run")
    seeds = run.seeds("ods")
    assert {seed[0] for seed in seeds} == {0, 1}
    for seed in seeds:
        suffix, raw = target.materialise(seed)
        assert suffix == ".ods" and raw.startswith(b"PK")
        sys.modules["_harness"].check(suffix, raw)
