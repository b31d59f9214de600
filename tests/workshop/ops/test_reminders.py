"""Recording reminders: one action for the whole batch, undone as one, refused whole."""

from __future__ import annotations

import datetime as dt

import pytest

from workshop import ops
from workshop.domain.records import CommitmentId
from workshop.errors import InvalidInput
from workshop.ops.reminders import Reminded, record_reminders
from workshop.storage.store import Store

NOW = dt.datetime(2026, 12, 1, 9, 30, 12, 345)


def test_reminders_are_recorded_on_each_commitment_and_undone_together(demo_store: Store) -> None:
    """Two commitments reminded: each shows the reminder (when, to whom); one undo removes both."""
    first, second = demo_store.commitments.all()[:2]
    applied = record_reminders(
        demo_store,
        [Reminded(first.id, "Louise Roux", "louise@example.fr"), Reminded(second.id)],
        made_at=NOW,
    )
    (reminder,) = demo_store.reminders.of_commitment(first.id)
    assert (reminder.made_at, reminder.to_name, reminder.to_email, reminder.channel) == (
        NOW.replace(microsecond=0),
        "Louise Roux",
        "louise@example.fr",
        "eml",
    )
    assert set(demo_store.reminders.last_of([first.id, second.id])) == {first.id, second.id}
    assert applied.undo is not None
    ops.revert(demo_store, applied.undo)
    assert demo_store.reminders.count() == 0


def test_a_reminder_for_a_missing_commitment_writes_nothing(demo_store: Store) -> None:
    """One commitment of the batch gone (deleted meanwhile): refused, none recorded."""
    first = demo_store.commitments.all()[0]
    with pytest.raises(InvalidInput, match="n'existe plus"):
        record_reminders(
            demo_store, [Reminded(first.id), Reminded(CommitmentId(99_999))], made_at=NOW
        )
    with pytest.raises(InvalidInput):
        record_reminders(demo_store, [Reminded(first.id)], made_at=NOW, channel="fax")
    assert demo_store.reminders.count() == 0


def test_only_open_dated_commitments_due_in_the_window_are_reminded(demo_store: Store) -> None:
    """Done, abandoned, undated and far-off commitments are left out; the rest are grouped by
    organisation and recipient."""
    from workshop.domain.vocabulary import CommitmentStatus
    from workshop.queries.reminders import reminders_due

    today = dt.date(2027, 1, 10)
    commitments = demo_store.commitments.all()
    dates = ["2027-01-01", "2027-01-12", None, "2027-06-01"]
    for n, commitment in enumerate(commitments):
        demo_store.db.execute(
            "UPDATE commitments SET due_date = ?, status = ? WHERE id = ?",
            [dates[n % 4], "propose" if n % 5 else "realise", commitment.id],
        )
    due = reminders_due(demo_store, today, 7)
    reminded = [view.commitment for reminder in due for view in reminder.commitments]
    assert reminded and all(
        c.status in (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)
        and c.due_date is not None
        and c.due_date <= dt.date(2027, 1, 17)
        for c in reminded
    )
    expected = [
        c.id
        for n, c in enumerate(commitments)
        if n % 5 and dates[n % 4] in ("2027-01-01", "2027-01-12")
    ]
    assert sorted(c.id for c in reminded) == sorted(expected)
    keys = [(r.organisation_id, r.recipient.person_id if r.recipient else None) for r in due]
    assert len(keys) == len(set(keys))
