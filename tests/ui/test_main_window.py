"""The main window: navigation, workshop picker, File/Edit/View menus, recent files, geometry."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.i18n import LANGUAGE_KEY
from ui.main_window import SCREENS, MainWindow, recent_files, remember_recent_file
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Workshop
from workshop.storage.store import Store


@pytest.fixture(autouse=True)
def _named_application(named_application: None) -> None:
    """Settings under the app's name, empty for each test (tests/ui/conftest.py)."""


@pytest.fixture
def window(context: AppContext, qtbot: QtBot) -> MainWindow:
    main = MainWindow(context)
    qtbot.addWidget(main)
    return main


def test_opens_on_an_empty_database(store: Store, qtbot: QtBot) -> None:
    """On a new empty file the window opens on the workshops screen, inviting to create one."""
    main = MainWindow(AppContext(store))
    qtbot.addWidget(main)
    assert main.windowTitle() == f"Catalyse — {store.path.name}"
    assert main.current_screen_name() == "workshops"
    combo = main._workshop_combo
    assert not combo.isEnabled() and "créez" in combo.currentText()
    assert main.screen_named("workshops").form.is_new()  # type: ignore[attr-defined]


def test_title_and_picker_follow_the_current_workshop(
    window: MainWindow, context: AppContext
) -> None:
    """The title names the current workshop and the file; picking another one updates both."""
    demo = context.store.workshops.get(context.current_workshop_id)
    assert window.windowTitle() == f"Catalyse — {demo.title} — {context.store.path.name}"
    other = context.store.workshops.add(Workshop(title="Forum des associations"))
    context.notify(Changes.of(Area.WORKSHOPS))
    combo = window._workshop_combo
    index = combo.findData(other.id)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert context.current_workshop_id == other.id
    assert "Forum des associations" in window.windowTitle()


@pytest.mark.parametrize("position", range(len(SCREENS)))
def test_ctrl_number_shows_each_screen(window: MainWindow, position: int) -> None:
    """Ctrl+1…Ctrl+5 (View menu) switch to Workshops, Stakeholders, Board, Alliances, Report."""
    name, module, class_name = SCREENS[position]
    action = window._screen_actions[position]
    assert action.shortcut().toString() == f"Ctrl+{position + 1}"
    action.trigger()
    shown = window.current_screen()
    assert isinstance(shown, getattr(importlib.import_module(module), class_name))
    assert window.current_screen_name() == name
    assert window._navigation.currentRow() == position


