"""Repositories of the registry: organisations and people, searchable with FTS5."""

from __future__ import annotations

from sqlite_utils import Database

from workshop.domain.records import Organisation, OrganisationId, Person
from workshop.storage.repository import Repository


def prefix_query(db: Database, text: str) -> str:
    """An FTS5 query matching every typed word as a prefix, safe for any user input."""
    words = db.quote_fts(text.replace("\x00", " ")).split()  # FTS5 stops a string at NUL
    return " ".join(f"{w}*" for w in words if w != '""')


class OrganisationRepository(Repository[Organisation]):
    """The organisations of the territory."""

    table = "organisations"
    record_type = Organisation

    def search(self, text: str, limit: int = 200) -> list[Organisation]:
        """Organisations whose name, sector, territory or notes match every typed word."""
        query = prefix_query(self._db, text)
        if not query:
            return self.find(order_by="name COLLATE NOCASE")[:limit]
        return self.find(
            "id IN (SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH ?)",
            [query],
            order_by=f"name COLLATE NOCASE LIMIT {int(limit)}",
        )

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
        query = prefix_query(self._db, text)
        order = f"last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT {int(limit)}"
        if not query:
            return self.find(order_by=order)
        return self.find(
            "id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?) OR organisation_id IN "
            "(SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH ?)",
            [query, query],
            order_by=order,
        )
