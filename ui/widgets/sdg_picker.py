"""A compact, keyboard-accessible picker of SDGs: 17 coloured tiles that toggle on and off."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QSizePolicy, QWidget

from ui.i18n import current_lang
from ui.widgets.sdg_badges import paint_sdg_tile, sdg_colour, text_colour_on
from workshop.domain.sdg import all_sdgs, sdg

SDG_COUNT = 17


class SdgTile(QAbstractButton):
    """One goal as a checkable tile: full colour when picked, faded when not."""

    def __init__(self, number: int, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self._side = side
        self.setCheckable(True)
        self.setFixedSize(side, side)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggled.connect(self._update_accessible_description)
        self.retranslate()

    def retranslate(self) -> None:
        """Tooltip and accessible name in the interface language."""
        title = sdg(self.number).title(current_lang())
        label = self.tr("ODD {number} : {title}").format(number=self.number, title=title)
        self.setToolTip(label)
        self.setAccessibleName(label)
        self._update_accessible_description()

    def _update_accessible_description(self) -> None:
        self.setAccessibleDescription(
            self.tr("choisi") if self.isChecked() else self.tr("non choisi")
        )

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5)
        paint_sdg_tile(painter, inner, self.number, faded=not self.isChecked())
        if self.isChecked():
            # A small white check in the corner, so that the choice does not rely on colour alone.
            check = text_colour_on(sdg_colour(self.number))
            painter.setPen(QPen(check, max(1.5, self._side / 18)))
            s = inner.width()
            x, y = inner.right() - s * 0.24, inner.top() + s * 0.06
            painter.drawLine(QPointF(x, y + s * 0.08), QPointF(x + s * 0.06, y + s * 0.14))
            painter.drawLine(QPointF(x + s * 0.06, y + s * 0.14), QPointF(x + s * 0.17, y))
        if self.hasFocus() or self.underMouse():
            colour = self.palette().color(QPalette.ColorRole.Highlight)
            pen = QPen(colour, 2.0 if self.hasFocus() else 1.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
        painter.end()


class SdgPicker(QWidget):
    """Pick goals among the 17: click or Space toggles, arrow keys move, one Tab stop.

    `selection_changed(tuple[int, ...])` is emitted whenever the picked goals change.
    """

    selection_changed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None, *, columns: int = 9, tile: int = 30) -> None:
        super().__init__(parent)
        self._columns = columns
        self.setAccessibleName(self.tr("Objectifs de développement durable"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self._tiles: list[SdgTile] = []
        for index, goal in enumerate(all_sdgs()):
            button = SdgTile(goal.number, tile, self)
            button.toggled.connect(self._on_tile_toggled)
            button.installEventFilter(self)
            layout.addWidget(button, index // columns, index % columns)
            self._tiles.append(button)
        layout.setColumnStretch(columns, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._make_tab_stop(0)
        self._emitting = True

    # -- public API -------------------------------------------------------------------------
    def selected(self) -> tuple[int, ...]:
        """The picked goals' numbers, in ascending order."""
        return tuple(t.number for t in self._tiles if t.isChecked())

    def set_selected(self, numbers: Iterable[int]) -> None:
        """Pick exactly these goals (numbers outside 1..17 are ignored)."""
        wanted = set(numbers)
        before = self.selected()
        self._emitting = False
        try:
            for tile in self._tiles:
                tile.setChecked(tile.number in wanted)
        finally:
            self._emitting = True
        if self.selected() != before:
            self.selection_changed.emit(self.selected())

    def tile(self, number: int) -> SdgTile:
        """The tile of a goal (for tests and for focus)."""
        return self._tiles[number - 1]

    def retranslate(self) -> None:
        for tile in self._tiles:
            tile.retranslate()

    # -- keyboard ---------------------------------------------------------------------------
    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            isinstance(watched, SdgTile)
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and self._move_focus(watched, event.key())
        ):
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _move_focus(self, tile: SdgTile, key: int) -> bool:
        index = tile.number - 1
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._columns,
            Qt.Key.Key_Down: self._columns,
        }
        if key in steps:
            target = index + steps[Qt.Key(key)]
            if not 0 <= target < SDG_COUNT:
                return True
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = SDG_COUNT - 1
        else:
            return False
        self._make_tab_stop(target)
        self._tiles[target].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _make_tab_stop(self, index: int) -> None:
        """Only one tile takes Tab focus (a "roving" tab stop); the others take click focus."""
        for i, tile in enumerate(self._tiles):
            tile.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if i == index else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(self._tiles[index])

    def _on_tile_toggled(self, _checked: bool) -> None:
        sender = self.sender()
        if isinstance(sender, SdgTile):
            self._make_tab_stop(sender.number - 1)
        if self._emitting:
            self.selection_changed.emit(self.selected())
