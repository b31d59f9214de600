"""Operations on the registry: organisations and people, and the rule that resolves a typed name.

`resolve_organisation` is how every screen, the phones and the commitment capture turn a typed
organisation name into a record: the existing one (case and accents ignored); or a new one, only
when the user chose its kind; or a refusal that says so. Never a silent "Association".
Adding, editing and deleting records check them by `workshop.domain.validation`'s rules first:
a refused record raises `InvalidRecord` (every field's message) and writes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from workshop.domain.places import located
from workshop.domain.records import Organisation, OrganisationId, Person, PersonId
from workshop.domain.text import fold
from workshop.domain.validation import (
    clean_fields,
    compact,
    message,
    normalise_email,
    normalise_phone,
    normalise_rna,
    organisation_problems,
    person_problems,
)
from workshop.domain.vocabulary import Lang, OrganisationKind
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.queries.names import organisations_named
from workshop.storage.store import Store


class InvalidRecord(InvalidInput):
    """A record that cannot be saved as typed: `problems` holds each field's message."""

    def __init__(self, problems: dict[str, str]) -> None:
        field, text = next(iter(problems.items()))
        super().__init__(text, field)
        self.problems = dict(problems)


class UnknownOrganisation(InvalidInput):
    """A typed organisation name that is not in the registry, and no kind was given to add it."""

    def __init__(self, name: str, lang: Lang = "fr", field: str = "organisation") -> None:
        text = (
            f"« {name} » n'est pas dans le registre : choisissez son type pour l'ajouter."
            if lang == "fr"
            else f"“{name}” is not in the registry: choose its kind to add it."
        )
        super().__init__(text, field)
        self.name = name


class AmbiguousOrganisation(InvalidInput):
    """A typed name that matches several organisations."""

    def __init__(self, name: str, lang: Lang = "fr", field: str = "organisation") -> None:
        text = (
            f"Plusieurs structures s'appellent « {name} » : choisissez-la dans la liste."
            if lang == "fr"
            else f"Several organisations are called “{name}”: pick it from the list."
        )
        super().__init__(text, field)
        self.name = name


def resolve_organisation(
    store: Store,
    typed: str,
    kind: OrganisationKind | None = None,
    *,
    lang: Lang = "fr",
    field: str = "organisation",
) -> Applied[Organisation | None]:
    """The organisation a typed name designates, added with `kind` when it is new.

    A blank name resolves to None. An unknown name without a kind raises UnknownOrganisation;
    a name several organisations share raises AmbiguousOrganisation. Nothing is written then.
    """
    name = " ".join(typed.split())
    with operation(store) as op:
        result: Organisation | None = None
        if name:
            found = organisations_named(store, name)
            if len(found) > 1:
                raise AmbiguousOrganisation(name, lang, field)
            if found:
                result = found[0]
            elif kind is None:
                raise UnknownOrganisation(name, lang, field)
            else:
                result = store.organisations.add(Organisation(name=name, kind=kind))
    return op.applied(result)


def resolve_person(
    store: Store,
    first_name: str,
    last_name: str = "",
    organisation_id: OrganisationId | None = None,
    *,
    create: bool = True,
    lang: Lang = "fr",
    field: str = "person",
) -> Applied[Person]:
    """The person of an organisation with this name (case and accents ignored), else a new one.

    With `create=False` an unknown person raises UnknownPerson and nothing is written.
    """
    first, last = " ".join(first_name.split()), " ".join(last_name.split())
    if not (first or last):
        raise InvalidInput(message("person_nameless", lang), field)
    with operation(store) as op:
        same = "organisation_id IS ? AND fold(first_name) = ?"
        if last:
            same += " AND fold(last_name) = ?"
        found = store.people.find(
            same, [organisation_id, fold(first), fold(last)][: 3 if last else 2]
        )
        person = found[0] if found else None
        if person is None:
            if not create:
                raise UnknownPerson(" ".join(part for part in (first, last) if part), lang, field)
            person = store.people.add(
                Person(first_name=first, last_name=last, organisation_id=organisation_id)
            )
    return op.applied(person)


class UnknownPerson(InvalidInput):
    """A typed person's name that is not in the registry."""

    def __init__(self, name: str, lang: Lang = "fr", field: str = "person") -> None:
        text = (
            f"« {name} » n'est pas dans le registre."
            if lang == "fr"
            else f"“{name}” is not in the registry."
        )
        super().__init__(text, field)
        self.name = name


