"""Operations on alliances, their partners and commitments: one function per user action.

Each runs in one transaction and returns `Applied` (what changed, the undo); a refused action
raises InvalidInput (CommitmentInputError for a commitment, one problem per field) and writes
nothing. A typed organisation name goes through `resolve_organisation`: an unknown one is added
only with the kind the facilitator chose.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from workshop.domain.needs import checked_needs
from workshop.domain.quantities import (
    OPEN_STATUSES,
    CommitmentInputError,
    Problem,
    default_due_date,
    default_unit,
    draft_problems,
)
from workshop.domain.records import (
    Alliance,
    AllianceId,
    CardId,
    Commitment,
    CommitmentId,
    OrganisationId,
    Partner,
    PartnerId,
    PersonId,
    WorkshopId,
)
from workshop.domain.validation import clean_fields, clean_text
from workshop.domain.vocabulary import (
    AllianceStatus,
    CommitmentStatus,
    Lang,
    OrganisationKind,
    PartnerRole,
    ResourceKind,
)
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.ops.registry import AmbiguousOrganisation, UnknownOrganisation, resolve_organisation
from workshop.queries.commitments import (
    card_organisation,
    card_organisations,
    partner_in,
    workshop_of_alliance,
)
from workshop.storage.store import Store

MESSAGES: dict[str, tuple[str, str]] = {
    "alliance_name_missing": ("Donnez un nom à l'alliance.", "The alliance needs a name."),
    "alliance_status": (
        "Statut d'alliance inconnu : « {value} ».",
        "Unknown alliance status: “{value}”.",
    ),
    "alliance_sdgs": (
        "Les objectifs de développement durable vont de 1 à 17.",
        "The sustainable development goals go from 1 to 17.",
    ),
    "card_without_author": (
        "Cette contribution n'a pas d'organisation auteur : indiquez-en une.",
        "This contribution has no author organisation: give one first.",
    ),
    "partner_missing": ("Indiquez l'organisation partenaire.", "Give the partner organisation."),
    "done_in_future": (
        "La date de réalisation ne peut pas être après aujourd'hui.",
        "The date it was done cannot be after today.",
    ),
    "carry_closed": (
        "Un engagement réalisé ou abandonné ne se reporte pas.",
        "A commitment done or dropped is not carried over.",
    ),
    "already_partner": (
        "« {name} » est déjà partenaire de l'alliance.",
        "“{name}” is already a partner of the alliance.",
    ),
    "contact_other_organisation": (
        "Cette personne n'est pas de l'organisation partenaire.",
        "This person does not belong to the partner organisation.",
    ),
}

# The order in which a commitment's fields are checked (the first problem is the message).
COMMITMENT_FIELDS = ("partner", "signatory", "description", "quantity", "due_date")


def _message(code: str, lang: Lang, **values: str) -> str:
    fr, en = MESSAGES[code]
    return (fr if lang == "fr" else en).format(**values)


# --- alliances ---------------------------------------------------------------------------


def _check_alliance(alliance: Alliance, lang: Lang) -> Alliance:
    """The alliance as it will be saved (name trimmed), or InvalidInput naming the field."""
    alliance = clean_fields(alliance)  # no control nor invisible characters in any text
    name = " ".join(alliance.name.split())
    if not name:
        raise InvalidInput(_message("alliance_name_missing", lang), "name")
    if any(not 1 <= sdg <= 17 for sdg in alliance.sdgs):
        raise InvalidInput(_message("alliance_sdgs", lang), "sdgs")
    return dataclasses.replace(
        alliance,
        name=name,
        objective=alliance.objective.strip(),
        sdgs=tuple(alliance.sdgs),
        needs=checked_needs(alliance.needs, lang),
    )


def create_alliance(store: Store, alliance: Alliance, *, lang: Lang = "fr") -> Applied[Alliance]:
    """The facilitator creates an alliance (name, objective, SDGs, partnership type, status)."""
    draft = dataclasses.replace(_check_alliance(alliance, lang), id=AllianceId(0))
    with operation(store) as op:
        if draft.workshop_id is not None:
            store.workshops.get(draft.workshop_id)  # NotFound: no alliance of a deleted workshop
        created = store.alliances.add(draft)
    return op.applied(created)


def edit_alliance(store: Store, alliance: Alliance, *, lang: Lang = "fr") -> Applied[Alliance]:
    """The facilitator changes an alliance's name, objective, SDGs, partnership type or status."""
    edited = _check_alliance(alliance, lang)
    with operation(store) as op:
        store.alliances.get(edited.id)
        store.alliances.update(edited)
    return op.applied(edited)


