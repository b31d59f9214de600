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
    """The people a typed "First Last" (or "Last First", or one name alone) designates."""
    typed = " ".join(typed.split())
    if not typed:
        return []
    return store.people.find(
        "(first_name != '' OR last_name != '') AND ? IN ("
        "fold(first_name || ' ' || last_name), fold(last_name || ' ' || first_name), "
        "fold(CASE WHEN first_name != '' THEN first_name ELSE last_name END))",
        [fold(typed)],
    )
