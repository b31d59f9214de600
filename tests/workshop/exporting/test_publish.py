"""The network's open data: a publication holds organisations, alliances and commitment totals
and no person (checked on the file's bytes); several publications merge into the network's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

from workshop import ops
from workshop.domain.records import Alliance, Commitment, Organisation
from workshop.domain.vocabulary import (
    CatalystNeed,
    CommitmentStatus,
    OrganisationKind,
    ResourceKind,
)
from workshop.exporting.publish import (
    merge_publications,
    metadata_path,
    read_publication,
    write_publication,
)
from workshop.storage.store import Store

NOW = dt.datetime(2026, 12, 1, 10, 0)


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _locate(store: Store, name: str, code: str, commune: str, siren: str = "") -> None:
    """Give a registry organisation a commune, a point and (optionally) a SIREN."""
    found = store.organisations.by_name(name)
    assert found is not None
    ops.registry.edit_organisation(
        store,
        dataclasses.replace(
            found,
            commune_code=code,
            commune_name=commune,
            postcode="",  # the commune's own (one postcode) is filled in
            latitude=47.59,
            longitude=1.33,
            siren=siren,
        ),
    )


def test_a_published_demo_holds_no_person_e_mail_phone_or_note(
    demo_store: Store, tmp_path: Path
) -> None:
    """None of the demo's people, e-mails, phones, the facilitator's name nor any note is in the
    published file's bytes (its search index included), while its organisations are."""
    store = demo_store
    people = store.people.all()
    first = store.organisations.all()[0]
    ops.registry.edit_organisation(
        store, dataclasses.replace(first, notes="Note interne : appeler le maire mardi")
    )
    out = tmp_path / "val-de-lise.db"
    published = write_publication(store, out, now=NOW)
    data = out.read_bytes() + metadata_path(out).read_bytes()
    assert published.organisations == len(store.organisations.all())
    assert first.name.encode() in data
    assert not re.search(rb"[\w.+-]+@[\w-]+\.[a-z]{2,}", data)  # no address at all
    for person in people:
        for text in (f"{person.first_name} {person.last_name}", person.email, person.phone):
            assert text.encode() not in data, text
        assert "".join(person.phone.split()).encode() not in data
    (workshop,) = store.workshops.all()
    assert workshop.facilitator and workshop.facilitator.encode() not in data
    assert b"appeler le maire" not in data
    card_texts = [c.text for c in store.board.cards.of_workshop(workshop.id)]
    assert card_texts and not any(t.encode() in data for t in card_texts)


def test_a_text_naming_a_person_is_left_out(demo_store: Store, tmp_path: Path) -> None:
    """An organisation named after a person is not published, an alliance's objective that
    names one is left empty, and the alliance keeps its other fields."""
    store = demo_store
    person = store.people.all()[0]
    full = f"{person.first_name.upper()} {person.last_name}"
    ops.registry.add_organisation(
        store, Organisation(name=f"Atelier de {full}", kind=OrganisationKind.CITOYEN)
    )
    (alliance, *_) = store.alliances.all()
    ops.alliances.edit_alliance(
        store, dataclasses.replace(alliance, objective=f"Porté par {full}, joignable au 06 11")
    )
    out = tmp_path / "pub.db"
    published = write_publication(store, out, now=NOW)
    assert published.left_out == 1
    assert full.encode() not in out.read_bytes()
    ((name, objective),) = _rows(
        out, f"SELECT name, objective FROM alliances WHERE id = {alliance.id}"
    )
    assert (name, objective) == (alliance.name, "")


