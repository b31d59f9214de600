"""Handing a workshop over: organisations are matched by name and commune, and their commune
and point travel with them."""

from __future__ import annotations

from typing import Any

from workshop.domain.records import Organisation
from workshop.importing.share import _TABLES, import_share, preview_share
from workshop.storage.store import Store


def _bundle(*organisations: dict[str, Any]) -> dict[str, Any]:
    """A checked bundle (as read_bundle gives it) holding only these organisations."""
    bundle: dict[str, Any] = {t: [] for t in _TABLES}
    bundle |= {"origin": "test-communes", "workshop": {"id": 1, "title": "Atelier"}}
    bundle["organisations"] = [
        {"id": index, "kind": "collectivite", **row} for index, row in enumerate(organisations, 1)
    ]
    return bundle


def test_two_same_named_organisations_of_two_communes_are_not_merged(store: Store) -> None:
    """ "Mairie" of Blois in the bundle matches the local "Mairie" of Blois, not the one of
    Vendôme; a "Mairie" of a third commune is created beside them."""
    blois = store.organisations.add(
        Organisation(name="Mairie", commune_code="41018", commune_name="Blois")
    )
    store.organisations.add(
        Organisation(name="Mairie", commune_code="41269", commune_name="Vendôme")
    )
    bundle = _bundle(
        {"name": "MAIRIE", "commune_code": "41018", "commune_name": "Blois"},
        {"name": "Mairie", "commune_code": "45234", "commune_name": "Orléans"},
    )
    preview = preview_share(store, bundle)
    assert preview.organisations == {"created": ["Mairie"], "matched": ["MAIRIE"], "updated": []}
    import_share(store, bundle)
    mairies = store.organisations.find("name = 'Mairie'", order_by="id")
    assert [o.commune_name for o in mairies] == ["Blois", "Vendôme", "Orléans"]
    assert store.organisations.get(blois.id).name == "Mairie"


def test_without_a_commune_on_one_side_the_name_alone_matches_and_fills_it_in(
    store: Store,
) -> None:
    """A local organisation with no commune is the bundle's same-named one, and takes its
    commune, postcode and point; a bundle's row without commune matches by name alone."""
    cocagne = store.organisations.add(Organisation(name="Jardins de Cocagne"))
    amap = store.organisations.add(
        Organisation(name="AMAP du Val", commune_code="41018", commune_name="Blois")
    )
    bundle = _bundle(
        {
            "name": "Jardins de Cocagne",
            "kind": "association",
            "commune_code": "41018",
            "commune_name": "Blois",
            "postcode": "41000",
            "latitude": 47.58,
            "longitude": 1.31,
        },
        {"name": "AMAP du val", "kind": "association"},
    )
    preview = import_share(store, bundle).result
    assert preview.organisations["updated"] == ["Jardins de Cocagne"]
    assert preview.organisations["matched"] == ["AMAP du val"]
    assert store.organisations.count() == 2
    filled = store.organisations.get(cocagne.id)
    assert (filled.commune_code, filled.commune_name, filled.postcode) == (
        "41018",
        "Blois",
        "41000",
    )
    assert (filled.latitude, filled.longitude) == (47.58, 1.31)
    assert store.organisations.get(amap.id).commune_name == "Blois"


def test_the_demo_bundle_carries_each_organisations_commune_and_point(demo_store: Store) -> None:
    """The demo's hand-over holds every organisation's commune code, name, postcode and point."""
    from workshop.exporting.share import share_payload

    organisations = share_payload(demo_store, demo_store.demo_id)["organisations"]  # type: ignore[attr-defined]
    assert organisations
    for row in organisations:
        assert row["commune_code"].startswith("ZL") and row["commune_name"] and row["postcode"]
        assert isinstance(row["latitude"], float) and isinstance(row["longitude"], float)
