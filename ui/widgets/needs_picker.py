"""A keyboard-accessible checkable list of the four catalyst needs (of a workshop, an alliance)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ui.i18n import current_lang
from workshop.domain.vocabulary import CatalystNeed


class NeedsPicker(QListWidget):
    """The four needs as check boxes in one list: Up and Down move, Space ticks or unticks."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setAccessibleName(self.tr("Besoins du territoire auxquels il répond"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        lang = current_lang()
        for need in CatalystNeed:
            item = QListWidgetItem(need.label(lang))
            item.setData(Qt.ItemDataRole.UserRole, need)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setCurrentRow(0)
        rows = sum(self.sizeHintForRow(n) for n in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2)
        self.itemChanged.connect(self._on_item_changed)

    def selected(self) -> tuple[CatalystNeed, ...]:
        """The needs ticked, in the four needs' order."""
        return tuple(
            CatalystNeed(self.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        )

    def set_selected(self, needs: Iterable[CatalystNeed]) -> None:
        """Tick these needs and untick the others (no `selection_changed`)."""
        chosen = set(needs)
        self._loading = True
        try:
            for n in range(self.count()):
                item = self.item(n)
                ticked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.selection_changed.emit()
