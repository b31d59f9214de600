"""A worker doing random user actions on a database, logging each one it has committed.

Run as `python -m tools.crash.actions DB LOG SEED`. Each action is one transaction. Before
its commit, the worker appends `begin N: {json}` (the rows it changes, before and after) to
LOG; after the commit, `committed N: KIND`; both lines are flushed and fsynced. The crash
harness (tools.crash.check) kills the worker at random moments and checks the database
against the log.
"""

from __future__ import annotations

import dataclasses
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
    Cluster,
    Commitment,
    Organisation,
    OrganisationId,
    Partner,
    PartnerId,
    Person,
    PersonId,
    Vote,
    Workshop,
    WorkshopId,
    ZoneId,
)
from workshop.domain.vocabulary import CommitmentStatus, OrganisationKind, PartnerRole, ResourceKind
from workshop.ops import alliances as alliances_ops
from workshop.ops.merge import merge_organisations, merge_people
from workshop.storage.rows import to_row
from workshop.storage.snapshots import Snapshot
from workshop.storage.store import Store

# Primary-key columns of the tables without an `id`.
KEYS: dict[str, tuple[str, ...]] = {
    "attendance": ("workshop_id", "person_id"),
    "alliance_cards": ("alliance_id", "card_id"),
}
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


def key_of(table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {column: row[column] for column in KEYS.get(table, ("id",))}


def read_row(store: Store, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
    """The row of `table` with this key, as a dict (None if there is none)."""
    where = " AND ".join(f"[{column}] = ?" for column in key)
    cursor = store.db.conn.execute(f"SELECT * FROM [{table}] WHERE {where}", list(key.values()))
    row = cursor.fetchone()
    if row is None:
        return None
    values = dict(zip([d[0] for d in cursor.description], row, strict=True))
    values.pop("updated_at", None)  # moves with every edit; not part of what an action says
    return values


def _stored(record: object, *columns: str) -> dict[str, Any]:
    """Some columns of a record as SQLite stores them (enums as values, tuples as JSON)."""
    row = to_row(record, with_id=True)
    return {column: row[column] for column in columns}


@dataclass
class Worker:
    """Picks and performs random actions on one workshop, returning what each changed."""

    store: Store
    rng: random.Random
    workshop_id: WorkshopId = field(default=WorkshopId(0))
    effects: list[Effect] = field(default_factory=list)
    last_deleted: Snapshot | None = None

    # -- helpers ---------------------------------------------------------------------------

    def _ids(self, sql: str, params: list[Any] | None = None) -> list[int]:
        return [r[0] for r in self.store.db.conn.execute(sql, params or [])]

    def _text(self) -> str:
        return " ".join(self.rng.sample(WORDS, self.rng.randint(1, 3)))

    def _added(self, table: str, record: object, *columns: str) -> None:
        row = _stored(record, "id", *columns)
        self.effects.append(Effect(table, {"id": row["id"]}, None, row))

    def _changed(self, table: str, key: dict[str, Any], after: dict[str, Any]) -> None:
        before = read_row(self.store, table, key)
        assert before is not None
        self.effects.append(Effect(table, key, before, after))

    def finish_effects(self) -> None:
        """Check each changed row holds the values the action meant to write, and record the
        whole row as written (other columns move too: check-in times, defaults…)."""
        finished = []
        for effect in self.effects:
            after = effect.after
            if after is not None:
                row = read_row(self.store, effect.table, effect.key)
                assert row is not None, f"{effect.table} {effect.key} was not written"
                wrong = {c: (v, row[c]) for c, v in after.items() if c in row and row[c] != v}
                assert not wrong, f"{effect.table} {effect.key}: written {wrong}"
                after = row
            before = effect.before
            if before is not None:
                before = {c: v for c, v in before.items() if c != "updated_at"}
            finished.append(Effect(effect.table, effect.key, before, after))
        self.effects = finished

    def _everything(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Every row of the data tables, by table and primary key (FTS and migrations aside)."""
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        for table in self.store.db.table_names():
            if "_fts" in table or table.startswith(("_", "sqlite_")):
                continue
            pks = KEYS.get(table, ("id",))
            for row in self.store.db.query(f"SELECT * FROM [{table}]"):
                key = {column: row[column] for column in pks}
                # updated_at moves with every later edit, which records only what it changes
                row.pop("updated_at", None)
                rows[(table, json.dumps(key, sort_keys=True))] = row
        return rows

    def _diffed(self, action: Callable[[], object]) -> None:
        """Run an operation of the core and record every row it added, changed or removed."""
        before = self._everything()
        action()
        after = self._everything()
        for table, key in sorted(before.keys() | after.keys()):
            old, new = before.get((table, key)), after.get((table, key))
            if old != new:
                self.effects.append(Effect(table, json.loads(key), old, new))

    def _card_ids(self) -> list[int]:
        return self._ids("SELECT id FROM cards WHERE workshop_id = ?", [self.workshop_id])

    def _zone_ids(self) -> list[int]:
        return self._ids("SELECT id FROM zones WHERE workshop_id = ?", [self.workshop_id])

    def _person_ids(self) -> list[int]:
        return self._ids("SELECT id FROM people")

    # -- actions ---------------------------------------------------------------------------

    def setup(self) -> None:
        """The workshop to work on: the first one, or a new one with zones and people."""
        existing = self._ids("SELECT id FROM workshops ORDER BY id LIMIT 1")
        if existing:
            self.workshop_id = WorkshopId(existing[0])
            return
        workshop = self.store.workshops.add(Workshop(title="Atelier de test de panne"))
        self.workshop_id = workshop.id
        self._added("workshops", workshop, "title")
        for zone in self.store.board.zones.apply_template(workshop.id, "co_construction"):
            self._added("zones", zone, "name", "workshop_id")
        for _ in range(6):
            self.add_walk_in()

    def add_card(self) -> None:
        zones = self._zone_ids()
        card = self.store.board.cards.add(
            Card(
                workshop_id=self.workshop_id,
                text=self._text(),
                zone_id=ZoneId(self.rng.choice(zones)) if zones else None,
                x=float(self.rng.randint(0, 2000)),
                y=float(self.rng.randint(0, 700)),
                sdgs=tuple(sorted(self.rng.sample(range(1, 18), self.rng.randint(0, 3)))),
            )
        )
        self._added("cards", card, "text", "zone_id", "x", "y", "sdgs", "workshop_id")

    def move_cards(self) -> None:
        cards = self._card_ids()
        zones = self._zone_ids()
        if not cards or not zones:
            return self.add_card()
        moves = []
        for card in self.rng.sample(cards, min(len(cards), self.rng.randint(1, 40))):
            x, y = float(self.rng.randint(0, 2000)), float(self.rng.randint(0, 700))
            zone = self.rng.choice(zones)
            self._changed("cards", {"id": card}, {"x": x, "y": y, "zone_id": zone})
            moves.append((CardId(card), x, y, ZoneId(zone)))
        self.store.board.cards.move_many(moves)

    def edit_card(self) -> None:
        cards = self._card_ids()
        if not cards:
            return self.add_card()
        card = self.store.board.cards.get(self.rng.choice(cards))
        text = self._text()
        self._changed("cards", {"id": card.id}, {"text": text})
        self.store.board.cards.update(dataclasses.replace(card, text=text))

    def cluster_cards(self) -> None:
        cards = self._card_ids()
        if len(cards) < 2:
            return self.add_card()
        cluster = self.store.board.clusters.add(
            Cluster(workshop_id=self.workshop_id, label=self._text())
        )
        self._added("clusters", cluster, "label")
        chosen = self.rng.sample(cards, min(len(cards), self.rng.randint(2, 6)))
        for card in chosen:
            self._changed("cards", {"id": card}, {"cluster_id": cluster.id})
        self.store.board.cards.set_cluster([CardId(c) for c in chosen], cluster.id)

    def vote(self) -> None:
        cards = self._card_ids()
        people = self._person_ids()
        if not cards:
            return self.add_card()
        vote = self.store.board.votes.add(
            Vote(
                card_id=CardId(self.rng.choice(cards)),
                person_id=PersonId(self.rng.choice(people)) if people else None,
            )
        )
        self._added("votes", vote, "card_id", "person_id")

    def add_alliance(self) -> None:
        organisations = self._ids("SELECT id FROM organisations")
        if not organisations:
            return self.add_walk_in()
        alliance = self.store.alliances.add(
            Alliance(workshop_id=self.workshop_id, name=self._text(), objective=self._text())
        )
        self._added("alliances", alliance, "name", "objective", "workshop_id")
        for organisation in self.rng.sample(organisations, min(3, len(organisations))):
            self._add_partner(alliance.id, OrganisationId(organisation))
        cards = self._card_ids()
        linked = self.rng.sample(cards, min(len(cards), 2))
        self.store.alliances.link_cards(alliance.id, [CardId(c) for c in linked])
        for card in linked:
            key = {"alliance_id": alliance.id, "card_id": card}
            self.effects.append(Effect("alliance_cards", key, None, key))

    def alliance_from_cards(self) -> None:
        """The alliances screen's "alliance from cards": partners from the cards' authors."""
        cards = self._card_ids()
        if not cards:
            return self.add_card()
        chosen = [CardId(c) for c in self.rng.sample(cards, min(len(cards), 3))]
        self._diffed(
            lambda: alliances_ops.seed_alliance(self.store, self.workshop_id, chosen, self._text())
        )

    def merge(self) -> None:
        """Merge two organisations, or two people, keeping every link."""
        table = self.rng.choice(("organisations", "people"))
        ids = self._ids(f"SELECT id FROM [{table}]")
        if len(ids) < 3:
            return self.add_walk_in()
        keep, drop = self.rng.sample(ids, 2)
        if table == "organisations":
            self._diffed(
                lambda: merge_organisations(self.store, OrganisationId(keep), OrganisationId(drop))
            )
        else:
            self._diffed(lambda: merge_people(self.store, PersonId(keep), PersonId(drop)))

    def _add_partner(self, alliance_id: AllianceId, organisation_id: OrganisationId) -> None:
        partner = self.store.partners.add(
            Partner(
                alliance_id=alliance_id,
                organisation_id=organisation_id,
                role=self.rng.choice(list(PartnerRole)),
            )
        )
        self._added("partners", partner, "alliance_id", "organisation_id", "role")

    def add_partner(self) -> None:
        pairs = self.store.db.conn.execute(
            "SELECT a.id, o.id FROM alliances a, organisations o WHERE NOT EXISTS "
            "(SELECT 1 FROM partners p WHERE p.alliance_id = a.id AND p.organisation_id = o.id)"
        ).fetchall()
        if not pairs:
            return self.add_alliance()
        alliance, organisation = self.rng.choice(pairs)
        self._add_partner(AllianceId(alliance), OrganisationId(organisation))

    def add_commitment(self) -> None:
        partners = self._ids("SELECT id FROM partners")
        if not partners:
            return self.add_alliance()
        commitment = self.store.commitments.add(
            Commitment(
                partner_id=PartnerId(self.rng.choice(partners)),
                description=self._text(),
                resource_kind=self.rng.choice(list(ResourceKind)),
                quantity=float(self.rng.randint(1, 500)),
                unit="h",
            )
        )
        self._added(
            "commitments", commitment, "partner_id", "description", "resource_kind", "quantity"
        )

    def update_commitment(self) -> None:
        commitments = self._ids("SELECT id FROM commitments")
        if not commitments:
            return self.add_commitment()
        commitment = self.store.commitments.get(self.rng.choice(commitments))
        status = self.rng.choice(list(CommitmentStatus))
        note = self._text()
        self._changed("commitments", {"id": commitment.id}, {"status": status.value, "note": note})
        self.store.commitments.update(dataclasses.replace(commitment, status=status, note=note))

    def check_in(self) -> None:
        people = self._person_ids()
        if not people:
            return self.add_walk_in()
        person = PersonId(self.rng.choice(people))
        present = self.rng.random() < 0.8
        key = {"workshop_id": self.workshop_id, "person_id": person}
        before = read_row(self.store, "attendance", key)
        self.store.attendance.set_present(self.workshop_id, person, present)
        self.effects.append(Effect("attendance", key, before, {"present": int(present)}))

    def register(self) -> None:
        people = self._person_ids()
        chosen = self.rng.sample(people, min(len(people), self.rng.randint(1, 8)))
        for person in chosen:
            key = {"workshop_id": self.workshop_id, "person_id": person}
            if read_row(self.store, "attendance", key) is None:
                self.effects.append(Effect("attendance", key, None, key))
        self.store.attendance.register(self.workshop_id, [PersonId(p) for p in chosen])

    def add_walk_in(self) -> None:
        """A newcomer: a new organisation and a person in it, checked in."""
        organisation = self.store.organisations.add(
            Organisation(name=self._text(), kind=self.rng.choice(list(OrganisationKind)))
        )
        self._added("organisations", organisation, "name", "kind")
        person = self.store.people.add(
            Person(
                first_name=self.rng.choice(("Zoé", "Jean-Éric", "Ана", "李")),
                last_name=self._text(),
                organisation_id=organisation.id,
                email=f"p{self.rng.randint(0, 10**9)}@example.org",
            )
        )
        self._added("people", person, "first_name", "last_name", "organisation_id", "email")
        self.store.attendance.set_present(self.workshop_id, person.id, True)
        key = {"workshop_id": self.workshop_id, "person_id": person.id}
        self.effects.append(Effect("attendance", key, None, {"present": 1}))

    def delete_something(self) -> None:
        """Delete a card, cluster, vote, alliance, commitment, person or organisation."""
        table = self.rng.choice(
            ("cards", "cards", "clusters", "votes", "alliances", "commitments", "people")
            + ("organisations",) * (self.rng.random() < 0.2)
        )
        ids = self._ids(f"SELECT id FROM [{table}]")
        if not ids:
            return self.add_card()
        snapshot = self.store.delete(table, self.rng.sample(ids, 1))
        self.last_deleted = snapshot
        for removed_table, row in snapshot.rows:
            key = key_of(removed_table, row)
            self.effects.append(Effect(removed_table, key, row, None))
        for unlinked_table, column, rowid, value in snapshot.unlinked:
            self.effects.append(
                Effect(unlinked_table, {"id": rowid}, {column: value}, {column: None})
            )

    def undo_delete(self) -> None:
        """Ctrl+Z right after a delete: everything it removed or unlinked comes back."""
        snapshot, self.last_deleted = self.last_deleted, None
        if snapshot is None:
            return self.add_card()
        self._diffed(lambda: self.store.restore(snapshot))

    def actions(self) -> list[tuple[Callable[[], None], int]]:
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
    step: Callable[[], None] = worker.setup
    print("ready", flush=True)
    actions = worker.actions()
    done = 0
    while max_actions is None or done < max_actions:
        worker.effects = []
        with store.db.atomic():
            step()
            worker.finish_effects()
            entry = {"kind": step.__name__, "effects": [e.as_json() for e in worker.effects]}
            log.write(f"begin {number}: {json.dumps(entry, ensure_ascii=False)}")
        log.write(f"committed {number}: {step.__name__}")
        number += 1
        done += 1
        if worker.last_deleted is not None and rng.random() < 0.5:
            step = worker.undo_delete  # an undo comes right after the delete, or never
            continue
        worker.last_deleted = None
        step = rng.choices([a for a, _ in actions], [w for _, w in actions])[0]
    store.close()
    return done


def main(argv: list[str]) -> int:
    run(Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3]) if len(argv) > 3 else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
