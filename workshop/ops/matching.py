"""Operations on offers and needs: a match becomes an alliance draft with its two partners."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.domain.records import Alliance, OrganisationId, WorkshopId
from workshop.domain.vocabulary import AllianceStatus, Lang, PartnerRole, ResourceKind
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.ops.alliances import add_partner, create_alliance
from workshop.storage.store import Store

MESSAGES: dict[str, tuple[str, str]] = {
    "same_organisation": (
        "Une organisation ne s'allie pas avec elle-même.",
        "An organisation does not ally with itself.",
    ),
    "name": ("{giver} et {seeker}", "{giver} and {seeker}"),
    "brings": ("{giver} apporte : {kinds}.", "{giver} brings: {kinds}."),
    "seeks": ("{seeker} cherche : {needs}", "{seeker} seeks: {needs}"),
}
NEEDS_SHOWN = 300  # characters of what the seeker said, in the draft's objective


def _message(code: str, lang: Lang, **values: str) -> str:
    fr, en = MESSAGES[code]
    return (fr if lang == "fr" else en).format(**values)


def ally_match(
    store: Store,
    workshop_id: WorkshopId,
    giver_id: OrganisationId,
    seeker_id: OrganisationId,
    kinds: Sequence[ResourceKind],
    needs: Sequence[str] = (),
    *,
    lang: Lang = "fr",
) -> Applied[Alliance]:
    """The facilitator turns a match into an alliance draft (Idée): the seeker pilots it, the
    giver is its partner (its funder when it brings money only), each with its first person
    as contact; the SDGs both share are the alliance's, the objective says who brings what."""
    if giver_id == seeker_id:
        raise InvalidInput(_message("same_organisation", lang), "organisation")
    with operation(store) as op:
        store.workshops.get(workshop_id)  # NotFound: no alliance of a deleted workshop
        giver = store.organisations.get(giver_id)
        seeker = store.organisations.get(seeker_id)
        objective = _message(
            "brings", lang, giver=giver.name, kinds=", ".join(k.label(lang) for k in kinds)
        )
        said = " · ".join(text for text in needs if text.strip())
        if said:
            if len(said) > NEEDS_SHOWN:
                said = said[: NEEDS_SHOWN - 1].rstrip() + "…"
            objective += "\n" + _message("seeks", lang, seeker=seeker.name, needs=said)
        alliance = create_alliance(
            store,
            Alliance(
                workshop_id=workshop_id,
                name=_message("name", lang, giver=giver.name, seeker=seeker.name),
                objective=objective,
                sdgs=tuple(sorted(set(giver.sdgs) & set(seeker.sdgs))),
                status=AllianceStatus.IDEE,
            ),
            lang=lang,
        ).result
        for organisation, role in (
            (seeker, PartnerRole.PILOTE),
            (
                giver,
                PartnerRole.FINANCEUR
                if set(kinds) == {ResourceKind.FINANCIER}
                else PartnerRole.PARTENAIRE,
            ),
        ):
            people = store.people.of_organisation(organisation.id)
            add_partner(
                store,
                alliance.id,
                organisation.id,
                role,
                people[0].id if people else None,
                lang=lang,
            )
    return op.applied(alliance)
