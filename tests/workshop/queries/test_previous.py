"""Which workshop a workshop follows: the one it is linked to, else the latest earlier one of
its territory."""

from __future__ import annotations

import datetime as dt

from workshop.domain.records import Workshop
from workshop.queries.previous import previous_commitments, previous_workshop
from workshop.storage.store import Store


def test_the_latest_earlier_workshop_of_the_territory_is_followed(store: Store) -> None:
    """Without a link, a workshop follows the latest earlier one held on its territory (case
    ignored), never a later one nor one of another territory."""
    add = store.workshops.add
    old = add(Workshop(title="Ancien", date=dt.date(2026, 1, 10), territory="Val de Lise"))
    last = add(Workshop(title="Dernier", date=dt.date(2026, 6, 1), territory="val de lise"))
    add(Workshop(title="Ailleurs", date=dt.date(2026, 8, 1), territory="Autre"))
    add(Workshop(title="Plus tard", date=dt.date(2027, 6, 1), territory="Val de Lise"))
    now = add(Workshop(title="Maintenant", date=dt.date(2026, 12, 1), territory="Val de Lise"))
    assert previous_workshop(store, now) == last
    linked = add(
        Workshop(
            title="Lié",
            date=dt.date(2026, 12, 2),
            territory="Val de Lise",
            previous_workshop_id=old.id,
        )
    )
    assert previous_workshop(store, linked) == old
    assert (
        previous_workshop(store, add(Workshop(title="Sans date", territory="Val de Lise"))) is None
    )


def test_the_previous_open_commitments_come_by_due_date(demo_store: Store) -> None:
    """The review lists the previous workshop's open commitments, soonest due first."""
    first = demo_store.workshops.all()[0]
    follower = demo_store.workshops.add(Workshop(title="Suite", previous_workshop_id=first.id))
    previous, views = previous_commitments(demo_store, follower)
    assert previous == first and views
    assert all(v.commitment.status in ("propose", "confirme") for v in views)
    dates = [v.commitment.due_date for v in views if v.commitment.due_date]
    assert dates == sorted(dates)
