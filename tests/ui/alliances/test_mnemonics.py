"""On the Alliances page each Alt+letter reaches one field, button or menu."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _visible_mnemonics(page: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, (QAbstractButton, QGroupBox)):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        else:
            continue
        letter = _mnemonic(text)
        if letter:
            found.append((letter, text))
    return found


def test_no_two_alt_letters_clash_on_the_alliances_page(context: Any, qtbot: Any) -> None:
    """Alt+O, Alt+N, Alt+T, Alt+A and Alt+É each reached two things on the page (Objectif and
    Note, Nom and Unité…): every letter now reaches one."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("alliances")
    screen = window.screen_named("alliances")
    qtbot.waitUntil(screen.isVisible)
    menus = [(_mnemonic(a.text()), a.text()) for a in window.menuBar().actions()]
    letters = _visible_mnemonics(screen) + [(m, t) for m, t in menus if m]
    counts = Counter(letter for letter, _ in letters)
    clashes = {k: [t for x, t in letters if x == k] for k, n in counts.items() if n > 1}
    assert clashes == {}


def test_alt_j_reaches_the_partner_field(context: Any, qtbot: Any) -> None:
    """The partner to add is reached by Alt+J (it had no key: only many Tabs reached it)."""
    from PySide6.QtCore import Qt

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("alliances")
    screen: Any = window.screen_named("alliances")
    from PySide6.QtWidgets import QApplication

    panel = next(w for w in screen.findChildren(QWidget) if type(w).__name__ == "PartnersPanel")
    qtbot.waitUntil(panel.isEnabled)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.organisation.hasFocus)
