"""The records of the domain: plain frozen dataclasses with typed ids.

A record whose id is 0 has not been saved yet; repositories return saved copies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NewType

from workshop.domain.vocabulary import (
    AllianceStatus,
    CatalystNeed,
    CommitmentStatus,
    DataBasis,
    Method,
    OrganisationKind,
    PartnerRole,
    PartnershipType,
    ResourceKind,
)

OrganisationId = NewType("OrganisationId", int)
PersonId = NewType("PersonId", int)
WorkshopId = NewType("WorkshopId", int)
ZoneId = NewType("ZoneId", int)
CardId = NewType("CardId", int)
ClusterId = NewType("ClusterId", int)
VoteId = NewType("VoteId", int)
AllianceId = NewType("AllianceId", int)
PartnerId = NewType("PartnerId", int)
DecisionId = NewType("DecisionId", int)
CommitmentId = NewType("CommitmentId", int)
ReminderId = NewType("ReminderId", int)
CommitmentChangeId = NewType("CommitmentChangeId", int)


@dataclass(frozen=True, kw_only=True)
class Organisation:
    """An actor of the territory: a legal body or an informal group."""

    id: OrganisationId = OrganisationId(0)
    name: str
    kind: OrganisationKind = OrganisationKind.ASSOCIATION
    sector: str = ""
    territory: str = ""
    website: str = ""
    siren: str = ""
    siret: str = ""
    rna: str = ""
    offers: tuple[ResourceKind, ...] = ()
    needs: str = ""
    sdgs: tuple[int, ...] = ()
    notes: str = ""
    commune_code: str = ""  # the commune's INSEE code (COG), "" when not known
    commune_name: str = ""
    postcode: str = ""
    address: str = ""  # street and number, optional
    latitude: float | None = None  # the point drawn on the map (the commune's centre by default)
    longitude: float | None = None


@dataclass(frozen=True, kw_only=True)
class Person:
    """Someone, usually belonging to an organisation; personal data under the GDPR."""

    id: PersonId = PersonId(0)
    first_name: str = ""
    last_name: str = ""
    organisation_id: OrganisationId | None = None
    title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    data_basis: DataBasis = DataBasis.LEGITIMATE_INTEREST
    consent_date: dt.date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, kw_only=True)
class AgendaStep:
    """One timed step of a workshop's agenda (a phase of the board's timer)."""

    title: str
    minutes: int = 15


@dataclass(frozen=True, kw_only=True)
class Workshop:
    """One session: where and when, who leads it, the question and the SDGs it targets."""

    id: WorkshopId = WorkshopId(0)
    title: str
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    territory: str = ""
    facilitator: str = ""
    question: str = ""
    sdgs: tuple[int, ...] = ()
    agenda: tuple[AgendaStep, ...] = ()
    next_meeting_date: dt.date | None = None
    next_meeting_place: str = ""
    facilitator_contact: str = ""
    anonymous: bool = False
    previous_workshop_id: WorkshopId | None = None  # the workshop this one follows up
    timer_state: str = ""  # the board timer's phase and time left, as JSON ("": not started)
    origin: str = ""  # the bundle id of a workshop handed over by another catalyst ("": made here)
    territory_code: str = ""  # the EPCI (SIREN) or département code its map is drawn on
    needs: tuple[CatalystNeed, ...] = ()  # which of the catalysts' four needs it answers
    methods: tuple[Method, ...] = ()  # the co-construction methods it runs ((): the board alone)


@dataclass(frozen=True, kw_only=True)
class Decision:
    """A decision or follow-up agreed at a workshop: what, who carries it, by when."""

    id: DecisionId = DecisionId(0)
    workshop_id: WorkshopId
    text: str
    owner: str = ""
    due_date: dt.date | None = None
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class Attendance:
    """A person registered for a workshop, whether they checked in, and how: `checked_in_via`
    is "" at the desk, CHECKED_IN_BY_PHONE when they named themselves on a phone."""

    workshop_id: WorkshopId
    person_id: PersonId
    present: bool = False
    checked_in_at: dt.datetime | None = None
    checked_in_via: str = ""


CHECKED_IN_BY_PHONE = "phone"


@dataclass(frozen=True, kw_only=True)
class Zone:
    """An area of the board, one per step of the workshop."""

    id: ZoneId = ZoneId(0)
    workshop_id: WorkshopId
    name: str
    x: float = 0.0
    y: float = 0.0
    width: float = 400.0
    height: float = 600.0
    colour: str = "#F4F6F8"
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class Cluster:
    """Cards grouped under a label; the group moves as one."""

    id: ClusterId = ClusterId(0)
    workshop_id: WorkshopId
    label: str
    colour: str = "#FFF3C4"
    collapsed: bool = False


@dataclass(frozen=True, kw_only=True)
class Card:
    """A contribution on the board, by a person and/or an organisation."""

    id: CardId = CardId(0)
    workshop_id: WorkshopId
    text: str
    zone_id: ZoneId | None = None
    cluster_id: ClusterId | None = None
    person_id: PersonId | None = None
    organisation_id: OrganisationId | None = None
    x: float = 0.0
    y: float = 0.0
    sdgs: tuple[int, ...] = ()
    source: str = "facilitator"
    created_at: dt.datetime | None = None
    colour: str = ""  # chosen by hand (#RRGGBB), "" for the plain card
    tags: tuple[str, ...] = ()  # chosen by hand, shown on the card


@dataclass(frozen=True, kw_only=True)
class Vote:
    """One dot put on a card, possibly on behalf of a participant."""

    id: VoteId = VoteId(0)
    card_id: CardId
    person_id: PersonId | None = None


@dataclass(frozen=True, kw_only=True)
class Alliance:
    """A group of partners around a shared project."""

    id: AllianceId = AllianceId(0)
    workshop_id: WorkshopId | None = None
    name: str
    objective: str = ""
    sdgs: tuple[int, ...] = ()
    partnership_type: PartnershipType | None = None
    status: AllianceStatus = AllianceStatus.IDEE
    needs: tuple[CatalystNeed, ...] = ()  # which of the catalysts' four needs it answers


@dataclass(frozen=True, kw_only=True)
class Partner:
    """An organisation taking a role in an alliance, with a contact person."""

    id: PartnerId = PartnerId(0)
    alliance_id: AllianceId
    organisation_id: OrganisationId
    role: PartnerRole = PartnerRole.PARTENAIRE
    contact_person_id: PersonId | None = None


@dataclass(frozen=True, kw_only=True)
class Commitment:
    """What one partner commits to an alliance: what, which resource, how much, by when."""

    id: CommitmentId = CommitmentId(0)
    partner_id: PartnerId
    description: str
    resource_kind: ResourceKind = ResourceKind.HUMAIN
    quantity: float | None = None
    unit: str = ""
    due_date: dt.date | None = None
    status: CommitmentStatus = CommitmentStatus.PROPOSE
    signatory_id: PersonId | None = None
    note: str = ""
    card_id: CardId | None = None
    done_date: dt.date | None = None  # when it was done, as the partner says


@dataclass(frozen=True, kw_only=True)
class Reminder:
    """A reminder (relance) made for a commitment: when, to whom, written how ("eml" file,
    "mailto" opened in the mail program, "copy" to the clipboard)."""

    id: ReminderId = ReminderId(0)
    commitment_id: CommitmentId
    made_at: dt.datetime
    to_name: str = ""
    to_email: str = ""
    channel: str = "eml"


@dataclass(frozen=True, kw_only=True)
class CommitmentChange:
    """A change of a commitment's status or due date: when, which field, from what to what
    (the stored values: a status's value, an ISO date, or None)."""

    id: CommitmentChangeId = CommitmentChangeId(0)
    commitment_id: CommitmentId
    at: dt.datetime
    field: str
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True, kw_only=True)
class WorkshopFigures:
    """The counts shown beside a workshop in the list and on the report."""

    people: int = 0
    present: int = 0
    organisations: int = 0
    cards: int = 0
    alliances: int = 0
    commitments: int = 0
