"""Counting what a store runs: transactions and SQL statements, for the one-transaction tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from workshop.storage.store import Store


@dataclass
class Counted:
    """The statements a block ran on a store's connection (trigger bodies excluded)."""

    statements: list[str] = field(default_factory=list)

    @property
    def transactions(self) -> int:
        """How many transactions were opened (savepoints inside one do not count)."""
        return sum(1 for s in self.statements if s.strip().upper().startswith("BEGIN"))

    @property
    def writes(self) -> int:
        return sum(
            1
            for s in self.statements
            if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))
        )


@contextmanager
def counting(store: Store) -> Iterator[Counted]:
    counted = Counted()

    def trace(statement: str) -> None:
        if not statement.startswith("--"):  # "-- TRIGGER name": a trigger's own statements
            counted.statements.append(statement)

    store.db.conn.set_trace_callback(trace)
    try:
        yield counted
    finally:
        store.db.conn.set_trace_callback(None)
