"""An import that can be undone: it remembers the records it created and what it overwrote.

The import is first tried inside a savepoint that is rolled back, to learn which people and
organisations it will touch; their current rows (and their attendance at the workshop) are
kept, then the import runs for real. Undo deletes what was created and puts back the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from workshop.importing import ImportReport, Mapping, RawTable, import_rows
from workshop.records import WorkshopId
from workshop.storage.store import Store
from workshop.vocabulary import Lang


@dataclass
class ImportUndo:
    """What undoing one import needs: rows as they were, and the ids the import created."""

    workshop_id: WorkshopId | None
    before: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    created: dict[str, list[int]] = field(default_factory=dict)
    registered: list[int] = field(default_factory=list)  # people newly registered


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


IN_LIST = "IN (SELECT value FROM json_each(?))"  # any number of ids, as one JSON parameter


def _rows(store: Store, table: str, ids: list[int]) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in store.db.query(f"SELECT * FROM {table} WHERE id {IN_LIST}", [json.dumps(ids)])
    ]


def _registered(store: Store, workshop_id: WorkshopId | None) -> set[int]:
    if workshop_id is None:
        return set()
    rows = store.db.execute("SELECT person_id FROM attendance WHERE workshop_id = ?", [workshop_id])
    return {row[0] for row in rows}


def import_with_undo(
    store: Store,
    table: RawTable,
    mapping: Mapping,
    workshop_id: WorkshopId | None = None,
    lang: Lang = "fr",
) -> tuple[ImportReport, ImportUndo]:
    """Run `import_rows` in one transaction and return its report and how to undo it."""
    with store.db.atomic():
        try:
            with store.db.atomic():
                raise _DryRun(import_rows(store, table, mapping, workshop_id, lang))
        except _DryRun as dry:
            touched: dict[str, list[int]] = {
                "organisations": sorted(set(dry.report.organisation_ids)),
                "people": sorted(set(dry.report.person_ids)),
            }
        undo = ImportUndo(workshop_id)
        for name, ids in touched.items():
            undo.before[name] = _rows(store, name, ids)
        already = _registered(store, workshop_id)
        report = import_rows(store, table, mapping, workshop_id, lang)
        named: dict[str, set[int]] = {
            "organisations": set(report.organisation_ids),
            "people": set(report.person_ids),
        }
        for name, ids_named in named.items():
            known = {row["id"] for row in undo.before.get(name, [])}
            undo.created[name] = sorted(ids_named - known)
        undo.registered = sorted(_registered(store, workshop_id) - already)
    return report, undo


def undo_import(store: Store, undo: ImportUndo) -> None:
    """Put the registry back as it was before the import, in one transaction."""
    with store.db.atomic():
        if undo.workshop_id is not None and undo.registered:
            store.db.execute(
                f"DELETE FROM attendance WHERE workshop_id = ? AND person_id {IN_LIST}",
                [undo.workshop_id, json.dumps(undo.registered)],
            )
        for name in ("people", "organisations"):
            store.db.execute(
                f"DELETE FROM {name} WHERE id {IN_LIST}", [json.dumps(undo.created.get(name, []))]
            )
            for row in undo.before.get(name, []):
                store.db.table(name).update(row["id"], row)
