"""The layering the README describes, checked on the code's own imports (as import-linter contracts would).

The pure core (loaders, importers, engine, rules, scoring) returns values; the runner ties it
together; renderers, the CLI and the other edges read the Report. A module importing across these
lines fails here with the offending import named.
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "qa_checker"


def _parsed(path: Path) -> ast.Module:
    """The syntax tree of a source file, built with the cyclic collector paused: CPython 3.11 shares one depth
    counter between all the syntax trees being built, and a finalizer the collector runs meanwhile may build
    another (an import that pytest rewrites), which then fails this one with "AST constructor recursion depth
    mismatch" (python/cpython#106905)."""
    source = path.read_text(encoding="utf-8")
    collecting = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source)
    finally:
        if collecting:
            gc.enable()


def _imports(path: Path) -> set[str]:
    """Every qa_checker module a file imports, at any level (lazy imports inside functions too)."""
    found: set[str] = set()
    for node in ast.walk(_parsed(path)):
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
    tree = _parsed(path)
    assert not [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Global)]


def test_the_engine_imports_no_rule_module_for_a_feature_that_is_not_a_rule() -> None:
    rule_modules = {f"qa_checker.rules.{p.stem}" for p in _modules("rules")} - {
        "qa_checker.rules.base",
        "qa_checker.rules.__init__",
    }
    imported = _imports(PACKAGE / "engine.py")
    assert not {name for name in imported for module in rule_modules if name == module or name.startswith(module + ".")}


def _module_file(name: str) -> Path | None:
    """The file of the qa_checker module ``name``, if it is one."""
    parts = name.split(".")[1:]
    for path in (PACKAGE.joinpath(*parts).with_suffix(".py"), PACKAGE.joinpath(*parts, "__init__.py")):
        if parts and path.is_file():
            return path
    return None


def _imported_files(path: Path) -> set[Path]:
    """The files a module imports, at any level: ``from package import module`` names the module, not the
    package's ``__init__``, which Python runs first whatever it holds."""
    found: set[Path | None] = set()
    for node in ast.walk(_parsed(path)):
        if isinstance(node, ast.Import):
            found.update(_module_file(alias.name) for alias in node.names if alias.name.startswith("qa_checker"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qa_checker"):
            found.update(_module_file(f"{node.module}.{a.name}") or _module_file(node.module) for a in node.names)
    return {file for file in found if file is not None and file != path}


def _circles(graph: dict[Path, set[Path]]) -> list[set[Path]]:
    """The strongly connected components of more than one file (Tarjan's algorithm, without recursion)."""
    index: dict[Path, int] = {}
    low: dict[Path, int] = {}
    stack: list[Path] = []
    found: list[set[Path]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = set()
                    while True:
                        member = stack.pop()
                        component.add(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(component)
    return found


def test_no_module_imports_itself_back_through_others() -> None:
    """Modules import downwards only, lazy imports and type-only ones included: no circle of files. The one
    import upwards allowed is a package module's of its own ``__init__``, the registry that loads it (the
    rules, the importers, the loaders)."""
    graph = {
        path: {target for target in _imported_files(path) if target != path.parent / "__init__.py"}
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert [sorted(str(p.relative_to(PACKAGE)) for p in circle) for circle in _circles(graph)] == []
