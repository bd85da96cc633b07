"""The command line in the user's language: help, usage errors and messages through our catalogue.

click builds its help from strings fixed when the commands are decorated and words of its own
("Usage:", "Options", "[default: ...]"), translated, if at all, by its own gettext domain. The
classes here translate at the moment the help or an error is shown instead, in the language of
the command line: ``--lang`` when it is written on it (read from the arguments before click parses
them, since ``--help`` is handled as soon as it is met), else the parent command's, else the
user's locale (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``), else English. The language
lives on the click :class:`Context` of the invocation, never in a module variable.

Every command is a :class:`Command` (the group a :class:`Group`); every command has ``--lang``
(:data:`LANGUAGE_OPTION`); messages are :func:`qa_checker.text.msg` values shown with
:func:`say` or :func:`current`'s ``render``. English output is click's own, unchanged.
"""

from __future__ import annotations

import copy
import inspect
import os
from collections.abc import Callable, Sequence
from typing import IO, Any, TypeVar

import click

from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE, Translator, resolve_language, translator
from qa_checker.text import N_, Text, msg

F = TypeVar("F", bound=Callable[..., Any])

LANGUAGE_PARAMETER = "language"
LANGUAGE_FLAG = "--lang"

# The words click adds to a help page and to a usage error, in our catalogue.
USAGE = N_("Usage:")
OPTIONS = N_("Options")
COMMANDS = N_("Commands")
REQUIRED = N_("required")
HELP_OPTION_HELP = N_("Show this message and exit.")
VERSION_OPTION_HELP = N_("Show the version and exit.")


def scan_language(args: Sequence[str]) -> str | None:
    """The supported language the last ``--lang`` of ``args`` names (before a ``--``), if any."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == LANGUAGE_FLAG and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith(LANGUAGE_FLAG + "="):
            value = arg[len(LANGUAGE_FLAG) + 1 :]
        else:
            continue
        if value.lower() in LANGUAGES:
            found = value.lower()
    return found


class Context(click.Context):
    """A click context that knows the language its command speaks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.written_language: str | None = None

    @property
    def language(self) -> str:
        """``--lang`` as written on this command's arguments or parsed, else the parent's, else the locale's."""
        chosen = self.written_language or self.params.get(LANGUAGE_PARAMETER)
        if isinstance(chosen, str) and chosen in LANGUAGES:
            return chosen
        if isinstance(self.parent, Context):
            return self.parent.language
        return resolve_language(None, os.environ)

    @property
    def translator(self) -> Translator:
        return translator(self.language)


def current() -> Translator:
    """The translator of the command running now (the locale's outside a command)."""
    ctx = click.get_current_context(silent=True)
    if isinstance(ctx, Context):
        return ctx.translator
    return translator(resolve_language(None, os.environ))


def text_of(value: str | Text) -> str:
    """A message in the running command's language."""
    return current().render(value)


def say(value: str | Text, *, err: bool = False) -> None:
    """Echo a message in the running command's language."""
    click.echo(text_of(value), err=err)


def _translator_of(ctx: click.Context) -> Translator:
    return ctx.translator if isinstance(ctx, Context) else current()


def _language_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """The language the command speaks: ``--lang``, else the group's, else the locale's."""
    if value:
        return value.lower()
    if isinstance(ctx.parent, Context):
        return ctx.parent.language
    return resolve_language(None, os.environ)


def _text_help(kwargs: dict[str, Any]) -> Text | None:
    """Take a :class:`Text` help out of click's keyword arguments, leaving its English for click."""
    given = kwargs.get("help")
    if isinstance(given, Text):
        kwargs["help"] = given.english()
        return given
    return None


class Option(click.Option):
    """An option whose help may be a :class:`Text` with values (shown in the command's language)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.help_text = _text_help(kwargs)
        super().__init__(*args, **kwargs)


def option_help(param: click.Parameter, tr: Translator) -> str:
    """An option's help text in the translator's language."""
    if isinstance(param, Option) and param.help_text is not None:
        return tr.render(param.help_text)
    help_text = getattr(param, "help", None)
    return tr.gettext(help_text) if isinstance(help_text, str) and help_text else ""


def option_record(param: click.Parameter, ctx: click.Context, tr: Translator) -> tuple[str, str] | None:
    """click's help record of an option with its help and the ``[default: ...]`` notes translated."""
    shown = copy.copy(param)
    help_text = option_help(param, tr)
    if isinstance(shown, click.Option):
        shown.help = help_text
    record = shown.get_help_record(ctx)
    if record is None or tr.language == SOURCE_LANGUAGE:
        return record
    spec, text = record
    rest = text[len(help_text) :] if text.startswith(help_text) else ""
    notes = rest.strip()
    if not (notes.startswith("[") and notes.endswith("]")):
        return record
    items = [_note(item, tr) for item in notes[1:-1].split("; ")]
    joined = "[" + "; ".join(items) + "]"
    return spec, f"{help_text}  {joined}" if help_text else joined


def _note(item: str, tr: Translator) -> str:
    """One of click's notes after an option's help, in our catalogue's words."""
    if item.startswith("default: "):
        return tr.render(msg("default: {default}", default=item[len("default: ") :]))
    if item.startswith("env var: "):
        return tr.render(msg("env var: {var}", var=item[len("env var: ") :]))
    if item == "required":
        return tr.gettext(REQUIRED)
    return item


