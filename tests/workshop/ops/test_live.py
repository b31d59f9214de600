"""Live operations: a phone's card, vote and commitment, each one transaction and one undo step."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from tests.sql_count import counting
from workshop.domain.changes import Area
from workshop.domain.records import CHECKED_IN_BY_PHONE, Organisation, Person, WorkshopId
from workshop.domain.vocabulary import CommitmentStatus, OrganisationKind, ResourceKind
from workshop.live.matches import MatchKind, MatchList, offer_matches
from workshop.ops import revert
from workshop.ops.attendance import check_in
from workshop.ops.live import (
    Author,
    CardRequest,
    CommitmentRequest,
    LiveRefused,
    VoteRequest,
    accept_pending,
    accept_phone_card,
    accept_phone_commitment,
    cast_phone_vote,
    confirm_phone_person,
    phone_person,
    welcome_phone_participant,
)
from workshop.ops.registry import AmbiguousOrganisation, UnknownOrganisation
from workshop.queries.live import people_like
from workshop.queries.registry import attendance_rows
from workshop.storage.board import VoteRound

KNOWN = Author(first_name="Camille", organisation="commune de saint-aubin-sur-lise")
NEWCOMER = Author(
    first_name="Zoé", organisation="Collectif Tout Neuf", organisation_kind=OrganisationKind.RESEAU
)


def _zone(store: Any) -> Any:
    return store.board.zones.of_workshop(store.demo_id)[0]


def _card(store: Any, text: str = "Un four partagé") -> CardRequest:
    return CardRequest(request_id="r1", zone_id=_zone(store).id, text=text)


def _proposal(store: Any, **fields: Any) -> CommitmentRequest:
    values: dict[str, Any] = {
        "request_id": "c1",
        "alliance_id": store.alliances.of_workshop(store.demo_id)[0].id,
        "description": "Deux jours de bénévolat",
        "resource_kind": ResourceKind.HUMAIN,
        "quantity": 2.0,
        "due_date": dt.date(2099, 6, 30),
    }
    values.update(fields)
    return CommitmentRequest(**values)


def _counts(store: Any) -> tuple[int, ...]:
    return (
        store.board.cards.count(),
        store.people.count(),
        store.organisations.count(),
        store.board.votes.count(),
        store.partners.count(),
        store.commitments.count(),
    )


def test_a_phone_card_from_a_newcomer_adds_them_and_the_card_in_one_transaction(
    demo_store: Any,
) -> None:
    """A newcomer's card adds their organisation (of the kind they chose), them and the card."""
    with counting(demo_store) as counted:
        applied = accept_phone_card(demo_store, demo_store.demo_id, NEWCOMER, _card(demo_store))
    assert counted.transactions == 1
    card = applied.result
    zone = _zone(demo_store)
    assert (card.text, card.zone_id, card.source) == ("Un four partagé", zone.id, "phone")
    assert zone.x <= card.x < zone.x + zone.width
    person = demo_store.people.get(card.person_id)
    organisation = demo_store.organisations.get(card.organisation_id)
    assert person.first_name == "Zoé" and person.organisation_id == organisation.id
    assert organisation.name == "Collectif Tout Neuf"
    assert organisation.kind == OrganisationKind.RESEAU
    assert applied.changes.touches(Area.BOARD, Area.PEOPLE, Area.ORGANISATIONS)


def test_undoing_a_phone_card_removes_the_card_and_the_newcomer_and_redo_restores_them(
    demo_store: Any,
) -> None:
    """One undo takes away the card and the person and organisation it added; redo puts all back."""
    before = _counts(demo_store)
    applied = accept_phone_card(demo_store, demo_store.demo_id, NEWCOMER, _card(demo_store))
    assert applied.undo is not None
    undone = revert(demo_store, applied.undo)
    assert _counts(demo_store) == before
    assert undone.undo is not None
    revert(demo_store, undone.undo)
    assert demo_store.board.cards.get(applied.result.id).text == "Un four partagé"
    assert demo_store.organisations.find("name = 'Collectif Tout Neuf'")


