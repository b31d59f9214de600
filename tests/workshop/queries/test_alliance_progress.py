"""The status an alliance's commitments point to, offered to the facilitator."""

from __future__ import annotations

import pytest

from workshop.domain.records import Alliance
from workshop.domain.vocabulary import AllianceStatus, CommitmentStatus
from workshop.ops.alliances import set_commitments_status
from workshop.queries.alliance_progress import offered_status, status_to_offer

A = AllianceStatus
C = CommitmentStatus


@pytest.mark.parametrize(
    ("current", "commitments", "offered"),
    [
        (A.IDEE, [C.CONFIRME, C.CONFIRME], A.FORMALISEE),
        (A.IDEE, [C.CONFIRME, C.REALISE, C.ABANDONNE], A.FORMALISEE),
        (A.EN_CONSTRUCTION, [C.CONFIRME], A.FORMALISEE),
        (A.FORMALISEE, [C.CONFIRME], None),
        (A.IDEE, [C.CONFIRME, C.PROPOSE], None),
        (A.IDEE, [C.ABANDONNE], None),
        (A.IDEE, [], None),
    ],
)
def test_an_alliance_whose_commitments_are_all_confirmed_is_offered_formalisee(
    current: AllianceStatus, commitments: list[CommitmentStatus], offered: AllianceStatus | None
) -> None:
    """Every standing commitment confirmed or done (abandoned aside) offers "Formalisée";
    one still proposed, none at all, or already there offers nothing."""
    assert status_to_offer(current, commitments) == offered


def test_the_offer_follows_the_stored_commitments(demo_store) -> None:
    """Confirming the last open commitment of an "Idée" alliance makes the offer appear;
    an alliance that is no more has none."""
    alliance = next(
        a for a in demo_store.alliances.of_workshop(demo_store.demo_id) if a.status == A.IDEE
    )
    commitments = demo_store.commitments.of_alliance(alliance.id)
    assert commitments and offered_status(demo_store, alliance.id) is None
    set_commitments_status(demo_store, [c.id for c in commitments], C.CONFIRME)
    assert offered_status(demo_store, alliance.id) == A.FORMALISEE
    empty = demo_store.alliances.add(Alliance(workshop_id=demo_store.demo_id, name="Vide"))
    assert offered_status(demo_store, empty.id) is None
    assert offered_status(demo_store, 999_999) is None
