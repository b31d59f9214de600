"""Finding whom a name typed at the check-in desk means: best match first, the name before the
organisation.

Typing "roux" must check in "Camille Roux", never "François Garçon" of "Mairie de Châteauroux":
each typed word is ranked by where it matches (the surname exactly, the start of the surname,
the first name exactly, the start of the first name, inside a name, the start of the e-mail,
a word of the organisation, inside the organisation), case and accents ignored by the one fold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from workshop.domain.records import Person
from workshop.domain.text import fold, sort_key
from workshop.queries.registry import (
    AttendanceRow,
    RegistryFilter,
    find_people,
    organisation_names,
)
from workshop.storage.store import Store

# Words inside a name: "Jean-Pierre" is "jean" and "pierre", "d'Arc" is "d" and "arc".
_WORD_BREAK = re.compile(r"[\s\-'.,;/()]+")


class Tier(IntEnum):
    """Where a typed word matches a person, best first."""

    SURNAME = 0
    SURNAME_START = 1
    FIRST_NAME = 2
    FIRST_NAME_START = 3
    INSIDE_NAME = 4
    EMAIL_START = 5
    ORGANISATION_WORD = 6
    INSIDE_ORGANISATION = 7


@dataclass(frozen=True, order=True)
class NameMatch:
    """How well typed words match a person; the smaller sorts first (the better match).

    `worst` is the tier of the word that matched least well, `total` the sum of every word's
    tier, `best` the tier of the word that matched best.
    """

    worst: Tier
    total: int
    best: Tier

    @property
    def names_the_person(self) -> bool:
        """Whether a typed word is in the person's own name (not only their organisation's)."""
        return self.best <= Tier.INSIDE_NAME


def search_words(text: str) -> list[str]:
    """The typed words, folded (accents and case ignored), in the order typed."""
    return fold(text).split()


def _words(folded: str) -> list[str]:
    return [w for w in _WORD_BREAK.split(folded) if w]


def _tier(word: str, last: str, first: str, email: str, organisation: str) -> Tier | None:
    last_words, first_words = _words(last), _words(first)
    if word == last or word in last_words:
        return Tier.SURNAME
    if last.startswith(word) or any(w.startswith(word) for w in last_words):
        return Tier.SURNAME_START
    if word == first or word in first_words:
        return Tier.FIRST_NAME
    if first.startswith(word) or any(w.startswith(word) for w in first_words):
        return Tier.FIRST_NAME_START
    if word in last or word in first:
        return Tier.INSIDE_NAME
    if email and email.startswith(word):
        return Tier.EMAIL_START
    if organisation.startswith(word) or any(w.startswith(word) for w in _words(organisation)):
        return Tier.ORGANISATION_WORD
    if word in organisation:
        return Tier.INSIDE_ORGANISATION
    return None


def name_match(
    words: Sequence[str],
    first_name: str,
    last_name: str,
    organisation: str = "",
    email: str = "",
) -> NameMatch | None:
    """How the typed (folded) `words` match a person, or None if a word matches nothing.

    Every word must match somewhere; no words at all match nobody.
    """
    if not words:
        return None
    last, first = fold(last_name), fold(first_name)
    folded_email, folded_organisation = fold(email), fold(organisation)
    tiers: list[Tier] = []
    for word in words:
        tier = _tier(word, last, first, folded_email, folded_organisation)
        if tier is None:
            return None
        tiers.append(tier)
    return NameMatch(worst=max(tiers), total=sum(tiers), best=min(tiers))


def row_match(words: Sequence[str], row: AttendanceRow) -> NameMatch | None:
    """How the typed words match a registered person (their name, e-mail, organisation)."""
    person = row.person
    return name_match(
        words, person.first_name, person.last_name, row.organisation_name, person.email
    )


def check_in_order(rows: Sequence[AttendanceRow], text: str) -> list[AttendanceRow]:
    """The registered people the typed text matches, the one Enter should check in first.

    Best match first; among equal matches, those not yet present first, then by name.
    """
    words = search_words(text)
    ranked = [(match, row) for row in rows if (match := row_match(words, row)) is not None]
    ranked.sort(
        key=lambda pair: (
            pair[0],
            pair[1].present,
            sort_key(pair[1].person.last_name),
            sort_key(pair[1].person.first_name),
            pair[1].person.id,
        )
    )
    return [row for _, row in ranked]


@dataclass(frozen=True)
class RegistryCandidate:
    """Someone of the registry (not registered for the workshop) that the typed text may mean.

    `match` is None when the text matched only their notes or another searched field.
    """

    person: Person
    organisation_name: str
    match: NameMatch | None

    @property
    def names_the_person(self) -> bool:
        return self.match is not None and self.match.names_the_person


CANDIDATES_SEARCHED = 200


def registry_candidates(store: Store, text: str, limit: int = 5) -> list[RegistryCandidate]:
    """People of the registry the typed text matches, best match first (at most `limit`)."""
    words = search_words(text)
    if not words:
        return []
    people = find_people(store, RegistryFilter(text=text), limit=CANDIDATES_SEARCHED).records
    names = organisation_names(store, (p.organisation_id for p in people))
    candidates = []
    for person in people:
        organisation = names.get(person.organisation_id, "") if person.organisation_id else ""
        match = name_match(words, person.first_name, person.last_name, organisation, person.email)
        candidates.append(RegistryCandidate(person, organisation, match))
    candidates.sort(
        key=lambda c: (
            c.match is None,
            c.match or NameMatch(Tier.INSIDE_ORGANISATION, 0, Tier.INSIDE_ORGANISATION),
            sort_key(c.person.last_name),
            sort_key(c.person.first_name),
            c.person.id,
        )
    )
    return candidates[:limit]