def test_a_registered_name_typed_on_a_phone_is_never_taken_for_that_person(
    demo_store: Any,
) -> None:
    """Anyone may type "camille martin" of the Commune: the card is that phone's own declared
    participant, not the registry's Camille Martin, who is offered to the facilitator."""
    people = demo_store.people.count()
    (martin,) = demo_store.people.find("first_name = 'Camille' AND last_name = 'Martin'")
    card = accept_phone_card(
        demo_store,
        demo_store.demo_id,
        Author(first_name="camille martin", organisation="Commune de Saint-Aubin-sur-Lise"),
        _card(demo_store),
    ).result
    assert demo_store.people.count() == people + 1
    assert card.person_id != martin.id
    phone = demo_store.people.get(card.person_id)
    assert (phone.first_name, phone.last_name) == ("camille martin", "")
    assert phone.organisation_id == martin.organisation_id
    assert phone_person(demo_store, KNOWN) is None  # a typed name designates nobody
    assert [p.id for p in people_like(demo_store, phone, demo_store.demo_id)] == [martin.id]


def test_a_first_name_alone_is_never_taken_for_someone_with_a_surname(demo_store: Any) -> None:
    """ "camille" of the Commune is not silently the registry's Camille Martin: the card is
    Camille's own, and Camille Martin is offered to the facilitator as who she may be."""
    people = demo_store.people.count()
    card = accept_phone_card(
        demo_store,
        demo_store.demo_id,
        Author(first_name="camille", organisation="Commune de Saint-Aubin-sur-Lise"),
        _card(demo_store),
    ).result
    assert demo_store.people.count() == people + 1
    phone = demo_store.people.get(card.person_id)
    assert (phone.first_name, phone.last_name) == ("camille", "")
    (martin,) = demo_store.people.find("first_name = 'Camille' AND last_name = 'Martin'")
    assert [p.id for p in people_like(demo_store, phone, demo_store.demo_id)] == [martin.id]


def test_an_unknown_organisation_without_a_kind_is_refused_and_nothing_is_written(
    demo_store: Any,
) -> None:
    """An organisation the registry does not know is never added as a guess: nothing is written."""
    before = _counts(demo_store)
    with pytest.raises(UnknownOrganisation):
        accept_phone_card(
            demo_store,
            demo_store.demo_id,
            Author(first_name="Zoé", organisation="Collectif Tout Neuf"),
            _card(demo_store),
        )
    assert _counts(demo_store) == before


def test_an_organisation_name_two_organisations_share_is_refused(demo_store: Any) -> None:
    """A name that designates two organisations is refused rather than given to one of them."""
    demo_store.organisations.add(
        Organisation(name="Commune de Saint-Aubin-sur-Lisé", kind=OrganisationKind.COLLECTIVITE)
    )
    before = _counts(demo_store)
    with pytest.raises(AmbiguousOrganisation):
        accept_phone_card(demo_store, demo_store.demo_id, KNOWN, _card(demo_store))
    assert _counts(demo_store) == before


@pytest.mark.parametrize(
    ("zone", "text", "field"), [(999_999, "Idée", "zone_id"), (None, "   ", "text")]
)
def test_a_card_for_another_zone_or_without_text_is_refused(
    demo_store: Any, zone: int | None, text: str, field: str
) -> None:
    """A zone that is not the workshop's, or a blank text, is refused for its field."""
    before = _counts(demo_store)
    request = CardRequest(request_id="r", zone_id=zone or _zone(demo_store).id, text=text)
    with pytest.raises(LiveRefused) as caught:
        accept_phone_card(demo_store, demo_store.demo_id, NEWCOMER, request)
    assert caught.value.field == field
    assert _counts(demo_store) == before


def test_a_card_for_a_zone_of_another_workshop_is_refused(demo_store: Any) -> None:
    """A zone of the demo workshop named for another workshop is refused."""
    with pytest.raises(LiveRefused):
        accept_phone_card(demo_store, WorkshopId(999), NEWCOMER, _card(demo_store))


