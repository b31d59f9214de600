"""The HTTP server phones talk to: HTTP in worker threads, API calls answered on the GUI thread.

Why not QtHttpServer (PySide6 6.12 ships it): its Python binding can neither return a
QHttpServerResponse from a route (move-only, "cannot copy-convert") nor answer later through a
QFuture, so every request would be handled synchronously in the GUI thread; 150 phones posting
at once then froze the UI for over a second. Here a ThreadingHTTPServer reads requests in its
own threads (body cap enforced before reading, page files served directly) and hands each API
call to the GUI thread through a queued signal, waiting on it with a timeout. The GUI thread
answers the calls waiting at that moment, up to a batch, in one transaction (one disk sync),
then gives the event loop a turn: the UI never stalls on the phones.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QTimer, Signal, Slot

from ui.live.service import LiveService
from workshop.live.access import participation_url
from workshop.live.api import LiveError
from workshop.live.http import (
    API_ROUTES,
    SECURITY_HEADERS,
    HttpRequest,
    HttpResponse,
    error_response,
    static_response,
)

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 10.0  # a phone waiting longer than this for the GUI thread gets 503
SOCKET_TIMEOUT_S = 15.0  # an idle or slow connection is closed after this
BATCH_BUDGET_S = 0.012  # GUI time for one batch of API calls (one transaction), then yield
MAX_CONNECTIONS = 400
DRAIN_BYTES = 256 * 1024  # an oversized body up to this is read before the 413


@dataclass
class _Call:
    """An API call waiting for the GUI thread's answer."""

    request: HttpRequest
    answered: threading.Event = field(default_factory=threading.Event)
    response: HttpResponse | None = None


