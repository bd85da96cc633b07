"""Options, exit codes and output helpers shared by the commands."""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

import click

from qa_checker import limits as limits_module
from qa_checker.cells import visible, without_surrogates
from qa_checker.cli.interrupts import stop_if_pressed
from qa_checker.cli.localised import LANGUAGE_OPTION, current, option, text_of
from qa_checker.errors import QACheckerError
from qa_checker.limits import DEFAULT_MAX_BYTES, MAX_PROCESSES
from qa_checker.loaders import STDIN_PATH, shown
from qa_checker.moment import MomentError, parse_moment
from qa_checker.rubric import DEFAULT_RUBRIC, load_rubric
from qa_checker.runner import RunConfig
from qa_checker.text import N_, Text, msg
from qa_checker.writing import Content, WriteFailed, refuse_special, temporary_file, write_files

EXIT_PASS, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

__all__ = ["LANGUAGE_OPTION"]


EMPTY_PATH = N_("the path is empty (an unset variable?); name a file or folder")


class FilePath(click.Path):
    """click's path type, refusing as a usage error an empty path (which would mean the current folder, or
    standard output) and a name no file can have (a NUL character, a lone surrogate), which click's own
    check of the path would stop on with a traceback."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail(text_of(Text(EMPTY_PATH)), param, ctx)
        try:
            return super().convert(value, param, ctx)
        except ValueError:
            self.fail(text_of(msg("{path} is not a name a file can have", path=repr(value))), param, ctx)


RUBRIC_OPTION = click.option(
    "--rubric",
    "rubric_name",
    default=DEFAULT_RUBRIC,
    show_default=True,
    help=N_("Bundled rubric id or path to a rubric YAML file."),
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=click.IntRange(min=1, max=limits_module.LARGEST_SETTING),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help=N_("Refuse files (and archive members) larger than this before parsing them."),
)
WAIVERS_OPTION = click.option(
    "--waivers",
    "waivers_path",
    type=FilePath(exists=True, dir_okay=False),
    help=N_("YAML file of accepted exceptions: waived findings are shown as waived but do not count."),
)
NOW_OPTION = click.option(
    "--now",
    "now_text",
    metavar="ISO-DATE",
    help=N_("Fix the run's date and time (for reproducible output and date rules)."),
)
MAPPING_OPTION = click.option(
    "--mapping",
    "mapping_path",
    type=FilePath(exists=True, dir_okay=False),
    help=N_(
        "YAML file naming the descriptor field of spreadsheet columns "
        "(header: dotted.path, or null to ignore a column)."
    ),
)


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The codec ``--encoding`` names, as Python names it; a name of none that decodes text is a usage error."""
    from qa_checker.loaders.code_pages import text_codec, unknown_encoding

    if value is None:
        return None
    codec = text_codec(value)
    if codec is None:
        raise click.BadParameter(text_of(unknown_encoding(value)), ctx, param)
    return codec


ENCODING_OPTION = click.option(
    "--encoding",
    metavar="NAME",
    callback=_encoding,
    help=N_(
        "Read CSV files in this encoding (windows-1250, iso-8859-2, cp1252 ...) rather than telling their code "
        "page from their bytes; a file with a Unicode byte-order mark is still read as it says."
    ),
)


def _limits_help() -> Text:
    """The ``--limit`` help: every tunable limit with what it bounds and its default."""
    items = {
        f"limit{index}": msg("{name} ({what}, default {default})", name=name, what=Text(what), default=default)
        for index, (name, (_, default, what)) in enumerate(sorted(limits_module.tunable().items()))
    }
    listed = Text("; ".join("{" + key + "}" for key in items), items)
    return msg("Raise or lower a limit every input is read within (repeatable): {limits}.", limits=listed)


