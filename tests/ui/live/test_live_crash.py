"""A card a phone was told "reçu" is in the file after the laptop's program is killed."""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from workshop.storage.store import Store

# The app's live server on the demo workshop, in a process of its own; it prints its port and
# access code, then serves until killed.
SERVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.context import AppContext
    from ui.live.server import LiveServer
    from ui.live.service import LiveService
    from workshop.demo import load_demo
    from workshop.live.limits import Limits
    from workshop.live.session import LiveSession
    from workshop.storage.store import Store

    store = Store.open(sys.argv[1])
    workshop = load_demo(store)
    context = AppContext(store)
    context.set_current_workshop(workshop.id)
    zones = [z.id for z in store.board.zones.of_workshop(workshop.id)]
    service = LiveService(context, LiveSession(limits=Limits(join_burst=100)))
    server = LiveServer(service)
    server.start("127.0.0.1")
    print(server.port, service.session.code, zones[0], flush=True)
    app.exec()
    """
)
PHONES = 12
CARDS = 6


def test_cards_acknowledged_to_phones_survive_a_kill(tmp_path: Path) -> None:
    """Twelve phones post cards at once and the program is killed (SIGKILL) while they post:
    every card a phone was answered 201 for is in the reopened file, once."""
    db = tmp_path / "live.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        port_text, code, zone_text = child.stdout.readline().split()
        port, zone_id = int(port_text), int(zone_text)
        acknowledged: list[str] = []
        lock = threading.Lock()
        killed = threading.Event()

        def phone(n: int) -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            headers = {"X-Catalyse-Code": code, "Content-Type": "application/json"}
            me = {"first_name": f"Tel{n}", "organisation": "Mairie de Vatan"}
            me["organisation_kind"] = "collectivite"
            try:
                connection.request("POST", "/api/join", json.dumps(me), headers)
                headers["X-Catalyse-Device"] = json.loads(connection.getresponse().read())["device"]
                for i in range(CARDS):
                    text = f"Téléphone {n} idée {i}"
                    body = {"request_id": f"{n}-{i}", "zone_id": zone_id, "text": text}
                    connection.request("POST", "/api/cards", json.dumps(body), headers)
                    response = connection.getresponse()
                    response.read()
                    if response.status == 201:
                        with lock:
                            acknowledged.append(text)
                            if len(acknowledged) == PHONES * CARDS // 2:
                                killed.set()  # half the cards told "reçu": kill now
            except (OSError, http.client.HTTPException):
                pass  # the program was killed under this phone

        phones = [threading.Thread(target=phone, args=(n,)) for n in range(PHONES)]
        for thread in phones:
            thread.start()
        assert killed.wait(60)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        for thread in phones:
            thread.join(15)
        with lock:
            told = list(acknowledged)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    store = Store.open(db)
    try:
        stored = [
            row[0] for row in store.db.execute("SELECT text FROM cards WHERE source = 'phone'")
        ]
    finally:
        store.close()
    assert len(told) >= PHONES * CARDS // 2
    assert set(told) <= set(stored)
    assert len(stored) == len(set(stored))
