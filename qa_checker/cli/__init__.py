"""The ``qa-checker`` command line: thin edges that parse options, call the core and write output.

Each command lives in its own module here and is added to the group below.
"""

from __future__ import annotations

from typing import Any

import click

from qa_checker import __version__
from qa_checker.cli.interrupts import interrupted, watching


class Commands(click.Group):
    """The command group: Ctrl-C anywhere in a command ends it with one line and exit 130.

    click itself would print "Aborted!" and exit 1, which a script cannot tell from a failed check.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            with watching():
                return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupted()


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa-checker")
def cli() -> None:
    """Check micro-credential descriptors against the EU standard elements (2022/C 243/02)."""


def main() -> None:
    """Entry point of the ``qa-checker`` script."""
    try:
        cli(prog_name="qa-checker")
    except KeyboardInterrupt:
        interrupted()


from qa_checker.cli import audit, check, compare, rules  # noqa: E402

cli.add_command(audit.audit)
cli.add_command(check.check)
cli.add_command(compare.compare)
cli.add_command(rules.rules)

from qa_checker.cli import convert as convert_command  # noqa: E402

cli.add_command(convert_command.convert)

from qa_checker.cli import template as template_command  # noqa: E402

cli.add_command(template_command.template)

from qa_checker.cli import explain as explain_command  # noqa: E402

cli.add_command(explain_command.explain)

from qa_checker.cli import serve as serve_command  # noqa: E402

cli.add_command(serve_command.serve)

from qa_checker.cli import diff as diff_command  # noqa: E402
from qa_checker.cli import history as history_command  # noqa: E402

cli.add_command(diff_command.diff)
cli.add_command(history_command.history)
