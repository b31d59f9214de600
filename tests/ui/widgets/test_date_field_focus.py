"""Tab leaves an empty optional date field ("—") instead of staying in it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.date_field import DateField


def test_tab_leaves_an_empty_date_field(qtbot: QtBot) -> None:
    """From an empty date field, Tab goes to the next field and Shift+Tab back to it."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    date = DateField(optional=True)
    after = QLineEdit()
    layout.addWidget(date)
    layout.addWidget(after)
    window.show()
    window.activateWindow()
    date.set_value(None)
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is date
