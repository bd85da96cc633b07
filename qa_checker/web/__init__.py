"""The web self-check for providers and the same checks as an HTTP API (``qa-checker serve``).

``create_app(settings)`` builds the ASGI application; ``app`` is one built from the ``QA_CHECKER_*``
environment variables on first use, for ``uvicorn qa_checker.web:app``.
"""

from __future__ import annotations

import functools
from typing import Any

from qa_checker.web.application import create_app
from qa_checker.web.settings import Settings

__all__ = ["Settings", "app", "create_app"]


@functools.cache
def _default_app() -> Any:
    return create_app()


def __getattr__(name: str) -> Any:
    """``app`` is created when first asked for, so importing the package starts nothing."""
    if name == "app":
        return _default_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
