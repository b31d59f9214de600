"""French communes and territories (EPCI, départements): the reference data Catalyse ships.

Read on first use from ``catalyse_assets/data/communes.json.gz`` (every commune and municipal
arrondissement: INSEE code, name, postcodes, département, EPCI SIREN, centre point) and
``communes_territories.json.gz`` (names and simplified outlines of the départements and EPCI),
both written by ``tools/make_communes.py`` from the INSEE Code officiel géographique 2026 via
``@etalab/decoupage-administratif`` (Licence Ouverte 2.0) and GeoNames (CC BY 4.0). A commune
GeoNames does not list has an estimated centre (``Commune.estimated``); outlines are derived
from the commune centres, a background accurate to a few kilometres (see the README).

The demo's fictional territory
------------------------------
The demo (workshop/demo.py) is set in a territory that does not exist, shipped in
``demo_territory.json``. ``commune()`` and ``territory()`` find its places, but
``find_communes``, ``communes_by_postcode`` and ``match_commune`` never offer them (what a user
types or imports is matched against real communes only); ``find_territories`` does offer them.

==========  ==========================  ==========  ==================  ==============
code        commune                     postcode    EPCI                département
==========  ==========================  ==========  ==================  ==============
ZL001       Saint-Aubin-sur-Lise        99310       demo-val-de-lise    demo-lise
ZL002       Montlouvier                 99320       demo-val-de-lise    demo-lise
ZL003       Vaudrenne-sur-Lise          99310       demo-val-de-lise    demo-lise
ZL004       Les Essarts-du-Val          99330       demo-val-de-lise    demo-lise
ZL005       Chantelise                  99320       demo-val-de-lise    demo-lise
ZL006       Rochebrune-en-Val           99330       demo-val-de-lise    demo-lise
ZL010       Bourg-Lise                  99300       demo-bourg-lise     demo-lise
ZL011       Saint-Martin-de-Lise        99300       demo-bourg-lise     demo-lise
==========  ==========================  ==========  ==================  ==============

Territories: "demo-val-de-lise" (Communauté de communes du Val de Lise, kind "epci"),
"demo-bourg-lise" (Agglomération de Bourg-Lise, "epci"), "demo-lise" (Lise, "departement").
"""

from __future__ import annotations

import bisect
import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from workshop.domain.text import fold
from workshop.domain.vocabulary import Lang

DEMO_PREFIX = "ZL"
INSEE_CODE = re.compile(r"^(?:\d\d|2[AB])\d{3}$")


@dataclass(frozen=True)
class Commune:
    """A commune (or a municipal arrondissement of Paris, Lyon, Marseille) and its centre."""

    code: str
    name: str
    postcodes: tuple[str, ...]
    departement: str
    epci: str
    latitude: float
    longitude: float
    population: int = 0
    estimated: bool = False  # the centre is estimated from the neighbouring communes


@dataclass(frozen=True)
class Territory:
    """An EPCI or a département, with its simplified outline for a map background."""

    code: str
    name: str
    kind: str  # "epci" | "departement"
    outline: tuple[tuple[tuple[float, float], ...], ...]  # outer rings of (longitude, latitude)


def attribution(lang: Lang = "fr") -> str:
    """The credit a map or a page drawn from this data owes its sources (GeoNames' licence asks
    for it)."""
    if lang == "fr":
        return (
            "Communes : INSEE, DGCL, La Poste (Licence Ouverte 2.0) ; centres : GeoNames "
            "(CC BY 4.0) ; contours dérivés des centres, approximatifs"
        )
    return (
        "Communes: INSEE, DGCL, La Poste (Licence Ouverte 2.0); centres: GeoNames (CC BY 4.0); "
        "outlines derived from the centres, approximate"
    )


# ---------------------------------------------------------------- loading


def _asset(name: str) -> Any:
    return resources.files("catalyse_assets").joinpath(f"data/{name}")


@cache
def _rows() -> dict[str, list[Any]]:
    """INSEE code -> its row (code, name, postcodes, département, EPCI, lat, lon, population,
    estimated, aliases, parent), as the generator wrote it."""
    data = json.loads(gzip.decompress(_asset("communes.json.gz").read_bytes()))
    return {row[0]: row for row in data["communes"]}


