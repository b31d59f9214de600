"""A keyboard-accessible list of check boxes, one per member of a closed list (an enum)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from ui.i18n import current_lang
from workshop.domain.vocabulary import LabelledEnum

E = TypeVar("E", bound=LabelledEnum)


class CheckBoxes(QWidget, Generic[E]):
    """The members as check boxes, in up to `columns` columns (fewer when the room is too
    narrow for them side by side): Tab (or the arrow keys) moves from one to the next, Space
    ticks or unticks it. `tooltip` gives a member's tooltip (plain text), if any."""

    selection_changed = Signal()

    def __init__(
        self,
        members: Iterable[E],
        accessible_name: str,
        parent: QWidget | None = None,
        *,
        columns: int = 1,
        tooltip: Callable[[E], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._columns = max(1, columns)
        self._shown_columns = 0
        self.setAccessibleName(accessible_name)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        lang = current_lang()
        self.boxes: dict[E, QCheckBox] = {}
        for member in members:
            box = QCheckBox(member.label(lang).replace("&", "&&"))
            box.setAccessibleName(member.label(lang))
            if tooltip is not None:
                box.setToolTip(tooltip(member))
            box.toggled.connect(self._on_box_toggled)
            self.boxes[member] = box
        self._arrange(self._columns)
        self.setFocusProxy(next(iter(self.boxes.values())))

    def _fitting_columns(self, width: int) -> int:
        """How many columns of boxes `width` holds (at most `columns`)."""
        widest = max(box.sizeHint().width() for box in self.boxes.values())
        spacing = self._grid.horizontalSpacing()
        return max(1, min(self._columns, (width + spacing) // (widest + spacing)))

    def _arrange(self, columns: int) -> None:
        if columns == self._shown_columns:
            return
        self._shown_columns = columns
        for box in self.boxes.values():
            self._grid.removeWidget(box)
        for index, box in enumerate(self.boxes.values()):
            self._grid.addWidget(box, index // columns, index % columns)
        for column in range(self._columns):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        self.setFixedHeight(self._height(columns))  # one row per line of boxes, no more

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest box (the boxes go one under the other)."""
        widest = max(box.minimumSizeHint().width() for box in self.boxes.values())
        return QSize(widest, self._height(self._shown_columns))

    def sizeHint(self) -> QSize:
        widest = max(box.sizeHint().width() for box in self.boxes.values())
        columns = self._shown_columns
        width = columns * widest + (columns - 1) * self._grid.horizontalSpacing()
        return QSize(width, self._height(columns))

    def _height(self, columns: int) -> int:
        rows = -(-len(self.boxes) // max(1, columns))
        row = max(box.sizeHint().height() for box in self.boxes.values())
        return rows * row + (rows - 1) * self._grid.verticalSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._fitting_columns(event.size().width()))
        super().resizeEvent(event)

    def box(self, member: E) -> QCheckBox:
        return self.boxes[member]

    def selected(self) -> tuple[E, ...]:
        """The members ticked, in the list's order."""
        return tuple(member for member, box in self.boxes.items() if box.isChecked())

    def set_selected(self, members: Iterable[E]) -> None:
        """Tick these members and untick the others (no `selection_changed`)."""
        chosen = set(members)
        self._loading = True
        try:
            for member, box in self.boxes.items():
                box.setChecked(member in chosen)
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