def set_alliance_status(
    store: Store, alliance_id: AllianceId, status: AllianceStatus | str, *, lang: Lang = "fr"
) -> Applied[Alliance]:
    """The facilitator moves an alliance on (Idée, En construction, Formalisée), nothing else."""
    try:
        wanted = AllianceStatus(status)
    except ValueError:
        raise InvalidInput(_message("alliance_status", lang, value=str(status)), "status") from None
    with operation(store) as op:
        alliance = store.alliances.get(alliance_id)
        moved = dataclasses.replace(alliance, status=wanted)
        if moved != alliance:
            store.alliances.update(moved)
    return op.applied(moved)


def delete_alliance(store: Store, alliance_id: AllianceId) -> Applied[None]:
    """The facilitator deletes an alliance, with its partners, commitments and card links."""
    with operation(store) as op:
        store.alliances.get(alliance_id)
        store.alliances.delete(alliance_id)
    return op.applied(None)


def seed_alliance(
    store: Store, workshop_id: WorkshopId, card_ids: Sequence[CardId], name: str
) -> Applied[Alliance]:
    """A new alliance from board cards: they stay linked, their authors partners (first: pilot)."""
    draft = _check_alliance(Alliance(workshop_id=workshop_id, name=name), "fr")
    with operation(store) as op:
        store.workshops.get(workshop_id)
        alliance = store.alliances.add(draft)
        store.alliances.link_cards(alliance.id, list(card_ids))
        for index, organisation_id in enumerate(card_organisations(store, card_ids)):
            role = PartnerRole.PILOTE if index == 0 else PartnerRole.PARTENAIRE
            _ensure_partner(store, alliance.id, organisation_id, role)
    return op.applied(alliance)


# --- partners ------------------------------------------------------------------------------


def _ensure_partner(
    store: Store,
    alliance_id: AllianceId,
    organisation_id: OrganisationId,
    role: PartnerRole = PartnerRole.PARTENAIRE,
) -> Partner:
    """The organisation's partner record in the alliance, added (first person as contact)."""
    found = partner_in(store, alliance_id, organisation_id)
    if found is not None:
        return found
    contacts = store.people.of_organisation(organisation_id)
    return store.partners.add(
        Partner(
            alliance_id=alliance_id,
            organisation_id=organisation_id,
            role=role,
            contact_person_id=contacts[0].id if contacts else None,
        )
    )


def _check_contact(
    store: Store, contact_person_id: PersonId | None, organisation_id: OrganisationId, lang: Lang
) -> None:
    if contact_person_id is None:
        return
    if store.people.get(contact_person_id).organisation_id != organisation_id:
        raise InvalidInput(_message("contact_other_organisation", lang), "contact")


def add_partner(
    store: Store,
    alliance_id: AllianceId,
    organisation: OrganisationId | str,
    role: PartnerRole = PartnerRole.PARTENAIRE,
    contact_person_id: PersonId | None = None,
    *,
    kind: OrganisationKind | None = None,
    lang: Lang = "fr",
) -> Applied[Partner]:
    """The facilitator adds an organisation (id, or typed name: new only with `kind`) as partner."""
    if isinstance(organisation, str) and not organisation.strip():
        raise InvalidInput(_message("partner_missing", lang), "organisation")
    with operation(store) as op:
        store.alliances.get(alliance_id)
        if isinstance(organisation, str):
            found = resolve_organisation(store, organisation, kind, lang=lang).result
            assert found is not None  # a blank name was refused above
        else:
            found = store.organisations.get(organisation)
        if partner_in(store, alliance_id, found.id) is not None:
            raise InvalidInput(_message("already_partner", lang, name=found.name), "organisation")
        _check_contact(store, contact_person_id, found.id, lang)
        partner = store.partners.add(
            Partner(
                alliance_id=alliance_id,
                organisation_id=found.id,
                role=role,
                contact_person_id=contact_person_id,
            )
        )
    return op.applied(partner)


