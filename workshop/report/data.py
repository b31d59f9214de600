"""A plain snapshot of one workshop's data, read once from the store, for the report."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from workshop.domain.records import (
    CHECKED_IN_BY_PHONE,
    Alliance,
    AllianceId,
    Attendance,
    Card,
    CardId,
    Cluster,
    ClusterId,
    Commitment,
    CommitmentId,
    Decision,
    Organisation,
    OrganisationId,
    Partner,
    PartnerId,
    Person,
    PersonId,
    Workshop,
    WorkshopFigures,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.domain.text import sort_key
from workshop.domain.totals import CommitmentTotals, commitment_totals
from workshop.domain.vocabulary import CommitmentStatus, OrganisationKind, PartnerRole
from workshop.ops.live import PHONE_NOTE
from workshop.queries.commitments import CommitmentView
from workshop.queries.open_space import OpenSpaceGrid, open_space_grid
from workshop.queries.polls import PollResults, workshop_polls
from workshop.queries.previous import previous_commitments
from workshop.queries.tables import WhoSatWhere, who_sat_where
from workshop.storage.board import VoteTally
from workshop.storage.repository import Repository
from workshop.storage.store import Store

R = TypeVar("R")
OPEN_STATUSES = (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)


@dataclass(frozen=True, kw_only=True)
class ReportData:
    """Everything the report shows about one workshop, with lookups by id."""

    workshop: Workshop
    figures: WorkshopFigures
    attendance: tuple[Attendance, ...]
    people: dict[PersonId, Person]
    organisations: dict[OrganisationId, Organisation]
    zones: tuple[Zone, ...]
    cards: tuple[Card, ...]
    clusters: tuple[Cluster, ...]
    votes: dict[CardId, int]
    alliances: tuple[Alliance, ...]
    partners: tuple[Partner, ...]
    commitments: tuple[Commitment, ...]
    decisions: tuple[Decision, ...] = ()
    # The workshop this one follows and its commitments as they stand now (all statuses).
    previous: Workshop | None = None
    previous_commitments: tuple[CommitmentView, ...] = ()
    previous_reminders: dict[CommitmentId, int] = field(default_factory=dict)  # reminders made
    seating: WhoSatWhere = field(default_factory=WhoSatWhere)  # who sat at which table, per round
    open_space: OpenSpaceGrid | None = None  # the forum ouvert: its grid, sessions, members
    polls: tuple[PollResults, ...] = ()  # the quick polls and word clouds, with their results
    # Each card's votes by where they came from: participants, the room, paper dots counted.
    vote_sources: dict[CardId, VoteTally] = field(default_factory=dict)
    _partners_by_id: dict[PartnerId, Partner] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._partners_by_id.update({p.id: p for p in self.partners})

    # Lookups -------------------------------------------------------------------------------

    def contact(self, person_id: PersonId | None, contacts: bool) -> str:
        """A person's name, with their e-mail and phone only when contacts are asked for."""
        person = self.people.get(person_id) if person_id else None
        if person is None:
            return ""
        if not contacts:
            return person.full_name
        return " · ".join(x for x in (person.full_name, person.email, person.phone) if x)

    @staticmethod
    def from_phone(commitment: Commitment) -> bool:
        """A pledge typed on a phone (it carries the note the phone page writes)."""
        return commitment.note in PHONE_NOTE

    def present_by_organisation(self) -> list[tuple[Organisation | None, list[Person]]]:
        """The people present grouped by organisation, by name (people without one last),
        each group by last then first name."""
        groups: dict[Organisation | None, list[Person]] = defaultdict(list)
        for attendance in self.attendance:
            if not attendance.present:
                continue
            person = self.people[attendance.person_id]
            organisation = (
                self.organisations.get(person.organisation_id) if person.organisation_id else None
            )
            groups[organisation].append(person)
        for people in groups.values():
            people.sort(key=lambda p: (sort_key(p.last_name), sort_key(p.first_name), p.id))
        return sorted(
            groups.items(),
            key=lambda item: (
                item[0] is None,
                sort_key(item[0].name) if item[0] else "",
                item[0].id if item[0] else 0,
            ),
        )

    def partner(self, partner_id: PartnerId) -> Partner:
        return self._partners_by_id[partner_id]

    def organisation_of_partner(self, partner_id: PartnerId) -> Organisation:
        return self.organisations[self.partner(partner_id).organisation_id]

    def alliance(self, alliance_id: AllianceId) -> Alliance:
        return next(a for a in self.alliances if a.id == alliance_id)

    def partners_of(self, alliance_id: AllianceId) -> list[Partner]:
        return [p for p in self.partners if p.alliance_id == alliance_id]

    def partners_by_role(self, alliance_id: AllianceId) -> list[Partner]:
        """An alliance's partners, pilot first (the roles' order), then by name."""
        roles = list(PartnerRole)
        return sorted(
            self.partners_of(alliance_id),
            key=lambda p: (
                roles.index(p.role),
                sort_key(self.organisations[p.organisation_id].name),
                p.id,
            ),
        )

    def commitments_of(self, alliance_id: AllianceId) -> list[Commitment]:
        ids = {p.id for p in self.partners_of(alliance_id)}
        return [c for c in self.commitments if c.partner_id in ids]

    def card_organisation(self, card: Card) -> Organisation | None:
        """The card's organisation, or its author's."""
        person = self.people.get(card.person_id) if card.person_id else None
        organisation_id = card.organisation_id or (person.organisation_id if person else None)
        return self.organisations.get(organisation_id) if organisation_id else None

    def card_author(self, card: Card) -> str:
        """'Person (Organisation)', or whichever of the two is known."""
        person = self.people.get(card.person_id) if card.person_id else None
        organisation = self.card_organisation(card)
        if person and organisation:
            return f"{person.full_name} ({organisation.name})"
        if person:
            return person.full_name
        return organisation.name if organisation else ""

    def cluster_label(self, cluster_id: ClusterId | None) -> str:
        return next((c.label for c in self.clusters if c.id == cluster_id), "")

    def zone_name(self, zone_id: ZoneId | None) -> str:
        return next((z.name for z in self.zones if z.id == zone_id), "")

    # Figures -------------------------------------------------------------------------------

    def present_people(self) -> list[Person]:
        return [self.people[a.person_id] for a in self.attendance if a.present]

    def phone_people(self) -> list[Person]:
        """People present who checked in from their phone (counted among those present)."""
        return [
            self.people[a.person_id]
            for a in self.attendance
            if a.present and a.checked_in_via == CHECKED_IN_BY_PHONE
        ]

    def present_organisations(self) -> list[Organisation]:
        """Organisations with someone present, by name."""
        ids = {p.organisation_id for p in self.present_people() if p.organisation_id}
        return sorted((self.organisations[i] for i in ids), key=lambda o: (sort_key(o.name), o.id))

    def present_organisations_by_kind(self) -> list[tuple[OrganisationKind, int]]:
        """Organisations with someone present, counted by kind (in the vocabulary's order)."""
        present = {p.organisation_id for p in self.present_people() if p.organisation_id}
        counts = Counter(self.organisations[o].kind for o in present)
        return [(kind, counts[kind]) for kind in OrganisationKind if counts[kind]]

    def totals(self) -> CommitmentTotals:
        """The commitments summed by resource and unit, each status apart (abandoned: counted)."""
        return commitment_totals(self.commitments)

    def open_commitments(self) -> list[Commitment]:
        """Commitments proposed or confirmed, by due date (undated last)."""
        return sorted(
            (c for c in self.commitments if c.status in OPEN_STATUSES),
            key=lambda c: (c.due_date is None, c.due_date or 0, c.id),
        )

    def partner_organisations(self) -> list[Organisation]:
        """Organisations taking part in at least one alliance, by name."""
        ids = {p.organisation_id for p in self.partners}
        return sorted((self.organisations[i] for i in ids), key=lambda o: (sort_key(o.name), o.id))


