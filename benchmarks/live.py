"""Live participation under load: 150 phones posting 10 cards each while the board is open.

The app (QApplication offscreen, the demo database, the main window with every screen built
and the board shown, the live server on 127.0.0.1) runs in this process; the phones run in a
child process, so that their threads do not compete with the UI thread for the interpreter.
Bounded: 1,500 posts, 120 s at most. Before the load, `live_queries_per_card` counts the SQL
statements one accepted phone card costs, the screens' refresh included.

`live_500` (run_500) is the same with 500 phones; then the same 500 phones at a pace (a card
every 1 to 3 s each: `live_500_paced_*`); then `live_500_floor_p95_ms`, the 500 phones against
the server answering at once with no database and no board (benchmarks/live_floor.py).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.figures import figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHONES = 150
CARDS_PER_PHONE = 10
COUNTED_CARDS = 20
TIME_LIMIT_S = 120.0
STALL_TICK_MS = 5
PACED_PAUSE_S = (1.0, 3.0)

# The phones: each joins, then posts its cards one after the other as fast as it gets answers,
# retrying a post that failed on the network with the same request id (it must count once).
PHONES_SCRIPT = r"""
import http.client, json, random, sys, threading, time
port, code = int(sys.argv[1]), sys.argv[2]
zones, phones, cards = json.loads(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
out, first = sys.argv[6], int(sys.argv[7])
# A pause before each post, drawn between these bounds in seconds (none: post at once).
pause = [float(x) for x in sys.argv[8].split(",")] if len(sys.argv) > 8 else [0.0, 0.0]
results, failures, lock = [], [], threading.Lock()
start = threading.Barrier(phones, timeout=60)

def call(connection, path, body, device):
    headers = {"X-Catalyse-Code": code, "Content-Type": "application/json"}
    if device:
        headers["X-Catalyse-Device"] = device
    connection.request("POST", path, json.dumps(body), headers)
    response = connection.getresponse()
    return response.status, response.read()

def retried(n, path, body, device):
    connection = connections[n]
    for attempt in range(3):
        try:
            return call(connection, path, body, device)
        except (OSError, http.client.HTTPException) as error:
            with lock:
                failures.append(repr(error))
            connection.close()
            connection = connections[n] = connect(n)
    return 0, b""

def connect(n):
    # Each phone has an address of its own, as on the room's Wi-Fi (all of 127/8 is loopback).
    source = (f"127.0.{1 + (first + n) // 200}.{2 + (first + n) % 200}", 0)
    return http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=source)

connections = [connect(n) for n in range(phones)]

def phone(n):
    # Organisations the registry does not know: the phone page asked for their kind.
    me = {"first_name": f"Tel{n}", "organisation": f"Organisation {n % 40}",
          "organisation_kind": "association"}
    status, body = retried(n, "/api/join", me, "")
    device = json.loads(body)["device"] if status == 201 else ""
    start.wait()
    paces = random.Random(n)
    for i in range(cards):
        if pause[1]:
            time.sleep(paces.uniform(*pause))
        text = f"Téléphone {n} contribution {i}"
        body = {"request_id": f"p{n}c{i}", "zone_id": zones[(n + i) % len(zones)], "text": text}
        sent = time.monotonic()
        status, _ = retried(n, "/api/cards", body, device)
        with lock:
            results.append({"text": text, "sent": sent, "status": status})
    connections[n].close()

threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with open(out, "w") as f:
    json.dump({"posts": results, "network_errors": failures}, f)
