"""The workshop's date, typed in the form: the date typed is saved; a far one is asked about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.widgets.test_date_field import answer_next_dialog
from ui.context import AppContext
from ui.workshops.screen import WorkshopsScreen


@pytest.fixture
def screen(context: AppContext, qtbot: QtBot) -> Iterator[WorkshopsScreen]:
    """The workshops screen, active, on a system whose locale is American."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    widget = WorkshopsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    QLocale.setDefault(before)


def _type_date(qtbot: QtBot, screen: WorkshopsScreen, title: str, date: str) -> None:
    """A new workshop: type its title, Tab to the date, type the date."""
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.form.title_edit, title)
    qtbot.keyClick(screen.form.title_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.form.date_edit
    qtbot.keyClicks(screen.form.date_edit, date)


def _saved_date(context: AppContext, title: str) -> dt.date | None:
    found = context.store.workshops.find("title = ?", [title])
    return found[0].date if found else None


def test_the_date_typed_is_the_date_saved(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """Typing 05/12/2026 in the date field saves 5 December 2026 (not 05/12/2202)."""
    near = dt.date.today() + dt.timedelta(days=30)
    _type_date(qtbot, screen, "Forum mobilite", near.strftime("%d/%m/%Y"))
    assert screen.form.date_edit.text() == near.strftime("%d/%m/%Y")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert _saved_date(context, "Forum mobilite") == near


def test_a_far_date_is_asked_about_before_saving(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A date more than three years away asks first: Enter corrects it, nothing is saved, the
    year is selected for retyping; a far date the user keeps is saved and not asked again."""
    year = dt.date.today().year
    _type_date(qtbot, screen, "Forum lointain", f"05/12/{year + 176}")
    seen: list[str] = []
    answer_next_dialog(qtbot, Qt.Key.Key_Return, seen=seen)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert seen and f"5 décembre {year + 176}" in seen[0]
    assert _saved_date(context, "Forum lointain") is None
    field = screen.form.date_edit
    assert screen.focusWidget() is field
    with qtbot.waitActive(screen):  # the offscreen platform does not give it back by itself
        screen.activateWindow()
    qtbot.keyClicks(field, str(year + 1))  # the selected year is typed over
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)  # near: no question
    assert _saved_date(context, "Forum lointain") == dt.date(year + 1, 12, 5)

    _type_date(qtbot, screen, "Forum 2035", f"05/12/{year + 9}")
    answer_next_dialog(qtbot, Qt.Key.Key_G)  # "&Garder le 5 décembre …"
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert _saved_date(context, "Forum 2035") == dt.date(year + 9, 12, 5)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    qtbot.keyClicks(screen.form.place_edit, "Mairie")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert asked == []  # its kept date is not asked about again
    assert context.store.workshops.find("title = ?", ["Forum 2035"])[0].place == "Mairie"
