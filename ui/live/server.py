"""The HTTP server phones talk to: QtHttpServer in the Qt event loop, one chosen interface."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QHostAddress, QHttpHeaders, QTcpServer

from ui.live.service import LiveService
from workshop.live.access import participation_url
from workshop.live.api import LiveError
from workshop.live.http import (
    ROUTES,
    SECURITY_HEADERS,
    HttpRequest,
    HttpResponse,
    error_response,
)

log = logging.getLogger(__name__)

_METHODS = {
    QHttpServerRequest.Method.Get: "GET",
    QHttpServerRequest.Method.Post: "POST",
    QHttpServerRequest.Method.Head: "HEAD",
    QHttpServerRequest.Method.Put: "PUT",
    QHttpServerRequest.Method.Delete: "DELETE",
    QHttpServerRequest.Method.Options: "OPTIONS",
    QHttpServerRequest.Method.Patch: "PATCH",
}


class LiveServer(QObject):
    """Serves the participant page and API on one address; nothing is bound until start()."""

    started = Signal(str)  # the participation URL
    stopped = Signal()

    def __init__(self, service: LiveService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._http: QHttpServer | None = None
        self._tcp: QTcpServer | None = None
        self._handlers: list[object] = []
        self._reply: tuple[tuple[str, int, str], QHttpServerResponse] | None = None
        self.url = ""

    @property
    def running(self) -> bool:
        return self._tcp is not None and self._tcp.isListening()

    @property
    def port(self) -> int:
        return self._tcp.serverPort() if self._tcp else 0

    def start(self, address: str) -> str:
        """Listen on `address` (an interface's IP) on a free port; return the QR code's URL.

        Raises OSError when the address cannot be bound.
        """
        self.stop()
        http = QHttpServer(self)
        configuration = QHttpServerConfiguration()
        configuration.setMaximumBodySize(self.service.session.limits.body_bytes)
        configuration.setMaximumUrlSize(2048)
        configuration.setMaximumTotalHeaderSize(16 * 1024)
        http.setConfiguration(configuration)
        # PySide keeps no reference to these callbacks: the server must hold them.
        self._handlers = [self._handler(path) for path in ROUTES]
        for path, handler in zip(ROUTES, self._handlers, strict=True):
            http.route(path, handler)
        finish = self._finish
        self._handlers.append(finish)
        http.addAfterRequestHandler(self, finish)
        tcp = QTcpServer(self)
        if not tcp.listen(QHostAddress(address), 0):
            message = tcp.errorString()
            tcp.deleteLater()
            http.deleteLater()
            raise OSError(message)
        http.bind(tcp)
        self._http, self._tcp = http, tcp
        host = f"[{address}]" if ":" in address else address
        self.url = participation_url(host, tcp.serverPort(), self.service.session.code)
        self.started.emit(self.url)
        return self.url

    def stop(self) -> None:
        """Close the port at once (phones then see the page as offline)."""
        if self._tcp is None:
            return
        self._tcp.close()
        for server in (self._http, self._tcp):
            if server is not None:
                server.deleteLater()
        self._http = self._tcp = None
        self.url = ""
        self.stopped.emit()

    def _handler(self, path: str):  # type: ignore[no-untyped-def]
        def handle(request: QHttpServerRequest) -> str:
            # PySide cannot return a QHttpServerResponse from a route (it is move-only): the
            # route returns a placeholder and `_finish` swaps the real response in.
            try:
                response = self.service.respond(_request(path, request))
            except Exception:
                log.exception("live participation: request to %s failed", path)
                response = error_response(LiveError(500, "server"))
            self._reply = (_peer(request), _qt_response(response))
            return ""

        return handle

    def _finish(self, request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        """Runs after every request, Qt's own 404 and 413 included: real reply, safe headers."""
        reply, self._reply = self._reply, None
        if reply is not None and reply[0] == _peer(request):
            response.swap(reply[1])
        headers: QHttpHeaders = response.headers()
        for name, value in SECURITY_HEADERS.items():
            headers.replaceOrAppend(name, value)
        response.setHeaders(headers)


def _peer(request: QHttpServerRequest) -> tuple[str, int, str]:
    return request.remoteAddress().toString(), request.remotePort(), request.url().path()


def _request(path: str, request: QHttpServerRequest) -> HttpRequest:
    headers = {
        bytes(name).decode("latin-1").lower(): bytes(value).decode("latin-1")
        for name, value in request.headers().toListOfPairs()
    }
    return HttpRequest(
        method=_METHODS.get(request.method(), "OTHER"),
        path=path,
        headers=headers,
        body=bytes(request.body().data()),
        address=request.remoteAddress().toString(),
    )


def _qt_response(response: HttpResponse) -> QHttpServerResponse:
    reply = QHttpServerResponse(
        response.content_type.encode(),
        response.body,
        QHttpServerResponder.StatusCode(response.status),
    )
    if response.headers:
        headers = reply.headers()
        for name, value in response.headers.items():
            headers.append(name, value)
        reply.setHeaders(headers)
    return reply
