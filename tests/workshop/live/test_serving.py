"""The phones' HTTP server on loopback, without Qt: framing, keep-alive, limits, deadlines."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from workshop.live import serving
from workshop.live.http import HttpRequest, json_response
from workshop.live.serving import PhoneServer, Reply


@pytest.fixture
def server() -> Iterator[PhoneServer]:
    """A server whose API answers each call, from another thread, with what it received."""

    def submit(request: HttpRequest, reply: Reply) -> None:
        answer = json_response(200, {"path": request.path, "body": request.body.decode()})
        threading.Thread(target=reply, args=(answer,), daemon=True).start()

    phones = PhoneServer(submit, lambda: 1000)
    phones.start("127.0.0.1", 0)
    yield phones
    phones.stop()


def _connect(server: PhoneServer) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", server.address[1], timeout=5)


def test_one_connection_carries_several_requests(server: PhoneServer) -> None:
    """A phone keeps its connection: three calls in a row are answered on it, in order."""
    connection = _connect(server)
    for n in range(3):
        connection.request("POST", "/api/cards", json.dumps({"n": n}))
        response = connection.getresponse()
        assert response.status == 200
        assert json.loads(json.loads(response.read())["body"]) == {"n": n}
    connection.close()


def test_the_page_is_served_with_its_safety_headers(server: PhoneServer) -> None:
    """The page comes with the security headers; a path outside the app is 404."""
    connection = _connect(server)
    connection.request("GET", "/")
    page = connection.getresponse()
    assert page.status == 200 and b"<html" in page.read().lower()
    assert page.getheader("X-Content-Type-Options") == "nosniff"
    connection.request("GET", "/etc/passwd")
    missing = connection.getresponse()
    missing.read()
    assert missing.status == 404


def test_a_wrong_host_and_a_malformed_request_get_an_answer_and_a_hang_up(
    server: PhoneServer,
) -> None:
    """A request naming another host is 421; garbage is 400; both close the connection."""
    connection = _connect(server)
    connection.request("GET", "/", headers={"Host": "attacker.example"})
    wrong = connection.getresponse()
    wrong.read()
    assert wrong.status == 421 and wrong.getheader("Connection") == "close"
    with socket.create_connection(server.address, timeout=5) as raw:
        raw.sendall(b"NONSENSE\r\n\r\n")
        answer = raw.recv(4096)
    assert answer.startswith(b"HTTP/1.1 400 ")


def test_a_body_larger_than_the_limit_is_refused(server: PhoneServer) -> None:
    """A body over the limit gets 413 without reaching the API."""
    connection = _connect(server)
    connection.request("POST", "/api/cards", b"x" * 5000)
    response = connection.getresponse()
    response.read()
    assert response.status == 413


def test_a_head_sent_byte_by_byte_past_its_deadline_is_cut_off(
    server: PhoneServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection trickling its headers cannot keep its slot: the head has one deadline."""
    monkeypatch.setattr(serving, "HEAD_DEADLINE_S", 0.5)
    with socket.create_connection(server.address, timeout=5) as slow:
        started = time.monotonic()
        closed = False
        for _ in range(40):
            try:
                slow.sendall(b"X")
            except OSError:
                closed = True
                break
            time.sleep(0.05)
            slow.settimeout(0.01)
            try:
                if slow.recv(1) == b"":
                    closed = True
                    break
            except TimeoutError:
                pass
        assert closed and time.monotonic() - started < 1.5
    connection = _connect(server)
    connection.request("GET", "/")
    assert connection.getresponse().status == 200


def test_stopping_hangs_up_on_connected_phones(server: PhoneServer) -> None:
    """Stop closes the port and every open connection at once."""
    idle = socket.create_connection(server.address, timeout=5)
    deadline = time.monotonic() + 2
    while server.connections == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.stop()
    assert idle.recv(1) == b""
    with pytest.raises(OSError):
        socket.create_connection(server.address, timeout=1)


def test_one_address_cannot_take_every_slot(server: PhoneServer) -> None:
    """Connections held open from one address beyond its share are hung up on; a phone at
    another address is still served."""
    held = []
    for _ in range(serving.MAX_CONNECTIONS_PER_ADDRESS):
        held.append(
            socket.create_connection(server.address, timeout=5, source_address=("127.0.0.9", 0))
        )
        held[-1].sendall(b"GET / HTTP/1.1\r\n")  # a head that never ends
    deadline = time.monotonic() + 2
    while server.connections < len(held) and time.monotonic() < deadline:
        time.sleep(0.01)
    extra = socket.create_connection(server.address, timeout=5, source_address=("127.0.0.9", 0))
    assert extra.recv(1) == b""
    connection = http.client.HTTPConnection(
        "127.0.0.1", server.address[1], timeout=5, source_address=("127.0.0.10", 0)
    )
    connection.request("GET", "/")
    assert connection.getresponse().status == 200
    for held_connection in (*held, extra):
        held_connection.close()


def _held_server(held: list[Reply]) -> PhoneServer:
    """A server whose API calls wait, unanswered, in `held`."""
    phones = PhoneServer(lambda _request, reply: held.append(reply), lambda: 1000)
    phones.start("127.0.0.1", 0)
    return phones


def test_a_call_the_phone_was_told_is_busy_is_never_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A phone kept waiting past the deadline is told "busy", and its call can no longer be
    taken to be run: a card would otherwise be saved after the phone heard it was not."""
    monkeypatch.setattr(serving, "ANSWER_TIMEOUT_S", 0.3)
    held: list[Reply] = []
    phones = _held_server(held)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", phones.address[1], timeout=5)
        connection.request("POST", "/api/cards", "{}")
        response = connection.getresponse()
        assert response.status == 503 and json.loads(response.read())["error"] == "busy"
        assert len(held) == 1 and not held[0].claim()
    finally:
        phones.stop()


def test_a_call_begun_before_the_deadline_gets_its_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A call the GUI thread took before the deadline, and answers after it, reaches the
    phone with that answer (it was run: "busy" would be false)."""
    monkeypatch.setattr(serving, "ANSWER_TIMEOUT_S", 0.3)
    held: list[Reply] = []
    phones = _held_server(held)

    def answer_late() -> None:
        while not held:
            time.sleep(0.01)
        assert held[0].claim()
        time.sleep(0.5)
        held[0](json_response(201, {"status": "published"}))

    threading.Thread(target=answer_late, daemon=True).start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", phones.address[1], timeout=5)
        connection.request("POST", "/api/cards", "{}")
        response = connection.getresponse()
        assert response.status == 201 and json.loads(response.read())["status"] == "published"
    finally:
        phones.stop()


def test_a_request_with_two_lengths_is_refused(server: PhoneServer) -> None:
    """Two Content-Length headers (how a request is smuggled past a proxy) get 400 and a
    hang-up; header names are read whatever their case."""
    with socket.create_connection(server.address, timeout=5) as raw:
        host = f"127.0.0.1:{server.address[1]}"
        raw.sendall(
            f"POST /api/cards HTTP/1.1\r\nHost: {host}\r\nContent-Length: 2\r\n"
            "content-length: 40\r\n\r\n{}".encode()
        )
        answer = raw.recv(4096)
    assert answer.startswith(b"HTTP/1.1 400 ")
    connection = _connect(server)
    connection.putrequest("POST", "/api/cards", skip_host=True)
    connection.putheader("HOST", f"127.0.0.1:{server.address[1]}")
    connection.putheader("CONTENT-LENGTH", "2")
    connection.endheaders(b"{}")
    response = connection.getresponse()
    assert response.status == 200 and json.loads(response.read())["body"] == "{}"
