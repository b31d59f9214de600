"""Commitments written out: a table (.csv, .xlsx, injection-safe) or a calendar (.ics)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workshop.domain.quantities import format_quantity
from workshop.domain.records import WorkshopId
from workshop.errors import CatalyseError
from workshop.exporting.ics import AllDayEvent, write_calendar
from workshop.exporting.tables import Cell, write_table
from workshop.queries.commitments import CommitmentView, commitment_views
from workshop.storage.store import Store

HEADERS = (
    "Atelier",
    "Alliance",
    "Partenaire",
    "Rôle",
    "Signataire",
    "Engagement",
    "Ressource",
    "Quantité",
    "Unité",
    "Échéance",
    "Statut",
    "Note",
)


def export_commitments(
    store: Store,
    path: Path,
    workshop_id: WorkshopId | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Write the commitments (one workshop's, or all) to .csv, .xlsx or .ics; returns the count."""
    views = commitment_views(store, workshop_id=workshop_id)
    suffix = path.suffix.lower()
    if suffix == ".ics":
        events = [_event(v) for v in views if v.commitment.due_date is not None]
        write_calendar(path, events, now or dt.datetime.now(dt.UTC), "Catalyse : engagements")
        return len(events)
    if suffix not in (".csv", ".xlsx"):
        raise CatalyseError(f"cannot write {path.name}: the file must end in .csv, .xlsx or .ics")
    return write_table(path, HEADERS, (_row(v) for v in views))


def _row(view: CommitmentView) -> list[Cell]:
    c = view.commitment
    return [
        view.workshop,
        view.alliance,
        view.organisation,
        view.role.label("fr"),
        view.signatory,
        c.description,
        c.resource_kind.label("fr"),
        _number(c.quantity),
        c.unit,
        c.due_date,
        c.status.label("fr"),
        c.note,
    ]


def _event(view: CommitmentView) -> AllDayEvent:
    c = view.commitment
    assert c.due_date is not None
    amount = f" ({format_quantity(c.quantity)} {c.unit})".rstrip() if c.quantity else ""
    description = "\n".join(
        line
        for line in (
            f"Alliance : {view.alliance}",
            f"Partenaire : {view.organisation}",
            f"Signataire : {view.signatory}" if view.signatory else "",
            f"Ressource : {c.resource_kind.label('fr')}{amount}",
            f"Statut : {c.status.label('fr')}",
            c.note,
        )
        if line
    )
    return AllDayEvent(
        uid=f"commitment-{c.id}-{view.alliance_id}@catalyse",
        day=c.due_date,
        summary=f"{view.organisation} : {c.description}",
        description=description,
        categories=view.alliance,
    )


def _number(value: float | None) -> float | int | None:
    """Whole quantities as integers (4500, not 4500.0) for the spreadsheet."""
    return int(value) if value is not None and value.is_integer() else value
