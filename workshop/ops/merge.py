"""Merging two duplicate organisations or people into one, keeping every link, reversibly.

A merge re-points every row that named the dropped record (people, cards, partners,
attendance, votes, commitments' signatories, contacts) to the kept one, fills the kept
record's empty fields from the dropped one, then deletes the dropped record, all in one
operation: `revert(store, applied.undo)` puts the database back exactly as before.
"""

from __future__ import annotations

import json
from typing import Any

from workshop.domain.records import Organisation, OrganisationId, Person, PersonId
from workshop.domain.vocabulary import Lang
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.storage.store import Store

PLACE_COLUMNS = ("commune_code", "commune_name", "postcode", "latitude", "longitude")


class _Merger:
    """Writes a merge's changes (the operation's journal keeps how to undo them)."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def set(self, table: str, where: str, params: list[Any], column: str, value: Any) -> None:
        """Set one column of the rows matching `where`."""
        self.db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE {where}", [value, *params])

    def delete(self, table: str, where: str, params: list[Any]) -> None:
        """Delete rows (nothing may still depend on them)."""
        self.db.execute(f"DELETE FROM [{table}] WHERE {where}", params)

    def repoint_links(self, table: str, keep_id: int, drop_id: int) -> None:
        """Every foreign key to `table` that names the dropped row now names the kept one."""
        for child in self.db.table_names():
            if child.startswith("_") or "_fts" in child:
                continue
            for link in self.db.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
                if link[2] == table:
                    column = link[3]
                    self.set(child, f"[{column}] = ?", [drop_id], column, keep_id)

    def fill_fields(self, table: str, keep_id: int, drop_id: int, lists: tuple[str, ...]) -> None:
        """Empty text fields of the kept row take the dropped row's; JSON lists are united."""
        keep = next(iter(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [keep_id])))
        drop = next(iter(self.db.query(f"SELECT * FROM [{table}] WHERE id = ?", [drop_id])))
        for column, value in keep.items():
            if column in ("id", "created_at", "updated_at") or drop[column] in (None, ""):
                continue
            if column in lists:
                united = json.loads(value or "[]")
                united += [v for v in json.loads(drop[column] or "[]") if v not in united]
                merged: Any = json.dumps(sorted(united) if column == "sdgs" else united)
            elif column == "notes" and value and drop[column] != value:
                merged = f"{value}\n{drop[column]}"
            elif value in (None, ""):
                merged = drop[column]
            else:
                continue
            if merged != value:
                self.set(table, "id = ?", [keep_id], column, merged)


def merge_organisations(
    store: Store, keep_id: OrganisationId, drop_id: OrganisationId, *, lang: Lang = "fr"
) -> Applied[Organisation]:
    """Merge a duplicate organisation into the one kept: its people, cards, partnerships follow.

    When both were partners of one alliance, the dropped partner's commitments move to the
    kept partner, which also takes its contact person if it had none. The result is the kept
    organisation, completed.
    """
    if keep_id == drop_id:
        raise InvalidInput(
            "Choisissez deux structures différentes à fusionner."
            if lang == "fr"
            else "Choose two different organisations to merge."
        )
    keep, drop = store.organisations.get(keep_id), store.organisations.get(drop_id)  # NotFound
    merger = _Merger(store)
    with operation(store) as op:
        merger.fill_fields("organisations", keep_id, drop_id, ("offers", "sdgs"))
        # Where it is goes as a whole: the kept one's commune, else the dropped one's (never
        # one's commune with the other's postcode or point).
        place = keep if keep.commune_code or keep.commune_name else drop
        if place.commune_code or place.commune_name:
            for column in PLACE_COLUMNS:
                merger.set("organisations", "id = ?", [keep_id], column, getattr(place, column))
        for partner in store.partners.of_organisation(drop_id):
            twin = store.db.execute(
                "SELECT id, contact_person_id FROM partners WHERE alliance_id = ? "
                "AND organisation_id = ?",
                [partner.alliance_id, keep_id],
            ).fetchone()
            if twin is None:
                merger.set("partners", "id = ?", [partner.id], "organisation_id", keep_id)
                continue
            merger.set("commitments", "partner_id = ?", [partner.id], "partner_id", twin[0])
            if twin[1] is None and partner.contact_person_id is not None:
                merger.set(
                    "partners", "id = ?", [twin[0]], "contact_person_id", partner.contact_person_id
                )
            merger.delete("partners", "id = ?", [partner.id])
        merger.repoint_links("organisations", keep_id, drop_id)
        merger.delete("organisations", "id = ?", [drop_id])
        kept = store.organisations.get(keep_id)
    return op.applied(kept)


def merge_people(
    store: Store, keep_id: PersonId, drop_id: PersonId, *, lang: Lang = "fr"
) -> Applied[Person]:
    """Merge a duplicate person into the one kept: attendance, cards, votes, signatures follow.

    Attendance at a workshop both were registered for is kept once, present if either was.
    The result is the kept person, completed.
    """
    if keep_id == drop_id:
        raise InvalidInput(
            "Choisissez deux personnes différentes à fusionner."
            if lang == "fr"
            else "Choose two different people to merge."
        )
    for person_id in (keep_id, drop_id):
        store.people.get(person_id)  # NotFound for an unknown id
    merger = _Merger(store)
    with operation(store) as op:
        merger.fill_fields("people", keep_id, drop_id, ())
        for attendance in store.db.query(
            "SELECT workshop_id, present, checked_in_at, checked_in_via FROM attendance "
            "WHERE person_id = ?",
            [drop_id],
        ):
            workshop = attendance["workshop_id"]
            kept = store.attendance.get(workshop, keep_id)
            if kept is None:
                merger.set(
                    "attendance",
                    "workshop_id = ? AND person_id = ?",
                    [workshop, drop_id],
                    "person_id",
                    keep_id,
                )
                continue
            if attendance["present"] and not kept.present:
                where, params = "workshop_id = ? AND person_id = ?", [workshop, keep_id]
                merger.set("attendance", where, params, "present", 1)
                merger.set(
                    "attendance", where, params, "checked_in_at", attendance["checked_in_at"]
                )
                merger.set(
                    "attendance", where, params, "checked_in_via", attendance["checked_in_via"]
                )
            merger.delete("attendance", "workshop_id = ? AND person_id = ?", [workshop, drop_id])
        merger.repoint_links("people", keep_id, drop_id)
        merger.delete("people", "id = ?", [drop_id])
        person = store.people.get(keep_id)
    return op.applied(person)
