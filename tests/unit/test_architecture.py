"""The layering the README describes, checked on the code's own imports (as import-linter contracts would).

The pure core (loaders, importers, engine, rules, scoring) returns values; the runner ties it
together; renderers, the CLI and the other edges read the Report. A module importing across these
lines fails here with the offending import named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "qa_checker"


def _imports(path: Path) -> set[str]:
    """Every qa_checker module a file imports, at any level (lazy imports inside functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("qa_checker")}


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).glob("*.py"))


def _offending(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in paths
        for name in sorted(_imports(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


def test_renderers_read_only_the_report() -> None:
    forbidden = (
        "qa_checker.audit",
        "qa_checker.api",
        "qa_checker.rules",
        "qa_checker.runner",
        "qa_checker.engine",
        "qa_checker.loaders",
        "qa_checker.importers",
        "qa_checker.cli",
        "qa_checker.rubric",
        "qa_checker.validation",
        "qa_checker.scoring",
    )
    assert _offending(_modules("reporting"), forbidden) == []


def test_loaders_and_importers_stay_below_the_rules_and_the_runner() -> None:
    forbidden = (
        "qa_checker.rules",
        "qa_checker.runner",
        "qa_checker.engine",
        "qa_checker.cli",
        "qa_checker.reporting",
        "qa_checker.api",
    )
    assert _offending(_modules("loaders") + _modules("importers"), forbidden) == []


def test_the_command_line_only_parses_options_calls_the_runner_and_renders() -> None:
    forbidden = (
        "qa_checker.engine",
        "qa_checker.api",
        "qa_checker.validation",
        "qa_checker.importers",
        "qa_checker.scoring",
        "qa_checker.loaders.json_",
        "qa_checker.loaders.yaml_",
        "qa_checker.loaders.tabular",
        "qa_checker.loaders.archive",
        "qa_checker.loaders.common",
    )
    assert _offending(_modules("cli"), forbidden) == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_keeps_global_state(path: Path) -> None:
    """Settings travel in RunConfig, never through ``global`` assignments."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Global)]


def test_the_engine_imports_no_rule_module_for_a_feature_that_is_not_a_rule() -> None:
    rule_modules = {f"qa_checker.rules.{p.stem}" for p in _modules("rules")} - {
        "qa_checker.rules.base",
        "qa_checker.rules.__init__",
    }
    imported = _imports(PACKAGE / "engine.py")
    assert not {name for name in imported for module in rule_modules if name == module or name.startswith(module + ".")}
