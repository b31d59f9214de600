"""Registry queries: accent-insensitive search, filters through the organisation, capped pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from workshop.domain.records import Organisation, Person
from workshop.domain.vocabulary import OrganisationKind
from workshop.queries import registry
from workshop.queries.registry import RegistryFilter, find_organisations, find_people
from workshop.storage.schema import migrations
from workshop.storage.store import Store


def test_search_ignores_accents_and_filters_people_by_their_organisation(demo_store: Any) -> None:
    """Typing societe finds "Société…"; people are filtered by their organisation's kind."""
    store = demo_store
    societe = store.organisations.add(
        Organisation(name="Société des Eaux", kind=OrganisationKind.ENTREPRISE, sdgs=(6,))
    )
    store.people.add(Person(first_name="Léon", last_name="Aqua", organisation_id=societe.id))
    page = find_organisations(store, RegistryFilter(text="societe"))
    assert [o.name for o in page.records] == ["Société des Eaux"] and page.total == 1
    assert find_organisations(store, RegistryFilter(sdg=6)).records == [societe]
    people = find_people(store, RegistryFilter(text="eaux", kind=OrganisationKind.ENTREPRISE))
    assert [p.last_name for p in people.records] == ["Aqua"]
    assert (
        find_people(store, RegistryFilter(text="eaux", kind=OrganisationKind.ASSOCIATION)).total
        == 0
    )


def test_huge_result_sets_are_capped(demo_store: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond the cap, the page says so and holds no more than the limit."""
    monkeypatch.setattr(registry, "SORT_CAP", 10)
    page = find_people(demo_store, RegistryFilter(), limit=5)
    assert page.capped and page.total == 10 and len(page.records) == 5
    small = find_organisations(demo_store, RegistryFilter(kind=OrganisationKind.FONDATION))
    assert not small.capped and small.total == 2
    assert [o.name for o in small.records] == sorted(o.name for o in small.records)


def test_letters_the_search_index_keeps_are_folded_too(demo_store: Any) -> None:
    """ "soren" finds "Søren Øster", "oster" his organisation, "oeuvre" finds "Œuvre"."""
    store = demo_store
    maison = store.organisations.add(Organisation(name="Œuvre de Lærke"))
    soren = store.people.add(
        Person(first_name="Søren", last_name="Øster", organisation_id=maison.id)
    )
    assert [p.id for p in find_people(store, RegistryFilter(text="soren")).records] == [soren.id]
    assert [p.id for p in find_people(store, RegistryFilter(text="Soren Ost")).records] == [
        soren.id
    ]
    assert [p.id for p in find_people(store, RegistryFilter(text="laerke")).records] == [soren.id]
    assert [o.id for o in find_organisations(store, RegistryFilter(text="oeuvre")).records] == [
        maison.id
    ]
    assert store.people.search("soren") == [soren]
    assert find_people(store, RegistryFilter(text="soren zzz")).total == 0


def test_a_typed_letter_the_index_keeps_finds_the_name_spelt_out(demo_store: Any) -> None:
    """Typing "Œuvres" finds "Oeuvres sociales", written without the ligature."""
    store = demo_store
    oeuvres = store.organisations.add(Organisation(name="Oeuvres sociales du Val"))
    assert [o.id for o in find_organisations(store, RegistryFilter(text="Œuvres")).records] == [
        oeuvres.id
    ]


def test_the_folded_search_follows_every_change(demo_store: Any) -> None:
    """A renamed "Søren" is no longer found by "soren"; a new "Bjørn" is found by "bjorn"."""
    store = demo_store
    soren = store.people.add(Person(first_name="Søren", last_name="Øster"))
    assert find_people(store, RegistryFilter(text="soren")).records == [soren]
    store.people.update(Person(id=soren.id, first_name="Paul", last_name="Øster"))
    assert find_people(store, RegistryFilter(text="soren")).total == 0
    bjorn = store.people.add(Person(first_name="Bjørn", last_name="Ek"))
    assert find_people(store, RegistryFilter(text="bjorn")).records == [bjorn]


def test_a_file_indexed_before_the_letters_were_spelt_out_finds_them_once_opened(
    tmp_path: Path,
) -> None:
    """A registry saved by an earlier version finds "Søren" by "soren" and "Straße" by
    "strasse" (in any searched field) as soon as it is opened."""
    path = tmp_path / "earlier.sqlite"
    db = Database(path)
    migrations.apply(db, stop_before="m016_search_index_spells_out_letters")
    db.execute("INSERT INTO organisations (name, sector) VALUES ('Atelier du Nord', 'Straße')")
    db.execute("INSERT INTO people (first_name, last_name) VALUES ('Søren', 'Øster')")
    db.conn.commit()
    db.close()
    with Store.open(path) as store:
        assert [p.first_name for p in find_people(store, RegistryFilter(text="soren")).records] == [
            "Søren"
        ]
        found = find_organisations(store, RegistryFilter(text="strasse atelier")).records
        assert [o.name for o in found] == ["Atelier du Nord"]
        assert find_people(store, RegistryFilter(text="søren oster")).total == 1


def test_typed_words_and_filters_narrow_the_organisations_together(
    demo_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed words with a kind, an SDG or a territory chosen list the organisations that match
    them all, and a capped search still says so."""
    store = demo_store
    lac = store.organisations.add(
        Organisation(name="Ferme du Lac", kind=OrganisationKind.ENTREPRISE, sdgs=(2,))
    )
    pres = store.organisations.add(
        Organisation(name="Ferme des Près", kind=OrganisationKind.ASSOCIATION, territory="Nord")
    )
    typed = RegistryFilter(text="ferme", kind=OrganisationKind.ENTREPRISE)
    assert [o.name for o in find_organisations(store, typed).records] == ["Ferme du Lac"]
    assert [o.name for o in find_organisations(store, RegistryFilter("ferm", sdg=2)).records] == [
        "Ferme du Lac"
    ]
    north = RegistryFilter("FERME", territory="nord")
    assert [o.name for o in find_organisations(store, north).records] == ["Ferme des Près"]
    assert [o.name for o in find_organisations(store, RegistryFilter("ferme")).records] == [
        "Ferme des Près",
        "Ferme du Lac",
    ]
    monkeypatch.setattr(registry, "SORT_CAP", 1)
    capped = find_organisations(store, RegistryFilter("ferme"))
    assert capped.capped and capped.total == 1 and capped.records == [lac, pres]  # first found
