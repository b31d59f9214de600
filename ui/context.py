"""The application's shared state: the open store, the undo stack and the change signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.changes import Changes
from workshop.records import WorkshopId
from workshop.storage.store import Store


class AppContext(QObject):
    """What every screen is given: the store, the one undo stack, and the signals to refresh on.

    Screens never call each other: they edit through undo commands, which commit to the store
    and then emit `workshop_changed(changes, initiator)`; each screen refreshes what it shows.
    """

    workshop_changed = Signal(object, object)  # Changes, initiator (or None)
    current_workshop_changed = Signal(object)  # WorkshopId | None
    store_replaced = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.current_workshop_id: WorkshopId | None = None
        workshops = store.workshops.all()
        if workshops:
            self.current_workshop_id = workshops[0].id

    def set_current_workshop(self, workshop_id: WorkshopId | None) -> None:
        if workshop_id != self.current_workshop_id:
            self.current_workshop_id = workshop_id
            self.current_workshop_changed.emit(workshop_id)

    def notify(self, changes: Changes, initiator: object = None) -> None:
        self.workshop_changed.emit(changes, initiator)

    def push(self, command: QUndoCommand) -> None:
        """Do an edit (QUndoStack.push calls its redo) and keep it for undo."""
        self.undo_stack.push(command)

    def replace_store(self, store: Store) -> None:
        """Switch to another database file (File > Open); undo history does not carry over."""
        old = self.store
        self.undo_stack.clear()
        self.store = store
        old.close()
        workshops = store.workshops.all()
        self.current_workshop_id = workshops[0].id if workshops else None
        self.store_replaced.emit()
        self.current_workshop_changed.emit(self.current_workshop_id)
        self.notify(Changes.everything())
