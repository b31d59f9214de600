"""Operations on the registry: organisations and people, and the rule that resolves a typed name.

`resolve_organisation` is how every screen, the phones and the commitment capture turn a typed
organisation name into a record: the existing one (case and accents ignored); or a new one, only
when the user chose its kind; or a refusal that says so. Never a silent "Association".
"""

from __future__ import annotations

from workshop.domain.records import Organisation, OrganisationId, Person
from workshop.domain.text import fold
from workshop.domain.validation import message
from workshop.domain.vocabulary import Lang, OrganisationKind
from workshop.errors import InvalidInput
from workshop.ops import Applied, operation
from workshop.queries.names import organisations_named
from workshop.storage.store import Store


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
        person = next(
            (
                p
                for p in store.people.find("organisation_id IS ?", [organisation_id], order_by="id")
                if fold(p.first_name) == fold(first)
                and (not last or fold(p.last_name) == fold(last))
            ),
            None,
        )
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