LIMIT_OPTION = option(
    "--limit",
    "limit_settings",
    multiple=True,
    metavar="NAME=VALUE",
    help=_limits_help(),
)
JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0, max=MAX_PROCESSES),
    default=0,
    show_default=True,
    help=N_("Processes to check with; 0 uses every core (large batches only)."),
)
ENGINE_OPTION = click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help=N_("local: a process pool on this machine; dask: tasks of a Dask cluster (pip install 'qa-checker[dask]')."),
)
SCHEDULER_OPTION = click.option(
    "--scheduler",
    metavar="ADDRESS",
    help=N_(
        "With --engine dask: the scheduler of an existing cluster "
        "(tcp://host:8786), whose workers see the same files; default: a local cluster of --jobs workers."
    ),
)
STDIN_NAME_OPTION = click.option(
    "--stdin-name",
    metavar="NAME",
    help=N_(
        "Name standard input (PATH '-') in the report; its suffix (.csv, "
        ".xlsx, .ods, .json, .yaml, .zip, .jwt) says how to read it (default: recognised from the content)."
    ),
)


class _InputPath(FilePath):
    """An existing path, ``-``, or a symbolic link whatever it leads to: a link loop, a link to nothing or a
    file this user may not read is that input's finding (``MC-LD-001``, saying which), not the end of the run
    as a path that does not exist."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value != "-" and os.path.islink(value) and not os.path.exists(value):
            return value
        return super().convert(value, param, ctx)


PATHS_ARGUMENT = click.argument(
    "paths", nargs=-1, required=True, type=_InputPath(exists=True, readable=False, allow_dash=True)
)


def _mapping(path: str) -> dict[str, str | None]:
    """A column mapping file, read by the spreadsheet loader's machinery (imported for it only)."""
    from qa_checker.loaders.columns import load_mapping

    return load_mapping(path)


# A run of more descriptors than this, whose reports can be streamed (check --format json or xlsx),
# keeps its results on disk (a result with all a report needs of it takes about 20 KB in memory) and
# streams the reports from there: its memory then stays flat however large the batch.
SPILL_AFTER = 1_000
# An audit reads its results once for each of its three reports: kept in memory, they are unpickled once
# instead of three times (an eighth of the time of an audit of 2,000 to 5,000 descriptors), for at most
# about 100 MB more; past this many it keeps them on disk as a check does.
AUDIT_SPILL_AFTER = 5_000
# An audit of more descriptors than this writes its report files on every core (``--jobs``) at once: the
# workbook, the JSON report and the HTML pages are independent files, and each takes longer to write than
# a process takes to start.
WRITE_IN_PARALLEL_AFTER = 500


def run_config(
    *,
    command: str,
    rubric_name: str,
    now_text: str | None,
    max_bytes: int,
    jobs: int = 0,
    limit_settings: tuple[str, ...] = (),
    waivers_path: str | None = None,
    mapping_path: str | None = None,
    encoding: str | None = None,
    exclude: tuple[str, ...] = (),
    stdin_name: str | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    language: str | None = None,
    spill_after: int | None = None,
    **callbacks: Any,
) -> RunConfig:
    """The run configuration from the shared options; a rubric, waivers, mapping or limit problem exits 2.

    ``language`` is the report's (``--lang``); without it, the running command's. ``spill_after`` is the
    command's choice (see :class:`~qa_checker.runner.RunConfig`).
    """
    from qa_checker.waivers import load_waivers

    if scheduler and engine != "dask":
        raise click.BadParameter(text_of(msg("--scheduler goes with --engine dask")), param_hint="--scheduler")
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        fail(msg("--engine dask needs Dask: pip install 'qa-checker[dask]'"))
    try:
        limits = limits_module.with_settings(limits_module.Limits(max_bytes=max_bytes), limit_settings)
    except ValueError as exc:
        raise click.BadParameter(text_of(error_text(exc)), param_hint="--limit") from None
    try:
        return RunConfig(
            rubric=load_rubric(rubric_name),
            now=parse_now(now_text),
            limits=limits,
            waivers=load_waivers(waivers_path) if waivers_path else None,
            mapping=_mapping(mapping_path) if mapping_path else None,
            encoding=encoding,
            jobs=jobs or None,
            exclude=exclude,
            command=command,
            stdin_name=shown(stdin_name) if stdin_name else None,
            engine=engine,
            scheduler=scheduler,
            short_names=True,
            language=language or current().language,
            spill_after=spill_after,
            **callbacks,
        )
    except QACheckerError as exc:
        fail(error_text(exc))


