"""The open data a catalyst publishes (`catalyse publish -o FILE.db`) and the network's map made
of several catalysts' publications (`catalyse publish --merge A.db B.db … -o network.db`).

A publication is a small SQLite file served as it is by Datasette, with a Datasette
`FILE.metadata.json` beside it (titles, descriptions, licence, facets, the map's columns):

- organisations: name, kind, commune, postcode, point, SDGs, website, SIREN/SIRET/RNA (public);
- alliances: name, objective, status, SDGs, the catalysts' needs, partners, workshop title/date;
- partners: which organisation is in which alliance, in which role;
- commitments: per alliance, resource kind and status, how many, and the euros committed (each
  status apart, an abandoned commitment counted but never summed).

No person is in it: no name, e-mail, phone or note of a person, no card (cards have authors), no
organisation's notes; a text that holds a contact or a person's full name is left out
(workshop.domain.publication). The file is built aside and moved into place whole.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from workshop.domain.publication import (
    ABOUT,
    LICENCE,
    LICENCE_URL,
    METADATA_SUFFIX,
    POINT_DECIMALS,
    PUBLICATION_APPLICATION_ID,
    PUBLICATION_VERSION,
    PersonNames,
    holds_contact,
    is_private,
)
from workshop.domain.text import fold
from workshop.domain.totals import summed_unit
from workshop.domain.vocabulary import (
    AllianceStatus,
    CatalystNeed,
    CommitmentStatus,
    OrganisationKind,
    PartnerRole,
    ResourceKind,
)
from workshop.errors import CatalyseError
from workshop.storage.schema import FTS_TOKENIZER
from workshop.storage.store import Store

__all__ = [
    "NotAPublication",
    "Published",
    "merge_publications",
    "metadata_path",
    "read_publication",
    "write_publication",
]

Rows = list[dict[str, Any]]

_TABLES: dict[str, str] = {
    "publications": """CREATE TABLE publications (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        published_at TEXT NOT NULL,
        workshops INTEGER NOT NULL DEFAULT 0,
        organisations INTEGER NOT NULL DEFAULT 0,
        alliances INTEGER NOT NULL DEFAULT 0
    )""",
    "organisations": """CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        kind_label TEXT NOT NULL,
        commune_code TEXT NOT NULL DEFAULT '',
        commune_name TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL DEFAULT '',
        latitude REAL,
        longitude REAL,
        sdgs TEXT NOT NULL DEFAULT '[]',
        website TEXT NOT NULL DEFAULT '',
        siren TEXT NOT NULL DEFAULT '',
        siret TEXT NOT NULL DEFAULT '',
        rna TEXT NOT NULL DEFAULT '',
        workshops INTEGER NOT NULL DEFAULT 0,
        alliances INTEGER NOT NULL DEFAULT 0,
        publications TEXT NOT NULL DEFAULT '[]'
    )""",
    "alliances": """CREATE TABLE alliances (
        id INTEGER PRIMARY KEY,
        publication_id INTEGER NOT NULL REFERENCES publications(id),
        name TEXT NOT NULL,
        objective TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        status_label TEXT NOT NULL,
        sdgs TEXT NOT NULL DEFAULT '[]',
        needs TEXT NOT NULL DEFAULT '[]',
        needs_labels TEXT NOT NULL DEFAULT '[]',
        partners TEXT NOT NULL DEFAULT '[]',
        workshop_title TEXT NOT NULL DEFAULT '',
        workshop_date TEXT
    )""",
    "partners": """CREATE TABLE partners (
        alliance_id INTEGER NOT NULL REFERENCES alliances(id),
        organisation_id INTEGER NOT NULL REFERENCES organisations(id),
        role TEXT NOT NULL,
        role_label TEXT NOT NULL,
        PRIMARY KEY (alliance_id, organisation_id)
    )""",
    "commitments": """CREATE TABLE commitments (
        alliance_id INTEGER NOT NULL REFERENCES alliances(id),
        resource_kind TEXT NOT NULL,
        resource_label TEXT NOT NULL,
        status TEXT NOT NULL,
        status_label TEXT NOT NULL,
        commitments INTEGER NOT NULL,
        amount_eur REAL,
        PRIMARY KEY (alliance_id, resource_kind, status)
    )""",
}
_INDEXES = (
    "CREATE INDEX alliances_publication ON alliances(publication_id)",
    "CREATE INDEX partners_organisation ON partners(organisation_id)",
)


def _columns() -> dict[str, list[str]]:
    """Each table's columns, in order, as the statements above declare them."""
    memory = sqlite3.connect(":memory:")
    try:
        for statement in _TABLES.values():
            memory.execute(statement)
        return {
            table: [row[1] for row in memory.execute(f"PRAGMA table_info([{table}])")]
            for table in _TABLES
        }
    finally:
        memory.close()


