"""Commitments summed by resource and unit with each status apart, and how a total is worded.

A total never adds a proposed amount to a confirmed one: done, confirmed and proposed are summed
separately, and an abandoned commitment is counted (to say so) but never summed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import groupby

from workshop.domain.records import Commitment
from workshop.domain.vocabulary import CommitmentStatus, Lang, ResourceKind

# The statuses a total shows, firmest first; an abandoned commitment is never summed.
SUMMED_STATUSES = (CommitmentStatus.REALISE, CommitmentStatus.CONFIRME, CommitmentStatus.PROPOSE)

SEPARATOR = "\u00a0· "  # between two amounts: a line may break after the dot, never before

NNBSP = "\u202f"  # narrow no-break space: thousands, and between a number and its unit

# The usual units (vocabulary.RESOURCE_UNITS): English plural, French and English singular.
UNITS_EN = {
    "heures": "hours",
    "personnes": "people",
    "jours": "days",
    "objets": "items",
    "mises en relation": "introductions",
    "études": "studies",
    "jeux de données": "data sets",
    "actions": "actions",
    "publications": "publications",
}
_SINGULAR = {
    "heures": "heure",
    "personnes": "personne",
    "jours": "jour",
    "objets": "objet",
    "mises en relation": "mise en relation",
    "études": "étude",
    "jeux de données": "jeu de données",
    "actions": "action",
    "publications": "publication",
    "hours": "hour",
    "people": "person",
    "days": "day",
    "items": "item",
    "introductions": "introduction",
    "studies": "study",
    "data sets": "data set",
}
# French units of feminine gender: "14 heures confirmées" but "4 500 € confirmés".
_FEMININE = {"heures", "personnes", "mises en relation", "études", "actions", "publications"}


# Units typed another way that mean a usual one: summed with it ("1 000 euros" with "4 500 €").
_UNIT_ALIASES = {
    "euro": "€",
    "euros": "€",
    "eur": "€",
    "h": "heures",
    **{singular: plural for plural, singular in _SINGULAR.items() if plural in UNITS_EN},
}


_USUAL_UNITS = {*UNITS_EN, "€", "m²"}


def summed_unit(unit: str) -> str:
    """The unit a quantity is summed in: the usual one for a synonym ('euros', 'heure'…)."""
    text = " ".join(unit.split())
    key = text.lower()
    return key if key in _USUAL_UNITS else _UNIT_ALIASES.get(key, text)


@dataclass(frozen=True)
class ResourceTotal:
    """One resource kind in one unit: the quantity summed and the commitments counted, by status.

    `amounts` and `counts` hold the summed statuses only; `dropped` counts abandoned ones.
    """

    kind: ResourceKind
    unit: str
    amounts: Mapping[CommitmentStatus, float] = field(default_factory=dict)
    counts: Mapping[CommitmentStatus, int] = field(default_factory=dict)
    dropped: int = 0

    def amount(self, status: CommitmentStatus) -> float:
        return self.amounts.get(status, 0.0)

    def count(self, status: CommitmentStatus) -> int:
        return self.counts.get(status, 0)

    def statuses(self) -> list[CommitmentStatus]:
        """The summed statuses that have a commitment here, firmest first."""
        return [s for s in SUMMED_STATUSES if self.count(s)]


@dataclass(frozen=True)
class CommitmentTotals:
    """Every resource total of a set of commitments, in the resource kinds' order, then by unit."""

    resources: tuple[ResourceTotal, ...] = ()

    def __bool__(self) -> bool:
        return any(r.statuses() for r in self.resources)

    def count(self, status: CommitmentStatus) -> int:
        """How many commitments have this status."""
        return sum(r.count(status) for r in self.resources)

    @property
    def dropped(self) -> int:
        """How many commitments were abandoned (left out of every total)."""
        return sum(r.dropped for r in self.resources)

    def of_status(self, status: CommitmentStatus) -> list[ResourceTotal]:
        """The resource totals that have a commitment of this status."""
        return [r for r in self.resources if r.count(status)]

    def by_kind(self) -> list[tuple[ResourceKind, list[ResourceTotal]]]:
        """The totals grouped by resource kind (kinds with only abandoned commitments left out)."""
        shown = [r for r in self.resources if r.statuses()]
        return [(kind, list(group)) for kind, group in groupby(shown, lambda r: r.kind)]


