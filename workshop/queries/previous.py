"""What a workshop follows up: the workshop before it and the commitments made there."""

from __future__ import annotations

from workshop.domain.quantities import OPEN_STATUSES
from workshop.domain.records import Workshop
from workshop.queries.commitments import CommitmentView, commitment_views
from workshop.storage.store import Store

__all__ = ["previous_commitments", "previous_workshop"]


def previous_workshop(store: Store, workshop: Workshop) -> Workshop | None:
    """The workshop this one follows: the one it is linked to, else the latest earlier workshop
    held on the same territory (None when there is none, or the workshop has no date)."""
    if workshop.previous_workshop_id is not None:
        found = store.workshops.find("id = ?", [workshop.previous_workshop_id])
        if found:
            return found[0]
    if workshop.date is None or not workshop.territory.strip():
        return None
    earlier = store.workshops.find(
        "id != ? AND date IS NOT NULL AND date < ? AND territory = ? COLLATE NOCASE",
        [workshop.id, workshop.date.isoformat(), workshop.territory.strip()],
        order_by="date DESC, id DESC",
    )
    return earlier[0] if earlier else None


def previous_commitments(
    store: Store, workshop: Workshop, *, open_only: bool = True
) -> tuple[Workshop | None, list[CommitmentView]]:
    """The previous workshop and its commitments (the open ones: proposed or confirmed), by
    due date, to review at the start of this one."""
    previous = previous_workshop(store, workshop)
    if previous is None:
        return None, []
    views = commitment_views(
        store, workshop_id=previous.id, statuses=OPEN_STATUSES if open_only else ()
    )
    views.sort(key=lambda v: (v.commitment.due_date is None, v.commitment.due_date, v.id))
    return previous, views
