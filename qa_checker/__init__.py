"""qa-checker: check micro-credential descriptors against the EU standard elements (2022/C 243/02)."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "audit_paths", "check_paths", "dataset", "load_rubric"]


def __getattr__(name: str) -> Any:
    """Expose the public API lazily so that ``import qa_checker`` stays cheap."""
    if name in ("check_paths", "load_rubric"):
        from qa_checker import api

        return getattr(api, name)
    if name == "audit_paths":
        from qa_checker import audit

        return audit.audit_paths
    if name == "dataset":
        from qa_checker import table

        return table.to_frame
    raise AttributeError(name)
