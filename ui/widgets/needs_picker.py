"""A keyboard-accessible checkable list of the four catalyst needs (of a workshop, an alliance)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ui.i18n import current_lang
from ui.widgets.check_boxes import CheckBoxes
from ui.widgets.plain_text import plain_tooltip
from workshop.domain.vocabulary import CatalystNeed


class NeedsPicker(CheckBoxes[CatalystNeed]):
    """The four needs as check boxes, in up to `columns` columns (fewer when the room is too
    narrow for them side by side): Tab (or the arrow keys) moves from one to the next, Space
    ticks or unticks it."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = 1) -> None:
        super().__init__(
            CatalystNeed,
            QCoreApplication.translate("NeedsPicker", "Besoins du territoire auxquels il répond"),
            parent,
            columns=columns,
        )


class _StayingMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked (Space, Enter or a click
    ticks the item under the cursor); Escape or a click outside closes it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
        if action is not None and action.isCheckable() and event.key() in keys:
            action.toggle()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable():
            action.toggle()
            return
        super().mouseReleaseEvent(event)


class NeedsButton(QPushButton):
    """The four needs in one line (for a dense form): a button showing the needs ticked, which
    opens their list of check boxes (Space or Alt+Down; Up/Down move, Space ticks, Escape
    closes)."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.setAccessibleName(self.tr("Besoins du territoire auxquels il répond"))
        self.setStyleSheet("text-align: left; padding: 3px 24px 3px 6px;")  # as a combo box
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lang = current_lang()
        self.needs_menu = _StayingMenu(self)
        self.needs_menu.setAccessibleName(self.accessibleName())
        self.actions_by_need: dict[CatalystNeed, QAction] = {}
        for need in CatalystNeed:
            action = self.needs_menu.addAction(need.label(lang).replace("&", "&&"))
            action.setCheckable(True)
            action.setData(need)
            action.toggled.connect(self._on_action_toggled)
            self.actions_by_need[need] = action
        self.setMenu(self.needs_menu)
        self._summary = ""
        self._show_summary()

    def action(self, need: CatalystNeed) -> QAction:
        return self.actions_by_need[need]

    def selected(self) -> tuple[CatalystNeed, ...]:
        """The needs ticked, in the four needs' order."""
        return tuple(need for need, action in self.actions_by_need.items() if action.isChecked())

    def set_selected(self, needs: Iterable[CatalystNeed]) -> None:
        """Tick these needs and untick the others (no `selection_changed`)."""
        chosen = set(needs)
        self._loading = True
        try:
            for need, action in self.actions_by_need.items():
                action.setChecked(need in chosen)
        finally:
            self._loading = False
        self._show_summary()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.showMenu()  # as a combo box opens
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_summary()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 240), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def _show_summary(self) -> None:
        lang = current_lang()
        needs = self.selected()
        summary = ", ".join(n.label(lang) for n in needs) or self.tr("— aucun —")
        self._summary = summary
        room = max(40, self.width() - 36)  # the menu's arrow
        shown = self.fontMetrics().elidedText(summary, Qt.TextElideMode.ElideRight, room)
        self.setText(shown.replace("&", "&&"))
        self.setToolTip(plain_tooltip(summary))
        self.setAccessibleDescription(summary)

    def _on_action_toggled(self, _checked: bool) -> None:
        self._show_summary()
        if not self._loading:
            self.selection_changed.emit()