def edit_partner(
    store: Store,
    partner_id: PartnerId,
    role: PartnerRole,
    contact_person_id: PersonId | None,
    *,
    lang: Lang = "fr",
) -> Applied[Partner]:
    """The facilitator changes a partner's role in the alliance or its contact person."""
    with operation(store) as op:
        partner = store.partners.get(partner_id)
        _check_contact(store, contact_person_id, partner.organisation_id, lang)
        edited = dataclasses.replace(partner, role=role, contact_person_id=contact_person_id)
        store.partners.update(edited)
    return op.applied(edited)


def remove_partner(store: Store, partner_id: PartnerId) -> Applied[None]:
    """The facilitator removes a partner from an alliance, with the commitments it made there."""
    with operation(store) as op:
        store.partners.get(partner_id)
        store.partners.delete(partner_id)
    return op.applied(None)


# --- commitments ---------------------------------------------------------------------------


def _committed(
    store: Store,
    alliance_id: AllianceId,
    organisation: OrganisationId | str,
    commitment: Commitment,
    kind: OrganisationKind | None,
    lang: Lang,
) -> Commitment:
    """The commitment checked and given its partner (made partner if needed): inside an op.

    Raises CommitmentInputError with every problem found; the caller's transaction then
    writes nothing (an organisation added on the way is rolled back with it).
    """
    problems = draft_problems(commitment, workshop_of_alliance(store, alliance_id))
    organisation_id: OrganisationId | None = None
    if isinstance(organisation, str):
        if not organisation.strip():
            problems["partner"] = Problem.PARTNER_MISSING
        else:
            try:
                found = resolve_organisation(
                    store, organisation, kind, lang=lang, field="partner"
                ).result
            except UnknownOrganisation:
                problems["partner"] = Problem.PARTNER_UNKNOWN
            except AmbiguousOrganisation:
                problems["partner"] = Problem.PARTNER_AMBIGUOUS
            else:
                organisation_id = found.id if found else None
    else:
        organisation_id = store.organisations.get(organisation).id
    if commitment.signatory_id is not None and (
        organisation_id is None
        or store.people.get(commitment.signatory_id).organisation_id != organisation_id
    ):
        problems["signatory"] = Problem.SIGNATORY_OTHER_ORGANISATION
    if problems:
        ordered = {f: problems[f] for f in COMMITMENT_FIELDS if f in problems}
        raise CommitmentInputError(ordered, lang)
    assert organisation_id is not None
    partner = _ensure_partner(store, alliance_id, organisation_id)
    return dataclasses.replace(
        commitment,
        description=clean_text(commitment.description, multiline=True),
        partner_id=partner.id,
    )


def add_commitment(
    store: Store,
    alliance_id: AllianceId,
    organisation: OrganisationId | str,
    commitment: Commitment,
    *,
    kind: OrganisationKind | None = None,
    lang: Lang = "fr",
) -> Applied[Commitment]:
    """The facilitator records a commitment; its organisation (new only with `kind`) is partner."""
    with operation(store) as op:
        draft = _committed(store, alliance_id, organisation, commitment, kind, lang)
        saved = store.commitments.add(dataclasses.replace(draft, id=CommitmentId(0)))
    return op.applied(saved)


def edit_commitment(
    store: Store,
    commitment_id: CommitmentId,
    alliance_id: AllianceId,
    organisation: OrganisationId | str,
    commitment: Commitment,
    *,
    kind: OrganisationKind | None = None,
    lang: Lang = "fr",
) -> Applied[Commitment]:
    """The facilitator corrects a commitment, maybe moving it to another organisation (partner)."""
    with operation(store) as op:
        stored = store.commitments.get(commitment_id)
        draft = _committed(store, alliance_id, organisation, commitment, kind, lang)
        edited = dataclasses.replace(draft, id=commitment_id, card_id=stored.card_id)
        store.commitments.update(edited)
    return op.applied(store.commitments.get(commitment_id))


