"""qa-checker: check micro-credential descriptors against the EU standard elements (2022/C 243/02).

The public entry point is :func:`qa_checker.run` with a :class:`qa_checker.RunConfig`; it returns
the :class:`~qa_checker.results.Report` every output is rendered from. ``check_paths``,
``audit_paths`` and ``check_documents`` build the config from keyword arguments.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "RunConfig",
    "__version__",
    "audit_paths",
    "check_documents",
    "check_paths",
    "dataset",
    "load_rubric",
    "read_dataset",
    "run",
]

_API = {
    "run": ("qa_checker.runner", "run"),
    "RunConfig": ("qa_checker.runner", "RunConfig"),
    "check_paths": ("qa_checker.api", "check_paths"),
    "audit_paths": ("qa_checker.api", "audit_paths"),
    "check_documents": ("qa_checker.api", "check_documents"),
    "load_rubric": ("qa_checker.rubric", "load_rubric"),
    "dataset": ("qa_checker.table", "to_frame"),
    "read_dataset": ("qa_checker.table", "read_dataset"),
}


def __getattr__(name: str) -> Any:
    """Expose the public API lazily so that ``import qa_checker`` stays cheap."""
    if name not in _API:
        raise AttributeError(name)
    import importlib

    module, attribute = _API[name]
    return getattr(importlib.import_module(module), attribute)
