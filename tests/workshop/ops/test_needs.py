"""The catalysts' four needs tagged on a workshop or an alliance: kept in order, each once, and
anything else refused before it is written."""

from __future__ import annotations

import pytest

from workshop.domain.records import Alliance, Workshop
from workshop.domain.vocabulary import CatalystNeed
from workshop.errors import InvalidInput
from workshop.ops import alliances as alliance_ops
from workshop.ops import workshops as workshop_ops
from workshop.storage.store import Store

NEED = CatalystNeed


def test_a_workshop_keeps_its_needs_each_once_in_order(store: Store) -> None:
    """A workshop saved with needs keeps them, each once, in the four needs' order."""
    created = workshop_ops.create_workshop(
        store,
        Workshop(
            title="Atelier",
            needs=(NEED.TIERS_LIEUX, NEED.DIALOGUE_TERRITORIAL, NEED.TIERS_LIEUX),
        ),
    ).result
    assert store.workshops.get(created.id).needs == (NEED.DIALOGUE_TERRITORIAL, NEED.TIERS_LIEUX)


def test_an_unknown_need_is_refused_and_nothing_written(store: Store) -> None:
    """A value that is not one of the four needs is refused, naming the field, in the user's
    language, and the workshop or alliance is left as it was."""
    workshop = workshop_ops.create_workshop(store, Workshop(title="Atelier")).result
    bad = Workshop(id=workshop.id, title="Changé", needs=("potager",))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as refused:
        workshop_ops.update_workshop(store, bad, lang="en")
    assert refused.value.field == "needs" and "potager" in str(refused.value)
    assert store.workshops.get(workshop.id).title == "Atelier"
    alliance = alliance_ops.create_alliance(
        store, Alliance(workshop_id=workshop.id, name="Lieu", needs=(NEED.TIERS_LIEUX,))
    ).result
    with pytest.raises(InvalidInput):
        alliance_ops.edit_alliance(
            store,
            Alliance(id=alliance.id, workshop_id=workshop.id, name="Lieu", needs=("x",)),  # type: ignore[arg-type]
        )
    assert store.alliances.get(alliance.id).needs == (NEED.TIERS_LIEUX,)
