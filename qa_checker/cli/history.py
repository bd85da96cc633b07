"""``qa-checker history``: the runs of the history store, trajectories, retention and export.

Also the ``--store`` and ``--keep-personal-data`` options of ``audit`` and ``check``, and
:func:`record_into_store`, which those commands call once the runner has returned the report and
before anything is rendered: it records the run and fills ``report.since`` (what changed since the
previous run of the same descriptors), so the HTML and Excel reports can show it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import click

from qa_checker.cells import visible
from qa_checker.cli.localised import command, current, option, say
from qa_checker.cli.options import (
    DEFAULT_STORE,
    LANGUAGE_OPTION,
    FilePath,
    error_text,
    fail,
    parse_date,
    refuse_output_over_input,
    store_file,
    write_output,
)
from qa_checker.errors import QACheckerError
from qa_checker.file_names import name_shown
from qa_checker.i18n import Translator, translator
from qa_checker.reporting import labels
from qa_checker.text import N_, Text, msg, plural

if TYPE_CHECKING:
    from qa_checker.results import Report
    from qa_checker.store import Store

STORE_HELP = N_(
    "History store: a SQLite file, sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/DB "
    "(default: $QA_CHECKER_STORE, else $XDG_DATA_HOME/qa-checker/history.sqlite)."
)


def _refuse_empty(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Refuse an empty --store before any work is done (see :func:`qa_checker.store.resolve_url`)."""
    if value is not None and not value.strip():
        from qa_checker.store import resolve_url

        try:
            resolve_url(value)
        except QACheckerError as exc:
            fail(error_text(exc))
    return value


STORE_OPTION = option(
    "--store",
    "store",
    is_flag=False,
    flag_value=DEFAULT_STORE,
    default=None,
    callback=_refuse_empty,
    metavar="URL",
    help=msg(
        "Record this run in the history store and add what changed since the last run of the same descriptors "
        "to the report. {store}",
        store=Text(STORE_HELP),
    ),
)
KEEP_PERSONAL_DATA_OPTION = click.option(
    "--keep-personal-data",
    "keep_personal_data",
    is_flag=True,
    default=False,
    help=N_("Store learners' personal data (the learner block of credentials) too; by default it is left out."),
)
READ_STORE_OPTION = click.option(
    "--store", "store", default=None, metavar="URL", help=STORE_HELP, callback=_refuse_empty
)
# Options not worth keeping with a run (the store's own URL may hold a password; the language only shows it).
_NOT_RECORDED = ("store", "language")


def open_store(location: str | None, *, create: bool) -> Store:
    """Open the store or exit 2 with the reason."""
    from qa_checker.store import Store

    try:
        return Store.open(location, create=create)
    except QACheckerError as exc:
        fail(error_text(exc))
    except OSError as exc:  # a path the system refuses to look at (a name too long for it)
        store = str(exc.filename or location)
        fail(msg("the store {store} cannot be used: {error}", store=store, error=exc.strerror or str(exc)))


def record_into_store(report: Report, location: str | None, *, keep_personal_data: bool = False) -> None:
    """Record a finished run and set ``report.since`` (``location`` None: do nothing). Problems exit 2."""
    if location is None:
        return
    from qa_checker.diff import diff
    from qa_checker.store import records

    options = _recorded_options(click.get_current_context().params)
    store = open_store(None if location == DEFAULT_STORE else location, create=True)
    if store.made_folder is not None:
        made = msg("made the folder {folder} for the new store", folder=str(store.made_folder))
        click.echo(f"qa-checker: {visible(current().render(made))}", err=True)
    try:
        with store:
            info = store.record(report, options=options, keep_personal_data=keep_personal_data)
            latest = records.snapshot_of(
                report, keep_personal_data=keep_personal_data, label=msg("run {id}", id=str(info.id)), run=info.id
            )
            previous = store.previous_for(latest, before=info.id, rubric=report.rubric.id)
            change = diff(previous, latest) if previous is not None else None
    except QACheckerError as exc:
        fail(error_text(exc))
    tr = current()
    if change is None:
        recorded = msg(
            "recorded run {run} in {store} (no earlier run of these descriptors)",
            run=str(info.id),
            store=store.location,
        )
        click.echo(f"qa-checker: {tr.render(recorded)}", err=True)
        return
    # In the report's language, as the rest of its contract (messages, hints) is.
    report.since = change.to_dict(translator=translator(report.language))
    s = change.summary
    recorded = msg(
        "recorded run {run} in {store}; since run {previous}: "
        "{improved} improved, {worse} worse, {added} added, {removed} removed",
        run=str(info.id),
        store=store.location,
        previous=str(previous.run) if previous else "?",
        improved=s["improved"],
        worse=s["worse"],
        added=s["added"],
        removed=s["removed"],
    )
    click.echo(f"qa-checker: {tr.render(recorded)}", err=True)


