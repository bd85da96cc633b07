"""ASGI middleware: access log, security headers and the request size limit.

Pure ASGI (no request objects): each wraps ``send`` or ``receive`` and nothing else, so none of
them ever sees or keeps a body.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

import anyio
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS_LOGGER = "qa_checker.web.access"
_DRAIN_LIMIT = 64 * 1024 * 1024


class AccessLog:
    """One JSON line per request on the ``qa_checker.web.access`` logger.

    Method, path (without the query), status, duration in milliseconds, bytes received and sent.
    Never bodies, query strings, file names, headers or client addresses: uploads hold personal data.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.logger = logging.getLogger(ACCESS_LOGGER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state = {"status": 500, "sent": 0, "received": 0}

        async def counting_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
            return message

        async def logging_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            elif message["type"] == "http.response.body":
                state["sent"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, counting_receive, logging_send)
        finally:
            self.logger.info(
                json.dumps(
                    {
                        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                        "method": scope.get("method", ""),
                        "path": str(scope.get("path", ""))[:200],
                        "status": state["status"],
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                        "bytes_in": state["received"],
                        "bytes_out": state["sent"],
                    }
                )
            )


class SecurityHeaders:
    """Headers every response carries; pages get their Content Security Policy from ``csp(scope)``."""

    def __init__(self, app: ASGIApp, csp: Callable[[Scope], str]) -> None:
        self.app = app
        self.csp = csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                present = {name.lower() for name, _ in headers}
                for name, value in (
                    (b"content-security-policy", self.csp(scope).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                    (b"cross-origin-resource-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
                    (b"cache-control", b"no-store"),
                ):
                    if name not in present:
                        headers.append((name, value))
            await send(message)

        await self.app(scope, receive, with_headers)


class TooLarge(Exception):
    """The request body went past its limit while it was being read."""


# The bytes a second a request body must average once its first ``idle_seconds`` are spent: a client that
# trickles a byte now and then, each before the idle limit, is given up too.
MIN_BODY_RATE = 1024


class TooSlow(Exception):
    """The request body stopped arriving for longer than the server waits (a stalled client), or ``trickled``
    in slower than :data:`MIN_BODY_RATE` bytes a second."""

    def __init__(self, trickled: bool = False) -> None:
        super().__init__()
        self.trickled = trickled


class BodyLimit:
    """Refuse a request whose body is over ``limit(scope)`` bytes with ``refuse(scope, limit)`` (a 413), and one
    whose body stops arriving for ``idle_seconds``, or falls behind :data:`MIN_BODY_RATE` after them, with
    ``stalled(scope, trickled)`` (a 408).

    A declared ``Content-Length`` over the limit is refused before anything is read (the body, up
    to 64 MiB, is read and dropped first so the client sees the answer instead of a reset
    connection); a body that grows past the limit while it is read (chunked uploads) is refused at
    that point. A client that sends part of a body and then nothing (or a byte now and then) would
    otherwise hold its connection, and the request's memory, for as long as it likes: a body may take
    ``idle_seconds`` and one second more for each :data:`MIN_BODY_RATE` bytes it brings.
    """

    def __init__(
        self,
        app: ASGIApp,
        limit: Callable[[Scope], int],
        refuse: Callable[[Scope, int], Response],
        idle_seconds: float,
        stalled: Callable[[Scope, bool], Response],
    ) -> None:
        self.app = app
        self.limit = limit
        self.refuse = refuse
        self.idle_seconds = idle_seconds
        self.stalled = stalled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit(scope)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            if declared <= _DRAIN_LIMIT:
                with anyio.move_on_after(self.idle_seconds):
                    await _drain(receive)
            await self.refuse(scope, limit)(scope, receive, send)
            return
        received = 0
        complete = False
        started = False
        begun: float | None = None

        async def limited_receive() -> Message:
            nonlocal received, complete, begun
            if complete:  # the body is in: what is left to wait for is the client leaving
                return await receive()
            now = time.monotonic()
            begun = now if begun is None else begun
            behind = begun + self.idle_seconds + received / MIN_BODY_RATE - now  # until it falls behind the rate
            wait = min(self.idle_seconds, behind)
            if wait <= 0:
                raise TooSlow(trickled=True)
            try:
                with anyio.fail_after(wait):
                    message = await receive()
            except TimeoutError:
                raise TooSlow(trickled=wait < self.idle_seconds) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                complete = not message.get("more_body", False)
                if received > limit:
                    raise TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except TooLarge:
            if started:
                raise
            await self.refuse(scope, limit)(scope, receive, send)
        except TooSlow as exc:
            if started:
                raise
            await self.stalled(scope, exc.trickled)(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    headers: list[tuple[bytes, bytes]] = scope.get("headers", [])
    for name, value in headers:
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _drain(receive: Receive) -> None:
    """Read and drop a request body (bounded by the caller)."""
    read = 0
    while True:
        message: dict[str, Any] = dict(await receive())
        if message["type"] != "http.request":
            return
        read += len(message.get("body", b""))
        if not message.get("more_body", False) or read > _DRAIN_LIMIT:
            return
