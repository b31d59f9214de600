"""Repositories of the live board: zones, cards, clusters and votes, and board templates."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NewType

from sqlite_utils import Database

from workshop.domain.board_layout import grown_to_hold
from workshop.domain.records import (
    Card,
    CardId,
    Cluster,
    ClusterId,
    OrganisationId,
    PersonId,
    Vote,
    VoteId,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.domain.vocabulary import OrganisationKind
from workshop.storage.repository import Repository

VoteRoundId = NewType("VoteRoundId", int)


@dataclass(frozen=True, kw_only=True)
class VoteRound:
    """A dot-vote round of a workshop: N votes per participant, open until it ends."""

    id: VoteRoundId = VoteRoundId(0)
    workshop_id: WorkshopId
    votes_per_person: int = 3
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    zone_ids: tuple[int, ...] = ()  # the zones whose cards are voted on; () = every zone
    revealed: bool = True  # False: counts are hidden (board, projector, phones) until revealed

    @property
    def open(self) -> bool:
        return self.ended_at is None

    def covers(self, zone_id: int | None) -> bool:
        """Whether a card of this zone is voted on in this round."""
        return not self.zone_ids or zone_id in self.zone_ids


@dataclass(frozen=True)
class VoteTally:
    """A card's votes in one round, by where they came from: participants (from their phone or
    clicked for them), the room (clicked for nobody), sticker dots counted on paper."""

    participants: int = 0
    room: int = 0
    paper: int = 0

    @property
    def total(self) -> int:
        return self.participants + self.room + self.paper


@dataclass(frozen=True)
class CardLink:
    """What a card became: an alliance seeded from it, or a commitment of an alliance's partner."""

    kind: str  # "alliance" or "commitment"
    alliance_id: int
    alliance_name: str
    partner_name: str = ""  # the organisation committed (a commitment)


@dataclass(frozen=True, kw_only=True)
class CardView:
    """A card as the board shows it: the record, its author line and its vote count."""

    card: Card
    person_name: str = ""
    organisation_id: OrganisationId | None = None
    organisation_name: str = ""
    organisation_kind: OrganisationKind | None = None
    votes: int = 0
    links: tuple[CardLink, ...] = ()  # the alliances and commitments the card became

    @property
    def alliance_ids(self) -> tuple[int, ...]:
        """The alliances the card leads to (seeded from it, or holding a commitment from it)."""
        return tuple(dict.fromkeys(link.alliance_id for link in self.links))

    @property
    def author(self) -> str:
        """The author line, first name, last name · organisation (either part may be missing)."""
        return " · ".join(part for part in (self.person_name, self.organisation_name) if part)


