"""A commitment's history: idea card → alliance → commitment → reminders → status changes."""

from __future__ import annotations

import datetime as dt

from workshop import ops
from workshop.domain.vocabulary import CommitmentStatus
from workshop.ops.alliances import set_commitments_status
from workshop.ops.reminders import Reminded, record_reminders
from workshop.queries.timeline import commitment_timeline, describe
from workshop.storage.store import Store


def test_the_timeline_follows_a_card_to_its_reminders_and_status_changes(
    demo_store: Store,
) -> None:
    """A commitment made from a board card, reminded, then confirmed: each step shows in order,
    in words, and undoing the confirmation takes its line away."""
    from workshop.ops.alliances import card_to_commitment
    from workshop.queries.commitments import card_organisation

    card = next(
        c for c in demo_store.board.cards.all() if card_organisation(demo_store, c.id) is not None
    )
    alliance = demo_store.alliances.all()[0]
    commitment = card_to_commitment(demo_store, card.id, alliance.id).result
    record_reminders(
        demo_store,
        [Reminded(commitment.id, "Louise Roux")],
        made_at=dt.datetime.now(),
    )
    target = (
        CommitmentStatus.REALISE
        if commitment.status != CommitmentStatus.REALISE
        else CommitmentStatus.CONFIRME
    )
    applied = set_commitments_status(demo_store, [commitment.id], target)
    events = commitment_timeline(demo_store, commitment.id)
    kinds = [e.kind for e in events]
    assert kinds.index("card") < kinds.index("commitment") < kinds.index("reminder")
    assert kinds[-2:] == ["reminder", "status"]
    lines = [describe(e, "fr") for e in events]
    assert any(line.startswith("Idée au tableau") for line in lines)
    assert "Relance à Louise Roux (brouillon .eml)" in lines
    status_line = next(line for line in lines if line.startswith("Statut"))
    assert target.label("fr").lower() in status_line
    assert describe(events[-1], "en") != describe(events[-1], "fr")
    assert applied.undo is not None
    ops.revert(demo_store, applied.undo)
    assert "status" not in [e.kind for e in commitment_timeline(demo_store, commitment.id)]


def test_a_due_date_moved_shows_both_dates(demo_store: Store) -> None:
    """Carrying a commitment over to a new date records the old and new dates."""
    import dataclasses

    commitment = demo_store.commitments.all()[0]
    demo_store.commitments.update(dataclasses.replace(commitment, due_date=dt.date(2027, 9, 30)))
    (event,) = [e for e in commitment_timeline(demo_store, commitment.id) if e.kind == "due_date"]
    assert describe(event, "fr").endswith("→ 30/09/2027")
    assert demo_store.commitments.changes(commitment.id)[0].new == "2027-09-30"
