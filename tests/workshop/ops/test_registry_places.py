"""Saving an organisation's commune: completed, checked, and found by the search."""

from __future__ import annotations

import pytest

from workshop.domain.records import Organisation
from workshop.ops import revert
from workshop.ops.registry import InvalidRecord, add_organisation, edit_organisation
from workshop.storage.store import Store


def test_an_organisation_saved_with_a_commune_code_is_placed_and_found_by_it(
    store: Store,
) -> None:
    """Added with Blois's code, the organisation is stored in "Blois", 41000, at its centre;
    typing "blois" in the search finds it; undo takes it away."""
    applied = add_organisation(
        store, Organisation(name="Épicerie du Centre", commune_code="41018", address=" 4 rue X ")
    )
    saved = store.organisations.get(applied.result.id)
    assert (saved.commune_name, saved.postcode, saved.address) == ("Blois", "41000", "4 rue X")
    assert saved.latitude is not None and saved.longitude is not None
    store.organisations.add(Organisation(name="Ailleurs"))
    assert [o.name for o in store.organisations.search("blo")] == ["Épicerie du Centre"]
    revert(store, applied.undo)
    assert store.organisations.count() == 1


def test_a_wrong_postcode_or_commune_is_refused_and_nothing_written(store: Store) -> None:
    """An unknown commune code or a postcode that is not the commune's is refused with the
    field's message; the record stays as it was."""
    org = add_organisation(store, Organisation(name="Mairie", commune_code="41269")).result
    with pytest.raises(InvalidRecord) as refused:
        edit_organisation(store, Organisation(name="Mairie", id=org.id, commune_code="00000"))
    assert refused.value.field == "commune_code"
    wrong = Organisation(name="Mairie", id=org.id, commune_code="41269", postcode="41000")
    with pytest.raises(InvalidRecord) as refused:
        edit_organisation(store, wrong, lang="en")
    assert refused.value.problems == {
        "postcode": "The postcode 41000 is not the one of the commune Vendôme (41100)."
    }
    assert store.organisations.get(org.id).commune_name == "Vendôme"
