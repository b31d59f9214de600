"""Dot voting: the panel (round, participant, ranking), the controller that records votes, and
the paper way: sticker dots counted card by card at the keyboard, the room's votes by click, a
round hidden until the facilitator reveals it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.board.scene import BoardScene
from ui.board.view import BoardView
from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.records import CardId, Person, PersonId, WorkshopId, Zone, ZoneId
from workshop.errors import CatalyseError
from workshop.ops import board as ops
from workshop.ops import votes as paper_ops
from workshop.ops.votes import MAX_PAPER_DOTS
from workshop.queries.votes import latest_tallies
from workshop.storage.board import BoardContents, CardView, VoteRound, VoteTally

RESULTS_SHOWN = 40
ROOM = -1  # the "Vote de :" choice for the room: a vote clicked for nobody
MAX_DIGITS = len(str(MAX_PAPER_DOTS))


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
    reveal_requested = Signal()
    count_requested = Signal()

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
        # Participants who joined from phones are read when the list is used, not as they join.
        self.before_participants_used: Callable[[], None] = lambda: None
        self.participant_combo.installEventFilter(self)
        line_edit = self.participant_combo.lineEdit()
        if line_edit is not None:
            line_edit.installEventFilter(self)
        self.hidden_box = QCheckBox(self.tr("Cacher les votes jusqu'à la révélation"))
        self.hidden_box.setAccessibleName(self.hidden_box.text())
        self.hidden_box.setToolTip(
            self.tr("Ni le tableau, ni la projection, ni les téléphones ne montrent les totaux")
        )
        self.reveal_button = QPushButton(self.tr("Révéler les votes"))
        self.reveal_button.setAccessibleName(self.reveal_button.text())
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.count_button = QPushButton(self.tr("Compter les gommettes"))
        self.count_button.setAccessibleName(self.count_button.text())
        self.count_button.setToolTip(
            self.tr("Taper, carte par carte, le nombre de gommettes collées sur le papier")
        )
        self.count_button.clicked.connect(self.count_requested)
        self.counter = DotCounter()
        self.hidden = False
        self._totals_wanted = True
        self.vote_mode_box = QCheckBox(self.tr("Un clic sur une carte = un point"))
        self.vote_mode_box.setAccessibleName(self.vote_mode_box.text())
        self.vote_mode_box.toggled.connect(self.vote_mode_toggled)
        self.totals_box = QCheckBox(self.tr("Afficher les totaux"))
        self.totals_box.setAccessibleName(self.totals_box.text())
        self.totals_box.setChecked(True)
        self.totals_box.toggled.connect(self.show_totals_toggled)
        self.totals_box.toggled.connect(self._on_totals_box_toggled)
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
        layout.addWidget(self.hidden_box)
        layout.addWidget(self.vote_mode_box)
        layout.addWidget(self.totals_box)
        paper = QHBoxLayout()
        paper.addWidget(self.count_button)
        paper.addWidget(self.reveal_button)
        layout.addLayout(paper)
        layout.addWidget(self.counter)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Classement :")))
        layout.addWidget(self.results, 1)
        self.show_round(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (
            self.participant_combo,
            self.participant_combo.lineEdit(),
        ):
            self.before_participants_used()  # the list offers the people as they are now
        return False

    def set_participants(self, people: Sequence[Person]) -> None:
        current = ROOM if self._room else self.participant()
        self.participant_combo.blockSignals(True)
        self.participant_combo.clear()
        self.participant_combo.addItem(self.tr("La salle (sans nom)"), ROOM)
        for person in people:
            self.participant_combo.addItem(person.full_name, person.id)
        # The first participant by default (the room when nobody is registered).
        index = self.participant_combo.findData(current) if current is not None else -1
        self.participant_combo.setCurrentIndex(index if index >= 0 else min(1, len(people)))
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

    @property
    def _room(self) -> bool:
        return bool(self.participant_combo.currentData() == ROOM)

    def room_chosen(self) -> bool:
        """Whether a click on a card is a vote of the room (no voter)."""
        return self._room

    def participant(self) -> PersonId | None:
        data = self.participant_combo.currentData()
        return PersonId(data) if data is not None and data != ROOM else None

    def show_round(self, vote_round: VoteRound | None) -> None:
        was_open = self.round is not None
        self.round = vote_round
        running = vote_round is not None
        self.round_button.setText(
            self.tr("Clore le vote") if running else self.tr("Démarrer un vote")
        )
        self.votes_spin.setEnabled(not running)
        self.zone_combo.setEnabled(not running)
        self.hidden_box.setEnabled(not running)
        self.participant_combo.setEnabled(running)
        self.vote_mode_box.setEnabled(running)
        if running and not was_open:
            self.vote_mode_box.setChecked(True)
        if not running:
            self.vote_mode_box.setChecked(False)

    def show_hidden(self, hidden: bool) -> None:
        """Whether the last vote's counts are hidden: no totals on the board until revealed."""
        self.reveal_button.setEnabled(hidden)
        if hidden == self.hidden:
            return
        self.hidden = hidden
        self.totals_box.setEnabled(not hidden)
        wanted = self._totals_wanted
        self.totals_box.setChecked(wanted and not hidden)  # the board hides or shows counts
        self._totals_wanted = wanted

    def show_results(
        self, cards: Sequence[CardView], tallies: dict[CardId, VoteTally] | None = None
    ) -> None:
        """The ranking of the last vote (a line saying the counts are hidden, while they are);
        each line tells where its votes came from (participants, room, paper dots)."""
        self.results.clear()
        if self.hidden:
            voted = sum(1 for view in cards if view.votes)
            item = QListWidgetItem(
                self.tr(
                    "Votes cachés ({n} carte(s) en ont reçu) : « Révéler les votes » les montre."
                ).format(n=voted)
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
            return
        for view in ranked(cards)[:RESULTS_SHOWN]:
            text = view.card.text if len(view.card.text) <= 70 else view.card.text[:69] + "…"
            item = QListWidgetItem(f"{view.votes} · {text}")
            tally = (tallies or {}).get(view.card.id)
            if tally is not None:
                item.setToolTip(self.sources(tally))
            item.setData(Qt.ItemDataRole.UserRole, view.card.id)
            self.results.addItem(item)

    def sources(self, tally: VoteTally) -> str:
        """Where a card's votes came from ("2 vote(s) nominatif(s) · 3 de la salle · 5 …")."""
        parts = []
        if tally.participants:
            parts.append(self.tr("{n} vote(s) nominatif(s)").format(n=tally.participants))
        if tally.room:
            parts.append(self.tr("{n} de la salle").format(n=tally.room))
        if tally.paper:
            parts.append(self.tr("{n} gommette(s)").format(n=tally.paper))
        return " · ".join(parts)

    def _on_totals_box_toggled(self, on: bool) -> None:
        if not self.hidden:
            self._totals_wanted = on

    def show_used(self, used: int) -> None:
        if self.round is None:
            self.status.clear()
            return
        if self._room:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Un clic sur une carte = un vote de la salle"))
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
        hidden = self.panel.hidden_box.isChecked()
        try:
            self.context.apply(
                self.tr("Démarrer un vote caché") if hidden else self.tr("Démarrer un vote"),
                lambda s: ops.start_vote_round(
                    s,
                    workshop_id,
                    votes_per_person,
                    zone_ids=zones,
                    hidden=hidden,
                    lang=current_lang(),
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

    def show_board(self, contents: BoardContents) -> None:
        """Bring the panel in line with the board read: the running round, whether its counts
        are hidden, the ranking of the last vote (with where each card's votes came from)."""
        store = self.context.store
        workshop_id = self._workshop_id()
        current = store.board.rounds.current(workshop_id) if workshop_id else None
        latest = contents.vote_round
        self.panel.show_round(current)
        self.panel.show_hidden(latest is not None and not latest.revealed)
        tallies = latest_tallies(store, workshop_id) if workshop_id and latest else {}
        self.panel.show_results(contents.cards, tallies)
        self.show_used()

    def reveal(self) -> None:
        """Show the hidden counts of the last vote on the board, the projector and the phones."""
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return
        try:
            self.context.apply(
                self.tr("Révéler les votes"),
                lambda s: paper_ops.reveal_votes(s, workshop_id, lang=current_lang()),
            )
        except CatalyseError as error:
            self.panel.refuse(str(error))

    def room_vote(self, card_ids: Sequence[int], *, withdraw: bool = False) -> None:
        """A vote of the room on each card picked (or one taken back), one undoable step."""
        if not card_ids:
            self.panel.refuse(self.tr("Choisissez d'abord une carte."))
            return
        text = self.tr("Retirer un vote de la salle") if withdraw else self.tr("Vote de la salle")
        cards = [CardId(card_id) for card_id in card_ids]
        try:
            self.context.apply(
                text,
                lambda s: paper_ops.room_votes(s, cards, withdraw=withdraw, lang=current_lang()),
            )
        except CatalyseError as error:
            self.panel.refuse(str(error))

    def vote_for(self, card_id: int) -> bool:
        """Put a dot on a card for the participant picked (or for the room); False (and a
        message) if refused."""
        panel = self.panel
        if panel.room_chosen():
            try:
                self.context.apply(
                    self.tr("Vote de la salle"),
                    lambda s: paper_ops.cast_room_vote(s, CardId(card_id), lang=current_lang()),
                )
            except CatalyseError as error:
                panel.refuse(str(error))
                return False
            return True
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
        if panel.round is None or person is None or panel.room_chosen():
            panel.show_used(0)
            return
        panel.show_used(self.context.store.board.votes.used(panel.round.id, person))


class DotCounter(QFrame):
    """The keyboard's side of counting sticker dots: the card being counted, the number typed.

    Digits type the card's count, Enter or Tab keeps it and goes to the next card (Shift+Tab:
    the previous one), Backspace takes back a digit (or, with none typed, clears the card's
    count), Escape keeps what was typed and ends the count.
    """

    count_typed = Signal(int, object)  # card id, dots (None: the count cleared)
    card_changed = Signal(int)  # the card now counted
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dot_counter")
        self.setStyleSheet("#dot_counter { border: 2px solid #F9A825; background: #FFFDE7; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Compter les gommettes"))
        self.cards: list[tuple[CardId, str]] = []
        self.counts: dict[CardId, int] = {}
        self.index = 0
        self.typed = ""
        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.card_text = QLabel()
        self.card_text.setTextFormat(Qt.TextFormat.PlainText)  # a card's text, maybe a phone's
        self.card_text.setWordWrap(True)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("Gommettes comptées sur la carte"))
        font = QFont()
        font.setPointSize(20)
        font.setBold(True)
        self.count.setFont(font)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828; font-weight: bold;")
        keys = QLabel(
            self.tr(
                "Chiffres : gommettes · Entrée ou Tab : carte suivante · Maj+Tab : précédente"
                " · Retour arrière : effacer · Échap : terminer"
            )
        )
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.position)
        layout.addWidget(self.card_text)
        layout.addWidget(self.count)
        layout.addWidget(self.problem)
        layout.addWidget(keys)
        self.hide()

    @property
    def counting(self) -> bool:
        return self.isVisible() and bool(self.cards)

    def current(self) -> CardId | None:
        return self.cards[self.index][0] if self.cards else None

    def start(self, cards: Sequence[tuple[CardId, str]], counts: dict[CardId, int]) -> None:
        """Count these cards in this order, from the first; `counts` are those typed before."""
        self.cards = list(cards)
        self.counts = dict(counts)
        self.index = 0
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._go(0)

    def refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def _go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.cards) - 1))
        self.typed = ""
        self.problem.hide()
        self._show()
        current = self.current()
        if current is not None:
            self.card_changed.emit(current)

    def _show(self) -> None:
        if not self.cards:
            self.position.setText(self.tr("Aucune carte à compter."))
            self.card_text.clear()
            self.count.clear()
            return
        card_id, text = self.cards[self.index]
        self.position.setText(
            self.tr("Carte {i} sur {n}").format(i=self.index + 1, n=len(self.cards))
        )
        self.card_text.setText(text if len(text) <= 120 else text[:119] + "…")
        if self.typed:
            shown = self.typed + "▏"
        elif card_id in self.counts:
            shown = str(self.counts[card_id])
        else:
            shown = "—"
        self.count.setText(self.tr("Gommettes : {n}").format(n=shown))

    def _keep(self) -> None:
        """Keep the digits typed for the current card (nothing typed: its count stays)."""
        current = self.current()
        if current is None or not self.typed:
            return
        dots = int(self.typed)
        self.typed = ""
        if self.counts.get(current) != dots:
            self.counts[current] = dots
            self.count_typed.emit(current, dots)

    def finish(self) -> None:
        self._keep()
        self.hide()
        self.cards = []
        self.finished.emit()

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab step through the cards instead of moving the focus away.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        backwards = key == Qt.Key.Key_Backtab or (
            key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if text.isdigit() and len(text) == 1 and self.cards:
            if len(self.typed) < MAX_DIGITS:
                self.typed = (self.typed + text).lstrip("0") or "0"
            self._show()
        elif backwards:
            self._keep()
            self._go(self.index - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self._keep()
            if self.index + 1 >= len(self.cards):
                self.finish()  # the last card counted: the count is over
            else:
                self._go(self.index + 1)
        elif key == Qt.Key.Key_Backspace:
            if self.typed:
                self.typed = self.typed[:-1]
                self._show()
            else:
                current = self.current()
                if current is not None and current in self.counts:
                    del self.counts[current]
                    self.count_typed.emit(current, None)
                    self._show()
        elif key == Qt.Key.Key_Escape:
            self.finish()
        else:
            super().keyPressEvent(event)


def counting_order(contents: BoardContents, vote_round: VoteRound | None) -> list[CardView]:
    """The cards of a round in reading order: zone by zone (the board's order), in each from
    top to bottom and left to right; cards in no zone last."""
    zones = sorted(contents.zones, key=lambda z: (z.position, z.id))
    rank = {zone.id: index for index, zone in enumerate(zones)}
    last = len(rank)
    cards = [
        view
        for view in contents.cards
        if vote_round is None or vote_round.covers(view.card.zone_id)
    ]
    return sorted(
        cards,
        key=lambda v: (
            rank.get(v.card.zone_id, last) if v.card.zone_id is not None else last,
            round(v.card.y / 20),  # cards on one row of a zone, give or take a few pixels
            v.card.x,
            v.card.id,
        ),
    )


class DotCounting(QObject):
    """Runs the count of sticker dots: starts a vote if none was, walks the cards in reading
    order with the current one selected and in view, and keeps each count typed (one undoable
    action each) for the last vote round."""

    def __init__(
        self,
        context: AppContext,
        panel: VotePanel,
        scene: BoardScene,
        view: BoardView,
        workshop_id: Callable[[], WorkshopId | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.panel = panel
        self.counter = panel.counter
        self.scene = scene
        self.view = view
        self._workshop_id = workshop_id
        self.counter.count_typed.connect(self._on_counter_count_typed)
        self.counter.card_changed.connect(self._on_counter_card_changed)
        self.counter.finished.connect(self._on_counter_finished)

    def begin(self) -> None:
        """Count the dots of the last vote (started now, with the panel's settings, if none)."""
        workshop_id = self._workshop_id()
        if workshop_id is None:
            return
        store = self.context.store
        latest = store.board.rounds.latest(workshop_id)
        if latest is None:
            try:
                latest = self.context.apply(
                    self.tr("Démarrer un vote"),
                    lambda s: ops.start_vote_round(
                        s,
                        workshop_id,
                        self.panel.votes_spin.value(),
                        zone_ids=self.panel.chosen_zones(),
                        hidden=self.panel.hidden_box.isChecked(),
                        lang=current_lang(),
                    ),
                )
            except CatalyseError as error:
                self.panel.refuse(str(error))
                return
        order = counting_order(self.scene.contents, latest)
        counts = store.board.paper_dots.of_round(latest.id)
        self.counter.start([(view.card.id, view.card.text) for view in order], counts)

    def _on_counter_count_typed(self, card_id: int, dots: int | None) -> None:
        text = (
            self.tr("Effacer les gommettes") if dots is None else self.tr("Compter les gommettes")
        )
        try:
            self.context.apply(
                text,
                lambda s: paper_ops.set_paper_dots(s, CardId(card_id), dots, lang=current_lang()),
            )
        except CatalyseError as error:
            self.counter.refuse(str(error))

    def _on_counter_card_changed(self, card_id: int) -> None:
        """The card counted is the one selected, and in view at a readable size."""
        item = self.scene.card_items.get(card_id)
        if item is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)
        if self.view.zoom < 0.6:
            self.view.zoom_by(0.8 / self.view.zoom)
        self.view.ensureVisible(item, 40, 40)  # the board moves only when the card is not seen

    def _on_counter_finished(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
