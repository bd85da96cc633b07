"""Settings of the web self-check and API: command-line options, or ``QA_CHECKER_*`` environment variables.

``uvicorn qa_checker.web:app`` reads the environment (:meth:`Settings.from_env`); ``qa-checker serve``
starts from the same and applies its options on top, so both ways of running agree.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from qa_checker.limits import DEFAULT_MAX_BYTES, MAX_PROCESSES, largest_settings
from qa_checker.moment import MomentError, parse_moment
from qa_checker.rubric import DEFAULT_RUBRIC

MIB = 1024 * 1024
ENV_PREFIX = "QA_CHECKER_"


@dataclass(frozen=True)
class Settings:
    """Everything the application depends on. Every limit is refused with a clear 4xx when exceeded.

    ``max_request_bytes`` bounds a whole request body, ``max_file_bytes`` each file (and each archive
    member), ``max_files`` the files of one request, ``max_archive_members`` and
    ``max_archive_bytes`` what one ``.zip`` may hold and unpack to, ``timeout`` the seconds one
    request may spend checking (CPU time in the worker, and wall time with a grace period),
    ``body_timeout`` the seconds a request body may stop arriving before it is given up (408);
    ``workers`` processes check uploads and ``queue`` more requests may wait for one before the
    server answers 503. ``token`` protects ``/api/``; ``now`` fixes the clock (demonstrations,
    tests); ``allowed_origins`` are extra origins a form post may come from (behind a proxy that
    rewrites ``Host``).
    """

    rubric: str = DEFAULT_RUBRIC
    token: str | None = field(default=None, repr=False)
    max_request_bytes: int = 20 * MIB
    max_file_bytes: int = DEFAULT_MAX_BYTES
    max_files: int = 20
    max_archive_members: int = 500
    max_archive_bytes: int = 50 * MIB
    timeout: float = 30.0
    body_timeout: float = 60.0
    workers: int = field(default_factory=lambda: max(1, min(4, os.cpu_count() or 1)))
    queue: int = 32
    now: datetime | None = None
    allowed_origins: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``QA_CHECKER_<NAME>`` variables (e.g. ``QA_CHECKER_MAX_FILES=5``), then ``overrides``.

        A value that is not of the setting's type is a ``ValueError`` naming the variable.
        """
        environ = os.environ if environ is None else environ
        base = cls()
        changes: dict[str, Any] = {}
        for item in fields(cls):
            name = ENV_PREFIX + item.name.upper()
            raw = environ.get(name)
            if item.name == "token" and raw is not None and not raw.strip():
                # a token variable set to nothing (a CI secret missing) leaves /api/ open: refused, not unset
                raise ValueError(f"{_named('token')} must not be empty or blank")
            if raw is None or raw == "":
                continue
            changes[item.name] = _parse(name, raw, getattr(base, item.name), item.name)
        changes.update({k: v for k, v in overrides.items() if v is not None})
        settings = replace(base, **changes)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Refuse limits that cannot work (zero or negative, or a time no timer holds), and a blank token."""
        for name in (
            "max_request_bytes",
            "max_file_bytes",
            "max_files",
            "max_archive_members",
            "max_archive_bytes",
            "timeout",
            "body_timeout",
            "workers",
        ):
            value = getattr(self, name)
            if not 0 < value < math.inf:  # NaN too, which would switch a limit off
                raise ValueError(f"{_named(name)} must be a number greater than 0")
        if self.workers > MAX_PROCESSES:
            raise ValueError(f"{_named('workers')} must be at most {MAX_PROCESSES}")
        longest = largest_settings()["seconds"]  # what the timers of a check hold
        if self.timeout > longest:
            raise ValueError(f"{_named('timeout')} must be at most {longest}")
        if self.queue < 0:
            raise ValueError(f"{_named('queue')} must be 0 or more")
        if self.token is not None and not self.token.strip():
            # an unset variable given as --token "$TOKEN": a blank token would let a bare "Bearer" in
            raise ValueError(f"{_named('token')} must not be empty or blank")


def _named(name: str) -> str:
    """A setting as both ways of giving it name it: its environment variable and its option of ``qa-checker serve``."""
    return f"{ENV_PREFIX}{name.upper()} (--{name.replace('_', '-')})"


def _parse(variable: str, raw: str, default: object, name: str) -> object:
    text = raw.strip()
    try:
        if name == "now":
            return parse_moment(text)
        if name == "allowed_origins":
            return tuple(part.strip().rstrip("/") for part in text.split(",") if part.strip())
        if isinstance(default, bool):
            return text.lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(text.replace("_", ""))
        if isinstance(default, float):
            return float(text)
    except (ValueError, MomentError):
        raise ValueError(f"{variable}: cannot read '{raw}'") from None
    return text
