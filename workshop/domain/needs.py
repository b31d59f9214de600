"""The catalysts' four needs as a tag on a workshop or an alliance: the one rule for a choice."""

from __future__ import annotations

from collections.abc import Iterable

from workshop.domain.vocabulary import CatalystNeed, Lang
from workshop.errors import InvalidInput

_UNKNOWN = (
    "« {value} » n'est pas l'un des quatre besoins (dialogue territorial, accompagnement des "
    "partenariats, expérimentation collective, tiers-lieux).",
    "“{value}” is not one of the four needs (territorial dialogue, partnership support, "
    "collective experiment, third places).",
)


def checked_needs(
    values: Iterable[CatalystNeed | str], lang: Lang = "fr"
) -> tuple[CatalystNeed, ...]:
    """The needs chosen, each once, in the vocabulary's order; InvalidInput (field "needs")
    for a value that is not one of the four."""
    chosen: set[CatalystNeed] = set()
    for value in values:
        try:
            chosen.add(CatalystNeed(value))
        except ValueError:
            fr, en = _UNKNOWN
            text = str(value)[:60]
            raise InvalidInput((fr if lang == "fr" else en).format(value=text), "needs") from None
    return tuple(need for need in CatalystNeed if need in chosen)
