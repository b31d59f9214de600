"""A worker doing random user actions on a database, logging each one it has committed.

Run as `python -m tools.crash.actions DB LOG SEED`. Each action is one core operation (the very
functions the screens, the phones and the command line run), so "0 lost actions" is measured on
what the app really does. Before its commit, the worker appends `begin N: {json}` (the rows the
operation wrote, before and after, read back from its undo journal) to LOG; after the commit,
`committed N: KIND`; both lines are flushed and fsynced. Half the time an action is followed by
its undo (Ctrl+Z), itself an operation. The crash harness (tools.crash.check) kills the worker
at random moments and checks the database against the log.
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from workshop.domain.records import (
    Alliance,
    AllianceId,
    Card,
    CardId,
    ClusterId,
    Commitment,
    CommitmentId,
    OrganisationId,
    PartnerId,
    PersonId,
    Workshop,
    WorkshopId,
    ZoneId,
)
from workshop.domain.vocabulary import CommitmentStatus, OrganisationKind, PartnerRole, ResourceKind
from workshop.errors import CatalyseError
from workshop.ops import Applied, revert
from workshop.ops import alliances as alliance_ops
from workshop.ops import attendance as attendance_ops
from workshop.ops import board as board_ops
from workshop.ops import registry as registry_ops
from workshop.ops import workshops as workshop_ops
from workshop.ops.merge import merge_organisations, merge_people
from workshop.storage.store import Store

WORDS = (
    "jardin partagé",
    "cantine bio",
    "Société d'économie mixte",
    "«circuit court»",
    "tiers-lieu 🌱",
    "مزرعة",
    "<b>ACME & Fils</b>",
    "=SUM(A1)",
    "ligne\nsuivante",
    "mobilité",
)
Action = Callable[[], "Applied[Any] | None"]


@dataclass(frozen=True)
class Effect:
    """One row an action changes: its key, its columns before and after (None: no row)."""

    table: str
    key: dict[str, Any]
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def as_json(self) -> list[Any]:
        return [self.table, self.key, self.before, self.after]

    @classmethod
    def from_json(cls, item: list[Any]) -> Effect:
        return cls(item[0], item[1], item[2], item[3])


def read_row(store: Store, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
    """The row of `table` with this key (a rowid), as a dict (None if there is none)."""
    where = " AND ".join(f"{column} = ?" for column in key)
    cursor = store.db.conn.execute(f"SELECT * FROM [{table}] WHERE {where}", list(key.values()))
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip([d[0] for d in cursor.description], row, strict=True))
    values.pop("updated_at", None)  # moves with every edit; not part of what an action says
    return values


class _Rollback(Exception):
    """Leaves the savepoint in which the rows before an operation were read."""


def effects_of(store: Store, applied: Applied[Any] | None) -> list[Effect]:
    """Every row an operation wrote, after it and (its undo replayed, then rolled back) before.

    Call inside the transaction that holds the operation, before its commit.
    """
    if applied is None or applied.undo is None:
        return []
    keys = list(dict.fromkeys((w.table, w.rowid) for w in applied.undo.writes))
    after = {k: read_row(store, k[0], {"rowid": k[1]}) for k in keys}
    before: dict[tuple[str, int], dict[str, Any] | None] = {}
    try:
        with store.atomic():
            store.journal.replay(applied.undo)
            before = {k: read_row(store, k[0], {"rowid": k[1]}) for k in keys}
            raise _Rollback
    except _Rollback:
        pass
    return [
        Effect(table, {"rowid": rowid}, before[(table, rowid)], after[(table, rowid)])
        for table, rowid in keys
        if before[(table, rowid)] != after[(table, rowid)]
    ]


@dataclass
class Worker:
    """Picks and performs random user actions on one workshop, each one core operation."""

    store: Store
    rng: random.Random
    workshop_id: WorkshopId = field(default=WorkshopId(0))

    def _ids(self, sql: str, params: list[Any] | None = None) -> list[int]:
        return [r[0] for r in self.store.db.conn.execute(sql, params or [])]

    def _text(self) -> str:
        return " ".join(self.rng.sample(WORDS, self.rng.randint(1, 3)))

    def _card_ids(self) -> list[int]:
        return self._ids("SELECT id FROM cards WHERE workshop_id = ?", [self.workshop_id])

    def _zone_ids(self) -> list[int]:
        return self._ids("SELECT id FROM zones WHERE workshop_id = ?", [self.workshop_id])

    def _person_ids(self) -> list[int]:
        return self._ids("SELECT id FROM people")

    # -- actions: each returns the operation's Applied (None: nothing to do) ---------------

    def setup(self) -> Applied[Any] | None:
        """The workshop to work on: the first one, or a new one with its template's zones."""
        existing = self._ids("SELECT id FROM workshops ORDER BY id LIMIT 1")
        if existing:
            self.workshop_id = WorkshopId(existing[0])
            return None
        applied = workshop_ops.create_workshop(self.store, Workshop(title="Atelier de panne"))
        self.workshop_id = applied.result.id
        return applied

    def add_card(self) -> Applied[Any] | None:
        zones = self._zone_ids()
        card = Card(
            workshop_id=self.workshop_id,
            text=self._text(),
            zone_id=ZoneId(self.rng.choice(zones)) if zones else None,
            x=float(self.rng.randint(0, 2000)),
            y=float(self.rng.randint(0, 700)),
            sdgs=tuple(sorted(self.rng.sample(range(1, 18), self.rng.randint(0, 3)))),
        )
        return board_ops.add_card(self.store, card, height=float(self.rng.randint(60, 200)))

    def move_cards(self) -> Applied[Any] | None:
        cards, zones = self._card_ids(), self._zone_ids()
        if not cards or not zones:
            return self.add_card()
        moves = [
            board_ops.CardMove(
                CardId(card),
                float(self.rng.randint(0, 2000)),
                float(self.rng.randint(0, 700)),
                ZoneId(self.rng.choice(zones)),
                float(self.rng.randint(60, 200)),
            )
            for card in self.rng.sample(cards, min(len(cards), self.rng.randint(1, 40)))
        ]
        return board_ops.move_cards(self.store, moves)

    def edit_card(self) -> Applied[Any] | None:
        cards = self._card_ids()
        if not cards:
            return self.add_card()
        return board_ops.edit_card(self.store, CardId(self.rng.choice(cards)), text=self._text())

    def cluster_cards(self) -> Applied[Any] | None:
        cards = self._card_ids()
        if len(cards) < 2:
            return self.add_card()
        chosen = [CardId(c) for c in self.rng.sample(cards, min(len(cards), 6))]
        return board_ops.group_cards(self.store, self.workshop_id, chosen, self._text())

    def vote(self) -> Applied[Any] | None:
        cards, people = self._card_ids(), self._person_ids()
        if not cards:
            return self.add_card()
        if self.store.board.rounds.current(self.workshop_id) is None:
            return board_ops.start_vote_round(self.store, self.workshop_id, 3)
        person = PersonId(self.rng.choice(people)) if people and self.rng.random() < 0.7 else None
        return board_ops.cast_vote(self.store, CardId(self.rng.choice(cards)), person)

    def add_alliance(self) -> Applied[Any] | None:
        alliance = Alliance(workshop_id=self.workshop_id, name=self._text(), objective=self._text())
        return alliance_ops.create_alliance(self.store, alliance)

    def alliance_from_cards(self) -> Applied[Any] | None:
        """The board's "alliance from cards": partners from the cards' authors."""
        cards = self._card_ids()
        if not cards:
            return self.add_card()
        chosen = [CardId(c) for c in self.rng.sample(cards, min(len(cards), 3))]
        return alliance_ops.seed_alliance(self.store, self.workshop_id, chosen, self._text())

    def add_partner(self) -> Applied[Any] | None:
        pairs = self.store.db.conn.execute(
            "SELECT a.id, o.id FROM alliances a, organisations o WHERE NOT EXISTS "
            "(SELECT 1 FROM partners p WHERE p.alliance_id = a.id AND p.organisation_id = o.id)"
        ).fetchall()
        if not pairs:
            return self.add_alliance()
        alliance, organisation = self.rng.choice(pairs)
        role = self.rng.choice(list(PartnerRole))
        return alliance_ops.add_partner(
            self.store, AllianceId(alliance), OrganisationId(organisation), role
        )

    def add_commitment(self) -> Applied[Any] | None:
        partners = self.store.db.conn.execute("SELECT alliance_id, organisation_id FROM partners")
        pairs = partners.fetchall()
        if not pairs:
            return self.add_partner()
        alliance, organisation = self.rng.choice(pairs)
        commitment = Commitment(
            partner_id=PartnerId(0),  # the operation finds or adds the partner
            description=self._text(),
            resource_kind=self.rng.choice(list(ResourceKind)),
            quantity=float(self.rng.randint(1, 500)),
            unit="h",
        )
        return alliance_ops.add_commitment(
            self.store, AllianceId(alliance), OrganisationId(organisation), commitment
        )

    def update_commitment(self) -> Applied[Any] | None:
        commitments = self._ids("SELECT id FROM commitments")
        if not commitments:
            return self.add_commitment()
        status = self.rng.choice(list(CommitmentStatus))
        commitment = CommitmentId(self.rng.choice(commitments))
        return alliance_ops.set_commitment_status(self.store, commitment, status)

    def check_in(self) -> Applied[Any] | None:
        people = self._person_ids()
        if not people:
            return self.add_walk_in()
        person = PersonId(self.rng.choice(people))
        if self.rng.random() < 0.8:
            return attendance_ops.check_in(self.store, self.workshop_id, person)
        return attendance_ops.cancel_check_in(self.store, self.workshop_id, person)

    def register(self) -> Applied[Any] | None:
        people = self._person_ids()
        chosen = [PersonId(p) for p in self.rng.sample(people, min(len(people), 8))]
        return attendance_ops.register_people(self.store, self.workshop_id, chosen)

    def add_walk_in(self) -> Applied[Any] | None:
        """A newcomer, and their organisation when it is new, checked in: one operation."""
        return attendance_ops.welcome_walk_in(
            self.store,
            self.workshop_id,
            self.rng.choice(("Zoé", "Jean-Éric", "Ана", "李")),
            self._text(),
            organisation=self._text(),
            kind=self.rng.choice(list(OrganisationKind)),
            email=f"p{self.rng.randint(0, 10**9)}@example.org",
        )

    def merge(self) -> Applied[Any] | None:
        """Merge two organisations, or two people, keeping every link."""
        table = self.rng.choice(("organisations", "people"))
        ids = self._ids(f"SELECT id FROM [{table}]")
        if len(ids) < 3:
            return self.add_walk_in()
        keep, drop = self.rng.sample(ids, 2)
        if table == "organisations":
            return merge_organisations(self.store, OrganisationId(keep), OrganisationId(drop))
        return merge_people(self.store, PersonId(keep), PersonId(drop))

    def delete_something(self) -> Applied[Any] | None:
        """Delete a card, a group, an alliance, a commitment, a person or an organisation."""
        table = self.rng.choice(
            ("cards", "cards", "clusters", "alliances", "commitments", "people")
            + ("organisations",) * (self.rng.random() < 0.2)
        )
        ids = self._ids(f"SELECT id FROM [{table}]")
        if not ids:
            return self.add_card()
        one = self.rng.choice(ids)
        store = self.store
        deletions: dict[str, Callable[[], Applied[Any]]] = {
            "cards": lambda: board_ops.delete_cards(store, [CardId(one)]),
            "clusters": lambda: board_ops.ungroup(store, [ClusterId(one)]),
            "alliances": lambda: alliance_ops.delete_alliance(store, AllianceId(one)),
            "commitments": lambda: alliance_ops.delete_commitment(store, CommitmentId(one)),
            "people": lambda: registry_ops.delete_people(store, [PersonId(one)]),
            "organisations": lambda: registry_ops.delete_organisations(
                store, [OrganisationId(one)]
            ),
        }
        return deletions[table]()

    def actions(self) -> list[tuple[Action, int]]:
        """Each action and its weight: moves and new cards are the most frequent."""
        return [
            (self.add_card, 8),
            (self.move_cards, 8),
            (self.edit_card, 3),
            (self.cluster_cards, 2),
            (self.vote, 4),
            (self.add_alliance, 1),
            (self.add_partner, 1),
            (self.add_commitment, 2),
            (self.update_commitment, 2),
            (self.check_in, 3),
            (self.register, 1),
            (self.add_walk_in, 1),
            (self.delete_something, 2),
            (self.alliance_from_cards, 1),
            (self.merge, 1),
        ]