def read_stdin(paths: tuple[str, ...], max_bytes: int) -> bytes | None:
    """Standard input's bytes when a PATH is ``-`` (one byte past the limit at most, so it is refused); exit 2
    when ``-`` is given twice (standard input can be read once: the second would be the same document again)."""
    if STDIN_PATH not in paths:
        return None
    if paths.count(STDIN_PATH) > 1:
        fail(msg("'-' (standard input) is given more than once; it can be read only once: give '-' once"))
    if sys.stdin is None:  # started with standard input closed
        fail(msg("'-' reads standard input, which is closed"))
    try:
        return sys.stdin.buffer.read(max_bytes + 1)
    except OSError as exc:  # open for writing only, a directory, a broken device
        fail(msg("'-' reads standard input, which cannot be read: {reason}", reason=exc.strerror or str(exc)))


def parse_now(value: str | None) -> datetime | None:
    """The ``--now`` value as an aware datetime (UTC when no zone is given)."""
    return None if value is None else parse_date(value, "--now")


def parse_date(value: str, option: str) -> datetime:
    """An ISO date or time given to ``option`` (UTC when no zone is given); a usage error when it is none."""
    try:
        return parse_moment(value)
    except MomentError as exc:
        raise click.BadParameter(text_of(exc.text), param_hint=option) from None


