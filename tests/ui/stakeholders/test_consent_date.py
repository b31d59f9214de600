"""The consent date of a person, typed in the registry's form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from ui.stakeholders.screen import StakeholdersScreen
from workshop.domain.vocabulary import DataBasis

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def screen(context: Any, qtbot: Any) -> Iterator[StakeholdersScreen]:
    """The registry screen, active, on a system whose locale is American."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    widget = StakeholdersScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    yield widget
    QLocale.setDefault(before)


def _new_person_consenting_on(screen: StakeholdersScreen, qtbot: Any, typed: str) -> None:
    tab = screen.people
    screen.tabs.setCurrentWidget(tab)
    tab.start_new()
    qtbot.keyClicks(tab.form.last_name, "Consentante")
    form = tab.form
    form.basis.setCurrentIndex(form.basis.findData(DataBasis.CONSENT.value))
    form.basis.setFocus()
    qtbot.keyClick(form.basis, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.consent_date
    qtbot.keyClicks(form.consent_date, typed)
    qtbot.keyClick(form.consent_date, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_the_consent_date_typed_is_saved(screen: StakeholdersScreen, qtbot: Any) -> None:
    """Typing the consent date day first saves that very date, on an American system too."""
    day = dt.date.today() - dt.timedelta(days=20)
    _new_person_consenting_on(screen, qtbot, day.strftime("%d/%m/%Y"))
    saved = screen.context.store.people.find("last_name = ?", ["Consentante"])
    assert len(saved) == 1 and saved[0].consent_date == day


def test_a_consent_date_in_the_future_is_refused(screen: StakeholdersScreen, qtbot: Any) -> None:
    """A consent dated in the future (a mistyped year) is refused beside the field."""
    _new_person_consenting_on(screen, qtbot, f"05/12/{dt.date.today().year + 176}")
    assert "futur" in screen.people.form.error_text("data_basis")
    assert screen.context.store.people.find("last_name = ?", ["Consentante"]) == []
