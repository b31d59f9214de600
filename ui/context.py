"""The application's shared state: the open store, the undo stack and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ui.commands import OpCommand
from workshop.domain.changes import Area, Changes
from workshop.domain.records import WorkshopId
from workshop.ops import Applied
from workshop.storage.store import Store

T = TypeVar("T")


class AppContext(QObject):
    """What every screen is given: the store, the one undo stack, and the signals to refresh on.

    Screens never call each other: every edit is a core operation run by `apply`, which keeps
    it for undo and emits `data_changed(changes, initiator)`; each screen refreshes what the
    changes name (a hidden one when it is next shown).
    """

    data_changed = Signal(object, object)  # Changes, initiator (or None)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.current_workshop_id: WorkshopId | None = None
        workshops = store.workshops.all()
        if workshops:
            self.current_workshop_id = workshops[0].id

    def set_current_workshop(self, workshop_id: WorkshopId | None) -> None:
        """Show another workshop in every screen (data_changed carries CURRENT_WORKSHOP)."""
        if workshop_id != self.current_workshop_id:
            self.current_workshop_id = workshop_id
            self.notify(Changes.of(Area.CURRENT_WORKSHOP))

    def notify(self, changes: Changes, initiator: object = None) -> None:
        """Tell the screens what changed; a current workshop that is gone is replaced first."""
        if changes.touches(Area.WORKSHOPS) and not self._current_workshop_exists():
            workshops = self.store.workshops.all()
            self.current_workshop_id = workshops[0].id if workshops else None
            changes = changes | Changes.of(Area.CURRENT_WORKSHOP)
        self.data_changed.emit(changes, initiator)

    def _current_workshop_exists(self) -> bool:
        """Whether the current workshop is still there (None: there is still none to show)."""
        workshop_id = self.current_workshop_id
        if workshop_id is None:
            return self.store.workshops.count() == 0
        return self.store.workshops.count("id = ?", [workshop_id]) > 0

    def apply(
        self,
        text: str,
        operation: Callable[[Store], Applied[T]],
        initiator: object = None,
        notify: Callable[[Changes], None] | None = None,
    ) -> T:
        """Run one user action (a core operation), keep it for undo as `text`, refresh the screens.

        A refused action raises its CatalyseError: nothing was written, nothing is kept. An
        operation that cannot be undone (an erasure) clears the undo history: what came before
        it may depend on what it removed. `notify` replaces the immediate refresh (the phones
        batch theirs); undo and redo always refresh at once.
        """
        applied = operation(self.store)
        if applied.undo is None:
            self.undo_stack.clear()
            (notify or (lambda c: self.notify(c, initiator)))(applied.changes)
        else:
            self.undo_stack.push(OpCommand(self, text, applied, initiator, notify))
        return applied.result

    def replace_store(self, store: Store) -> None:
        """Switch to another database file (File > Open); undo history does not carry over."""
        old = self.store
        self.undo_stack.clear()
        self.store = store
        old.close()
        workshops = store.workshops.all()
        self.current_workshop_id = workshops[0].id if workshops else None
        self.data_changed.emit(Changes.everything(), None)  # CURRENT_WORKSHOP and FILE too
