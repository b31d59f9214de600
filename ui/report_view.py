"""The report screen (being built: its owner replaces this first version)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext


class ReportScreen(QWidget):
    """The report screen of the main window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        QVBoxLayout(self)
