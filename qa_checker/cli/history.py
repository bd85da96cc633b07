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
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import click

from qa_checker.cli.options import fail, write_output
from qa_checker.errors import QACheckerError

if TYPE_CHECKING:
    from qa_checker.results import Report
    from qa_checker.store import Store

STORE_HELP = (
    "History store: a SQLite file, sqlite:///PATH or postgresql://USER:PASSWORD@HOST:PORT/DB "
    "(default: $QA_CHECKER_STORE, else $XDG_DATA_HOME/qa-checker/history.sqlite)."
)
# On audit and check: recording is asked for by --store; given without a value, the default store is used.
STORE_OPTION = click.option(
    "--store",
    "store",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="URL",
    help="Record this run in the history store and add what changed since the last run of the same descriptors "
    "to the report. " + STORE_HELP,
)
KEEP_PERSONAL_DATA_OPTION = click.option(
    "--keep-personal-data",
    "keep_personal_data",
    is_flag=True,
    default=False,
    help="Store learners' personal data (the learner block of credentials) too; by default it is left out.",
)
READ_STORE_OPTION = click.option("--store", "store", default=None, metavar="URL", help=STORE_HELP)
# Options not worth keeping with a run (the store's own URL may hold a password).
_NOT_RECORDED = ("store",)


def open_store(location: str | None, *, create: bool) -> Store:
    """Open the store or exit 2 with the reason."""
    from qa_checker.store import Store

    try:
        return Store.open(location, create=create)
    except QACheckerError as exc:
        fail(str(exc))


def record_into_store(report: Report, location: str | None, *, keep_personal_data: bool = False) -> None:
    """Record a finished run and set ``report.since`` (``location`` None: do nothing). Problems exit 2."""
    if location is None:
        return
    from qa_checker.diff import diff
    from qa_checker.store import records

    options = _recorded_options(click.get_current_context().params)
    store = open_store(location, create=True)
    try:
        with store:
            info = store.record(report, options=options, keep_personal_data=keep_personal_data)
            current = records.snapshot_of(
                report, keep_personal_data=keep_personal_data, label=f"run {info.id}", run=info.id
            )
            previous = store.previous_for(current, before=info.id)
            change = diff(store.snapshot(previous.id), current) if previous is not None else None
    except QACheckerError as exc:
        fail(str(exc))
    if change is None:
        click.echo(
            f"qa-checker: recorded run {info.id} in {store.location} (no earlier run of these descriptors)", err=True
        )
        return
    report.since = change.to_dict()
    s = change.summary
    click.echo(
        f"qa-checker: recorded run {info.id} in {store.location}; since run {previous.id if previous else '?'}: "
        f"{s['improved']} improved, {s['worse']} worse, {s['added']} added, {s['removed']} removed",
        err=True,
    )


def _recorded_options(params: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: list(v) if isinstance(v, tuple) else v
        for k, v in params.items()
        if k not in _NOT_RECORDED and not callable(v)
    }


