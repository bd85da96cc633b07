"""simplemma's suffix rules are compiled per language on first use, and every lemma stays simplemma's own."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest
import yaml

from qa_checker.language.morphology import rule_modules

HELDOUT = Path(__file__).parent / "outcomes_heldout3"
RULES_INIT = Path(find_spec("simplemma").origin).parent / "strategies" / "defaultrules" / "__init__.py"  # type: ignore[union-attr, arg-type]


def test_the_table_read_from_simplemma_is_the_table_simplemma_builds() -> None:
    code = (
        "import json\nfrom simplemma.strategies.defaultrules import RULE_FUNCTIONS\n"
        "print(json.dumps([[k, f.__module__.rsplit('.', 1)[1], f.__name__] for k, f in RULE_FUNCTIONS.items()]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    expected = [[code, module, function] for code, (module, function) in rule_modules(RULES_INIT.read_bytes()).items()]  # type: ignore[union-attr]
    assert json.loads(done.stdout) == expected


@pytest.mark.parametrize(
    "source",
    [
        b'from .de import apply_de\nRULE_FUNCTIONS = {"de": apply_de}\nprint("side effect")\n',
        b'from .de import apply_de\nRULE_FUNCTIONS = {"de": apply_de}\nRULE_FUNCTIONS["en"] = apply_de\n',
        b'from .de import apply_de\nRULE_FUNCTIONS = {"de": apply_de, "en": apply_en}\n',
        b"from .de import apply_de\nRULE_FUNCTIONS = dict(de=apply_de)\n",
        b'from .de import apply_de\nRULE_FUNCTIONS = {"de": apply_de, **OTHERS}\n',
        b'from .de import apply_de\nimport os\nRULE_FUNCTIONS = {"de": apply_de}\n',
        b"from .de import apply_de\n",
        b"RULE_FUNCTIONS = {",
        b"\xff\xfe",
    ],
    ids=["statement", "added-later", "not-imported", "call", "unpacked", "other-import", "no-table", "syntax", "bytes"],
)
def test_an_init_that_does_anything_else_is_imported_as_simplemma_ships_it(source: bytes) -> None:
    assert rule_modules(source) is None


def test_a_table_as_simplemma_writes_it_is_read_in_its_order() -> None:
    source = (
        b'"""Rules."""\n\nfrom collections.abc import Callable\n\nfrom .is_ import apply_is\nfrom .de import apply_de\n\n'
        b'RULE_FUNCTIONS: dict[str, Callable[[str], str | None]] = {\n    "is": apply_is,\n    "de": apply_de,\n}\n'
    )
    assert rule_modules(source) == {"is": ("is_", "apply_is"), "de": ("de", "apply_de")}


def _lemmas(words: dict[str, list[str]], *, simplemma_first: bool) -> tuple[dict[str, list[str]], list[str]]:
    """Lemmas and verb readings of ``words`` (by language) in a fresh process, and its rule modules loaded."""
    code = (
        "import json, sys\n"
        + ("import simplemma\n" if simplemma_first else "")
        + "from qa_checker.language import morphology as m\nwords = json.loads(sys.stdin.read())\n"
        "out = {lang: [[m.lemma(w, lang), m.written_lemma(w, lang), m.verb_lemma(w, lang)] for w in ws]"
        " for lang, ws in words.items()}\n"
        "print(json.dumps([out, sorted(k for k in sys.modules if k.startswith('simplemma.strategies.defaultrules.'))]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(words), capture_output=True, text=True, timeout=300, check=True
    )
    found, modules = json.loads(done.stdout)
    return found, modules


def test_every_lemma_is_the_one_simplemma_gives_when_imported_whole() -> None:
    """The held-out outcome statements' words, as written and lower-cased, and made-up words the rules decide."""
    words: dict[str, list[str]] = {}
    for path in sorted(HELDOUT.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        tokens = {t for _, text in document["statements"] for t in re.findall(r"\w+", text)}
        made_up = {t + ending for t in list(tokens)[:40] for ending in ("ungen", "ierte", "ations", "amente", "owania")}
        words[document["language"]] = sorted(tokens | {t.lower() for t in tokens} | made_up)
    on_demand, modules = _lemmas(words, simplemma_first=False)
    whole, all_modules = _lemmas(words, simplemma_first=True)
    assert on_demand == whole
    assert {m.rsplit(".", 1)[1] for m in modules} < {m.rsplit(".", 1)[1] for m in all_modules}
    assert "simplemma.strategies.defaultrules.fi" not in modules
