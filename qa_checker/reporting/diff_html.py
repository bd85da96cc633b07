"""The HTML form of a :class:`~qa_checker.diff.Diff`, and its section in the audit report.

One self-contained file with the audit report's styles (``reports/report.css.j2``) and escaping;
``reports/since.html.j2`` holds the section, shared with the "Since the last audit" part of
``report.html``.
"""

from __future__ import annotations

from qa_checker import __version__
from qa_checker.diff import Diff
from qa_checker.i18n import Translator, translator
from qa_checker.reporting.html import environment


def render(change: Diff, *, language: str = "en", tr: Translator | None = None, **_: object) -> str:
    """The comparison as one HTML document, in ``language`` (or ``tr``'s)."""
    tr = tr or translator(language)
    return environment(tr).get_template("diff.html.j2").render(since=change.to_dict(translator=tr), version=__version__)
