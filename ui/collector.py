"""Garbage is collected in the GUI thread only, as qutebrowser does.

Python's collector runs in whichever thread allocates when a threshold is passed: with the
phones' server thread allocating for every request (and the import's reading thread), a
dialog or a screen's objects caught in a reference cycle could be destroyed there, and a Qt
object destroyed outside the GUI thread crashes the program (seen in the test suite: a
segmentation fault while collecting in a non-GUI thread). Automatic collection is turned off;
a timer in the GUI thread collects what the thresholds (as set now: the live server changes
them while phones post) say is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 50  # how often the counts are compared with the thresholds (a few µs when not due)


def collect_due() -> int:
    """Collect the generation the allocation counts have made due (none: 0 objects)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return 0
    generation = 0
    if counts[1] > thresholds[1]:
        generation = 2 if counts[2] > thresholds[2] else 1
    return gc.collect(generation)


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects from a GUI-thread timer until stopped."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(collect_due)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection as it was before."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_installed: GuiThreadCollector | None = None


def install(parent: QObject) -> GuiThreadCollector:
    """The application's collector (made once)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(parent)
    return _installed