def collect(store: Store, workshop_id: WorkshopId) -> ReportData:
    """Read one workshop's data from the store into a ReportData (a few queries, no writes)."""
    workshop = store.workshops.get(workshop_id)
    attendance = store.attendance.of_workshop(workshop_id)
    alliances = store.alliances.of_workshop(workshop_id)
    partners = store.partners.find(
        "alliance_id IN (SELECT id FROM alliances WHERE workshop_id = ?)", [workshop_id]
    )
    cards = store.board.cards.of_workshop(workshop_id)
    person_ids = {a.person_id for a in attendance}
    person_ids |= {c.person_id for c in cards if c.person_id}
    person_ids |= {p.contact_person_id for p in partners if p.contact_person_id}
    commitments = store.commitments.of_workshop(workshop_id)
    person_ids |= {c.signatory_id for c in commitments if c.signatory_id}
    people = {p.id: p for p in _by_ids(store.people, sorted(person_ids))}
    organisation_ids = {p.organisation_id for p in people.values() if p.organisation_id}
    organisation_ids |= {c.organisation_id for c in cards if c.organisation_id}
    organisation_ids |= {p.organisation_id for p in partners}
    organisations = {o.id: o for o in _by_ids(store.organisations, sorted(organisation_ids))}
    previous, previous_views = previous_commitments(store, workshop, open_only=False)
    return ReportData(
        workshop=workshop,
        figures=store.workshops.figures(workshop_id),
        attendance=tuple(attendance),
        people=people,
        organisations=organisations,
        zones=tuple(store.board.zones.of_workshop(workshop_id)),
        cards=tuple(cards),
        clusters=tuple(store.board.clusters.of_workshop(workshop_id)),
        votes=store.board.votes.totals(workshop_id),
        alliances=tuple(alliances),
        partners=tuple(partners),
        commitments=tuple(commitments),
        decisions=tuple(store.decisions.of_workshop(workshop_id)),
        previous=previous,
        previous_commitments=tuple(previous_views),
        previous_reminders=store.reminders.counts(v.id for v in previous_views),
        seating=who_sat_where(store, workshop_id),
        open_space=open_space_grid(store, workshop_id),
        polls=tuple(workshop_polls(store, workshop_id)),
        vote_sources=store.board.votes.tallies_of_workshop(workshop_id),
    )


def _by_ids(repository: Repository[R], ids: Sequence[int]) -> list[R]:
    found: list[R] = []
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        found += repository.find(f"id IN ({','.join('?' * len(chunk))})", chunk)
    return found
