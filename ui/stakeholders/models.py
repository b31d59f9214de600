"""Table models of the registry: organisations and people, one record per row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import current_lang
from ui.widgets.record_table import Column, RecordTableModel
from workshop.domain.records import Organisation, Person


def _tr(text: str) -> str:
    return QCoreApplication.translate("StakeholdersModels", text)


def organisation_model(parent: Any = None) -> RecordTableModel[Organisation]:
    """Organisations: name, kind, sector, commune, territory, SDGs of interest."""
    lang = current_lang()
    return RecordTableModel(
        [
            Column(_tr("Nom"), lambda o: o.name),
            Column(_tr("Type"), lambda o: o.kind.label(lang)),
            Column(_tr("Secteur"), lambda o: o.sector),
            Column(_tr("Commune"), lambda o: o.commune_name),
            Column(_tr("Territoire"), lambda o: o.territory),
            Column(_tr("ODD"), lambda o: ", ".join(str(n) for n in o.sdgs)),
        ],
        parent,
    )


class PersonTableModel(RecordTableModel[Person]):
    """People: last and first name, organisation, role, e-mail, phone."""

    def __init__(self, parent: Any = None) -> None:
        self.organisation_names: dict[int, str] = {}
        super().__init__(
            [
                Column(_tr("Nom"), lambda p: p.last_name),
                Column(_tr("Prénom"), lambda p: p.first_name),
                Column(_tr("Structure"), self._organisation),
                Column(_tr("Fonction"), lambda p: p.title),
                Column(_tr("E-mail"), lambda p: p.email),
                Column(_tr("Téléphone"), lambda p: p.phone),
            ],
            parent,
        )

    def _organisation(self, person: Person) -> str:
        if person.organisation_id is None:
            return ""
        return self.organisation_names.get(person.organisation_id, "")

    def set_people(self, people: Sequence[Person], organisation_names: dict[int, str]) -> None:
        self.organisation_names = organisation_names
        self.set_records(people)
