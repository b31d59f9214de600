"""The Report screen's follow-up panel: decisions typed by keyboard, next meeting, contact."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.report import followup
from ui.report.followup import DUE_COLUMN, OWNER_COLUMN, TEXT_COLUMN, FollowUpPanel
from ui.widgets.date_field import DateField
from workshop.domain.records import Decision, WorkshopId
from workshop.ops.decisions import add_decision

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[dt.date | None]:
    """Far dates are kept without a dialog; the dates asked about are listed."""
    dates: list[dt.date | None] = []

    def confirm(_parent: object, value: dt.date | None, *_args: object) -> bool:
        dates.append(value)
        return True

    monkeypatch.setattr(followup, "confirm_far_date", confirm)
    return dates


@pytest.fixture
def panel(context: AppContext, qtbot: QtBot, asked: list[dt.date | None]) -> FollowUpPanel:
    """The panel on the demo workshop, shown and active (its keys work)."""
    widget = FollowUpPanel(context)
    qtbot.addWidget(widget)
    widget.resize(430, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _workshop_id(context: AppContext) -> WorkshopId:
    assert context.current_workshop_id is not None
    return context.current_workshop_id


def _stored(context: AppContext) -> list[Decision]:
    return context.store.decisions.of_workshop(_workshop_id(context))


def _editor(qtbot: QtBot, kind: type[QWidget] = QLineEdit, after: Any = None) -> Any:
    """The cell editor that has the keyboard (another one than `after`, the last one)."""

    def ready() -> bool:
        widget = QApplication.focusWidget()
        return isinstance(widget, kind) and widget is not after

    qtbot.waitUntil(ready)
    return QApplication.focusWidget()


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type into a widget key by key (non-ASCII keys as events carrying their text: QTest's
    keyClicks takes ASCII only)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )


def _shown(panel: FollowUpPanel, row: int, column: int) -> str:
    return str(panel.model.index(row, column).data() or "")


def _add(context: AppContext, *texts: str) -> None:
    for text in texts:
        context.apply("", lambda store, t=text: add_decision(store, _workshop_id(context), t))


def _focus_cell(panel: FollowUpPanel, qtbot: QtBot, row: int, column: int = TEXT_COLUMN) -> None:
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.waitUntil(panel.table.hasFocus)


def test_a_decision_typed_in_the_last_row_is_stored_with_its_owner_and_due_date(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """Alt+I, Enter in the last row, the text, Tab, the owner, Tab, the date: one decision
    stored and shown, and a new empty last row under it."""
    assert _shown(panel, 0, TEXT_COLUMN) == "Nouvelle décision… (Entrée)"
    qtbot.keyClick(panel, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    text = _editor(qtbot)
    _type(qtbot, text, "Lancer l'étude de faisabilité")
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(_stored(context)) == 1)
    owner = _editor(qtbot, after=text)
    assert panel.table.currentIndex().column() == OWNER_COLUMN
    _type(qtbot, owner, "Communauté de communes")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    date = _editor(qtbot, DateField)
    _type(qtbot, date, "30/06/2027")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(context)[0].due_date is not None)
    decision = _stored(context)[0]
    assert (decision.text, decision.owner, decision.due_date) == (
        "Lancer l'étude de faisabilité",
        "Communauté de communes",
        dt.date(2027, 6, 30),
    )
    assert [_shown(panel, 0, c) for c in (TEXT_COLUMN, OWNER_COLUMN, DUE_COLUMN)] == [
        "Lancer l'étude de faisabilité",
        "Communauté de communes",
        "30/06/2027",
    ]
    assert panel.model.rowCount() == 2
    assert _shown(panel, 1, TEXT_COLUMN) == "Nouvelle décision… (Entrée)"
    assert context.undo_stack.undoText() == "Modifier la décision"


def test_the_insert_key_starts_a_new_decision_and_undo_takes_it_away(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """Ins opens the last row to type a decision; Enter stores it; Edit > Undo ("Annuler
    Ajouter une décision") removes it from the list and the table."""
    _add(context, "Créer un groupe de travail")
    _focus_cell(panel, qtbot, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    editor = _editor(qtbot)
    assert panel.table.currentIndex().row() == 1
    _type(qtbot, editor, "Réunir le comité de suivi")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_stored(context)) == 2)
    assert _shown(panel, 1, TEXT_COLUMN) == "Réunir le comité de suivi"
    assert context.undo_stack.undoText() == "Ajouter une décision"
    context.undo_stack.undo()
    assert [d.text for d in _stored(context)] == ["Créer un groupe de travail"]
    assert panel.model.rowCount() == 2
    assert _shown(panel, 1, TEXT_COLUMN) == "Nouvelle décision… (Entrée)"