@cache
def _demo() -> dict[str, Any]:
    data = json.loads(_asset("demo_territory.json").read_text("utf-8"))
    communes = {
        c["code"]: Commune(
            code=c["code"],
            name=c["name"],
            postcodes=tuple(c["postcodes"]),
            departement=c["departement"],
            epci=c["epci"],
            latitude=c["latitude"],
            longitude=c["longitude"],
            population=c.get("population", 0),
        )
        for c in data["communes"]
    }
    territories = {
        t["code"]: Territory(
            code=t["code"],
            name=t["name"],
            kind=t["kind"],
            outline=tuple(tuple((p[0], p[1]) for p in ring) for ring in t["outline"]),
        )
        for t in data["territories"]
    }
    return {"communes": communes, "territories": territories}


@cache
def _commune_of_row(code: str) -> Commune | None:
    row = _rows().get(code)
    if row is None:
        return None
    return Commune(
        code=row[0],
        name=row[1],
        postcodes=tuple(row[2].split()),
        departement=row[3],
        epci=row[4],
        latitude=row[5],
        longitude=row[6],
        population=row[7],
        estimated=bool(row[8]),
    )


@cache
def _territory_rows() -> dict[str, tuple[str, str, list[list[float]]]]:
    data = json.loads(gzip.decompress(_asset("communes_territories.json.gz").read_bytes()))
    rows: dict[str, tuple[str, str, list[list[float]]]] = {}
    for code, name, rings in data["departements"]:
        rows[code] = (name, "departement", rings)
    for code, name, _type, rings in data["epci"]:
        rows[code] = (name, "epci", rings)
    return rows


# ---------------------------------------------------------------- names as people type them

