"""A one-line field for a commune: typing a postcode or a name offers the communes to pick."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from workshop.domain.places import Place, places_for, typed_places

PLACE_ROLE = Qt.ItemDataRole.UserRole + 1


class CommuneField(QLineEdit):
    """Type "410" or "blo": the communes with that postcode or name are offered (Down, Enter
    picks one: its code, name and postcode are taken). `place()` is the commune chosen, or the
    one the text typed in full designates (`typed_places`).

    `place_chosen(place)` is emitted when a commune is picked from the list.
    """

    place_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Code postal ou nom de la commune"))
        self.setClearButtonEnabled(True)
        self._chosen = Place("", "", "")
        self.offers = QStandardItemModel(self)
        completer = QCompleter(self.offers, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_place(self, place: Place) -> None:
        """Show a place (an empty one clears the field)."""
        self._chosen = place
        self.setText(place.label if place.name else place.postcode)

    def chosen(self) -> Place:
        """The place last picked or shown (whatever the text now says)."""
        return self._chosen

    def matches(self) -> list[Place]:
        """The places the text designates: the one picked or shown while the text still reads
        it, else those it names in full (none, one, or several to pick from)."""
        text = " ".join(self.text().split())
        if not text:
            return []
        chosen = self._chosen
        if text in (chosen.label, chosen.postcode) and (chosen.code or chosen.postcode):
            return [chosen]
        return typed_places(text)

    def _on_text_edited(self, text: str) -> None:
        """Offer the communes for what is typed (from the second character)."""
        typed = text.strip()
        self.offers.clear()
        if len(typed) < 2:
            self.completer().popup().hide()
            return
        for place in places_for(typed):
            item = QStandardItem(place.label)
            item.setData(place, PLACE_ROLE)
            item.setEditable(False)
            self.offers.appendRow(item)
        if self.offers.rowCount():
            self.completer().complete()
        else:
            self.completer().popup().hide()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        place = index.data(PLACE_ROLE)
        if isinstance(place, Place):
            self.set_place(place)
            self.place_chosen.emit(place)
