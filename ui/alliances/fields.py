"""Typing fields with completion: an organisation by name, a person among one organisation's."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from workshop.records import Organisation, OrganisationId, Person, PersonId
from workshop.storage.store import Store
from workshop.validation import strip_accents

ERROR_STYLE = "color: #B71C1C; font-weight: 600;"


def _key(text: str) -> str:
    return strip_accents(text).casefold().strip()


class _CompletingField(QLineEdit):
    """A line edit completing from a list of names (case-insensitive, anywhere in the name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_names(self, names: list[str]) -> None:
        self._names.setStringList(names)


class OrganisationField(_CompletingField):
    """Type an organisation's name; completion from the registry, accents ignored on lookup."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_key: dict[str, Organisation] = {}
        self.reload(store)

    def reload(self, store: Store) -> None:
        organisations = store.organisations.find(order_by="name COLLATE NOCASE")
        self._by_key = {_key(o.name): o for o in organisations}
        self.set_names([o.name for o in organisations])

    def organisation(self) -> Organisation | None:
        """The registry's organisation named in the field, if any."""
        return self._by_key.get(_key(self.text()))

    def organisation_id(self) -> OrganisationId | None:
        found = self.organisation()
        return found.id if found else None


class PersonField(_CompletingField):
    """Type a person's name, completed among the people of one organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_key: dict[str, Person] = {}
        self._everyone: dict[str, Person] = {}

    def set_people(self, people: list[Person], everyone: list[Person]) -> None:
        """Complete among `people`; recognise anyone in `everyone` (to say they do not belong)."""
        self._by_key = {_key(p.full_name): p for p in people}
        self._everyone = {_key(p.full_name): p for p in everyone}
        self.set_names([p.full_name for p in people])

    def person(self) -> Person | None:
        """The person typed: one of the organisation's first, else anyone with that name."""
        key = _key(self.text())
        return self._by_key.get(key) or self._everyone.get(key)

    def person_id(self) -> PersonId | None:
        found = self.person()
        return found.id if found else None


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
