"""A match becomes an alliance draft with both partners in one step, undone in one step."""

from __future__ import annotations

import pytest

from workshop.domain.records import Organisation, Person, Workshop
from workshop.domain.vocabulary import AllianceStatus, PartnerRole
from workshop.domain.vocabulary import ResourceKind as R
from workshop.errors import InvalidInput
from workshop.ops import registry as registry_ops
from workshop.ops import revert
from workshop.ops import workshops as workshop_ops
from workshop.ops.matching import ally_match


def test_a_match_becomes_an_alliance_with_the_seeker_piloting_and_undo_removes_all(store) -> None:
    """The draft names both, holds the shared SDGs and the need, the seeker pilots, the giver
    (money only) funds with its first person as contact; one undo removes alliance and partners."""
    workshop = workshop_ops.create_workshop(store, Workshop(title="Forum")).result
    fund = registry_ops.add_organisation(
        store, Organisation(name="Fondation", offers=(R.FINANCIER,), sdgs=(2, 17))
    ).result
    ada = registry_ops.add_person(
        store, Person(first_name="Ada", last_name="Fonds", organisation_id=fund.id)
    ).result
    escale = registry_ops.add_organisation(
        store, Organisation(name="L'Escale", needs="un financement", sdgs=(2,))
    ).result
    applied = ally_match(
        store, workshop.id, fund.id, escale.id, (R.FINANCIER,), ("un financement",)
    )
    alliance = applied.result
    assert alliance.name == "Fondation et L'Escale"
    assert alliance.status is AllianceStatus.IDEE
    assert alliance.sdgs == (2,)
    assert alliance.objective == (
        "Fondation apporte : Financier.\nL'Escale cherche : un financement"
    )
    partners = store.partners.of_alliance(alliance.id)
    assert [(p.organisation_id, p.role, p.contact_person_id) for p in partners] == [
        (escale.id, PartnerRole.PILOTE, None),
        (fund.id, PartnerRole.FINANCEUR, ada.id),
    ]
    revert(store, applied.undo)
    assert store.alliances.of_workshop(workshop.id) == []
    assert store.partners.all() == []


def test_an_organisation_is_not_allied_with_itself(store) -> None:
    """Turning a self-pair into an alliance is refused and writes nothing."""
    workshop = workshop_ops.create_workshop(store, Workshop(title="Forum")).result
    org = registry_ops.add_organisation(store, Organisation(name="Seule")).result
    with pytest.raises(InvalidInput):
        ally_match(store, workshop.id, org.id, org.id, (R.HUMAIN,))
    assert store.alliances.of_workshop(workshop.id) == []
