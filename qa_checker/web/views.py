"""The page's view of a report: plain dicts the templates loop over, built from the runner's report.

Nothing is judged here: statuses, scores, element statuses and findings are the report's own; the
findings are ranked as the HTML audit report ranks them (the fix gaining the most score first). Every
word shown is in the translator's language; keys and ids stay as they are.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from qa_checker import table
from qa_checker.elements import ELEMENTS
from qa_checker.file_names import name_shown
from qa_checker.i18n import Translator, translator
from qa_checker.patterns import regex
from qa_checker.reporting import labels
from qa_checker.reporting.html import STATUS_SYMBOL, cut, ranked_findings
from qa_checker.text import N_, msg, pmsg
from qa_checker.web.worker import Checked

# A finding's severity as the page names it; "Error" under the severity's context, apart from the same
# English as an error page's title or a count of files that could not be checked.
SEVERITY_LABEL = {
    "error": pmsg("finding severity", "Error"),
    "warning": pmsg("finding severity", "Warning"),
    "info": pmsg("finding severity", "Note"),
}
STATUS_LABEL = {"pass": N_("Pass"), "fail": N_("Fail"), "error": N_("Could not be read")}
KIND_LABEL = {"offer": N_("offer"), "credential": N_("credential")}
WHOLE_FILE = N_("(the whole file)")


def summary(checked: Checked) -> dict[str, Any]:
    """Counts by status, and the rubric."""
    report = checked.report
    return {"counts": report.summary, "rubric": report.rubric, "generated_at": report.generated_at}


def results(checked: Checked, tr: Translator | None = None) -> list[dict[str, Any]]:
    """One entry per descriptor: verdict, score, the sixteen elements, and the ranked findings, in the
    translator's language (English by default)."""
    tr = tr or translator()
    report = checked.report
    out = []
    for index, result in enumerate(report.results):
        row = table.row(result)
        findings = []
        for item in ranked_findings(result, report, tr):
            finding = item["f"]
            # As the terminal report: the line in the file given, then where the value came from in the
            # original document (an imported file's JSON pointer, a sheet's cell) when the line does not say it.
            line, _ = finding.place()
            original = labels.origin_beyond_line(tr, finding)
            place = tr.render(msg("line {line}", line=str(line))) if line is not None else original
            findings.append(
                {
                    "rule": finding.rule,
                    "severity": finding.severity.value,
                    "severity_label": labels.word(tr, SEVERITY_LABEL, finding.severity.value),
                    "element": item["element"],
                    # A finding about the whole file that names a place (a line, a cell) is shown at that place.
                    "pointer": finding.pointer or ("" if place else tr.gettext(WHOLE_FILE)),
                    "place": place,
                    "origin": original if original != place else "",
                    "message": item["message"],
                    "hint": item["hint"],
                    "waived": finding.waiver is not None,
                    "waiver": finding.waiver.reason if finding.waiver is not None else "",
                    "gain": item["gain"],
                }
            )
        statuses = [result.elements.get(e.key, "missing") for e in ELEMENTS]
        out.append(
            {
                "index": index + 1,
                "source": name_shown(result.source),
                "id": cut(result.id),
                "kind": result.kind,
                "title": cut(row.get("title")),
                "provider": cut(labels.provider(tr, row["provider"])) if row.get("provider") else "",
                "kind_label": labels.word(tr, KIND_LABEL, result.kind),
                # As the terminal report says it: an ELM, Open Badges or CTDL document read as a descriptor.
                "imported": (
                    tr.render(msg("imported from {format}", format=result.imported_from))
                    if result.imported_from
                    else ""
                ),
                "status": result.status,
                "status_label": labels.word(tr, STATUS_LABEL, result.status),
                "score": result.score,
                "counts": {"errors": row["errors"], "warnings": row["warnings"], "infos": row["infos"]},
                "elements": [
                    {
                        "label": tr.gettext(e.label),
                        "clause": e.clause.replace("Annex I ", ""),
                        "status": s,
                        "label_status": labels.word(tr, labels.ELEMENT_STATUS_PROSE, s),
                        "symbol": STATUS_SYMBOL.get(s, "?"),
                    }
                    for e, s in zip(ELEMENTS, statuses)
                ],
                "element_counts": {s: statuses.count(s) for s in labels.ELEMENT_STATUS},
                "findings": findings,
            }
        )
    return out


_CODE = regex(r"``(.+?)``")
# A docstring line such as "Why: ..." or "Passes: ..." (in any language: "Por qué: ...") starts a
# paragraph of its own.
_LEAD = regex(r"^[^\W\d_][^\W\d_']*(?: [^\W\d_']+){0,2} ?: ")


def documentation(text: str) -> Markup:
    """A rule's docstring as paragraphs, ````code```` as code; everything escaped."""
    paragraphs: list[list[str]] = []
    for block in re.split(r"\n\s*\n", text):
        current: list[str] = []
        for line in block.splitlines():
            line = line.strip()
            if not line:
                continue
            if current and line[0].isupper() and _LEAD.match(line):
                paragraphs.append(current)
                current = []
            current.append(line)
        if current:
            paragraphs.append(current)
    parts = []
    for lines in paragraphs:
        escaped = str(escape(" ".join(lines)))
        parts.append("<p>" + _CODE.sub(r"<code>\1</code>", escaped) + "</p>")
    return Markup("\n".join(parts))
