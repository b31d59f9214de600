"""A live server on 127.0.0.1 over the demo workshop, and an HTTP client that keeps Qt running."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from ui.context import AppContext
from ui.live.server import LiveServer
from ui.live.service import LiveService


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Phone:
    """A simulated phone: sends real HTTP requests from a thread while the Qt loop runs."""

    qtbot: Any
    port: int
    code: str
    device: str = ""
    headers: dict[str, str] = field(default_factory=dict)

    def request(
        self, method: str, path: str, body: Any = None, raw: bytes | None = None, **headers: str
    ) -> Reply:
        sent = {"X-Catalyse-Code": self.code, **self.headers}
        if self.device:
            sent["X-Catalyse-Device"] = self.device
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            sent["Content-Type"] = "application/json"
        sent.update({k.replace("_", "-"): v for k, v in headers.items()})
        result: list[Reply | BaseException] = []

        def run() -> None:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
                connection.request(method, path, data, sent)
                response = connection.getresponse()
                reply = Reply(
                    response.status,
                    {k.lower(): v for k, v in response.getheaders()},
                    response.read(),
                )
                connection.close()
                result.append(reply)
            except BaseException as error:  # handed to the test thread
                result.append(error)

        threading.Thread(target=run, daemon=True).start()
        self.qtbot.waitUntil(lambda: bool(result), timeout=10_000)
        outcome = result[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def join(
        self,
        first_name: str = "Zoé",
        organisation: str = "SCOP Cuisine Commune",
        kind: str | None = None,
    ) -> Reply:
        body = {"first_name": first_name, "organisation": organisation}
        if kind is not None:
            body["organisation_kind"] = kind
        reply = self.request("POST", "/api/join", body)
        if reply.status == 201:
            self.device = reply.json()["device"]
        return reply


@pytest.fixture
def live(context: AppContext) -> Iterator[tuple[LiveService, LiveServer]]:
    """A running server for the demo workshop, on loopback."""
    service = LiveService(context)
    server = LiveServer(service)
    server.start("127.0.0.1")
    yield service, server
    server.stop()  # also refreshes now what the phones changed: the store closes next


@pytest.fixture
def phone(live: tuple[LiveService, LiveServer], qtbot: Any) -> Phone:
    service, server = live
    return Phone(qtbot, server.port, service.session.code)
