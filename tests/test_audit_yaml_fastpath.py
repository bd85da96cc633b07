"""The libyaml fast path of the YAML loader (added for audit speed) reads exactly what the pure-Python one does."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from benchmarks.corpus import write_corpus
from qa_checker.limits import Limits
from qa_checker.loaders import yaml_
from tests.conftest import SAMPLES

pytestmark = pytest.mark.skipif(yaml_._FastDescriptorLoader is None, reason="PyYAML without libyaml")


def _pure(text: str):
    return [d for d in yaml.load_all(text, Loader=yaml_._DescriptorLoader) if d is not None]


def test_same_data_as_the_pure_python_loader(tmp_path):
    files = [*SAMPLES.rglob("*.yaml"), *write_corpus(tmp_path, 60, yaml_share=1.0)]
    texts = [p.read_text(encoding="utf-8") for p in files]
    texts += ["date: 2026-03-01\nn: 1e3\nb: yes\nz: 0o17\nx: .inf\n", "- a\n- {b: [1, 2]}\n"]
    for text in texts:
        assert yaml_._parse(text) == _pure(text)


@pytest.mark.parametrize(
    "text",
    ["a: [1, 2\n", "a: 1\n---\nb: [2\n", "a: !!python/object:os.system x\n", "a:\n\t- tab\n", "key: value: other\n"],
    ids=["unclosed", "second-document-broken", "python-tag", "tab", "colon"],
)
def test_problems_get_the_same_findings_as_without_libyaml(monkeypatch, text):
    fast = yaml_.load(text.encode(), "x.yaml")
    monkeypatch.setattr(yaml_, "_FastDescriptorLoader", None)
    pure = yaml_.load(text.encode(), "x.yaml")
    assert [d.findings for d in fast] == [d.findings for d in pure]
    assert [d.data for d in fast] == [d.data for d in pure]


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 50_000 + "1" + "}" * 50_000,
        "".join("  " * i + "k:\n" for i in range(20_000)),
        "".join(" " * i + "- " for i in range(20_000)) + "x\n",
        "a: " + "[" * 5_000 + "]" * 5_000 + "\n",
    ],
    ids=["lists", "mappings", "block-mappings", "block-lists", "flow-lists-in-a-value"],
)
def test_deep_nesting_never_reaches_native_code(tmp_path, text):
    """libyaml's recursive composer and yaml-rs (20,000 levels of block nesting end the process) crash on
    such input; the pure-Python loader's counted composer reports it instead."""
    assert yaml_._read_rs(text, Limits(max_nodes=10**9)) == (False, None)
    (tmp_path / "deep.yaml").write_text(text, encoding="utf-8")
    code = (
        "import sys; from qa_checker.loaders import yaml_; "
        f"docs = yaml_.load(open({str(tmp_path / 'deep.yaml')!r}, 'rb').read(), 'deep.yaml'); "
        "print(docs[0].findings[0].rule)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().startswith("MC-LD-")
