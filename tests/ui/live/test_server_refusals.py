"""A write the server can refuse by itself (wrong code, not JSON, a broken body) is answered
at once from the server's thread: the desk's GUI thread, busy, spends no time on it."""

from __future__ import annotations

import http.client
import json
import threading
from typing import Any

from workshop.live import serving


def _post_without_the_gui(port: int, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
    """POST /api/cards from a thread while the GUI thread runs no event (a busy desk)."""
    outcome: list[tuple[int, Any]] = []

    def run() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("POST", "/api/cards", body, headers)
        response = connection.getresponse()
        outcome.append((response.status, json.loads(response.read())))
        connection.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=8)  # no Qt event is processed meanwhile
    assert outcome, "no answer"
    return outcome[0]


REFUSED = [  # (the right code, content type, body) and the answer
    ((False, "application/json", b'{"text": "x"}'), (403, "bad_code")),
    ((True, "text/plain", b'{"text": "x"}'), (415, "not_json")),
    ((True, "application/json", b'{"text": '), (400, "bad_json")),
]


def test_a_write_refused_by_the_server_needs_no_gui_time(live: Any, monkeypatch: Any) -> None:
    """A phone with the old code, a body that is not JSON or a broken one: refused in well
    under the time a call waits for the GUI thread (it would otherwise be told "busy")."""
    service, server = live
    monkeypatch.setattr(serving, "ANSWER_TIMEOUT_S", 3.0)
    for (code_ok, content_type, body), expected in REFUSED:
        headers = {
            "X-Catalyse-Code": service.session.code if code_ok else "000000",
            "Content-Type": content_type,
        }
        status, answer = _post_without_the_gui(server.port, headers, body)
        assert (status, answer["error"]) == expected
