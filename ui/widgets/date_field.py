"""A date field typed the way the interface language writes dates, its calendar in that language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from ui.i18n import interface_locale, typed_date_format
from workshop.domain.quantities import FAR_YEARS, is_far

__all__ = ["FAR_YEARS", "DateField", "confirm_far_date", "is_far", "long_date"]

NO_DATE = QDate(2000, 1, 1)  # a field that may stay empty: its minimum, shown as "—"
SEPARATORS = frozenset("/.-, ")


class DateField(QDateEdit):
    """A QDateEdit whose typed digits give the date typed, whatever the system locale.

    Typing `05/12/2026` over the field gives 5 December 2026: the separator typed after a
    section that filled itself (Qt has already moved on) is not taken as "skip the next
    section". The display format is the interface locale's (dd/MM/yyyy in French) with a
    4-digit year, and the calendar popup speaks the interface language (Monday first in
    French), opened with F4 or Alt+Down. With `optional`, the field can show "—" (no date):
    typing over it starts from today, and erasing the whole date (Ctrl+A, Delete) gives "—".
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._moved_on = False  # the last digit filled its section and moved to the next
        locale = interface_locale()
        self.setLocale(locale)
        self.setDisplayFormat(typed_date_format(locale))
        self.setCalendarPopup(True)
        calendar = self.calendarWidget()
        calendar.setLocale(locale)
        calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.optional = optional
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")

    def value(self) -> dt.date | None:
        """The date shown (None for "—" in an optional field)."""
        date = self.date()
        if self.optional and date == NO_DATE:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        """Show a date (None: "—" in an optional field, else today)."""
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def open_calendar(self) -> None:
        """Show the calendar popup, as a click on the field's arrow does.

        QDateEdit has no public call for it nor a key: the press is given to its arrow.
        """
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        point = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            point,
            self.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or (alt and event.key() == Qt.Key.Key_Down):
            self.open_calendar()  # as in a combo box: F4 or Alt+Down
            event.accept()
            return
        erase = event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if erase and self.optional and self.lineEdit().selectedText() == self.text():
            self.setDate(NO_DATE)  # everything selected and erased: no date ("—")
            event.accept()
            return
        text = event.text()
        if text and text in SEPARATORS and self._moved_on:
            self._moved_on = False  # Qt already moved to this section: stay in it
            event.accept()
            return
        if text.isdigit() and self.optional and self.date() == NO_DATE:
            self.setDate(QDate.currentDate())  # typing over "—": a date is being written
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._moved_on = False
        super().focusInEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves an empty field ("—"): it has no day, month nor year to move through
        (Qt kept the focus in it, a trap for the keyboard)."""
        if self.optional and self.date() == NO_DATE:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)


def long_date(value: dt.date) -> str:
    """A date with its month's name, in the interface language ("5 décembre 2202", "1er mai
    2027" in French, "1 May 2027" in English)."""
    locale = interface_locale()
    day = QDate(value.year, value.month, value.day)
    if value.day == 1 and locale.language() == QLocale.Language.French:
        return locale.toString(day, "'1er' MMMM yyyy")
    return locale.toString(day, "d MMMM yyyy")


def confirm_far_date(
    parent: QWidget | None,
    value: dt.date | None,
    today: dt.date | None = None,
    years: int = FAR_YEARS,
) -> bool:
    """True when the date is near today, or the user keeps it; False to correct it.

    "Corriger la date" is the default and Escape's button: Enter alone never keeps a date
    typed with the wrong year.
    """
    if value is None or not is_far(value, today, years):
        return True

    def tr(text: str) -> str:
        return QCoreApplication.translate("DateField", text)

    shown = long_date(value)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Date inhabituelle"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        tr("Le {date} est à plus de {years} ans d'aujourd'hui.").format(date=shown, years=years)
    )
    box.setInformativeText(tr("Vérifiez l'année : est-ce bien la date voulue ?"))
    keep = box.addButton(
        tr("&Garder le {date}").format(date=shown), QMessageBox.ButtonRole.AcceptRole
    )
    fix = box.addButton(tr("&Corriger la date"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(fix)
    box.setEscapeButton(fix)
    box.exec()
    return box.clickedButton() is keep
