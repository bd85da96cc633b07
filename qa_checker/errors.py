"""Exceptions for qa-checker's own failures (configuration, rubrics), never for bad descriptors.

Each carries its message twice: ``str(exc)`` in English (logs, the web worker's records), and
:attr:`QACheckerError.text` as a translatable :class:`~qa_checker.text.Text`, which an edge shows
in the run's language with ``translator(language).render(exc.text)``.
"""

from __future__ import annotations

from qa_checker.text import Text, english


class QACheckerError(Exception):
    """Base class: a problem the user must fix before a run can start."""

    def __init__(self, message: str | Text = "") -> None:
        super().__init__(english(message))
        # A message given as a plain string is its own msgid (shown as it is unless the catalogue has it).
        self.text: Text = message if isinstance(message, Text) else Text(message)


class ConfigError(QACheckerError):
    """A bad option, path or configuration file."""


class RubricError(ConfigError):
    """A rubric file that cannot be used; the message names the file."""


class EngineError(QACheckerError):
    """The engine a run was given cannot do its work: a Dask cluster that has no worker left to run it."""
