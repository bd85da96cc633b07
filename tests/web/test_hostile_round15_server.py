"""Hostile round fifteen at a real server: a body trickled in a byte now and then, a multipart body the parser
warns about, a header of a megabyte, and many clients at once sending good and hostile requests together. Each
is answered (a 408, a 400, the same report as alone) and the next request is answered as usual; nothing of an
upload reaches the server's log.
"""

from __future__ import annotations

import json
import select
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.conftest import SAMPLES, zip_of
from tests.web.server import Server, start

API = "/api/v1/check"
GOOD = (SAMPLES / "offers" / "data-ethics-nl.yaml").read_bytes()
FLAWED = (SAMPLES / "flawed" / "de-cloud-grundlagen.yaml").read_bytes()


def _raw(server: Server, request: bytes, pause: float = 0.0, chunks: list[bytes] | None = None) -> bytes:
    """Send ``request`` and then each of ``chunks`` ``pause`` seconds apart until the server answers (or 20
    seconds have passed), and read the answer to its end (nothing, when none comes within 10 seconds more)."""
    host, port = server.url.removeprefix("http://").split(":")
    deadline = time.monotonic() + 20
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request)
        try:
            for chunk in chunks or []:
                if select.select([connection], [], [], pause)[0] or time.monotonic() > deadline:
                    break  # answered (or given up on): send no more
                connection.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):  # answered and closed before the body was in
            pass
        answer = b""
        try:
            while piece := connection.recv(65536):
                answer += piece
        except (TimeoutError, ConnectionResetError):
            pass
    return answer


def _still_checks(server: Server) -> None:
    response = httpx.post(server.url + API, files={"files": ("x.yaml", GOOD)}, timeout=60)
    assert response.status_code == 200 and response.json()["summary"]["pass"] == 1


@pytest.fixture(scope="module")
def patient_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server that waits two seconds for a body to go on."""
    running = start(tmp_path_factory.mktemp("patient") / "server.log", env={"QA_CHECKER_BODY_TIMEOUT": "2"})
    yield running
    running.stop()


def test_a_body_trickled_in_a_byte_at_a_time_is_given_up_in_bounded_time(patient_server: Server) -> None:
    body = json.dumps({"filename": "x.yaml", "content": GOOD.decode()}).encode()
    head = (
        b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    # A byte every 1.5 seconds: each comes before the two seconds a stalled body is given, and all would take
    # over an hour. _raw stops sending after 20 seconds (a hang guard, not a speed assertion); a server without
    # the rate limit would then answer only for the stall, so the message below shows the rate limit stopped it.
    answer = _raw(patient_server, head, pause=1.5, chunks=[body[at : at + 1] for at in range(len(body))])
    status, _, rest = answer.partition(b"\r\n")
    assert status.startswith(b"HTTP/1.1 408"), answer[:300]
    message = json.loads(rest.partition(b"\r\n\r\n")[2])["error"]["message"]
    assert "slower than 1,024 bytes a second" in message, message
    _still_checks(patient_server)


def test_a_body_sent_slowly_but_steadily_is_checked(patient_server: Server) -> None:
    body = json.dumps({"filename": "x.yaml", "content": GOOD.decode()}).encode()
    head = (
        b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nConnection: close\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    # Three pieces 0.9 seconds apart: longer than a stall's limit in all, faster than the rate it must keep.
    size = len(body) // 3 + 1
    answer = _raw(patient_server, head, pause=0.9, chunks=[body[at : at + size] for at in range(0, len(body), size)])
    assert answer.startswith(b"HTTP/1.1 200"), answer[:300]


def test_a_broken_multipart_body_leaves_nothing_of_itself_in_the_log(server: Server) -> None:
    marker = "ZQ"
    body = f'--{marker}\nContent-Disposition: form-data; name="files"; filename="x.yaml"\n\nid: x\n--{marker}--\n'
    response = httpx.post(
        server.url + API, content=body.encode(), headers={"Content-Type": "multipart/form-data; boundary=B"}
    )
    assert response.status_code == 400 and "line 1" in response.json()["error"]["message"]
    time.sleep(0.5)
    log = server.log_text()
    assert "Expected boundary" not in log and "got 90" not in log  # the parser's words, quoting the body's Z
    _still_checks(server)


def test_a_header_of_a_megabyte_is_refused_and_the_server_goes_on(server: Server) -> None:
    try:
        response = httpx.get(server.url + "/healthz", headers={"X-Padding": "a" * 1024 * 1024}, timeout=30)
    except httpx.HTTPError:  # the server may close the connection before the client has sent it all
        pass
    else:
        assert 400 <= response.status_code < 500
    _still_checks(server)


def _one(server: Server, index: int) -> tuple[int, str]:
    """One of a crowd's requests: good, flawed, or one of four hostile kinds."""
    url = server.url + API
    kind = index % 6
    if kind == 0:
        response = httpx.post(url, files={"files": ("a.yaml", GOOD)}, timeout=120)
    elif kind == 1:
        response = httpx.post(url, json={"filename": "b.yaml", "content": FLAWED.decode()}, timeout=120)
    elif kind == 2:
        response = httpx.post(url, content=b"[" * 100_000, headers={"Content-Type": "application/json"}, timeout=120)
    elif kind == 3:
        bomb = zip_of({"a.yaml": b"#" * (5 * 1024 * 1024)})
        response = httpx.post(url, files={"files": ("bomb.zip", bomb)}, timeout=120)
    elif kind == 4:
        broken = b"--B\nContent-Disposition: form-data\n\n"
        response = httpx.post(url, content=broken, headers={"Content-Type": "multipart/form-data; boundary=B"})
    else:
        response = httpx.post(url + "?lang=xx", files=[("files", (f"{n}.yaml", GOOD)) for n in range(7)], timeout=120)
    return response.status_code, response.text


def test_many_clients_at_once_get_each_their_own_answer(server: Server) -> None:
    alone = {kind: _one(server, kind) for kind in range(6)}
    with ThreadPoolExecutor(12) as crowd:
        answers = list(crowd.map(lambda index: _one(server, index), range(48)))
    for index, answer in enumerate(answers):
        assert answer == alone[index % 6], (index, answer[0], answer[1][:300])
    assert {status for status, _ in alone.values()} <= {200, 400, 413}
    assert "internal error" not in server.log_text()
    _still_checks(server)
