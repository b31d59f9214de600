"""The reference data of French communes: what the desk completes, what an import matches, the
demo's fictional territory, and the outlines drawn behind the map."""

from __future__ import annotations

from importlib import resources

from workshop.domain import communes as m
from workshop.domain.communes import (
    attribution,
    commune,
    communes_by_postcode,
    communes_of,
    find_communes,
    find_territories,
    match_commune,
    name_key,
    territories_of,
    territory,
)


def _inside(lon: float, lat: float, ring: tuple[tuple[float, float], ...]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def test_a_commune_by_its_insee_code_has_its_postcodes_epci_and_centre() -> None:
    """Rennes (35238) has its three postcodes, its département, Rennes Métropole, a point."""
    rennes = commune("35238")
    assert rennes is not None
    assert rennes.name == "Rennes" and rennes.departement == "35"
    assert {"35000", "35200", "35700"} <= set(rennes.postcodes)
    assert [t.name for t in territories_of(rennes)] == ["Rennes Métropole", "Ille-et-Vilaine"]
    assert 48.0 < rennes.latitude < 48.2 and -1.8 < rennes.longitude < -1.5
    assert commune("99999") is None


def test_the_completer_finds_a_postcode_or_a_name_however_it_is_typed() -> None:
    """ "st malo", "SAINT-MALO" and "saint malô" all offer Saint-Malo first; "354" offers
    communes of postcodes 354xx, the most populous first."""
    for typed in ("st malo", "SAINT-MALO", "saint malô", "Saint Malo"):
        assert find_communes(typed)[0].name == "Saint-Malo", typed
    by_prefix = find_communes("354")
    assert by_prefix and all(any(p.startswith("354") for p in c.postcodes) for c in by_prefix)
    assert by_prefix[0].name == "Saint-Malo"
    assert [c.name for c in find_communes("35000")] == ["Rennes"]
    assert find_communes("35000 Rennes")[0].name == "Rennes"
    assert len(find_communes("saint", limit=5)) == 5
    assert [c.name for c in find_communes("2A004")] == ["Ajaccio"]  # an INSEE code, as SIRENE
    assert find_communes("35238")[-1].name == "Rennes"
    assert find_communes("") == ()


def test_an_exact_name_comes_before_longer_names_that_start_like_it() -> None:
    """Typing "Lyon" offers Lyon before Lyons-la-Forêt; "Paris" offers Paris first."""
    assert find_communes("lyon")[0].code == "69123"
    assert find_communes("paris")[0].code == "75056"


def test_an_import_matches_cedex_arrondissements_and_ordinals() -> None:
    """Registration forms' and SIRENE's spellings find the commune: CEDEX, "Paris 11e",
    "LYON 3EME", "Marseille" with its arrondissement's postcode, a dropped leading zero."""
    assert match_commune("35042", "RENNES CEDEX 9").code == "35238"  # type: ignore[union-attr]
    assert match_commune("75011", "Paris 11e").code == "75111"  # type: ignore[union-attr]
    assert match_commune("75011", "PARIS").code == "75111"  # type: ignore[union-attr]
    assert match_commune("69003", "LYON 3EME").code == "69383"  # type: ignore[union-attr]
    assert match_commune("13001", "Marseille").code == "13201"  # type: ignore[union-attr]
    assert match_commune("1000", "Bourg-en-Bresse").code == "01053"  # type: ignore[union-attr]
    assert match_commune("35400", "St-Malo").code == "35288"  # type: ignore[union-attr]
    assert match_commune("", "Rennes").code == "35238"  # type: ignore[union-attr]
    # a former commune's name, as people still write it: the commune nouvelle it is part of
    assert match_commune("49120", "Chemillé").name == "Chemillé-en-Anjou"  # type: ignore[union-attr]
    assert match_commune("20000", "AJACCIO").code == "2A004"  # type: ignore[union-attr]


def test_an_import_gets_none_rather_than_a_guess() -> None:
    """A name several communes share with nothing to tell them apart, a name that is not in the
    postcode's département, a misspelt name: None, never a wrong commune."""
    assert match_commune("", "Saint-Aubin") is None
    assert match_commune("", "Sainte-Marie") is None
    assert match_commune("35000", "Brest") is None
    assert match_commune("35000", "Renes") is None
    assert match_commune("35400", "") is not None  # one commune has this postcode
    assert match_commune("", "") is None


def test_the_postcode_index_lists_every_commune_of_a_postcode() -> None:
    """A postcode several communes share lists them all, the most populous first; a territory
    lists its communes (a city, not its arrondissements)."""
    shared = communes_by_postcode("35510")
    assert shared and shared[0].name == "Cesson-Sévigné"
    assert communes_by_postcode("00000") == ()
    metropole = communes_of("243500139")
    assert len(metropole) == 43 and "Rennes" in [c.name for c in metropole]
    paris = [c.code for c in communes_of("75")]
    assert paris == ["75056"]


def test_the_demo_territory_is_found_by_code_but_never_offered() -> None:
    """The demo's fictional communes and the Val de Lise exist for the demo's organisations and
    map; typing or importing a name never offers them."""
    aubin = commune("ZL001")
    val = territory("demo-val-de-lise")
    assert aubin is not None and aubin.name == "Saint-Aubin-sur-Lise"
    assert val is not None and val.kind == "epci" and val.outline
    assert [t.code for t in territories_of(aubin)] == ["demo-val-de-lise", "demo-lise"]
    assert all(not c.code.startswith("ZL") for c in find_communes("Saint-Aubin-sur-Lise"))
    assert all(not c.code.startswith("ZL") for c in find_communes("99310"))
    assert match_commune("99310", "Saint-Aubin-sur-Lise") is None
    assert match_commune("", "Bourg-Lise") is None
    for c in communes_of("demo-lise"):
        own = territory(c.epci)
        assert own is not None and _inside(c.longitude, c.latitude, own.outline[0]), c.name
        assert _inside(c.longitude, c.latitude, territory("demo-lise").outline[0])  # type: ignore[union-attr]


def test_territories_are_found_by_name_or_code() -> None:
    """ "ille et vilaine", "35" and "rennes metropole" find their territory first."""
    assert find_territories("ille et vilaine")[0].code == "35"
    assert find_territories("35")[0].code == "35"
    assert find_territories("rennes metropole")[0].name == "Rennes Métropole"
    assert find_territories("val de lise")[0].code == "demo-val-de-lise"


def test_outlines_are_simplified_and_hold_their_communes() -> None:
    """Each outline has a few hundred points at most, lies in France, and holds the centres of
    the big communes it contains."""
    for code in ("35", "29", "2A", "974", "243500139"):
        t = territory(code)
        assert t is not None and t.outline, code
        assert all(3 <= len(ring) <= 400 for ring in t.outline)
        assert sum(len(ring) for ring in t.outline) <= 1200
    ille = territory("35")
    metropole = territory("243500139")
    assert ille is not None and metropole is not None
    assert all(-5.5 < lon < 9.7 and 41 < lat < 51.2 for ring in ille.outline for lon, lat in ring)
    for code in ("35238", "35288", "35115"):  # Rennes, Saint-Malo, Fougères
        c = commune(code)
        assert c is not None
        assert any(_inside(c.longitude, c.latitude, ring) for ring in ille.outline), c.name
    rennes = commune("35238")
    assert rennes is not None
    assert any(_inside(rennes.longitude, rennes.latitude, r) for r in metropole.outline)


def test_the_stored_search_keys_are_the_runtime_ones() -> None:
    """The generator's keys are what name_key gives today (else a typed name would miss)."""
    _keys, entries, _order = m._sorted_keys()
    for key, code, alias in entries[:: len(entries) // 300]:
        row = m._rows()[code]
        names = row[9].split("|") if alias else [row[1]]
        assert key in [name_key(n) for n in names], code


def test_the_reference_data_fits_its_size_budget() -> None:
    """Communes, outlines and the demo territory weigh 5 MB at most, installed."""
    data = resources.files("catalyse_assets").joinpath("data")
    names = [n for n in (p.name for p in data.iterdir()) if n.startswith(("communes", "demo_"))]
    shipped = {"communes.json.gz", "communes_search.json.gz", "communes_territories.json.gz"}
    assert shipped | {"demo_territory.json"} <= set(names)
    total = sum(data.joinpath(n).read_bytes().__len__() for n in names)
    assert total <= 5 * 1024 * 1024


def test_the_sources_are_credited_in_both_languages() -> None:
    """A map drawn from the data can credit GeoNames and the Licence Ouverte, in French or
    English."""
    assert "GeoNames" in attribution("fr") and "Licence Ouverte" in attribution("fr")
    assert "GeoNames" in attribution("en") and "outlines" in attribution("en")