COLUMNS: dict[str, list[str]] = _columns()


class NotAPublication(CatalyseError):
    """A file given to --merge that is not a publication of this version (nothing was written)."""


@dataclass
class Publication:
    """A publication's rows, table by table (read from a database or from a published file)."""

    publications: Rows = field(default_factory=list)
    organisations: Rows = field(default_factory=list)
    alliances: Rows = field(default_factory=list)
    partners: Rows = field(default_factory=list)
    commitments: Rows = field(default_factory=list)
    left_out: int = 0  # organisations not published: their name holds a contact or a person
    shared: int = 0  # organisations found in several publications (a merge)
    title: str = ""  # the network's name, for the title of a merge ("" : the usual one)

    def table(self, name: str) -> Rows:
        rows: Rows = getattr(self, name)
        return rows


@dataclass(frozen=True)
class Published:
    """What a written publication holds, as the command line reports it."""

    path: Path
    metadata: Path
    publications: int
    organisations: int
    alliances: int
    commitments: int
    left_out: int = 0
    shared: int = 0


def metadata_path(path: Path) -> Path:
    """The Datasette metadata written beside a publication: network.db -> network.metadata.json."""
    return path.with_name(path.stem + METADATA_SUFFIX)


# --- A database's publication ------------------------------------------------------------------


def _json_list(text: object) -> list[Any]:
    try:
        value = json.loads(str(text or "[]"))
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _label(enum: type[Any], value: object) -> str:
    try:
        return str(enum(value).label("fr"))
    except ValueError:
        return str(value or "")


def _people(store: Store) -> PersonNames:
    """Everyone whose name must not be published: the registry's people, and the names typed
    for a facilitator or a reminder's recipient (unless an organisation bears that name)."""
    names: list[tuple[str, str]] = [
        (str(first), str(last))
        for first, last in store.db.execute("SELECT first_name, last_name FROM people")
    ]
    for (typed,) in store.db.execute(
        "SELECT facilitator FROM workshops UNION SELECT to_name FROM reminders"
        " EXCEPT SELECT name FROM organisations"
    ):
        first, _, last = " ".join(str(typed or "").split()).partition(" ")
        names.append((first, last))
    return PersonNames(names)


def default_name(store: Store, fallback: str) -> str:
    """The publication's name when none is given: the territory most of the workshops name."""
    people = _people(store)
    territories = Counter(
        " ".join(str(t).split())
        for (t,) in store.db.execute("SELECT territory FROM workshops WHERE territory != ''")
    )
    for territory, _ in territories.most_common():
        if not is_private(territory, people):
            return territory
    return fallback


