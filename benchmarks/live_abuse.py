"""Slowloris from one address of the room while real phones take part.

An attacker at one address opens 420 connections (more than the server's 400 slots) and
trickles their headers one byte a second, never finishing a request. Two seconds later 60
real phones, each at its own address, join and post 5 cards each. `live_abuse_served_pct` is
the share of the phones' posts answered "reçu" (201); `live_abuse_ui_stall_ms` the UI thread's
longest pause meanwhile; `live_abuse_attacker_connections` how many of its connections the
attacker still held when the phones were done. The room is the `live` group's: the demo,
every screen open.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import figure
from benchmarks.live import close_room, open_room, phone_posts, phones_child, watch

PHONES = 60
CARDS_PER_PHONE = 5
ATTACK_CONNECTIONS = 420
ATTACK_HEAD_START_S = 2.0
ATTACKER_ADDRESS = "127.0.0.250"

ATTACKER_SCRIPT = r"""
import socket, sys, time
port, count, address, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
head = b"POST /api/cards HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Padding: " % port
sockets, opened = [], 0
for _ in range(count):
    s = socket.socket()
    s.settimeout(2)
    try:
        s.bind((address, 0))
        s.connect(("127.0.0.1", port))
        s.sendall(head)
        s.setblocking(False)
        sockets.append(s)
        opened += 1
    except OSError:
        s.close()
started = time.monotonic()
while time.monotonic() - started < 60:
    alive = []
    for s in sockets:
        try:
            s.send(b"a")  # one more byte of a header that never ends
            alive.append(s)
        except (BlockingIOError, InterruptedError):
            alive.append(s)
        except OSError:
            s.close()
    sockets = alive
    with open(out, "w") as f:
        f.write(f"{opened} {len(sockets)}")
    time.sleep(1)
"""


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        return _run(Path(folder))


def _run(folder: Path) -> list[dict[str, object]]:
    room = open_room(folder, PHONES)
    room.server.start("127.0.0.1")
    attack_state = folder / "attacker.txt"
    attacker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            ATTACKER_SCRIPT,
            str(room.server.port),
            str(ATTACK_CONNECTIONS),
            ATTACKER_ADDRESS,
            str(attack_state),
        ]
    )
    time.sleep(ATTACK_HEAD_START_S)  # the attack holds what it can before the phones come
    out = folder / "phones.json"
    phones = phones_child(room, PHONES, CARDS_PER_PHONE, out, first=1000)
    watched = watch(room, [phones, attacker], until=[phones])
    posts = phone_posts(out)["posts"]
    state = attack_state.read_text() if attack_state.exists() else ""
    kept = int(state.split()[1]) if len(state.split()) == 2 else 0
    served = sum(1 for post in posts if post["status"] == 201)
    expected = PHONES * CARDS_PER_PHONE
    close_room(room)
    return [
        figure("live_abuse_served_pct", round(100 * served / expected, 1), "%", 100),
        figure("live_abuse_ui_stall_ms", round(watched.longest_stall_ms, 1), "ms", 50),
        figure("live_abuse_attacker_connections", kept, "connections", None),
    ]


if __name__ == "__main__":
    for line in run():
        print(json.dumps(line, ensure_ascii=False))
