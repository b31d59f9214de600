"""The phones' HTTP server: one asyncio loop, in one thread, for every connection.

Why one loop rather than a thread per connection (the standard library's ThreadingHTTPServer,
used before): with 150 phones, 150 threads parsed their requests at the same moment and
competed with the GUI thread for the interpreter lock; the GUI thread, which gives up the lock
at each SQLite call, waited behind them (one UI pause of 55–78 ms at the start of the load).
Here a single thread reads and writes every connection; API calls go to the caller's
`submit(request, reply)` (the GUI thread answers them), static files are answered here.

Each request has deadlines of its own: the whole head, the whole body and the answer's write
must each arrive within a bound, so a slow connection cannot keep its slot for ever.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import threading
import time
from collections import Counter
from collections.abc import Callable
from http import HTTPStatus

from workshop.live.api import LiveError
from workshop.live.http import (
    API_ROUTES,
    SECURITY_HEADERS,
    HttpRequest,
    HttpResponse,
    error_response,
    static_response,
)

ANSWER_TIMEOUT_S = 10.0  # a phone waiting longer than this for the GUI thread gets 503
IDLE_TIMEOUT_S = 15.0  # a kept-alive connection with no new request is closed after this
HEAD_DEADLINE_S = 10.0  # the whole request head (line and headers), once it has begun
BODY_DEADLINE_S = 10.0  # the whole body
SEND_DEADLINE_S = 10.0  # the whole answer, to a phone that reads slowly
MAX_CONNECTIONS = 1000  # one asyncio task and one socket each: 500 phones are served at once
# One phone's browser opens up to six connections; more from one address is an attack (slow
# connections held open to fill the slots) and is hung up on at once.
MAX_CONNECTIONS_PER_ADDRESS = 16
MAX_HEAD_BYTES = 16 * 1024
DRAIN_BYTES = 256 * 1024  # an oversized body up to this is read before the 413
SERVER_NAME = "Catalyse"


class Reply:
    """How the one answering an API call gives its answer (from any thread, once).

    Whoever claims the call first answers it: the GUI thread before it runs the call, or the
    server when the answer is late (the phone is told "busy"); the other lets it go. So a call
    the phone was told failed is never run afterwards (its card saved behind its back).
    """

    __slots__ = ("_claim", "_give")

    def __init__(self, give: Callable[[HttpResponse], None]) -> None:
        self._give = give
        self._claim = threading.Lock()

    def claim(self) -> bool:
        """Take the call to answer it; False when it was taken already."""
        return self._claim.acquire(blocking=False)

    def __call__(self, response: HttpResponse) -> None:
        self._give(response)


Submit = Callable[[HttpRequest, Reply], None]


class PhoneServer:
    """Listens on one address; `submit` gets each API call with the `Reply` that answers it.

    The one answering claims the call first (`reply.claim()`), then calls `reply(response)`
    from any thread, once; `body_limit()` gives the largest body accepted.
    """

    def __init__(self, submit: Submit, body_limit: Callable[[], int]) -> None:
        self._submit = submit
        self._body_limit = body_limit
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._per_address: Counter[str] = Counter()
        self.address: tuple[str, int] = ("", 0)
        self.stopping = False

    @property
    def connections(self) -> int:
        """How many phones are connected now."""
        return len(self._connections)

    def start(self, host: str, port: int) -> tuple[str, int]:
        """Bind `host`:`port` (0: any free port) and serve in a thread; the bound address.

        Raises OSError when the address cannot be bound.
        """
        loop = asyncio.new_event_loop()
        try:
            server = loop.run_until_complete(
                asyncio.start_server(
                    self._serve, host, port, limit=MAX_HEAD_BYTES, backlog=256, reuse_address=True
                )
            )
        except BaseException:
            loop.close()
            raise
        bound = server.sockets[0].getsockname()
        self.address = (str(bound[0]), int(bound[1]))
        self._loop, self._server = loop, server
        self._thread = threading.Thread(
            target=loop.run_forever, name="catalyse-phones", daemon=True
        )
        self._thread.start()
        return self.address

    def stop(self) -> None:
        """Close the port and hang up on every phone; returns when the thread has ended."""
        loop, self._loop = self._loop, None
        if loop is None:
            return
        self.stopping = True
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        if not loop.is_running():
            loop.close()

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
        tasks = list(self._connections)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # ---- in the server's thread --------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        peer = writer.get_extra_info("peername")
        address = str(peer[0]) if peer else ""
        if (
            task is None
            or self.stopping
            or len(self._connections) >= MAX_CONNECTIONS
            or self._per_address[address] >= MAX_CONNECTIONS_PER_ADDRESS
        ):
            writer.transport.abort()  # too many at once: a phone retries, an attacker waits
            return
        self._connections.add(task)
        self._per_address[address] += 1
        try:
            keep_alive = True
            while keep_alive and not self.stopping:
                head = await self._read_head(reader)
                if head is None:
                    return
                response, keep_alive = await self._respond(head, reader, address)
                await self._send(writer, response, keep_alive)
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError):
            pass
        finally:
            self._connections.discard(task)
            self._per_address[address] -= 1
            if self._per_address[address] <= 0:
                del self._per_address[address]
            if self.stopping:
                writer.transport.abort()
            else:
                writer.close()

    async def _read_head(self, reader: asyncio.StreamReader) -> bytes | None:
        """The next request's head; None when the phone hung up or stayed idle too long."""
        try:
            async with asyncio.timeout(IDLE_TIMEOUT_S):
                first = await reader.read(1)
        except TimeoutError:
            return None
        if not first:
            return None
        try:
            async with asyncio.timeout(HEAD_DEADLINE_S):
                rest = await reader.readuntil(b"\r\n\r\n")
        except asyncio.LimitOverrunError:
            return b""  # answered 431 by _respond, then closed
        except asyncio.IncompleteReadError:
            return None
        return first + rest

    async def _respond(
        self, head: bytes, reader: asyncio.StreamReader, address: str
    ) -> tuple[HttpResponse, bool]:
        """The answer to one request, and whether the connection may serve another."""
        if not head:
            return error_response(LiveError(431, "headers_too_large")), False
        try:
            method, target, version, headers = parse_head(head)
        except LiveError as error:
            return error_response(error), False
        keep_alive = _keeps_alive(version, headers)
        if self.stopping:
            return error_response(LiveError(503, "stopped")), False
        if not self._host_is_ours(headers):
            return error_response(LiveError(421, "wrong_host")), False
        try:
            body = await self._read_body(method, headers, reader)
        except LiveError as error:
            return error_response(error), False  # an unread body must not be taken for a request
        path = target.split("?", 1)[0].split("#", 1)[0]
        if path in API_ROUTES:
            request = HttpRequest(
                method=method,
                path=path,
                headers=headers,
                body=body,
                address=address,
            )
            return await self._answer_api(request), keep_alive
        if method != "GET":
            return error_response(LiveError(405, "method")), keep_alive
        try:
            return static_response(path), keep_alive
        except LiveError as error:
            return error_response(error), keep_alive

    def _host_is_ours(self, headers: dict[str, str]) -> bool:
        """The Host header names the address phones were given (no DNS rebinding)."""
        host, port = self.address
        given = headers.get("host", "").lower()
        bracketed = f"[{host}]" if ":" in host else host
        accepted = {f"{bracketed}:{port}"} | ({bracketed} if port == 80 else set())
        return given in accepted

    async def _read_body(
        self, method: str, headers: dict[str, str], reader: asyncio.StreamReader
    ) -> bytes:
        if method != "POST":
            return b""
        if headers.get("transfer-encoding"):
            raise LiveError(411, "length_required")
        try:
            length = int(headers.get("content-length", ""))
        except ValueError as error:
            raise LiveError(411, "length_required") from error
        if length < 0:
            raise LiveError(400, "bad_length")
        if length > self._body_limit():
            if length <= DRAIN_BYTES:  # read it, so that the phone gets the answer, not a reset
                async with asyncio.timeout(BODY_DEADLINE_S):
                    await reader.readexactly(length)
            raise LiveError(413, "too_large")
        async with asyncio.timeout(BODY_DEADLINE_S):
            return await reader.readexactly(length)

    async def _answer_api(self, request: HttpRequest) -> HttpResponse:
        """Hand the call to `submit` and wait for its answer (503 on timeout)."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[HttpResponse] = loop.create_future()

        def resolve(response: HttpResponse) -> None:
            if not answer.done():
                answer.set_result(response)

        def give(response: HttpResponse) -> None:
            with contextlib.suppress(RuntimeError):  # the loop closed: nobody waits any more
                loop.call_soon_threadsafe(resolve, response)

        reply = Reply(give)
        self._submit(request, reply)
        # asyncio.wait, not wait_for: it makes no task, and leaves the answer to come.
        await asyncio.wait((answer,), timeout=ANSWER_TIMEOUT_S)
        if not answer.done() and reply.claim():  # not begun: it never will be
            return error_response(LiveError(503, "busy"))
        # begun (in the GUI thread's batch now): its answer comes
        await asyncio.wait((answer,), timeout=ANSWER_TIMEOUT_S)
        return answer.result() if answer.done() else error_response(LiveError(503, "busy"))

    async def _send(
        self, writer: asyncio.StreamWriter, response: HttpResponse, keep_alive: bool
    ) -> None:
        writer.write(encode_response(response, keep_alive))
        async with asyncio.timeout(SEND_DEADLINE_S):
            await writer.drain()


MAX_HEADERS = 100  # as http.client allows
# Headers that must not come twice: two lengths or two hosts are how requests are smuggled.
_SINGLE_HEADERS = frozenset({"content-length", "transfer-encoding", "host"})
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz")


def parse_head(head: bytes) -> tuple[str, str, str, dict[str, str]]:
    """Method, target, version and headers (names in lower case) of a request head;
    LiveError 400 when malformed.

    Parsed by hand: the standard library's header parser (the e-mail package's) took about
    half of the phones' thread's time per request.
    """
    line, _, rest = head.partition(b"\r\n")
    parts = line.decode("iso-8859-1").split()
    if len(parts) != 3 or parts[2] not in ("HTTP/1.0", "HTTP/1.1"):
        raise LiveError(400, "bad_request")
    method, target, version = parts
    headers: dict[str, str] = {}
    lines = rest.decode("iso-8859-1").split("\r\n")
    if len(lines) > MAX_HEADERS + 2:
        raise LiveError(400, "bad_request")
    for text in lines:
        if not text:
            continue  # the blank line that ends the head
        name, colon, value = text.partition(":")
        name = name.lower()
        if not colon or not name or not set(name) <= _TOKEN:  # also a folded line (a space)
            raise LiveError(400, "bad_request")
        if name in headers and name in _SINGLE_HEADERS:
            raise LiveError(400, "bad_request")
        headers[name] = value.strip(" \t")
    if method in ("HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"):
        raise LiveError(405, "method")
    if method not in ("GET", "POST"):
        raise LiveError(400, "bad_request")
    return method, target, version, headers


def _keeps_alive(version: str, headers: dict[str, str]) -> bool:
    connection = headers.get("connection", "").lower()
    if version == "HTTP/1.0":
        return connection == "keep-alive"
    return connection != "close"


_DATE: list[tuple[int, str]] = [(0, "")]


def _http_date() -> str:
    """The Date header's value, made once a second (the phones' thread answers thousands)."""
    second = int(time.time())
    made, text = _DATE[0]
    if made != second:
        text = email.utils.formatdate(second, usegmt=True)
        _DATE[0] = (second, text)
    return text


def encode_response(response: HttpResponse, keep_alive: bool) -> bytes:
    """The bytes of an answer: status line, the safe headers, the body."""
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = ""
    lines = [
        f"HTTP/1.1 {response.status} {reason}",
        f"Server: {SERVER_NAME}",
        f"Date: {_http_date()}",
        f"Content-Type: {response.content_type}",
        f"Content-Length: {len(response.body)}",
    ]
    lines += [
        f"{name}: {value}" for name, value in {**SECURITY_HEADERS, **response.headers}.items()
    ]
    if not keep_alive:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + response.body
