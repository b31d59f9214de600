"""Operations on a workshop's attendance (émargement): register, check in, welcome a walk-in.

A walk-in is one operation: the person (found again if the registry already has them), their
organisation (resolved by `resolve_organisation`: an existing one whatever its case and accents,
a new one only of the kind the user chose), their registration and their check-in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from workshop.domain.records import Attendance, Person, PersonId, WorkshopId
from workshop.domain.validation import check_email, clean_text, normalise_email
from workshop.domain.vocabulary import Lang, OrganisationKind
from workshop.errors import InvalidInput, NotFound
from workshop.ops import Applied, operation
from workshop.ops.registry import resolve_organisation, resolve_person
from workshop.storage.store import Store


def _workshop_exists(store: Store, workshop_id: WorkshopId) -> None:
    if not store.workshops.count("id = ?", [workshop_id]):
        raise NotFound(f"no workshop with id {workshop_id}")


def register_people(
    store: Store, workshop_id: WorkshopId, person_ids: Sequence[PersonId]
) -> Applied[int]:
    """Register people for a workshop; the result is how many were not registered yet."""
    _workshop_exists(store, workshop_id)
    wanted = list(dict.fromkeys(person_ids))
    for person_id in wanted:
        store.people.get(person_id)  # NotFound for an unknown id
    newcomers = [p for p in wanted if store.attendance.get(workshop_id, p) is None]
    with operation(store) as op:
        store.attendance.register(workshop_id, newcomers)
    return op.applied(len(newcomers))


def check_in(
    store: Store, workshop_id: WorkshopId, person_id: PersonId, at: dt.datetime | None = None
) -> Applied[Attendance]:
    """Check a person in at a workshop (registering them if they were not)."""
    _workshop_exists(store, workshop_id)
    store.people.get(person_id)  # NotFound for an unknown id
    with operation(store) as op:
        attendance = store.attendance.set_present(workshop_id, person_id, True, at)
    return op.applied(attendance)


def cancel_check_in(
    store: Store, workshop_id: WorkshopId, person_id: PersonId
) -> Applied[Attendance]:
    """Mark a person checked in by mistake as not present (they stay registered)."""
    _workshop_exists(store, workshop_id)
    store.people.get(person_id)  # NotFound for an unknown id
    with operation(store) as op:
        attendance = store.attendance.set_present(workshop_id, person_id, False)
    return op.applied(attendance)


def _walk_in_message(code: str, lang: Lang) -> str:
    texts = {
        "nameless": (
            "Indiquez au moins un nom ou un prénom.",
            "Give at least a first or a last name.",
        ),
    }
    fr, en = texts[code]
    return fr if lang == "fr" else en


def welcome_walk_in(
    store: Store,
    workshop_id: WorkshopId,
    first_name: str,
    last_name: str,
    organisation: str = "",
    kind: OrganisationKind | None = None,
    email: str = "",
    *,
    at: dt.datetime | None = None,
    lang: Lang = "fr",
) -> Applied[Person]:
    """Welcome someone who was not registered: add them (and their organisation), check them in.

    The organisation typed is the registry's when it is there (case and accents ignored); a new
    one needs its `kind` (UnknownOrganisation otherwise). Nothing is written on a refusal.
    """
    _workshop_exists(store, workshop_id)
    first, last = clean_text(first_name), clean_text(last_name)
    if not (first or last):
        raise InvalidInput(_walk_in_message("nameless", lang), "first_name")
    address = normalise_email(email)
    problem = check_email(address, lang)
    if problem:
        raise InvalidInput(problem, "email")
    with operation(store) as op:
        found = resolve_organisation(store, organisation, kind, lang=lang).result
        person = resolve_person(
            store, first, last, found.id if found else None, lang=lang, field="first_name"
        ).result
        if address and not person.email:
            person = store.people.update(dataclasses.replace(person, email=address))
        store.attendance.set_present(workshop_id, person.id, True, at)
    return op.applied(person)