def commitment_totals(commitments: Iterable[Commitment]) -> CommitmentTotals:
    """Quantities summed by resource kind, unit and status (abandoned ones only counted)."""
    amounts: dict[tuple[ResourceKind, str], dict[CommitmentStatus, float]] = {}
    counts: dict[tuple[ResourceKind, str], dict[CommitmentStatus, int]] = {}
    for c in commitments:
        key = (c.resource_kind, summed_unit(c.unit))
        amounts.setdefault(key, {})
        counts.setdefault(key, {})
        counts[key][c.status] = counts[key].get(c.status, 0) + 1
        if c.status != CommitmentStatus.ABANDONNE and c.quantity:
            amounts[key][c.status] = amounts[key].get(c.status, 0.0) + c.quantity
    order = list(ResourceKind)
    keys = sorted(counts, key=lambda k: (order.index(k[0]), k[1]))
    return CommitmentTotals(
        tuple(
            ResourceTotal(
                kind,
                unit,
                amounts[(kind, unit)],
                {s: n for s, n in counts[(kind, unit)].items() if s != CommitmentStatus.ABANDONNE},
                counts[(kind, unit)].get(CommitmentStatus.ABANDONNE, 0),
            )
            for kind, unit in keys
        )
    )


# --- wording -------------------------------------------------------------------------------


def format_number(value: float, lang: Lang, space: str = NNBSP) -> str:
    """1 500,5 in French (`space` between thousands), 1,500.5 in English; no trailing zeros."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", space).replace(".", ",") if lang == "fr" else text


def _plural(value: float, lang: Lang) -> bool:
    """French takes the plural from 2 on (1,5 heure), English for anything but 1."""
    return value >= 2 if lang == "fr" else value != 1


def unit_text(unit: str, value: float, lang: Lang) -> str:
    """The unit in `lang`, in the singular where the number asks for it ("1 étude")."""
    word = UNITS_EN.get(unit, unit) if lang == "en" else unit
    if not _plural(value, lang):
        word = _SINGULAR.get(word, word)
    return word


def format_amount(value: float, unit: str, lang: Lang, space: str = NNBSP) -> str:
    """'4 500 €' and '14 heures' in French, '€4,500' and '14 hours' in English."""
    number = format_number(value, lang, space)
    if unit == "€":
        return f"€{number}" if lang == "en" else f"{number}{space}€"
    word = unit_text(unit, value, lang)
    return f"{number}{space}{word}" if word else number


def status_word(status: CommitmentStatus, lang: Lang, *, plural: bool, feminine: bool) -> str:
    """The domain's status word agreeing with what it follows: confirmés, proposée, done."""
    word = status.label(lang).lower()
    if lang == "fr":
        word += ("e" if feminine else "") + ("s" if plural else "")
    return word


def status_amount(
    total: ResourceTotal, status: CommitmentStatus, lang: Lang, space: str = NNBSP
) -> str:
    """'4 500 € confirmés', '14 heures proposées', or with no quantity '2 engagements proposés'."""
    value = total.amount(status)
    if value:
        feminine = total.unit in _FEMININE
        amount = format_amount(value, total.unit, lang, space)
        plural = _plural(value, lang)
    else:
        value = total.count(status)
        feminine, plural = False, _plural(value, lang)
        noun = (
            ("engagements" if plural else "engagement")
            if lang == "fr"
            else ("commitments" if plural else "commitment")
        )
        amount = f"{value}{space}{noun}"
    return f"{amount} {status_word(status, lang, plural=plural, feminine=feminine)}"


def resource_line(
    totals: Iterable[ResourceTotal], lang: Lang, space: str = NNBSP, separator: str = SEPARATOR
) -> str:
    """One kind's totals, each status apart: '4 500 € confirmés · 37 000 € proposés'.

    The totals are those of one resource kind (one or more units): statuses firmest first,
    units in order within each status.
    """
    group = list(totals)
    return separator.join(
        status_amount(total, status, lang, space)
        for status in SUMMED_STATUSES
        for total in group
        if total.count(status)
    )


def status_line(
    totals: CommitmentTotals, status: CommitmentStatus, lang: Lang, space: str = NNBSP
) -> str:
    """What one status sums to across kinds: 'Financier : 4 500 € · Humain / bénévolat : 14 heures'.

    A kind whose commitments carry no quantity gives their number ('Réseau : 1 engagement').
    """
    parts = []
    for kind, group in groupby(totals.of_status(status), lambda r: r.kind):
        amounts = []
        for total in group:
            value = total.amount(status)
            if value:
                amounts.append(format_amount(value, total.unit, lang, space))
            else:
                n = total.count(status)
                noun = "engagement" if lang == "fr" else "commitment"
                amounts.append(f"{n}{space}{noun}{'s' if _plural(n, lang) else ''}")
        colon = "\u00a0:\u00a0" if lang == "fr" else ":\u00a0"  # a kind stays with its amount
        parts.append(f"{kind.label(lang)}{colon}{', '.join(amounts)}")
    return SEPARATOR.join(parts)
