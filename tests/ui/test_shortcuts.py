"""Each key sequence does one thing wherever the focus is: no shortcut is bound twice."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import SCREENS, MainWindow
from ui.stakeholders.keys import KeyClaims

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NAMES = [name for name, _module, _class in SCREENS]
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def field_keys() -> set[str]:
    """In a text field these keys are the field's own in every Qt program (its undo, copy…)
    whatever the window's menus say: a field may give them another, field-level meaning."""
    standards = (
        QKeySequence.StandardKey.Undo,
        QKeySequence.StandardKey.Redo,
        QKeySequence.StandardKey.Copy,
        QKeySequence.StandardKey.Cut,
        QKeySequence.StandardKey.Paste,
        QKeySequence.StandardKey.SelectAll,
        QKeySequence.StandardKey.Delete,
    )
    keys = {sequence.toString() for s in standards for sequence in QKeySequence.keyBindings(s)}
    return keys | {"Ctrl+Y"}


WINDOW_CONTEXTS = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def window(shown_window: MainWindow, qtbot: QtBot) -> MainWindow:
    """The main window with every screen built and the phone panel open."""
    main = shown_window
    for name in NAMES:
        main.show_screen(name)
    main.live_dock.show()
    qtbot.waitUntil(lambda: main.live_dock.panel is not None)
    return main


@dataclass(frozen=True)
class Binding:
    """A key sequence, what it does, and the widget whose focus (or visibility) activates it."""

    keys: str
    what: str
    scope: QWidget


def _screen_of(widget: QWidget, window: MainWindow) -> QWidget:
    """The screen (or dock) holding a widget, else the window: hidden, its keys sleep."""
    holders: list[QWidget] = [window.screen_named(n) for n in NAMES]
    holders.append(window.live_dock)
    current: QWidget | None = widget
    while current is not None:
        if current in holders:
            return current
        current = current.parentWidget()
    return window


def _in_window_menus(action: QAction) -> bool:
    return any(
        isinstance(owner, (QMenu, QMenuBar, QToolBar)) for owner in action.associatedObjects()
    )


def _name(obj: QObject, text: str) -> str:
    return f"{text.replace('&', '')!r} ({type(obj).__name__} in {type(obj.parent()).__name__})"


def collect(window: MainWindow) -> list[Binding]:
    """Every QAction, QShortcut, button shortcut and claimed key of the window and screens."""
    found: list[Binding] = []

    def add(sequences: list[QKeySequence], what: str, scope: QWidget) -> None:
        for sequence in sequences:
            if not sequence.isEmpty():
                found.append(Binding(sequence.toString(), what, scope))

    for action in window.findChildren(QAction):
        if not action.shortcuts():
            continue
        context = action.shortcutContext()
        widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        own = [w for w in widgets if not isinstance(w, (QMenu, QMenuBar, QToolBar))]
        if context in WINDOW_CONTEXTS:
            holder = window if _in_window_menus(action) or not own else _screen_of(own[0], window)
            scopes = [holder]
        elif context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            parent = action.parent()
            scopes = [parent] if isinstance(parent, QWidget) else own
        else:
            scopes = own
        for scope in scopes:
            add(action.shortcuts(), _name(action, action.text()), scope)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        assert isinstance(parent, QWidget)
        scope = _screen_of(parent, window) if shortcut.context() in WINDOW_CONTEXTS else parent
        add(shortcut.keys(), _name(shortcut, shortcut.whatsThis() or "QShortcut"), scope)
    for button in window.findChildren(QAbstractButton):
        add([button.shortcut()], _name(button, button.text()), _screen_of(button, window))
    for claims in window.findChildren(KeyClaims):
        parent = claims.parent()
        assert isinstance(parent, QWidget)
        for sequence, _callback in claims._bindings:
            add([sequence], _name(claims, "KeyClaims"), parent)
    return found


def _overlap(first: QWidget, second: QWidget, window: MainWindow) -> bool:
    """Whether one focus can wake both scopes (the window's keys are awake everywhere)."""
    if window in (first, second):
        return True
    return first is second or first.isAncestorOf(second) or second.isAncestorOf(first)


def clashes(window: MainWindow, within: QWidget | None = None) -> list[str]:
    """The key sequences that two bindings share where one focus wakes both."""
    bindings = collect(window)
    found = []
    own_keys = field_keys()
    for a, b in combinations(bindings, 2):
        if a.keys != b.keys or a.what == b.what or not _overlap(a.scope, b.scope, window):
            continue
        if a.keys in own_keys and any(isinstance(s, TEXT_FIELDS) for s in (a.scope, b.scope)):
            continue
        if within is not None and not any(
            s is within or within.isAncestorOf(s) for s in (a.scope, b.scope)
        ):
            continue
        found.append(f"{a.keys}: {a.what} / {b.what}")
    return sorted(set(found))


def test_the_window_s_own_keys_are_each_bound_once(window: MainWindow) -> None:
    """The menus, the toolbar and the phone panel never give one key two meanings."""
    assert clashes(window, within=window.live_dock) == []
    assert clashes(window, within=window.menuBar()) == []
    in_screens = {c for name in NAMES for c in clashes(window, within=window.screen_named(name))}
    assert set(clashes(window)) <= in_screens


def test_a_screen_s_keys_never_shadow_the_window_s(window: MainWindow) -> None:
    """In each screen, a key means one thing: never both a menu command and a screen's own.

    One window for every screen (it is only read): building it is most of the test's time."""
    names = ("workshops", "stakeholders", "board", "alliances", "report")
    found = {name: clashes(window, within=window.screen_named(name)) for name in names}
    assert found == {name: [] for name in names}


def test_file_new_workshop_opens_an_empty_workshop_form(
    window: MainWindow, context: AppContext, qtbot: QtBot
) -> None:
    """Ctrl+Alt+N, from any screen, shows the workshops screen with an empty form to fill."""
    window.show_screen("board")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Nouvel atelier" in texts
    assert window.new_workshop_action.shortcut() == QKeySequence("Ctrl+Alt+N")
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window, Qt.Key.Key_N, modifiers)
    assert window.current_screen_name() == "workshops"
    screen = window.current_screen()
    assert screen.form.is_new()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: screen.form.title_edit.hasFocus())  # type: ignore[attr-defined]
    qtbot.keyClicks(screen.form.title_edit, "Atelier des mobilites")  # type: ignore[attr-defined]
    assert screen.form.title_edit.text() == "Atelier des mobilites"  # type: ignore[attr-defined]