def _start_vote(store: Any, votes: int = 2) -> None:
    store.board.rounds.add(VoteRound(workshop_id=store.demo_id, votes_per_person=votes))


def _joined(store: Any, author: Author) -> Author:
    """The author as a phone that joined speaks: bound to the participant its join added."""
    arrival = welcome_phone_participant(store, store.demo_id, author).result
    return dataclasses.replace(author, person_id=arrival.person.id)


def test_a_phone_vote_is_one_transaction_and_says_the_votes_left(demo_store: Any) -> None:
    """A vote adds one dot on the card and answers how many the participant has left."""
    _start_vote(demo_store)
    card = demo_store.board.cards.of_workshop(demo_store.demo_id)[0]
    before = demo_store.board.votes.count("card_id = ?", [card.id])
    known = _joined(demo_store, KNOWN)
    with counting(demo_store) as counted:
        applied = cast_phone_vote(
            demo_store, demo_store.demo_id, known, VoteRequest(request_id="v", card_id=card.id)
        )
    assert counted.transactions == 1
    assert applied.result == 1
    assert demo_store.board.votes.count("card_id = ?", [card.id]) == before + 1
    assert applied.undo is not None
    undone = revert(demo_store, applied.undo)
    assert demo_store.board.votes.count("card_id = ?", [card.id]) == before
    assert undone.undo is not None
    revert(demo_store, undone.undo)
    assert demo_store.board.votes.count("card_id = ?", [card.id]) == before + 1


def test_a_vote_without_a_round_or_past_the_last_dot_is_refused(demo_store: Any) -> None:
    """No running vote, or no vote left, is refused; the newcomer is not added for nothing."""
    card = demo_store.board.cards.of_workshop(demo_store.demo_id)[0]
    request = VoteRequest(request_id="v", card_id=card.id)
    newcomer, known = _joined(demo_store, NEWCOMER), _joined(demo_store, KNOWN)
    with pytest.raises(LiveRefused) as caught:
        cast_phone_vote(demo_store, demo_store.demo_id, newcomer, request)
    assert caught.value.code == "no_vote"
    _start_vote(demo_store, votes=1)
    assert cast_phone_vote(demo_store, demo_store.demo_id, known, request).result == 0
    before = _counts(demo_store)
    with pytest.raises(LiveRefused) as caught:
        cast_phone_vote(demo_store, demo_store.demo_id, known, request)
    assert caught.value.code == "no_votes_left"
    with pytest.raises(LiveRefused) as caught:
        cast_phone_vote(
            demo_store, demo_store.demo_id, newcomer, VoteRequest(request_id="w", card_id=999_999)
        )
    assert caught.value.field == "card_id"
    assert _counts(demo_store) == before


def test_a_vote_budget_is_the_phones_participants_whatever_name_is_typed(
    demo_store: Any,
) -> None:
    """Typing the name of a registered person gives no votes of theirs: a phone that has not
    joined cannot vote, and a joined phone's dots are its own participant's."""
    _start_vote(demo_store, votes=1)
    card = demo_store.board.cards.of_workshop(demo_store.demo_id)[0]
    (martin,) = demo_store.people.find("first_name = 'Camille' AND last_name = 'Martin'")
    typed = Author(first_name="Camille Martin", organisation="Commune de Saint-Aubin-sur-Lise")
    before = _counts(demo_store)
    with pytest.raises(LiveRefused) as caught:
        cast_phone_vote(
            demo_store, demo_store.demo_id, typed, VoteRequest(request_id="v", card_id=card.id)
        )
    assert caught.value.code == "not_joined"
    assert _counts(demo_store) == before
    phone = _joined(demo_store, typed)
    vote = VoteRequest(request_id="a", card_id=card.id)
    assert cast_phone_vote(demo_store, demo_store.demo_id, phone, vote).result == 0
    vote_round = demo_store.board.rounds.current(demo_store.demo_id)
    assert demo_store.board.votes.used(vote_round.id, martin.id) == 0  # hers are untouched
    with pytest.raises(LiveRefused) as caught:
        cast_phone_vote(demo_store, demo_store.demo_id, phone, vote)
    assert caught.value.code == "no_votes_left"


