"""The quick-entry bar: author (with completion), text, zone; Enter drops the card."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from workshop.domain.board_layout import MAX_CARD_TEXT
from workshop.domain.records import Organisation, OrganisationId, Person, PersonId, Zone, ZoneId
from workshop.domain.text import fold as folded
from workshop.ops.board import CardAuthor


@dataclass(frozen=True)
class Author:
    """Who said it: a person (with their organisation) or an organisation alone."""

    label: str
    person_id: PersonId | None = None
    organisation_id: OrganisationId | None = None

    def as_card_author(self) -> CardAuthor:
        return CardAuthor(person_id=self.person_id, organisation_id=self.organisation_id)


def author_choices(people: Sequence[Person], organisations: Sequence[Organisation]) -> list[Author]:
    """Every author one can pick: "Prénom Nom · Organisation" for people, then organisations."""
    names = {org.id: org.name for org in organisations}
    choices = []
    for person in people:
        org_name = names.get(person.organisation_id) if person.organisation_id else None
        label = " · ".join(part for part in (person.full_name, org_name) if part)
        if label:
            choices.append(Author(label, person.id, person.organisation_id))
    choices.extend(Author(org.name, None, org.id) for org in organisations if org.name)
    return choices


FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldingCompleter(QCompleter):
    """Completion that ignores case and accents: "helene" offers "Hélène Durand · Mairie"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.labels = QStandardItemModel(self)
        self.setModel(self.labels)
        self.setCompletionRole(FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(12)

    def set_labels(self, labels: Sequence[str]) -> None:
        self.labels.clear()
        for label in labels:
            item = QStandardItem(label)
            item.setData(folded(label), FOLDED_ROLE)
            item.setEditable(False)
            self.labels.appendRow(item)

    def splitPath(self, path: str) -> list[str]:
        return [folded(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class QuickEntryBar(QWidget):
    """Type the author, then the idea, press Enter: the card lands in the zone picked."""

    card_requested = Signal(str, object, object)  # text, CardAuthor | None, ZoneId | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._authors: dict[str, Author] = {}
        self._labels: list[str] = []
        # Called before the authors are used, so that a list read lazily is read first.
        self.before_authors_used: Callable[[], None] = lambda: None
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("Qui parle ? (nom ou structure)"))
        self.author_edit.setAccessibleName(self.tr("Auteur de la carte"))
        self.author_edit.setClearButtonEnabled(True)
        self.completer = FoldingCompleter(self)
        self.author_edit.setCompleter(self.completer)
        self.author_edit.returnPressed.connect(self._on_author_edit_return_pressed)
        self.author_edit.installEventFilter(self)
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(MAX_CARD_TEXT)
        self.text_edit.setPlaceholderText(self.tr("L'idée entendue… puis Entrée"))
        self.text_edit.setAccessibleName(self.tr("Texte de la carte"))
        self.text_edit.returnPressed.connect(self._on_text_edit_return_pressed)
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName(self.tr("Zone où déposer la carte"))
        self.zone_combo.setMinimumContentsLength(14)
        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # names typed, maybe on a phone
        self.problem_label.setAccessibleName(self.tr("Carte refusée"))
        self.problem_label.setStyleSheet("color: #C62828; font-weight: bold;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.author_edit.textEdited.connect(self.problem_label.hide)
        self.text_edit.textEdited.connect(self.problem_label.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        label = QLabel(self.tr("Saisie rapide :"))
        label.setBuddy(self.author_edit)
        layout.addWidget(label)
        layout.addWidget(self.author_edit, 2)
        layout.addWidget(self.text_edit, 5)
        layout.addWidget(self.zone_combo, 1)
        layout.addWidget(self.problem_label, 3)
        self.setTabOrder(self.author_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.zone_combo)
        # The zone changes from the keyboard without leaving the text (Ctrl+1… are the screens).
        self.zone_combo.setToolTip(self.tr("Zone où déposer la carte (Alt+Haut / Alt+Bas)"))
        self.previous_zone_action = self._zone_action(self.tr("Zone précédente"), "Alt+Up", -1)
        self.next_zone_action = self._zone_action(self.tr("Zone suivante"), "Alt+Down", 1)

    def _zone_action(self, text: str, keys: str, step: int) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.step_zone(step))
        self.addAction(action)
        return action

    def step_zone(self, step: int) -> None:
        """Pick the next zone (step 1) or the previous one (-1), round the list."""
        count = self.zone_combo.count()
        if count:
            self.zone_combo.setCurrentIndex((self.zone_combo.currentIndex() + step) % count)

    def set_authors(self, authors: Sequence[Author]) -> None:
        self._authors = {folded(author.label): author for author in authors}
        self._labels = [author.label for author in authors]
        self.completer.set_labels(self._labels)

    def set_zones(self, zones: Sequence[Zone], current: ZoneId | None) -> None:
        self.zone_combo.blockSignals(True)
        self.zone_combo.clear()
        for zone in zones:
            self.zone_combo.addItem(zone.name, zone.id)
        self.zone_combo.blockSignals(False)
        self.set_current_zone(current)

    def set_current_zone(self, zone_id: ZoneId | None) -> None:
        index = self.zone_combo.findData(zone_id)
        if index >= 0:
            self.zone_combo.setCurrentIndex(index)

    def current_zone(self) -> ZoneId | None:
        data = self.zone_combo.currentData()
        return ZoneId(data) if data is not None else None

    def author(self) -> Author | None:
        """The author typed, if it names a known person or organisation."""
        return self.author_named(self.author_edit.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.author_edit and event.type() == QEvent.Type.FocusIn:
            self.before_authors_used()  # the completer offers the people as they are now
        return False

    def author_named(self, label: str) -> Author | None:
        self.before_authors_used()
        return self._authors.get(folded(" ".join(label.split())))

    def typed_author(self) -> CardAuthor | None:
        """The author field as the card's author: one known, or the name typed (None: empty)."""
        return self.card_author(self.author_edit.text())

    def card_author(self, text: str) -> CardAuthor | None:
        """A typed author: a known label's person and organisation, else the name to resolve."""
        if not text.strip():
            return None
        known = self.author_named(text)
        return known.as_card_author() if known else CardAuthor(typed=text.strip())

    def author_labels(self) -> list[str]:
        self.before_authors_used()
        return list(self._labels)

    def start(self) -> None:
        """Put the cursor in the author field, ready for the next speaker."""
        self.author_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.author_edit.selectAll()

    def _on_author_edit_return_pressed(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def card_added(self) -> None:
        """The card asked for is on the board: the field is ready for the next idea."""
        self.problem_label.hide()
        self.text_edit.clear()
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, message: str) -> None:
        """Say why the card was not added (the text typed stays, to correct or retry)."""
        self.problem_label.setText(message)
        self.problem_label.show()

    def _on_text_edit_return_pressed(self) -> None:
        text = self.text_edit.text().strip()
        if not text:
            return
        self.card_requested.emit(text, self.typed_author(), self.current_zone())
