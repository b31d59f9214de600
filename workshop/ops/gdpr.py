"""Personal data (GDPR): what is stored about a person, real erasure, retention periods.

Erasure keeps the workshop's work (cards, votes, commitments) but cuts it from the person,
deletes the person, squeezes them out of the search index, and checkpoints the WAL so
that no copy of their data stays in the database file or its -wal file (secure_delete
is on: SQLite overwrites deleted content). Backups taken earlier still hold them.
Erasure cannot be undone: it is not journaled (an undo would have to keep the data in memory),
and its Applied has no undo, which clears the undo history (older steps could bring it back).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop.domain.changes import Area
from workshop.domain.records import PersonId
from workshop.errors import NotFound
from workshop.ops import Applied, unrecorded
from workshop.storage.store import Store

# What an erasure changes: the person, their attendance, and the work it unlinks from them.
ERASED_AREAS = (Area.PEOPLE, Area.ATTENDANCE, Area.BOARD, Area.ALLIANCES, Area.COMMITMENTS)

# Where a person is referred to, and how erasure cuts the link: (table, column, report field).
_LINKS = (
    ("cards", "person_id", "cards"),
    ("votes", "person_id", "votes"),
    ("commitments", "signatory_id", "commitments"),
    ("partners", "contact_person_id", "contacts"),
)


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in store.db.query(sql, params)]


def person_data(store: Store, person_id: PersonId) -> dict[str, Any]:
    """Everything Catalyse stores about a person, as plain JSON-ready data (right of access)."""
    found = _rows(store, "SELECT * FROM people WHERE id = ?", [person_id])
    if not found:
        raise NotFound(f"no person with id {person_id}")
    person = found[0]
    organisation = _rows(
        store, "SELECT * FROM organisations WHERE id = ?", [person["organisation_id"]]
    )
    return {
        "person": person,
        "organisation": organisation[0] if organisation else None,
        "attendance": _rows(
            store,
            """SELECT a.workshop_id, w.title AS workshop, w.date, a.present, a.checked_in_at
               FROM attendance a JOIN workshops w ON w.id = a.workshop_id
               WHERE a.person_id = ? ORDER BY w.date, w.id""",
            [person_id],
        ),
        "cards": _rows(
            store,
            """SELECT c.id, w.title AS workshop, c.text, c.created_at
               FROM cards c JOIN workshops w ON w.id = c.workshop_id
               WHERE c.person_id = ? ORDER BY c.id""",
            [person_id],
        ),
        "votes": _rows(
            store,
            """SELECT v.card_id, c.text AS card, w.title AS workshop
               FROM votes v JOIN cards c ON c.id = v.card_id
               JOIN workshops w ON w.id = c.workshop_id
               WHERE v.person_id = ? ORDER BY v.id""",
            [person_id],
        ),
        "partner_contacts": _rows(
            store,
            """SELECT a.name AS alliance, o.name AS organisation, p.role
               FROM partners p JOIN alliances a ON a.id = p.alliance_id
               JOIN organisations o ON o.id = p.organisation_id
               WHERE p.contact_person_id = ? ORDER BY p.id""",
            [person_id],
        ),
        "commitments_signed": _rows(
            store,
            """SELECT c.id, c.description, a.name AS alliance, o.name AS organisation,
                      c.status, c.due_date
               FROM commitments c JOIN partners p ON p.id = c.partner_id
               JOIN alliances a ON a.id = p.alliance_id
               JOIN organisations o ON o.id = p.organisation_id
               WHERE c.signatory_id = ? ORDER BY c.id""",
            [person_id],
        ),
    }


def export_person_json(
    store: Store, person_id: PersonId, path: Path, now: dt.datetime | None = None
) -> dict[str, Any]:
    """Write a person's data to a JSON file (UTF-8, readable by a human) and return it."""
    data = {
        "exported_at": (now or dt.datetime.now()).isoformat(timespec="seconds"),
        "exported_by": "Catalyse",
        **person_data(store, person_id),
    }
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return data


@dataclass
class ErasureReport:
    """Who was erased, and how many of their contributions were kept without their name."""

    people: list[str] = field(default_factory=list)
    cards: int = 0
    votes: int = 0
    commitments: int = 0
    contacts: int = 0
    attendance: int = 0
    wal_cleared: bool = False  # false while a reader kept erased bytes in the file or journal
    traces: tuple[str, ...] = ()  # the erased values looked for in the file (see finish_erasure)
    # Backups taken earlier, which still hold the erased people: counted by the caller that
    # lists them (the command line), the backups being a layer above the operations.
    backups: int = 0

    def lines(self) -> list[str]:
        """The report in French, as the command line prints it."""
        lines = [
            f"personnes effacées : {len(self.people)}",
            f"contributions gardées sans nom : {self.cards} post-it, {self.votes} votes, "
            f"{self.commitments} engagements, {self.contacts} contacts d'alliance",
            f"présences supprimées : {self.attendance}",
        ]
        if not self.wal_cleared:
            lines.append("attention : une autre connexion lit la base, le journal sera vidé après")
        if self.backups == 1:
            lines.append("1 sauvegarde antérieure les contient encore" + _ROTATION)
        elif self.backups:
            held = f"{self.backups} sauvegardes antérieures les contiennent encore"
            lines.append(held + _ROTATION)
        return lines