def test_a_phone_commitment_makes_the_newcomer_a_partner_in_one_transaction(
    demo_store: Any,
) -> None:
    """An accepted proposal is a proposed commitment of a new partner with them as contact."""
    proposal = _proposal(demo_store)
    with counting(demo_store) as counted:
        applied = accept_phone_commitment(demo_store, demo_store.demo_id, NEWCOMER, proposal)
    assert counted.transactions == 1
    commitment = applied.result
    partner = demo_store.partners.get(commitment.partner_id)
    person = demo_store.people.get(commitment.signatory_id)
    assert partner.alliance_id == proposal.alliance_id
    assert partner.contact_person_id == person.id and person.first_name == "Zoé"
    assert (commitment.status, commitment.quantity, commitment.unit) == (
        CommitmentStatus.PROPOSE,
        2.0,
        "heures",
    )
    assert "téléphone" in commitment.note
    before_undo = applied.undo
    assert before_undo is not None
    undone = revert(demo_store, before_undo)
    assert demo_store.commitments.count("id = ?", [commitment.id]) == 0
    assert demo_store.partners.count("id = ?", [partner.id]) == 0
    assert not demo_store.organisations.find("name = 'Collectif Tout Neuf'")
    assert undone.undo is not None
    revert(demo_store, undone.undo)
    assert demo_store.commitments.get(commitment.id) == commitment


@pytest.mark.parametrize(
    ("fields", "field"),
    [({"alliance_id": 999_999}, "alliance_id"), ({"description": " "}, "description")],
)
def test_a_commitment_for_another_alliance_or_without_text_is_refused(
    demo_store: Any, fields: dict[str, Any], field: str
) -> None:
    """An alliance that is not the workshop's, or a blank description, writes nothing."""
    before = _counts(demo_store)
    with pytest.raises(LiveRefused) as caught:
        accept_phone_commitment(
            demo_store, demo_store.demo_id, NEWCOMER, _proposal(demo_store, **fields)
        )
    assert caught.value.field == field
    assert _counts(demo_store) == before


def test_accepting_from_the_inbox_adds_a_card_or_a_commitment_in_one_transaction(
    demo_store: Any,
) -> None:
    """A moderated card and a moderated commitment are each added in one transaction."""
    with counting(demo_store) as counted:
        card = accept_pending(demo_store, demo_store.demo_id, NEWCOMER, _card(demo_store, "Relu"))
    assert counted.transactions == 1
    assert demo_store.board.cards.get(card.result.id).text == "Relu"
    with counting(demo_store) as counted:
        commitment = accept_pending(demo_store, demo_store.demo_id, NEWCOMER, _proposal(demo_store))
    assert counted.transactions == 1
    assert demo_store.commitments.get(commitment.result.id).description == (
        "Deux jours de bénévolat"
    )
    assert commitment.undo is not None
    revert(demo_store, commitment.undo)
    assert demo_store.commitments.count("id = ?", [commitment.result.id]) == 0
    assert demo_store.board.cards.get(card.result.id).text == "Relu"


def test_a_refusal_is_worded_in_english_when_asked(demo_store: Any) -> None:
    """A refused contribution's message is in English with lang="en"."""
    with pytest.raises(LiveRefused, match="No vote is running"):
        cast_phone_vote(
            demo_store,
            demo_store.demo_id,
            KNOWN,
            VoteRequest(request_id="v", card_id=1),
            lang="en",
        )


def _vatan(store: Any) -> Any:
    """The registry's Camille Roux of the Commune de Vatan, on the demo workshop's list."""
    commune = store.organisations.add(
        Organisation(name="Commune de Vatan", kind=OrganisationKind.COLLECTIVITE)
    )
    roux = store.people.add(
        Person(first_name="Camille", last_name="Roux", organisation_id=commune.id)
    )
    store.attendance.register(store.demo_id, [roux.id])
    return roux