"""


def _per(total: float, count: int) -> float:
    return round(total / count, 2) if count else math.inf


def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return math.inf
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def _queries_per_card(service: Any, cards: int = COUNTED_CARDS) -> float:
    """SQL statements run per phone card accepted and shown (trigger bodies excluded).

    Half the cards come from a newcomer (their person is added), half from a phone that
    already posted; each card's refresh of the open screens is counted (no batching).
    """
    from workshop.live.http import CODE_HEADER, DEVICE_HEADER, HttpRequest

    store = service.context.store
    zone_id = store.board.zones.of_workshop(service.context.current_workshop_id)[0].id
    headers = {CODE_HEADER: service.session.code, "content-type": "application/json"}

    def post(path: str, body: dict[str, Any], device: str = "") -> dict[str, Any]:
        extra = {DEVICE_HEADER: device} if device else {}
        request = HttpRequest(
            method="POST", path=path, headers={**headers, **extra}, body=json.dumps(body).encode()
        )
        response = service.respond(request)
        assert response.status in (201, 202), response.body
        return dict(json.loads(response.body))

    devices = [
        post(
            "/api/join",
            {
                "first_name": f"Compté{n}",
                "organisation": "Collectif compté",
                "organisation_kind": "association",
            },
        )["device"]
        for n in range(cards // 2)
    ]
    service.flush_changes()
    statements: list[str] = []

    def trace(statement: str) -> None:
        if not statement.startswith("--"):  # "-- TRIGGER name": a trigger's own statements
            statements.append(statement)

    store.db.conn.set_trace_callback(trace)
    try:
        for n in range(cards):
            body = {"request_id": f"count{n}", "zone_id": zone_id, "text": f"Compté {n}"}
            post("/api/cards", body, devices[n % len(devices)])
            service.flush_changes()
    finally:
        store.db.conn.set_trace_callback(None)
    return len(statements) / cards


def run(
    phones: int = PHONES,
    cards_per_phone: int = CARDS_PER_PHONE,
    pause: tuple[float, float] = (0.0, 0.0),
) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        return _run(Path(folder), phones, cards_per_phone, pause)


def run_500() -> list[dict[str, object]]:
    """The same load with 500 phones (`live_500_*` figures; the queries count is not taken)."""
    renamed = {
        "live_p95_ms": ("live_500_p95_ms", 300),
        "live_lost_cards": ("live_500_lost_cards", 0),
        "live_duplicate_cards": ("live_500_duplicate_cards", 0),
        "live_ui_stall_ms": ("live_500_ui_stall_ms", 50),
        "live_refused_posts": ("live_500_refused_posts", 0),
        "live_network_errors": ("live_500_network_errors", 0),
        "live_ui_cpu_ms_per_card": ("live_500_ui_cpu_ms_per_card", None),
        "live_server_cpu_ms_per_card": ("live_500_server_cpu_ms_per_card", None),
        "live_calls_per_commit": ("live_500_calls_per_commit", None),
    }
    figures = []
    for line in run(phones=500):
        if line["figure"] in renamed:
            name, target = renamed[str(line["figure"])]
            figures.append({**line, "figure": name, "target": target})
    # The same 500 phones at a pace no room reaches: a card every 1 to 3 s from each phone
    # (250 cards a second; a room of 500 typing flat out posts a card every 30 s each).
    paced = {"live_p95_ms": 300, "live_ui_stall_ms": 50, "live_lost_cards": 0}
    for line in run(phones=500, pause=PACED_PAUSE_S):
        if line["figure"] in paced:
            name = str(line["figure"]).replace("live_", "live_500_paced_")
            figures.append({**line, "figure": name, "target": paced[str(line["figure"])]})
    from benchmarks.live_floor import run_500 as floor  # it borrows this module's phones

    return figures + floor()


@dataclass
class Room:
    """The app as a facilitator runs it: the demo, every screen open, the board in front, the
    live server on 127.0.0.1."""

    store: Any
    context: Any
    window: Any
    service: Any
    server: Any
    zones: list[int]


def open_room(folder: Path, joins: int) -> Room:
    """The room, settled (board painted, start-up backup taken); `joins` phones may join."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import set_startup_objects_aside
    from ui.context import AppContext
    from ui.live.server import LiveServer
    from ui.live.service import LiveService
    from ui.main_window import AUTOBACKUP_DELAY_MS, SCREENS, MainWindow
    from workshop.demo import load_demo
    from workshop.live.limits import Limits
    from workshop.live.session import LiveSession
    from workshop.storage.store import Store

    # The main window remembers its file and geometry: not in the user's settings.
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["CATALYSE_DATA_DIR"] = str(folder / "data")
    _app = QApplication.instance() or QApplication([])
    store = Store.open(folder / "live.sqlite")
    workshop = load_demo(store)
    context = AppContext(store)
    context.set_current_workshop(workshop.id)
    window = MainWindow(context)
    for name, _module, _class in SCREENS:  # every screen open, the board in front
        window.screen_named(name)
    window.show_screen("board")
    window.resize(1280, 800)
    window.show()
    settle = QEventLoop()
    QTimer.singleShot(AUTOBACKUP_DELAY_MS + 500, settle.quit)
    settle.exec()
    set_startup_objects_aside()  # as the app does once it has settled
    # The counted cards below all come from 127.0.0.1: joins are limited per address.
    session = LiveSession(limits=Limits(join_burst=joins + 10 + COUNTED_CARDS))
    service = LiveService(context, session)
    server = LiveServer(service)
    zones = [z.id for z in store.board.zones.of_workshop(workshop.id)]
    return Room(store, context, window, service, server, zones)