def test_enter_in_the_last_row_with_nothing_typed_adds_nothing(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """Opening the last row and leaving it empty stores nothing and leaves no undo step."""
    _focus_cell(panel, qtbot, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.keyClick(_editor(qtbot), Qt.Key.Key_Return)
    assert _stored(context) == []
    assert context.undo_stack.count() == 0
    assert not panel.error.isVisible()


def test_a_decision_is_edited_in_place_and_an_emptied_text_is_refused(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """F2 edits a decision's text; erasing it says why under the table and keeps it stored."""
    _add(context, "Étude")
    _focus_cell(panel, qtbot, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = _editor(qtbot)
    editor.selectAll()
    _type(qtbot, editor, "Étude de faisabilité")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(context)[0].text == "Étude de faisabilité")
    assert _shown(panel, 0, TEXT_COLUMN) == "Étude de faisabilité"
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = _editor(qtbot)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.error.isVisible)
    assert panel.error.text() == "Dites ce qui a été décidé."
    assert _stored(context)[0].text == "Étude de faisabilité"
    assert _shown(panel, 0, TEXT_COLUMN) == "Étude de faisabilité"


def test_delete_removes_the_decision_and_undo_puts_it_back_in_its_place(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """Delete on the middle decision removes it (the cursor stays on that row); undo brings it
    back between the two others."""
    _add(context, "A", "B", "C")
    _focus_cell(panel, qtbot, 1)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [d.text for d in _stored(context)] == ["A", "C"]
    assert [_shown(panel, r, TEXT_COLUMN) for r in range(2)] == ["A", "C"]
    assert panel.table.currentIndex().row() == 1
    assert context.undo_stack.undoText() == "Retirer la décision"
    context.undo_stack.undo()
    assert [_shown(panel, r, TEXT_COLUMN) for r in range(3)] == ["A", "B", "C"]


def test_alt_up_and_alt_down_reorder_the_decisions_and_the_cursor_follows(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """Alt+Up moves the current decision above the previous one, Alt+Down back; at the top,
    Alt+Up does nothing (no empty undo step)."""
    _add(context, "A", "B", "C")
    _focus_cell(panel, qtbot, 2)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, ALT)
    assert [d.text for d in _stored(context)] == ["A", "C", "B"]
    assert panel.table.currentIndex().row() == 1
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, ALT)
    assert [_shown(panel, r, TEXT_COLUMN) for r in range(3)] == ["C", "A", "B"]
    steps = context.undo_stack.count()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, ALT)
    assert context.undo_stack.count() == steps
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, ALT)
    assert [d.text for d in _stored(context)] == ["A", "C", "B"]
    assert context.undo_stack.undoText() == "Déplacer la décision"
    assert panel.up_button.isEnabled() and panel.down_button.isEnabled()


def test_the_buttons_add_remove_and_move_too(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """The add button opens the last row; up, down and remove act on the current decision."""
    _add(context, "A", "B")
    _focus_cell(panel, qtbot, 1)
    panel.up_button.click()
    assert [d.text for d in _stored(context)] == ["B", "A"]
    panel.remove_button.click()
    assert [d.text for d in _stored(context)] == ["A"]
    panel.add_button.click()
    _type(qtbot, _editor(qtbot), "C")
    qtbot.keyClick(_editor(qtbot), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_stored(context)) == 2)


def test_a_due_date_before_the_workshop_is_refused_next_to_the_table(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """A due date typed before the workshop's day is not stored; the reason shows."""
    _add(context, "Étude")
    _focus_cell(panel, qtbot, 0, DUE_COLUMN)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    date = _editor(qtbot, DateField)
    _type(qtbot, date, "01/01/2026")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.error.isVisible)
    assert panel.error.text() == "L'échéance est avant la date de l'atelier."
    assert _stored(context)[0].due_date is None
    assert _shown(panel, 0, DUE_COLUMN) == ""


