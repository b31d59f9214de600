"""How a typed organisation or person name finds its record: the one rule every screen uses.

A name matches a record when it folds to the same text (case and accents ignored: "mairie de
chateauroux" is "Mairie de Châteauroux"); failing that, when it has the same registry key
(legal forms and punctuation ignored too: "Boulangerie Martin SARL"), as imports match.
"""

from __future__ import annotations

from workshop.domain.records import Organisation, Person
from workshop.domain.text import fold
from workshop.domain.validation import normalise_name
from workshop.storage.store import Store


def organisations_named(store: Store, typed: str) -> list[Organisation]:
    """The organisations a typed name designates (usually one; none when it is new)."""
    typed = " ".join(typed.split())
    if not typed:
        return []
    same = store.organisations.find("fold(name) = ?", [fold(typed)])
    if same:
        return same
    key = normalise_name(typed)
    rows = store.db.execute("SELECT id, name FROM organisations").fetchall()
    return [store.organisations.get(row[0]) for row in rows if normalise_name(row[1]) == key]


def people_named(store: Store, typed: str) -> list[Person]:
    """The people a typed "First Last" (or "Last First") designates."""
    typed = " ".join(typed.split())
    if not typed:
        return []
    wanted = fold(typed)
    rows = store.db.execute("SELECT id, first_name, last_name FROM people").fetchall()
    same = [
        row[0]
        for row in rows
        if wanted
        in (fold(f"{row[1]} {row[2]}"), fold(f"{row[2]} {row[1]}"), fold(row[1] or row[2]))
        and (row[1] or row[2])
    ]
    return [store.people.get(person_id) for person_id in same]