def phones_child(
    room: Room,
    phones: int,
    cards: int,
    out: Path,
    first: int = 0,
    pause: tuple[float, float] = (0.0, 0.0),
) -> Any:
    """A child process running `phones` phones (addresses from number `first`), each pausing
    between `pause` seconds before each post (none by default)."""
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            PHONES_SCRIPT,
            str(room.server.port),
            room.service.session.code,
            json.dumps(room.zones),
            str(phones),
            str(cards),
            str(out),
            str(first),
            f"{pause[0]},{pause[1]}",
        ],
    )


@dataclass
class Watch:
    """What the UI thread lived through while the children ran."""

    longest_stall_ms: float = 0.0
    shown_at: dict[int, float] = field(default_factory=dict)
    # CPU time (not the clock's: other programs on the machine do not inflate it) of the UI
    # thread and of the phones' server thread meanwhile, and the batches (one commit each).
    ui_cpu_s: float = 0.0
    server_cpu_s: float = 0.0
    batches: int = 0
    calls: int = 0


def watch(room: Room, children: list[Any], until: Any = None) -> Watch:
    """Run the event loop until `until` (default: every child) has ended, or the time limit;
    measure the UI thread's longest pause and when each phone card reached the board."""
    from PySide6.QtCore import QEventLoop, QTimer

    store, watched = room.store, Watch()
    seen_up_to = int(store.db.execute("SELECT coalesce(max(id), 0) FROM cards").fetchone()[0])

    def on_changed(_changes: object, _initiator: object) -> None:
        # Connected after the board: this runs once the board has refreshed.
        nonlocal seen_up_to
        now = time.monotonic()
        new = store.db.execute(
            "SELECT id FROM cards WHERE id > ? AND source = 'phone'", [seen_up_to]
        ).fetchall()
        for (card_id,) in new:
            watched.shown_at[card_id] = now
            seen_up_to = max(seen_up_to, card_id)

    room.context.data_changed.connect(on_changed)
    last_tick = time.monotonic()

    def tick() -> None:
        nonlocal last_tick
        now = time.monotonic()
        pause = (now - last_tick) * 1000 - STALL_TICK_MS
        watched.longest_stall_ms = max(watched.longest_stall_ms, pause)
        last_tick = now

    awaited = until or children
    deadline = time.monotonic() + TIME_LIMIT_S
    ticker = QTimer()
    ticker.setInterval(STALL_TICK_MS)
    ticker.timeout.connect(tick)
    loop = QEventLoop()
    poller = QTimer()
    poller.setInterval(50)
    poller.timeout.connect(
        lambda: (
            loop.quit()
            if all(c.poll() is not None for c in awaited) or time.monotonic() > deadline
            else None
        )
    )
    last_tick = time.monotonic()
    ticker.start()
    poller.start()
    server_clock = _thread_clock(room.server)
    ui_cpu, server_cpu = time.thread_time(), _cpu(server_clock)
    batches, calls = room.server.batches, room.server.calls_answered
    loop.exec()
    watched.ui_cpu_s = time.thread_time() - ui_cpu
    watched.server_cpu_s = _cpu(server_clock) - server_cpu
    watched.batches = room.server.batches - batches
    watched.calls = room.server.calls_answered - calls
    poller.stop()
    ticker.stop()
    for child in children:
        if child.poll() is None:
            child.kill()
        child.wait()
    room.context.data_changed.disconnect(on_changed)
    return watched