MAIRIE = Author(
    first_name="Camille", organisation="Mairie", organisation_kind=OrganisationKind.COLLECTIVITE
)


def test_a_participant_who_names_themself_on_a_phone_is_counted_present(demo_store: Any) -> None:
    """Joining from a phone puts the participant on the workshop's list, present "via
    téléphone", in one transaction that one undo takes back (the person added included)."""
    people = demo_store.people.count()
    with counting(demo_store) as counted:
        applied = welcome_phone_participant(demo_store, demo_store.demo_id, NEWCOMER)
    assert counted.transactions == 1
    arrival = applied.result
    assert arrival.person_added and arrival.organisation_added
    attendance = demo_store.attendance.get(demo_store.demo_id, arrival.person.id)
    assert attendance.present and attendance.checked_in_via == CHECKED_IN_BY_PHONE
    assert applied.changes.touches(Area.PEOPLE)
    bound = dataclasses.replace(NEWCOMER, person_id=arrival.person.id)
    again = welcome_phone_participant(demo_store, demo_store.demo_id, bound).result
    assert again.person.id == arrival.person.id and not again.person_added
    assert demo_store.people.count() == people + 1
    assert applied.undo is not None
    revert(demo_store, applied.undo)
    assert demo_store.people.count() == people
    assert demo_store.attendance.get(demo_store.demo_id, arrival.person.id) is None


def test_the_check_in_list_tells_a_phone_arrival_from_a_desk_one(demo_store: Any) -> None:
    """On the workshop's check-in list, a participant who joined from a phone reads "phone"."""
    person = welcome_phone_participant(demo_store, demo_store.demo_id, NEWCOMER).result.person
    rows = {row.person.id: row for row in attendance_rows(demo_store, demo_store.demo_id)}
    assert rows[person.id].present and rows[person.id].checked_in_via == CHECKED_IN_BY_PHONE
    assert all(row.checked_in_via == "" for key, row in rows.items() if key != person.id)


def test_a_phone_card_counts_its_author_present(demo_store: Any) -> None:
    """A participant whose card arrives from a phone is present at the workshop."""
    card = accept_phone_card(demo_store, demo_store.demo_id, NEWCOMER, _card(demo_store)).result
    attendance = demo_store.attendance.get(demo_store.demo_id, card.person_id)
    assert attendance.present and attendance.checked_in_via == CHECKED_IN_BY_PHONE


def test_someone_the_desk_checked_in_keeps_their_desk_check_in(demo_store: Any) -> None:
    """A person checked in at the desk whose name a phone declares stays "checked in at the
    desk", also once the facilitator confirms the phone is theirs."""
    person = demo_store.people.find("first_name = 'Camille' AND last_name = 'Martin'")[0]
    check_in(demo_store, demo_store.demo_id, person.id)
    author = Author(first_name="Camille Martin", organisation="commune de saint-aubin-sur-lise")
    arrival = welcome_phone_participant(demo_store, demo_store.demo_id, author).result
    assert arrival.person.id != person.id and arrival.person_added
    confirm_phone_person(demo_store, arrival.person.id, person.id)
    attendance = demo_store.attendance.get(demo_store.demo_id, person.id)
    assert attendance.present and attendance.checked_in_via == ""


def test_a_close_organisation_and_a_likely_person_are_offered_never_merged(
    demo_store: Any,
) -> None:
    """ "Camille" of a new "Mairie" is added as typed, and the facilitator is offered "Commune
    de Vatan" and its Camille Roux; nothing is merged until they confirm."""
    roux = _vatan(demo_store)
    arrival = welcome_phone_participant(demo_store, demo_store.demo_id, MAIRIE).result
    assert arrival.person.id != roux.id
    assert demo_store.organisations.get(arrival.person.organisation_id).name == "Mairie"
    matches = MatchList()
    offer_matches(
        demo_store,
        matches,
        demo_store.demo_id,
        arrival.person,
        person_added=True,
        organisation_added=True,
    )
    offered = {(m.kind, m.candidate_id) for m in matches.items()}
    assert (MatchKind.ORGANISATION, roux.organisation_id) in offered
    assert (MatchKind.PERSON, roux.id) in offered
    assert demo_store.people.get(arrival.person.id).last_name == ""


