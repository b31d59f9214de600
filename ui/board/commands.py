"""The board's undoable edits: moves, adding cards, clusters, votes and templates."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ui.commands import StoreCommand
from ui.context import AppContext
from workshop.domain.changes import Area, Changes
from workshop.domain.records import (
    Card,
    CardId,
    Cluster,
    ClusterId,
    PersonId,
    WorkshopId,
    Zone,
    ZoneId,
)
from workshop.storage.board import VoteRoundId
from workshop.storage.snapshots import Snapshot

BOARD = Changes.of(Area.BOARD)
Position = tuple[CardId, float, float, ZoneId | None]
Growth = tuple[Zone, Zone]  # a zone before and after it grew to hold the cards put in it


def _set_zones(context: AppContext, zones: Sequence[Zone]) -> None:
    for zone in zones:
        context.store.board.zones.update(zone)


class MoveCardsCommand(StoreCommand):
    """Move cards (a drag of a selection, or Arrange): one undo step for all of them.

    Successive moves of the same cards marked `mergeable` (arrow-key nudges) merge into one.
    """

    ID = 4101

    def __init__(
        self,
        context: AppContext,
        text: str,
        before: Sequence[Position],
        after: Sequence[Position],
        mergeable: bool = False,
        grown: Sequence[Growth] = (),
    ) -> None:
        super().__init__(context, text, BOARD)
        self.before, self.after = list(before), list(after)
        self.mergeable = mergeable
        self.grown = list(grown)

    def do(self) -> None:
        with self.context.store.db.atomic():
            self.context.store.board.cards.move_many(self.after)
            _set_zones(self.context, [after for _, after in self.grown])

    def revert(self) -> None:
        with self.context.store.db.atomic():
            self.context.store.board.cards.move_many(self.before)
            _set_zones(self.context, [before for before, _ in self.grown])

    def id(self) -> int:
        return self.ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCardsCommand) or not other.mergeable:
            return False
        if {p[0] for p in other.after} != {p[0] for p in self.after}:
            return False
        self.after = other.after
        return True


class CreatingCommand(StoreCommand):
    """An edit that adds rows to one table; undo deletes them, redo puts them back (same ids)."""

    table = ""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(context, text, BOARD)
        self.ids: list[int] = []
        self._snapshot: Snapshot | None = None

    def create(self) -> list[int]:
        """Add the rows (first redo only) and return their ids."""
        raise NotImplementedError

    def do(self) -> None:
        if self._snapshot is None:
            self.ids = self.create()
        else:
            self.context.store.restore(self._snapshot)

    def revert(self) -> None:
        self._snapshot = self.context.store.delete(self.table, self.ids)


class AddCardsCommand(CreatingCommand):
    """Add cards (a new card, or duplicates), growing the zones that must hold them."""

    table = "cards"

    def __init__(
        self, context: AppContext, text: str, cards: Sequence[Card], grown: Sequence[Growth] = ()
    ) -> None:
        super().__init__(context, text)
        self.cards = list(cards)
        self.grown = list(grown)

    def do(self) -> None:
        with self.context.store.db.atomic():
            super().do()
            _set_zones(self.context, [after for _, after in self.grown])

    def revert(self) -> None:
        with self.context.store.db.atomic():
            super().revert()
            _set_zones(self.context, [before for before, _ in self.grown])

    def create(self) -> list[int]:
        store = self.context.store
        with store.db.atomic():
            return [store.board.cards.add(card).id for card in self.cards]


class GroupCardsCommand(StoreCommand):
    """Group cards under a new labelled cluster; undo gives them back their former clusters."""

    def __init__(
        self,
        context: AppContext,
        workshop_id: WorkshopId,
        label: str,
        cards: Sequence[Card],
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("BoardCommands", "Regrouper les cartes"), BOARD
        )
        self.workshop_id = workshop_id
        self.label = label
        self.previous = {card.id: card.cluster_id for card in cards}
        self.cluster: Cluster | None = None

    def do(self) -> None:
        board = self.context.store.board
        with self.context.store.db.atomic():
            record = self.cluster or Cluster(workshop_id=self.workshop_id, label=self.label)
            self.cluster = board.clusters.add(record)
            board.cards.set_cluster(self.previous, self.cluster.id)

    def revert(self) -> None:
        assert self.cluster is not None
        board = self.context.store.board
        with self.context.store.db.atomic():
            by_cluster: dict[ClusterId | None, list[CardId]] = {}
            for card_id, cluster_id in self.previous.items():
                by_cluster.setdefault(cluster_id, []).append(card_id)
            for cluster_id, card_ids in by_cluster.items():
                board.cards.set_cluster(card_ids, cluster_id)
            board.clusters.delete(self.cluster.id)


class CastVoteCommand(StoreCommand):
    """Put one dot of the running round on a card, on behalf of a participant."""

    def __init__(
        self,
        context: AppContext,
        card_id: CardId,
        person_id: PersonId | None,
        round_id: VoteRoundId,
    ) -> None:
        super().__init__(
            context, QCoreApplication.translate("BoardCommands", "Voter pour une carte"), BOARD
        )
        self.card_id, self.person_id, self.round_id = card_id, person_id, round_id
        self.vote_id = 0

    def do(self) -> None:
        votes = self.context.store.board.votes
        if self.vote_id:
            with self.context.store.db.atomic():
                self.context.store.db.execute(
                    "INSERT INTO votes (id, card_id, person_id, round_id) VALUES (?, ?, ?, ?)",
                    [self.vote_id, self.card_id, self.person_id, self.round_id],
                )
        else:
            self.vote_id = votes.cast(self.card_id, self.person_id, self.round_id)

    def revert(self) -> None:
        self.context.store.board.votes.delete(self.vote_id)


class StartVoteRoundCommand(StoreCommand):
    """Open a dot-vote round (N votes per participant); undo removes it and its votes."""

    def __init__(self, context: AppContext, workshop_id: WorkshopId, votes_per_person: int):
        super().__init__(
            context, QCoreApplication.translate("BoardCommands", "Démarrer un vote"), BOARD
        )
        self.workshop_id, self.votes_per_person = workshop_id, votes_per_person
        self.previous_open: int | None = None
        self.round_id = 0

    def do(self) -> None:
        rounds = self.context.store.board.rounds
        current = rounds.current(self.workshop_id)
        self.previous_open = current.id if current else None
        self.round_id = rounds.start(self.workshop_id, self.votes_per_person).id

    def revert(self) -> None:
        rounds = self.context.store.board.rounds
        with self.context.store.db.atomic():
            rounds.delete(self.round_id)
            if self.previous_open is not None:
                reopened = dataclasses.replace(rounds.get(self.previous_open), ended_at=None)
                rounds.update(reopened)


class ApplyTemplateCommand(CreatingCommand):
    """Lay a template's zones on an empty board."""

    table = "zones"

    def __init__(self, context: AppContext, workshop_id: WorkshopId, template: str) -> None:
        super().__init__(
            context, QCoreApplication.translate("BoardCommands", "Appliquer un modèle")
        )
        self.workshop_id, self.template = workshop_id, template

    def create(self) -> list[int]:
        zones = self.context.store.board.zones.apply_template(self.workshop_id, self.template)
        return [zone.id for zone in zones]
