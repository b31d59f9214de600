"""Repositories of the live board: zones, cards, clusters and votes, and board templates."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from workshop.records import (
    Card,
    CardId,
    Cluster,
    ClusterId,
    Vote,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.storage.repository import Repository

# name -> zones as (French name, colour); the matrix and SWOT are 2 x 2 grids.
TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "co_construction": (
        ("Défis du territoire", "#FDECEA"),
        ("Ressources et atouts", "#E8F5E9"),
        ("Pistes d'action", "#E3F2FD"),
        ("Alliances", "#FFF8E1"),
        ("Engagements", "#F3E5F5"),
    ),
    "power_interest": (
        ("Fort pouvoir, faible intérêt : à satisfaire", "#FFF8E1"),
        ("Fort pouvoir, fort intérêt : à associer", "#E8F5E9"),
        ("Faible pouvoir, faible intérêt : à informer", "#F4F6F8"),
        ("Faible pouvoir, fort intérêt : à consulter", "#E3F2FD"),
    ),
    "swot": (
        ("Forces", "#E8F5E9"),
        ("Faiblesses", "#FDECEA"),
        ("Opportunités", "#E3F2FD"),
        ("Menaces", "#FFF8E1"),
    ),
    "blank": (),
}
ZONE_WIDTH, ZONE_HEIGHT, ZONE_GAP = 420.0, 720.0, 30.0


def template_zones(workshop_id: WorkshopId, template: str) -> list[Zone]:
    """The zones a template lays out: side by side, or a 2 x 2 grid for four zones."""
    specs = TEMPLATES[template]
    grid = template in ("power_interest", "swot")
    zones = []
    for position, (name, colour) in enumerate(specs):
        column, row = (position % 2, position // 2) if grid else (position, 0)
        zones.append(
            Zone(
                workshop_id=workshop_id,
                name=name,
                x=column * (ZONE_WIDTH + ZONE_GAP) * (2 if grid else 1),
                y=row * (ZONE_HEIGHT / (1.5 if grid else 1) + ZONE_GAP),
                width=ZONE_WIDTH * (2 if grid else 1),
                height=ZONE_HEIGHT / (1.5 if grid else 1),
                colour=colour,
                position=position,
            )
        )
    return zones


class ZoneRepository(Repository[Zone]):
    table = "zones"
    record_type = Zone

    def of_workshop(self, workshop_id: WorkshopId) -> list[Zone]:
        return self.find("workshop_id = ?", [workshop_id], order_by="position, id")

    def apply_template(self, workshop_id: WorkshopId, template: str) -> list[Zone]:
        """Add a template's zones to a workshop's board, in one transaction."""
        with self._db.atomic():
            return [self.add(zone) for zone in template_zones(workshop_id, template)]


class CardRepository(Repository[Card]):
    table = "cards"
    record_type = Card

    def of_workshop(self, workshop_id: WorkshopId) -> list[Card]:
        return self.find("workshop_id = ?", [workshop_id])

    def in_zone(self, zone_id: ZoneId) -> list[Card]:
        return self.find("zone_id = ?", [zone_id])

    def move_many(self, moves: Iterable[tuple[CardId, float, float, ZoneId | None]]) -> None:
        """Move several cards at once (a drag of a selection is one action)."""
        with self._db.atomic():
            self._db.conn.executemany(
                "UPDATE cards SET x = ?, y = ?, zone_id = ? WHERE id = ?",
                [(x, y, zone, card) for card, x, y, zone in moves],
            )

    def set_cluster(self, card_ids: Iterable[CardId], cluster_id: ClusterId | None) -> None:
        with self._db.atomic():
            self._db.conn.executemany(
                "UPDATE cards SET cluster_id = ? WHERE id = ?",
                [(cluster_id, card) for card in card_ids],
            )


class ClusterRepository(Repository[Cluster]):
    table = "clusters"
    record_type = Cluster

    def of_workshop(self, workshop_id: WorkshopId) -> list[Cluster]:
        return self.find("workshop_id = ?", [workshop_id])


class VoteRepository(Repository[Vote]):
    table = "votes"
    record_type = Vote

    def totals(self, workshop_id: WorkshopId) -> dict[CardId, int]:
        """Votes per card of a workshop (cards with none are left out)."""
        rows = self._db.execute(
            "SELECT v.card_id, count(*) FROM votes v JOIN cards c ON c.id = v.card_id "
            "WHERE c.workshop_id = ? GROUP BY v.card_id",
            [workshop_id],
        ).fetchall()
        return {CardId(card): n for card, n in rows}


class Board:
    """The board's repositories, side by side (store.board.cards, store.board.zones…)."""

    def __init__(self, db: Database) -> None:
        self.zones = ZoneRepository(db)
        self.cards = CardRepository(db)
        self.clusters = ClusterRepository(db)
        self.votes = VoteRepository(db)
