"""Alliance and commitment operations: seeding from cards, checking input, totals, follow-up."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workshop.domain.records import (
    Alliance,
    AllianceId,
    CardId,
    Commitment,
    CommitmentId,
    Organisation,
    OrganisationId,
    Partner,
    PartnerId,
    Workshop,
    WorkshopId,
)
from workshop.domain.vocabulary import (
    RESOURCE_UNITS,
    CommitmentStatus,
    OrganisationKind,
    PartnerRole,
    ResourceKind,
)
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.storage.store import Store

OPEN_STATUSES = (CommitmentStatus.PROPOSE, CommitmentStatus.CONFIRME)


class Problem(StrEnum):
    """Why a commitment's input cannot be saved (the UI words each one next to its field)."""

    PARTNER_MISSING = "partner_missing"
    PARTNER_AMBIGUOUS = "partner_ambiguous"
    DESCRIPTION_EMPTY = "description_empty"
    QUANTITY_NOT_NUMBER = "quantity_not_number"
    QUANTITY_NEGATIVE = "quantity_negative"
    DATE_UNREADABLE = "date_unreadable"
    DATE_BEFORE_WORKSHOP = "date_before_workshop"
    SIGNATORY_OTHER_ORGANISATION = "signatory_other_organisation"


_PROBLEM_TEXT = {
    Problem.PARTNER_MISSING: "the partner organisation is missing",
    Problem.PARTNER_AMBIGUOUS: "several organisations match the partner's name",
    Problem.DESCRIPTION_EMPTY: "say what is committed",
    Problem.QUANTITY_NOT_NUMBER: "the quantity is not a number",
    Problem.QUANTITY_NEGATIVE: "the quantity cannot be negative",
    Problem.DATE_UNREADABLE: "the due date is not a date (DD/MM/YYYY)",
    Problem.DATE_BEFORE_WORKSHOP: "the due date is before the workshop",
    Problem.SIGNATORY_OTHER_ORGANISATION: "the signatory belongs to another organisation",
}


class CommitmentInputError(InvalidInput):
    """Input that cannot become a commitment: one problem per field."""

    def __init__(self, problems: dict[str, Problem]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(_PROBLEM_TEXT[first], first_field)
        self.problems = problems


# --- parsing what the facilitator types -------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


def parse_quantity(text: str) -> float | None:
    """A quantity as typed, French or English style ("1 500,50", "1500.5"); blank is None."""
    compact = _SPACES.sub("", text).removesuffix("€")
    if not compact:
        return None
    if "," in compact and "." in compact:  # "1.500,50" or "1,500.50": the last one is decimal
        decimal = "," if compact.rfind(",") > compact.rfind(".") else "."
        compact = compact.replace("." if decimal == "," else ",", "")
    if not _NUMBER.fullmatch(compact):
        raise CommitmentInputError({"quantity": Problem.QUANTITY_NOT_NUMBER})
    value = float(compact.replace(",", "."))
    if value < 0:
        raise CommitmentInputError({"quantity": Problem.QUANTITY_NEGATIVE})
    return value


def parse_date(text: str) -> dt.date | None:
    """A date typed as 31/03/2027, 31-03-2027, 31.03.27 or 2027-03-31; blank is None."""
    text = text.strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(part) for part in text.split("-"))
            return dt.date(year, month, day)
        match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", text)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        pass
    raise CommitmentInputError({"due_date": Problem.DATE_UNREADABLE})


