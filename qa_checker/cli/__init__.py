"""The ``qa-checker`` command line: thin edges that parse options, call the core and write output.

Each command lives in its own module here and is imported only when it runs (a single-file
``check`` does not pay for the audit's spreadsheet writer or the web server); :data:`COMMANDS`
names them with the one-line help ``qa-checker --help`` shows.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import importlib
import io
import os
import sys
from typing import Any

import click

from qa_checker import __version__
from qa_checker.cli.interrupts import EXIT_INTERRUPTED, EXIT_TERMINATED, interrupted, watching
from qa_checker.cli.localised import COMMANDS as COMMANDS_HEADING
from qa_checker.cli.localised import LANGUAGE_OPTION, Context, Group, current
from qa_checker.errors import EngineError
from qa_checker.text import N_

# Command name: (module, function, the one-line help of the command list, a catalogue message).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": (
        "qa_checker.cli.audit",
        "audit",
        N_("Audit a batch and write report.html, report.xlsx and report.json."),
    ),
    "check": ("qa_checker.cli.check", "check", N_("Check descriptors and print or write the report.")),
    "compare": ("qa_checker.cli.compare", "compare", N_("Compare two or more offerings element by element.")),
    "convert": (
        "qa_checker.cli.convert",
        "convert",
        N_("Convert ELM, Open Badges, CTDL or spreadsheets into descriptors."),
    ),
    "diff": ("qa_checker.cli.diff", "diff", N_("What changed between two runs: fixed, new, better, worse.")),
    "explain": ("qa_checker.cli.explain", "explain", N_("Explain a rule with a failing and a fixed example.")),
    "history": ("qa_checker.cli.history", "history", N_("The runs kept in the history store, and trajectories.")),
    "rules": ("qa_checker.cli.rules", "rules", N_("List the rules, or what a rubric enables.")),
    "serve": ("qa_checker.cli.serve", "serve", N_("Serve the web self-check page and the HTTP API.")),
    "template": ("qa_checker.cli.template", "template", N_("Write a blank descriptor template for providers.")),
}


class Commands(Group):
    """The command group: commands imported on use; Ctrl-C anywhere ends a command with one line and exit 130.
    Its help, like every command's, is shown in the language of ``--lang`` or the user's locale.

    click itself would print "Aborted!" and exit 1, which a script cannot tell from a failed check.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, function, short_help = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), function)
        command.short_help = short_help
        _StartUp.over()
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from :data:`COMMANDS`, without importing any command."""
        tr = ctx.translator if isinstance(ctx, Context) else current()
        with formatter.section(tr.gettext(COMMANDS_HEADING)):
            formatter.write_dl([(name, tr.gettext(COMMANDS[name][2])) for name in self.list_commands(ctx)])

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with watching():
                return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupted()
        except EngineError as exc:  # found while the run goes on (a Dask cluster left without workers)
            from qa_checker.cli.options import error_text, fail

            fail(error_text(exc))


@click.group(
    cls=Commands,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=N_("Check micro-credential descriptors against the EU standard elements (2022/C 243/02)."),
)
@click.version_option(__version__, prog_name="qa-checker")
@LANGUAGE_OPTION
def cli(language: str) -> None:
    """The ``qa-checker`` group; ``--lang`` here is the default of every command's."""


def main() -> None:
    """Entry point of the ``qa-checker`` script.

    A run stopped by Ctrl-C leaves at once, once its line is out: the interpreter's own exit would
    wait for a process pool's workers to finish the chunks they hold.
    """
    _StartUp.begin()
    if sys.stdout is None:
        sys.stdout = _ClosedOutput()
    try:
        try:
            cli(prog_name="qa-checker")
        except KeyboardInterrupt:
            interrupted()
        except OSError as exc:
            _unwritable(exc)
    except SystemExit as exc:
        if exc.code in (EXIT_INTERRUPTED, EXIT_TERMINATED):
            _remove_temporaries()
            with contextlib.suppress(OSError):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(int(exc.code))
        try:
            sys.stdout.flush()
        except OSError as failed:
            _unwritable(failed)
        raise
    finally:
        _StartUp.end()


# What writing an output meets when the stream cannot take it: a full disk or quota, a broken or closed descriptor.
_UNWRITABLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF, errno.EROFS})


def _unwritable(exc: OSError) -> None:
    """One line and exit 2 for an output that could not be written (standard output on a full disk, or closed), as
    for a report file; any other error is raised on."""
    if exc.errno not in _UNWRITABLE:
        raise exc
    from qa_checker.cli.options import fail
    from qa_checker.text import msg

    with contextlib.suppress(OSError, ValueError):
        sys.stdout = _ClosedOutput()  # what was not written is not flushed again at exit
    try:
        fail(msg("cannot write the output: {reason}", reason=exc.strerror or str(exc)))
    except OSError:  # standard error cannot take the line either
        sys.stderr = _ClosedOutput()
        sys.exit(2)


def _remove_temporaries() -> None:
    """Remove the results a run spilled to disk (learners' data among them), and the temporary files of workbooks
    being written: leaving at once skips their finalisers and exit handlers."""
    spill = sys.modules.get("qa_checker.spill")
    if spill is not None:
        spill.remove_all()
    workbook_writer = sys.modules.get("openpyxl.worksheet._writer")
    if workbook_writer is not None:
        with contextlib.suppress(Exception):
            workbook_writer._openpyxl_shutdown()


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process was started with it closed, or after it failed: writing to it fails as
    writing to a closed descriptor does, so the run says so instead of losing its report."""

    @property
    def buffer(self) -> _ClosedOutput:
        return self

    def write(self, text: Any) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


class _StartUp:
    """The cyclic garbage collector paused while the command starts.

    Start-up makes a few hundred thousand objects that live as long as the process (modules, click's commands,
    the rules), and the collector walked them dozens of times as they were made (5 to 8 ms of a single-file
    check). It is paused from :func:`main` (``python -m qa_checker`` pauses it before the first import) until
    the command is imported; what exists then is set aside from it (``gc.freeze``, as pool workers do) and it
    runs again, for what the command makes.
    """

    paused = False

    @classmethod
    def begin(cls) -> None:
        cls.paused = True
        gc.disable()

    @classmethod
    def over(cls) -> None:
        """The command is imported: the collector runs again, without what start-up made."""
        if cls.paused:
            cls.paused = False
            gc.freeze()
            gc.enable()

    @classmethod
    def end(cls) -> None:
        """The run is over without a command (``--help``, ``--version``, a usage error): the collector runs again."""
        if cls.paused:
            cls.paused = False
            gc.enable()
