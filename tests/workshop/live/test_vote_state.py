"""What a phone is told of a vote: everyone's counts, withheld while the vote is hidden."""

from __future__ import annotations

from workshop.live.state import VoteCard, VoteState, vote_payload


def _vote(*, revealed: bool) -> VoteState:
    cards = [VoteCard(id=1, text="Une légumerie", zone="Pistes", zone_id=3)]
    return VoteState(
        round_id=7,
        votes_per_person=3,
        votes_left=2,
        zone_ids=(3,),
        cards=cards,
        my_votes={1: 1},
        revealed=revealed,
        totals={1: 14},
    )


def test_a_phone_sees_the_counts_of_a_shown_vote_and_none_of_a_hidden_one() -> None:
    """A shown vote gives each card's total; a hidden one gives no total, only the phone's own."""
    shown = vote_payload(_vote(revealed=True))
    assert shown["revealed"] is True and shown["totals"] == {"1": 14}
    hidden = vote_payload(_vote(revealed=False))
    assert hidden["revealed"] is False and hidden["totals"] is None
    assert hidden["my_votes"] == {"1": 1}
    assert "14" not in str(hidden)