def read_database(store: Store, name: str, now: dt.datetime) -> Publication:
    """The database's open data: every organisation and alliance, commitments totalled."""
    people = _people(store)
    db = store.db
    workshops_of = dict(
        db.execute(
            """SELECT organisation_id, count(DISTINCT workshop_id) FROM (
                SELECT organisation_id, workshop_id FROM cards
                UNION SELECT p.organisation_id, a.workshop_id
                    FROM attendance a JOIN people p ON p.id = a.person_id
                UNION SELECT pa.organisation_id, al.workshop_id
                    FROM partners pa JOIN alliances al ON al.id = pa.alliance_id
            ) WHERE organisation_id IS NOT NULL AND workshop_id IS NOT NULL
            GROUP BY organisation_id"""
        ).fetchall()
    )
    alliances_of = dict(
        db.execute("SELECT organisation_id, count(*) FROM partners GROUP BY organisation_id")
    )
    out = Publication()
    names: dict[int, str] = {}
    for row in db.execute(
        "SELECT id, name, kind, commune_code, commune_name, postcode, latitude, longitude, sdgs,"
        " website, siren, siret, rna FROM organisations ORDER BY id"
    ):
        (oid, org_name, kind, code, commune, postcode, lat, lon, sdgs, site, siren, siret, rna) = (
            row
        )
        if is_private(str(org_name), people):
            out.left_out += 1
            continue
        names[oid] = str(org_name)
        out.organisations.append(
            {
                "id": oid,
                "name": str(org_name),
                "kind": str(kind),
                "kind_label": _label(OrganisationKind, kind),
                "commune_code": str(code or ""),
                "commune_name": str(commune or ""),
                "postcode": str(postcode or ""),
                "latitude": None if lat is None else round(float(lat), POINT_DECIMALS),
                "longitude": None if lon is None else round(float(lon), POINT_DECIMALS),
                "sdgs": json.dumps(sorted(int(s) for s in _json_list(sdgs))),
                "website": "" if holds_contact(str(site or "")) else str(site or ""),
                "siren": str(siren or ""),
                "siret": str(siret or ""),
                "rna": str(rna or ""),
                "workshops": int(workshops_of.get(oid, 0)),
                "alliances": int(alliances_of.get(oid, 0)),
                "publications": json.dumps([name], ensure_ascii=False),
            }
        )
    partners_of: dict[int, list[str]] = {}
    for alliance_id, organisation_id, role in db.execute(
        "SELECT alliance_id, organisation_id, role FROM partners ORDER BY alliance_id, id"
    ):
        if organisation_id not in names:
            continue
        partners_of.setdefault(alliance_id, []).append(names[organisation_id])
        out.partners.append(
            {
                "alliance_id": alliance_id,
                "organisation_id": organisation_id,
                "role": str(role),
                "role_label": _label(PartnerRole, role),
            }
        )
    for aid, a_name, objective, status, sdgs, needs, title, date in db.execute(
        "SELECT a.id, a.name, a.objective, a.status, a.sdgs, a.needs, w.title, w.date"
        " FROM alliances a LEFT JOIN workshops w ON w.id = a.workshop_id ORDER BY a.id"
    ):
        kept_needs = [n for n in _json_list(needs) if n in set(CatalystNeed)]
        out.alliances.append(
            {
                "id": aid,
                "publication_id": 1,
                "name": f"Alliance {aid}" if is_private(str(a_name), people) else str(a_name),
                "objective": "" if is_private(str(objective), people) else str(objective),
                "status": str(status),
                "status_label": _label(AllianceStatus, status),
                "sdgs": json.dumps(sorted(int(s) for s in _json_list(sdgs))),
                "needs": json.dumps(kept_needs),
                "needs_labels": json.dumps(
                    [_label(CatalystNeed, n) for n in kept_needs], ensure_ascii=False
                ),
                "partners": json.dumps(partners_of.get(aid, []), ensure_ascii=False),
                "workshop_title": "" if is_private(str(title or ""), people) else str(title or ""),
                "workshop_date": date,
            }
        )
    out.commitments = _commitment_totals(store)
    workshops = db.execute("SELECT count(*) FROM workshops").fetchone()[0]
    out.publications.append(
        {
            "id": 1,
            "name": name,
            "published_at": now.replace(microsecond=0).isoformat(),
            "workshops": int(workshops),
            "organisations": len(out.organisations),
            "alliances": len(out.alliances),
        }
    )
    return out


