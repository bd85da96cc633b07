"""``qa-checker convert``: write the descriptor(s) read from a foreign file, to see and fix what was understood."""

from __future__ import annotations

import sys

import click

from qa_checker.cells import visible
from qa_checker.cli.localised import command, current
from qa_checker.cli.options import (
    ENCODING_OPTION,
    EXIT_FAIL,
    EXIT_PASS,
    LANGUAGE_OPTION,
    MAPPING_OPTION,
    MAX_BYTES_OPTION,
    STDIN_NAME_OPTION,
    FilePath,
    read_stdin,
    refuse_output_over_input,
    run_config,
    write_output,
)
from qa_checker.convert import FORMATS
from qa_checker.convert import convert as convert_documents
from qa_checker.file_names import name_shown
from qa_checker.reporting import labels
from qa_checker.rubric import DEFAULT_RUBRIC
from qa_checker.runner import load
from qa_checker.text import N_, msg


@command(
    help=N_(
        "Convert SOURCE (ELM v3 / Europass JSON-LD, a signed envelope or .jwt, Open Badges 3.0 or 2.0, an EBSI "
        "VerifiableDiploma, CTDL, a schema.org course (JSON-LD, or an HTML page holding it), an OOAPI v5 course, "
        "program or offering (or a page of them), a spreadsheet, or a descriptor; '-' reads standard input) into "
        "descriptor YAML or JSON.\n\n"
        "Several descriptors (spreadsheet rows, a CTDL graph, a credential with several claims) become a YAML "
        "multi-document stream or a JSON list, which check and audit read back as one descriptor per document. "
        "Exits 1 when anything in SOURCE could not be converted, printing the findings."
    )
)
@click.argument("source", type=FilePath(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "--to",
    "fmt",
    type=click.Choice(FORMATS),
    default="yaml",
    show_default=True,
    help=N_("Output format: YAML (with a header comment per descriptor) or JSON."),
)
@click.option("--output", "-o", type=FilePath(dir_okay=False), help=N_("Write to a file instead of stdout."))
@MAX_BYTES_OPTION
@MAPPING_OPTION
@ENCODING_OPTION
@STDIN_NAME_OPTION
@LANGUAGE_OPTION
def convert(
    source: str,
    fmt: str,
    output: str | None,
    max_bytes: int,
    mapping_path: str | None,
    encoding: str | None,
    stdin_name: str | None,
    language: str,
) -> None:
    """Convert SOURCE into descriptor YAML or JSON (the help above says what it reads)."""
    config = run_config(
        command="convert",
        rubric_name=DEFAULT_RUBRIC,
        now_text=None,
        max_bytes=max_bytes,
        mapping_path=mapping_path,
        encoding=encoding,
        stdin_name=stdin_name,
        language=language,
    )
    refuse_output_over_input(output, source, mapping_path)
    documents = list(load([source], config, stdin=read_stdin((source,), max_bytes)))
    result = convert_documents(documents, fmt, language=language)
    if result.converted:
        write_output(output, result.text)
    tr = current()
    for where, findings in [*result.failures, *result.unconverted]:
        for finding in findings:
            values = {
                "place": name_shown(where),
                "severity": labels.word(tr, labels.SEVERITY, finding.severity.value),
                "rule": visible(finding.rule),
                "message": visible(tr.message(finding)),
            }
            if finding.origin is not None:
                origin = visible(finding.origin.label())
                line = msg("{place}: {severity} {rule} [{origin}]: {message}", origin=origin, **values)
            else:
                line = msg("{place}: {severity} {rule}: {message}", **values)
            click.echo(tr.render(line), err=True)
            if finding.hint:
                click.echo("  " + tr.render(msg("hint: {hint}", hint=visible(tr.hint(finding)))), err=True)
    sys.exit(EXIT_PASS if result.ok else EXIT_FAIL)
