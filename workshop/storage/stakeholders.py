"""Repositories of the registry: organisations and people, searchable with FTS5."""

from __future__ import annotations

import json
import re
import weakref

from sqlite_utils import Database

from workshop.domain.records import Organisation, OrganisationId, Person
from workshop.domain.text import fold, strip_accents
from workshop.storage.repository import Repository

_WORD = re.compile(r"\w+")


def prefix_query(db: Database, text: str) -> str:
    """An FTS5 query matching every typed word as a prefix, safe for any user input."""
    words = db.quote_fts(text.replace("\x00", " ")).split()  # FTS5 stops a string at NUL
    return " ".join(f"{w}*" for w in words if w != '""')


def text_match(db: Database, table: str, text: str) -> tuple[str, list[str]]:
    """An SQL condition on `table`'s ids for rows whose searched text has every typed word as a
    prefix, case and accents ignored by the one fold (`workshop.domain.text.fold`); empty when
    nothing is typed."""
    ids, params = matching_ids(db, table, text)
    return (f"id IN ({ids})", params) if ids else ("", [])


def index_query(db: Database, text: str) -> str:
    """The FTS5 query of the typed words as typed or spelt out ("Œuvres" or "OEuvres"); ""
    when nothing is typed. The rows of `matching_ids` are those it finds, and for
    organisations those in a commune named so (`commune_codes_named`)."""
    query = prefix_query(db, text)
    plain = prefix_query(db, strip_accents(text))
    if query and plain and plain != query:
        return f"({query}) OR ({plain})"
    return query


def matching_ids(db: Database, table: str, text: str) -> tuple[str, list[str]]:
    """A SELECT of the ids of `table`'s rows whose searched text has every typed word as a
    prefix (see `text_match`), with its parameters; empty when nothing is typed.

    The index holds the letters FTS does not fold ("ø", "æ", "œ"…) spelt out (migration m016:
    "Søren" is indexed "soren"), so the typed words are looked for as typed or spelt out
    ("Œuvres" finds "Oeuvres"), in one query of the index.
    """
    query = index_query(db, text)
    if not query:
        return "", []
    select, params = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", [query]
    if table == "organisations":
        codes = commune_codes_named(db, text)
        if codes:
            select += (
                " UNION SELECT id FROM organisations"
                " WHERE commune_code IN (SELECT value FROM json_each(?))"
            )
            params.append(json.dumps(codes))
    return select, params


def commune_codes_named(db: Database, text: str) -> list[str]:
    """The codes of the registry's communes whose folded name has every typed word as the start
    of one of its words ("montlou" or "saint aubin" find Montlouvier, Saint-Aubin-sur-Lise)."""
    typed = _WORD.findall(fold(text))
    if not typed:
        return []
    return [
        code
        for code, words in _commune_words(db).items()
        if all(any(word.startswith(t) for word in words) for t in typed)
    ]


def _index_version(db: Database, table: str) -> tuple[bytes, int]:
    """What changes whenever `table`'s rows change (its FTS index's structure record), and not
    when another table does; within a transaction, any change of the connection counts too."""
    row = db.execute(f"SELECT block FROM [{table}_fts_data] WHERE id = 10").fetchone()
    return (bytes(row[0]) if row else b""), db.conn.total_changes if db.conn.in_transaction else -1


# Per database: the communes the registry's organisations are in, with their names' words.
_CommuneWords = tuple[tuple[bytes, int], dict[str, tuple[str, ...]]]
_COMMUNES: weakref.WeakKeyDictionary[Database, _CommuneWords] = weakref.WeakKeyDictionary()


def _commune_words(db: Database) -> dict[str, tuple[str, ...]]:
    version = _index_version(db, "organisations")
    cached = _COMMUNES.get(db)
    if cached is not None and cached[0] == version:
        return cached[1]
    rows = db.execute(
        "SELECT commune_code, max(commune_name) FROM organisations "
        "WHERE commune_code != '' GROUP BY commune_code"
    ).fetchall()
    words = {str(code): tuple(_WORD.findall(fold(name or ""))) for code, name in rows}
    _COMMUNES[db] = (version, words)
    return words


class OrganisationRepository(Repository[Organisation]):
    """The organisations of the territory."""

    table = "organisations"
    record_type = Organisation

    def search(self, text: str, limit: int = 200) -> list[Organisation]:
        """Organisations whose name, sector, territory or notes match every typed word."""
        condition, params = text_match(self._db, self.table, text)
        if not condition:
            return self.find(order_by="name COLLATE NOCASE")[:limit]
        return self.find(condition, params, order_by=f"name COLLATE NOCASE LIMIT {int(limit)}")

    def by_name(self, name: str) -> Organisation | None:
        found = self.find("name = ? COLLATE NOCASE", [name.strip()])
        return found[0] if found else None


class PersonRepository(Repository[Person]):
    """The people met in workshops."""

    table = "people"
    record_type = Person

    def of_organisation(self, organisation_id: OrganisationId) -> list[Person]:
        return self.find("organisation_id = ?", [organisation_id], order_by="last_name, first_name")

    def by_email(self, email: str) -> Person | None:
        if not email.strip():
            return None
        found = self.find("email = ? COLLATE NOCASE", [email.strip()])
        return found[0] if found else None

    def search(self, text: str, limit: int = 200) -> list[Person]:
        """People whose name, e-mail, notes or organisation's name match every typed word."""
        order = f"last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT {int(limit)}"
        condition, params = text_match(self._db, self.table, text)
        if not condition:
            return self.find(order_by=order)
        of_organisation, more = text_match(self._db, "organisations", text)
        return self.find(
            f"{condition} OR organisation_id IN (SELECT id FROM organisations WHERE "
            f"{of_organisation})",
            [*params, *more],
            order_by=order,
        )