def _commitment_totals(store: Store) -> Rows:
    """Commitments counted per alliance, resource kind and status, with the euros committed."""
    counts: dict[tuple[int, str, str], int] = {}
    euros: dict[tuple[int, str, str], float] = {}
    for alliance_id, kind, status, quantity, unit in store.db.execute(
        "SELECT p.alliance_id, c.resource_kind, c.status, c.quantity, c.unit"
        " FROM commitments c JOIN partners p ON p.id = c.partner_id"
    ):
        key = (int(alliance_id), str(kind), str(status))
        counts[key] = counts.get(key, 0) + 1
        money = kind == ResourceKind.FINANCIER and summed_unit(str(unit or "")) == "€"
        if money and status != CommitmentStatus.ABANDONNE and quantity:
            euros[key] = euros.get(key, 0.0) + float(quantity)
    kinds, statuses = list(ResourceKind), list(CommitmentStatus)

    def order(key: tuple[int, str, str]) -> tuple[int, int, int]:
        aid, kind, status = key
        k = kinds.index(ResourceKind(kind)) if kind in set(ResourceKind) else len(kinds)
        s = statuses.index(CommitmentStatus(status)) if status in set(CommitmentStatus) else 9
        return aid, k, s

    return [
        {
            "alliance_id": key[0],
            "resource_kind": key[1],
            "resource_label": _label(ResourceKind, key[1]),
            "status": key[2],
            "status_label": _label(CommitmentStatus, key[2]),
            "commitments": counts[key],
            "amount_eur": round(euros[key], 2) if key in euros else None,
        }
        for key in sorted(counts, key=order)
    ]


# --- Writing ----------------------------------------------------------------------------------


