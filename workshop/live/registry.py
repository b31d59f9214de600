"""What the phone server reads of the registry: the names phones pick from, who a phone is."""

from __future__ import annotations

from workshop.domain.records import Person, WorkshopId
from workshop.domain.text import sort_key
from workshop.live.api import JoinRequest, LiveError
from workshop.queries.names import organisations_named
from workshop.storage.store import Store

_ATTENDING_ORGANISATIONS_SQL = """
SELECT DISTINCT o.name FROM organisations o
JOIN people p ON p.organisation_id = o.id
JOIN attendance a ON a.person_id = p.id
WHERE a.workshop_id = ?
"""


def attending_organisations(store: Store, workshop_id: WorkshopId) -> list[str]:
    """The names of the organisations registered for a workshop, in the phone list's order."""
    names = [row[0] for row in store.db.execute(_ATTENDING_ORGANISATIONS_SQL, [workshop_id])]
    return sorted(names, key=sort_key)


def check_join(store: Store, request: JoinRequest) -> None:
    """Refuse a join whose organisation the registry does not know, unless a kind was chosen.

    422 `unknown_organisation`: the page then asks for the organisation's kind and joins again
    with it; 422 `ambiguous_organisation`: several organisations have that name.
    """
    found = organisations_named(store, request.organisation)
    if len(found) > 1:
        raise LiveError(422, "ambiguous_organisation", "organisation")
    if not found and request.organisation_kind is None:
        raise LiveError(422, "unknown_organisation", "organisation")


def person_label(store: Store, person: Person) -> str:
    """A person as the facilitator tells them apart: "Camille Roux (Commune de Vatan)"."""
    name = " ".join(part for part in (person.first_name, person.last_name) if part)
    if person.organisation_id is None:
        return name
    organisations = store.organisations.find("id = ?", [person.organisation_id])
    return f"{name} ({organisations[0].name})" if organisations else name