def parse_date(value: str, option: str) -> datetime:
    """An ISO date or time (UTC when no zone is given)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 date or time: {value}", param_hint=option) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@click.command()
@READ_STORE_OPTION
@click.option("--provider", metavar="NAME", help="Show this awarding body's counts and mean score run by run.")
@click.option("--descriptor", "descriptor_id", metavar="ID", help="Show this descriptor's status and score run by run.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--prune-before",
    "prune_before",
    metavar="DATE",
    help="Delete the runs made before DATE (their run time; ISO 8601), and any incomplete run.",
)
@click.option(
    "--export",
    "export_ref",
    metavar="RUN",
    help="Write run RUN (an id, latest, previous or latest~N) back as report.json (to --output or stdout).",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to a file instead of stdout.")
def history(
    store: str | None,
    provider: str | None,
    descriptor_id: str | None,
    fmt: str,
    prune_before: str | None,
    export_ref: str | None,
    output: str | None,
) -> None:
    """The runs recorded with audit --store or check --store: counts and mean score per run, a provider's or a
    descriptor's trajectory over the runs; --prune-before and --export for retention."""
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
        fail(f"give one of {', '.join(actions)} at a time")
    if prune_before is not None:
        cutoff = parse_date(prune_before, "--prune-before")
        with open_store(store, create=False) as opened:
            try:
                removed = opened.prune_before(cutoff)
            except QACheckerError as exc:
                fail(str(exc))
            click.echo(
                f"deleted {removed} run(s) made before {cutoff.isoformat(timespec='seconds')} from {opened.location}"
            )
        return
    with open_store(store, create=False) as opened:
        try:
            if export_ref is not None:
                write_output(output, json.dumps(opened.export(export_ref), indent=2, ensure_ascii=False) + "\n")
                if output:
                    click.echo(f"wrote {output}", err=True)
                return
            if provider is not None:
                rows = opened.provider_trajectory(provider)
                if not rows:
                    known = opened.providers()
                    fail(
                        f"no run checked provider {provider!r}"
                        + (f"; recorded providers: {'; '.join(known[:20])}" if known else "")
                    )
                content = (
                    _json({"store": opened.location, "provider": provider, "runs": rows})
                    if fmt == "json"
                    else _provider_text(opened.location, provider, rows)
                )
            elif descriptor_id is not None:
                rows = opened.descriptor_trajectory(descriptor_id)
                if not rows:
                    fail(f"no run checked a descriptor with id {descriptor_id!r}")
                content = (
                    _json({"store": opened.location, "descriptor": descriptor_id, "runs": rows})
                    if fmt == "json"
                    else _descriptor_text(descriptor_id, rows)
                )
            else:
                infos = opened.runs()
                content = (
                    _json({"store": opened.location, "runs": [i.to_dict() for i in infos]})
                    if fmt == "json"
                    else _runs_text(opened.location, [i.to_dict() for i in infos])
                )
        except QACheckerError as exc:
            fail(str(exc))
    write_output(output, content)
    sys.exit(0)


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))
        ).rstrip()

    return [line(headers), *(line(r) for r in rows)]


def _runs_text(location: str, infos: list[dict[str, Any]]) -> str:
    if not infos:
        return f"No runs recorded in {location} yet.\n"
    rows = [
        [
            str(i["id"]),
            str(i["generated_at"] or i["recorded_at"]),
            i["command"],
            i["rubric"],
            str(i["descriptors"]),
            str(i["pass"]),
            str(i["fail"]),
            str(i["error"]),
            _number(i["mean_score"]),
        ]
        for i in infos
    ]
    lines = _table(
        ("run", "time", "command", "rubric", "descriptors", "pass", "fail", "error", "mean score"),
        rows,
        right=(0, 4, 5, 6, 7, 8),
    )
    return f"{len(infos)} run(s) in {location}\n" + "\n".join(lines) + "\n"


def _provider_text(location: str, provider: str, rows: list[dict[str, Any]]) -> str:
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
                str(row["generated_at"]),
                str(row["descriptors"]),
                str(row["pass"]),
                str(row["fail"]),
                str(row["error"]),
                _number(mean),
                trend,
            ]
        )
        previous = mean if mean is not None else previous
    lines = _table(
        ("run", "time", "descriptors", "pass", "fail", "error", "mean score", ""), body, right=(0, 2, 3, 4, 5, 6)
    )
    return f"Provider {provider}, over {len(rows)} run(s) in {location}\n" + "\n".join(lines) + "\n"


def _descriptor_text(descriptor_id: str, rows: list[dict[str, Any]]) -> str:
    title = next((r["title"] for r in reversed(rows) if r["title"]), None)
    body = [
        [str(r["run"]), str(r["generated_at"]), r["status"], _number(r["score"]), str(r["findings"]), r["source"]]
        for r in rows
    ]
    lines = _table(("run", "time", "status", "score", "findings", "source"), body, right=(0, 3, 4))
    head = f"Descriptor {descriptor_id}" + (f" ({title})" if title else "") + f", over {len(rows)} run(s)"
    return head + "\n" + "\n".join(lines) + "\n"
