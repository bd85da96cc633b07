"""simplemma's rules loaded on first use give every language's rule function, from threads at once, as
simplemma imported whole gives them."""

from __future__ import annotations

import json
import subprocess
import sys

WORDS = ["wordings", "bearbeitungen", "réalisations", "organizzazione", "zarządzania", "analysoinnit", "ab"]


def _rules(*, simplemma_first: bool) -> dict[str, list[str | None]]:
    code = (
        "import json, sys\nfrom concurrent.futures import ThreadPoolExecutor\n"
        + ("import simplemma\n" if simplemma_first else "")
        + "from qa_checker.language import morphology as m\nm._rules_on_demand()\nimport simplemma\n"
        "from simplemma.strategies.defaultrules import RULE_FUNCTIONS as rules\n"
        "words = json.loads(sys.stdin.read())\n"
        "def apply(lang): return lang, [rules[lang](w) for w in words]\n"
        "with ThreadPoolExecutor(8) as pool: found = dict(pool.map(apply, list(rules) * 3))\n"
        "print(json.dumps(found))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=json.dumps(WORDS), capture_output=True, text=True, timeout=120, check=True
    )
    found: dict[str, list[str | None]] = json.loads(done.stdout)
    return found


def test_every_languages_rules_from_threads_at_once_are_simplemmas() -> None:
    on_demand = _rules(simplemma_first=False)
    assert len(on_demand) >= 10
    assert on_demand == _rules(simplemma_first=True)
