"""Offers and needs: what each organisation brings and seeks, and who brings what another seeks.

An organisation's offers are the resource kinds ticked in the registry ("Peut apporter") and
those named by its cards in an offers zone of the board ("Ce que j'apporte"); its needs are the
kinds named by the registry's free text ("Besoins") and by its cards in a needs zone ("Ce que je
cherche"). Text is read by one rule, `resource_kinds_in` (the import reads "Peut apporter"
columns with it too): accents and case folded, whole words, "bénévol*" taking "bénévoles".

A match is an ordered pair (one brings, the other seeks) with the kinds that meet; matches are
ranked by the SDGs both organisations share (more first), then by their attendance at the
current workshop (both checked in first), then by how many kinds meet, then by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import NamedTuple, overload

from workshop.domain.records import OrganisationId
from workshop.domain.text import fold, sort_key
from workshop.domain.vocabulary import OrganisationKind
from workshop.domain.vocabulary import ResourceKind as R

# Words (accent-free, lower case) that name a kind of resource, in what an organisation offers
# or seeks; a trailing "*" also takes longer words ("benevol*": bénévole, bénévolat, bénévoles).
RESOURCE_WORDS: dict[R, tuple[str, ...]] = {
    R.COMMUNICATION: (
        "reseaux sociaux",
        "social media",
        "communication*",
        "communiquer",
        "diffusion*",
        "diffuser",
        "relais",
        "relayer",
        "visibilite",
        "media*",
        "publicite*",
        "newsletter*",
        "affichage",
        "presse",
        "promotion",
        "promote",
        "publicity",
        "outreach",
    ),
    R.FINANCIER: (
        "financ*",
        "cofinanc*",
        "argent",
        "subvention*",
        "budget*",
        "don",
        "dons",
        "mecenat",
        "euro",
        "euros",
        "fonds",
        "tresorerie",
        "funding",
        "fund",
        "funds",
        "money",
        "sponsor*",
    ),
    R.HUMAIN: (
        "humain*",
        "benevol*",
        "main d oeuvre",
        "coup de main",
        "bras",
        "temps",
        "heures",
        "volontaire*",
        "volunteer*",
        "personnel",
        "salarie*",
        "stagiaire*",
        "people",
        "staff",
        "manpower",
    ),
    R.COMPETENCES: (
        "competence*",
        "expertise*",
        "expert*",
        "savoir faire",
        "conseil*",
        "formation*",
        "former",
        "accompagnement*",
        "ingenierie",
        "juridique",
        "methodolog*",
        "skill*",
        "know how",
        "mentor*",
        "advice",
        "training",
    ),
    R.MATERIEL: (
        "materiel*",
        "local",
        "locaux",
        "salle*",
        "equipement*",
        "vehicule*",
        "camion*",
        "outil*",
        "terrain*",
        "espace*",
        "bureau*",
        "hebergement",
        "stockage",
        "mobilier",
        "premises",
        "equipment",
        "room*",
        "venue*",
        "space*",
        "tool*",
        "van",
    ),
    R.RESEAU: (
        "reseau*",
        "mise en relation",
        "mises en relation",
        "contact*",
        "carnet d adresse*",
        "partenaire*",
        "network*",
        "introduction*",
    ),
    R.DONNEES: (
        "donnee*",
        "etude*",
        "diagnostic*",
        "statistique*",
        "cartograph*",
        "enquete*",
        "data",
        "study",
        "studies",
        "survey*",
        "analyse*",
    ),
}
_RESOURCE_PATTERNS: dict[R, re.Pattern[str]] = {
    kind: re.compile(
        "|".join(
            rf"\b{re.escape(word.rstrip('*'))}" + ("" if word.endswith("*") else r"\b")
            for word in words
        )
    )
    for kind, words in RESOURCE_WORDS.items()
}


def _words(text: str) -> str:
    return " " + re.sub(r"[^0-9a-z]+", " ", fold(text or "")).strip() + " "


def resource_kinds_in(text: str) -> tuple[R, ...]:
    """The kinds of resources a text names, in the vocabulary's order.

    Reads the app's own labels ("Financier, Compétences") and free answers ("une salle et
    deux bénévoles le samedi" -> matériel, humain; "Nous cherchons un LOCAL" -> matériel);
    "réseaux sociaux" is communication, not network.
    """
    words = _words(text)
    if "€" in (text or ""):
        words += " euro "
    found: set[R] = set()
    for kind in (R.COMMUNICATION, *(k for k in R if k is not R.COMMUNICATION)):
        if _RESOURCE_PATTERNS[kind].search(words):
            found.add(kind)
            if kind is R.COMMUNICATION:
                words = words.replace(" reseaux sociaux ", " ").replace(" social media ", " ")
    return tuple(k for k in R if k in found)


# --- the board's zones --------------------------------------------------------------------


class Side(IntEnum):
    """What a card says of its organisation: a resource it brings, or one it seeks."""

    OFFER = 0
    NEED = 1


# Word starts (folded) of a zone's name: a needs zone is tried first ("Ressources manquantes"
# is a need), then an offers zone ("Ce que j'apporte", "Nos offres", "Ressources et atouts").
_NEED_ZONE = re.compile(r"\b(cherch|recherch|besoin|manqu|need|seek|looking for)")
_OFFER_ZONE = re.compile(r"\b(apport|offre|offer|ressource|resource|atout|bring)")


def zone_side(zone_name: str) -> Side | None:
    """Whether a zone of the board gathers offers, needs, or neither (by its name)."""
    words = _words(zone_name)
    if _NEED_ZONE.search(words):
        return Side.NEED
    if _OFFER_ZONE.search(words):
        return Side.OFFER
    return None


# --- stances and matches ------------------------------------------------------------------


class Presence(IntEnum):
    """An organisation at the current workshop: someone of it checked in, registered, or not."""

    ABSENT = 0
    REGISTERED = 1
    PRESENT = 2


# Where a kind was said: "" for the registry's ticked box, else the text that names it.
Sayings = Mapping[R, tuple[str, ...]]


@dataclass(frozen=True)
class Stance:
    """What one organisation brings and seeks, by resource kind, with where each was said."""

    organisation_id: OrganisationId
    name: str
    kind: OrganisationKind = OrganisationKind.ASSOCIATION
    offers: Sayings = field(default_factory=dict)
    needs: Sayings = field(default_factory=dict)
    sdgs: frozenset[int] = frozenset()
    presence: Presence = Presence.ABSENT


class Match(NamedTuple):
    """One organisation (`giver`) brings kinds another (`seeker`) seeks; `mutual` when the
    seeker also brings something the giver seeks."""

    giver: Stance
    seeker: Stance
    kinds: tuple[R, ...]
    shared_sdgs: tuple[int, ...]
    mutual: bool

    @property
    def presence(self) -> int:
        """Both organisations' attendance added (4: both checked in, 0: neither registered)."""
        return int(self.giver.presence) + int(self.seeker.presence)

    def need_sayings(self) -> list[str]:
        """What the seeker said it seeks, for the kinds that meet (each text once)."""
        said: list[str] = []
        for kind in self.kinds:
            for text in self.seeker.needs.get(kind, ()):
                if text and text not in said:
                    said.append(text)
        return said

    def offer_sayings(self) -> list[str]:
        """What the giver's cards said it brings, for the kinds that meet (each text once)."""
        said: list[str] = []
        for kind in self.kinds:
            for text in self.giver.offers.get(kind, ()):
                if text and text not in said:
                    said.append(text)
        return said


