"""The web self-check page and the HTTP API, as one ASGI application (Starlette).

Every check goes through the one runner in a worker process (:mod:`qa_checker.web.worker`); this
module only reads requests, enforces the limits, and shows or returns what the runner reported.
Nothing uploaded is stored or logged: uploads are held in memory for the request and dropped; the
page's report downloads re-send the content with the download form (hidden fields), so the server
never keeps anything between requests.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import difflib
import email.utils
import functools
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sys
import unicodedata
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, TypeVar
from urllib.parse import quote, unquote, urlencode, urlsplit

import anyio.to_thread
import jinja2
from markupsafe import Markup
from python_multipart.multipart import parse_options_header
from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Scope

from qa_checker import __version__
from qa_checker.elements import ELEMENTS_BY_KEY, citation
from qa_checker.errors import QACheckerError
from qa_checker.i18n import LANGUAGES, SOURCE_LANGUAGE, Translator, translator
from qa_checker.limits import INPUT_SHARE, MAX_DEPTH, Limits, seconds_form
from qa_checker.loaders import BAKED_SUFFIXES, DISCOVERED_SUFFIXES, parse_int, sniff, syntax_problem, too_deep_at
from qa_checker.loaders.code_pages import ENCODING_NAMES, text_codec, unknown_encoding
from qa_checker.moment import MomentError, parse_moment
from qa_checker.patterns import regex
from qa_checker.principles import PRINCIPLES_BY_KEY
from qa_checker.reporting import labels
from qa_checker.reporting.html import shown, tag, writable
from qa_checker.rubric import Rubric, bundled_rubrics, load_rubric
from qa_checker.rulebook import rule_listing
from qa_checker.rules import RULES_BY_ID
from qa_checker.template import FORMATS as TEMPLATE_FORMATS
from qa_checker.text import N_, Series, Text, msg, plural
from qa_checker.web import openapi, views, worker
from qa_checker.web.language import LANG_PARAMETER, Choice, choose, native_name
from qa_checker.web.middleware import (
    ACCESS_LOGGER,
    MIN_BODY_RATE,
    AccessLog,
    BodyLimit,
    SecurityHeaders,
    TooLarge,
    TooSlow,
)
from qa_checker.web.pool import Busy, Crashed, TimedOut, WorkerPool
from qa_checker.web.settings import Settings

T = TypeVar("T")

TEMPLATES = Path(__file__).resolve().parent / "templates"
CSRF_FIELD = "csrf"
CSRF_COOKIE = "qa_checker_csrf"
SECURE_CSRF_COOKIE = "__Host-qa_checker_csrf"
REPORT_FORMATS = {
    "html": ("text/html; charset=utf-8", "html"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "json": ("application/json", "json"),
}
TEMPLATE_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
    "yaml": "application/yaml; charset=utf-8",
    "json": "application/json",
}
TEMPLATE_KINDS = ("offer", "credential")
ACCEPTED = ",".join((*DISCOVERED_SUFFIXES, *BAKED_SUFFIXES))
_JSON_PATHS = ("/api/", "/healthz", "/openapi.json")
# Templates and rule explanations are the server's own content, given a fixed generous time.
SERVER_TASK_SECONDS = 120.0
_RULE_ID = regex(r"^[A-Za-z]{2}-[A-Za-z]{2}-[0-9]{3}$")
# The API's listing of every rule, as a message names it to an API user.
API_RULES = "GET /api/v1/rules"


class Problem(Exception):
    """A request refused with an HTTP status and a message meant for the person or tool that sent it
    (English :class:`Text`, shown in the request's language); ``field`` names the form field it is about, for the
    page to show it there."""

    def __init__(
        self, status: int, message: str | Text, headers: dict[str, str] | None = None, *, field: str | None = None
    ) -> None:
        super().__init__(str(message))
        self.status = status
        self.message = message
        self.headers = headers or {}
        self.field = field


@dataclass(frozen=True)
class RubricChoice:
    """A rubric the server checks with: its id, what to load it by, and what the page says about it."""

    id: str
    name: str
    title: str
    version: str
    description: str
    extends: tuple[str, ...]
    default: bool

    @classmethod
    def of(cls, rubric: Rubric, name: str, default: bool) -> RubricChoice:
        return cls(rubric.id, name, rubric.title, rubric.version, rubric.description, rubric.extends, default)

    def to_dict(self) -> dict[str, Any]:
        """The API's form."""
        return {
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "description": self.description,
            "extends": list(self.extends),
            "default": self.default,
        }


# What a multipart body cut short before its closing boundary is refused with (the parser takes such a body
# for a whole one, less the part cut).
_CUT_SHORT = "The form ends before its closing boundary."


# A part's ``filename*`` parameter (RFC 5987): charset'language'percent-encoded name.
_EXTENDED_FILENAME = regex(rb"(?i)(?:^|;)\s*filename\*\s*=\s*([^;\s]+)")


class _InMemoryParser(MultiPartParser):
    """Starlette's multipart parser, keeping every file part in memory (the body is bounded before), that
    refuses a body without its closing boundary and knows where in the body it stopped (:meth:`place`)."""

    spool_max_size = sys.maxsize
    ended = False

    def __init__(self, headers: Any, stream: AsyncGenerator[bytes, None], **limits: Any) -> None:
        # Bytes and line breaks of the body before the chunk being parsed, the chunk, and the parts begun.
        self.fed, self.lines, self.chunk, self.parts = 0, 0, b"", 0
        self.boundary: bytes = parse_options_header(headers.get("content-type"))[1].get(b"boundary", b"")
        # The first line of the body that is the boundary with a line break before or after it that has no CR
        # (taken for data).
        self.bare_boundary_line: int | None = None
        bare = re.escape(b"--" + self.boundary) if self.boundary else None
        self._bare = re.compile(rb"(?<!\r)\n" + bare + rb"(?:--)?\r?\n|\n" + bare + rb"(?:--)?\n") if bare else None
        super().__init__(headers, self._counted(stream), **limits)

    async def _counted(self, stream: AsyncGenerator[bytes, None]) -> AsyncGenerator[bytes, None]:
        async for chunk in stream:
            self.fed, self.lines, self.chunk = self.fed + len(self.chunk), self.lines + self.chunk.count(b"\n"), chunk
            found = self._bare.search(chunk) if self._bare and self.bare_boundary_line is None else None
            if found is not None:
                self.bare_boundary_line = self.lines + chunk.count(b"\n", 0, found.start()) + 2
            yield chunk

    def place(self, offset: int) -> tuple[str, str]:
        """The 1-based line and the 0-based byte offset, in the whole body, of ``offset`` in the chunk being parsed."""
        return str(self.lines + self.chunk.count(b"\n", 0, offset) + 1), str(self.fed + offset)

    def on_part_begin(self) -> None:
        self.parts += 1
        super().on_part_begin()

    def on_headers_finished(self) -> None:
        """A part that names its file only as ``filename*=utf-8''...`` (RFC 5987, as urllib3 1 writes a name
        beyond ASCII; RFC 7578 forbids it and the parser skips it) is read as a file of that name."""
        part = self._current_part
        disposition = part.content_disposition or b""
        extended = _EXTENDED_FILENAME.search(disposition)
        if extended is not None and b"filename" not in parse_options_header(disposition)[1]:
            charset, _, value = email.utils.decode_rfc2231(extended.group(1).decode("latin-1").strip('"'))
            try:
                name = unquote(value, encoding=charset or "utf-8", errors="replace")
            except LookupError:
                name = unquote(value, errors="replace")
            quoted = name.replace("\\", "\\\\").replace('"', '\\"').encode("utf-8", errors="replace")
            part.content_disposition = disposition + b'; filename="' + quoted + b'"'
        super().on_headers_finished()

    def on_end(self) -> None:
        self.ended = True

    async def parse(self) -> FormData:
        form = await super().parse()
        if not self.ended or self.bare_boundary_line is not None:  # a part that holds its boundary is broken
            await form.close()
            raise MultiPartException(_CUT_SHORT)
        return form


def _asset(name: str) -> tuple[Markup, str]:
    """An inline asset's text and its CSP hash source."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


class WebApp:
    """The routes and their shared state: settings, rubrics, the worker pool, templates and caches."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.rubrics = _rubric_choices(settings.rubric)
        self.default_rubric = next(r for r in self.rubrics.values() if r.default)
        self.pool = WorkerPool(settings.workers, settings.queue)
        self.limits = Limits(
            max_bytes=settings.max_file_bytes,
            archive_members=settings.max_archive_members,
            archive_total_bytes=settings.max_archive_bytes,
            # One input is given up (an MC-EN-003 result) at half the request's budget, so that a slow file
            # costs the others of its request nothing: at the whole budget the request's 422 came first.
            seconds=settings.timeout * INPUT_SHARE,
        )
        self.css, css_hash = _asset("web.css")
        self.js, js_hash = _asset("web.js")
        self.page_csp = (
            f"default-src 'none'; script-src {js_hash}; style-src {css_hash}; img-src 'self' data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        )
        # One template environment per language, made when a request first asks for it.
        self._environments: dict[str, jinja2.Environment] = {}
        self._templates: dict[tuple[str, str, str], bytes] = {}
        self._explained: dict[tuple[str, str | None, str, str], dict[str, Any]] = {}
        self.openapi = openapi.document(settings, list(self.rubrics))

    # -- application -------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        """Start the workers before the first request; stop them after the last (graceful shutdown)."""
        await self.pool.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(self.pool.close)

    def routes(self) -> list[Route]:
        """Every route: the page, its downloads and rule pages; the API; health and OpenAPI."""
        return [
            Route("/", self.guard(self.index), methods=["GET"], name="index"),
            # A form's answer reloaded, bookmarked or opened again from the history (GET): back to the form.
            # One route per address, so a 405 names every method it accepts (Allow: GET, HEAD, POST).
            Route("/check", self.form_answer(self.guard(self.check_page)), methods=["GET", "POST"], name="check"),
            Route(
                "/report", self.form_answer(self.guard(self.report_download)), methods=["GET", "POST"], name="report"
            ),
            Route("/template/{filename}", self.guard(self.template_download), methods=["GET"], name="template"),
            Route("/rules", self.guard(self.rules_page), methods=["GET"], name="rules"),
            Route("/rules/{rule_id}", self.guard(self.rule_page), methods=["GET"], name="rule"),
            Route("/api/v1/check", self.guard(self.api_check), methods=["POST"]),
            Route("/api/v1/rules", self.guard(self.api_rules), methods=["GET"]),
            Route("/api/v1/rules/{rule_id}", self.guard(self.api_rule), methods=["GET"]),
            Route("/api/v1/rubrics", self.guard(self.api_rubrics), methods=["GET"]),
            Route("/healthz", self.guard(self.healthz), methods=["GET"]),
            Route("/openapi.json", self.guard(self.openapi_document), methods=["GET"]),
        ]

    def build(self) -> ASGIApp:
        """The ASGI application: Starlette inside the access log, security headers and size limit."""
        app = Starlette(
            routes=self.routes(),
            lifespan=self.lifespan,
            exception_handlers={
                HTTPException: self.http_exception,
                TooLarge: self.too_large_exception,
                TooSlow: self.too_slow_exception,
                Exception: self.server_error,
            },
        )
        limited = BodyLimit(app, self.body_limit, self.too_large, self.settings.body_timeout, self.too_slow)
        return AccessLog(SecurityHeaders(limited, self.csp))

    def guard(self, endpoint: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        """Turn a :class:`Problem` (and the pool's refusals) into the right response for the path."""

        @functools.wraps(endpoint)
        async def guarded(request: Request) -> Response:
            try:
                return await endpoint(request)
            except Problem as problem:
                return self.problem(request, problem)
            except Busy:
                return self.problem(
                    request,
                    Problem(
                        503,
                        msg("The checker is busy with other uploads. Please try again in a minute."),
                        {"Retry-After": "30"},
                    ),
                )
            except TimedOut:
                return self.problem(
                    request,
                    Problem(
                        422,
                        plural(
                            "Checking this upload took more than {seconds} second, so it was stopped. "
                            "Send fewer or smaller files at a time.",
                            "Checking this upload took more than {seconds} seconds, so it was stopped. "
                            "Send fewer or smaller files at a time.",
                            seconds_form(self.settings.timeout),
                            seconds=self.settings.timeout,
                        ),
                    ),
                )
            except Crashed:
                return self.problem(
                    request,
                    Problem(
                        500,
                        msg(
                            "The checker stopped while reading this upload. Please "
                            "report the problem with a copy of the file if you can."
                        ),
                    ),
                )
            except TooLarge:
                return self.too_large(request.scope, self.body_limit(request.scope))
            except TooSlow as exc:
                return self.too_slow(request.scope, exc.trickled)
            except ClientDisconnect:  # nobody is left to answer, and nothing went wrong here
                return Response(status_code=400)
            except Exception as exc:  # logged by type only: its message may quote an upload
                logging.getLogger("qa_checker.web").error(
                    "internal error on %s: %s", request.url.path, type(exc).__name__
                )
                return self.problem(request, Problem(500, msg("Something went wrong on our side. Please try again.")))

        return guarded

    def csp(self, scope: Scope) -> str:
        """Pages allow only their own hashed script and style; everything else allows nothing."""
        path = str(scope.get("path", ""))
        if path.startswith(_JSON_PATHS) or path in ("/report",) or path.startswith("/template/"):
            return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox"
        return self.page_csp

    def body_limit(self, scope: Scope) -> int:
        """The largest body a path accepts: the report download re-sends uploads in base64."""
        limit = self.settings.max_request_bytes
        if scope.get("path") == "/report":
            return limit * 4 // 3 + 64 * 1024
        return limit

    # -- errors ------------------------------------------------------------------------------

    def wants_json(self, path: str) -> bool:
        return path.startswith(_JSON_PATHS)

    def problem(self, request: Request, problem: Problem) -> Response:
        """JSON for the API, the page with the message for the form, an error page elsewhere; the message
        in the request's language."""
        path = request.url.path
        choice = language_of(request)
        message = translator(choice.language).render(problem.message)
        if self.wants_json(path):
            headers = dict(problem.headers)
            if problem.status == 401:
                headers["WWW-Authenticate"] = 'Bearer realm="qa-checker"'
            headers.update(_language_headers(choice))
            return JSONResponse(
                {"error": {"status": problem.status, "message": message}},
                status_code=problem.status,
                headers=headers,
            )
        if path == "/check" and problem.status != 403:
            return self.page(
                request,
                "index.html.j2",
                status=problem.status,
                headers=problem.headers,
                error=message,
                error_field=problem.field,
                text=request.state.text if hasattr(request.state, "text") else "",
                encoding=request.state.encoding if hasattr(request.state, "encoding") else "",
            )
        return self.page(
            request,
            "error.html.j2",
            status=problem.status,
            headers=problem.headers,
            status_code=problem.status,
            message=message,
            title=translator(choice.language).gettext(_STATUS_TITLE.get(problem.status, ERROR_TITLE)),
        )

    async def http_exception(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        messages = {
            404: msg("There is no page at this address."),
            405: msg("This address does not accept this kind of request."),
        }
        message = messages.get(status, str(getattr(exc, "detail", "")))
        # Starlette's own headers stay: a 405 names the methods the address accepts (Allow).
        return self.problem(request, Problem(status, message, dict(getattr(exc, "headers", None) or {})))

    async def too_large_exception(self, request: Request, exc: Exception) -> Response:
        return self.too_large(request.scope, self.body_limit(request.scope))

    async def server_error(self, request: Request, exc: Exception) -> Response:
        logging.getLogger("qa_checker.web").error("internal error on %s: %s", request.url.path, type(exc).__name__)
        return self.problem(request, Problem(500, msg("Something went wrong on our side. Please try again.")))

    async def too_slow_exception(self, request: Request, exc: Exception) -> Response:
        return self.too_slow(request.scope, isinstance(exc, TooSlow) and exc.trickled)

    def too_slow(self, scope: Scope, trickled: bool = False) -> Response:
        """The 408 of a body that stopped arriving, or (``trickled``) came in too slowly to wait for."""
        message = (
            plural(
                "The upload arrived slower than {count} byte a second, so it was given up. Please send it again.",
                "The upload arrived slower than {count} bytes a second, so it was given up. Please send it again.",
                MIN_BODY_RATE,
            )
            if trickled
            else plural(
                "The upload stopped arriving for {seconds} second, so it was given up. Please send it again.",
                "The upload stopped arriving for {seconds} seconds, so it was given up. Please send it again.",
                seconds_form(self.settings.body_timeout),
                seconds=self.settings.body_timeout,
            )
        )
        return self.problem(Request(scope), Problem(408, message, {"Connection": "close"}))

    def too_large(self, scope: Scope, limit: int) -> Response:
        request = Request(scope)
        return self.problem(
            request,
            Problem(
                413,
                msg(
                    "The upload is larger than the {size} one request may hold. Send fewer or smaller files at a time.",
                    size=size_text(limit),
                ),
            ),
        )

    # -- pages -------------------------------------------------------------------------------

    def csrf_token(self, request: Request) -> tuple[str, bool]:
        """The browser's form token (from its cookie) and whether the cookie must be set."""
        token = request.cookies.get(self.csrf_cookie(request), "")
        if re.fullmatch(r"[A-Za-z0-9_-]{32,64}", token):
            return token, False
        return secrets.token_urlsafe(32), True

    def csrf_cookie(self, request: Request) -> str:
        return SECURE_CSRF_COOKIE if request.url.scheme == "https" else CSRF_COOKIE

    def environment(self, language: str) -> jinja2.Environment:
        """The page templates with ``_``/``ngettext`` and the filters of one language (made once per language)."""
        env = self._environments.get(language)
        if env is None:
            env = page_environment(translator(language))
            self._environments[language] = env
        return env

    def page(
        self, request: Request, name: str, *, status: int = 200, headers: dict[str, str] | None = None, **context: Any
    ) -> HTMLResponse:
        token, new = self.csrf_token(request)
        root = request.scope.get("root_path", "").rstrip("/")
        choice = language_of(request)
        for key, value in (
            ("error", None),
            ("text", ""),
            ("results", None),
            ("checked", None),
            ("chosen", None),
            ("payload", []),
            ("now", ""),
            ("encoding", ""),
            ("error_field", None),
        ):
            context.setdefault(key, value)
        body = (
            self.environment(choice.language)
            .get_template(name)
            .render(
                css=self.css,
                js=self.js,
                root=root,
                site=str(request.base_url).rstrip("/"),
                csrf=token,
                settings=self.settings,
                version=__version__,
                rubrics=list(self.rubrics.values()),
                default_rubric=self.default_rubric,
                accepted=ACCEPTED,
                template_formats=[f for f in TEMPLATE_FORMATS if f in TEMPLATE_TYPES],
                template_kinds=TEMPLATE_KINDS,
                format_names=FORMAT_NAMES,
                language=choice.language,
                explicit=choice.explicit,
                languages=switcher(request, choice, root),
                url=functools.partial(page_url, root, choice),
                decimal=_decimal_sign(choice.language),
                encodings=ENCODING_NAMES,
                **context,
            )
        )
        response = HTMLResponse(body, status_code=status, headers={**(headers or {}), **_language_headers(choice)})
        if new:
            response.set_cookie(
                self.csrf_cookie(request),
                token,
                path="/",
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
            )
        return response

    def verify_form_origin(self, request: Request) -> None:
        """Refuse a form post from another site (before reading its body)."""
        origin = request.headers.get("origin")
        if origin is None:
            return
        allowed = {o.rstrip("/") for o in self.settings.allowed_origins}
        if origin.rstrip("/") in allowed:
            return
        host = request.headers.get("host", "")
        if origin == "null" or urlsplit(origin).netloc.lower() != host.lower():
            raise Problem(
                403,
                msg(
                    "This form was sent from another web site, so it was refused. Open the self-check "
                    "page and send the form from there."
                ),
            )

    def verify_csrf(self, request: Request, form: FormData) -> None:
        """The form's token must equal the browser's cookie (double submit)."""
        cookie = request.cookies.get(self.csrf_cookie(request), "")
        field = form.get(CSRF_FIELD)
        if not cookie or not isinstance(field, str) or not hmac.compare_digest(cookie.encode(), field.encode()):
            raise Problem(
                403,
                msg(
                    "The form has expired or your browser did not send its cookie. Reload the page "
                    "and send the form again."
                ),
            )

    async def index(self, request: Request) -> Response:
        return self.page(request, "index.html.j2")

    def form_answer(
        self, endpoint: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        """An address the form posts to: ``endpoint`` answers the POST, :meth:`to_the_form` a GET or HEAD."""

        @functools.wraps(endpoint)
        async def answer(request: Request) -> Response:
            return await (endpoint(request) if request.method == "POST" else self.to_the_form(request))

        return answer

    async def to_the_form(self, request: Request) -> Response:
        """``GET`` of an address the form posts to (a result reloaded or bookmarked): 303 to the form, in the
        language the request named (the API's addresses still answer 405)."""
        location = page_url(request.scope.get("root_path", "").rstrip("/"), language_of(request), "/")
        return RedirectResponse(location, status_code=303)

    async def check_page(self, request: Request) -> Response:
        self.verify_form_origin(request)
        form = await self.read_form(request, max_part_size=self.settings.max_file_bytes)
        try:
            text = form.get("text")
            request.state.text = _AsGiven(text) if isinstance(text, str) else ""
            request.state.encoding = _field(form, "encoding") or ""
            self.verify_csrf(request, form)
            choice = self.rubric_choice(_field(form, "rubric"))
            codec = _encoding(request.state.encoding)
            uploads = await self.form_uploads(form)
        finally:
            await form.close()
        now = self.now()
        language = language_of(request).language
        checked = await self.check(uploads, choice, now, "report", language, codec)
        if not isinstance(checked, worker.Checked):
            raise Problem(500, msg("Unexpected answer from the checker."))
        payload = [{"name": u.name, "content": base64.b64encode(u.content).decode("ascii")} for u in uploads]
        tr = translator(language)
        return self.page(
            request,
            "index.html.j2",
            checked=views.summary(checked),
            results=views.results(checked, tr),
            chosen=choice,
            payload=payload,
            now=now.isoformat(timespec="seconds"),
            text=request.state.text,
            encoding=request.state.encoding,
        )

    async def report_download(self, request: Request) -> Response:
        self.verify_form_origin(request)
        limit = self.settings.max_file_bytes * 4 // 3 + 16
        form = await self.read_form(request, max_part_size=limit)
        try:
            self.verify_csrf(request, form)
            fmt = _field(form, "format")
            if fmt not in REPORT_FORMATS:
                raise Problem(422, msg("Choose the HTML, Excel or JSON report."))
            choice = self.rubric_choice(_field(form, "rubric"))
            codec = _encoding(_field(form, "encoding"))
            now = _parse_now(_field(form, "now")) or self.now()
            names, contents = form.getlist("name"), form.getlist("content")
            if len(names) != len(contents) or not names:
                raise Problem(422, msg("The form does not hold the content to report on. Check the files again."))
            if len(names) > self.settings.max_files:
                raise Problem(413, self._too_many())
            uploads = []
            for name, content in zip(names, contents):
                if not isinstance(name, str) or not isinstance(content, str):
                    raise Problem(422, msg("The form does not hold the content to report on. Check the files again."))
                raw = _b64(content)
                uploads.append(worker.Upload(_clean_name(name, raw), raw))
        finally:
            await form.close()
        rendered = await self.check(tuple(uploads), choice, now, fmt, language_of(request).language, codec)
        if not isinstance(rendered, bytes):
            raise Problem(500, msg("Unexpected answer from the checker."))
        media, suffix = REPORT_FORMATS[fmt]
        return _attachment(rendered, media, f"qa-checker-report.{suffix}")

    async def template_download(self, request: Request) -> Response:
        filename = request.path_params["filename"]
        kind, _, fmt = filename.partition(".")
        if kind not in TEMPLATE_KINDS or fmt not in TEMPLATE_TYPES:
            raise Problem(
                404,
                msg("There is no such template. Choose an offer or credential template as Excel, CSV, YAML or JSON."),
            )
        language = language_of(request).language
        key = (kind, fmt, language)
        if key not in self._templates:
            self._templates[key] = await self.pool.call(
                worker.build_template, fmt, kind, language, timeout=SERVER_TASK_SECONDS
            )
        return _attachment(self._templates[key], TEMPLATE_TYPES[fmt], f"micro-credential-{kind}-template.{fmt}")

    async def rules_page(self, request: Request) -> Response:
        choice = self.rubric_choice(_query(request, "rubric"))
        rubric = worker.rubric(choice.name)
        tr = translator(language_of(request).language)
        rules = [
            dict(RULES_BY_ID[i].summary(), severity=s.severity.value, weight=s.weight)
            for i, s in sorted(rubric.rules.items())
        ]
        for rule in rules:
            rule["title"] = tr.gettext(rule["title"])
        return self.page(request, "rules.html.j2", chosen=choice, rules=rules)

    async def rule_page(self, request: Request) -> Response:
        choice = self.rubric_choice(_query(request, "rubric"))
        language = language_of(request).language
        data = await self.explanation(request.path_params["rule_id"], choice, language)
        tr = translator(language)
        element = ELEMENTS_BY_KEY.get(data.get("element") or "")
        clause = data.get("clause")
        principles = [
            tr.gettext(PRINCIPLES_BY_KEY[p].label) if language != SOURCE_LANGUAGE and p in PRINCIPLES_BY_KEY else p
            for p in data.get("principles") or []
        ]
        return self.page(
            request,
            "rule.html.j2",
            rule=dict(data, clause=tr.render(citation(clause)) if clause else clause, principles=principles),
            chosen=choice,
            element=f"{tr.gettext(element.label)} ({tr.render(citation(element.clause))})"
            if element
            else data.get("element"),
        )

    # -- API ---------------------------------------------------------------------------------

    def authorize(self, request: Request) -> None:
        """With a token configured, the API needs ``Authorization: Bearer <token>``."""
        token = self.settings.token
        if token is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise Problem(401, msg("This API needs a bearer token: send the header 'Authorization: Bearer <token>'."))

    async def api_check(self, request: Request) -> Response:
        self.authorize(request)
        coding = request.headers.get("content-encoding", "identity").strip().lower()
        if coding != "identity":  # RFC 9110, 15.5.16: an unsupported content coding is a 415
            raise Problem(
                415,
                msg(
                    "The body is sent compressed (Content-Encoding: {coding}). Send it uncompressed; a .zip "
                    "file part carries many files compactly.",
                    coding=coding[:40],
                ),
                {"Accept-Encoding": "identity"},
            )
        content_type = _content_type(request)
        query_rubric, query_encoding = _query(request, "rubric"), _query(request, "encoding")
        if content_type == "application/json":
            body = await request.body()
            try:
                uploads, rubric_name, now_text, encoding = await anyio.to_thread.run_sync(self.json_uploads, body)
            except _BadRequest as exc:
                raise Problem(exc.status, exc.message) from None
        elif content_type == "multipart/form-data":
            form = await self.read_form(request, max_part_size=self.settings.max_file_bytes)
            try:
                _known_form_fields(form)
                rubric_name, now_text = _field(form, "rubric"), _field(form, "now")
                encoding = _field(form, "encoding")
                uploads = await self.form_uploads(form, text_field=None)
            finally:
                await form.close()
        else:
            raise Problem(
                415,
                msg(
                    "Send the files as multipart/form-data, or a JSON object "
                    '{"filename": ..., "content": ...} as application/json.'
                ),
            )
        # The body's, as the API document says; an unknown one in the query is refused even then.
        query_choice, query_codec = self.rubric_choice(query_rubric), _encoding(query_encoding)
        choice = self.rubric_choice(rubric_name) if rubric_name else query_choice
        codec = _encoding(encoding) if encoding else query_codec
        now = _parse_now(now_text) or self.now()
        language = language_of(request)
        checked = await self.check(uploads, choice, now, "json", language.language, codec)
        if not isinstance(checked, bytes):
            raise Problem(500, msg("Unexpected answer from the checker."))
        return Response(checked, media_type="application/json", headers=_language_headers(language))

    async def api_rules(self, request: Request) -> Response:
        self.authorize(request)
        name = _query(request, "rubric")
        rubric = worker.rubric(self.rubric_choice(name).name) if name else None
        language = language_of(request)
        tr = translator(language.language)
        rows = [
            dict(row, title=tr.gettext(row["title"]), documentation=tr.document(row["documentation"]))
            for row in rule_listing(rubric)
        ]
        return _json(rows, language)

    async def api_rule(self, request: Request) -> Response:
        self.authorize(request)
        name = _query(request, "rubric")
        choice = self.rubric_choice(name) if name else None
        language = language_of(request)
        data = await self.explanation(request.path_params["rule_id"], choice, language.language, listing=API_RULES)
        return _json({k: v for k, v in data.items() if k != "example_settings"}, language)

    async def api_rubrics(self, request: Request) -> Response:
        self.authorize(request)
        language = language_of(request)
        tr = translator(language.language)
        return _json([dict(r.to_dict(), title=tr.gettext(r.title)) for r in self.rubrics.values()], language)

    async def healthz(self, request: Request) -> Response:
        return _json(
            {"status": "ok", "version": __version__, "workers": self.pool.workers, "pending": self.pool.pending}
        )

    async def openapi_document(self, request: Request) -> Response:
        """The document, its ``servers`` naming the path it is served under (``--root-path``), else ``/``."""
        root = request.scope.get("root_path", "").rstrip("/")
        return _json(dict(self.openapi, servers=[{"url": root or "/"}]))

    # -- shared ------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.settings.now or datetime.now(timezone.utc).replace(microsecond=0)

    def rubric_choice(self, name: str | None) -> RubricChoice:
        if not name:
            return self.default_rubric
        choice = self.rubrics.get(name.strip())
        if choice is None:
            raise Problem(
                422,
                msg(
                    "Unknown rubric '{name}'. Choose one of: {rubrics}.",
                    name=name[:80],
                    rubrics=", ".join(self.rubrics),
                ),
            )
        return choice

    async def check(
        self,
        uploads: tuple[worker.Upload, ...],
        choice: RubricChoice,
        now: datetime,
        output: str,
        language: str = SOURCE_LANGUAGE,
        encoding: str | None = None,
    ) -> worker.Checked | bytes:
        job = worker.CheckJob(uploads, choice.name, now, self.limits, output, self.settings.timeout, language, encoding)
        # The worker's CPU budget stops a runaway check; the pool's wall-clock limit (with a grace
        # period) catches one stuck where that budget cannot reach.
        outcome = await self.pool.call(worker.check, job, timeout=self.settings.timeout * 2 + 5)
        if isinstance(outcome, worker.Refusal):
            raise Problem(outcome.status, outcome.text or outcome.message)
        return outcome

    async def explanation(
        self, rule_id: str, choice: RubricChoice | None, language: str = SOURCE_LANGUAGE, *, listing: str = "/rules"
    ) -> dict[str, Any]:
        """A rule's explanation; an unknown id is a 404 naming the closest ids and ``listing``, where the
        asker finds every rule (the rules page, or the API's ``GET /api/v1/rules``)."""
        if not _RULE_ID.match(rule_id) or rule_id.upper() not in RULES_BY_ID:
            raise Problem(404, _no_rule(rule_id, listing))
        today = self.now().date()
        key = (rule_id.upper(), choice.name if choice else None, today.isoformat(), language)
        if key not in self._explained:
            data = await self.pool.call(
                worker.explain_rule, key[0], key[1], today, language, timeout=SERVER_TASK_SECONDS
            )
            if isinstance(data, worker.Refusal):
                raise Problem(data.status, data.text or data.message)
            if len(self._explained) > 2000:
                self._explained.clear()
            self._explained[key] = data
        return self._explained[key]

    async def read_form(self, request: Request, *, max_part_size: int) -> FormData:
        content_type = _content_type(request)
        if content_type != "multipart/form-data":
            raise Problem(415, msg("Send the form as multipart/form-data."))
        max_fields = 2 * self.settings.max_files + 16  # the files, an empty field each, and the text fields
        parser = _InMemoryParser(
            request.headers,
            request.stream(),
            max_files=self.settings.max_files,
            max_fields=max_fields,
            max_part_size=max_part_size,
        )
        try:
            return await parser.parse()
        except MultiPartException as exc:
            if exc.message.startswith("Too many files"):
                raise Problem(413, self._too_many()) from None
            if exc.message.startswith(("Part exceeded", "Field exceeded")):
                raise Problem(
                    413, msg("A field of the form is larger than {size}.", size=size_text(max_part_size))
                ) from None
            raise Problem(400, _unreadable_form(exc, max_fields, parser)) from None

    def _too_many(self) -> Text:
        return plural(
            "At most {count} file can be checked at a time. Send fewer, or put them in a .zip archive.",
            "At most {count} files can be checked at a time. Send fewer, or put them in a .zip archive.",
            self.settings.max_files,
        )

    async def form_uploads(self, form: FormData, text_field: str | None = "text") -> tuple[worker.Upload, ...]:
        uploads: list[worker.Upload] = []
        for _, value in form.multi_items():
            if not isinstance(value, UploadFile):
                continue
            content = await value.read()
            if not value.filename and not content:
                continue  # the file field was left empty
            uploads.append(worker.Upload(_clean_name(value.filename or "", content), content))
        text = form.get(text_field) if text_field else None
        if isinstance(text, str) and text.strip():
            raw = text.encode("utf-8")
            uploads.append(worker.Upload("pasted" + (".json" if sniff(raw) == ".json" else ".yaml"), raw))
        if not uploads:
            raise Problem(422, msg("There is nothing to check: choose a file or paste a descriptor."))
        if len(uploads) > self.settings.max_files:
            raise Problem(413, self._too_many())
        return _apart(uploads)

    def json_uploads(self, body: bytes) -> tuple[tuple[worker.Upload, ...], str | None, str | None, str | None]:
        """Uploads, rubric, time and CSV encoding from a JSON body (run in a thread: the body may be large).

        A field the API does not know (a misspelt ``rubrik``) or one given twice is refused, not ignored; ``null``
        is the same as leaving a field out.
        """
        data = _json_body(body)
        if not isinstance(data, dict):
            raise _BadRequest(422, msg('Send a JSON object: {"filename": ..., "content": ...}.'))
        items = data.get("files")
        _known_fields(data, _RUN_FIELDS + ("files",) + (() if items is not None else _FILE_FIELDS), None)
        if items is None:
            items = [data]
        if not isinstance(items, list):
            raise _BadRequest(422, msg("'files' must be a list of {filename, content} objects."))
        if not items:
            raise _BadRequest(422, msg("There is nothing to check: 'files' is an empty list."))
        if len(items) > self.settings.max_files:
            raise _BadRequest(413, self._too_many())
        uploads = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise _BadRequest(422, msg("Each file must be an object {filename, content or content_base64}."))
            if item is not data:
                _known_fields(item, _FILE_FIELDS, index)
            text, encoded = item.get("content"), item.get("content_base64")
            if isinstance(text, str) and encoded is None:
                raw = text.encode("utf-8", errors="surrogatepass")
            elif isinstance(encoded, str) and text is None:
                try:
                    raw = base64.b64decode(encoded, validate=True)
                except (binascii.Error, ValueError):
                    if any(c in encoded for c in " \t\r\n"):  # as the base64 command writes it, in lines
                        raise _BadRequest(
                            400,
                            msg(
                                "content_base64 is not valid base64: it holds line breaks or spaces. "
                                "Send it on one line (base64 -w 0)."
                            ),
                        ) from None
                    raise _BadRequest(400, msg("content_base64 is not valid base64.")) from None
            else:
                raise _BadRequest(422, msg("Give each file either 'content' (text) or 'content_base64', as a string."))
            if len(raw) > self.settings.max_file_bytes:
                raise _BadRequest(
                    413,
                    msg(
                        "A file is larger than {size}; it was not checked.",
                        size=size_text(self.settings.max_file_bytes),
                    ),
                )
            name = item.get("filename")
            if name is not None and not isinstance(name, str):
                raise _BadRequest(422, msg("'filename' must be a file name, as a string."))
            uploads.append(worker.Upload(_clean_name(name or "", raw), raw))
        rubric, now = data.get("rubric"), data.get("now")
        if rubric is not None and not isinstance(rubric, str):
            raise _BadRequest(422, msg("'rubric' must be a rubric id."))
        if now is not None and not isinstance(now, str):
            raise _BadRequest(422, msg("'now' must be an ISO 8601 date or time."))
        encoding = data.get("encoding")
        if encoding is not None and not isinstance(encoding, str):
            raise _BadRequest(422, msg("'encoding' must be the name of a text encoding, such as windows-1250."))
        return _apart(uploads), rubric, now, encoding


def _json_body(body: bytes) -> Any:
    """The JSON of a request body (UTF-8, or UTF-16 or UTF-32 as RFC 4627 told them apart); a body that is not
    JSON is refused at the line and column where it stops being JSON, or too deep, or not text."""
    encoding = json.detect_encoding(body)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _text_place(body[: exc.start].decode(encoding, errors="replace"))
        raise _BadRequest(
            400,
            msg(
                "The body is not valid JSON: it is not UTF-8 text at line {line}, column {column} (byte {offset}).",
                line=str(line),
                column=str(column),
                offset=str(exc.start),
            ),
        ) from None
    if not text.strip():
        raise _BadRequest(
            400, msg('The body is not valid JSON: it is empty. Send a JSON object {"filename": ..., "content": ...}.')
        )
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=parse_int)
    except _RepeatedKey as exc:
        raise _BadRequest(422, msg("The field '{field}' is given twice in the JSON body.", field=exc.key)) from None
    except json.JSONDecodeError as exc:
        ends = text.rstrip(" \t\r\n")
        if exc.msg.startswith("Unterminated string") or (exc.msg.startswith("Expecting") and exc.pos >= len(ends)):
            line, column = _text_place(ends[:-1])  # its last character
            raise _BadRequest(
                400,
                msg(
                    "The body is not valid JSON: it ends at line {line}, column {column}, before its JSON does (cut "
                    "short, or a bracket or quote not closed).",
                    line=str(line),
                    column=str(column),
                ),
            ) from None
        line, column, problem = syntax_problem(exc, text)
        raise _BadRequest(
            400,
            msg(
                "The body is not valid JSON at line {line}, column {column}: {problem}.",
                line=str(line),
                column=str(column),
                problem=problem,
            ),
        ) from None
    except RecursionError:
        place = too_deep_at(text, MAX_DEPTH)
        if place is None:
            raise _BadRequest(400, msg("The body is not valid JSON.")) from None
        raise _BadRequest(
            400,
            plural(
                "The body is not valid JSON: it is nested too deeply to read at line {line}, column {column} (a "
                "request nests at most {count} level).",
                "The body is not valid JSON: it is nested too deeply to read at line {line}, column {column} (a "
                "request nests at most {count} levels).",
                MAX_DEPTH,
                line=str(place[0]),
                column=str(place[1]),
            ),
        ) from None


def _text_place(before: str) -> tuple[int, int]:
    """The 1-based line and column just after ``before``, the text that comes before a place."""
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


class _BadRequest(Exception):
    def __init__(self, status: int, message: Text) -> None:
        super().__init__(str(message))
        self.status, self.message = status, message


class _RepeatedKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


# The fields of the API's JSON body: of each file, and of the run.
_FILE_FIELDS = ("filename", "content", "content_base64")
_RUN_FIELDS = ("rubric", "now", "encoding")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, refusing a key given twice (json.loads would keep the last without a word)."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _RepeatedKey(key[:40])
        data[key] = value
    return data


def _known_fields(data: dict[str, Any], known: tuple[str, ...], index: int | None) -> None:
    """Refuse a field of the body (``index`` None) or of one of its files that the API does not read."""
    unknown = sorted(key for key in data if key not in known)
    if not unknown:
        return
    fields = ", ".join(known)
    if index is None:
        raise _BadRequest(
            422,
            msg("Unknown field '{field}' in the JSON body (fields: {fields}).", field=unknown[0][:40], fields=fields),
        )
    raise _BadRequest(
        422,
        msg(
            "Unknown field '{field}' in files[{index}] (fields: {fields}).",
            field=unknown[0][:40],
            index=index,
            fields=fields,
        ),
    )


_STATUS_TITLE = {
    400: N_("The request could not be read"),
    401: N_("A token is needed"),
    403: N_("Refused"),
    404: N_("Not found"),
    405: N_("Not allowed"),
    408: N_("Too slow"),
    413: N_("Too large"),
    415: N_("Unsupported form"),
    422: N_("Cannot check this"),
    500: N_("Something went wrong"),
    503: N_("Busy"),
}
ERROR_TITLE = N_("Error")
# The template formats by the names people know them by (not translated).
FORMAT_NAMES = {"xlsx": "Excel", "csv": "CSV", "yaml": "YAML", "json": "JSON"}


# -- the request's language ----------------------------------------------------------------------


def language_of(request: Request) -> Choice:
    """The language to answer ``request`` in: ``?lang=``, else its Accept-Language, else English."""
    return choose(request.query_params.get(LANG_PARAMETER), request.headers.get("accept-language"))


def _language_headers(choice: Choice) -> dict[str, str]:
    """The answer's language, and that it depends on the Accept-Language header (for caches)."""
    return {"Content-Language": choice.language, "Vary": "Accept-Language"}


def page_url(root: str, choice: Choice, path: str, anchor: str | None = None, lang: bool = True, **query: Any) -> str:
    """A link to one of the site's pages: ``root`` + ``path``, the query parameters given (``None`` left out),
    the language when the request named it (``?lang=``) and ``lang`` is true, and ``#anchor``."""
    params = [(k, str(v)) for k, v in query.items() if v is not None]
    if lang and choice.explicit:
        params.append((LANG_PARAMETER, choice.language))
    url = root + path + ("?" + urlencode(params) if params else "")
    return url + ("#" + anchor if anchor else "")


def switcher(request: Request, choice: Choice, root: str) -> list[dict[str, Any]]:
    """The language links of a page: the same page in each language (a form's answer: the start page)."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != LANG_PARAMETER]
    links = []
    for code in LANGUAGES:
        query = urlencode([*kept, (LANG_PARAMETER, code)])
        href = f"?{query}" if request.method == "GET" else f"{root}/?{LANG_PARAMETER}={code}"
        links.append({"code": code, "name": native_name(code), "href": href, "current": code == choice.language})
    return links


class _AsGiven(str):
    """Text a page gives back as it was given (the descriptor pasted into the form)."""


def _printed(value: Any) -> Any:
    """A value as a page prints it: as the reports do (:func:`~qa_checker.reporting.html.shown`), but text
    :class:`_AsGiven` keeps the characters that show as nothing."""
    return writable(value) if isinstance(value, _AsGiven) else shown(value)


@functools.cache
def _decimal_sign(language: str) -> str:
    if language == SOURCE_LANGUAGE:
        return "."
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(language)


def page_environment(tr: Translator) -> jinja2.Environment:
    """The page templates of one language: autoescape, undefined names fail loudly, ``_``/``ngettext`` of the
    translator, and the filters that show numbers, sizes, dates and machine values in its language.

    ``translated`` gives a text of the server's own that is not in a template (a bundled rubric's title) in the
    language. A translation is text, not markup (its ``&``, ``<`` and ``>`` are escaped); markup comes in through a
    placeholder (the ``tag`` filter, ``opening_link``/``closing_link``), and values are escaped by ``%``.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_printed,
        extensions=["jinja2.ext.i18n"],
    )
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda message: _as_text(tr.gettext(message)),
        lambda singular, plural_, n: _as_text(tr.ngettext(singular, plural_, n)),
        newstyle=True,
        pgettext=lambda context, message: _as_text(tr.pgettext(context, message)),
        npgettext=lambda context, singular, plural_, n: _as_text(tr.npgettext(context, singular, plural_, n)),
    )
    env.filters["documentation"] = views.documentation
    env.filters["translated"] = tr.gettext
    env.filters["size"] = lambda count: tr.render(size_text(count))
    env.filters["num"] = functools.partial(_number, tr)
    env.filters["date"] = functools.partial(labels.moment, tr)
    env.filters["severity"] = functools.partial(labels.word, tr, labels.SEVERITY)
    env.filters["tag"] = tag
    env.filters["opening_link"] = lambda href: Markup('<a href="{0}">').format(href)
    env.globals["closing_link"] = Markup("</a>")
    return env


def _as_text(translation: str) -> str:
    return translation.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _number(tr: Translator, value: Any) -> Any:
    """A count or score as the page shows it: in English as the template writes it, else by the locale."""
    if tr.language == SOURCE_LANGUAGE or not isinstance(value, (int, float)) or isinstance(value, bool):
        return value
    return tr.number(value)


def size_text(count: int) -> Text:
    """A byte count for people: 5 MB, 300 kB."""
    if count >= 1024 * 1024:
        return msg("{size} MB", size=round(count / (1024 * 1024), 2))
    if count >= 1024:
        return msg("{size} kB", size=count // 1024)
    return plural("{count} byte", "{count} bytes", count)


def _rubric_choices(default: str) -> dict[str, RubricChoice]:
    """The bundled rubrics, and the server's default (a bundled id or the operator's rubric file) first."""
    try:
        chosen = load_rubric(default)
    except QACheckerError as exc:
        raise ValueError(str(exc)) from None
    choices = {chosen.id: RubricChoice.of(chosen, default, True)}
    for name in bundled_rubrics():
        rubric = load_rubric(name)
        choices.setdefault(rubric.id, RubricChoice.of(rubric, name, False))
    return choices


def _known_form_fields(form: FormData) -> None:
    """The API's form holds files (under any name) and at most one ``rubric``, one ``now`` and one ``encoding``
    text field; anything else is refused, not ignored."""
    seen: set[str] = set()
    for name, value in form.multi_items():
        if (isinstance(value, UploadFile) or value == "") and name not in _RUN_FIELDS:
            continue  # a file, or a file field left empty (sent as an empty text)
        if isinstance(value, UploadFile):
            raise Problem(422, msg("The field '{field}' must be text, not a file.", field=name))
        if name == "files":
            raise Problem(
                422, msg("Send 'files' as files, each with a file name (curl -F files=@x.yaml), not as text.")
            )
        if name not in _RUN_FIELDS:
            raise Problem(
                422,
                msg("Unknown field '{field}' in the form (fields: rubric, now, encoding, and files).", field=name[:40]),
            )
        if name in seen:
            raise Problem(422, msg("The field '{field}' is given twice in the form.", field=name))
        seen.add(name)


def _query(request: Request, name: str) -> str | None:
    """A query parameter's one value: given more than once, it is refused rather than one of them chosen."""
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise Problem(422, msg("The query parameter '{name}' is given more than once. Give it once.", name=name))
    return values[0] if values else None


def _content_type(request: Request) -> str:
    """The media type of the body, refused when the request gives two (which one was meant cannot be known)."""
    given = request.headers.getlist("content-type")
    if len(given) > 1:
        raise Problem(400, msg("The request gives its Content-Type more than once. Give it once."))
    return given[0].split(";")[0].strip().lower() if given else ""


# How python-multipart begins its messages of a body that does not follow its boundary, and of a part header
# that cannot be read.
_BOUNDARY_SLIPS = (
    "Expected boundary character",
    "Did not find CR at end of boundary",
    "Did not find LF at end of boundary",
    "Did not find - at end of boundary",
    "Did not find CRLF after boundary padding",
)
_HEADER_SLIPS = ("Found invalid character", "Found 0-length header", "Did not find LF")


def _unreadable_form(exc: MultiPartException, max_fields: int, parser: _InMemoryParser) -> Text:
    """Why a multipart body could not be read, and where, in words for whoever sent it (the parser's own are
    English)."""
    cause = str(exc.__cause__ or "")
    offset = getattr(exc.__cause__, "offset", None)
    if isinstance(offset, int) and cause.startswith(_BOUNDARY_SLIPS):
        line, byte = parser.place(offset)
        return msg(
            "The form could not be read at line {line} (byte {offset}): each part must begin with a line of '--' "
            "and the boundary its Content-Type names ({boundary}), and every line end with CR LF.",
            line=line,
            offset=byte,
            boundary=parser.boundary[:70].decode("latin-1"),
        )
    if isinstance(offset, int) and cause.startswith(_HEADER_SLIPS):
        line, byte = parser.place(offset)
        return msg(
            "The form could not be read at line {line} (byte {offset}): a header of part {part} is not a line "
            "'Name: value' ended by CR LF.",
            part=str(parser.parts),
            line=line,
            offset=byte,
        )
    if exc.message.startswith("Missing boundary"):
        return msg(
            "The form could not be read: its Content-Type names no boundary (multipart/form-data; boundary=...), "
            "so its parts cannot be told apart."
        )
    if exc.message.startswith('The Content-Disposition header field "name"'):
        return msg(
            'The form could not be read: part {part} has no field name (Content-Disposition: form-data; name="...").',
            part=str(parser.parts),
        )
    if exc.message.startswith("Too many fields"):
        return plural(
            "The form has too many fields: at most {count} is read.",
            "The form has too many fields: at most {count} are read.",
            max_fields,
        )
    if cause.startswith("Maximum header size"):
        return msg("A part of the form has a header too long to read (a file name of thousands of characters?).")
    if cause.startswith("Maximum header count"):
        return msg("A part of the form has too many headers to read.")
    if cause.startswith("Boundary length"):
        return msg("The boundary of the form is too long: multipart allows 70 characters.")
    if parser.bare_boundary_line is not None:
        return msg(
            "The form could not be read at line {line}: that boundary line or the line before it ends with LF "
            "alone, so it was taken for data; every line of a form ends with CR LF.",
            line=str(parser.bare_boundary_line),
        )
    if exc.message == _CUT_SHORT:
        return msg("The form ends before its closing boundary: the upload was cut short. Send it again.")
    if isinstance(offset, int):
        line, byte = parser.place(offset)
        return msg("The form could not be read at line {line} (byte {offset}).", line=line, offset=byte)
    return msg("The form could not be read: {reason}", reason=exc.message)


def _field(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) and value.strip() else None


def _encoding(name: str | None) -> str | None:
    """The codec a request names for its CSV files (``None``: told from their bytes); an unknown name is refused
    with the words of ``--encoding``."""
    name = (name or "").strip()
    if not name:
        return None
    codec = text_codec(name)
    if codec is None:
        raise Problem(422, unknown_encoding(name[:80]), field="encoding")
    return codec


def _parse_now(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_moment(text)
    except MomentError as exc:
        raise Problem(422, exc.text) from None


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Problem(400, msg("The form's content is damaged. Check the files again.")) from None


def _clean_name(name: str, content: bytes) -> str:
    """The file's own name (no folders, no control characters, at most 120 characters), or a neutral one."""
    base = PureWindowsPath(PurePosixPath(name).name).name
    base = "".join(c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C").strip()
    if len(base) > 120:
        stem, suffix = os.path.splitext(base)
        base = stem[: 120 - len(suffix[:12])] + suffix[:12]
    if base in ("", ".", ".."):
        base = "upload" + sniff(content)
    elif base.lower() in DISCOVERED_SUFFIXES:
        base = "upload" + base  # only a suffix (".yaml", a name of control characters cut away), not a hidden file
    return base


def _apart(uploads: list[worker.Upload]) -> tuple[worker.Upload, ...]:
    """The uploads, those of a name given before numbered before the suffix that says how to read them
    ("course (2).yaml"): a browser sends no folders, so two providers' "course.yaml" would otherwise share one
    name in the report."""
    taken = {upload.name for upload in uploads}
    seen: set[str] = set()
    apart = []
    for upload in uploads:
        name, number = upload.name, 1
        stem, suffix = os.path.splitext(name)
        while name in seen or (number > 1 and name in taken):
            number += 1
            name = f"{stem} ({number}){suffix}"
        seen.add(name)
        apart.append(replace(upload, name=name))
    return tuple(apart)


def _attachment(content: bytes, media_type: str, filename: str) -> Response:
    disposition = f"attachment; filename=\"{filename}\"; filename*=UTF-8''{quote(filename)}"
    return Response(content, media_type=media_type, headers={"Content-Disposition": disposition})


def _json(data: Any, language: Choice | None = None) -> Response:
    headers = _language_headers(language) if language is not None else None
    return Response(
        json.dumps(data, indent=2, ensure_ascii=False) + "\n", media_type="application/json", headers=headers
    )


def _configure_access_log() -> None:
    """Access log lines go to standard error as they are (JSON), unless logging was set up already."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


# The logger python-multipart warns on about a body it cannot read, quoting bytes of it.
_PARSER_LOGGER = "python_multipart"


def _quiet_parser_log() -> None:
    """Nothing uploaded is logged: the multipart parser's warnings are dropped (the client gets the refusal)."""
    logger = logging.getLogger(_PARSER_LOGGER)
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _no_rule(rule_id: str, listing: str) -> Text:
    """The message for a rule id no rule has: the closest ids (as ``qa-checker explain`` suggests one), and
    where every rule is listed."""
    shown = rule_id[:40]
    close = difflib.get_close_matches(shown.strip().upper(), list(RULES_BY_ID), n=3, cutoff=0.6)
    if close:
        return msg(
            "There is no rule '{rule}'. Did you mean {matches}? {listing} lists every rule.",
            rule=shown,
            matches=Series(tuple(close)),
            listing=listing,
        )
    return msg(
        "There is no rule '{rule}'. Rule ids look like MC-LO-002; {listing} lists every rule.",
        rule=shown,
        listing=listing,
    )


def create_app(settings: Settings | None = None) -> ASGIApp:
    """The ASGI application for ``settings`` (default: from ``QA_CHECKER_*`` environment variables)."""
    _configure_access_log()
    _quiet_parser_log()
    return WebApp(settings or Settings.from_env()).build()


__all__ = ["Problem", "Settings", "WebApp", "create_app"]
