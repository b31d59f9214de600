"""Typing fields with completion: an organisation by name, a person among one organisation's."""

from __future__ import annotations

import time
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from ui.i18n import current_lang
from workshop.domain.records import Organisation, OrganisationId, Person, PersonId
from workshop.domain.text import fold, sort_key
from workshop.domain.vocabulary import OrganisationKind
from workshop.storage.store import Store

T = TypeVar("T")
ERROR_STYLE = "color: #B71C1C; font-weight: 600;"


_key = fold


class _CompletingField(QLineEdit, Generic[T]):
    """A line edit completing among named records, ignoring case and accents, anywhere in the
    name; leaving it with a single match fills in that record's full name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self._records: dict[str, T] = {}
        self._display: dict[str, str] = {}
        completer = QCompleter(self._names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)

    def set_records(self, named: list[tuple[str, T]]) -> None:
        self._records = {_key(name): record for name, record in named}
        self._display = {_key(name): name for name, _ in named}

    def matches(self) -> list[str]:
        """The names containing what is typed (case and accents ignored)."""
        typed = _key(self.text())
        if not typed:
            return []
        return [name for key, name in self._display.items() if typed in key]

    def record(self) -> T | None:
        """The record named exactly, else the only one whose name contains what is typed."""
        exact = self._records.get(_key(self.text()))
        if exact is not None:
            return exact
        found = self.matches()
        return self._records[_key(found[0])] if len(found) == 1 else None

    def _on_text_edited(self, _text: str) -> None:
        found = self.matches()
        self._names.setStringList(found)
        completer = self.completer()
        if found and _key(self.text()) not in self._records:
            completer.complete()
        else:
            completer.popup().hide()

    def fill_single_match(self) -> None:
        """Replace what is typed by the full name when exactly one name matches it."""
        self.completer().popup().hide()
        found = self.matches()
        if _key(self.text()) not in self._records and len(found) == 1:
            self.setText(found[0])

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.fill_single_match()
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.fill_single_match()
        super().focusOutEvent(event)


class OrganisationField(_CompletingField[Organisation]):
    """Type an organisation's name, completed from the registry."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reload(store)

    def reload(self, store: Store) -> None:
        organisations = sorted(store.organisations.all(), key=lambda o: (sort_key(o.name), o.id))
        self.set_records([(o.name, o) for o in organisations])

    def is_new(self) -> bool:
        """Whether the name typed matches no organisation of the registry (a new one, then)."""
        return bool(self.text().strip()) and self.organisation() is None and not self.matches()

    def organisation(self) -> Organisation | None:
        """The registry's organisation named in the field, if any."""
        return self.record()

    def organisation_id(self) -> OrganisationId | None:
        found = self.organisation()
        return found.id if found else None


class PersonField(_CompletingField[Person]):
    """Type a person's name, completed among the people of one organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everyone: dict[str, Person] = {}

    def set_people(self, people: list[Person], everyone: list[Person]) -> None:
        """Complete among `people`; recognise anyone in `everyone` (to say they do not belong)."""
        self.set_records([(p.full_name, p) for p in people])
        self._everyone = {_key(p.full_name): p for p in everyone}

    def person(self) -> Person | None:
        """The person typed: one of the organisation's first, else anyone with that name."""
        return self.record() or self._everyone.get(_key(self.text()))

    def person_id(self) -> PersonId | None:
        found = self.person()
        return found.id if found else None


def pick_by_letter(combo: QComboBox, letter: str) -> None:
    """Type-ahead in a combo, accents ignored: letters typed in quick succession ("entr") pick
    the item starting with them; one letter alone, or again, picks the next item with it."""
    now = time.monotonic()
    recent = now - getattr(combo, "_typed_at", 0.0) < QApplication.keyboardInputInterval() / 1000
    typed = getattr(combo, "_typed", "") + fold(letter) if recent else fold(letter)
    combo._typed_at = now  # type: ignore[attr-defined]
    if len(set(typed)) > 1 and _select_starting(combo, typed, first=0):
        combo._typed = typed  # type: ignore[attr-defined]
        return
    combo._typed = fold(letter)  # type: ignore[attr-defined]
    _select_starting(combo, fold(letter), first=1)


def _select_starting(combo: QComboBox, wanted: str, first: int) -> bool:
    """Select the first item from the current one (or the next) starting with `wanted`."""
    count = combo.count()
    for step in range(first, count + first):
        index = (combo.currentIndex() + step) % count
        if fold(combo.itemText(index)).startswith(wanted):
            combo.setCurrentIndex(index)
            return True
    return False


class OrganisationKindChoice(QComboBox):
    """The kind of an organisation typed that the registry does not know yet, chosen from the
    keyboard (a letter picks the next kind starting with it); nothing chosen at first."""

    return_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = current_lang()
        self.addItem(self.tr("— choisir le type —"), None)
        for kind in OrganisationKind:
            self.addItem(kind.label(lang), kind)
        self.installEventFilter(self)

    def kind(self) -> OrganisationKind | None:
        value = self.currentData()
        return OrganisationKind(value) if value else None

    def reset(self) -> None:
        self.setCurrentIndex(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isalpha()
        ):
            pick_by_letter(self, event.text())
            return True
        if (
            watched is self
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.view().isVisible()
        ):
            self.return_pressed.emit()
            return True
        return super().eventFilter(watched, event)


def error_label(parent: QWidget | None = None) -> QLabel:
    """A message shown next to a field when its input is refused (hidden when empty)."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