def _recorded_options(params: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: list(v) if isinstance(v, tuple) else v
        for k, v in params.items()
        if k not in _NOT_RECORDED and not callable(v)
    }


@command(
    help=N_(
        "The runs recorded with audit --store or check --store: counts and mean score per run, a provider's or a "
        "descriptor's trajectory over the runs; --prune-before and --export for retention."
    )
)
@READ_STORE_OPTION
@click.option("--provider", metavar="NAME", help=N_("Show this awarding body's counts and mean score run by run."))
@click.option(
    "--descriptor", "descriptor_id", metavar="ID", help=N_("Show this descriptor's status and score run by run.")
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--prune-before",
    "prune_before",
    metavar="DATE",
    help=N_("Delete the runs made before DATE (their run time; ISO 8601), and any incomplete run."),
)
@click.option(
    "--export",
    "export_ref",
    metavar="RUN",
    help=N_("Write run RUN (an id, latest, previous or latest~N) back as report.json (to --output or stdout)."),
)
@click.option("--output", "-o", type=FilePath(dir_okay=False), help=N_("Write to a file instead of stdout."))
@LANGUAGE_OPTION
def history(
    store: str | None,
    provider: str | None,
    descriptor_id: str | None,
    fmt: str,
    prune_before: str | None,
    export_ref: str | None,
    output: str | None,
    language: str,
) -> None:
    """The runs of the history store, trajectories, retention and export (the help above says how)."""
    tr = current()
    actions = [
        name
        for name, value in (
            ("--provider", provider),
            ("--descriptor", descriptor_id),
            ("--prune-before", prune_before),
            ("--export", export_ref),
        )
        if value
    ]
    if len(actions) > 1:
        fail(msg("give one of {options} at a time", options=", ".join(actions)))
    if prune_before is not None:
        cutoff = parse_date(prune_before, "--prune-before")
        with open_store(store, create=False) as opened:
            try:
                removed = opened.prune_before(cutoff)
            except QACheckerError as exc:
                fail(error_text(exc))
            say(
                plural(
                    "deleted {count} run(s) made before {cutoff} from {store}",
                    "deleted {count} run(s) made before {cutoff} from {store}",
                    removed,
                    cutoff=cutoff.isoformat(timespec="seconds"),
                    store=opened.location,
                )
            )
        return
    refuse_output_over_input(output, store=store_file(store or DEFAULT_STORE))
    with open_store(store, create=False) as opened:
        try:
            if export_ref is not None:
                write_output(output, json.dumps(opened.export(export_ref), indent=2, ensure_ascii=False) + "\n")
                if output:
                    say(msg("wrote {path}", path=output), err=True)
                return
            if provider is not None:
                rows = opened.provider_trajectory(provider)
                if not rows:
                    known = opened.providers()
                    fail(
                        msg(
                            "no run checked provider {provider}; recorded providers: {providers}",
                            provider=repr(provider),
                            providers="; ".join(visible(name) for name in known[:20]),
                        )
                        if known
                        else msg("no run checked provider {provider}", provider=repr(provider))
                    )
                content = (
                    _json({"store": opened.location, "provider": provider, "runs": rows})
                    if fmt == "json"
                    else _provider_text(opened.location, _recorded_name(provider, opened.providers()), rows, tr)
                )
            elif descriptor_id is not None:
                rows = opened.descriptor_trajectory(descriptor_id)
                if not rows:
                    fail(msg("no run checked a descriptor with id {id}", id=repr(descriptor_id)))
                content = (
                    _json({"store": opened.location, "descriptor": descriptor_id, "runs": rows})
                    if fmt == "json"
                    else _descriptor_text(descriptor_id, rows, tr)
                )
            else:
                infos = opened.runs()
                content = (
                    _json({"store": opened.location, "runs": [i.to_dict() for i in infos]})
                    if fmt == "json"
                    else _runs_text(opened.location, [i.to_dict() for i in infos], tr)
                )
        except QACheckerError as exc:
            fail(error_text(exc))
    write_output(output, content)
    sys.exit(0)


