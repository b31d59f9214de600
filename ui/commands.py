"""The app's undo commands: one generic command that runs a core operation, and a mergeable move.

`context.apply(text, lambda store: ops.board.add_card(store, …))` runs the operation (one
transaction; a refused action raises and writes nothing), then pushes an `OpCommand` holding its
undo token: undo reverts the token, redo reverts the undo's token, each in one transaction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from workshop.domain.changes import Changes
from workshop.ops import Applied, revert
from workshop.storage.journal import Undo
from workshop.storage.repository import Repository
from workshop.storage.snapshots import Snapshot

if TYPE_CHECKING:
    from ui.context import AppContext

R = TypeVar("R")


class OpCommand(QUndoCommand):
    """An operation already applied, kept for undo: undo and redo replay its tokens."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        applied: Applied[Any],
        initiator: object = None,
        notify_first: Callable[[Changes], None] | None = None,
    ) -> None:
        super().__init__(text)
        assert applied.undo is not None, "an operation that cannot be undone is not pushed"
        self.context = context
        self.changes = applied.changes
        self.initiator = initiator
        self._token: Undo = applied.undo
        self._applied_once = False
        self._notify_first = notify_first or (lambda c: context.notify(c, initiator))

    def redo(self) -> None:
        if not self._applied_once:  # QUndoStack.push calls redo: the operation already ran
            self._applied_once = True
            self._notify_first(self.changes)
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        applied = revert(self.context.store, self._token)
        assert applied.undo is not None
        self._token = applied.undo
        self.changes = self.changes | applied.changes
        self.context.notify(self.changes, self.initiator)


class MoveCardsCommand(OpCommand):
    """Moves of the same cards (arrow-key nudges, a drag continued) merge into one undo step."""

    ID = 4101

    def __init__(
        self,
        context: AppContext,
        text: str,
        applied: Applied[Any],
        card_ids: frozenset[int],
        mergeable: bool = False,
    ) -> None:
        super().__init__(context, text, applied)
        self.card_ids = card_ids
        self.mergeable = mergeable

    def id(self) -> int:
        return self.ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, MoveCardsCommand) and other.mergeable):
            return False
        if other.card_ids != self.card_ids:
            return False
        self._token = self._token.then(other._token)
        self.changes = self.changes | other.changes
        return True


# ---- Legacy commands, being replaced by operations (issue 11) --------------------------------


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