def delete_commitment(store: Store, commitment_id: CommitmentId) -> Applied[None]:
    """The facilitator deletes a commitment."""
    with operation(store) as op:
        store.commitments.get(commitment_id)
        store.commitments.delete(commitment_id)
    return op.applied(None)


def set_commitment_status(
    store: Store, commitment_id: CommitmentId, status: CommitmentStatus
) -> Applied[Commitment]:
    """The room confirms a commitment during the read-back (proposé → confirmé, réalisé…)."""
    with operation(store) as op:
        commitment = store.commitments.get(commitment_id)
        if commitment.status != status:
            store.commitments.update(dataclasses.replace(commitment, status=status))
    return op.applied(store.commitments.get(commitment_id))


def set_commitments_status(
    store: Store, commitment_ids: Sequence[CommitmentId], status: CommitmentStatus
) -> Applied[list[Commitment]]:
    """The facilitator gives the commitments selected in the follow-up one status, at once."""
    with operation(store) as op:
        result = []
        for commitment_id in dict.fromkeys(commitment_ids):
            commitment = store.commitments.get(commitment_id)
            if commitment.status != status:
                commitment = dataclasses.replace(commitment, status=status)
                store.commitments.update(commitment)
            result.append(commitment)
    return op.applied(result)


def update_commitments(
    store: Store,
    commitment_ids: Sequence[CommitmentId],
    *,
    status: CommitmentStatus | None = None,
    done_date: dt.date | None = None,
    note: str = "",
    today: dt.date | None = None,
    lang: Lang = "fr",
) -> Applied[list[Commitment]]:
    """The replies of the partners, at once: the commitments chosen get a status, a done date
    (which makes them done unless another status is given) and a note added to theirs, in one
    undoable step. A done date after today is refused."""
    today = today or dt.date.today()
    if done_date is not None and done_date > today:
        raise InvalidInput(_message("done_in_future", lang), "done_date")
    if done_date is not None and status is None:
        status = CommitmentStatus.REALISE
    line = clean_text(note)
    with operation(store) as op:
        result = []
        for commitment_id in dict.fromkeys(commitment_ids):
            commitment = store.commitments.get(commitment_id)
            changed = dataclasses.replace(
                commitment,
                status=status or commitment.status,
                done_date=done_date if done_date is not None else commitment.done_date,
                note="\n".join(part for part in (commitment.note, line) if part),
            )
            if changed != commitment:
                store.commitments.update(changed)
            result.append(changed)
    return op.applied(result)


def carry_over_commitment(
    store: Store, commitment_id: CommitmentId, due_date: dt.date, *, lang: Lang = "fr"
) -> Applied[Commitment]:
    """The room carries a commitment over to a new date (reviewed at the next workshop): it
    stays open, with the new due date; the history keeps the old one."""
    with operation(store) as op:
        commitment = store.commitments.get(commitment_id)
        if commitment.status not in OPEN_STATUSES:
            raise InvalidInput(_message("carry_closed", lang), "status")
        if commitment.due_date != due_date:
            store.commitments.update(dataclasses.replace(commitment, due_date=due_date))
    return op.applied(store.commitments.get(commitment_id))


def card_to_commitment(
    store: Store, card_id: CardId, alliance_id: AllianceId
) -> Applied[Commitment]:
    """A card becomes a proposed commitment of its author's organisation to an alliance."""
    organisation_id = card_organisation(store, card_id)
    if organisation_id is None:
        raise InvalidInput(_message("card_without_author", "fr"), "card")
    card = store.board.cards.get(card_id)
    workshop = workshop_of_alliance(store, alliance_id)
    with operation(store) as op:
        partner = _ensure_partner(store, alliance_id, organisation_id)
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
    return op.applied(commitment)
