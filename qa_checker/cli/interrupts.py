"""Ctrl-C in the command line: one line, exit 130, no traceback, and no report written after it.

Python raises ``KeyboardInterrupt`` wherever the main thread happens to be, and a library that
catches everything can swallow it (turning it into an error of its own, as some loaders do), so
the run would go on and write its reports as if nothing happened. While a command runs, Ctrl-C
therefore also sets a flag: the progress callbacks and the writers call :func:`stop_if_pressed`,
which raises ``KeyboardInterrupt`` again once it was pressed, wherever the first one went.
Reports are rendered before any is written and written all together or not at all
(:mod:`qa_checker.writing`), so an interrupt leaves the previous reports as they were.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import TYPE_CHECKING, NoReturn

import click

from qa_checker.cli.localised import current
from qa_checker.text import N_

if TYPE_CHECKING:
    from sys import UnraisableHookArgs

# The exit status of a run stopped by Ctrl-C (128 + SIGINT), and by SIGTERM (128 + 15: a CI job cancelled, ``timeout``,
# ``docker stop``), as shells report them.
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
# What a run stopped by Ctrl-C says, after "qa-checker: ".
INTERRUPTED = N_("interrupted")

_PRESSED = threading.Event()
_TERMINATED = threading.Event()


def interrupted() -> NoReturn:
    """Stop on Ctrl-C: one line on stderr and exit 130 (143 when it was SIGTERM)."""
    start = "\n" if sys.stderr.isatty() else ""  # end the terminal's ^C echo first
    click.echo(f"{start}qa-checker: {current().gettext(INTERRUPTED)}", err=True)
    sys.exit(EXIT_TERMINATED if _TERMINATED.is_set() else EXIT_INTERRUPTED)


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    _PRESSED.set()
    if signum == signal.SIGTERM:
        _TERMINATED.set()
    raise KeyboardInterrupt


@contextlib.contextmanager
def watching() -> Iterator[None]:
    """Within the block Ctrl-C raises ``KeyboardInterrupt`` as usual and is also remembered; so does SIGTERM, so
    that a run ended by it leaves no temporary files either.

    Only in the main thread (the only one signals reach), and not when SIGINT is ignored (a
    background job): then the run is not interrupted at all, as the shell asked.
    """
    _PRESSED.clear()
    _TERMINATED.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is signal.SIG_IGN:
        yield
        return
    report_unraisable = sys.unraisablehook

    def unraisable(info: UnraisableHookArgs) -> None:
        # Ctrl-C landing in a finaliser or an at-fork hook cannot be raised there; Python would
        # print it as "Exception ignored" with a traceback. The flag stops the run instead.
        if not isinstance(info.exc_value, KeyboardInterrupt):
            report_unraisable(info)

    previous_term = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGINT, _on_interrupt)
    if previous_term is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _on_interrupt)
    sys.unraisablehook = unraisable
    try:
        yield
    finally:
        sys.unraisablehook = report_unraisable
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)


def stop_if_pressed(*_: object) -> None:
    """Raise ``KeyboardInterrupt`` if Ctrl-C was pressed during this command (usable as a progress callback)."""
    if _PRESSED.is_set():
        raise KeyboardInterrupt