def _recorded_name(provider: str, recorded: Sequence[str]) -> str:
    """The provider's name as the runs recorded it, when one name matches the one asked for in any case."""
    names = [name for name in recorded if name.casefold() == provider.casefold()]
    return names[0] if len(names) == 1 else provider


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def _number(value: float | None, tr: Translator) -> str:
    if value is None:
        return "–"
    return tr.number(value if value == int(value) else round(value, 1))


RUN, TIME, COMMAND, RUBRIC = N_("run"), N_("time"), N_("command"), N_("rubric")
DESCRIPTORS, MEAN_SCORE, STATUS, SCORE = N_("descriptors"), N_("mean score"), N_("status"), N_("score")
FINDINGS, SOURCE = N_("findings"), N_("source")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))
        ).rstrip()

    return [line(headers), *(line(r) for r in rows)]


def _headers(tr: Translator, *headings: str | Text) -> list[str]:
    """A table's column headings in the translator's language (a status's under its context, as ``Text``)."""
    return [tr.render(heading) for heading in headings]


def _runs_text(location: str, infos: list[dict[str, Any]], tr: Translator) -> str:
    if not infos:
        return tr.render(msg("No runs recorded in {store} yet.", store=visible(location))) + "\n"
    rows = [
        [
            str(i["id"]),
            labels.moment(tr, i["generated_at"] or i["recorded_at"]),
            visible(i["command"]),
            visible(i["rubric"]),
            str(i["descriptors"]),
            str(i["pass"]),
            str(i["fail"]),
            str(i["error"]),
            _number(i["mean_score"], tr),
        ]
        for i in infos
    ]
    headers = _headers(
        tr,
        RUN,
        TIME,
        COMMAND,
        RUBRIC,
        DESCRIPTORS,
        labels.STATUS["pass"],
        labels.STATUS["fail"],
        labels.STATUS["error"],
        MEAN_SCORE,
    )
    lines = _table(headers, rows, right=(0, 4, 5, 6, 7, 8))
    head = plural("{count} run(s) in {store}", "{count} run(s) in {store}", len(infos), store=visible(location))
    return tr.render(head) + "\n" + "\n".join(lines) + "\n"


def _provider_text(location: str, provider: str, rows: list[dict[str, Any]], tr: Translator) -> str:
    body = []
    previous: float | None = None
    for row in rows:
        mean = row["mean_score"]
        trend = (
            "" if previous is None or mean is None else ("↑" if mean > previous else "↓" if mean < previous else "=")
        )
        body.append(
            [
                str(row["run"]),
                labels.moment(tr, row["generated_at"]),
                str(row["descriptors"]),
                str(row["pass"]),
                str(row["fail"]),
                str(row["error"]),
                _number(mean, tr),
                trend,
            ]
        )
        previous = mean if mean is not None else previous
    headers = _headers(
        tr, RUN, TIME, DESCRIPTORS, labels.STATUS["pass"], labels.STATUS["fail"], labels.STATUS["error"], MEAN_SCORE
    )
    lines = _table([*headers, ""], body, right=(0, 2, 3, 4, 5, 6))
    head = plural(
        "Provider {provider}, over {count} run(s) in {store}",
        "Provider {provider}, over {count} run(s) in {store}",
        len(rows),
        provider=visible(provider),
        store=visible(location),
    )
    return tr.render(head) + "\n" + "\n".join(lines) + "\n"


def _descriptor_text(descriptor_id: str, rows: list[dict[str, Any]], tr: Translator) -> str:
    title = next((r["title"] for r in reversed(rows) if r["title"]), None)
    body = [
        [
            str(r["run"]),
            labels.moment(tr, r["generated_at"]),
            labels.word(tr, labels.STATUS, r["status"]),
            _number(r["score"], tr),
            str(r["findings"]),
            name_shown(r["source"]),
        ]
        for r in rows
    ]
    lines = _table(_headers(tr, RUN, TIME, STATUS, SCORE, FINDINGS, SOURCE), body, right=(0, 3, 4))
    if title:
        head = plural(
            "Descriptor {id} ({title}), over {count} run(s)",
            "Descriptor {id} ({title}), over {count} run(s)",
            len(rows),
            id=visible(descriptor_id),
            title=visible(title),
        )
    else:
        head = plural(
            "Descriptor {id}, over {count} run(s)",
            "Descriptor {id}, over {count} run(s)",
            len(rows),
            id=visible(descriptor_id),
        )
    return tr.render(head) + "\n" + "\n".join(lines) + "\n"
