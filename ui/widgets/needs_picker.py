"""A keyboard-accessible checkable list of the four catalyst needs (of a workshop, an alliance)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from ui.i18n import current_lang
from workshop.domain.vocabulary import CatalystNeed


class NeedsPicker(QWidget):
    """The four needs as check boxes, in `columns` columns: Tab (or the arrow keys) moves from
    one to the next, Space ticks or unticks it."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, columns: int = 1) -> None:
        super().__init__(parent)
        self._loading = False
        self.setAccessibleName(self.tr("Besoins du territoire auxquels il répond"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        lang = current_lang()
        self.boxes: dict[CatalystNeed, QCheckBox] = {}
        columns = max(1, columns)
        for index, need in enumerate(CatalystNeed):
            box = QCheckBox(need.label(lang).replace("&", "&&"))
            box.setAccessibleName(need.label(lang))
            box.toggled.connect(self._on_box_toggled)
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[need] = box
        for column in range(columns):
            layout.setColumnStretch(column, 1)
        self.setFocusProxy(self.boxes[CatalystNeed.DIALOGUE_TERRITORIAL])

    def box(self, need: CatalystNeed) -> QCheckBox:
        return self.boxes[need]

    def selected(self) -> tuple[CatalystNeed, ...]:
        """The needs ticked, in the four needs' order."""
        return tuple(need for need, box in self.boxes.items() if box.isChecked())

    def set_selected(self, needs: Iterable[CatalystNeed]) -> None:
        """Tick these needs and untick the others (no `selection_changed`)."""
        chosen = set(needs)
        self._loading = True
        try:
            for need, box in self.boxes.items():
                box.setChecked(need in chosen)
        finally:
            self._loading = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Left and Down/Right move between the boxes, as in a list."""
        boxes = list(self.boxes.values())
        focused = next((n for n, box in enumerate(boxes) if box.hasFocus()), None)
        step = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
        }.get(Qt.Key(event.key()))
        if focused is None or step is None:
            super().keyPressEvent(event)
            return
        boxes[(focused + step) % len(boxes)].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_box_toggled(self, _checked: bool) -> None:
        if not self._loading:
            self.selection_changed.emit()
