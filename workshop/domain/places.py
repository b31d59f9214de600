"""Where an organisation is: its commune completed from the reference data, and its point.

`located(organisation, before)` is the one rule every write path applies (the desk's forms,
the import): a commune given by its INSEE code gets its official name, its postcode when it has
only one, and its centre as the point drawn on the map unless the point was set otherwise; a
commune given only by a name (and postcode) gets its code when the reference data is sure.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from workshop.domain.communes import (
    commune,
    communes_by_postcode,
    find_communes,
    match_commune,
    name_key,
)
from workshop.domain.records import Organisation
from workshop.domain.validation import normalise_postcode


@dataclass(frozen=True)
class Place:
    """A commune with one of its postcodes ("" when it has several and none was chosen), as
    the desk offers it: what choosing it fills in."""

    code: str
    name: str
    postcode: str = ""

    @property
    def label(self) -> str:
        """How the desk shows it: "Blois (41000)", or the name alone without a postcode."""
        return f"{self.name} ({self.postcode})" if self.postcode else self.name


def place_of(organisation: Organisation) -> Place:
    """The place an organisation's record names (empty fields: an empty place)."""
    return Place(organisation.commune_code, organisation.commune_name, organisation.postcode)


_POSTCODE_IN = re.compile(r"(?<!\d)(\d{2}\s?\d{3})(?!\d)")


def places_for(text: str, limit: int = 12) -> list[Place]:
    """What the desk offers for a postcode or a commune name being typed: each commune with
    each of its postcodes (those starting with the digits typed), at most `limit`."""
    typed = "".join(text.split())
    digits = typed if typed.isdigit() else ""
    found: list[Place] = []
    for c in find_communes(text, limit=limit):
        postcodes = [p for p in c.postcodes if p.startswith(digits)] or [""]
        found += [Place(c.code, c.name, postcode) for postcode in postcodes]
        if len(found) >= limit:
            break
    return found[:limit]


def typed_places(text: str) -> list[Place]:
    """The places a text typed in full designates: "41000", "Blois", "Blois (41000)",
    "41000 Blois". None when no commune is named so; several when the name or postcode is
    shared (the desk then asks to pick one from the list)."""
    match = _POSTCODE_IN.search(text)
    postcode = "".join(match.group(1).split()) if match else ""
    rest = _POSTCODE_IN.sub(" ", text).replace("(", " ").replace(")", " ")
    key = name_key(rest)
    if postcode:
        communes = [c for c in communes_by_postcode(postcode) if not key or name_key(c.name) == key]
        return [Place(c.code, c.name, postcode) for c in communes]
    if not key:
        return []
    found = {c.code: c for text_ in (rest, key) for c in find_communes(text_, limit=50)}
    communes = [c for c in found.values() if name_key(c.name) == key]
    return [
        Place(c.code, c.name, c.postcodes[0] if len(c.postcodes) == 1 else "") for c in communes
    ]


def located(
    organisation: Organisation, before: Organisation | None = None, *, match: bool = True
) -> Organisation:
    """The organisation with its commune completed and its point defaulted.

    `before` is the record as stored (None for a new one): when the commune changes and the
    point is still the one it had, the point moves to the new commune's centre; when the commune
    is taken away, a point that was the old commune's centre goes with it. A commune code that
    the reference data does not know is left as it is (the validation refuses it). With
    `match=False` a commune without a code is not looked for (the import has already tried).
    """
    org = organisation
    if not (org.commune_code or org.commune_name or org.postcode.strip()) and not (
        before is not None and before.commune_code
    ):
        return dataclasses.replace(org, postcode="")  # nowhere, as before

    postcode = normalise_postcode(org.postcode)
    code = org.commune_code.strip()
    name = " ".join(org.commune_name.split())
    if match and not code and (name or postcode):
        found = match_commune(postcode, name)
        if found is not None:
            code = found.code
    changes: dict[str, object] = {"postcode": postcode, "commune_code": code, "commune_name": name}
    known = commune(code) if code else None
    if known is not None:
        changes["commune_name"] = known.name
        if not postcode and len(known.postcodes) == 1:
            changes["postcode"] = known.postcodes[0]
    point = (org.latitude, org.longitude)
    old_point = (before.latitude, before.longitude) if before is not None else (None, None)
    moved = before is None or before.commune_code != code
    if known is not None:
        unset = point == (None, None) or (moved and before is not None and point == old_point)
        if unset and known.latitude is not None and known.longitude is not None:
            point = (known.latitude, known.longitude)
    elif not code and before is not None and before.commune_code and point == old_point:
        old = commune(before.commune_code)
        if old is not None and old_point == (old.latitude, old.longitude):
            point = (None, None)  # the old commune's centre says nothing any more
    changes["latitude"], changes["longitude"] = point
    return dataclasses.replace(org, **changes)  # type: ignore[arg-type]
