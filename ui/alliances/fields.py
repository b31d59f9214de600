"""Typing fields with completion: an organisation by name, a person among one organisation's."""

from __future__ import annotations

import time
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from ui.i18n import current_lang
from workshop.domain.records import Organisation, OrganisationId, Person, PersonId
from workshop.domain.text import fold, sort_key
from workshop.domain.validation import normalise_name
from workshop.domain.vocabulary import OrganisationKind
from workshop.storage.store import Store

T = TypeVar("T")
ERROR_STYLE = "color: #B71C1C; font-weight: 600;"
HINT_STYLE = "color: #455A64;"


def _key(name: str) -> str:
    """How names compare here: case, accents and extra spaces ignored ("œ", "ø" spelt out)."""
    return " ".join(fold(name).split())


class _CompletingField(QLineEdit, Generic[T]):
    """A line edit completing among named records, ignoring case and accents, anywhere in the
    name; leaving it with a single match fills in that record's full name. Records sharing a
    name are listed each with what tells them apart, and the bare name designates none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        self._by_name: dict[str, list[T]] = {}
        self._entries: dict[str, tuple[str, T]] = {}  # a completion's key -> (text, record)
        self._written_back: str | None = None  # the name cleared, until Enter is handled
        completer = QCompleter(self._names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._on_text_edited)

    def clear(self) -> None:
        """Empty the field, for good: a name picked in the completion list with Enter is
        written back once Enter is handled, and the next typing would be appended to it.
        A name set or typed meanwhile stays."""
        self._written_back = self.text() or None
        super().clear()
        if self._written_back:
            QTimer.singleShot(0, self, self._clear_if_written_back)

    def setText(self, text: str) -> None:
        self._written_back = None
        super().setText(text)

    def _clear_if_written_back(self) -> None:
        shown, self._written_back = self._written_back, None
        if shown and self.text() == shown:
            super().clear()

    def describe(self, record: T) -> str:
        """What tells a record from another of the same name (none by default)."""
        return ""

    def equivalent(self, typed: str) -> list[T]:
        """The records a name designates by a looser rule than spelling (none by default)."""
        return []

    def set_records(self, named: list[tuple[str, T]]) -> None:
        groups: dict[str, list[tuple[str, T]]] = {}
        for name, record in named:
            groups.setdefault(_key(name), []).append((name, record))
        self._by_name = {key: [record for _, record in group] for key, group in groups.items()}
        self._entries = {}
        for key, group in groups.items():
            if len(group) == 1:
                self._entries[key] = group[0]
                continue
            for name, record in group:  # namesakes: each its own entry, none the bare name
                detail = self.describe(record)
                shown = f"{name} ({detail})" if detail else name
                number = 1
                while _key(shown) in self._entries or _key(shown) == key:
                    number += 1
                    shown = f"{name} ({detail}{', ' if detail else ''}{number})"
                self._entries[_key(shown)] = (shown, record)

    def matches(self) -> list[str]:
        """The names containing what is typed (case and accents ignored)."""
        typed = _key(self.text())
        if not typed:
            return []
        return [shown for key, (shown, _) in self._entries.items() if typed in key]

    def record(self) -> T | None:
        """The record named exactly, else the one the looser rule finds, else the only one
        whose name contains what is typed; None when none or several fit."""
        typed = _key(self.text())
        if not typed:
            return None
        entry = self._entries.get(typed)
        if entry is not None:
            return entry[1]
        if len(self._by_name.get(typed, [])) > 1:
            return None  # a name several records share
        same = self.equivalent(self.text())
        if same:
            return same[0] if len(same) == 1 else None
        found = self.matches()
        return self._entries[_key(found[0])][1] if len(found) == 1 else None

    def is_ambiguous(self) -> bool:
        """Whether what is typed fits several records (one must be picked from the list)."""
        if not self.text().strip() or self.record() is not None:
            return False
        typed = _key(self.text())
        return (
            len(self._by_name.get(typed, [])) > 1
            or len(self.equivalent(self.text())) > 1
            or len(self.matches()) > 1
        )

    def shown_name(self, record: T) -> str:
        """The name the list shows for a record."""
        return next((shown for shown, r in self._entries.values() if r is record), "")

    def _on_text_edited(self, _text: str) -> None:
        self._written_back = None  # typed: it stays
        found = self.matches()
        self._names.setStringList(found)
        completer = self.completer()
        popup = completer.popup()
        if found and _key(self.text()) not in self._entries:
            completer.complete()
        elif popup is not None:
            popup.hide()

    def fill_single_match(self) -> None:
        """Replace what is typed by the full name of the one record it designates."""
        popup = self.completer().popup()
        if popup is not None:
            popup.hide()
        found = self.record()
        if found is not None and _key(self.text()) not in self._entries:
            self.setText(self.shown_name(found))

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.fill_single_match()
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.fill_single_match()
        super().focusOutEvent(event)


class OrganisationField(_CompletingField[Organisation]):
    """Type an organisation's name, completed from the registry; a name is read by the
    registry's rule (`workshop.queries.names`): its spelling first, then its registry key
    (legal forms and punctuation ignored), so the field and the core agree."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        self._by_registry_key: dict[str, list[Organisation]] = {}
        super().__init__(parent)
        self.reload(store)

    def reload(self, store: Store) -> None:
        organisations = sorted(store.organisations.all(), key=lambda o: (sort_key(o.name), o.id))
        self._by_registry_key = {}
        for organisation in organisations:
            key = normalise_name(organisation.name)
            self._by_registry_key.setdefault(key, []).append(organisation)
        self.set_records([(o.name, o) for o in organisations])

    def describe(self, record: Organisation) -> str:
        lang = current_lang()
        return ", ".join(part for part in (record.kind.label(lang), record.territory) if part)

    def equivalent(self, typed: str) -> list[Organisation]:
        return list(self._by_registry_key.get(normalise_name(typed), [])) if typed.strip() else []

    def is_new(self) -> bool:
        """Whether the name typed matches no organisation of the registry (a new one, then)."""
        return (
            bool(self.text().strip())
            and self.organisation() is None
            and not self.matches()
            and not self.equivalent(self.text())
            and not self._by_name.get(_key(self.text()))
        )

    def organisation(self) -> Organisation | None:
        """The registry's organisation named in the field, if any."""
        return self.record()

    def organisation_id(self) -> OrganisationId | None:
        found = self.organisation()
        return found.id if found else None

    def offered(self) -> Organisation | None:
        """The registry's organisation found for a name typed otherwise than it is spelt."""
        found = self.organisation()
        if found is None or _key(self.text()) == _key(self.shown_name(found)):
            return None
        return found


class PersonField(_CompletingField[Person]):
    """Type a person's name, completed among the people of one organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everyone: dict[str, list[Person]] = {}

    def set_people(self, people: list[Person], everyone: list[Person]) -> None:
        """Complete among `people`; recognise anyone in `everyone` (to say they do not belong)."""
        self.set_records([(p.full_name, p) for p in people])
        self._everyone = {}
        for person in everyone:
            self._everyone.setdefault(_key(person.full_name), []).append(person)

    def describe(self, record: Person) -> str:
        return record.title or record.email

    def person(self) -> Person | None:
        """The person typed: one of the organisation's first, else the one person anywhere
        with that name; None when several fit."""
        found = self.record()
        if found is not None or self.is_ambiguous():
            return found
        elsewhere = self._everyone.get(_key(self.text()), [])
        return elsewhere[0] if len(elsewhere) == 1 else None

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
    label = hint_label(parent)
    label.setStyleSheet(ERROR_STYLE)
    return label


def hint_label(parent: QWidget | None = None) -> QLabel:
    """A short grey line under a field saying what it will do (hidden when empty). It shows
    user text literally and wraps, so a long one never widens the window."""
    label = QLabel(parent)
    label.setStyleSheet(HINT_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