def format_date(value: dt.date | None) -> str:
    """A date the way it is typed in the form (31/03/2027)."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_quantity(value: float | None) -> str:
    """A quantity in French style: 1 500,5 (narrow no-break space between thousands)."""
    if value is None:
        return ""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the end of shorter months."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_due_date(workshop: Workshop | None, today: dt.date | None = None) -> dt.date:
    """Three months after the workshop (or after today when the workshop has no date)."""
    start = (workshop.date if workshop else None) or today or dt.date.today()
    return add_months(start, 3)


def default_unit(kind: ResourceKind) -> str:
    return RESOURCE_UNITS[kind][0]


# --- checking and saving commitments ---------------------------------------------------


def workshop_of_partner(store: Store, partner_id: PartnerId) -> Workshop | None:
    partner = store.partners.get(partner_id)
    alliance = store.alliances.get(partner.alliance_id)
    return store.workshops.get(alliance.workshop_id) if alliance.workshop_id else None


def check_commitment(store: Store, commitment: Commitment) -> None:
    """Raise CommitmentInputError when a commitment cannot be saved as it is."""
    problems: dict[str, Problem] = {}
    if not commitment.description.strip():
        problems["description"] = Problem.DESCRIPTION_EMPTY
    if commitment.quantity is not None and commitment.quantity < 0:
        problems["quantity"] = Problem.QUANTITY_NEGATIVE
    partner = store.partners.get(commitment.partner_id)
    workshop = workshop_of_partner(store, commitment.partner_id)
    if (
        commitment.due_date is not None
        and workshop is not None
        and workshop.date is not None
        and commitment.due_date < workshop.date
    ):
        problems["due_date"] = Problem.DATE_BEFORE_WORKSHOP
    if commitment.signatory_id is not None:
        signatory = store.people.get(commitment.signatory_id)
        if signatory.organisation_id != partner.organisation_id:
            problems["signatory"] = Problem.SIGNATORY_OTHER_ORGANISATION
    if problems:
        raise CommitmentInputError(problems)


def ensure_partner(
    store: Store,
    alliance_id: AllianceId,
    organisation_id: OrganisationId,
    role: PartnerRole = PartnerRole.PARTENAIRE,
) -> tuple[Partner, bool]:
    """The organisation's partner record in the alliance, added if missing; (partner, added)."""
    found = store.partners.find(
        "alliance_id = ? AND organisation_id = ?", [alliance_id, organisation_id]
    )
    if found:
        return found[0], False
    contacts = store.people.of_organisation(organisation_id)
    partner = Partner(
        alliance_id=alliance_id,
        organisation_id=organisation_id,
        role=role,
        contact_person_id=contacts[0].id if contacts else None,
    )
    return store.partners.add(partner), True


@dataclass(frozen=True)
class Created:
    """What one operation added, as (table, id) pairs, parents first (undo deletes them)."""

    rows: tuple[tuple[str, int], ...]


def alliance_from_cards(
    store: Store, workshop_id: WorkshopId, card_ids: Sequence[CardId], name: str
) -> Alliance:
    """A new alliance linked to cards; their authors' organisations become its partners.

    The first author's organisation is the pilot. One transaction.
    """
    name = name.strip()
    if not name:
        raise InvalidInput("an alliance needs a name", "name")
    with store.db.atomic():
        alliance = store.alliances.add(Alliance(workshop_id=workshop_id, name=name))
        store.alliances.link_cards(alliance.id, list(card_ids))
        for index, organisation_id in enumerate(card_organisations(store, card_ids)):
            role = PartnerRole.PILOTE if index == 0 else PartnerRole.PARTENAIRE
            ensure_partner(store, alliance.id, organisation_id, role)
    return alliance


def card_organisations(store: Store, card_ids: Iterable[CardId]) -> list[OrganisationId]:
    """The organisations of the cards' authors (a card's own, else its person's), in order."""
    result: list[OrganisationId] = []
    for card_id in card_ids:
        organisation_id = card_organisation(store, card_id)
        if organisation_id is not None and organisation_id not in result:
            result.append(organisation_id)
    return result


def card_organisation(store: Store, card_id: CardId) -> OrganisationId | None:
    card = store.board.cards.get(card_id)
    if card.organisation_id is not None:
        return card.organisation_id
    if card.person_id is not None:
        return store.people.get(card.person_id).organisation_id
    return None