@dataclass(frozen=True, kw_only=True)
class BoardContents:
    """Everything a board shows, read in a few queries (zones, cards with authors, clusters)."""

    zones: list[Zone] = field(default_factory=list)
    cards: list[CardView] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    vote_round: VoteRound | None = None  # the round the cards' vote counts come from


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

    def grow_to_hold(self, bottoms: Mapping[ZoneId, float]) -> list[Zone]:
        """Make zones tall enough to hold cards reaching down to `bottoms`; the zones grown."""
        grown = []
        with self._db.atomic():
            for zone_id, bottom in bottoms.items():
                taller = grown_to_hold(self.get(zone_id), bottom)
                if taller is not None:
                    grown.append(self.update(taller))
        return grown


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

    def cast(
        self,
        card_id: CardId,
        person_id: PersonId | None,
        round_id: VoteRoundId,
        *,
        room: bool = False,
    ) -> VoteId:
        """Record one dot of a round on a card, on behalf of a participant (or of the room)."""
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO votes (card_id, person_id, round_id, room) VALUES (?, ?, ?, ?)",
                [card_id, None if room else person_id, round_id, int(room)],
            )
        return VoteId(int(cursor.lastrowid or 0))

    def withdraw_room(self, card_id: CardId, round_id: VoteRoundId) -> bool:
        """Take back the room's last dot of a round on a card (False: it had none)."""
        row = self._db.execute(
            "SELECT max(id) FROM votes WHERE card_id = ? AND round_id = ? AND room = 1",
            [card_id, round_id],
        ).fetchone()
        if row is None or row[0] is None:
            return False
        self._db.execute("DELETE FROM votes WHERE id = ?", [row[0]])
        return True

    def tallies(self, round_id: VoteRoundId) -> dict[CardId, VoteTally]:
        """A round's votes per card, by where they came from (cards with none left out)."""
        rows = self._db.execute(
            "SELECT card_id, sum(n_people), sum(n_room), sum(n_paper) FROM ("
            " SELECT card_id, sum(room = 0) AS n_people, sum(room = 1) AS n_room, 0 AS n_paper"
            " FROM votes WHERE round_id = :round GROUP BY card_id"
            " UNION ALL SELECT card_id, 0, 0, dots FROM paper_dots WHERE round_id = :round"
            ") GROUP BY card_id",
            {"round": round_id},
        ).fetchall()
        tallies = {CardId(card): VoteTally(int(p), int(r), int(d)) for card, p, r, d in rows}
        return {card: tally for card, tally in tallies.items() if tally.total}

    def used(self, round_id: VoteRoundId, person_id: PersonId) -> int:
        """How many of a round's votes a participant has already put."""
        row = self._db.execute(
            "SELECT count(*) FROM votes WHERE round_id = ? AND person_id = ?",
            [round_id, person_id],
        ).fetchone()
        return int(row[0])

    def of_person(self, round_id: VoteRoundId, person_id: PersonId) -> dict[CardId, int]:
        """How many of a round's votes a participant put on each card (cards with none left out)."""
        rows = self._db.execute(
            "SELECT card_id, count(*) FROM votes WHERE round_id = ? AND person_id = ? "
            "GROUP BY card_id",
            [round_id, person_id],
        ).fetchall()
        return {CardId(card): n for card, n in rows}

    def withdraw(self, card_id: CardId, person_id: PersonId, round_id: VoteRoundId) -> bool:
        """Take back one of a participant's dots of a round on a card (False: they had none)."""
        row = self._db.execute(
            "SELECT max(id) FROM votes WHERE card_id = ? AND person_id = ? AND round_id = ?",
            [card_id, person_id, round_id],
        ).fetchone()
        if row is None or row[0] is None:
            return False
        self._db.execute("DELETE FROM votes WHERE id = ?", [row[0]])
        return True

    def totals(self, workshop_id: WorkshopId) -> dict[CardId, int]:
        """Votes per card of a workshop, sticker dots counted on paper included (cards with
        none are left out)."""
        rows = self._db.execute(
            "SELECT card_id, sum(n) FROM ("
            " SELECT v.card_id, count(*) AS n FROM votes v JOIN cards c ON c.id = v.card_id"
            " WHERE c.workshop_id = :workshop GROUP BY v.card_id"
            " UNION ALL SELECT d.card_id, sum(d.dots) FROM paper_dots d"
            " JOIN cards c ON c.id = d.card_id WHERE c.workshop_id = :workshop"
            " GROUP BY d.card_id"
            ") GROUP BY card_id HAVING sum(n) > 0",
            {"workshop": workshop_id},
        ).fetchall()
        return {CardId(card): int(n) for card, n in rows}

    def tallies_of_workshop(self, workshop_id: WorkshopId) -> dict[CardId, VoteTally]:
        """Every round's votes per card of a workshop, by where they came from (the figures
        `totals` adds up; cards with none left out)."""
        rows = self._db.execute(
            "SELECT card_id, sum(n_people), sum(n_room), sum(n_paper) FROM ("
            " SELECT v.card_id, sum(v.room = 0) AS n_people, sum(v.room = 1) AS n_room,"
            " 0 AS n_paper FROM votes v JOIN cards c ON c.id = v.card_id"
            " WHERE c.workshop_id = :workshop GROUP BY v.card_id"
            " UNION ALL SELECT d.card_id, 0, 0, sum(d.dots) FROM paper_dots d"
            " JOIN cards c ON c.id = d.card_id WHERE c.workshop_id = :workshop"
            " GROUP BY d.card_id"
            ") GROUP BY card_id",
            {"workshop": workshop_id},
        ).fetchall()
        tallies = {CardId(card): VoteTally(int(p), int(r), int(d)) for card, p, r, d in rows}
        return {card: tally for card, tally in tallies.items() if tally.total}


