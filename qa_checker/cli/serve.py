"""``qa-checker serve``: the web self-check page and the HTTP API, served by uvicorn."""

from __future__ import annotations

import click

from qa_checker.cli.localised import command, current
from qa_checker.cli.options import LANGUAGE_OPTION, error_text, fail
from qa_checker.text import N_, msg


@command(help=N_("Serve the web self-check page and the HTTP API (POST /api/v1/check) until stopped."))
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help=N_("Address to listen on (behind a reverse proxy keep 127.0.0.1)."),
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--rubric",
    "rubric_name",
    default=None,
    help=N_("Default rubric: a bundled id or a rubric YAML file [env QA_CHECKER_RUBRIC; default eu-2022]."),
)
@click.option(
    "--token", default=None, help=N_("Require 'Authorization: Bearer TOKEN' on /api/ [env QA_CHECKER_TOKEN].")
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help=N_("Processes that check uploads [env QA_CHECKER_WORKERS; default: cores, at most 4]."),
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=None,
    help=N_("Seconds of checking one request may take [env QA_CHECKER_TIMEOUT; default 30]."),
)
@click.option(
    "--max-request-bytes",
    type=click.IntRange(min=1),
    default=None,
    help=N_("Largest request body [env QA_CHECKER_MAX_REQUEST_BYTES; default 20 MiB]."),
)
@click.option(
    "--max-file-bytes",
    type=click.IntRange(min=1),
    default=None,
    help=N_("Largest file or archive member [env QA_CHECKER_MAX_FILE_BYTES; default 5 MiB]."),
)
@click.option(
    "--max-files",
    type=click.IntRange(min=1),
    default=None,
    help=N_("Files per request [env QA_CHECKER_MAX_FILES; default 20]."),
)
@click.option("--root-path", default="", help=N_("Path prefix the reverse proxy serves the application under."))
@click.option(
    "--proxy-headers/--no-proxy-headers",
    default=False,
    show_default=True,
    help=N_("Trust X-Forwarded-For/-Proto from --forwarded-allow-ips (behind a reverse proxy)."),
)
@click.option(
    "--forwarded-allow-ips",
    default="127.0.0.1",
    show_default=True,
    help=N_("Addresses of the reverse proxy whose forwarded headers are trusted."),
)
@click.option(
    "--graceful-timeout",
    type=click.IntRange(min=0),
    default=30,
    show_default=True,
    help=N_("Seconds running requests may take to finish on shutdown (SIGTERM, Ctrl-C)."),
)
@LANGUAGE_OPTION
def serve(
    host: str,
    port: int,
    rubric_name: str | None,
    token: str | None,
    workers: int | None,
    timeout: float | None,
    max_request_bytes: int | None,
    max_file_bytes: int | None,
    max_files: int | None,
    root_path: str,
    proxy_headers: bool,
    forwarded_allow_ips: str,
    graceful_timeout: int,
    language: str,
) -> None:
    """Serve the web self-check page and the HTTP API until stopped.

    ``--lang`` is the language of this command's own messages: the page and the API speak each
    visitor's language (``?lang=``, else the browser's Accept-Language, else English).
    """
    import uvicorn

    from qa_checker.web import create_app
    from qa_checker.web.settings import Settings

    try:
        settings = Settings.from_env(
            rubric=rubric_name,
            token=token,
            workers=workers,
            timeout=timeout,
            max_request_bytes=max_request_bytes,
            max_file_bytes=max_file_bytes,
            max_files=max_files,
        )
        app = create_app(settings)
    except ValueError as exc:
        fail(error_text(exc))
    _refuse_unusable_address(host, port)
    # The prefix a proxy serves the application under is a path: "qa", "/qa" and "/qa/" are one.
    root_path = f"/{root_path.strip('/')}" if root_path.strip("/") else ""
    url, api = f"http://{host}:{port}{root_path}/", f"{root_path}/api/v1/check"
    serving = msg("serving the self-check on {url} (API {api}; Ctrl-C stops)", url=url, api=api)
    click.echo(f"qa-checker: {current().render(serving)}", err=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        proxy_headers=proxy_headers,
        forwarded_allow_ips=forwarded_allow_ips,
        root_path=root_path,
        server_header=False,
        timeout_graceful_shutdown=graceful_timeout,
        log_level="info",
    )


def _refuse_unusable_address(host: str, port: int) -> None:
    """Exit 2 with one line when the address cannot be served on (a host that does not resolve, a port in use or
    not this user's to take), before saying it is served: uvicorn would log its error and exit 3."""
    import socket

    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, protocol) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind(address)
    except (OSError, UnicodeError) as exc:  # UnicodeError: a host name IDNA cannot encode ("a..b", a label of 64+)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        fail(msg("cannot serve on {host}:{port}: {reason}", host=host, port=str(port), reason=reason))