_ORDINAL = re.compile(r"\b(\d+)\s*(?:er|re|ere|e|eme|ieme|em|me|d|nd)\b")
_NUMBER = re.compile(r"\d+")
_SEPARATORS = re.compile(r"[\s\-‐–—_'’`.,;:()/\"]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}
_DROPPED = {"arrondissement", "arr", "arrt"}
_CEDEX = re.compile(r"\bcedex\b.*$")


def name_key(text: str) -> str:
    """The key two spellings of a commune share: without accents, case, hyphens, apostrophes,
    "St"/"Ste" spelt out, "s/" as "sur", ordinals as numbers ("Lyon 3ème" -> "lyon 3")."""
    folded = fold(text)
    folded = re.sub(r"(?:^|(?<=[\s\-]))s/\s*", "sur ", folded)
    folded = _ORDINAL.sub(r"\1", folded)
    folded = _NUMBER.sub(lambda m: str(int(m.group(0))), folded)
    words = [_ABBREVIATIONS.get(w, w) for w in _SEPARATORS.split(folded) if w and w not in _DROPPED]
    return " ".join(words)


@cache
def _by_postcode() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for code, row in _rows().items():
        for postcode in row[2].split():
            found.setdefault(postcode, []).append(code)
    return {pc: tuple(codes) for pc, codes in found.items()}


@cache
def _by_key() -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for key, code, _alias in _sorted_keys()[1]:
        if code not in found.setdefault(key, []):
            found[key].append(code)
    return {key: tuple(codes) for key, codes in found.items()}


def _population(code: str) -> int:
    return int(_rows()[code][7])


# ---------------------------------------------------------------- communes


def commune(code: str) -> Commune | None:
    """The commune with this INSEE code (or a code of the demo's fictional territory)."""
    code = code.strip().upper()
    if code.startswith(DEMO_PREFIX):
        found: Commune | None = _demo()["communes"].get(code)
        return found
    return _commune_of_row(code)


def _communes(codes: tuple[str, ...] | list[str]) -> tuple[Commune, ...]:
    return tuple(c for c in (_commune_of_row(code) for code in codes) if c is not None)


def communes_by_postcode(postcode: str) -> tuple[Commune, ...]:
    """The real communes that have this postcode, the most populous first."""
    codes = _by_postcode().get(_postcode(postcode), ())
    return _communes(sorted(codes, key=lambda c: (-_population(c), c)))


def communes_of(territory_code: str) -> tuple[Commune, ...]:
    """The communes of an EPCI or a département (the demo's too), by name."""
    if territory_code in _demo()["territories"]:
        found = [
            c for c in _demo()["communes"].values() if territory_code in (c.epci, c.departement)
        ]
    else:
        found = [
            c
            for code, row in _rows().items()
            if territory_code in (row[3], row[4])
            and not row[10]  # a city's arrondissements are in the city
            and (c := _commune_of_row(code)) is not None
        ]
    return tuple(sorted(found, key=lambda c: name_key(c.name)))


def _postcode(text: str) -> str:
    digits = re.sub(r"[\s.]", "", text)
    if len(digits) == 4 and digits.isdigit():  # a spreadsheet dropped the leading zero
        digits = "0" + digits
    return digits


def find_communes(text: str, limit: int = 12) -> tuple[Commune, ...]:
    """The real communes a typed postcode (or its start) or name (or its start) designates:
    exact matches first, then the most populous. "35000 Rennes" and "Rennes 35" work too."""
    text = text.strip()
    if not text or limit <= 0:
        return ()
    digits = re.findall(r"\b\d{1,5}\b", text)
    words = name_key(re.sub(r"\b\d{1,5}\b", " ", text))
    postcode = digits[0] if digits else ""
    if INSEE_CODE.match(text.upper()) and (by_code := _commune_of_row(text.upper())):
        # an INSEE code typed as it appears in SIRENE: its commune, after the postcode's
        return (*_by_postcode_prefix(text, limit - 1), by_code) if text.isdigit() else (by_code,)
    if postcode and not words:
        return _by_postcode_prefix(postcode, limit)
    if not words:
        return ()
    keys, entries, order_of = _sorted_keys()
    lo = bisect.bisect_left(keys, words)
    hi = bisect.bisect_left(keys, words + "\uffff", lo)
    exact_end = bisect.bisect_right(keys, words, lo, hi)

    def fits(code: str) -> bool:
        row = _rows()[code]
        return (
            not postcode
            or any(pc.startswith(postcode) for pc in row[2].split())
            or (len(postcode) <= 3 and row[3].startswith(postcode))
        )

    def rank(i: int) -> tuple[int, int, int]:
        # exact names, then names that start as typed; a former name after a current one
        return (0 if i < exact_end else 1, entries[i][2], order_of[i])

    found: list[str] = []
    for i in sorted(range(lo, hi), key=rank):
        code = entries[i][1]
        if code not in found and fits(code):
            found.append(code)
            if len(found) == limit:
                return _communes(found)
    # then names with a word starting as typed ("aubin lise" ~ "Saint-Aubin-sur-Lise")
    query_words = words.split()
    last = query_words[-1]
    more = [
        i
        for i, (key, code, _alias) in enumerate(entries)
        if last in key
        and code not in found
        and _words_start(key.split(), query_words)
        and fits(code)
    ]
    for i in sorted(more, key=lambda i: (entries[i][2], order_of[i])):
        if entries[i][1] not in found:
            found.append(entries[i][1])
    return _communes(found[:limit])


@cache
def _sorted_keys() -> tuple[list[str], list[tuple[str, str, int]], list[int]]:
    """Every name and former name's key in order (a prefix's range is found by bisection), with
    its code and whether it is a former name, and each one's place by population (the most
    populous 0), as the generator wrote them."""
    data = json.loads(gzip.decompress(_asset("communes_search.json.gz").read_bytes()))
    entries = [(key, code, alias) for key, code, alias in data["entries"]]
    return [e[0] for e in entries], entries, data["order"]


def _words_start(name_words: list[str], query_words: list[str]) -> bool:
    """Every typed word starts a word of the name, in order ("aubin lise" ~ "saint aubin sur
    lise")."""
    at = 0
    for q in query_words:
        while at < len(name_words) and not name_words[at].startswith(q):
            at += 1
        if at == len(name_words):
            return False
        at += 1
    return True


def _by_postcode_prefix(prefix: str, limit: int) -> tuple[Commune, ...]:
    found: dict[str, tuple[int, int]] = {}
    for postcode, codes in _by_postcode().items():
        if postcode.startswith(prefix):
            for code in codes:
                rank = 0 if postcode == prefix else 1
                if code not in found or rank < found[code][0]:
                    found[code] = (rank, postcode_order(postcode))
    order = sorted(
        found,
        key=lambda code: (found[code][0], -_population(code), name_key(_rows()[code][1])),
    )
    return _communes(order[:limit])


def postcode_order(postcode: str) -> int:
    return int(postcode) if postcode.isdigit() else 0


def _departement_of_postcode(postcode: str) -> tuple[str, ...]:
    if len(postcode) != 5 or not postcode.isdigit():
        return ()
    if postcode.startswith("20"):
        return ("2A", "2B")
    if postcode.startswith(("97", "98")):
        return (postcode[:3],)
    return (postcode[:2],)


def match_commune(postcode: str, name: str) -> Commune | None:
    """The real commune a postcode and a city as registration forms and SIRENE write them
    designate ("35042", "RENNES CEDEX 9"; "75011", "Paris 11e"; "69003", "LYON 3EME"), or None
    when it is not certain: a name several communes share and nothing to tell them apart, a
    name that is not the postcode's commune's, a misspelt name."""
    postcode = _postcode(postcode)
    folded = _CEDEX.sub("", fold(name)).strip()
    key = name_key(folded)
    candidates = _by_postcode().get(postcode, ())
    if candidates:
        if not key:
            return _only(_prefer_arrondissement(list(candidates), candidates))
        named = [c for c in candidates if _has_key(c, key)]
        if named:
            return _only(_prefer_arrondissement(named, candidates))
    if not key:
        return None
    everywhere = list(_by_key().get(key, ()))
    departements = _departement_of_postcode(postcode)
    if departements:
        everywhere = [c for c in everywhere if _rows()[c][3] in departements]
    elif postcode:
        return None  # a postcode nobody has and that is not even French
    # A city and its own arrondissements share a name: the city.
    everywhere = [c for c in everywhere if _rows()[c][10] not in everywhere]
    return _only(everywhere)


def _has_key(code: str, key: str) -> bool:
    return code in _by_key().get(key, ())


def _prefer_arrondissement(named: list[str], candidates: tuple[str, ...]) -> list[str]:
    """A city named with a postcode that only one of its arrondissements has: that
    arrondissement ("75011", "Paris" -> Paris 11e Arrondissement)."""
    result = []
    for code in named:
        arrondissements = [c for c in candidates if _rows()[c][10] == code]
        result.append(arrondissements[0] if len(arrondissements) == 1 else code)
    return sorted(set(result))


def _only(codes: list[str]) -> Commune | None:
    if len(codes) != 1:
        return None
    return _commune_of_row(codes[0])


# ---------------------------------------------------------------- territories


def territory(code: str) -> Territory | None:
    """The EPCI (by SIREN) or département (by code) with this code, or the demo's."""
    code = code.strip()
    demo: Territory | None = _demo()["territories"].get(code)
    if demo is not None:
        return demo
    return _territory(code.upper())


@cache
def _territory(code: str) -> Territory | None:
    row = _territory_rows().get(code)
    if row is None:
        return None
    name, kind, rings = row
    outline = tuple(
        tuple((ring[i], ring[i + 1]) for i in range(0, len(ring) - 1, 2)) for ring in rings
    )
    return Territory(code=code, name=name, kind=kind, outline=outline)


def territories_of(c: Commune) -> tuple[Territory, ...]:
    """The commune's EPCI, then its département (those that exist)."""
    found = (territory(c.epci) if c.epci else None, territory(c.departement))
    return tuple(t for t in found if t is not None)


def find_territories(text: str, limit: int = 12) -> tuple[Territory, ...]:
    """The EPCI and départements a typed name (or the start of a word of it) or code designate:
    exact matches first, then départements, then by name."""
    text = text.strip()
    if not text or limit <= 0:
        return ()
    key = name_key(text)
    query_words = key.split()
    ranked: list[tuple[tuple[int, int, str], str]] = []
    names = {code: (row[0], row[1]) for code, row in _territory_rows().items()}
    names.update({code: (t.name, t.kind) for code, t in _demo()["territories"].items()})
    for code, (name, kind) in names.items():
        name_k = name_key(name)
        if code.casefold() == text.casefold() or name_k == key:
            rank = 0
        elif code.startswith(text) and text.isalnum():
            rank = 1
        elif name_k.startswith(key):
            rank = 2
        elif _words_start(name_k.split(), query_words):
            rank = 3
        else:
            continue
        ranked.append(((rank, 0 if kind == "departement" else 1, name_k), code))
    ranked.sort()
    return tuple(t for t in (territory(code) for _, code in ranked[:limit]) if t is not None)
