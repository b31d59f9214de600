"""Screens refresh from the one `data_changed` signal: now if shown, when next shown otherwise."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from workshop.domain.changes import Area, Changes

# A hidden screen keeps at most this many rows written while it was hidden; beyond, it reads
# its areas whole when shown. (Each change made the gathered rows again: with 500 phones
# posting, every hidden screen copied thousands of rows at each refresh of the board.)
STALE_ROWS_KEPT = 1000


class Refresher(QObject):
    """Calls `refresh(changes)` for the changes a screen shows (the areas it names).

    While the screen is hidden the changes are gathered, and it refreshes once when shown
    (Anki's operation_did_execute, with a stale mark). Changes made by the screen itself
    (`initiator is screen`) are still passed: the screen decides what it already shows.
    """

    def __init__(
        self,
        context: AppContext,
        screen: QWidget,
        areas: set[Area] | frozenset[Area],
        refresh: Callable[[Changes, object], None],
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._areas = frozenset(areas) | {Area.FILE}
        self._refresh = refresh
        self._stale: Changes | None = None
        self._initiator: object = None
        context.data_changed.connect(self._on_context_data_changed)
        screen.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return self._stale is not None

    def _on_context_data_changed(self, changes: Changes, initiator: object) -> None:
        relevant = Changes(changes.areas & self._areas, changes.rows)
        if relevant.empty:
            return
        if self._screen.isVisible():
            self._refresh(relevant, initiator)
            return
        stale = relevant | self._stale if self._stale else relevant
        if stale.rows is not None and len(stale.rows) > STALE_ROWS_KEPT:
            stale = Changes(stale.areas)  # rows not kept: its areas are read whole when shown
        self._stale = stale
        self._initiator = initiator if self._initiator is None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While Qt destroys the screen's children, PySide may call this on a wrapper whose
        # Python half is already gone (no attributes left): such an event is no Show.
        screen = getattr(self, "_screen", None)
        if screen is not None and watched is screen and event.type() == QEvent.Type.Show:
            self.flush()
        return False

    def flush(self) -> None:
        """Refresh now for what changed while hidden."""
        if self._stale is not None:
            changes, initiator = self._stale, self._initiator
            self._stale, self._initiator = None, None
            self._refresh(changes, initiator)