def _clean_organisation(
    organisation: Organisation, lang: Lang, before: Organisation | None = None
) -> Organisation:
    """The organisation as it is stored (trimmed, identifiers compacted, its commune completed
    and its point defaulted to the commune's centre), or InvalidRecord."""
    organisation = clean_fields(organisation)  # no control nor invisible characters in any text
    clean = located(
        dataclasses.replace(
            organisation,
            name=" ".join(organisation.name.split()),
            siren=compact(organisation.siren),
            siret=compact(organisation.siret),
            rna=normalise_rna(organisation.rna),
        ),
        before,
    )
    problems = organisation_problems(clean, lang)
    if problems:
        raise InvalidRecord(problems)
    return clean


def _clean_person(person: Person, lang: Lang) -> Person:
    """The person as they are stored (trimmed, e-mail and phone normalised), or InvalidRecord."""
    person = clean_fields(person)  # no control nor invisible characters in any text
    clean = dataclasses.replace(
        person,
        first_name=" ".join(person.first_name.split()),
        last_name=" ".join(person.last_name.split()),
        email=normalise_email(person.email),
        phone=normalise_phone(person.phone),
    )
    problems = person_problems(clean, lang)
    if problems:
        raise InvalidRecord(problems)
    return clean


def add_organisation(
    store: Store, organisation: Organisation, *, lang: Lang = "fr"
) -> Applied[Organisation]:
    """Add an organisation to the registry."""
    clean = _clean_organisation(dataclasses.replace(organisation, id=OrganisationId(0)), lang)
    with operation(store) as op:
        added = store.organisations.add(clean)
    return op.applied(added)


def edit_organisation(
    store: Store, organisation: Organisation, *, lang: Lang = "fr"
) -> Applied[Organisation]:
    """Save the fields of an organisation the user edited."""
    before = store.organisations.get(organisation.id)  # NotFound for an unknown id
    clean = _clean_organisation(organisation, lang, before)
    with operation(store) as op:
        saved = store.organisations.update(clean)
    return op.applied(saved)


def delete_organisations(store: Store, ids: Sequence[OrganisationId]) -> Applied[int]:
    """Delete organisations: their people stay, without one; their partnerships go."""
    wanted = list(dict.fromkeys(ids))
    for organisation_id in wanted:
        store.organisations.get(organisation_id)  # NotFound for an unknown id
    with operation(store) as op:
        for organisation_id in wanted:
            store.organisations.delete(organisation_id)
    return op.applied(len(wanted))


def _organisation_of(store: Store, person: Person, organisation: str | None, lang: Lang) -> Person:
    """The person with the organisation a typed name designates (None: keep their own)."""
    if organisation is None:
        return person
    if person.organisation_id is not None:
        current = store.organisations.find("id = ?", [person.organisation_id])
        if current and fold(current[0].name) == fold(organisation):
            return person  # their own, even when another organisation has the same name
    found = resolve_organisation(store, organisation, lang=lang).result
    return dataclasses.replace(person, organisation_id=found.id if found else None)


def add_person(
    store: Store, person: Person, organisation: str | None = None, *, lang: Lang = "fr"
) -> Applied[Person]:
    """Add a person to the registry (with the organisation typed, which must exist)."""
    clean = _clean_person(dataclasses.replace(person, id=PersonId(0)), lang)
    with operation(store) as op:
        added = store.people.add(_organisation_of(store, clean, organisation, lang))
    return op.applied(added)


def edit_person(
    store: Store, person: Person, organisation: str | None = None, *, lang: Lang = "fr"
) -> Applied[Person]:
    """Save the fields of a person the user edited (the organisation typed must exist)."""
    clean = _clean_person(person, lang)
    store.people.get(person.id)  # NotFound for an unknown id
    with operation(store) as op:
        saved = store.people.update(_organisation_of(store, clean, organisation, lang))
    return op.applied(saved)


def delete_people(store: Store, ids: Sequence[PersonId]) -> Applied[int]:
    """Delete people: their attendance goes, their cards, votes and signatures stay unnamed."""
    wanted = list(dict.fromkeys(ids))
    for person_id in wanted:
        store.people.get(person_id)  # NotFound for an unknown id
    with operation(store) as op:
        for person_id in wanted:
            store.people.delete(person_id)
    return op.applied(len(wanted))