def use_colour(choice: str, stream: Any) -> bool:
    """Colour on a terminal, plain when piped, unless forced."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def error_text(exc: BaseException) -> str | Text:
    """An exception's message: its translatable :class:`Text` (``exc.text``, or the one it was raised with),
    else its English string."""
    text = getattr(exc, "text", None)
    if isinstance(text, Text):
        return text
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Text) and len(exc.args) == 1 else str(exc)


def fail(message: str | Text) -> NoReturn:
    """Print a one-line configuration or usage error in the command's language and exit 2
    (control characters shown as escapes)."""
    click.echo(f"qa-checker: {visible(text_of(message), lines=True)}", err=True)
    sys.exit(EXIT_USAGE)


def write_reports(files: Mapping[Path, Content], *, workers: int = 1) -> None:
    """Write every file (creating folders), replacing the previous ones all together or none of them; with
    ``workers`` above one, that many processes write them at once.

    When they cannot be written (a folder that cannot be created, a read-only file, a full disk),
    exit 2 with one line saying which and why; nothing of the run is left behind.
    """
    stop_if_pressed()
    try:
        write_files(files, workers=workers)
    except WriteFailed as exc:
        fail(visible(text_of(error_text(exc))))


# An output named "-" is standard output, as an input named "-" is standard input.
STDOUT_PATH = "-"


def refuse_output_over_input(
    output: str | None,
    *read: str | None,
    option: str = "--output",
    folders: tuple[str, ...] = (),
    store: str | None = None,
) -> None:
    """Exit 2 when ``output`` is a file the command reads (a descriptor, a report, a waivers or rubric file, the
    history store): written there, the report would replace it. So is a file already under one of the input
    ``folders`` that the run would read, unless qa-checker wrote it (a report or a dataset of an earlier run).
    The SQLite ``store`` a run records into is compared by name too: one not there yet is made (and the run
    recorded in it) before the report is written."""
    if not output or output == STDOUT_PATH:
        return
    for path in read:
        if path and path != STDIN_PATH and _same_file(output, path):
            fail(_over_input(option, output, path))
    # (the files SQLite keeps beside a database while writing it are the store too: a report there is a hot journal)
    for part in (store, *(f"{store}{suffix}" for suffix in _SQLITE_COMPANIONS)) if store else ():
        if _same_file(output, part) or _same_name(output, part):
            fail(_over_input(option, output, part))
    if _an_input_in(Path(output), folders):
        fail(_over_input(option, output, output))


# The files SQLite keeps beside a database: its write-ahead log, that log's index, and its rollback journal.
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


# On audit and check: recording is asked for by --store; given without a value, the default store is used.
# That value is DEFAULT_STORE, which no argument can be (an argument holds no NUL), so that an empty one
# (--store "" or --store "$UNSET") is refused rather than taken for the default.
DEFAULT_STORE = "\0default"


def store_file(store: str | None) -> str | None:
    """The SQLite file of a ``--store`` value (None for no store, a server's database or a value it refuses)."""
    if store is None:
        return None
    from qa_checker.store import resolve_url

    try:
        url = resolve_url(None if store == DEFAULT_STORE else store)
    except (QACheckerError, OSError, ValueError):  # refused with its reason when the store is opened
        return None
    return url.database if url.get_backend_name() == "sqlite" else None


def _over_input(option: str, output: str, path: str) -> Text:
    if option == "--output":
        return msg(
            "--output {output} is {path}, a file this command reads; write the report to another file",
            output=output,
            path=path,
        )
    return msg(
        "{option} {output} is {path}, a file this command reads; write it to another file",
        option=option,
        output=output,
        path=path,
    )


def _an_input_in(output: Path, folders: tuple[str, ...]) -> bool:
    """Whether ``output`` is a file a run over the ``folders`` reads that qa-checker did not write."""
    from qa_checker.loaders import DISCOVERED_SUFFIXES

    try:
        if output.suffix.lower() not in DISCOVERED_SUFFIXES or not output.is_file():
            return False
        where = output.resolve()
        inside = any(
            folder != STDIN_PATH and Path(folder).is_dir() and where.is_relative_to(Path(folder).resolve())
            for folder in folders
        )
    except (OSError, RuntimeError, ValueError):
        return False
    return inside and not _written_by_qa_checker(output)


def _written_by_qa_checker(path: Path) -> bool:
    """Whether ``path`` is a report or a dataset qa-checker wrote (by its opening, its author or its header)."""
    from qa_checker.diff import names_itself_a_report_file
    from qa_checker.table import COLUMN_NAMES, written_header

    if path.suffix.lower() in (".csv", ".tsv"):
        try:
            with path.open("rb") as handle:
                first = handle.read(len(",".join(COLUMN_NAMES)) + 2).split(b"\n", 1)[0]
        except OSError:
            return False
        return written_header(first.decode("utf-8-sig", "replace"))
    return names_itself_a_report_file(path)


def _same_file(first: str, second: str) -> bool:
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):  # either does not exist (yet), or cannot name a file
        return False


def _same_name(first: str, second: str) -> bool:
    """Whether two paths name one file, there or not yet (links followed as far as they are there)."""
    try:
        return Path(first).resolve() == Path(second).resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop, a name no file can have
        return False


def write_output(output: str | None, content: Content) -> None:
    """Write to a file (creating folders, see :func:`write_reports`) or to stdout (no file, or ``-``)."""
    if output and output != STDOUT_PATH:
        write_reports({Path(output): content})
        return
    stop_if_pressed()
    if callable(content):
        sys.stdout.flush()
        content(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        # Renderers colour only when asked (--color); click would otherwise strip it when piped.
        # Lone surrogates cannot be encoded for the terminal; they show as U+FFFD.
        click.echo(without_surrogates(content) if isinstance(content, str) else content, nl=False, color=True)


@contextlib.contextmanager
def open_output(output: str | None) -> Iterator[TextIO]:
    """A text stream to write a streamed report to: the file ``output`` or standard output.

    A file is written beside its final name and takes that name only once complete (folders are
    created), so an interrupted run never leaves half a report under it; when it cannot be written,
    exit 2 with one line saying why.
    """
    if not output or output == STDOUT_PATH:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(output)
    try:
        refuse_special(target)
    except WriteFailed as exc:
        fail(visible(text_of(error_text(exc))))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = temporary_file(target)
    except OSError as exc:
        fail(msg("cannot write {path}: {reason}", path=visible(str(target)), reason=visible(exc.strerror or str(exc))))
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
