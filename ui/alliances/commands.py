"""Undoable edits of alliances, partners and commitments (also used by the board).

For the board: `context.push(SeedAllianceCommand(context, workshop_id, card_ids, name))` and
`context.push(CardToCommitmentCommand(context, card_id, alliance_id))`. Both constructors raise
InvalidInput (a readable message) when the edit cannot be made, before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from ui.commands import StoreCommand, UpdateRecordCommand
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.changes import Area, Changes
from workshop.domain.records import (
    AllianceId,
    CardId,
    Commitment,
    OrganisationId,
    WorkshopId,
)
from workshop.domain.vocabulary import CommitmentStatus
from workshop.errors import InvalidInput
from workshop.ops.alliances import (
    Created,
    add_commitment,
    alliance_from_cards,
    card_organisation,
    commitment_from_card,
)
from workshop.storage.snapshots import Snapshot

ALLIANCE_CHANGES = Changes.of(Area.ALLIANCES, Area.COMMITMENTS)
COMMITMENT_CHANGES = Changes.of(Area.ALLIANCES, Area.COMMITMENTS)


class CreateRowsCommand(StoreCommand):
    """An edit that adds rows through one core call; undo deletes them, redo puts them back."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        changes: Changes,
        create: Callable[[], Created],
        initiator: object = None,
    ) -> None:
        super().__init__(context, text, changes, initiator)
        self._create = create
        self.created: Created | None = None
        self._snapshots: list[Snapshot] = []

    def do(self) -> None:
        if self.created is None:
            self.created = self._create()
            return
        store = self.context.store
        with store.db.atomic():
            for snapshot in reversed(self._snapshots):
                store.restore(snapshot)
        self._snapshots = []

    def revert(self) -> None:
        assert self.created is not None
        store = self.context.store
        with store.db.atomic():
            self._snapshots = [
                store.delete(table, [row_id]) for table, row_id in reversed(self.created.rows)
            ]

    def created_id(self, table: str) -> int:
        """The id of the row this edit added to `table`."""
        assert self.created is not None
        return next(row_id for t, row_id in self.created.rows if t == table)


class SeedAllianceCommand(CreateRowsCommand):
    """A new alliance from board cards: the cards stay linked, their authors become partners."""

    def __init__(
        self,
        context: AppContext,
        workshop_id: WorkshopId,
        card_ids: Sequence[CardId],
        name: str,
        initiator: object = None,
    ) -> None:
        if not name.strip():
            raise InvalidInput(
                QCoreApplication.translate("AllianceCommands", "Donnez un nom à l'alliance."),
                "name",
            )
        cards = list(card_ids)

        def create() -> Created:
            alliance = alliance_from_cards(context.store, workshop_id, cards, name)
            return Created((("alliances", alliance.id),))

        super().__init__(
            context,
            QCoreApplication.translate("AllianceCommands", "Créer l'alliance « {name} »").format(
                name=name.strip()
            ),
            ALLIANCE_CHANGES | Changes.of(Area.BOARD),
            create,
            initiator,
        )

    @property
    def alliance_id(self) -> AllianceId:
        return AllianceId(self.created_id("alliances"))


class CardToCommitmentCommand(CreateRowsCommand):
    """A card becomes a proposed commitment of its author's organisation to an alliance."""

    def __init__(
        self,
        context: AppContext,
        card_id: CardId,
        alliance_id: AllianceId,
        initiator: object = None,
    ) -> None:
        if card_organisation(context.store, card_id) is None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "AllianceCommands",
                    "Cette contribution n'a pas d'organisation auteur : indiquez-en une.",
                ),
                "card",
            )
        super().__init__(
            context,
            QCoreApplication.translate(
                "AllianceCommands", "Transformer une contribution en engagement"
            ),
            COMMITMENT_CHANGES,
            lambda: commitment_from_card(context.store, card_id, alliance_id),
            initiator,
        )

    @property
    def commitment_id(self) -> int:
        return self.created_id("commitments")


class AddCommitmentCommand(CreateRowsCommand):
    """Record a commitment; its organisation becomes a partner of the alliance if it is not."""

    def __init__(
        self,
        context: AppContext,
        alliance_id: AllianceId,
        organisation: OrganisationId | str,
        commitment: Commitment,
        initiator: object = None,
    ) -> None:
        """`organisation`: an id, or a name (added to the registry when unknown)."""
        super().__init__(
            context,
            QCoreApplication.translate(
                "AllianceCommands", "Ajouter l'engagement « {what} »"
            ).format(what=commitment.description[:40]),
            COMMITMENT_CHANGES,
            lambda: add_commitment(context.store, alliance_id, organisation, commitment),
            initiator,
        )


class EditCommitmentCommand(CreateRowsCommand):
    """Change a commitment (possibly moving it to another organisation, made partner)."""

    def __init__(
        self,
        context: AppContext,
        alliance_id: AllianceId,
        organisation: OrganisationId | str,
        after: Commitment,
        initiator: object = None,
    ) -> None:
        self.before = context.store.commitments.get(after.id)
        super().__init__(
            context,
            QCoreApplication.translate(
                "AllianceCommands", "Modifier l'engagement « {what} »"
            ).format(what=after.description[:40]),
            COMMITMENT_CHANGES,
            lambda: add_commitment(context.store, alliance_id, organisation, after),
            initiator,
        )
        self.after: Commitment | None = None

    def do(self) -> None:
        store = self.context.store
        with store.db.atomic():
            super().do()
            if self.after is None:
                self.after = store.commitments.get(self.before.id)
            else:
                store.commitments.update(self.after)

    def revert(self) -> None:
        store = self.context.store
        with store.db.atomic():
            store.commitments.update(self.before)
            super().revert()


def set_status_command(
    context: AppContext, commitment: Commitment, status: CommitmentStatus
) -> UpdateRecordCommand[Commitment]:
    """Change a commitment's status (proposé → confirmé…), undoable."""
    return UpdateRecordCommand(
        context,
        QCoreApplication.translate("AllianceCommands", "Passer l'engagement à « {status} »").format(
            status=status.label(current_lang())
        ),
        COMMITMENT_CHANGES,
        context.store.commitments,
        commitment,
        dataclasses.replace(commitment, status=status),
    )