_ROTATION = " (elles disparaissent avec la rotation des sauvegardes)"


def erase_people(store: Store, person_ids: list[PersonId]) -> Applied[ErasureReport]:
    """Erase people for good (right to erasure), in one transaction, leaving no copy behind.

    Cards, votes, signed commitments and alliance contacts are kept, anonymised. Not undoable:
    nothing of the erased people is journaled, and the Applied's undo is None.
    """
    report = ErasureReport()
    if not person_ids:
        return unrecorded(report)
    marks = ",".join("?" * len(person_ids))
    ids = list(person_ids)
    with store.atomic():
        rows = list(
            store.db.query(
                f"SELECT id, first_name, last_name, email, phone FROM people WHERE id IN ({marks})",
                ids,
            )
        )
        names = {
            row["id"]: f"{row['first_name']} {row['last_name']}".strip() or row["email"]
            for row in rows
        }
        # What identifies them alone, looked for in the file afterwards: their e-mail address
        # (a surname or a phone number can be someone else's too).
        report.traces = tuple(
            row["email"] for row in rows if len((row["email"] or "").encode()) >= MIN_TRACE_BYTES
        )
        missing = [i for i in ids if i not in names]
        if missing:
            raise NotFound(f"no person with id {missing[0]}")
        report.people = [names[i] for i in ids]
        for table, column, counter in _LINKS:
            cursor = store.db.execute(
                f"UPDATE {table} SET {column} = NULL WHERE {column} IN ({marks})", ids
            )
            setattr(report, counter, cursor.rowcount)
        report.attendance = store.db.execute(
            f"DELETE FROM attendance WHERE person_id IN ({marks})", ids
        ).rowcount
        # What they sent from a phone that still waits for moderation goes with them.
        store.db.execute(
            f"DELETE FROM live_inbox WHERE json_extract(author, '$.person_id') IN ({marks})", ids
        )
        store.db.execute(f"DELETE FROM people WHERE id IN ({marks})", ids)
        # FTS5 keeps deleted words in old segments until they are merged: merge now.
        store.db.execute("INSERT INTO people_fts(people_fts) VALUES('optimize')")
    report.wal_cleared = finish_erasure(store, report.traces)
    return unrecorded(report, *ERASED_AREAS)


# Shorter values (a two-letter surname) would be found by chance in unrelated bytes.
MIN_TRACE_BYTES = 4


def finish_erasure(store: Store, traces: tuple[str, ...]) -> bool:
    """Fold the journal into the file and check that none of the erased values is left in the
    file or its journal; False while a reader (a report, an export) holds older pages: then
    call it again once it is done (the next write does it too).

    The checkpoint waits for readers up to the store's busy timeout.
    """
    busy = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return False
    needles = [trace.encode() for trace in traces]
    for path in (Path(store.path), Path(f"{store.path}-wal")):
        if path.is_file() and any(needle in path.read_bytes() for needle in needles):
            return False
    return True


def erase_person(store: Store, person_id: PersonId) -> Applied[ErasureReport]:
    """Erase one person for good (see erase_people)."""
    return erase_people(store, [person_id])


@dataclass(frozen=True)
class RetentionCandidate:
    """A person not seen for longer than the retention period."""

    person_id: PersonId
    name: str
    last_seen: dt.date


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def people_past_retention(
    store: Store, years: int = 3, today: dt.date | None = None
) -> list[RetentionCandidate]:
    """People whose last workshop (or, never seen at one, their record's creation) is older
    than `years` years (the CNIL's usual period for contacts is three years)."""
    cutoff = _years_before(today or dt.date.today(), years)
    rows = store.db.query(
        """SELECT p.id, p.first_name, p.last_name, p.email,
                  coalesce(
                      (SELECT max(coalesce(w.date, substr(w.created_at, 1, 10)))
                       FROM attendance a JOIN workshops w ON w.id = a.workshop_id
                       WHERE a.person_id = p.id),
                      substr(p.created_at, 1, 10)) AS last_seen
           FROM people p
           ORDER BY last_seen, p.last_name, p.first_name, p.id"""
    )
    return [
        RetentionCandidate(
            PersonId(row["id"]),
            f"{row['first_name']} {row['last_name']}".strip() or row["email"],
            dt.date.fromisoformat(row["last_seen"]),
        )
        for row in rows
        if dt.date.fromisoformat(row["last_seen"]) < cutoff
    ]


def purge(
    store: Store, years: int = 3, today: dt.date | None = None, dry_run: bool = False
) -> Applied[list[RetentionCandidate]]:
    """Erase everyone past the retention period (unless dry_run) and list who it was.

    Not undoable, like any erasure (see erase_people).
    """
    candidates = people_past_retention(store, years, today)
    if not candidates or dry_run:
        return unrecorded(candidates)
    erased = erase_people(store, [c.person_id for c in candidates])
    return unrecorded(candidates, *erased.changes.areas)
