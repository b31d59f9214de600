"""Receiving a workshop handed over by another catalyst: the `.catalyse` bundle read and
checked (it is untrusted input), what it would create, match and update previewed, then merged
in one transaction that can be undone. Importing the same bundle twice changes nothing.

Organisations are matched by SIRET, SIREN or RNA, then by name (case and accents ignored) and
commune (the name alone when one side has no commune: two same-named bodies of two communes
stay two); people by e-mail, then by name within their (matched) organisation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from workshop.domain.bundle import BUNDLE_FORMAT, BUNDLE_VERSION, derived_origin
from workshop.domain.communes import name_key
from workshop.domain.records import Organisation, OrganisationId, Person, Workshop
from workshop.domain.text import fold
from workshop.domain.validation import clean_text
from workshop.domain.vocabulary import (
    AllianceStatus,
    CommitmentStatus,
    Lang,
    OrganisationKind,
    PartnerRole,
    ResourceKind,
)
from workshop.domain.wording import worded
from workshop.errors import CatalyseError
from workshop.ops import Applied, operation
from workshop.storage.store import Store

__all__ = ["BundleRefused", "SharePreview", "import_share", "preview_share", "read_bundle"]

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
MAX_TEXT = 20_000
_TABLES = (
    "organisations",
    "people",
    "attendance",
    "zones",
    "clusters",
    "vote_rounds",
    "cards",
    "votes",
    "alliances",
    "alliance_cards",
    "partners",
    "commitments",
    "reminders",
    "commitment_changes",
    "decisions",
)
_JSON_COLUMNS = {"sdgs", "offers", "agenda", "tags", "zone_ids"}
_ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("organisations", "kind"): OrganisationKind,
    ("alliances", "status"): AllianceStatus,
    ("partners", "role"): PartnerRole,
    ("commitments", "status"): CommitmentStatus,
    ("commitments", "resource_kind"): ResourceKind,
}
# Which rows each reference column points to, table by table.
_REFERENCES: dict[str, dict[str, str]] = {
    "people": {"organisation_id": "organisations"},
    "attendance": {"workshop_id": "workshops", "person_id": "people"},
    "zones": {"workshop_id": "workshops"},
    "clusters": {"workshop_id": "workshops"},
    "vote_rounds": {"workshop_id": "workshops"},
    "cards": {
        "workshop_id": "workshops",
        "zone_id": "zones",
        "cluster_id": "clusters",
        "person_id": "people",
        "organisation_id": "organisations",
    },
    "votes": {"card_id": "cards", "person_id": "people", "round_id": "vote_rounds"},
    "alliances": {"workshop_id": "workshops"},
    "alliance_cards": {"alliance_id": "alliances", "card_id": "cards"},
    "partners": {
        "alliance_id": "alliances",
        "organisation_id": "organisations",
        "contact_person_id": "people",
    },
    "commitments": {"partner_id": "partners", "signatory_id": "people", "card_id": "cards"},
    "reminders": {"commitment_id": "commitments"},
    "commitment_changes": {"commitment_id": "commitments"},
    "decisions": {"workshop_id": "workshops"},
}
# A row whose reference is required is dropped when what it points to is not in the bundle.
_REQUIRED = {
    "attendance": ("person_id",),
    "votes": ("card_id",),
    "alliance_cards": ("alliance_id", "card_id"),
    "partners": ("alliance_id", "organisation_id"),
    "commitments": ("partner_id",),
    "reminders": ("commitment_id",),
    "commitment_changes": ("commitment_id",),
}
_FILLABLE = {
    "organisations": ("siren", "siret", "rna", "website", "sector", "territory", "address"),
    "people": ("email", "phone", "title"),
}

_WORDS: dict[str, tuple[str, str]] = {
    "not_bundle": (
        "{name} n'est pas un atelier Catalyse à importer (.catalyse)",
        "{name} is not a Catalyse workshop bundle (.catalyse)",
    ),
    "newer": (
        "{name} vient d'une version plus récente de Catalyse (format {version}) : "
        "mettez Catalyse à jour",
        "{name} comes from a newer Catalyse (bundle version {version}): update Catalyse",
    ),
    "damaged": ("{name} est abîmé : {why}", "{name} is damaged: {why}"),
    "too_big": ("{name} est trop gros pour un atelier", "{name} is too big for a workshop"),
}


class BundleRefused(CatalyseError):
    """A file that is not a bundle this version can read; nothing was written."""


def _w(key: str, lang: Lang, **values: object) -> str:
    return worded(_WORDS, key, lang, **values)


def _clean_value(table: str, column: str, value: Any, damaged: Callable[[str], Exception]) -> Any:
    if value is None or isinstance(value, bool):
        return int(value) if isinstance(value, bool) else None
    if isinstance(value, int | float):
        return value
    if not isinstance(value, str):
        raise damaged(f"{table}.{column}")
    if column in _JSON_COLUMNS:
        try:
            parsed = json.loads(value or "[]")
        except ValueError:
            raise damaged(f"{table}.{column}") from None
        if not isinstance(parsed, list):
            raise damaged(f"{table}.{column}")
        return value
    enum = _ENUMS.get((table, column))
    if enum is not None:
        try:
            enum(value)
        except ValueError:
            raise damaged(f"{table}.{column} = {value[:40]!r}") from None
        return value
    return clean_text(value, multiline=True)[:MAX_TEXT]


def read_bundle(path: Path, lang: Lang = "fr") -> dict[str, Any]:
    """The bundle's content, checked: its format and version, a list of rows per table, every
    value a number, a text or a valid list; refuses (BundleRefused, nothing written) anything
    else."""
    name = path.name
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleRefused(_w("too_big", lang, name=name))
        raw = path.read_bytes()
        payload = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        raise BundleRefused(_w("not_bundle", lang, name=name)) from None
    if not isinstance(payload, dict) or payload.get("format") != BUNDLE_FORMAT:
        raise BundleRefused(_w("not_bundle", lang, name=name))
    version = payload.get("version")
    if not isinstance(version, int) or version < 1:
        raise BundleRefused(_w("not_bundle", lang, name=name))
    if version > BUNDLE_VERSION:
        raise BundleRefused(_w("newer", lang, name=name, version=version))

    def damaged(why: str) -> BundleRefused:
        return BundleRefused(_w("damaged", lang, name=name, why=why))

    workshop = payload.get("workshop")
    if not isinstance(workshop, dict) or not isinstance(workshop.get("title"), str):
        raise damaged("workshop")
    checked: dict[str, Any] = {
        "origin": str(payload.get("origin", ""))[:64],
        "workshop": {k: _clean_value("workshops", k, v, damaged) for k, v in workshop.items()},
    }
    for table in _TABLES:
        rows = payload.get(table, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise damaged(table)
        checked[table] = [
            {str(k): _clean_value(table, str(k), v, damaged) for k, v in row.items()}
            for row in rows
        ]
    return checked


@dataclass
class SharePreview:
    """What importing the bundle does: the workshop (or the one it already became), and the
    organisations and people created, matched (found here) and updated (fields filled in)."""

    workshop: str
    already: Workshop | None = None
    organisations: dict[str, list[str]] = field(
        default_factory=lambda: {"created": [], "matched": [], "updated": []}
    )
    people: dict[str, list[str]] = field(
        default_factory=lambda: {"created": [], "matched": [], "updated": []}
    )
    cards: int = 0
    alliances: int = 0
    commitments: int = 0


class _Matcher:
    """Finds the local organisation or person a bundle's row stands for. Only the registry's
    candidates are read (the bundle's numbers, folded names and e-mails, the people of the
    organisations matched), never every record: an import into a registry of 100,000 people
    folds a few names, not all of them."""

    def __init__(self, store: Store, organisations: list[dict[str, Any]]) -> None:
        self.store = store
        self.by_number: dict[tuple[str, str], OrganisationId] = {}
        for row in store.db.execute(
            "SELECT id, siret, siren, rna FROM organisations"
            " WHERE siret != '' OR siren != '' OR rna != '' ORDER BY id"
        ):
            for key, value in zip(("siret", "siren", "rna"), row[1:], strict=True):
                number = _number(str(value or ""))
                if number:
                    self.by_number.setdefault((key, number), OrganisationId(row[0]))
        self.by_name: dict[str, list[tuple[OrganisationId, str, str, str]]] = {}
        names = sorted({fold(str(row.get("name") or "")) for row in organisations})
        for start in range(0, len(names), 500):
            chunk = names[start : start + 500]
            for organisation_id, name, territory, code, commune_name in store.db.execute(
                f"SELECT id, name, territory, commune_code, commune_name FROM organisations"
                f" WHERE fold(name) IN ({', '.join('?' * len(chunk))}) ORDER BY id",
                chunk,
            ):
                self.by_name.setdefault(fold(name), []).append(
                    (OrganisationId(organisation_id), str(territory), str(code), str(commune_name))
                )
        # People are looked up as the registry was before the import (not those it creates).
        self.last_person = int(store.db.execute("SELECT max(id) FROM people").fetchone()[0] or 0)
        self.people_of: dict[int | None, dict[str, Person]] = {}

    def organisation(self, row: dict[str, Any]) -> Organisation | None:
        for key in ("siret", "siren", "rna"):
            number = _number(str(row.get(key) or ""))
            if number and (key, number) in self.by_number:
                return self.store.organisations.get(self.by_number[(key, number)])
        territory = fold(str(row.get("territory") or ""))
        code, commune = str(row.get("commune_code") or ""), str(row.get("commune_name") or "")
        named = self.by_name.get(fold(str(row.get("name") or "")), [])
        if code or commune:  # the same commune first, else one with no commune known
            for organisation_id, _, local_code, local_commune in named:
                if (local_code or local_commune) and _same_commune(
                    (code, commune), (local_code, local_commune)
                ):
                    return self.store.organisations.get(organisation_id)
            for organisation_id, _, local_code, local_commune in named:
                if not (local_code or local_commune):
                    return self.store.organisations.get(organisation_id)
            return None
        for organisation_id, local, local_code, local_commune in named:
            # the row has no commune: the name alone, or the territory when both say one
            if local_code or local_commune or not (territory and local) or fold(local) == territory:
                return self.store.organisations.get(organisation_id)
        return None

    def person(self, row: dict[str, Any], organisation_id: int | None) -> Person | None:
        email = str(row.get("email") or "").strip()
        if email:
            found = self.store.people.find(
                "email = ? COLLATE NOCASE AND id <= ?", [email, self.last_person]
            )
            if found:
                return found[0]
        name = fold(f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip())
        return self._people_named(organisation_id).get(name)

    def _people_named(self, organisation_id: int | None) -> dict[str, Person]:
        """The people of one organisation (or of none) by folded full name, read once."""
        if organisation_id not in self.people_of:
            named: dict[str, Person] = {}
            for p in self.store.people.find(
                "organisation_id IS ? AND id <= ?", [organisation_id, self.last_person]
            ):
                named.setdefault(fold(p.full_name), p)
            self.people_of[organisation_id] = named
        return self.people_of[organisation_id]


def _same_commune(row: tuple[str, str], local: tuple[str, str]) -> bool:
    """Whether two (INSEE code, name) pairs name one commune: by code when both have one, else
    by name (case, accents, hyphens and "St" ignored)."""
    if row[0] and local[0]:
        return row[0] == local[0]
    return name_key(row[1]) == name_key(local[1])


def _number(text: str) -> str:
    """A SIRET, SIREN or RNA as compared: spaces left out, letters in capitals."""
    return "".join(text.split()).upper()


def _already(store: Store, bundle: dict[str, Any]) -> Workshop | None:
    if not bundle["origin"]:
        return None
    found = store.workshops.find("origin = ?", [bundle["origin"]])
    if found:
        return found[0]
    for workshop_id, created_at in store.db.execute(
        "SELECT id, created_at FROM workshops WHERE origin = ''"
    ).fetchall():  # a bundle of this very database, brought back
        if derived_origin(workshop_id, str(created_at)) == bundle["origin"]:
            return store.workshops.get(workshop_id)
    return None


def _columns(store: Store, table: str) -> set[str]:
    return {row[1] for row in store.db.execute(f"PRAGMA table_info([{table}])").fetchall()}


def _insert(store: Store, table: str, row: dict[str, Any], columns: set[str]) -> int:
    values = {k: v for k, v in row.items() if k in columns and k != "id"}
    names = ", ".join(f"[{k}]" for k in values)
    marks = ", ".join("?" * len(values))
    cursor = store.db.execute(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks})", list(values.values())
    )
    return int(cursor.lastrowid or 0)


def _fills(table: str, local: Any, row: dict[str, Any]) -> dict[str, Any]:
    """The local record's empty fields the bundle fills in."""
    filled = {k: row[k] for k in _FILLABLE[table] if row.get(k) and not getattr(local, k, "")}
    if table == "organisations":
        filled |= _place_fills(local, row)
    return filled


