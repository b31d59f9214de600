"""A person's rights over their data (GDPR): export it as JSON, erase it for good."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.stakeholders.files import save_to_chosen_file
from workshop.backup import copies_of
from workshop.domain.records import Person
from workshop.domain.text import fold
from workshop.errors import CatalyseError
from workshop.ops.gdpr import erase_person, export_person_json, finish_erasure

ERASURE_RETRY_MS = 2000
ERASURE_RETRIES = 60


def _slug(text: str) -> str:
    plain = fold(text)
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split()) or "personne"


class PersonDataActions(QWidget):
    """Two buttons under the person form: export their data, erase them (not undoable)."""

    def __init__(
        self,
        context: AppContext,
        current_person: Callable[[], Person | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._current = current_person
        self.export_button = QPushButton(self.tr("Exporter ses données (JSON)…"))
        self.erase_button = QPushButton(self.tr("Effacer cette personne…"))
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #B3261E; }")
        title = QLabel("<b>%s</b>" % self.tr("Données personnelles (RGPD)"))  # noqa: UP031
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 8)
        column.addWidget(title)
        column.addLayout(row)
        self.export_button.clicked.connect(self.export_data)
        self.erase_button.clicked.connect(self.erase)

    def export_data(self) -> None:
        """Write everything Catalyse holds on the person to a JSON file the user picks."""
        person = self._current()
        if person is None or not person.id:
            return
        target = save_to_chosen_file(
            self,
            self.tr("Exporter les données de {name}").format(name=person.full_name),
            f"donnees-{_slug(person.full_name)}.json",
            [(self.tr("Fichier JSON (*.json)"), ".json")],
            lambda path: export_person_json(self.context.store, person.id, path),
        )
        if target is None:
            return
        QMessageBox.information(
            self,
            self.tr("Export des données"),
            self.tr("Les données de {name} sont dans {path}.").format(
                name=person.full_name, path=target
            ),
        )

    def erase(self) -> None:
        """Erase the person for good after a typed confirmation; the undo history is cleared."""
        person = self._current()
        if person is None or not person.id:
            return
        name = person.full_name or person.email
        typed, accepted = QInputDialog.getText(
            self,
            self.tr("Effacer définitivement"),
            self.tr(
                "Effacer {name} efface pour de bon son nom, ses coordonnées et ses présences. "
                "Ses contributions, votes et engagements restent, sans son nom.\n\n"
                "Cette action ne peut pas être annulée, et l'historique d'annulation "
                "(Ctrl+Z) sera vidé.\n\nPour confirmer, tapez son nom : {name}"
            ).format(name=name),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not accepted:
            return
        if fold(typed) != fold(name):
            QMessageBox.information(
                self,
                self.tr("Effacer définitivement"),
                self.tr("Le nom tapé ne correspond pas : rien n'a été effacé."),
            )
            return
        # Not undoable: the context clears the undo history (older steps could bring it back).
        try:
            report = self.context.apply(
                self.tr("Effacer {name}").format(name=name),
                lambda store: erase_person(store, person.id),
            )
        except CatalyseError as error:
            QMessageBox.warning(self, self.tr("Effacer définitivement"), str(error))
            return
        message = self.tr(
            "{name} est effacé·e. {cards} contribution(s), {commitments} engagement(s) "
            "sont gardés sans nom."
        ).format(name=name, cards=report.cards, commitments=report.commitments)
        if not report.wal_cleared:
            message += "\n\n" + self.tr(
                "Une lecture de la base est en cours (compte rendu, export) : ses dernières "
                "traces seront effacées du fichier dès qu'elle sera finie."
            )
            self._finish_erasure_soon(report.traces)
        copies = len(copies_of(Path(self.context.store.path)))
        if copies:
            message += "\n\n" + self.tr(
                "%n copie(s) plus ancienne(s) de la base (sauvegardes) la contiennent encore : "
                "elles disparaissent avec la rotation des sauvegardes.",
                "",
                copies,
            )
        QMessageBox.information(self, self.tr("Effacer définitivement"), message)

    def _finish_erasure_soon(self, traces: tuple[str, ...]) -> None:
        """Try again every two seconds, for two minutes, to clear the erased bytes."""
        tries = iter(range(ERASURE_RETRIES))

        def again() -> None:
            store = self.context.store
            if finish_erasure(store, traces) or next(tries, None) is None:
                timer.stop()

        timer = QTimer(self)
        timer.setInterval(ERASURE_RETRY_MS)
        timer.timeout.connect(again)
        timer.start()