def _metadata(data: Publication, stem: str) -> dict[str, Any]:
    """Datasette's metadata for the publication (French: the network's public is French)."""
    sources = [str(p["name"]) for p in data.publications]
    network = len(sources) > 1
    if data.title:
        title = f"{data.title} : acteurs et alliances"
    elif network:
        title = "Réseau des catalyseurs territoriaux : acteurs et alliances"
    else:
        title = f"{sources[0]} : acteurs et alliances"
    map_columns = {"latitude_column": "latitude", "longitude_column": "longitude"}
    kind = "Type d'organisation (code ; kind_label en toutes lettres)"
    return {
        "title": title,
        "description": (
            "Les organisations d'un territoire et les alliances qu'elles forment aux ateliers de "
            "co-construction d'un catalyseur territorial, avec leurs engagements totalisés. "
            "Aucune personne n'y figure : ni nom, ni courriel, ni téléphone, ni note."
            + (f" Publications réunies : {', '.join(sources)}." if network else "")
        ),
        "license": LICENCE,
        "license_url": LICENCE_URL,
        "source": ", ".join(sources),
        "about": ABOUT,
        "plugins": {"datasette-cluster-map": map_columns},
        "databases": {
            stem: {
                "description": "Les tables : organisations, alliances, partenaires, engagements "
                "totalisés et publications (une par catalyseur).",
                "tables": {
                    "organisations": {
                        "description": "Les acteurs du territoire, placés sur la carte "
                        "(centre de leur commune, sauf point plus précis).",
                        "sort": "name",
                        "label_column": "name",
                        "facets": ["kind_label", "commune_name", {"array": "sdgs"}],
                        "plugins": {"datasette-cluster-map": map_columns},
                        "columns": {
                            "name": "Nom de l'organisation",
                            "kind": kind,
                            "kind_label": "Type d'organisation",
                            "commune_code": "Code officiel géographique (INSEE) de la commune",
                            "commune_name": "Commune",
                            "postcode": "Code postal",
                            "latitude": "Latitude (WGS 84) du point sur la carte",
                            "longitude": "Longitude (WGS 84) du point sur la carte",
                            "sdgs": "Objectifs de développement durable (ODD, 1 à 17)",
                            "website": "Site web",
                            "siren": "SIREN (9 chiffres, répertoire SIRENE)",
                            "siret": "SIRET de l'établissement (14 chiffres)",
                            "rna": "Numéro au Répertoire national des associations",
                            "workshops": "Nombre d'ateliers auxquels elle a pris part",
                            "alliances": "Nombre d'alliances dont elle est partenaire",
                            "publications": "Les catalyseurs qui la connaissent",
                        },
                    },
                    "alliances": {
                        "description": "Les alliances nées des ateliers : des partenaires "
                        "autour d'un projet.",
                        "sort": "name",
                        "label_column": "name",
                        "facets": [
                            "status_label",
                            {"array": "needs_labels"},
                            {"array": "sdgs"},
                            "publication_id",
                        ],
                        "columns": {
                            "publication_id": "La publication (le catalyseur) d'où elle vient",
                            "name": "Nom de l'alliance",
                            "objective": "Objectif",
                            "status": "État (code)",
                            "status_label": "État : idée, en construction, formalisée",
                            "sdgs": "Objectifs de développement durable visés",
                            "needs": "Besoins du territoire auxquels elle répond (codes)",
                            "needs_labels": "Dialogue territorial, accompagnement des "
                            "partenariats, expérimentation collective, tiers-lieux",
                            "partners": "Les organisations partenaires",
                            "workshop_title": "L'atelier où elle est née",
                            "workshop_date": "La date de cet atelier",
                        },
                    },
                    "partners": {
                        "description": "Quelle organisation est partenaire de quelle alliance, "
                        "et dans quel rôle.",
                        "facets": ["role_label"],
                        "columns": {
                            "alliance_id": "L'alliance",
                            "organisation_id": "L'organisation",
                            "role": "Rôle (code)",
                            "role_label": "Rôle : pilote, partenaire, financeur, soutien…",
                        },
                    },
                    "commitments": {
                        "description": "Les engagements des partenaires, comptés par alliance, "
                        "type de ressource et état ; les montants proposés, confirmés et "
                        "réalisés ne sont jamais additionnés entre eux.",
                        "facets": ["resource_label", "status_label"],
                        "columns": {
                            "alliance_id": "L'alliance",
                            "resource_kind": "Type de ressource (code)",
                            "resource_label": "Type de ressource",
                            "status": "État (code)",
                            "status_label": "État : proposé, confirmé, réalisé, abandonné",
                            "commitments": "Nombre d'engagements",
                            "amount_eur": "Montant en euros (ressources financières ; "
                            "jamais pour un engagement abandonné)",
                        },
                    },
                    "publications": {
                        "description": "Les publications réunies ici, une par catalyseur.",
                        "label_column": "name",
                        "columns": {
                            "name": "Le catalyseur (ou son territoire)",
                            "published_at": "Date de publication",
                            "workshops": "Ateliers",
                            "organisations": "Organisations publiées",
                            "alliances": "Alliances publiées",
                        },
                    },
                },
            }
        },
    }


@contextmanager
def _aside(path: Path) -> Iterator[Path]:
    """A temporary file beside `path`, moved onto it when the block succeeds, else removed."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
        Path(f"{temporary}-journal").unlink(missing_ok=True)


def _sync(path: Path) -> None:
    """The file's bytes on disk before it is moved into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write(data: Publication, path: Path) -> Published:
    """Write the publication and its metadata, each built aside and moved into place whole."""
    metadata = metadata_path(path)
    with _aside(path) as temporary:
        db = Database(temporary)
        try:
            # Built aside: no journal nor sync per statement; one fsync once it is whole.
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            for statement in (*_TABLES.values(), *_INDEXES):
                db.execute(statement)
            with db.atomic():
                for table in _TABLES:
                    rows = data.table(table)
                    if rows:
                        db.table(table).insert_all(rows)
            db.table("organisations").enable_fts(["name", "commune_name"], tokenize=FTS_TOKENIZER)
            db.table("alliances").enable_fts(["name", "objective"], tokenize=FTS_TOKENIZER)
            db.execute(f"PRAGMA application_id = {PUBLICATION_APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {PUBLICATION_VERSION}")
        finally:
            db.close()
        _sync(temporary)
        with _aside(metadata) as meta:
            text = json.dumps(_metadata(data, path.stem), ensure_ascii=False, indent=2)
            meta.write_text(text + "\n", encoding="utf-8")
            _sync(meta)
    return Published(
        path=path,
        metadata=metadata,
        publications=len(data.publications),
        organisations=len(data.organisations),
        alliances=len(data.alliances),
        commitments=sum(int(c["commitments"]) for c in data.commitments),
        left_out=data.left_out,
        shared=data.shared,
    )