def commitment_from_card(store: Store, card_id: CardId, alliance_id: AllianceId) -> Created:
    """A proposed commitment worded like the card, by its author's organisation (made partner).

    Raises InvalidInput when the card has no author organisation. One transaction.
    """
    organisation_id = card_organisation(store, card_id)
    if organisation_id is None:
        raise InvalidInput("the card has no author organisation to commit", "card")
    card = store.board.cards.get(card_id)
    alliance = store.alliances.get(alliance_id)
    workshop = store.workshops.get(alliance.workshop_id) if alliance.workshop_id else None
    with store.db.atomic():
        partner, added = ensure_partner(store, alliance_id, organisation_id)
        signatory = card.person_id
        if signatory is not None and store.people.get(signatory).organisation_id != (
            organisation_id
        ):
            signatory = None
        commitment = store.commitments.add(
            Commitment(
                partner_id=partner.id,
                description=card.text[:500],
                resource_kind=ResourceKind.HUMAIN,
                unit=default_unit(ResourceKind.HUMAIN),
                due_date=default_due_date(workshop),
                signatory_id=signatory or partner.contact_person_id,
                card_id=card_id,
            )
        )
    rows: list[tuple[str, int]] = [("partners", partner.id)] if added else []
    return Created((*rows, ("commitments", commitment.id)))


def add_commitment(
    store: Store,
    alliance_id: AllianceId,
    organisation: OrganisationId | str,
    commitment: Commitment,
) -> Created:
    """Save a commitment by an organisation, making it a partner first if it is not one.

    A commitment with an id is updated (its rows then name only the partner or organisation
    added); a new one is added. An organisation given by a name the registry does not know is
    added to it. One transaction.
    """
    rows: list[tuple[str, int]] = []
    with store.db.atomic():
        if isinstance(organisation, str):
            known = store.organisations.by_name(organisation)
            if known is None:
                if not organisation.strip():
                    raise CommitmentInputError({"partner": Problem.PARTNER_MISSING})
                known = store.organisations.add(Organisation(name=organisation.strip()))
                rows.append(("organisations", known.id))
            organisation = known.id
        partner, added = ensure_partner(store, alliance_id, organisation)
        if added:
            rows.append(("partners", partner.id))
        draft = dataclasses.replace(commitment, partner_id=partner.id)
        check_commitment(store, draft)
        if commitment.id:
            store.commitments.update(draft)
            return Created(tuple(rows))
        saved = store.commitments.add(draft)
    return Created((*rows, ("commitments", saved.id)))


# --- reading: joined rows, totals, follow-up ------------------------------------------


@dataclass(frozen=True)
class CommitmentView:
    """A commitment with the names around it: partner, alliance, workshop, signatory."""

    commitment: Commitment
    organisation_id: OrganisationId
    organisation: str
    organisation_kind: OrganisationKind
    role: PartnerRole
    alliance_id: AllianceId
    alliance: str
    workshop_id: WorkshopId | None
    workshop: str
    signatory: str

    @property
    def id(self) -> CommitmentId:
        return self.commitment.id

    def overdue(self, today: dt.date) -> bool:
        return is_overdue(self.commitment, today)


def is_overdue(commitment: Commitment, today: dt.date) -> bool:
    """An open commitment whose due date has passed."""
    return (
        commitment.status in OPEN_STATUSES
        and commitment.due_date is not None
        and commitment.due_date < today
    )


_VIEW_SQL = """
SELECT c.id AS c_id, o.id AS o_id, o.name AS o_name, o.kind AS o_kind, p.role AS p_role,
       a.id AS a_id, a.name AS a_name, w.id AS w_id, coalesce(w.title, '') AS w_title,
       trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')) AS s_name
FROM commitments c
JOIN partners p ON p.id = c.partner_id
JOIN organisations o ON o.id = p.organisation_id
JOIN alliances a ON a.id = p.alliance_id
LEFT JOIN workshops w ON w.id = a.workshop_id
LEFT JOIN people s ON s.id = c.signatory_id
"""