_KINDS = tuple(R)
_BIT = {kind: 1 << n for n, kind in enumerate(_KINDS)}
_KINDS_OF_MASK = tuple(
    tuple(k for n, k in enumerate(_KINDS) if mask >> n & 1) for mask in range(1 << len(_KINDS))
)


def _mask(kinds: Iterable[R]) -> int:
    mask = 0
    for kind in kinds:
        mask |= _BIT[kind]
    return mask


def _sdg_mask(sdgs: Iterable[int]) -> int:
    mask = 0
    for sdg in sdgs:
        mask |= 1 << sdg
    return mask


def _sdgs_of_mask(mask: int) -> tuple[int, ...]:
    return tuple(n for n in range(1, 18) if mask >> n & 1)


# A match is ranked by one integer (smaller first): fewer shared SDGs, less attendance, fewer
# kinds met, then the giver's and the seeker's place in alphabetical order. Sorting integers
# keeps 300 organisations' 40,000 matches well under a tenth of a second; a match is made into
# a record only when read.
_NAME_BITS = 16
_SEEKER = (1 << _NAME_BITS) - 1
_KINDS_SHIFT = 2 * _NAME_BITS
_PRESENCE_SHIFT = _KINDS_SHIFT + 3
_SDGS_SHIFT = _PRESENCE_SHIFT + 3