def write_publication(
    store: Store, path: Path, *, name: str = "", now: dt.datetime | None = None
) -> Published:
    """Publish the database's open data to `path` (and its metadata beside it)."""
    moment = now or dt.datetime.now()
    name = " ".join(name.split()) or default_name(store, path.stem)
    return _write(read_database(store, name, moment), path)


# --- Merging publications ---------------------------------------------------------------------


def read_publication(path: Path) -> Publication:
    """A published file's rows; NotAPublication (the file untouched) when it is not one of this
    version. The file is opened read-only."""
    not_one = NotAPublication(
        f"{path.name} is not a Catalyse publication (made by 'catalyse publish')"
    )
    try:
        with path.open("rb") as raw:
            header = raw.read(100)
    except OSError as error:
        raise NotAPublication(f"{path}: {error.strerror or error}") from error
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise not_one
    if int.from_bytes(header[68:72], "big") != PUBLICATION_APPLICATION_ID:
        raise not_one
    version = int.from_bytes(header[60:64], "big")
    if version != PUBLICATION_VERSION:
        raise NotAPublication(
            f"{path.name} is a publication of another version ({version}, this Catalyse reads "
            f"{PUBLICATION_VERSION}): publish it again with this version"
        )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise not_one from error
    try:
        data = Publication()
        for table, columns in COLUMNS.items():
            found = {r[1] for r in connection.execute(f"PRAGMA table_info([{table}])")}
            if not set(columns) <= found:
                raise not_one
            names = ", ".join(f"[{c}]" for c in columns)
            cursor = connection.execute(f"SELECT {names} FROM [{table}] ORDER BY rowid")
            data.table(table).extend(dict(zip(columns, row, strict=True)) for row in cursor)
    except sqlite3.Error as error:
        raise not_one from error
    finally:
        connection.close()
    if not data.publications:
        raise not_one
    return data


def _number(value: object) -> str:
    return "".join(str(value or "").split()).upper()


class _Directory:
    """The network's organisations, each found again by SIRET, SIREN or RNA, then by folded
    name in the same commune (or where either says no commune)."""

    def __init__(self) -> None:
        self.rows: Rows = []
        self.by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}

    @staticmethod
    def _keys(row: dict[str, Any]) -> list[tuple[str, str]]:
        siret, siren, rna = (_number(row[k]) for k in ("siret", "siren", "rna"))
        keys = [("siret", siret), ("siren", siren or siret[:9]), ("rna", rna)]
        keys.append(("name", fold(" ".join(str(row["name"]).split()))))
        return [(kind, value) for kind, value in keys if value]

    @staticmethod
    def _same(a: dict[str, Any], b: dict[str, Any], by: str) -> bool:
        for key in ("siret", "siren", "rna"):
            x, y = _number(a[key]), _number(b[key])
            if x and y and x != y:
                return False  # two establishments (or bodies) told apart by their numbers
        if by != "name":
            return True
        x, y = (
            a["commune_code"] or fold(a["commune_name"]),
            b["commune_code"] or fold(b["commune_name"]),
        )
        return not x or not y or x == y

    def find(self, row: dict[str, Any]) -> dict[str, Any] | None:
        for kind, value in self._keys(row):
            for known in self.by_key.get((kind, value), []):
                if self._same(known, row, kind):
                    return known
        return None

    def add(self, row: dict[str, Any]) -> dict[str, Any]:
        """The network's organisation for this row: the one found (completed), or the row."""
        known = self.find(row)
        if known is None:
            known = dict(row, id=len(self.rows) + 1)
            self.rows.append(known)
        else:
            filled = (
                "commune_code",
                "commune_name",
                "postcode",
                "website",
                "siren",
                "siret",
                "rna",
            )
            for column in filled:
                if not known[column] and row[column]:
                    known[column] = row[column]
            if known["latitude"] is None and row["latitude"] is not None:
                known["latitude"], known["longitude"] = row["latitude"], row["longitude"]
            known["sdgs"] = json.dumps(
                sorted(set(_json_list(known["sdgs"])) | set(_json_list(row["sdgs"])))
            )
            seen = _json_list(known["publications"])
            more = [p for p in _json_list(row["publications"]) if p not in seen]
            known["publications"] = json.dumps(seen + more, ensure_ascii=False)
            known["workshops"] = int(known["workshops"]) + int(row["workshops"])
            known["alliances"] = int(known["alliances"]) + int(row["alliances"])
        for key in self._keys(known):
            bucket = self.by_key.setdefault(key, [])
            if not any(k is known for k in bucket):
                bucket.append(known)
        return known