def test_confirming_a_match_makes_the_phone_person_the_registry_one(demo_store: Any) -> None:
    """ "C'est bien Camille Roux": her phone card, vote and presence are Camille Roux's, the
    "Mairie" the phone added is her Commune de Vatan, and one undo takes it back."""
    roux = _vatan(demo_store)
    arrival = welcome_phone_participant(demo_store, demo_store.demo_id, MAIRIE).result
    bound = dataclasses.replace(MAIRIE, person_id=arrival.person.id)
    card = accept_phone_card(demo_store, demo_store.demo_id, bound, _card(demo_store)).result
    mairie = arrival.person.organisation_id
    applied = confirm_phone_person(
        demo_store, arrival.person.id, roux.id, added_organisation_id=mairie
    )
    assert applied.result.id == roux.id
    moved = demo_store.board.cards.get(card.id)
    assert (moved.person_id, moved.organisation_id) == (roux.id, roux.organisation_id)
    attendance = demo_store.attendance.get(demo_store.demo_id, roux.id)
    assert attendance.present and attendance.checked_in_via == CHECKED_IN_BY_PHONE
    assert demo_store.organisations.count("id = ?", [mairie]) == 0
    assert demo_store.people.count("id = ?", [arrival.person.id]) == 0
    assert phone_person(demo_store, dataclasses.replace(bound, person_id=roux.id)) == (
        demo_store.people.get(roux.id)
    )
    assert applied.undo is not None
    revert(demo_store, applied.undo)
    assert demo_store.board.cards.get(card.id).person_id == arrival.person.id
    assert demo_store.organisations.get(mairie).name == "Mairie"
    assert not demo_store.attendance.get(demo_store.demo_id, roux.id).present


def test_a_new_organisation_others_joined_with_stays_when_one_of_them_is_confirmed(
    demo_store: Any,
) -> None:
    """When Camille turns out to be Camille Roux, the "Mairie" a colleague also joined with
    stays: only an organisation left with nobody follows her."""
    roux = _vatan(demo_store)
    camille = welcome_phone_participant(demo_store, demo_store.demo_id, MAIRIE).result
    colleague = dataclasses.replace(MAIRIE, first_name="Dominique")
    welcome_phone_participant(demo_store, demo_store.demo_id, colleague)
    mairie = camille.person.organisation_id
    confirm_phone_person(demo_store, camille.person.id, roux.id, added_organisation_id=mairie)
    assert demo_store.organisations.get(mairie).name == "Mairie"
    (dominique,) = demo_store.people.find(
        "first_name = 'Dominique' AND organisation_id = ?", [mairie]
    )
    assert demo_store.attendance.get(demo_store.demo_id, dominique.id).present


def test_a_colleague_joining_a_new_organisation_still_to_settle_is_offered_its_people(
    demo_store: Any,
) -> None:
    """Dominique picks the "Mairie" Camille's phone added, not yet settled: the Commune de
    Vatan's Dominique Roux is offered as who she may be."""
    roux = _vatan(demo_store)
    dominique_roux = demo_store.people.add(
        Person(first_name="Dominique", last_name="Roux", organisation_id=roux.organisation_id)
    )
    matches = MatchList()
    camille = welcome_phone_participant(demo_store, demo_store.demo_id, MAIRIE).result
    offer_matches(
        demo_store,
        matches,
        demo_store.demo_id,
        camille.person,
        person_added=True,
        organisation_added=True,
    )
    colleague = Author(first_name="Dominique", organisation="mairie")
    arrival = welcome_phone_participant(demo_store, demo_store.demo_id, colleague).result
    assert not arrival.organisation_added
    offered = offer_matches(
        demo_store,
        matches,
        demo_store.demo_id,
        arrival.person,
        person_added=True,
        organisation_added=False,
    )
    assert [(m.kind, m.candidate_id) for m in offered] == [(MatchKind.PERSON, dominique_roux.id)]