def _thread_clock(server: Any) -> int | None:
    """The CPU clock of the phones' server thread (None where there is none)."""
    thread = getattr(server._phones, "_thread", None) if server._phones else None
    try:
        return time.pthread_getcpuclockid(thread.ident) if thread and thread.ident else None
    except (AttributeError, OSError):
        return None


def _cpu(clock: int | None) -> float:
    try:
        return time.clock_gettime(clock) if clock is not None else 0.0
    except OSError:  # the thread ended
        return 0.0


def phone_posts(out: Path) -> dict[str, Any]:
    """What the phones' child wrote: each post's text, time sent and status; network errors."""
    text = out.read_text() if out.exists() else ""
    return json.loads(text) if text.strip() else {"posts": [], "network_errors": []}


def close_room(room: Room) -> None:
    room.service.flush_changes()
    room.server.stop()
    room.window.close()
    room.store.close()


def _run(
    folder: Path, phones: int, cards_per_phone: int, pause: tuple[float, float]
) -> list[dict[str, object]]:
    room = open_room(folder, phones)
    queries_per_card = _queries_per_card(room.service)
    room.server.start("127.0.0.1")
    out = folder / "phones.json"
    watched = watch(room, [phones_child(room, phones, cards_per_phone, out, pause=pause)])
    room.service.flush_changes()
    report = phone_posts(out)
    posts: list[dict[str, Any]] = report["posts"]
    refused = sum(1 for post in posts if post["status"] != 201)
    texts = {
        row[0]: row[1]
        for row in room.store.db.execute(
            "SELECT id, text FROM cards WHERE source = 'phone' AND text NOT LIKE 'Compté %'"
        )
    }
    stored = list(texts.values())
    expected = phones * cards_per_phone
    lost = expected - len(set(stored))
    duplicates = len(stored) - len(set(stored))
    sent_at = {post["text"]: post["sent"] for post in posts}
    latencies = [
        (watched.shown_at[card_id] - sent_at[text]) * 1000
        for card_id, text in texts.items()
        if card_id in watched.shown_at and text in sent_at
    ]
    close_room(room)
    return [
        figure("live_queries_per_card", round(queries_per_card, 1), "statements", None),
        figure("live_lost_cards", round(lost, 1), "cards", 0),
        figure("live_duplicate_cards", round(duplicates, 1), "cards", 0),
        figure("live_p95_ms", round(_percentile(latencies, 0.95), 1), "ms", 500),
        figure("live_ui_stall_ms", round(watched.longest_stall_ms, 1), "ms", 50),
        # What other programs on the machine do not inflate: the UI thread's and the phones'
        # server thread's CPU time per card posted, and how many calls one commit holds.
        figure("live_ui_cpu_ms_per_card", _per(watched.ui_cpu_s * 1000, expected), "ms", None),
        figure(
            "live_server_cpu_ms_per_card", _per(watched.server_cpu_s * 1000, expected), "ms", None
        ),
        figure("live_calls_per_commit", _per(watched.calls, watched.batches), "calls", None),
        figure("live_refused_posts", round(refused, 1), "posts", 0),
        figure("live_network_errors", round(len(report["network_errors"]), 1), "errors", 0),
    ]


if __name__ == "__main__":
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
