"""The shared date field: typed dates give that date, in the interface language's format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.i18n
from ui.widgets.date_field import DateField, confirm_far_date, is_far

SYSTEMS = ("fr_FR", "en_US", "de_DE")


@pytest.fixture
def system_locale(request: pytest.FixtureRequest) -> Iterator[str]:
    """Pretend the system's locale is this one (the default locale), and restore it after."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.fixture
def interface(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The interface language (ui.i18n's current language)."""
    monkeypatch.setattr(ui.i18n, "_current", request.param)
    return str(request.param)


_windows: list[QWidget] = []  # qtbot keeps only weak references


def _window(qtbot: QtBot, field: DateField) -> QLineEdit:
    """A window with a line edit before the field, shown and active; returns the line edit."""
    window = QWidget()
    _windows[:] = [window]
    qtbot.addWidget(window)
    before = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(field)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    before.setFocus()
    return before


def tab_and_type(qtbot: QtBot, field: DateField, typed: str) -> None:
    """Tab into the field from the widget before it, type, then Tab out."""
    before = _window(qtbot, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.mark.parametrize("system_locale", SYSTEMS, indirect=True)
@pytest.mark.parametrize("interface", ["fr", "en"], indirect=True)
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("05/12/2026", dt.date(2026, 12, 5)),
        ("5/12/2026", dt.date(2026, 12, 5)),
        ("1/2/2027", dt.date(2027, 2, 1)),
        ("31122026", dt.date(2026, 12, 31)),
        ("05.12.26", dt.date(2026, 12, 5)),
    ],
)
def test_a_typed_date_gives_that_date(
    qtbot: QtBot, system_locale: str, interface: str, typed: str, expected: dt.date
) -> None:
    """Tabbing into a date field and typing 05/12/2026 gives 5 December 2026, any system."""
    field = DateField()
    field.set_value(dt.date(2026, 3, 1))
    tab_and_type(qtbot, field, typed)
    assert field.value() == expected
    assert field.text() == expected.strftime("%d/%m/%Y")  # French and British: day first


@pytest.mark.parametrize("system_locale", ["en_US"], indirect=True)
@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_typing_over_no_date_gives_the_date(
    qtbot: QtBot, system_locale: str, interface: str
) -> None:
    """An empty ("—") date field takes a typed date instead of ignoring it; erasing the whole
    date makes it empty again."""
    field = DateField(optional=True)
    field.set_value(None)
    assert field.text() == "—" and field.value() is None
    tab_and_type(qtbot, field, "05/12/2026")
    assert field.value() == dt.date(2026, 12, 5)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "—" and field.value() is None


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise, grab
@pytest.mark.parametrize("system_locale", ["en_US"], indirect=True)
@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_the_calendar_speaks_french_and_starts_on_monday(
    qtbot: QtBot, system_locale: str, interface: str
) -> None:
    """On an American system, the French interface's calendar (F4) is French, Monday first;
    the keyboard picks a day in it."""
    field = DateField()
    field.set_value(dt.date(2026, 12, 5))
    _window(qtbot, field)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F4)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert isinstance(calendar, QCalendarWidget)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None and month.text().lower() == "décembre"
    header = calendar.findChild(QWidget, "qt_calendar_calendarview")
    assert header is not None
    model = header.model()  # type: ignore[attr-defined]
    days = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert str(days[-7]).lower().startswith("lun")
    qtbot.keyClick(header, Qt.Key.Key_Right)
    qtbot.keyClick(header, Qt.Key.Key_Return)
    assert not calendar.isVisible() and field.value() == dt.date(2026, 12, 6)


@pytest.mark.parametrize("system_locale", ["fr_FR"], indirect=True)
@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_the_english_interface_calendar_is_english(
    qtbot: QtBot, system_locale: str, interface: str
) -> None:
    """On a French system, the English interface's calendar shows English month names."""
    field = DateField()
    field.set_value(dt.date(2026, 12, 5))
    assert field.calendarWidget().locale().monthName(12) == "December"
    assert field.locale().language() == QLocale.Language.English


def answer_next_dialog(qtbot: QtBot, *keys: Qt.Key, seen: list[str] | None = None) -> None:
    """When the next modal dialog opens (within 2 s), note its text and press these keys."""
    tries = [200]

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, press)
            return
        if seen is not None and isinstance(box, QMessageBox):
            seen.append(box.text())
        for key in keys:
            qtbot.keyClick(box.focusWidget() or box, key)

    QTimer.singleShot(0, press)


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_a_far_date_is_asked_about_and_enter_corrects_it(qtbot: QtBot, interface: str) -> None:
    """A date years away asks first; Enter (the default) says to correct it, Tab+Space keeps."""
    seen: list[str] = []
    answer_next_dialog(qtbot, Qt.Key.Key_Return, seen=seen)
    assert not confirm_far_date(None, dt.date(2202, 12, 5), today=dt.date(2026, 12, 1))
    assert seen and "5 décembre 2202" in seen[0] and "3 ans" in seen[0]
    answer_next_dialog(qtbot, Qt.Key.Key_Escape)
    assert not confirm_far_date(None, dt.date(2202, 12, 5), today=dt.date(2026, 12, 1))
    answer_next_dialog(qtbot, Qt.Key.Key_G)  # Alt-less mnemonic in a message box: &Garder
    assert confirm_far_date(None, dt.date(2202, 12, 5), today=dt.date(2026, 12, 1))
    assert confirm_far_date(None, dt.date(2027, 6, 1), today=dt.date(2026, 12, 1))


def test_far_means_more_than_three_years_either_way() -> None:
    """Three years around today are near; 2202 or 2019 are far."""
    today = dt.date(2026, 12, 1)
    assert not is_far(dt.date(2029, 11, 30), today)
    assert is_far(dt.date(2202, 12, 5), today) and is_far(dt.date(2019, 1, 1), today)
    assert not is_far(None, today)
