"""Garbage caught in reference cycles is collected in the GUI thread, never in another thread
that happens to allocate (the phones' server, a file being read)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from ui.collector import install

DESTROYED_IN: list[str] = []  # the threads that destroyed a _Cycle


class _Cycle:
    """An object in a reference cycle that tells which thread destroyed it."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        DESTROYED_IN.append(threading.current_thread().name)


def test_a_cycle_dropped_while_another_thread_allocates_dies_in_the_gui_thread(
    qapp: Any, qtbot: Any
) -> None:
    """A thread that allocates enough to pass every threshold collects nothing; the GUI
    thread's timer collects the cycle soon after."""
    install(qapp)
    gc.collect()
    DESTROYED_IN.clear()
    _Cycle()  # unreachable at once, but for its cycle

    kept: list[list[int]] = []

    def allocate() -> None:  # kept alive, far past the young and middle thresholds
        kept.extend([n] for n in range(200_000))

    worker = threading.Thread(target=allocate, name="allocating")
    worker.start()
    worker.join()
    assert DESTROYED_IN == []
    qtbot.waitUntil(lambda: bool(DESTROYED_IN), timeout=2000)
    assert [threading.main_thread().name] == DESTROYED_IN