class ActionLog:
    """The worker's log: lines appended, flushed and fsynced one by one."""

    def __init__(self, path: Path) -> None:
        self._file: TextIO = path.open("a", encoding="utf-8")

    def write(self, line: str) -> None:
        self._file.write(line + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


def run(database: Path, log_path: Path, seed: int, max_actions: int | None = None) -> int:
    """Perform random actions until killed (or max_actions); returns the number committed."""
    rng = random.Random(seed)
    log = ActionLog(log_path)
    store = Store.open(database)
    worker = Worker(store, rng)
    number = seed * 1_000_000
    step: Action = worker.setup
    print("ready", flush=True)
    actions = worker.actions()
    last: Applied[Any] | None = None
    done = 0
    while max_actions is None or done < max_actions:
        kind = getattr(step, "__name__", "undo")
        with store.atomic():
            try:
                applied = step()
            except CatalyseError:  # refused by the core's rules: it wrote nothing
                applied = None
            effects = effects_of(store, applied)
            entry = {"kind": kind, "effects": [e.as_json() for e in effects]}
            log.write(f"begin {number}: {json.dumps(entry, ensure_ascii=False)}")
        log.write(f"committed {number}: {kind}")
        number += 1
        done += 1
        if step != worker.setup and applied is not None and rng.random() < 0.3:
            undo = applied.undo
            assert undo is not None
            step = _undo(store, undo)  # Ctrl+Z right after the action
            continue
        last = applied
        step = rng.choices([a for a, _ in actions], [w for _, w in actions])[0]
    del last
    store.close()
    return done


def _undo(store: Store, undo: Any) -> Action:
    def undo_last() -> Applied[Any]:
        return revert(store, undo)

    undo_last.__name__ = "undo"
    return undo_last


def main(argv: list[str]) -> int:
    run(Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3]) if len(argv) > 3 else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