class PaperDotRepository:
    """The sticker dots counted on each card for a vote round (one typed count per card)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def of_round(self, round_id: VoteRoundId) -> dict[CardId, int]:
        """The dots counted on each card of a round (cards not counted left out)."""
        rows = self._db.execute(
            "SELECT card_id, dots FROM paper_dots WHERE round_id = ?", [round_id]
        ).fetchall()
        return {CardId(card): int(dots) for card, dots in rows}

    def set(self, round_id: VoteRoundId, card_id: CardId, dots: int | None) -> None:
        """Keep the dots counted on a card for a round (None: not counted, the count goes)."""
        with self._db.atomic():
            row = self._db.execute(
                "SELECT id FROM paper_dots WHERE round_id = ? AND card_id = ?",
                [round_id, card_id],
            ).fetchone()
            if dots is None:
                if row is not None:
                    self._db.execute("DELETE FROM paper_dots WHERE id = ?", [row[0]])
            elif row is None:
                self._db.execute(
                    "INSERT INTO paper_dots (round_id, card_id, dots) VALUES (?, ?, ?)",
                    [round_id, card_id, dots],
                )
            else:
                self._db.execute("UPDATE paper_dots SET dots = ? WHERE id = ?", [dots, row[0]])


class VoteRoundRepository(Repository[VoteRound]):
    table = "vote_rounds"
    record_type = VoteRound

    def start(
        self,
        workshop_id: WorkshopId,
        votes_per_person: int,
        zone_ids: Sequence[int] = (),
        *,
        revealed: bool = True,
    ) -> VoteRound:
        """Open a new round now, on the cards of `zone_ids` (every zone when empty), its counts
        shown or hidden until revealed; any open round of the workshop is closed first."""
        now = dt.datetime.now().replace(microsecond=0)
        with self._db.atomic():
            self._db.execute(
                "UPDATE vote_rounds SET ended_at = ? WHERE workshop_id = ? AND ended_at IS NULL",
                [now.isoformat(), workshop_id],
            )
            return self.add(
                VoteRound(
                    workshop_id=workshop_id,
                    votes_per_person=votes_per_person,
                    started_at=now,
                    zone_ids=tuple(sorted(set(zone_ids))),
                    revealed=revealed,
                )
            )

    def current(self, workshop_id: WorkshopId) -> VoteRound | None:
        """The workshop's open round, if a vote is running."""
        rounds = self.find("workshop_id = ? AND ended_at IS NULL", [workshop_id], "id DESC")
        return rounds[0] if rounds else None

    def latest(self, workshop_id: WorkshopId) -> VoteRound | None:
        rounds = self.find("workshop_id = ?", [workshop_id], "id DESC")
        return rounds[0] if rounds else None


_CARD_VIEWS_SQL = """
SELECT c.id, c.workshop_id, c.text, c.zone_id, c.cluster_id, c.person_id, c.organisation_id,
       c.x, c.y, c.sdgs, c.source, c.created_at,
       p.first_name, p.last_name, o.id, o.name, o.kind, coalesce(v.n, 0),
       c.colour, c.tags, al.links, co.links
FROM cards c
LEFT JOIN people p ON p.id = c.person_id
LEFT JOIN organisations o ON o.id = coalesce(c.organisation_id, p.organisation_id)
LEFT JOIN (
    SELECT card_id, sum(n) AS n FROM (
        SELECT card_id, count(*) AS n FROM votes
        WHERE :round_id IS NULL OR round_id = :round_id GROUP BY card_id
        UNION ALL
        SELECT card_id, sum(dots) FROM paper_dots
        WHERE :round_id IS NULL OR round_id = :round_id GROUP BY card_id
    ) GROUP BY card_id
) v ON v.card_id = c.id
LEFT JOIN (
    SELECT ac.card_id, group_concat(a.id || char(31) || a.name, char(30)) AS links
    FROM alliance_cards ac JOIN alliances a ON a.id = ac.alliance_id
    GROUP BY ac.card_id
) al ON al.card_id = c.id
LEFT JOIN (
    SELECT cm.card_id,
           group_concat(a.id || char(31) || a.name || char(31) || po.name, char(30)) AS links
    FROM commitments cm JOIN partners pa ON pa.id = cm.partner_id
    JOIN alliances a ON a.id = pa.alliance_id
    JOIN organisations po ON po.id = pa.organisation_id
    WHERE cm.card_id IS NOT NULL GROUP BY cm.card_id
) co ON co.card_id = c.id
WHERE c.workshop_id = :workshop_id
ORDER BY c.id
"""
_KINDS = {kind.value: kind for kind in OrganisationKind}