def test_undo_and_redo_from_the_edit_menu(window: MainWindow, context: AppContext) -> None:
    """Edit > Undo removes a workshop just created and Edit > Redo brings it back."""
    screen: Any = window.screen_named("workshops")
    screen.start_new()
    screen.form.title_edit.setText("Atelier mobilité")
    created = screen.save()
    assert window.undo_action.isEnabled()
    assert "Atelier mobilité" in window.undo_action.text()
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    redo_keys = {k.toString() for k in window.redo_action.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= redo_keys
    window.undo_action.trigger()
    assert context.store.workshops.count("id = ?", [created.id]) == 0
    assert window._workshop_combo.findData(created.id) == -1
    window.redo_action.trigger()
    assert context.store.workshops.get(created.id).title == "Atelier mobilité"
    assert window._workshop_combo.findData(created.id) >= 0


def test_an_ampersand_in_an_action_name_shows_in_the_edit_menu(
    window: MainWindow, context: AppContext
) -> None:
    """Edit > Undo names "Forum Fabre & Fils" with its "&", not an underlined F."""
    screen: Any = window.screen_named("workshops")
    screen.start_new()
    screen.form.title_edit.setText("Forum Fabre & Fils")
    screen.save()
    assert "Fabre && Fils" in window.undo_action.text()
    window.undo_action.trigger()
    assert "Fabre && Fils" in window.redo_action.text()


def test_open_another_file_and_recent_files(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Open switches database; the file joins the recent files, missing ones drop out."""
    other_path = tmp_path / "autre.sqlite"
    Store.open(other_path).close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other_path), "Catalyse")
    )
    window.open_file_action.trigger()
    assert context.store.path == other_path
    assert context.store.workshops.count() == 0
    assert window.windowTitle() == "Catalyse — autre.sqlite"
    recent = recent_files()
    assert recent[0] == other_path.resolve()
    assert window.recent_menu.actions()[0].text() == "&1 autre.sqlite"
    gone = tmp_path / "disparu.sqlite"
    Store.open(gone).close()
    remember_recent_file(gone)
    gone.unlink()
    assert gone.resolve() not in recent_files()
    for number in range(12):
        path = tmp_path / f"f{number}.sqlite"
        path.touch()
        remember_recent_file(path)
    assert len(recent_files()) == 8 and recent_files()[0].name == "f11.sqlite"


def test_opening_another_file_tells_the_screens_once_with_everything(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Open refreshes every screen through one data_changed naming every area."""
    other_path = tmp_path / "autre.sqlite"
    with Store.open(other_path) as other:
        other.workshops.add(Workshop(title="Atelier d'ailleurs"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other_path), "Catalyse")
    )
    told: list[Changes] = []
    context.data_changed.connect(lambda changes, _initiator: told.append(changes))
    window.open_file_action.trigger()
    assert told == [Changes.everything()]
    assert told[0].touches(Area.FILE) and told[0].touches(Area.CURRENT_WORKSHOP)
    assert "Atelier d'ailleurs" in window.windowTitle()


def test_deleting_the_current_workshop_makes_another_current_in_the_same_refresh(
    window: MainWindow, context: AppContext
) -> None:
    """Once the current workshop is deleted, another is current, named in the same change."""
    from workshop.ops.workshops import delete_workshop

    demo_id = context.current_workshop_id
    assert demo_id is not None
    other = context.store.workshops.add(Workshop(title="Forum des associations"))
    context.notify(Changes.of(Area.WORKSHOPS))
    told: list[Changes] = []
    context.data_changed.connect(lambda changes, _initiator: told.append(changes))
    context.apply("Supprimer", lambda store: delete_workshop(store, demo_id))
    assert context.current_workshop_id == other.id
    assert len(told) == 1 and told[0].touches(Area.WORKSHOPS, Area.CURRENT_WORKSHOP)
    assert "Forum des associations" in window.windowTitle()
    context.undo_stack.undo()
    assert context.store.workshops.get(demo_id).id == demo_id
    assert context.current_workshop_id == other.id  # undo does not take the user elsewhere


def test_a_refused_file_is_explained_and_nothing_changes(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a file that is not a Catalyse database shows why; the current file stays open."""
    bad = tmp_path / "notes.sqlite"
    bad.write_text("pas une base")
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text) or 0
    )
    before = context.store
    assert not window.open_path(bad)
    assert context.store is before
    assert warnings and "notes.sqlite" in warnings[0]
    assert bad.read_text() == "pas une base"


def test_new_file_creates_an_empty_database(
    window: MainWindow, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > New creates an empty database (".sqlite" added) and never overwrites a file."""
    target = tmp_path / "nouveau"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Catalyse"))
    window.new_file_action.trigger()
    assert context.store.path == tmp_path / "nouveau.sqlite"
    assert context.store.workshops.count() == 0
    existing = tmp_path / "existant.sqlite"
    existing.write_text("garder")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(existing), "Catalyse")
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text) or 0)
    window.new_file_action.trigger()
    assert warned and existing.read_text() == "garder"
    assert context.store.path == tmp_path / "nouveau.sqlite"


