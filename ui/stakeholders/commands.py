"""Undoable edits of the registry and attendance: merge, walk-in, check-in."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from ui.commands import CallCommand, StoreCommand
from ui.context import AppContext
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Organisation, OrganisationId, Person, PersonId, WorkshopId
from workshop.ops.merge import MergeLog, merge_organisations, merge_people, undo_merge
from workshop.storage.snapshots import Snapshot

REGISTRY_CHANGES = Changes.of(Area.ORGANISATIONS, Area.PEOPLE, Area.ATTENDANCE)


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("StakeholdersCommands", text, disambiguation, n)


class MergeCommand(StoreCommand):
    """Fold a duplicate organisation (or person) into another; undo separates them again."""

    def __init__(self, context: AppContext, table: str, keep_id: int, drop_id: int) -> None:
        text = (
            _tr("Fusionner deux structures")
            if table == "organisations"
            else _tr("Fusionner deux personnes")
        )
        super().__init__(context, text, REGISTRY_CHANGES | Changes.of(Area.BOARD, Area.ALLIANCES))
        self.table, self.keep_id, self.drop_id = table, keep_id, drop_id
        self._log: MergeLog | None = None

    def do(self) -> None:
        store = self.context.store
        if self.table == "organisations":
            self._log = merge_organisations(
                store, OrganisationId(self.keep_id), OrganisationId(self.drop_id)
            )
        else:
            self._log = merge_people(store, PersonId(self.keep_id), PersonId(self.drop_id))

    def revert(self) -> None:
        assert self._log is not None
        undo_merge(self.context.store, self._log)


class WalkInCommand(StoreCommand):
    """A walk-in: create the person (and their new organisation), register and check them in."""

    def __init__(
        self,
        context: AppContext,
        workshop_id: WorkshopId,
        person: Person,
        new_organisation: Organisation | None = None,
    ) -> None:
        super().__init__(
            context,
            _tr("Accueillir {name}").format(name=person.full_name),
            REGISTRY_CHANGES,
        )
        self.workshop_id = workshop_id
        self.person = person
        self.organisation = new_organisation
        self._snapshots: list[Snapshot] = []

    def do(self) -> None:
        store = self.context.store
        with store.db.atomic():
            if self._snapshots:
                for snapshot in reversed(self._snapshots):
                    store.restore(snapshot)
                self._snapshots = []
                return
            if self.organisation is not None:
                self.organisation = store.organisations.add(self.organisation)
                self.person = dataclasses.replace(self.person, organisation_id=self.organisation.id)
            self.person = store.people.add(self.person)
            store.attendance.set_present(self.workshop_id, self.person.id, True)

    def revert(self) -> None:
        store = self.context.store
        with store.db.atomic():
            self._snapshots = [store.delete("people", [self.person.id])]
            if self.organisation is not None:
                self._snapshots.append(store.delete("organisations", [self.organisation.id]))


def register_command(
    context: AppContext, workshop_id: WorkshopId, people: list[Person]
) -> CallCommand:
    """Register people for a workshop; undo unregisters those who were not registered before."""
    store = context.store
    newcomers = [p.id for p in people if store.attendance.get(workshop_id, p.id) is None]

    def unregister() -> None:
        with store.db.atomic():
            for person_id in newcomers:
                store.attendance.restore(None, workshop_id, person_id)

    return CallCommand(
        context,
        _tr("Inscrire %n personne(s) à l'atelier", "", len(people)),
        Changes.of(Area.ATTENDANCE),
        do=lambda: store.attendance.register(workshop_id, newcomers),
        revert=unregister,
    )


def set_present_command(
    context: AppContext, workshop_id: WorkshopId, person: Person, present: bool
) -> CallCommand:
    """Check a person in (or out); undo puts their attendance back exactly as it was."""
    store = context.store
    before = store.attendance.get(workshop_id, person.id)
    text = _tr("Pointer {name}") if present else _tr("Dépointer {name}")
    return CallCommand(
        context,
        text.format(name=person.full_name),
        Changes.of(Area.ATTENDANCE),
        do=lambda: store.attendance.set_present(workshop_id, person.id, present),
        revert=lambda: store.attendance.restore(before, workshop_id, person.id),
    )
