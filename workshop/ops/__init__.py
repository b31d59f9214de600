"""Operations: every user action, from any screen, the command line, the phones or an import.

Each operation is one function `op(store, …) -> Applied`, run in one transaction, that checks
its input by the core's rules (raising a `workshop.errors.CatalyseError` that writes nothing)
and returns what changed and the token that undoes it, in the shape of Anki's operations
returning `OpChanges`. `revert(store, applied.undo)` undoes it, and returns the redo.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from workshop.domain.changes import Area, Changes
from workshop.storage.journal import Undo
from workshop.storage.store import Store

T = TypeVar("T")


@dataclass(frozen=True)
class Applied(Generic[T]):
    """What an operation did: the areas it changed, how to undo it (None: it cannot be
    undone), and its result (the record it made, a report…)."""

    changes: Changes
    undo: Undo | None
    result: T


@dataclass
class Operation:
    """An operation under way: its writes are journaled until the block ends."""

    store: Store
    extra: set[Area] = field(default_factory=set)
    undo: Undo | None = None

    def touch(self, *areas: Area) -> None:
        """Name an area changed that no table shows (a workshop's live settings…)."""
        self.extra.update(areas)

    def applied(self, result: T) -> Applied[T]:
        assert self.undo is not None, "applied() is read after the operation's block"
        written = Changes.of_rows((w.table, w.rowid) for w in self.undo.writes)
        changes = written | Changes(frozenset(self.extra), frozenset())
        return Applied(changes, self.undo, result)


@contextmanager
def operation(store: Store) -> Iterator[Operation]:
    """One transaction whose writes are recorded as their undo (nested: part of the outer)."""
    op = Operation(store)
    store.journal.prepare()
    with store.atomic(), store.journal.recording() as outcome:
        yield op
    op.undo = outcome[0]


def unrecorded(result: T, *areas: Area) -> Applied[T]:
    """The outcome of an operation that cannot be undone (an erasure: nothing may be kept)."""
    return Applied(Changes.of(*areas), None, result)


def revert(store: Store, undo: Undo) -> Applied[None]:
    """Undo an operation (or redo it, given the Applied.undo of its revert), in one transaction."""
    with operation(store) as op:
        store.journal.replay(undo)
    return op.applied(None)