def _type_in(qtbot: QtBot, widget: QWidget, text: str, select: Callable[[], None]) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    select()
    _type(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_the_next_meeting_and_the_contact_are_saved_on_leaving_each_field(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """Alt+P, a date, Tab, a place, Tab, a contact, Tab: all three stored, one undo step each;
    undo empties the contact in the field too."""
    qtbot.keyClick(panel, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(panel.meeting_date.hasFocus)
    assert panel.meeting_date.text() == "—"
    _type(qtbot, panel.meeting_date, "14/01/2027")
    qtbot.keyClick(panel.meeting_date, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.meeting_place.hasFocus)
    _type(qtbot, panel.meeting_place, "Mairie, salle du conseil")
    qtbot.keyClick(panel.meeting_place, Qt.Key.Key_Tab)
    qtbot.waitUntil(panel.contact.hasFocus)
    _type(qtbot, panel.contact, "claire@catalyse.example")
    qtbot.keyClick(panel.contact, Qt.Key.Key_Tab)
    workshop = context.store.workshops.get(_workshop_id(context))
    assert workshop.next_meeting_date == dt.date(2027, 1, 14)
    assert workshop.next_meeting_place == "Mairie, salle du conseil"
    assert workshop.facilitator_contact == "claire@catalyse.example"
    assert context.undo_stack.undoText() == "Contact de l'animateur"
    context.undo_stack.undo()
    assert context.store.workshops.get(_workshop_id(context)).facilitator_contact == ""
    assert panel.contact.text() == ""
    assert context.undo_stack.undoText() == "Prochaine rencontre"


def test_a_next_meeting_before_the_workshop_is_refused_with_its_reason(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """A next meeting dated before the workshop is not stored; the reason shows under the
    fields, and goes once the date is corrected."""
    _type_in(qtbot, panel.meeting_date, "01/01/2026", lambda: None)
    qtbot.waitUntil(panel.meeting_error.isVisible)
    assert panel.meeting_error.text() == "La prochaine rencontre est avant la date de l'atelier."
    assert context.store.workshops.get(_workshop_id(context)).next_meeting_date is None
    _type_in(qtbot, panel.meeting_date, "05/02/2027", lambda: None)
    assert context.store.workshops.get(_workshop_id(context)).next_meeting_date == dt.date(
        2027, 2, 5
    )
    assert not panel.meeting_error.isVisible()


def test_a_far_meeting_date_is_asked_about_and_not_kept_when_corrected(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A next meeting years away (2207 for 2027) is asked about; "Corriger la date" stores
    nothing and puts the cursor back in the date."""
    asked: list[dt.date | None] = []

    def refuse(_parent: object, value: dt.date | None, *_args: object) -> bool:
        asked.append(value)
        return False

    monkeypatch.setattr(followup, "confirm_far_date", refuse)
    _type_in(qtbot, panel.meeting_date, "14/01/2207", lambda: None)
    assert asked == [dt.date(2207, 1, 14)]
    assert context.store.workshops.get(_workshop_id(context)).next_meeting_date is None
    assert panel.meeting_date.hasFocus()


def test_a_far_due_date_is_asked_about_before_it_is_kept(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot, asked: list[dt.date | None]
) -> None:
    """A due date typed in a cell goes through the same question as the other dates."""
    _add(context, "Étude")
    _focus_cell(panel, qtbot, 0, DUE_COLUMN)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    date = _editor(qtbot, DateField)
    _type(qtbot, date, "30/06/2207")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _stored(context)[0].due_date is not None)
    assert asked == [dt.date(2207, 6, 30)]


def test_an_undo_elsewhere_shows_in_a_field_left_as_it_was_but_not_over_typing(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """A field the facilitator is typing in keeps what is typed when the data changes (a
    refresh never eats a word); one left untouched shows the stored value."""
    _type_in(qtbot, panel.meeting_place, "Mairie", lambda: None)
    panel.contact.setFocus()
    _type(qtbot, panel.contact, "claire@")
    context.undo_stack.undo()  # the place goes
    assert panel.meeting_place.text() == ""
    assert panel.contact.text() == "claire@"


def test_the_model_is_a_correct_qt_model(
    panel: FollowUpPanel, context: AppContext, qtmodeltester: Any
) -> None:
    """The decisions' model passes Qt's model tester, with decisions and the new row."""
    _add(context, "A", "B")
    qtmodeltester.check(panel.model, force_py=True)


def test_user_text_is_shown_as_typed_never_as_markup(
    panel: FollowUpPanel, context: AppContext
) -> None:
    """A decision written "<b>Étude</b> & co" shows those characters."""
    _add(context, "<b>Étude</b> & co")
    assert _shown(panel, 0, TEXT_COLUMN) == "<b>Étude</b> & co"
    tooltip = panel.model.index(0, TEXT_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tooltip  # the tooltip, rich text for Qt, shows the characters


def test_retyping_a_field_as_it_was_leaves_no_empty_undo_step(
    panel: FollowUpPanel, context: AppContext, qtbot: QtBot
) -> None:
    """A place typed again with extra spaces, or a decision's text the same, is not a change:
    the Edit menu gets no step for it."""
    _type_in(qtbot, panel.meeting_place, "Mairie", lambda: None)
    _add(context, "Étude")
    steps = context.undo_stack.count()
    _type_in(qtbot, panel.meeting_place, "  ", lambda: panel.meeting_place.setCursorPosition(0))
    assert panel.meeting_place.text() == "  Mairie"
    panel.table.setFocus()
    _focus_cell(panel, qtbot, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = _editor(qtbot)
    qtbot.keyClicks(editor, " ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert context.undo_stack.count() == steps


def test_the_panel_follows_the_workshop_deleted_and_brought_back(
    panel: FollowUpPanel, context: AppContext
) -> None:
    """Deleting the current workshop greys the panel (no crash on a workshop gone); undo gives
    it back with its decisions."""
    from workshop.ops.workshops import delete_workshop

    workshop_id = _workshop_id(context)
    _add(context, "Étude")
    context.apply("Supprimer l'atelier", lambda store: delete_workshop(store, workshop_id))
    assert not panel.isEnabled()
    context.undo_stack.undo()
    assert panel.isEnabled()
    assert _shown(panel, 0, TEXT_COLUMN) == "Étude"
