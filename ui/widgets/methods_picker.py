"""A keyboard-accessible checkable list of the co-construction methods a workshop runs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from ui.i18n import current_lang
from workshop.domain.methods import GUIDES
from workshop.domain.vocabulary import Method


class MethodsPicker(QWidget):
    """The methods as check boxes, in `columns` columns, each with its instructions as tooltip:
    Tab (or the arrow keys) moves from one to the next, Space ticks or unticks it."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self._loading = False
        self.setAccessibleName(self.tr("Méthodes de l'atelier"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        lang = current_lang()
        self.boxes: dict[Method, QCheckBox] = {}
        columns = max(1, columns)
        for index, method in enumerate(Method):
            box = QCheckBox(method.label(lang).replace("&", "&&"))
            box.setAccessibleName(method.label(lang))
            box.setToolTip(GUIDES[method].instructions_in(lang))
            box.toggled.connect(self._on_box_toggled)
            layout.addWidget(box, index // columns, index % columns)
            self.boxes[method] = box
        for column in range(columns):
            layout.setColumnStretch(column, 1)
        self.setFocusProxy(self.boxes[Method.CO_CONSTRUCTION])

    def box(self, method: Method) -> QCheckBox:
        return self.boxes[method]

    def selected(self) -> tuple[Method, ...]:
        """The methods ticked, in the methods' order."""
        return tuple(method for method, box in self.boxes.items() if box.isChecked())

    def set_selected(self, methods: Iterable[Method]) -> None:
        """Tick these methods and untick the others (no `selection_changed`)."""
        chosen = set(methods)
        self._loading = True
        try:
            for method, box in self.boxes.items():
                box.setChecked(method in chosen)
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