class _Bridge(QObject):
    """Lives in the GUI thread; `wake`, invoked queued from a server thread, runs there.

    A queued invokeMethod rather than a signal: PySide6 6.12 on Python 3.11 drops a reference
    to True at each Signal.emit(), which a busy server would run out of.
    """

    def __init__(self, on_wake: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_wake = on_wake

    @Slot()
    def wake(self) -> None:
        self._on_wake()


class LiveServer(QObject):
    """Serves the participant page and API on one address; nothing is bound until start()."""

    started = Signal(str)  # the participation URL
    stopped = Signal()

    def __init__(self, service: LiveService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._calls: queue.SimpleQueue[_Call] = queue.SimpleQueue()
        self._bridge = _Bridge(self._schedule_answers, self)
        self._answer_timer = QTimer(self)
        self._answer_timer.setSingleShot(True)
        self._answer_timer.setInterval(0)
        self._answer_timer.timeout.connect(self._answer_waiting_calls)
        self._httpd: _PhoneHttpServer | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    @property
    def running(self) -> bool:
        return self._httpd is not None

    @property
    def port(self) -> int:
        return self._httpd.server_address[1] if self._httpd else 0

    def start(self, address: str, port: int = 0) -> str:
        """Listen on `address` (an interface's IP) on `port`, or a free one if it is taken or 0;
        return the QR code's URL.

        Raises OSError when the address cannot be bound.
        """
        self.stop()
        try:
            httpd = _PhoneHttpServer((address, port), self)
        except OSError:
            if port == 0:
                raise
            httpd = _PhoneHttpServer((address, 0), self)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        host = f"[{address}]" if ":" in address else address
        self.url = participation_url(host, self.port, self.service.session.code)
        self.started.emit(self.url)
        return self.url

    def stop(self) -> None:
        """Close the port at once; calls still waiting are answered 503."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.stopping = True
        httpd.shutdown()  # returns within one poll interval (50 ms)
        httpd.server_close()
        httpd.close_connections()
        self._answer_waiting_calls(refuse=True)
        self.service.flush_changes()
        self.url = ""
        self.stopped.emit()

    # ---- called from the server threads ----------------------------------------------------

    def call_from_thread(self, request: HttpRequest) -> HttpResponse:
        """Hand an API call to the GUI thread and wait for its answer (503 on timeout)."""
        call = _Call(request)
        self._calls.put(call)
        QMetaObject.invokeMethod(self._bridge, "wake", Qt.ConnectionType.QueuedConnection)
        if not call.answered.wait(ANSWER_TIMEOUT_S) or call.response is None:
            return error_response(LiveError(503, "busy"))
        return call.response

    # ---- GUI thread ------------------------------------------------------------------------

    def _schedule_answers(self) -> None:
        """Answer at the next turn of the event loop, once for all calls queued by then."""
        if not self._answer_timer.isActive():
            self._answer_timer.start()

    def _answer_waiting_calls(self, refuse: bool = False) -> None:
        """Answer the calls waiting now, for 12 ms at most, in one transaction; then yield."""
        calls: list[_Call] = []
        if refuse or self._httpd is None:
            while not self._calls.empty():
                call = self._calls.get_nowait()
                call.response = error_response(LiveError(503, "stopped"))
                calls.append(call)
        elif self.service.refresh_due or self.service.just_refreshed:
            self.service.just_refreshed = False
            self._answer_timer.start()  # after the UI's turn: a refresh took, or takes, this one
            return
        else:
            deadline = time.monotonic() + BATCH_BUDGET_S
            try:
                with self.service.context.store.atomic():  # one commit for the batch
                    while not calls or time.monotonic() < deadline:
                        try:
                            call = self._calls.get_nowait()
                        except queue.Empty:
                            break
                        calls.append(call)
                        call.response = self._answer(call.request)
            except Exception:
                log.exception("live participation: a batch could not be saved")
                for call in calls:
                    call.response = error_response(LiveError(503, "not_saved"))
        for call in calls:
            call.answered.set()
        self.service.just_answered = bool(calls)
        if not self._calls.empty():
            self._schedule_answers()  # the rest after the UI had its turn

    def _answer(self, request: HttpRequest) -> HttpResponse:
        try:
            return self.service.respond(request)
        except Exception:
            log.exception("live participation: request to %s failed", request.path)
            return error_response(LiveError(500, "server"))


class _PhoneHttpServer(ThreadingHTTPServer):
    """One thread per phone connection; at most MAX_CONNECTIONS at a time."""

    daemon_threads = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], live: LiveServer) -> None:
        self.live = live
        self.stopping = False
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _PhoneRequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            self.shutdown_request(request)  # too many phones at once: this one retries
            return
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)
            self.slots.release()

    def close_connections(self) -> None:
        """Hang up on every phone still connected (keep-alive connections included)."""
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _PhoneRequestHandler(BaseHTTPRequestHandler):
    """Reads one HTTP/1.1 request (keep-alive) and writes the answer with safe headers."""

    protocol_version = "HTTP/1.1"
    server_version = "Catalyse"
    sys_version = ""
    timeout = SOCKET_TIMEOUT_S
    server: _PhoneHttpServer

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_HEAD(self) -> None:
        self._send(error_response(LiveError(405, "method")))

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD

    def _handle(self) -> None:
        if self.server.stopping:
            self.close_connection = True
            self._send(error_response(LiveError(503, "stopped")))
            return
        if not self._host_is_ours():
            self.close_connection = True
            self._send(error_response(LiveError(421, "wrong_host")))
            return
        try:
            body = self._read_body()
        except LiveError as error:
            self.close_connection = True  # the unread body must not be taken for a request
            self._send(error_response(error))
            return
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        request = HttpRequest(
            method=self.command,
            path=path,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            address=self.client_address[0],
        )
        if path in API_ROUTES:
            self._send(self.server.live.call_from_thread(request))
        elif self.command != "GET":
            self._send(error_response(LiveError(405, "method")))
        else:
            try:
                self._send(static_response(path))
            except LiveError as error:
                self._send(error_response(error))

    def _host_is_ours(self) -> bool:
        """The Host header names the address phones were given (no DNS rebinding)."""
        host, port = self.server.server_address[:2]
        given = (self.headers.get("Host") or "").strip().lower()
        bracketed = f"[{host}]" if ":" in str(host) else str(host)
        accepted = {f"{bracketed}:{port}"} | ({bracketed} if port == 80 else set())
        return given in accepted

    def _read_body(self) -> bytes:
        if self.command != "POST":
            return b""
        if self.headers.get("Transfer-Encoding"):
            raise LiveError(411, "length_required")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError as error:
            raise LiveError(411, "length_required") from error
        if length < 0:
            raise LiveError(400, "bad_length")
        if length > self.server.live.service.session.limits.body_bytes:
            if length <= DRAIN_BYTES:  # read it, so that the phone gets the answer, not a reset
                self.rfile.read(length)
            raise LiveError(413, "too_large")
        return self.rfile.read(length)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed requests get the same JSON answer and headers as the rest."""
        self.close_connection = True
        self._send(error_response(LiveError(code, "bad_request")))

    def _send(self, response: HttpResponse) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in {**SECURITY_HEADERS, **response.headers}.items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(response.body)
        except (TimeoutError, ConnectionError):
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Requests are not logged: they carry participants' names."""
