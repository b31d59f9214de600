"""Handing a workshop over to another catalyst: one `.catalyse` file (JSON) with the workshop,
its board, alliances, commitments and follow-up, and the organisations and people involved.

People's e-mails and phones travel only when asked, with the GDPR basis the sender records;
internal notes never do. The bundle names its format and version, so that a newer bundle is
refused by an older Catalyse instead of being half read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.domain.bundle import BUNDLE_FORMAT, BUNDLE_VERSION, derived_origin
from workshop.domain.records import WorkshopId
from workshop.storage.store import Store

__all__ = ["BUNDLE_FORMAT", "BUNDLE_VERSION", "SharedCounts", "share_payload", "write_share"]

GDPR_BASES = ("consent", "legitimate_interest", "contract")

# Columns that stay home: internal notes, the local clocks, a workshop's live state.
_PRIVATE = {
    "organisations": {"notes", "created_at", "updated_at"},
    "people": {"notes", "created_at", "updated_at"},
    "workshops": {"timer_state", "previous_workshop_id", "origin"},
}
_CONTACT_COLUMNS = {"email", "phone"}


@dataclass(frozen=True)
class SharedCounts:
    """What a bundle holds, as the command line reports it."""

    organisations: int
    people: int
    cards: int
    alliances: int
    commitments: int


def origin_of(store: Store, workshop_id: WorkshopId) -> str:
    """The workshop's bundle id: the one it came with, else one derived from its creation."""
    row = store.db.execute(
        "SELECT origin, created_at FROM workshops WHERE id = ?", [workshop_id]
    ).fetchone()
    if row[0]:
        return str(row[0])
    return derived_origin(workshop_id, str(row[1]))


def _rows(store: Store, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = store.db.execute(f"SELECT * FROM [{table}] WHERE {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    private = _PRIVATE.get(table, set())
    return [{k: v for k, v in zip(names, row, strict=True) if k not in private} for row in cursor]


def _pairs(store: Store, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = store.db.execute(f"SELECT * FROM [{table}] WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def share_payload(
    store: Store, workshop_id: WorkshopId, *, contacts: bool = False, basis: str = ""
) -> dict[str, Any]:
    """The bundle's content: every row of the workshop, with the ids of this database (the
    importing side maps them to its own)."""
    w = [workshop_id]
    alliances = "workshop_id = ?"
    partners = f"alliance_id IN (SELECT id FROM alliances WHERE {alliances})"
    commitments = f"partner_id IN (SELECT id FROM partners WHERE {partners})"
    cards = "workshop_id = ?"
    of_alliances = f"alliance_id IN (SELECT id FROM alliances WHERE {alliances})"
    of_commitments = f"commitment_id IN (SELECT id FROM commitments WHERE {commitments})"
    people_where = (
        "id IN (SELECT person_id FROM attendance WHERE workshop_id = ?)"
        " OR id IN (SELECT person_id FROM cards WHERE workshop_id = ?)"
        f" OR id IN (SELECT contact_person_id FROM partners WHERE {partners})"
        f" OR id IN (SELECT signatory_id FROM commitments WHERE {commitments})"
    )
    people = _rows(store, "people", people_where, [workshop_id] * 4)
    if not contacts:
        people = [{k: v for k, v in p.items() if k not in _CONTACT_COLUMNS} for p in people]
    organisations_where = (
        "id IN (SELECT organisation_id FROM cards WHERE workshop_id = ?)"
        f" OR id IN (SELECT organisation_id FROM partners WHERE {partners})"
        + (
            " OR id IN (" + ",".join(str(int(p["organisation_id"])) for p in people) + ")"
            if any(p.get("organisation_id") for p in people)
            else ""
        )
    )
    payload: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "origin": origin_of(store, workshop_id),
        "contacts": contacts,
        "gdpr_basis": basis if contacts else "",
        "workshop": _rows(store, "workshops", "id = ?", w)[0],
        "organisations": _rows(store, "organisations", organisations_where, [workshop_id] * 2),
        "people": people,
        "attendance": _pairs(store, "attendance", "workshop_id = ?", w),
        "zones": _rows(store, "zones", "workshop_id = ?", w),
        "clusters": _rows(store, "clusters", "workshop_id = ?", w),
        "vote_rounds": _rows(store, "vote_rounds", "workshop_id = ?", w),
        "cards": _rows(store, "cards", cards, w),
        "votes": _rows(store, "votes", f"card_id IN (SELECT id FROM cards WHERE {cards})", w),
        "alliances": _rows(store, "alliances", alliances, w),
        "alliance_cards": _pairs(store, "alliance_cards", of_alliances, w),
        "partners": _rows(store, "partners", partners, w),
        "commitments": _rows(store, "commitments", commitments, w),
        "reminders": _rows(store, "reminders", of_commitments, w),
        "commitment_changes": _rows(store, "commitment_changes", of_commitments, w),
        "decisions": _rows(store, "decisions", "workshop_id = ?", w),
    }
    return payload


def write_share(
    store: Store,
    workshop_id: WorkshopId,
    path: Path,
    *,
    contacts: bool = False,
    basis: str = "",
    now: dt.datetime | None = None,
) -> SharedCounts:
    """Write the bundle to `path` (private to the user: it holds people's names), atomically:
    a failed write leaves no half file."""
    payload = share_payload(store, workshop_id, contacts=contacts, basis=basis)
    payload["exported_at"] = (now or dt.datetime.now()).replace(microsecond=0).isoformat()
    data = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode()
    temporary = path.with_name(f".{path.name}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return SharedCounts(
        organisations=len(payload["organisations"]),
        people=len(payload["people"]),
        cards=len(payload["cards"]),
        alliances=len(payload["alliances"]),
        commitments=len(payload["commitments"]),
    )