class Command(click.Command):
    """A command whose help and usage errors are shown in its language.

    ``help`` may be a :class:`Text` (a help with values); a plain string is a catalogue message id.
    """

    context_class = Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.help_text = _text_help(kwargs)
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if isinstance(ctx, Context):
            ctx.written_language = scan_language(args)
        return super().parse_args(ctx, args)

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:
            raise localised_error(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            raise localised_error(exc, ctx) from None

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        prefix = _translator_of(ctx).gettext(USAGE) + " "
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix=prefix)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        tr = _translator_of(ctx)
        if self.help_text is not None:
            shown = tr.render(self.help_text)
        else:
            shown = tr.gettext(self.help) if self.help else ""
        text = inspect.cleandoc(shown).partition("\f")[0] if shown else ""
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        tr = _translator_of(ctx)
        records = [
            record
            for param in self.get_params(ctx)
            if not isinstance(param, click.Argument)
            for record in [option_record(param, ctx, tr)]
            if record is not None
        ]
        if records:
            with formatter.section(tr.gettext(OPTIONS)):
                formatter.write_dl(records)


class Group(Command, click.Group):
    """A group of commands whose help, command list and usage errors are shown in its language."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        Command.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)


def command(name: str | None = None, **attrs: Any) -> Callable[[F], Command]:
    """``click.command`` making a :class:`Command`."""
    made: Callable[[F], Command] = click.command(name, cls=Command, **attrs)
    return made


def option(*param_decls: str, **attrs: Any) -> Callable[[F], F]:
    """``click.option`` making an :class:`Option` (its help may be a :class:`Text`)."""
    made: Callable[[F], F] = click.option(*param_decls, cls=Option, **attrs)
    return made


LANGUAGE_OPTION = option(
    LANGUAGE_FLAG,
    LANGUAGE_PARAMETER,
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default=None,
    metavar="CODE",
    callback=_language_callback,
    help=msg(
        "Language of the messages, the help and the reports: {languages} "
        "(default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en).",
        languages=", ".join(LANGUAGES),
    ),
)


# -- usage errors ------------------------------------------------------------------------------


class LocalisedUsageError(click.UsageError):
    """A usage error shown in the command's language (the message is already translated)."""

    def __init__(self, message: str, ctx: click.Context | None, tr: Translator) -> None:
        super().__init__(message, ctx)
        self.translator = tr

    def show(self, file: IO[Any] | None = None) -> None:
        tr = self.translator
        ctx = self.ctx
        color = None
        if ctx is not None:
            hint = ""
            names = ctx.command.get_help_option_names(ctx)
            if ctx.command.get_help_option(ctx) is not None and names:
                option_name = max(names, key=len)
                try_help = msg("Try '{command} {option}' for help.", command=ctx.command_path, option=option_name)
                hint = tr.render(try_help) + "\n"
            color = ctx.color
            click.echo(f"{ctx.get_usage()}\n{hint}", file=file, err=True, color=color)
        click.echo(tr.render(msg("Error: {message}", message=self.format_message())), file=file, err=True, color=color)


def localised_error(exc: click.UsageError, ctx: click.Context | None = None) -> click.UsageError:
    """``exc`` as a usage error shown in the language of its command (unchanged in English)."""
    if isinstance(exc, LocalisedUsageError):
        return exc
    where = exc.ctx or ctx
    tr = _translator_of(where) if where is not None else current()
    if tr.language == SOURCE_LANGUAGE:
        return exc
    return LocalisedUsageError(error_message(exc, tr), where, tr)


def _hint(value: Sequence[str] | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return " / ".join(repr(x) for x in value)


def error_message(exc: click.UsageError, tr: Translator) -> str:
    """The message of one of click's usage errors in the translator's language.

    The frames click adds (missing option or argument, invalid value, no such option) are ours;
    what click's parameter types say about a value stays as click words it.
    """
    if isinstance(exc, click.MissingParameter):
        return _missing(exc, tr)
    if isinstance(exc, click.BadParameter):
        hint = _hint(exc.param_hint)
        if hint is None and exc.param is not None:
            hint = exc.param.get_error_hint(exc.ctx) if exc.ctx is not None else None
        if hint is None:
            return tr.render(msg("Invalid value: {message}", message=exc.message))
        return tr.render(msg("Invalid value for {param_hint}: {message}", param_hint=hint, message=exc.message))
    if isinstance(exc, click.NoSuchOption):
        text = tr.render(msg("No such option {name}.", name=repr(exc.option_name)))
        return _with_possibilities(text, exc.possibilities, tr)
    command_name = getattr(exc, "command_name", None)
    if isinstance(command_name, str):
        text = tr.render(msg("No such command {name}.", name=repr(command_name)))
        return _with_possibilities(text, getattr(exc, "possibilities", None), tr)
    return tr.render(exc.format_message())


def _with_possibilities(text: str, possibilities: Sequence[str] | None, tr: Translator) -> str:
    if not possibilities:
        return text
    if len(possibilities) == 1:
        return f"{text} " + tr.render(msg("Did you mean {possibility}?", possibility=possibilities[0]))
    listed = ", ".join(sorted(possibilities))
    return f"{text} " + tr.render(msg("(Possible options: {possibilities})", possibilities=listed))


def _missing(exc: click.MissingParameter, tr: Translator) -> str:
    hint = _hint(exc.param_hint)
    if hint is None and exc.param is not None and exc.ctx is not None:
        hint = exc.param.get_error_hint(exc.ctx)
    kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
    if kind == "argument":
        text = tr.render(msg("Missing argument {name}.", name=hint) if hint else msg("Missing argument."))
    elif kind == "option":
        text = tr.render(msg("Missing option {name}.", name=hint) if hint else msg("Missing option."))
    else:
        text = tr.render(msg("Missing parameter {name}.", name=hint) if hint else msg("Missing parameter."))
    if exc.message:
        text += " " + tr.render(exc.message)
    return text
