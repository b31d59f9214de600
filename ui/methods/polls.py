"""The Sondages tab: quick polls (a single choice, shown as bars) and word clouds, answered
from the phones and by hand.

Keyboard first: type the question, pick its kind, type one choice per line, Ctrl+Enter creates
it; in the list, Enter opens the poll to the phones (a banner tells them) or closes it, Delete
removes it. By hand: type the count of each choice in its cell (hands raised, stickers), or the
words read on paper, separated by commas (Enter). F5 shows the results on the projector.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.methods.views import PollResultsView
from ui.refresh import Refresher
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.changes import Area, Changes
from workshop.domain.polls import ChoiceId, PollId, PollKind
from workshop.errors import CatalyseError
from workshop.ops import polls as ops
from workshop.queries.polls import PollResults, workshop_polls

AREAS = frozenset({Area.METHODS, Area.CURRENT_WORKSHOP, Area.WORKSHOPS})
ID_ROLE = Qt.ItemDataRole.UserRole
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
HAND_COLUMN = 2


class PollDialog(QDialog):
    """Correct a poll: its question and its choices, one per line (a word cloud has none)."""

    def __init__(self, results: PollResults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier le sondage"))
        self.question = QLineEdit(results.poll.question)
        self.question.setAccessibleName(self.tr("Question du sondage"))
        self.choices = QPlainTextEdit("\n".join(r.choice.label for r in results.choices))
        self.choices.setAccessibleName(self.tr("Choix proposés, un par ligne"))
        self.choices.setTabChangesFocus(True)
        self.choices.setVisible(results.poll.kind is PollKind.CHOICE)
        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.question)
        if results.poll.kind is PollKind.CHOICE:
            form.addRow(self.tr("Choix"), self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class PollsTab(QWidget):
    """The polls of the current workshop: preparing them, opening them, their results."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.polls: list[PollResults] = []
        self.selected: PollId | None = None
        self._filling = False

        # a new poll
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("Question posée à la salle"))
        self.question.setAccessibleName(self.tr("Question du sondage"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Forme du sondage"))
        for kind in PollKind:
            self.kind.addItem(kind.label(current_lang()), kind)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.choices = QPlainTextEdit()
        self.choices.setPlaceholderText(self.tr("Un choix par ligne"))
        self.choices.setAccessibleName(self.tr("Choix proposés, un par ligne"))
        self.choices.setTabChangesFocus(True)
        self.choices.setMaximumHeight(110)
        self.create_button = QPushButton(self.tr("&Créer le sondage (Ctrl+Entrée)"))
        self.create_button.clicked.connect(self.create_poll)
        self.create_action = QAction(self.tr("Créer le sondage"), self)
        self.create_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.create_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.create_action.triggered.connect(self.create_poll)
        self.question.returnPressed.connect(self._on_question_return_pressed)
        self.edit_action = QAction(self.tr("Modifier le sondage"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_current)
        new_box = QGroupBox(self.tr("Nouveau sondage"))
        new_box.addAction(self.create_action)
        new_layout = QVBoxLayout(new_box)
        new_layout.addWidget(self.question)
        new_layout.addWidget(self.kind)
        new_layout.addWidget(self.choices)
        new_layout.addWidget(self.create_button)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sondages de l'atelier"))
        self.list.installEventFilter(self)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.list.addAction(self.edit_action)
        self.toggle_button = QPushButton(self.tr("&Ouvrir aux téléphones"))
        self.toggle_button.clicked.connect(self.toggle_open)
        left = QVBoxLayout()
        left.addWidget(new_box)
        left.addWidget(
            QLabel(self.tr("Sondages (Entrée ouvre ou ferme, F2 modifie, Suppr supprime)"))
        )
        left.addWidget(self.list, 1)
        left.addWidget(self.toggle_button)

        # the poll chosen: its results, and what is counted by hand
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.results_view = PollResultsView()
        self.counts = QTableWidget(0, 3)
        self.counts.setAccessibleName(self.tr("Réponses comptées à la main"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Choix"), self.tr("Téléphones"), self.tr("À la main")]
        )
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.counts.itemChanged.connect(self._on_counts_item_changed)
        self.counts.setMaximumHeight(200)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Mots lus sur papier, séparés par des virgules"))
        self.words.setAccessibleName(self.tr("Mots à ajouter au nuage"))
        self.words.returnPressed.connect(self.add_words)
        self.hand_words = QListWidget()
        self.hand_words.setAccessibleName(self.tr("Mots tapés à la main"))
        self.hand_words.setMaximumHeight(120)
        self.hand_words.installEventFilter(self)
        words_page = QWidget()
        words_layout = QVBoxLayout(words_page)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.words)
        words_layout.addWidget(QLabel(self.tr("Mots tapés à la main (Suppr retire)")))
        words_layout.addWidget(self.hand_words)
        self.by_hand = QStackedWidget()
        self.by_hand.addWidget(self.counts)
        self.by_hand.addWidget(words_page)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B71C1C;")
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.status)
        right.addWidget(self.results_view, 1)
        hand_box = QGroupBox(self.tr("Sans téléphone"))
        hand_layout = QVBoxLayout(hand_box)
        hand_layout.addWidget(self.by_hand)
        right.addWidget(hand_box)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._on_kind_current_index_changed(0)
        self.refresher = Refresher(context, self, AREAS, self._on_refresh)
        self.reload()

    # ---- reading -------------------------------------------------------------------------

    def _on_refresh(self, _changes: Changes, _initiator: object) -> None:
        self.reload()

    def reload(self) -> None:
        workshop_id = self.context.current_workshop_id
        self.polls = workshop_polls(self.context.store, workshop_id) if workshop_id else []
        ids = [r.poll.id for r in self.polls]
        if self.selected not in ids:
            self.selected = ids[-1] if ids else None
        self._filling = True
        try:
            self.list.clear()
            for results in self.polls:
                poll = results.poll
                mark = self.tr("● ouvert") if poll.is_open else self.tr("fermé")
                item = QListWidgetItem(f"{poll.question}  ({mark}, {results.total})")
                item.setData(ID_ROLE, poll.id)
                item.setToolTip(plain_tooltip(poll.question))
                self.list.addItem(item)
                if poll.id == self.selected:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        self._show_selected()

    def current(self) -> PollResults | None:
        return next((r for r in self.polls if r.poll.id == self.selected), None)

    def _show_selected(self) -> None:
        results = self.current()
        self.results_view.set_results(results)
        self.title.setText(results.poll.question if results else self.tr("Aucun sondage"))
        if results is None:
            self.status.setText(self.tr("Créez un sondage à gauche."))
        else:
            state = (
                self.tr("Ouvert aux téléphones")
                if results.poll.is_open
                else self.tr("Fermé aux téléphones")
            )
            self.status.setText(
                self.tr("%1 · %2 réponse(s), dont %3 depuis un téléphone")
                .replace("%1", state)
                .replace("%2", str(results.total))
                .replace("%3", str(results.phones))
            )
        self.toggle_button.setText(
            self.tr("&Fermer le sondage")
            if results and results.poll.is_open
            else self.tr("&Ouvrir aux téléphones")
        )
        self.toggle_button.setEnabled(results is not None)
        self._filling = True
        try:
            self.counts.setRowCount(0)
            self.hand_words.clear()
            if results is not None and results.poll.kind is PollKind.CHOICE:
                self.by_hand.setCurrentIndex(0)
                self.counts.setRowCount(len(results.choices))
                for row, result in enumerate(results.choices):
                    label = QTableWidgetItem(result.choice.label)
                    label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    phones = QTableWidgetItem(str(result.phones))
                    phones.setFlags(phones.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    hand = QTableWidgetItem()
                    hand.setData(Qt.ItemDataRole.EditRole, result.by_hand)
                    hand.setData(ID_ROLE, result.choice.id)
                    for column, item in enumerate((label, phones, hand)):
                        self.counts.setItem(row, column, item)
            elif results is not None:
                self.by_hand.setCurrentIndex(1)
                for answer in results.hand_words():
                    item = QListWidgetItem(answer.words)
                    item.setData(ID_ROLE, answer.id)
                    self.hand_words.addItem(item)
            self.by_hand.setEnabled(results is not None)
        finally:
            self._filling = False

    def _on_list_current_item_changed(self, item: QListWidgetItem | None, _old: Any) -> None:
        if self._filling or item is None:
            return
        self.selected = item.data(ID_ROLE)
        self._show_selected()

    def chosen_kind(self) -> PollKind:
        """The kind picked for the new poll (the combo keeps its value as text)."""
        return PollKind(self.kind.currentData() or PollKind.CHOICE)

    def _on_kind_current_index_changed(self, _index: int) -> None:
        words = self.chosen_kind() is PollKind.WORDS
        self.choices.setEnabled(not words)
        if words:
            self.choices.setPlaceholderText(self.tr("Pas de choix : chacun donne ses mots"))
        else:
            self.choices.setPlaceholderText(self.tr("Un choix par ligne"))

    def _on_question_return_pressed(self) -> None:
        """Enter in the question: to the choices for a single choice, else create the poll."""
        if self.chosen_kind() is PollKind.WORDS:
            self.create_poll()
        else:
            self.kind.setFocus()

    # ---- actions -------------------------------------------------------------------------

    def _run(self, text: str, operation: Any) -> Any:
        try:
            result = self.context.apply(text, operation, initiator=self)
        except CatalyseError as error:
            self.message.setText(str(error))
            return None
        self.message.setText("")
        return result

    def create_poll(self) -> None:
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            self.message.setText(self.tr("Choisissez d'abord un atelier."))
            return
        kind = self.chosen_kind()
        question = self.question.text()
        choices = [] if kind is PollKind.WORDS else self.choices.toPlainText().splitlines()
        lang = current_lang()
        poll = self._run(
            self.tr("Créer le sondage « %1 »").replace("%1", question.strip()),
            lambda store: ops.add_poll(store, workshop_id, question, kind, choices, lang=lang),
        )
        if poll is not None:
            self.selected = poll.id
            self.question.clear()
            self.choices.clear()
            self.reload()
            self.list.setFocus()

    def toggle_open(self) -> None:
        results = self.current()
        if results is None:
            return
        poll_id, lang = results.poll.id, current_lang()
        if results.poll.is_open:
            self._run(
                self.tr("Fermer le sondage"),
                lambda store: ops.close_poll(store, poll_id, lang=lang),
            )
        else:
            self._run(
                self.tr("Ouvrir le sondage aux téléphones"),
                lambda store: ops.open_poll(store, poll_id, lang=lang),
            )

    def edit_current(self) -> None:
        """F2: correct the chosen poll's question or choices (one undoable step)."""
        results = self.current()
        if results is None:
            return
        dialog = PollDialog(results, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.edit_poll(results, dialog.question.text(), dialog.choices.toPlainText().splitlines())

    def edit_poll(self, results: PollResults, question: str, choices: list[str]) -> None:
        poll_id, kind, lang = results.poll.id, results.poll.kind, current_lang()
        if kind is PollKind.WORDS:
            choices = []
        self._run(
            self.tr("Modifier le sondage « %1 »").replace("%1", question.strip()),
            lambda store: ops.edit_poll(store, poll_id, question, kind, choices, lang=lang),
        )

    def remove_current(self) -> None:
        results = self.current()
        if results is None:
            return
        poll_id, lang = results.poll.id, current_lang()
        self._run(
            self.tr("Supprimer le sondage « %1 »").replace("%1", results.poll.question),
            lambda store: ops.remove_poll(store, poll_id, lang=lang),
        )

    def _on_counts_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != HAND_COLUMN:
            return
        value = item.data(Qt.ItemDataRole.EditRole)
        try:
            count = int(value)
        except (TypeError, ValueError):
            count = -1
        choice_id: ChoiceId = item.data(ID_ROLE)
        row = item.row()
        # after the editor has closed: the step rebuilds the table the editor belongs to
        QTimer.singleShot(0, self, lambda: self._count_by_hand(choice_id, count, row))

    def _count_by_hand(self, choice_id: ChoiceId, count: int, row: int) -> None:
        lang = current_lang()
        self._run(
            self.tr("Compter à la main"),
            lambda store: ops.set_hand_count(store, choice_id, count, lang=lang),
        )
        self._show_selected()  # a refused count shows the one kept
        if row + 1 < self.counts.rowCount():  # the next choice's count, ready to type
            self.counts.setCurrentCell(row + 1, HAND_COLUMN)
        else:
            self.counts.setCurrentCell(row, HAND_COLUMN)

    def add_words(self) -> None:
        results = self.current()
        typed = self.words.text()
        if results is None or not typed.strip():
            return
        poll_id, lang = results.poll.id, current_lang()
        if self._run(
            self.tr("Ajouter des mots au nuage"),
            lambda store: ops.add_hand_words(store, poll_id, typed, lang=lang),
        ):
            self.words.clear()

    def remove_hand_word(self) -> None:
        item = self.hand_words.currentItem()
        if item is None:
            return
        answer_id, lang = item.data(ID_ROLE), current_lang()
        self._run(
            self.tr("Retirer un mot du nuage"),
            lambda store: ops.remove_answer(store, answer_id, lang=lang),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.list:
            if key in ENTER_KEYS:
                self.toggle_open()
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        elif watched is self.hand_words and key == Qt.Key.Key_Delete:
            self.remove_hand_word()
            return True
        return False
