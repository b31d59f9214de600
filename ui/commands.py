"""Undoable edits shared by every screen: add, update and delete a record of the store.

Each command's redo() and undo() call the core once (one transaction each), then emit
`workshop_changed` so that the screens refresh.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from ui.context import AppContext
from workshop.changes import Changes
from workshop.storage.repository import Repository
from workshop.storage.snapshots import Snapshot

R = TypeVar("R")


class StoreCommand(QUndoCommand):
    """Base of the app's undo commands: subclasses do the edit, this refreshes the screens."""

    def __init__(
        self, context: AppContext, text: str, changes: Changes, initiator: object = None
    ) -> None:
        super().__init__(text)
        self.context = context
        self.changes = changes
        self.initiator = initiator

    def redo(self) -> None:
        try:
            self.do()
        except Exception:
            self.setObsolete(True)  # nothing was saved: nothing to offer for undo
            raise
        self.context.notify(self.changes, self.initiator)

    def undo(self) -> None:
        self.revert()
        self.context.notify(self.changes, self.initiator)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class CallCommand(StoreCommand):
    """An edit given as two core calls: one to do it and one to revert it."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        changes: Changes,
        do: Callable[[], Any],
        revert: Callable[[], Any],
        initiator: object = None,
    ) -> None:
        super().__init__(context, text, changes, initiator)
        self._do, self._revert = do, revert

    def do(self) -> None:
        self._do()

    def revert(self) -> None:
        self._revert()


class AddRecordCommand(StoreCommand, Generic[R]):
    """Add a record; undo deletes it (and anything added under it since), redo puts it back."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        changes: Changes,
        repository: Repository[R],
        record: R,
        initiator: object = None,
    ) -> None:
        super().__init__(context, text, changes, initiator)
        self.repository = repository
        self.record = record
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.record = self.repository.add(self.record)
        else:
            self.context.store.restore(self._snapshot)

    def revert(self) -> None:
        record_id = self.record.id
        self._snapshot = self.context.store.delete(self.repository.table, [record_id])


class UpdateRecordCommand(StoreCommand, Generic[R]):
    """Replace a record's fields; undo puts the previous fields back."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        changes: Changes,
        repository: Repository[R],
        before: R,
        after: R,
        initiator: object = None,
    ) -> None:
        super().__init__(context, text, changes, initiator)
        self.repository = repository
        self.before, self.after = before, after

    def do(self) -> None:
        self.repository.update(self.after)

    def revert(self) -> None:
        self.repository.update(self.before)


class DeleteRecordsCommand(StoreCommand):
    """Delete records and what depends on them; undo restores everything with the same ids."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        changes: Changes,
        table: str,
        ids: list[int],
        initiator: object = None,
    ) -> None:
        super().__init__(context, text, changes, initiator)
        self.table, self.ids = table, ids
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        self._snapshot = self.context.store.delete(self.table, self.ids)

    def revert(self) -> None:
        assert self._snapshot is not None
        self.context.store.restore(self._snapshot)


def with_id(record: R, record_id: int) -> R:
    return dataclasses.replace(record, id=record_id)  # type: ignore[type-var]