def merge(inputs: list[Publication]) -> Publication:
    """The network's publication: the inputs' alliances side by side (each with the publication
    it came from), their organisations deduplicated. A publication met twice counts once."""
    out = Publication()
    directory = _Directory()
    seen: set[tuple[str, str]] = set()
    appearances: Counter[int] = Counter()
    for data in inputs:
        publication_ids: dict[int, int] = {}
        for p in data.publications:
            key = (str(p["name"]), str(p["published_at"]))
            if key in seen:
                continue
            seen.add(key)
            publication_ids[int(p["id"])] = len(out.publications) + 1
            out.publications.append(dict(p, id=len(out.publications) + 1))
        if not publication_ids:
            continue  # every publication it holds is merged already
        organisation_ids: dict[int, int] = {}
        for row in data.organisations:
            known = directory.add(row)
            organisation_ids[int(row["id"])] = int(known["id"])
            appearances[int(known["id"])] += 1
        alliance_ids: dict[int, int] = {}
        for row in data.alliances:
            publication = publication_ids.get(int(row["publication_id"]))
            if publication is None:
                continue  # from a publication already merged
            alliance_ids[int(row["id"])] = len(out.alliances) + 1
            out.alliances.append(dict(row, id=len(out.alliances) + 1, publication_id=publication))
        partners: dict[tuple[int, int], dict[str, Any]] = {
            (int(p["alliance_id"]), int(p["organisation_id"])): p for p in out.partners
        }
        for row in data.partners:
            alliance = alliance_ids.get(int(row["alliance_id"]))
            organisation = organisation_ids.get(int(row["organisation_id"]))
            if alliance is not None and organisation is not None:
                partners.setdefault(
                    (alliance, organisation),
                    dict(row, alliance_id=alliance, organisation_id=organisation),
                )
        out.partners = list(partners.values())
        for row in data.commitments:
            alliance = alliance_ids.get(int(row["alliance_id"]))
            if alliance is not None:
                out.commitments.append(dict(row, alliance_id=alliance))
    out.organisations = directory.rows
    out.shared = sum(1 for count in appearances.values() if count > 1)
    names = {int(o["id"]): str(o["name"]) for o in out.organisations}
    partner_names: dict[int, list[str]] = {}
    for p in out.partners:
        partner_names.setdefault(int(p["alliance_id"]), []).append(names[int(p["organisation_id"])])
    for a in out.alliances:
        a["partners"] = json.dumps(partner_names.get(int(a["id"]), []), ensure_ascii=False)
    return out


def merge_publications(paths: list[Path], path: Path, *, title: str = "") -> Published:
    """Merge the published files into the network's publication at `path`, titled after the
    network when `title` is given (every input is read and checked before anything is
    written)."""
    merged = merge([read_publication(p) for p in paths])
    merged.title = " ".join(title.split())
    return _write(merged, path)