def _place_fills(local: Organisation, row: dict[str, Any]) -> dict[str, Any]:
    """The commune (code, name, postcode) of the bundle for a local organisation that has none,
    its postcode for one of the same commune without one, and its point for one without."""
    theirs = (str(row.get("commune_code") or ""), str(row.get("commune_name") or ""))
    same = _same_commune(theirs, (local.commune_code, local.commune_name))
    filled: dict[str, Any] = {}
    if not (local.commune_code or local.commune_name) and any(theirs):
        place = ("commune_code", "commune_name", "postcode")
        filled = {k: row[k] for k in place if row.get(k) and row[k] != getattr(local, k)}
        same = True
    elif same and row.get("postcode") and not local.postcode:
        filled = {"postcode": row["postcode"]}
    point = (row.get("latitude"), row.get("longitude"))
    numbers = all(isinstance(v, int | float) for v in point)
    if same and numbers and local.latitude is None and local.longitude is None:
        filled |= {"latitude": point[0], "longitude": point[1]}
    return filled


def _records(
    store: Store,
    table: str,
    rows: list[dict[str, Any]],
    find: Callable[[dict[str, Any]], Any],
    outcome: dict[str, list[str]],
    ids: dict[int, int],
    write: bool,
) -> None:
    """Match or create each organisation (or person) of the bundle; fill matched ones in."""
    columns = _columns(store, table)
    for row in rows:
        local = find(row)
        name = str(row.get("name") or f"{row.get('first_name') or ''} {row.get('last_name') or ''}")
        if local is None:
            outcome["created"].append(name.strip())
            if write:
                ids[row["id"]] = _insert(store, table, row, columns)
            continue
        filled = _fills(table, local, row)
        if filled and write:
            sets = ", ".join(f"[{k}] = ?" for k in filled)
            store.db.execute(
                f"UPDATE [{table}] SET {sets} WHERE id = ?", [*filled.values(), local.id]
            )
        outcome["updated" if filled else "matched"].append(name.strip())
        ids[row["id"]] = local.id


