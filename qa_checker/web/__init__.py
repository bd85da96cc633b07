"""The web self-check for providers and the same checks as an HTTP API (``qa-checker serve``).

``create_app(settings)`` builds the ASGI application; ``app`` is one built from the ``QA_CHECKER_*``
environment variables on first use, for ``uvicorn qa_checker.web:app``.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

from qa_checker.web.application import create_app
from qa_checker.web.settings import Settings

__all__ = ["Settings", "app", "create_app"]


@functools.cache
def _default_app() -> Any:
    """The application of the environment's settings; a setting that cannot be used ends the process with
    one line and exit code 2, as ``qa-checker serve`` does, rather than the server's traceback."""
    try:
        return create_app()
    except ValueError as exc:
        from qa_checker.cli.options import EXIT_USAGE

        print(f"qa-checker: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def __getattr__(name: str) -> Any:
    """``app`` is created when first asked for, so importing the package starts nothing."""
    if name == "app":
        return _default_app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
