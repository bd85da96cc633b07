"""``qa-checker template``: write a blank descriptor template for providers."""

from __future__ import annotations

import sys

import click

from qa_checker.cli.localised import command
from qa_checker.cli.options import LANGUAGE_OPTION, FilePath, fail, write_output
from qa_checker.template import FORMATS, KINDS, build
from qa_checker.text import N_, msg


@command(help=N_("Write a blank descriptor template (one column per field, with an example row to replace)."))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="xlsx",
    show_default=True,
    help=N_("xlsx: workbook with instructions, documented columns, dropdowns and an example row."),
)
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default="offer",
    show_default=True,
    help=N_("offer: a catalogue entry; credential: one issued to a learner (adds learner, issue date, grade)."),
)
@click.option("--output", "-o", type=FilePath(dir_okay=False), help=N_("Write the template to this file."))
@LANGUAGE_OPTION
def template(fmt: str, kind: str, output: str | None, language: str) -> None:
    """Write a blank descriptor template (one column per field, with an example row to replace)."""
    content = build(fmt, kind, language)
    if output is not None:
        write_output(output, content)
    elif fmt != "xlsx":
        write_output(None, content.decode("utf-8-sig"))
    elif sys.stdout.isatty():
        fail(msg("an Excel template is a binary file; give --output FILE.xlsx (or redirect the output)"))
    else:
        sys.stdout.buffer.write(content)
