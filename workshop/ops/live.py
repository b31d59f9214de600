"""Live operations: what a phone's contribution does to the workshop, one transaction each.

A phone speaks for the participant who introduced themself on it (`Author`: a first name and
an organisation, declared once when the phone joins). Joining counts them present at the
workshop, "via téléphone" (`welcome_phone_participant`); each contribution then writes the card,
the vote or the commitment in the name of that participant (nested: part of the same
transaction). The facilitator can undo each one as one step, the person added with it included.

The person rule: what a phone declares is never taken for a registry record. Anyone in the room
can type "Camille Roux" of the "Commune de Vatan": a phone's participant is the person its join
added, with the first name and organisation as declared (`Author.person_id` once joined), and
the facilitator is offered the people they may be (`workshop.queries.live.people_like`, the
exact name included) and confirms (`confirm_phone_person`, a merge) or not. Only then does the
phone speak for the registry's person. A vote needs a phone that joined: its budget is that
participant's, whatever names are typed.

The organisation rule: a phone never creates an organisation silently. The typed name is the
registry's organisation when it is there (case and accents ignored). When it is not, the phone
page asks the participant which kind of organisation it is (the server refuses the join with
`unknown_organisation` until a kind is chosen) and sends that kind with the join; the author
carries it, and the operation passes it to `resolve_organisation`, which adds the organisation
of that kind. Without a kind, an unknown organisation is refused (`UnknownOrganisation`), and a
name several organisations share is refused too (`AmbiguousOrganisation`): nothing is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.domain.placement import estimated_height, slot_in_zone
from workshop.domain.records import (
    CHECKED_IN_BY_PHONE,
    AllianceId,
    Card,
    CardId,
    Commitment,
    OrganisationId,
    Partner,
    Person,
    PersonId,
    Workshop,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.domain.vocabulary import (
    RESOURCE_UNITS,
    CommitmentStatus,
    Lang,
    OrganisationKind,
    ResourceKind,
)
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.ops.merge import merge_organisations, merge_people
from workshop.ops.registry import resolve_organisation
from workshop.queries.live import zone_spans
from workshop.queries.names import organisations_named
from workshop.storage.live import LiveInboxRows, LiveOwners
from workshop.storage.store import Store


@dataclass(frozen=True, kw_only=True)
class Author:
    """Who sent a contribution, as they introduced themself on their phone.

    `organisation_kind` is the kind they chose for an organisation the registry did not know.
    """

    first_name: str
    organisation: str
    organisation_kind: OrganisationKind | None = None
    person_id: PersonId | None = None  # whom the facilitator's desk knows them as, once joined
    device: str = ""  # the phone (a hash of its token): what it posted it may still change

    def __str__(self) -> str:
        return f"{self.first_name} ({self.organisation})"


@dataclass(frozen=True, kw_only=True)
class PhoneArrival:
    """A participant who named themself on a phone, counted present: the person they are in
    the registry, and whether the join added them or their organisation."""

    person: Person
    person_added: bool
    organisation_added: bool


@dataclass(frozen=True, kw_only=True)
class CardRequest:
    """A card posted to a zone; `request_id` makes a retried post count once."""

    request_id: str
    zone_id: int
    text: str


@dataclass(frozen=True, kw_only=True)
class VoteRequest:
    """One dot on a card during a running vote."""

    request_id: str
    card_id: int


@dataclass(frozen=True, kw_only=True)
class CommitmentRequest:
    """A commitment proposed to an alliance, for the facilitator to accept."""

    request_id: str
    alliance_id: int
    description: str
    resource_kind: ResourceKind
    quantity: float | None
    due_date: dt.date | None
    unit: str = ""  # "" = the kind's usual unit (vocabulary.RESOURCE_UNITS), in French


class LiveRefused(InvalidInput):
    """A phone's contribution that cannot be taken; `code` is the phone page's error code."""

    def __init__(self, code: str, field: str = "", lang: Lang = "fr") -> None:
        fr, en = _MESSAGES.get(code, _MESSAGES["invalid"])
        super().__init__(fr if lang == "fr" else en, field)
        self.code = code


_MESSAGES: dict[str, tuple[str, str]] = {
    "invalid": ("Cette valeur n'est pas valide.", "This value is not valid."),
    "missing": ("Ce champ est à remplir.", "This field is required."),
    "no_vote": ("Aucun vote n'est en cours.", "No vote is running."),
    "no_votes_left": ("Tous les votes ont été utilisés.", "Every vote has been used."),
    "vote_closed": ("Aucun vote n'est en cours.", "No vote is running."),
    "not_voted": (
        "Vous n'avez pas voté pour cette carte.",
        "You have not voted for this card.",
    ),
    "card_not_in_round": (
        "Cette carte n'est pas dans les zones du vote en cours.",
        "This card is not in the zones of the running vote.",
    ),
    "not_yours": (
        "Cette contribution n'a pas été envoyée depuis ce téléphone.",
        "This contribution was not sent from this phone.",
    ),
    "card_locked": (
        "L'animateur ou l'animatrice a déjà déplacé ou modifié cette carte.",
        "The facilitator has already moved or changed this card.",
    ),
    "not_joined": (
        "Ce téléphone ne s'est pas présenté : il ne peut pas voter.",
        "This phone has not introduced itself: it cannot vote.",
    ),
}
PHONE_NOTE = ("Proposé depuis un téléphone", "Proposed from a phone")  # a phone's pledge


def phone_person(store: Store, author: Author) -> Person | None:
    """The registry's person a phone speaks for: the one its join added, or the one the
    facilitator confirmed it is (nothing is looked up by the name typed: see the module)."""
    if author.person_id is None:
        return None
    bound = store.people.find("id = ?", [author.person_id])
    return bound[0] if bound else None


def _author_arrival(store: Store, author: Author, lang: Lang) -> PhoneArrival:
    """The participant a phone speaks for, found or added (with their organisation's kind)."""
    person = phone_person(store, author)
    if person is not None:
        return PhoneArrival(person=person, person_added=False, organisation_added=False)
    known = bool(organisations_named(store, author.organisation))
    organisation = resolve_organisation(
        store, author.organisation, author.organisation_kind, lang=lang
    ).result
    if organisation is None:
        raise LiveRefused("missing", "organisation", lang)
    first = " ".join(author.first_name.split())
    if not first:
        raise LiveRefused("missing", "first_name", lang)
    person = store.people.add(Person(first_name=first, organisation_id=organisation.id))
    return PhoneArrival(person=person, person_added=True, organisation_added=not known)


def _count_present(
    store: Store, workshop_id: WorkshopId, person: Person, at: dt.datetime | None
) -> None:
    """Someone who speaks from a phone is in the room: present, "via téléphone" when the desk
    had not checked them in already."""
    attendance = store.attendance.get(workshop_id, person.id)
    if attendance is None or not attendance.present:
        store.attendance.set_present(workshop_id, person.id, True, at, via=CHECKED_IN_BY_PHONE)


def _author_person(
    store: Store,
    author: Author,
    lang: Lang,
    workshop_id: WorkshopId | None = None,
    at: dt.datetime | None = None,
) -> Person:
    """The participant a phone speaks for (found or added), counted present at the workshop."""
    person = _author_arrival(store, author, lang).person
    if workshop_id is not None:
        _count_present(store, workshop_id, person, at)
    return person


def is_counted_present(store: Store, workshop_id: WorkshopId, author: Author) -> bool:
    """Whether a phone's participant is already in the registry and present (nothing to do)."""
    person = phone_person(store, author)
    if person is None:
        return False
    attendance = store.attendance.get(workshop_id, person.id)
    return attendance is not None and attendance.present


def welcome_phone_participant(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    *,
    at: dt.datetime | None = None,
    lang: Lang = "fr",
) -> Applied[PhoneArrival]:
    """A participant who names themself on a phone is counted present ("via téléphone").

    They are added as declared (first name, organisation), never taken silently for a
    registry person, even one of the same name: the facilitator is offered the likely matches
    (`workshop.live.matches.offer_matches`) to confirm. A phone already bound (`person_id`)
    is that person. Their organisation follows `resolve_organisation`: an unknown one only
    with the kind they chose.
    """
    if not store.workshops.count("id = ?", [workshop_id]):
        raise NotFound(f"no workshop with id {workshop_id}")
    with operation(store) as op:
        arrival = _author_arrival(store, author, lang)
        _count_present(store, workshop_id, arrival.person, at)
    return op.applied(arrival)


def confirm_phone_person(
    store: Store,
    phone_person_id: PersonId,
    person_id: PersonId,
    *,
    added_organisation_id: OrganisationId | None = None,
    lang: Lang = "fr",
) -> Applied[Person]:
    """The facilitator confirms that a participant named on a phone is a registry person.

    The phone's person is merged into theirs (attendance, cards, votes, commitments follow).
    When the phone's join had added an organisation that now has nobody left, and the person
    belongs to another one, that organisation was theirs under another name: it is merged too.
    """
    phone = store.people.get(phone_person_id)
    kept = store.people.get(person_id)
    with operation(store) as op:
        person = merge_people(store, kept.id, phone.id, lang=lang).result
        dropped = added_organisation_id
        if (
            dropped is not None
            and dropped == phone.organisation_id
            and person.organisation_id is not None
            and person.organisation_id != dropped
            and store.organisations.count("id = ?", [dropped])
            and not store.people.count("organisation_id = ?", [dropped])
        ):
            merge_organisations(store, person.organisation_id, dropped, lang=lang)
            person = store.people.get(person.id)
    return op.applied(person)


def _zone(store: Store, workshop_id: WorkshopId, zone_id: int, lang: Lang) -> Zone:
    zones = store.board.zones.find("id = ? AND workshop_id = ?", [zone_id, workshop_id])
    if not zones:
        raise LiveRefused("invalid", "zone_id", lang)
    return zones[0]


def accept_phone_card(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    request: CardRequest,
    *,
    at: dt.datetime | None = None,
    lang: Lang = "fr",
) -> Applied[Card]:
    """A participant's card from their phone goes on the board, in its zone's next free slot."""
    text = request.text.strip()
    if not text:
        raise LiveRefused("missing", "text", lang)
    zone = _zone(store, workshop_id, request.zone_id, lang)
    anonymous = store.workshops.get(workshop_id).anonymous
    with operation(store) as op:
        person = _author_person(store, author, lang, workshop_id, at)
        card, _grown = _place_phone_card(store, zone, author, person, text, anonymous, at)
    return op.applied(card)


def post_phone_cards(
    store: Store,
    workshop_id: WorkshopId,
    posts: Sequence[tuple[Author, CardRequest]],
    *,
    at: dt.datetime | None = None,
    lang: Lang = "fr",
) -> Applied[list[Card]]:
    """Cards that phones posted at the same moment go on the board together, in the order
    given, each in its zone's next free slot as `accept_phone_card` places it: one transaction
    (one disk sync) and one undo step for all of them, the workshop, its zones and the
    participants read once. One card refused (no text, a zone that is not the workshop's)
    refuses them all, writing nothing."""
    texts = [request.text.strip() for _author, request in posts]
    if not all(texts):
        raise LiveRefused("missing", "text", lang)
    zones = {zone.id: zone for zone in store.board.zones.of_workshop(workshop_id)}
    if any(request.zone_id not in zones for _author, request in posts):
        raise LiveRefused("invalid", "zone_id", lang)
    anonymous = store.workshops.get(workshop_id).anonymous
    with operation(store) as op:
        people = _people_of(store, [author for author, _request in posts])
        arrived: dict[Author, Person] = {}  # added for a phone now: once for all its cards
        present = store.attendance.present_among(workshop_id, sorted(people))
        grown_ids: set[ZoneId] = set()
        cards = []
        for (author, request), text in zip(posts, texts, strict=True):
            person = people.get(author.person_id) if author.person_id is not None else None
            if person is None:  # not joined, or their arrival undone: added as on one card
                person = arrived.get(author) or _author_arrival(store, author, lang).person
                arrived[author] = person
            if person.id not in present:
                _count_present(store, workshop_id, person, at)
                present.add(person.id)
            zone = zones[ZoneId(request.zone_id)]
            card, grown = _place_phone_card(
                store, zone, author, person, text, anonymous, at, save_zone=False
            )
            if grown is not None:
                zones[zone.id] = grown
                grown_ids.add(zone.id)
            cards.append(card)
        for zone_id in sorted(grown_ids):  # a zone grown for several cards: written once
            store.board.zones.update(zones[zone_id])
    return op.applied(cards)


def _people_of(store: Store, authors: Sequence[Author]) -> dict[PersonId, Person]:
    """The registry's people the authors speak for, read at once (those still there)."""
    ids = sorted({author.person_id for author in authors if author.person_id is not None})
    people: dict[PersonId, Person] = {}
    for start in range(0, len(ids), 500):  # SQLite's bound on a statement's parameters
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        people.update((p.id, p) for p in store.people.find(f"id IN ({marks})", chunk))
    return people


def _place_phone_card(
    store: Store,
    zone: Zone,
    author: Author,
    person: Person,
    text: str,
    anonymous: bool,
    at: dt.datetime | None,
    *,
    save_zone: bool = True,
) -> tuple[Card, Zone | None]:
    """Write a phone's card in its zone's next free slot, remembered as the phone's own; the
    zone grown to hold it, if it had to be, is returned too (and saved, unless the caller
    saves it once for several cards: `save_zone`)."""
    footprints = zone_spans(store, ZoneId(zone.id))
    x, y, grown = slot_in_zone(zone, footprints, estimated_height(text))
    if grown is not None and save_zone:
        store.board.zones.update(grown)
    card = store.board.cards.add(
        Card(
            workshop_id=zone.workshop_id,
            zone_id=zone.id,
            text=text,
            # Anonymous: no name on the card, on the board or in the report (the phone's
            # participant is still counted present, and votes with their own budget).
            person_id=None if anonymous else person.id,
            organisation_id=None if anonymous else person.organisation_id,
            x=x,
            y=y,
            source="phone",
            created_at=(at or dt.datetime.now()).replace(microsecond=0),
        )
    )
    if author.device:
        LiveOwners(store.db).add_card(card.id, author.device, text, card.zone_id, x, y)
    return card, grown


def _owned_card(
    store: Store, workshop_id: WorkshopId, author: Author, card_id: int, lang: Lang
) -> Card:
    """A card this phone posted that it may still change (refused: not yours, or locked)."""
    owned = (
        LiveOwners(store.db).card(CardId(card_id), author.device, workshop_id)
        if author.device
        else None
    )
    if owned is None:
        raise LiveRefused("not_yours", "card_id", lang)
    if not owned.editable:
        raise LiveRefused("card_locked", "card_id", lang)
    return store.board.cards.get(owned.card_id)


def edit_phone_card(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    card_id: int,
    text: str,
    *,
    lang: Lang = "fr",
) -> Applied[Card]:
    """A participant corrects the text of a card they posted from their phone, as long as the
    facilitator has not moved, edited, grouped or linked it."""
    text = text.strip()
    if not text:
        raise LiveRefused("missing", "text", lang)
    card = _owned_card(store, workshop_id, author, card_id, lang)
    with operation(store) as op:
        edited = store.board.cards.update(dataclasses.replace(card, text=text))
        LiveOwners(store.db).set_card_text(card.id, text)
    return op.applied(edited)


def withdraw_phone_card(
    store: Store, workshop_id: WorkshopId, author: Author, card_id: int, *, lang: Lang = "fr"
) -> Applied[Card]:
    """A participant takes back a card they posted from their phone (its votes go with it), as
    long as the facilitator has not moved, edited, grouped or linked it."""
    card = _owned_card(store, workshop_id, author, card_id, lang)
    with operation(store) as op:
        store.board.cards.delete(card.id)
    return op.applied(card)


def cast_phone_vote(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    request: VoteRequest,
    *,
    lang: Lang = "fr",
) -> Applied[int]:
    """A participant puts one of their dots on a card during a vote; the result is votes left.

    The budget is the phone's participant's (the person its join added, or the one the
    facilitator confirmed): a phone that has not joined cannot vote.
    """
    vote_round = store.board.rounds.current(workshop_id)
    if vote_round is None:
        raise LiveRefused("no_vote", "", lang)
    cards = store.board.cards.find("id = ? AND workshop_id = ?", [request.card_id, workshop_id])
    if not cards:
        raise LiveRefused("invalid", "card_id", lang)
    if not vote_round.covers(cards[0].zone_id):
        raise LiveRefused("card_not_in_round", "card_id", lang)
    if phone_person(store, author) is None:
        raise LiveRefused("not_joined", "", lang)
    with operation(store) as op:
        person = _author_person(store, author, lang, workshop_id)
        used = store.board.votes.used(vote_round.id, person.id)
        if used >= vote_round.votes_per_person:
            raise LiveRefused("no_votes_left", "", lang)  # the person added is rolled back
        store.board.votes.cast(CardId(cards[0].id), person.id, vote_round.id)
    return op.applied(vote_round.votes_per_person - used - 1)


def withdraw_phone_vote(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    request: VoteRequest,
    *,
    lang: Lang = "fr",
) -> Applied[int]:
    """A participant takes back one of their dots on a card of the running vote: the vote is
    theirs to put again; the result is the votes left."""
    vote_round = store.board.rounds.current(workshop_id)
    if vote_round is None:
        raise LiveRefused("vote_closed", "", lang)
    person = phone_person(store, author)
    if person is None:
        raise LiveRefused("not_voted", "card_id", lang)
    with operation(store) as op:
        if not store.board.votes.withdraw(CardId(request.card_id), person.id, vote_round.id):
            raise LiveRefused("not_voted", "card_id", lang)
        used = store.board.votes.used(vote_round.id, person.id)
    return op.applied(max(0, vote_round.votes_per_person - used))


def accept_phone_commitment(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    request: CommitmentRequest,
    *,
    lang: Lang = "fr",
) -> Applied[Commitment]:
    """A commitment a participant proposed from their phone is added, proposed, to its alliance."""
    description = request.description.strip()
    if not description:
        raise LiveRefused("missing", "description", lang)
    try:
        alliance = store.alliances.get(AllianceId(request.alliance_id))
    except NotFound:
        alliance = None
    if alliance is None or alliance.workshop_id != workshop_id:
        raise LiveRefused("invalid", "alliance_id", lang)
    if request.quantity is not None and request.quantity < 0:
        raise LiveRefused("invalid", "quantity", lang)
    with operation(store) as op:
        person = _author_person(store, author, lang, workshop_id)
        organisation_id = person.organisation_id
        assert organisation_id is not None  # _author_person always gives an organisation
        partners = store.partners.find(
            "alliance_id = ? AND organisation_id = ?", [alliance.id, organisation_id]
        )
        partner = partners[0] if partners else None
        if partner is None:  # their organisation joins the alliance, with them as its contact
            partner = store.partners.add(
                Partner(
                    alliance_id=alliance.id,
                    organisation_id=organisation_id,
                    contact_person_id=person.id,
                )
            )
        kind = request.resource_kind
        commitment = store.commitments.add(
            Commitment(
                partner_id=partner.id,
                description=description,
                resource_kind=kind,
                quantity=request.quantity,
                unit=(request.unit or RESOURCE_UNITS[kind][0])
                if request.quantity is not None
                else "",
                due_date=request.due_date,
                status=CommitmentStatus.PROPOSE,
                signatory_id=person.id,
                note=PHONE_NOTE[0] if lang == "fr" else PHONE_NOTE[1],
            )
        )
        if author.device:
            LiveOwners(store.db).add_commitment(commitment.id, author.device)
    return op.applied(commitment)


def accept_pending(
    store: Store,
    workshop_id: WorkshopId,
    author: Author,
    request: CardRequest | CommitmentRequest,
    *,
    at: dt.datetime | None = None,
    lang: Lang = "fr",
    inbox_id: int | None = None,
) -> Applied[Card | Commitment]:
    """The facilitator accepts a contribution from the moderation inbox (a card or a commitment);
    its inbox item (`inbox_id`) goes in the same transaction (undone: it waits again)."""
    with operation(store) as op:
        if inbox_id is not None:
            LiveInboxRows(store.db).delete(inbox_id)
        if isinstance(request, CardRequest):
            result: Card | Commitment = accept_phone_card(
                store, workshop_id, author, request, at=at, lang=lang
            ).result
        else:
            result = accept_phone_commitment(store, workshop_id, author, request, lang=lang).result
    return op.applied(result)


def set_workshop_anonymous(
    store: Store, workshop_id: WorkshopId, anonymous: bool
) -> Applied[Workshop]:
    """The facilitator chooses whether the phones' cards of a workshop carry no names (from now
    on: cards already posted keep theirs). Phones still join with a first name and an
    organisation: it counts them present and gives them their own votes."""
    workshop = store.workshops.get(workshop_id)
    with operation(store) as op:
        changed = store.workshops.update(dataclasses.replace(workshop, anonymous=anonymous))
    return op.applied(changed)
