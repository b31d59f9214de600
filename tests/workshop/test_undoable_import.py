"""An import can be undone exactly: created records go, updated ones get their old values back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workshop.importing import guess_mapping, read_table
from workshop.records import Person
from workshop.undoable_import import import_with_undo, undo_import


def dump(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        t: sorted(tuple(r.values()) for r in store.db.query(f"SELECT * FROM {t}"))
        for t in ("organisations", "people", "attendance")
    }


def test_undo_removes_created_restores_updated_and_unregisters(
    demo_store: Any, tmp_path: Path
) -> None:
    """After undo the registry and the workshop's attendance are exactly as before the import."""
    store = demo_store
    known = store.people.add(Person(first_name="Anne", last_name="Connue", email="anne@connue.fr"))
    source = tmp_path / "inscriptions.csv"
    source.write_text(
        "Prénom;Nom;E-mail;Structure;Téléphone\n"
        "Anne;Connue;anne@connue.fr;Commune de Montlouvier;06 11 22 33 44\n"
        "Nouveau;Venu;nouveau@venu.fr;Ressourcerie de la Lise;\n"
        "Sans;Adresse;pas-une-adresse;;\n",
        encoding="utf-8",
    )
    table = read_table(source)
    before = dump(store)

    report, undo = import_with_undo(store, table, guess_mapping(table.headers), store.demo_id)

    assert report.people.created == 1 and report.people.updated == 1
    assert len(report.rejected) == 1
    assert store.people.get(known.id).phone
    assert store.organisations.by_name("Ressourcerie de la Lise") is not None
    assert store.attendance.get(store.demo_id, known.id) is not None
    undo_import(store, undo)
    assert dump(store) == before
    assert store.check() == []
