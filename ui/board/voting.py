"""Dot voting: the panel (round, participant, ranking) and the controller that records votes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.records import CardId, Person, PersonId, WorkshopId, Zone, ZoneId
from workshop.errors import CatalyseError
from workshop.ops import board as ops
from workshop.storage.board import CardView, VoteRound

RESULTS_SHOWN = 40


def ranked(cards: Sequence[CardView]) -> list[CardView]:
    """Cards with votes, most voted first (ties in board order)."""
    return sorted((c for c in cards if c.votes), key=lambda c: (-c.votes, c.card.id))


class VotePanel(QWidget):
    """Controls of a dot-vote round and its results."""

    start_requested = Signal(int)
    end_requested = Signal()
    show_totals_toggled = Signal(bool)
    vote_mode_toggled = Signal(bool)
    result_activated = Signal(int)  # card id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.round: VoteRound | None = None
        self.votes_spin = QSpinBox()
        self.votes_spin.setRange(1, 20)
        self.votes_spin.setValue(3)
        self.votes_spin.setAccessibleName(self.tr("Votes par participant"))
        self.round_button = QPushButton(self.tr("Démarrer un vote"))
        self.round_button.setAccessibleName(self.tr("Démarrer ou clore le vote"))
        self.round_button.clicked.connect(self._on_round_button_clicked)
        self.zone_combo = QComboBox()  # the zones voted on (phones vote on no other card)
        self.zone_combo.setAccessibleName(self.tr("Zones du vote"))
        self.zone_combo.addItem(self.tr("Toutes les zones"), None)
        self.participant_combo = QComboBox()
        self.participant_combo.setAccessibleName(self.tr("Participant qui vote"))
        self.participant_combo.setEditable(True)
        self.participant_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.participant_combo.currentIndexChanged.connect(self._on_participant_changed)
        self.vote_mode_box = QCheckBox(self.tr("Un clic sur une carte = un point"))
        self.vote_mode_box.setAccessibleName(self.vote_mode_box.text())
        self.vote_mode_box.toggled.connect(self.vote_mode_toggled)
        self.totals_box = QCheckBox(self.tr("Afficher les totaux"))
        self.totals_box.setAccessibleName(self.totals_box.text())
        self.totals_box.setChecked(True)
        self.totals_box.toggled.connect(self.show_totals_toggled)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("État du vote"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Résultats du vote"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(
            lambda item: self.result_activated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.votes_spin)
        row.addWidget(self.round_button)
        form.addRow(self.tr("Votes par personne :"), row)
        form.addRow(self.tr("Sur :"), self.zone_combo)
        form.addRow(self.tr("Vote de :"), self.participant_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(form)
        layout.addWidget(self.vote_mode_box)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Classement :")))
        layout.addWidget(self.results, 1)
        self.show_round(None)

    def set_participants(self, people: Sequence[Person]) -> None:
        current = self.participant()
        self.participant_combo.blockSignals(True)
        self.participant_combo.clear()
        for person in people:
            self.participant_combo.addItem(person.full_name, person.id)
        index = self.participant_combo.findData(current)
        self.participant_combo.setCurrentIndex(max(index, 0) if people else -1)
        self.participant_combo.blockSignals(False)

    def set_zones(self, zones: Sequence[Zone]) -> None:
        """The zones a new vote may be limited to ("Toutes les zones" first)."""
        current = self.zone_combo.currentData()
        self.zone_combo.blockSignals(True)
        while self.zone_combo.count() > 1:
            self.zone_combo.removeItem(1)
        for zone in zones:
            self.zone_combo.addItem(zone.name, zone.id)
        self.zone_combo.setCurrentIndex(max(self.zone_combo.findData(current), 0))
        self.zone_combo.blockSignals(False)

    def chosen_zones(self) -> list[ZoneId]:
        """The zones the next vote is on ([]: every zone)."""
        data = self.zone_combo.currentData()
        return [ZoneId(data)] if data is not None else []

    def participant(self) -> PersonId | None:
        data = self.participant_combo.currentData()
        return PersonId(data) if data is not None else None

    def show_round(self, vote_round: VoteRound | None) -> None:
        was_open = self.round is not None
        self.round = vote_round
        running = vote_round is not None
        self.round_button.setText(
            self.tr("Clore le vote") if running else self.tr("Démarrer un vote")
        )
        self.votes_spin.setEnabled(not running)
        self.zone_combo.setEnabled(not running)
        self.participant_combo.setEnabled(running)
        self.vote_mode_box.setEnabled(running)
        if running and not was_open:
            self.vote_mode_box.setChecked(True)
        if not running:
            self.vote_mode_box.setChecked(False)

    def show_results(self, cards: Sequence[CardView]) -> None:
        self.results.clear()
        for view in ranked(cards)[:RESULTS_SHOWN]:
            text = view.card.text if len(view.card.text) <= 70 else view.card.text[:69] + "…"
            self.results.addItem(f"{view.votes} · {text}")
            item = self.results.item(self.results.count() - 1)
            item.setData(Qt.ItemDataRole.UserRole, view.card.id)

    def show_used(self, used: int) -> None:
        if self.round is None:
            self.status.clear()
            return
        left = self.round.votes_per_person - used
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("{name} : {left} vote(s) restant(s) sur {n}").format(
                name=self.participant_combo.currentText(), left=left, n=self.round.votes_per_person
            )
        )

    def refuse(self, message: str) -> None:
        self.status.setStyleSheet("color: #C62828; font-weight: bold;")
        self.status.setText(message)

    def _on_participant_changed(self, _index: int) -> None:
        self.status.clear()

    def _on_round_button_clicked(self) -> None:
        if self.round is None:
            self.start_requested.emit(self.votes_spin.value())
        else:
            self.end_requested.emit()


class VoteController(QObject):
    """Runs dot votes on a panel: rounds, votes on behalf of a participant, limits.

    Each is one core operation (workshop.ops.board) run by `context.apply`, for the workshop
    `workshop_id()` names; a refused vote says why on the panel.
    """

    def __init__(
        self,
        context: AppContext,
        panel: VotePanel,
        workshop_id: Callable[[], WorkshopId | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.panel = panel
        self._workshop_id = workshop_id

    def start(self, votes_per_person: int) -> None:
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return
        zones = self.panel.chosen_zones()
        try:
            self.context.apply(
                self.tr("Démarrer un vote"),
                lambda s: ops.start_vote_round(
                    s, workshop_id, votes_per_person, zone_ids=zones, lang=current_lang()
                ),
            )
        except CatalyseError as error:
            self.panel.refuse(str(error))

    def end(self) -> None:
        workshop_id = self._workshop_id()
        if workshop_id is None or self.panel.round is None:
            return
        try:
            self.context.apply(
                self.tr("Clore le vote"),
                lambda s: ops.end_vote_round(s, workshop_id, lang=current_lang()),
            )
        except CatalyseError as error:
            self.panel.refuse(str(error))

    def vote_for(self, card_id: int) -> bool:
        """Put a dot on a card for the participant picked; False (and a message) if refused."""
        panel = self.panel
        person = panel.participant()
        if panel.round is not None and person is None:
            panel.refuse(self.tr("Choisissez d'abord qui vote."))
            return False
        try:
            self.context.apply(
                self.tr("Voter pour une carte"),
                lambda s: ops.cast_vote(s, CardId(card_id), person, lang=current_lang()),
            )
        except CatalyseError as error:
            panel.refuse(str(error))
            return False
        return True

    def show_used(self) -> None:
        """Tell how many votes the participant picked has left."""
        panel = self.panel
        person = panel.participant()
        if panel.round is None or person is None:
            panel.show_used(0)
            return
        panel.show_used(self.context.store.board.votes.used(panel.round.id, person))
