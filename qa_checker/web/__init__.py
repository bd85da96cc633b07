"""The web self-check for providers and the same checks as an HTTP API (``qa-checker serve``).

``create_app(settings)`` builds the ASGI application; ``app`` is one built from the ``QA_CHECKER_*``
environment variables on first use, for ``uvicorn qa_checker.web:app``.
"""

from __future__ import annotations

from typing import Any

from qa_checker.web.application import create_app
from qa_checker.web.settings import Settings

__all__ = ["Settings", "app", "create_app"]

_app: Any = None


def __getattr__(name: str) -> Any:
    """``app`` is created when first asked for, so importing the package starts nothing."""
    global _app
    if name == "app":
        if _app is None:
            _app = create_app()
        return _app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
