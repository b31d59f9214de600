"""The floor under the `live` figures: the same phones against the phones' server answering at
once, on its own thread, with no database, no board and no Qt.

`live_500_floor_p95_ms` is what the load alone costs on this machine: the phones' child
process and the server's HTTP work share its two cores. No change to what happens after a
request is read (saving the card, drawing it) can bring `live_500_p95_ms` below it. Each phone
posts again as soon as it is answered, so the phones always wait on the server: by Little's
law their latency is the number of phones over the cards answered per second.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import figure
from benchmarks.live import (
    CARDS_PER_PHONE,
    PHONES_SCRIPT,
    _percentile,
    phone_posts,
)


def floor_p95_ms(phones: int, cards_per_phone: int = CARDS_PER_PHONE) -> float:
    """The p95 from post to answer, the server answering every call at once."""
    from workshop.live.http import HttpRequest, json_response
    from workshop.live.serving import PhoneServer, Reply

    numbers = itertools.count(1)
    answered_at: dict[str, float] = {}
    lock = threading.Lock()

    def submit(request: HttpRequest, reply: Reply) -> None:
        if not reply.claim():
            return
        if request.path == "/api/join":
            reply(json_response(201, {"device": f"phone{next(numbers)}"}))
            return
        text = str(json.loads(request.body)["text"])
        with lock:
            answered_at[text] = time.monotonic()
        reply(json_response(201, {"status": "published", "card_id": next(numbers)}))

    server = PhoneServer(submit, lambda: 64 * 1024)
    _host, port = server.start("127.0.0.1", 0)
    try:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "phones.json"
            zones = json.dumps([1, 2, 3])
            arguments = [str(port), "code", zones, str(phones), str(cards_per_phone), str(out)]
            arguments.append("0")
            child = subprocess.run([sys.executable, "-c", PHONES_SCRIPT, *arguments], check=False)
            posts: list[dict[str, Any]] = phone_posts(out)["posts"] if not child.returncode else []
    finally:
        server.stop()
    latencies = [
        (answered_at[post["text"]] - post["sent"]) * 1000
        for post in posts
        if post["text"] in answered_at
    ]
    return round(_percentile(latencies, 0.95), 1)


def run_500() -> list[dict[str, object]]:
    return [figure("live_500_floor_p95_ms", floor_p95_ms(500), "ms", None)]