def test_geometry_is_remembered(context: AppContext, qtbot: QtBot) -> None:
    """The window reopens with the size it was closed with."""
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(700, 520)  # the offscreen test screen is 800 x 600
    first.close()
    assert QSettings().value("window/geometry") is not None
    second = MainWindow(context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_language_choice_is_saved_for_next_start(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """View > Language stores the choice and says it applies at the next start."""
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a: told.append(text) or 0
    )
    window._language_actions["en"].trigger()
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert told and "prochain démarrage" in told[0]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_usable_at_1366_by_768(window: MainWindow, qtbot: QtBot) -> None:
    """At 1366x768 the window fits with every navigation entry and the workshop form visible."""
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1366 and window.height() <= 768
    screen: Any = window.screen_named("workshops")
    assert screen.save_button.isVisible()
    assert screen.form.title_edit.width() > 200
    assert window._navigation.count() == len(SCREENS)
    for widget in (window._navigation, window._workshop_combo, screen.table):
        assert widget.accessibleName()


def test_english_translation_is_used_when_installed(context: AppContext, qtbot: QtBot) -> None:
    """With the English translation installed, menus, navigation and the form read in English."""
    from ui.i18n import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        main = MainWindow(context)
        qtbot.addWidget(main)
        menus = [a.text() for a in main.menuBar().actions()]
        assert menus[:3] == ["&File", "&Edit", "&View"] and menus[-1] == "&Help"
        assert main._navigation.item(0).text() == "Workshops"
        screen: Any = main.screen_named("workshops")
        assert screen.save_button.text() == "Save"
        assert mnemonics_clash(main) == []
        assert screen.form.sdg_picker.tile(17).toolTip() == "SDG 17: Partnerships for the Goals"
    finally:
        app.removeTranslator(translator)
        install_translator(app, "fr")


def test_a_screen_s_actions_get_a_menu_named_after_it(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen exposing actions gets a menu with its name, added when the screen first shows."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    import ui.report.view

    class ScreenWithActions(QWidget):
        def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            self.addAction(QAction("Imprimer…", self))

    monkeypatch.setattr(ui.report.view, "ReportScreen", ScreenWithActions)
    main = MainWindow(context)
    qtbot.addWidget(main)
    titles = [a.text() for a in main.menuBar().actions()]
    assert "Rapport" not in titles
    main.show_screen("report")
    titles = [a.text() for a in main.menuBar().actions()]
    assert titles.index("Rapport") == titles.index("Aid&e") - 1
    menu = main.menuBar().actions()[titles.index("Rapport")].menu()
    assert [a.text() for a in menu.actions()] == ["Imprimer…"]


def mnemonics_clash(main: MainWindow) -> list[str]:
    """The Alt+letter keys that two visible menus, buttons or labels of the window share."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [a.text() for a in main.menuBar().actions()]
    for widget in main.findChildren(QAbstractButton) + main.findChildren(QLabel):
        if widget.isVisibleTo(main) and (not isinstance(widget, QLabel) or widget.buddy()):
            texts.append(widget.text())
    keys: dict[str, str] = {}
    clashes = []
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            key = found.group(1).lower()
            if key in keys:
                clashes.append(f"{keys[key]} / {text}")
            keys[key] = text
    return clashes


def test_keyboard_mnemonics_do_not_clash(window: MainWindow) -> None:
    """Each Alt+letter of the menus and the workshops screen reaches exactly one control."""
    screen: Any = window.screen_named("workshops")
    assert mnemonics_clash(window) == []
    screen.start_new()  # the board template row shows for a new workshop
    assert mnemonics_clash(window) == []


def test_delete_key_deletes_the_selected_workshop(
    window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the list, the Delete key asks to delete the selected workshop."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    screen: Any = window.screen_named("workshops")
    (delete,) = [a for a in screen.table.actions() if a.shortcut().toString() == "Del"]
    delete.trigger()
    assert context.store.workshops.count() == 0


def test_a_backup_is_taken_after_opening_and_offered_in_the_file_menu(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Soon after the window opens a backup exists, and File > Restore lists it."""
    from ui.backups.dialog import BackupsDialog

    with qtbot.waitSignal(window.autobackup.backup_taken, timeout=10000):
        pass
    listed: list[int] = []
    monkeypatch.setattr(
        BackupsDialog, "exec", lambda dialog: listed.append(dialog.model.rowCount()) or 0
    )
    window.backups_action.trigger()
    assert listed == [1]


def test_a_screen_shown_by_its_key_takes_the_focus_for_its_own_keys(
    window: MainWindow, qtbot: QtBot
) -> None:
    """After Ctrl+5 the focus is in the Report screen, so that its keys (Ctrl+Shift+S export,
    Ctrl+P print) work at once; it stayed on the list of screens."""
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_screen("report")
    report = window.screen_named("report")
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and report.isAncestorOf(QApplication.focusWidget())
        )
    )


def test_a_cards_alliance_marker_opens_that_alliance(
    window: MainWindow, context: AppContext
) -> None:
    """Asking from the board for a card's alliance shows the Alliances screen on it."""
    board = window.show_screen("board")
    alliance = context.store.alliances.all()[-1]
    board.alliance_requested.emit(alliance.id)
    assert window.current_screen_name() == "alliances"
    screen = window.screen_named("alliances")
    assert screen.page.current_alliance().id == alliance.id
