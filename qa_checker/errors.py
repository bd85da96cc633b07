"""Exceptions for qa-checker's own failures (configuration, rubrics), never for bad descriptors."""

from __future__ import annotations


class QACheckerError(Exception):
    """Base class: a problem the user must fix before a run can start."""


class ConfigError(QACheckerError):
    """A bad option, path or configuration file."""


class RubricError(ConfigError):
    """A rubric file that cannot be used; the message names the file."""
