"""Help menu: the keyboard shortcuts read from the actions, and the offline workshop-day guide."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from ui.help.guide import GuideDialog, guide_text
from ui.help.shortcuts import ShortcutsDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(shown_window: MainWindow) -> MainWindow:
    return shown_window


def _while_open(qtbot: QtBot, look: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `look` on the dialog once it shows, then close it with Escape (as a user would)."""
    seen: list[QDialog] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, check)
            return
        seen.append(dialog)
        try:
            look(dialog)
        finally:
            focused = QApplication.focusWidget() or dialog
            qtbot.keyClick(focused, Qt.Key.Key_Escape)
            if dialog.isVisible():  # Escape did not close it: the test fails, never hangs
                dialog.done(QDialog.DialogCode.Accepted)

    QTimer.singleShot(0, check)
    return seen


def _help_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[-1].menu()
    assert isinstance(menu, QMenu)
    return menu


def test_the_help_menu_offers_the_guide_the_shortcuts_and_about(window: MainWindow) -> None:
    """Help lists the workshop-day guide (F1), the keyboard shortcuts, then About."""
    texts = [a.text().replace("&", "") for a in _help_menu(window).actions() if a.text()]
    assert texts == [
        "Guide d'une journée d'atelier",
        "Raccourcis clavier",
        "À propos de Catalyse",
    ]
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_shortcuts_list_is_read_from_the_actions(window: MainWindow, qtbot: QtBot) -> None:
    """Help > Shortcuts lists each menu's and screen's commands with their keys; Escape closes."""
    window.live_dock.toggleViewAction().setShortcut("Ctrl+Alt+P")  # the list follows the actions
    shown: list[list[tuple[str, str, str]]] = []
    seen = _while_open(qtbot, lambda dialog: shown.append(dialog.entries()))  # type: ignore[attr-defined]
    window.shortcuts_action.trigger()
    assert seen and isinstance(seen[0], ShortcutsDialog) and not seen[0].isVisible()
    entries = shown[0]
    native = QKeySequence.SequenceFormat.NativeText
    assert ("Fichier", "Nouveau fichier…", QKeySequence("Ctrl+N").toString(native)) in entries
    assert ("Fichier", "Nouvel atelier", QKeySequence("Ctrl+Alt+N").toString(native)) in entries
    assert (
        "Affichage",
        "Participation depuis les téléphones",
        QKeySequence("Ctrl+Alt+P").toString(native),
    ) in entries
    assert ("Affichage", "Tableau", QKeySequence("Ctrl+3").toString(native)) in entries
    assert ("Tableau", "Chercher une carte", QKeySequence("Ctrl+F").toString(native)) in entries
    assert ("Tableau", "Projection", "F11") in entries
    (undo_keys,) = [
        keys for group, text, keys in entries if (group, text) == ("Édition", "Annuler")
    ]
    assert QKeySequence("Ctrl+Z").toString(native) in undo_keys.split(", ")
    assert "F14" not in undo_keys  # keys few keyboards have are left out
    assert ("Rapport", "Imprimer le compte rendu…", QKeySequence("Ctrl+P").toString(native)) in (
        entries
    )
    groups = [group for group, _text, _keys in entries]
    assert groups.index("Fichier") < groups.index("Édition") < groups.index("Tableau")
    assert all("&" not in text for _group, text, _keys in entries)
    assert len(entries) == len(set(entries))


def test_the_shortcuts_list_can_be_searched(window: MainWindow, qtbot: QtBot) -> None:
    """Typing in the list's search field keeps only the matching commands (accents ignored)."""
    dialog = ShortcutsDialog(window.shortcut_groups(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.search.hasFocus)
    qtbot.keyClicks(dialog.search, "telephones")
    assert [text for _g, text, _k in dialog.entries()] == ["Participation depuis les téléphones"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "F11")
    assert [(g, t) for g, t, _k in dialog.entries()] == [("Tableau", "Projection")]


def test_f1_opens_the_guide_of_a_workshop_day(window: MainWindow, qtbot: QtBot) -> None:
    """F1 shows the offline guide, in French, from before the workshop to after it."""
    read: list[str] = []
    seen = _while_open(qtbot, lambda dialog: read.append(dialog.text.toPlainText()))  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible())
    assert isinstance(seen[0], GuideDialog)
    text = read[0]
    headings = [
        "Avant l'atelier",
        "Accueil et émargement",
        "Le tableau collaboratif",
        "Alliances et engagements",
        "Le rapport",
        "Après l'atelier",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert "#" not in text  # the Markdown is shown formatted, not as source


def test_the_guide_follows_the_interface_language(qtbot: QtBot) -> None:
    """In English the guide is the English one, with the same six steps as the French one."""
    dialog = GuideDialog(lang="en")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Before the workshop" in text and "After the workshop" in text
    assert "atelier" not in text
    french, english = guide_text("fr"), guide_text("en")
    assert french.count("\n## ") == english.count("\n## ") == 6