def _merge(store: Store, bundle: dict[str, Any], preview: SharePreview, write: bool) -> None:
    matcher = _Matcher(store, bundle["organisations"])
    ids: dict[str, dict[int, int]] = {t: {} for t in ("workshops", *_TABLES)}
    _records(
        store,
        "organisations",
        bundle["organisations"],
        matcher.organisation,
        preview.organisations,
        ids["organisations"],
        write,
    )
    people = [
        dict(row, organisation_id=ids["organisations"].get(row.get("organisation_id") or -1))
        for row in bundle["people"]
    ]
    _records(
        store,
        "people",
        people,
        lambda row: matcher.person(row, row["organisation_id"]),
        preview.people,
        ids["people"],
        write,
    )
    preview.cards = len(bundle["cards"])
    preview.alliances = len(bundle["alliances"])
    preview.commitments = len(bundle["commitments"])
    if not write:
        return
    workshop = dict(bundle["workshop"], origin=bundle["origin"])
    ids["workshops"][bundle["workshop"].get("id", 0)] = _insert(
        store, "workshops", workshop, _columns(store, "workshops")
    )
    for table in _TABLES[2:]:
        columns = _columns(store, table)
        references = _REFERENCES[table]
        for row in bundle[table]:
            mapped = dict(row)
            for column, target in references.items():
                if column == "workshop_id":
                    mapped[column] = next(iter(ids["workshops"].values()))
                elif row.get(column) is not None:
                    mapped[column] = ids[target].get(row[column])
            if any(mapped.get(column) is None for column in _REQUIRED.get(table, ())):
                continue
            new_id = _insert(store, table, mapped, columns)
            if "id" in row:
                ids[table][row["id"]] = new_id


def preview_share(store: Store, bundle: dict[str, Any]) -> SharePreview:
    """What importing the bundle would do (nothing is written)."""
    preview = SharePreview(workshop=str(bundle["workshop"].get("title", "")))
    preview.already = _already(store, bundle)
    if preview.already is None:
        _merge(store, bundle, preview, write=False)
    return preview


def import_share(store: Store, bundle: dict[str, Any]) -> Applied[SharePreview]:
    """Merge the bundle in one transaction (one undo); an already imported bundle: nothing."""
    preview = SharePreview(workshop=str(bundle["workshop"].get("title", "")))
    with operation(store) as op:
        preview.already = _already(store, bundle)
        if preview.already is None:
            _merge(store, bundle, preview, write=True)
    return op.applied(preview)
