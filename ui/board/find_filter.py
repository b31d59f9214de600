"""Find a card by its text (highlight, then centre each match) and fade the cards filtered out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from ui.board.scene import BoardScene
from ui.i18n import current_lang
from workshop.domain.text import fold, sort_key
from workshop.storage.board import BoardContents, CardView


class FindFilter(QObject):
    """The search field and the filter list of the board's toolbar, and what they do."""

    def __init__(self, scene: BoardScene, centre_on: Callable[[int], None], parent: QObject):
        super().__init__(parent)
        self.scene = scene
        self._centre_on = centre_on
        self.matches: list[int] = []
        # The kinds and organisations the filter offers now, in which language.
        self._offered: tuple[frozenset[Any], frozenset[Any], str] | None = None
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Chercher une carte (Ctrl+F)"))
        self.find_edit.setAccessibleName(self.tr("Chercher une carte"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(180)
        self.find_edit.setMaximumWidth(260)
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Filtrer les cartes"))
        self.filter_combo.setMinimumContentsLength(16)
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMaximumWidth(280)
        self.find_edit.textChanged.connect(self._on_find_edit_text_changed)
        self.find_edit.returnPressed.connect(self._on_find_edit_return_pressed)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_changed)

    def focus_find(self) -> None:
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def refresh(self, contents: BoardContents, added: Sequence[CardView] | None = None) -> None:
        """Offer the kinds and organisations on the board; search the new cards too. When
        only cards were `added`, the choices are read again only if they bring a new one."""
        if added is None or not self._offers_already(added):
            self._fill_filter(contents)
        if self.find_edit.text():
            self._on_find_edit_text_changed(self.find_edit.text())

    def _on_find_edit_text_changed(self, text: str) -> None:
        needle = fold(text.strip())
        if not needle:
            self.matches = []
        else:
            self.matches = [
                card_id
                for card_id, item in self.scene.card_items.items()
                if needle in fold(item.view.card.text) or needle in fold(item.view.author)
            ]
        self.scene.highlight(set(self.matches))

    def _on_find_edit_return_pressed(self) -> None:
        """Enter shows the next match (selected and centred)."""
        if not self.matches:
            return
        current = self.scene.selected_card_ids()
        index = 0
        if len(current) == 1 and current[0] in self.matches:
            index = (self.matches.index(current[0]) + 1) % len(self.matches)
        self._centre_on(self.matches[index])

    def _offers_already(self, views: Sequence[CardView]) -> bool:
        if self._offered is None or self._offered[2] != current_lang():
            return False
        kinds, organisations, _lang = self._offered
        return all(
            (not v.organisation_kind or v.organisation_kind in kinds)
            and (v.organisation_id, v.organisation_name) in organisations
            for v in views
        )

    def _fill_filter(self, contents: BoardContents) -> None:
        combo = self.filter_combo
        chosen = combo.currentData()
        kinds = {v.organisation_kind for v in contents.cards if v.organisation_kind}
        organisations = {v.organisation_id: v.organisation_name for v in contents.cards}
        offered = (frozenset(kinds), frozenset(organisations.items()), current_lang())
        if offered == self._offered:
            return  # the same choices (a phone's new cards, mostly): the list is left alone
        self._offered = offered
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Toutes les cartes"), None)
        lang = current_lang()
        for kind in sorted(kinds, key=lambda k: sort_key(k.label(lang))):
            combo.addItem(self.tr("Type : {kind}").format(kind=kind.label(lang)), ("kind", kind))
        for org_id, name in sorted(organisations.items(), key=lambda item: sort_key(item[1])):
            if org_id is not None:
                combo.addItem(self.tr("Structure : {name}").format(name=name), ("org", org_id))
        # findData compares Python tuples by identity: the one chosen is looked for by value.
        index = next((i for i in range(combo.count()) if combo.itemData(i) == chosen), -1)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if index < 0 and chosen is not None:
            self.scene.set_fade(None)

    def _on_filter_combo_changed(self, _index: int) -> None:
        self.filter_by(self.filter_combo.currentData())

    def filter_by(self, criterion: tuple[str, object] | None) -> None:
        """Fade the cards that do not match a kind or an organisation (None: show all)."""
        if criterion is None:
            self.scene.set_fade(None)
            return
        field, value = criterion
        if field == "kind":
            self.scene.set_fade(lambda view: view.organisation_kind != value)
        else:
            self.scene.set_fade(lambda view: view.organisation_id != value)