def test_organisations_alliances_and_money_totals_are_published(
    store: Store, tmp_path: Path
) -> None:
    """An organisation keeps its commune, point and SIREN; an alliance its partners, needs and
    workshop; the euros committed are totalled per status, an abandoned one counted only."""
    from workshop.domain.records import Workshop

    workshop = ops.workshops.create_workshop(
        store, Workshop(title="Forum de Blois", date=dt.date(2026, 10, 2), territory="Blois")
    ).result
    ops.registry.add_organisation(
        store, Organisation(name="Épicerie du Centre", kind=OrganisationKind.ASSOCIATION)
    )
    _locate(store, "Épicerie du Centre", "41018", "Blois", siren="123456782")
    alliance = ops.alliances.create_alliance(
        store,
        Alliance(
            workshop_id=workshop.id,
            name="Paniers solidaires",
            sdgs=(2, 12),
            needs=(CatalystNeed.TIERS_LIEUX,),
        ),
    ).result
    money = ResourceKind.FINANCIER
    for quantity, unit, status in (
        (1000, "€", CommitmentStatus.PROPOSE),
        (2000, "euros", CommitmentStatus.PROPOSE),
        (3000, "€", CommitmentStatus.CONFIRME),
        (500, "€", CommitmentStatus.ABANDONNE),
    ):
        ops.alliances.add_commitment(
            store,
            alliance.id,
            "Épicerie du Centre",
            Commitment(
                partner_id=0,  # type: ignore[arg-type]
                description="Financer les paniers",
                resource_kind=money,
                quantity=quantity,
                unit=unit,
                status=status,
            ),
        )
    out = tmp_path / "blois.db"
    write_publication(store, out, name="Catalyseur du Blésois", now=NOW)
    ((name, kind, commune, lat, siren, workshops),) = _rows(
        out,
        "SELECT name, kind_label, commune_name, latitude, siren, workshops FROM organisations",
    )
    assert (name, kind, commune, lat, siren, workshops) == (
        "Épicerie du Centre",
        "Association",
        "Blois",
        47.59,
        "123456782",
        1,
    )
    ((partners, needs, title, date, publication),) = _rows(
        out,
        "SELECT a.partners, a.needs_labels, a.workshop_title, a.workshop_date, p.name"
        " FROM alliances a JOIN publications p ON p.id = a.publication_id",
    )
    assert json.loads(partners) == ["Épicerie du Centre"]
    assert json.loads(needs) == ["Tiers-lieux"]
    assert (title, date, publication) == ("Forum de Blois", "2026-10-02", "Catalyseur du Blésois")
    totals = _rows(out, "SELECT status, commitments, amount_eur FROM commitments ORDER BY status")
    assert totals == [("abandonne", 1, None), ("confirme", 1, 3000.0), ("propose", 2, 3000.0)]
    metadata = json.loads(metadata_path(out).read_text(encoding="utf-8"))
    assert metadata["title"] == "Catalyseur du Blésois : acteurs et alliances"
    assert metadata["license"].startswith("Licence Ouverte")
    table = metadata["databases"]["blois"]["tables"]["organisations"]
    assert table["plugins"]["datasette-cluster-map"] == {
        "latitude_column": "latitude",
        "longitude_column": "longitude",
    }
    assert set(table["columns"]) >= {"name", "commune_name", "latitude", "siren"}
    found = _rows(
        out,
        "SELECT name FROM organisations WHERE rowid IN"
        " (SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH 'epicerie')",
    )
    assert found == [("Épicerie du Centre",)]


def _catalyst(path: Path, organisations: list[tuple[str, str, str, str]], alliance: str) -> Store:
    """A database with organisations (name, commune code, commune, SIREN) all partners of one
    alliance."""
    store = Store.open(path)
    created = ops.alliances.create_alliance(store, Alliance(name=alliance)).result
    for name, code, commune, siren in organisations:
        ops.registry.add_organisation(
            store, Organisation(name=name, kind=OrganisationKind.ASSOCIATION, siren=siren)
        )
        _locate(store, name, code, commune, siren)
        ops.alliances.add_partner(store, created.id, name)
    return store


def test_merging_publications_deduplicates_shared_organisations(tmp_path: Path) -> None:
    """Two catalysts' publications merge into one network: an organisation both know (by SIREN
    under two spellings, or by name in the same commune) is listed once, partner of both
    alliances; a same-named one in another commune stays apart; each alliance says where it
    came from."""
    a = _catalyst(
        tmp_path / "a.sqlite",
        [
            ("Restos du Cœur", "41018", "Blois", "775671357"),
            ("Maison des associations", "41018", "Blois", ""),
            ("Épicerie solidaire", "41018", "Blois", ""),
        ],
        "Zéro invendu",
    )
    b = _catalyst(
        tmp_path / "b.sqlite",
        [
            ("LES RESTOS DU COEUR – Loir-et-Cher", "41269", "Vendôme", "775 671 357"),
            ("maison des associations", "41018", "Blois", ""),
            ("Épicerie solidaire", "45234", "Orléans", ""),
        ],
        "Cantines locales",
    )
    write_publication(a, tmp_path / "a.db", name="Catalyseur A", now=NOW)
    write_publication(b, tmp_path / "b.db", name="Catalyseur B", now=NOW)
    a.close()
    b.close()
    network = tmp_path / "network.db"
    merged = merge_publications([tmp_path / "a.db", tmp_path / "b.db"], network)
    assert (merged.publications, merged.organisations, merged.shared) == (2, 4, 2)
    rows = _rows(network, "SELECT name, commune_name, publications FROM organisations ORDER BY id")
    assert [(n, c) for n, c, _ in rows] == [
        ("Restos du Cœur", "Blois"),
        ("Maison des associations", "Blois"),
        ("Épicerie solidaire", "Blois"),
        ("Épicerie solidaire", "Orléans"),
    ]
    assert json.loads(str(rows[0][2])) == ["Catalyseur A", "Catalyseur B"]
    alliances = _rows(
        network,
        "SELECT a.name, p.name, a.partners FROM alliances a"
        " JOIN publications p ON p.id = a.publication_id ORDER BY a.id",
    )
    assert [(n, p) for n, p, _ in alliances] == [
        ("Zéro invendu", "Catalyseur A"),
        ("Cantines locales", "Catalyseur B"),
    ]
    assert json.loads(str(alliances[1][2])) == [
        "Restos du Cœur",
        "Maison des associations",
        "Épicerie solidaire",
    ]
    assert len(read_publication(network).partners) == 6
    metadata = json.loads(metadata_path(network).read_text(encoding="utf-8"))
    assert "Catalyseur A" in metadata["source"] and "Catalyseur B" in metadata["source"]