class RankedMatches(Sequence[Match]):
    """Matches best first, each made into a `Match` when read (a table shows a screenful)."""

    def __init__(self, stances: Sequence[Stance], keys: list[int], masks: _Masks) -> None:
        self._stances = stances
        self._keys = keys
        self._masks = masks

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> Match: ...

    @overload
    def __getitem__(self, index: slice) -> list[Match]: ...

    def __getitem__(self, index: int | slice) -> Match | list[Match]:
        if isinstance(index, slice):
            return [self._match(key) for key in self._keys[index]]
        return self._match(self._keys[index])

    def _pair(self, key: int) -> tuple[int, int]:
        by_rank = self._masks.by_rank
        return by_rank[key >> _NAME_BITS & _SEEKER], by_rank[key & _SEEKER]

    def _match(self, key: int) -> Match:
        g, s = self._pair(key)
        offers, needs, sdgs = self._masks.offers, self._masks.needs, self._masks.sdgs
        return Match(
            self._stances[g],
            self._stances[s],
            _KINDS_OF_MASK[offers[g] & needs[s]],
            _sdgs_of_mask(sdgs[g] & sdgs[s]),
            bool(offers[s] & needs[g]),
        )

    def filtered(
        self, kind: R | None = None, sdg: int | None = None, *, at_workshop: bool = False
    ) -> RankedMatches:
        """The matches where `kind` meets, both share `sdg`, and (if asked) both are at the
        workshop (registered or checked in); None lets everything through."""
        masks = self._masks
        kind_bit = _BIT[kind] if kind is not None else 0
        sdg_bit = 1 << sdg if sdg is not None else 0
        kept = []
        for key in self._keys:
            g, s = self._pair(key)
            if kind_bit and not masks.offers[g] & masks.needs[s] & kind_bit:
                continue
            if sdg_bit and not masks.sdgs[g] & masks.sdgs[s] & sdg_bit:
                continue
            if at_workshop and not (masks.presence[g] and masks.presence[s]):
                continue
            kept.append(key)
        return RankedMatches(self._stances, kept, masks)


@dataclass(frozen=True)
class _Masks:
    """The stances as bit masks, by their index: kinds offered and sought, SDGs, attendance."""

    offers: list[int]
    needs: list[int]
    sdgs: list[int]
    presence: list[int]
    by_rank: list[int]  # the index of the stance at each place in alphabetical order


def find_matches(stances: Sequence[Stance]) -> RankedMatches:
    """Every pair where one organisation brings a kind the other seeks, best ranked first."""
    if len(stances) > _SEEKER:
        raise ValueError("too many organisations to rank")  # 65,535: far beyond a registry
    offers = [_mask(s.offers) for s in stances]
    needs = [_mask(s.needs) for s in stances]
    sdgs = [_sdg_mask(s.sdgs) for s in stances]
    presence = [int(s.presence) for s in stances]
    by_rank = sorted(range(len(stances)), key=lambda i: sort_key(stances[i].name))
    rank = [0] * len(stances)
    for position, index in enumerate(by_rank):
        rank[index] = position
    givers = [
        (offers[g], sdgs[g], presence[g], rank[g] << _NAME_BITS, g) for g in _givers_of(offers)
    ]
    keys: list[int] = []
    append = keys.append
    for s, need in enumerate(needs):
        if not need:
            continue
        seeker_sdgs, seeker_presence, seeker_rank = sdgs[s], presence[s], rank[s]
        for offer, giver_sdgs, giver_presence, giver_rank, g in givers:
            meet = offer & need
            if meet and g != s:
                append(
                    (17 - (giver_sdgs & seeker_sdgs).bit_count()) << _SDGS_SHIFT
                    | (4 - giver_presence - seeker_presence) << _PRESENCE_SHIFT
                    | (7 - meet.bit_count()) << _KINDS_SHIFT
                    | giver_rank
                    | seeker_rank
                )
    keys.sort()
    return RankedMatches(stances, keys, _Masks(offers, needs, sdgs, presence, by_rank))


def _givers_of(offers: Sequence[int]) -> list[int]:
    """The indexes of the stances that bring something."""
    return [n for n, mask in enumerate(offers) if mask]