def commitment_views(
    store: Store,
    *,
    workshop_id: WorkshopId | None = None,
    alliance_id: AllianceId | None = None,
    organisation_id: OrganisationId | None = None,
    statuses: Sequence[CommitmentStatus] = (),
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    territory: str | None = None,
) -> list[CommitmentView]:
    """Commitments with their names, filtered; by alliance, then partner, then id.

    `territory` keeps the workshops held in that territory (case-insensitive).
    """
    where: list[str] = ["1"]
    params: list[object] = []
    for column, value in (
        ("a.workshop_id", workshop_id),
        ("a.id", alliance_id),
        ("o.id", organisation_id),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if statuses:
        where.append(f"c.status IN ({','.join('?' * len(statuses))})")
        params.extend(s.value for s in statuses)
    if territory is not None:
        where.append("w.territory = ? COLLATE NOCASE")
        params.append(territory.strip())
    if due_from is not None:
        where.append("c.due_date >= ?")
        params.append(due_from.isoformat())
    if due_to is not None:
        where.append("c.due_date <= ?")
        params.append(due_to.isoformat())
    sql = (
        _VIEW_SQL
        + " WHERE "
        + " AND ".join(where)
        + " ORDER BY a.id, CASE p.role WHEN 'pilote' THEN 0 ELSE 1 END, o.name COLLATE NOCASE, c.id"
    )
    rows = list(store.db.query(sql, params))
    commitments = {
        c.id: c
        for c in store.commitments.find(
            f"id IN ({','.join('?' * len(rows))})" if rows else "0", [r["c_id"] for r in rows]
        )
    }
    return [
        CommitmentView(
            commitment=commitments[r["c_id"]],
            organisation_id=OrganisationId(r["o_id"]),
            organisation=r["o_name"],
            organisation_kind=OrganisationKind(r["o_kind"]),
            role=PartnerRole(r["p_role"]),
            alliance_id=AllianceId(r["a_id"]),
            alliance=r["a_name"],
            workshop_id=WorkshopId(r["w_id"]) if r["w_id"] is not None else None,
            workshop=r["w_title"],
            signatory=r["s_name"],
        )
        for r in rows
    ]


def follow_up(
    store: Store,
    today: dt.date,
    *,
    alliance_id: AllianceId | None = None,
    organisation_id: OrganisationId | None = None,
    statuses: Sequence[CommitmentStatus] = OPEN_STATUSES,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    territory: str | None = None,
) -> list[CommitmentView]:
    """Commitments across every workshop (of a territory), overdue ones first, then by date."""
    views = commitment_views(
        store,
        alliance_id=alliance_id,
        organisation_id=organisation_id,
        statuses=statuses,
        due_from=due_from,
        due_to=due_to,
        territory=territory,
    )
    return sorted(
        views,
        key=lambda v: (
            not v.overdue(today),
            v.commitment.due_date is None,
            v.commitment.due_date or dt.date.max,
            v.id,
        ),
    )


@dataclass(frozen=True)
class ResourceTotal:
    """The sum of one resource kind in one unit (euros summed, hours summed…)."""

    kind: ResourceKind
    unit: str
    quantity: float
    count: int


def totals_by_resource(commitments: Iterable[Commitment]) -> list[ResourceTotal]:
    """Quantities summed by resource kind and unit, dropped commitments left out.

    Ordered like the resource kinds, then by unit.
    """
    sums: dict[tuple[ResourceKind, str], tuple[float, int]] = {}
    for c in commitments:
        if c.status == CommitmentStatus.ABANDONNE:
            continue
        key = (c.resource_kind, c.unit)
        total, count = sums.get(key, (0.0, 0))
        sums[key] = (total + (c.quantity or 0.0), count + 1)
    order = list(ResourceKind)
    return [
        ResourceTotal(kind, unit, total, count)
        for (kind, unit), (total, count) in sorted(
            sums.items(), key=lambda item: (order.index(item[0][0]), item[0][1])
        )
    ]


# --- operations the board runs (one transaction each, undone by their token) --------------


def seed_alliance(
    store: Store, workshop_id: WorkshopId, card_ids: Sequence[CardId], name: str
) -> Applied[Alliance]:
    """A new alliance from board cards: the cards stay linked, their authors become partners."""
    with operation(store) as op:
        alliance = alliance_from_cards(store, workshop_id, card_ids, name)
    return op.applied(alliance)


def card_to_commitment(
    store: Store, card_id: CardId, alliance_id: AllianceId
) -> Applied[Commitment]:
    """A card becomes a proposed commitment of its author's organisation to an alliance."""
    with operation(store) as op:
        created = commitment_from_card(store, card_id, alliance_id)
        commitment = store.commitments.get(
            next(row_id for table, row_id in created.rows if table == "commitments")
        )
    return op.applied(commitment)
