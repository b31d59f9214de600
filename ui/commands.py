"""The app's undo commands: one generic command that runs a core operation, and a mergeable move.

`context.apply(text, lambda store: ops.board.add_card(store, …))` runs the operation (one
transaction; a refused action raises and writes nothing), then pushes an `OpCommand` holding its
undo token: undo reverts the token, redo reverts the undo's token, each in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from workshop.domain.changes import Changes
from workshop.ops import Applied, revert
from workshop.storage.journal import Undo

if TYPE_CHECKING:
    from ui.context import AppContext


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
        self._token: Undo = applied.undo
        self._applied_once = False
        # The first refresh names the screen that acted; undo and redo come from the Edit menu.
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
        self.context.notify(self.changes)  # from the Edit menu, not from the screen that did it


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