def _card_view(row: tuple[Any, ...]) -> CardView:
    """One row of _CARD_VIEWS_SQL as a CardView (built by hand: 5,000 of them open a board)."""
    (
        card_id,
        workshop_id,
        text,
        zone_id,
        cluster_id,
        person_id,
        organisation_id,
        x,
        y,
        sdgs,
        source,
        created_at,
        first_name,
        last_name,
        org_id,
        org_name,
        org_kind,
        votes,
        colour,
        tags,
        alliance_links,
        commitment_links,
    ) = row
    card = Card(
        id=card_id,
        workshop_id=workshop_id,
        text=text or "",
        zone_id=zone_id,
        cluster_id=cluster_id,
        person_id=person_id,
        organisation_id=organisation_id,
        x=float(x),
        y=float(y),
        sdgs=tuple(json.loads(sdgs)) if sdgs and sdgs != "[]" else (),
        source=source or "",
        created_at=dt.datetime.fromisoformat(created_at) if created_at else None,
        colour=colour or "",
        tags=tuple(json.loads(tags)) if tags and tags != "[]" else (),
    )
    name = f"{first_name or ''} {last_name or ''}".strip() if first_name or last_name else ""
    return CardView(
        card=card,
        person_name=name,
        organisation_id=org_id,
        organisation_name=org_name or "",
        organisation_kind=_KINDS.get(org_kind) if org_kind else None,
        votes=votes,
        links=_links(alliance_links, commitment_links)
        if alliance_links or commitment_links
        else (),
    )


def _links(alliances: str | None, commitments: str | None) -> tuple[CardLink, ...]:
    """The card's links read from the two group_concat columns (fields split by \x1f)."""
    links = []
    for kind, joined in (("alliance", alliances), ("commitment", commitments)):
        for entry in (joined or "").split("\x1e"):
            if entry:
                alliance_id, name, *partner = entry.split("\x1f")
                links.append(CardLink(kind, int(alliance_id), name, partner[0] if partner else ""))
    return tuple(sorted(set(links), key=lambda link: (link.kind, link.alliance_id)))


class Board:
    """The board's repositories, side by side (store.board.cards, store.board.zones…)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.zones = ZoneRepository(db)
        self.cards = CardRepository(db)
        self.clusters = ClusterRepository(db)
        self.votes = VoteRepository(db)
        self.rounds = VoteRoundRepository(db)
        self.paper_dots = PaperDotRepository(db)

    def card_views(self, workshop_id: WorkshopId, card_ids: Sequence[int]) -> list[CardView]:
        """Some cards of a workshop's board, as `contents` shows them (those still there)."""
        if not card_ids:
            return []
        latest = self.rounds.latest(workshop_id)
        params: dict[str, Any] = {f"id{n}": card_id for n, card_id in enumerate(card_ids)}
        wanted = ", ".join(f":{name}" for name in params)
        sql = _CARD_VIEWS_SQL.replace(
            "WHERE c.workshop_id = :workshop_id",
            f"WHERE c.workshop_id = :workshop_id AND c.id IN ({wanted})",
        )
        params.update(round_id=latest.id if latest else None, workshop_id=workshop_id)
        return [_card_view(row) for row in self._db.execute(sql, params).fetchall()]

    def contents(self, workshop_id: WorkshopId) -> BoardContents:
        """The whole board of a workshop, read in a few queries (no query per card).

        The cards' vote counts are those of the latest dot-vote round when the workshop has
        had one (a new vote starts from zero), else every vote put on them.
        """
        latest = self.rounds.latest(workshop_id)
        round_id = latest.id if latest else None
        rows = self._db.execute(
            _CARD_VIEWS_SQL, {"round_id": round_id, "workshop_id": workshop_id}
        ).fetchall()
        views = [_card_view(row) for row in rows]
        return BoardContents(
            zones=self.zones.of_workshop(workshop_id),
            cards=views,
            clusters=self.clusters.of_workshop(workshop_id),
            vote_round=latest,
        )
