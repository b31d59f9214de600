"""Editing a card's text in place, over the board (Enter keeps, Shift+Enter breaks the line)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QPlainTextEdit

from workshop.domain.board_layout import MAX_CARD_TEXT


class InPlaceEditor(QPlainTextEdit):
    """A text box laid over a card (or an empty spot); it reports the text once, then closes."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, view: QGraphicsView, scene_rect: QRectF, text: str = "") -> None:
        super().__init__(view.viewport())
        self._done = False
        self.setAccessibleName(self.tr("Texte de la carte"))
        self.setPlaceholderText(
            self.tr("Texte de la carte (Entrée pour valider, Échap pour annuler)")
        )
        self.setPlainText(text)
        self.selectAll()
        area = view.mapFromScene(scene_rect).boundingRect()
        area.setWidth(max(area.width(), 240))
        area.setHeight(max(area.height(), 110))
        self.setGeometry(area)
        self.setStyleSheet("QPlainTextEdit { border: 2px solid #1565C0; background: #FFFEF8; }")
        self.textChanged.connect(self._on_text_changed)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        if len(text) > MAX_CARD_TEXT:
            self.setPlainText(text[:MAX_CARD_TEXT])
            self.moveCursor(self.textCursor().MoveOperation.End)

    def finish(self, keep: bool) -> None:
        if self._done:
            return
        self._done = True
        if keep:
            self.committed.emit(self.toPlainText().strip())
        else:
            self.cancelled.emit()
        self.hide()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish(keep=False)
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.finish(keep=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finish(keep=True)
