"""The open-data publication a catalyst puts online (`catalyse publish`): its format, and the
rule that keeps people out of it.

A publication names organisations, alliances and commitment totals, never a person. Every free
text it would carry (an organisation's name, an alliance's name and objective, a workshop's
title, a website) is checked first: a text holding an e-mail address, a phone number or the
full name of a person the database knows is not published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from workshop.domain.text import fold

PUBLICATION_FORMAT = "catalyse-publication"
PUBLICATION_VERSION = 1
# SQLite's application_id of a publication ("CTLP"), with PUBLICATION_VERSION as user_version.
PUBLICATION_APPLICATION_ID = 0x43544C50
PUBLICATION_SUFFIX = ".db"
METADATA_SUFFIX = ".metadata.json"
LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab)"
LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
ABOUT = "Publié avec Catalyse (catalyse publish)"
POINT_DECIMALS = 5  # a point to about a metre: a street address is never finer

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Nine digits or more, separated or not by spaces, dots or dashes: a phone number (or a
# SIRET typed into a text; the identifiers have their own columns).
_PHONE = re.compile(r"(?<!\w)\+?\(?\d\)?(?:[\s.\-/]?\(?\d\)?){8,}(?!\w)")
_WORD = re.compile(r"\w+")
MAX_NAME_WORDS = 8


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


class PersonNames:
    """The full names of the people a database knows ("Camille Martin" and "Martin Camille"),
    found in a text whatever its case, accents and punctuation."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._names: set[tuple[str, ...]] = set()
        for first, last in names:
            for ordered in (f"{first} {last}", f"{last} {first}"):
                words = _words(ordered)
                if 2 <= len(words) <= MAX_NAME_WORDS:
                    self._names.add(words)
        self._longest = max((len(n) for n in self._names), default=0)

    def __len__(self) -> int:
        return len(self._names)

    def found_in(self, text: str) -> bool:
        """Whether the text holds one of the names, as whole words."""
        if not self._names:
            return False
        words = _words(text)
        for start in range(len(words)):
            for size in range(2, min(self._longest, len(words) - start) + 1):
                if words[start : start + size] in self._names:
                    return True
        return False


def holds_contact(text: str) -> bool:
    """Whether the text holds an e-mail address or a phone number."""
    return bool(_EMAIL.search(text) or _PHONE.search(text))


def is_private(text: str, people: PersonNames) -> bool:
    """Whether the text may not be published: it holds a contact or a person's full name."""
    return holds_contact(text) or people.found_in(text)
