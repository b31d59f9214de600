"""A workshop follows another: chosen in its form, kept when saved; what the form does not
show (next meeting, facilitator's contact, anonymous mode) survives an edit of the form."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.workshops.screen import WorkshopsScreen
from workshop.domain.records import Workshop


def _screen(context: AppContext, qtbot: QtBot) -> WorkshopsScreen:
    widget = WorkshopsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def test_saving_the_form_keeps_the_fields_it_does_not_show(
    context: AppContext, qtbot: QtBot
) -> None:
    """A next meeting, a facilitator's contact and the anonymous mode set elsewhere are still
    there after the place is edited and saved in the workshop form."""
    store = context.store
    workshop = store.workshops.all()[0]
    store.workshops.update(
        dataclasses.replace(
            workshop,
            next_meeting_date=dt.date(2027, 3, 4),
            next_meeting_place="Salle des fêtes",
            facilitator_contact="claire@example.fr",
            anonymous=True,
        )
    )
    screen = _screen(context, qtbot)
    screen.form.load(store.workshops.get(workshop.id))
    screen.form.place_edit.clear()
    qtbot.keyClicks(screen.form.place_edit, "Mairie")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    saved = store.workshops.get(workshop.id)
    assert saved.place == "Mairie"
    assert (saved.next_meeting_date, saved.next_meeting_place) == (
        dt.date(2027, 3, 4),
        "Salle des fêtes",
    )
    assert saved.facilitator_contact == "claire@example.fr" and saved.anonymous


def test_a_workshop_is_linked_to_the_one_it_follows_by_keyboard(
    context: AppContext, qtbot: QtBot
) -> None:
    """ "Fait suite à" lists the other workshops; choosing one with the keyboard and saving links
    them (undoable)."""
    store = context.store
    first = store.workshops.all()[0]
    second = store.workshops.add(Workshop(title="Suite du travail", date=dt.date(2027, 3, 4)))
    screen = _screen(context, qtbot)
    screen.form.load(store.workshops.get(second.id))
    combo = screen.form.previous_combo
    assert combo.currentData() is None
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any(label.startswith(first.title) for label in labels)
    assert not any(label.startswith("Suite du travail") for label in labels)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == first.id
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert store.workshops.get(second.id).previous_workshop_id == first.id
    context.undo_stack.undo()
    assert store.workshops.get(second.id).previous_workshop_id is None


def test_the_review_step_is_added_to_the_agenda_once(context: AppContext, qtbot: QtBot) -> None:
    """Once the workshop follows another, one click adds the review step after the welcome;
    the button then greys out (the step is there)."""
    store = context.store
    first = store.workshops.all()[0]
    second = store.workshops.add(
        Workshop(title="Suite", agenda=first.agenda, previous_workshop_id=first.id)
    )
    screen = _screen(context, qtbot)
    screen.form.load(store.workshops.get(second.id))
    button = screen.form.review_step_button
    assert button.isVisible() and button.isEnabled()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    steps = screen.form.agenda_editor.agenda()
    assert (
        steps[1].title == "Revue des engagements précédents" and len(steps) == len(first.agenda) + 1
    )
    assert not button.isEnabled()
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert store.workshops.get(second.id).agenda[1].title == "Revue des engagements précédents"
