"""The web edge has no checking logic of its own: it reaches the checker only through the runner."""

from __future__ import annotations

from tests.unit.test_architecture import _modules, _offending


def test_the_web_edge_checks_only_through_the_runner() -> None:
    forbidden = (
        "qa_checker.engine",
        "qa_checker.validation",
        "qa_checker.scoring",
        "qa_checker.importers",
        "qa_checker.audit",
        "qa_checker.api",
        "qa_checker.loaders.json_",
        "qa_checker.loaders.yaml_",
        "qa_checker.loaders.tabular",
        "qa_checker.loaders.common",
        "qa_checker.rules.base",
    )
    assert _modules("web") and _offending(_modules("web"), forbidden) == []
