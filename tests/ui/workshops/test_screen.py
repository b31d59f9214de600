"""The workshops screen: the list with its figures and the form to create, edit, copy, delete."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.workshops.screen import WorkshopsScreen, WorkshopTableModel
from workshop.domain.changes import Area, Changes
from workshop.domain.records import AgendaStep, Workshop, WorkshopId


@pytest.fixture
def screen(context: AppContext, qtbot: QtBot) -> WorkshopsScreen:
    widget = WorkshopsScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()  # a hidden screen refreshes when it is next shown
    return widget


def _click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type_new_workshop(qtbot: QtBot, screen: WorkshopsScreen, title: str) -> None:
    # QTest types ASCII only (an accented key aborts Qt's test library).
    _click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.form.title_edit, title)
    qtbot.keyClicks(screen.form.place_edit, "Tiers-lieu La Fabrique")
    qtbot.keyClicks(screen.form.territory_edit, "Val de Lise")
    qtbot.keyClicks(screen.form.facilitator_edit, "Camille Martin")
    qtbot.keyClicks(screen.form.question_edit, "Comment mieux se deplacer ?")
    _click(qtbot, screen.form.sdg_picker.tile(11))
    _click(qtbot, screen.form.sdg_picker.tile(17))


def test_model_is_a_correct_qt_model(context: AppContext, qtmodeltester: Any) -> None:
    """The list model follows Qt's model rules and gives each row's record under UserRole."""
    model = WorkshopTableModel(context)
    qtmodeltester.check(model, force_py=True)
    demo_id = context.store.workshops.all()[0].id
    record = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)
    assert isinstance(record, Workshop) and record.id == demo_id
    assert model.data(QModelIndex()) is None


def test_list_shows_each_workshop_with_its_figures(screen: WorkshopsScreen) -> None:
    """A past workshop is listed with its date, title, place and its figures."""
    model = screen.model
    figures = screen.context.store.workshops.figures(model.workshop(0).id)
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert shown[1].startswith("Alimentation durable")
    assert shown[3] == f"{figures.present} / {figures.people}"
    assert shown[4:] == [
        str(figures.organisations),
        str(figures.cards),
        str(figures.alliances),
        str(figures.commitments),
    ]
    assert figures.cards > 0 and figures.commitments > 0


def test_create_through_the_form_then_undo_and_redo(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A workshop typed in the form is saved with its board template; undo and redo toggle it."""
    store = context.store
    before = store.workshops.count()
    _type_new_workshop(qtbot, screen, "Mobilites rurales")
    screen.form.template_combo.setCurrentIndex(screen.form.template_combo.findData("swot"))
    with qtbot.waitSignal(context.data_changed):
        _click(qtbot, screen.save_button)
    saved = store.workshops.find("title = ?", ["Mobilites rurales"])
    assert len(saved) == 1
    workshop = saved[0]
    assert workshop.place == "Tiers-lieu La Fabrique" and workshop.sdgs == (11, 17)
    assert workshop.question == "Comment mieux se deplacer ?"
    assert workshop.agenda and workshop.agenda[0].minutes == 20
    assert [z.name for z in store.board.zones.of_workshop(workshop.id)] == [
        "Forces",
        "Faiblesses",
        "Opportunités",
        "Menaces",
    ]
    assert context.current_workshop_id == workshop.id
    assert screen.selected_workshop() == workshop

    context.undo_stack.undo()
    assert store.workshops.count() == before
    assert store.board.zones.of_workshop(workshop.id) == []
    assert screen.model.row_of(workshop.id) == -1

    context.undo_stack.redo()
    assert store.workshops.get(workshop.id) == workshop
    assert len(store.board.zones.of_workshop(workshop.id)) == 4
    assert screen.model.row_of(workshop.id) >= 0


def test_validation_messages_next_to_fields(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """An empty title or an end before the start is explained beside the field, nothing saved."""
    before = context.store.workshops.count()
    _click(qtbot, screen.new_button)
    screen.form.start_edit.setTime(QTime(14, 0))
    screen.form.end_edit.setTime(QTime(10, 0))
    _click(qtbot, screen.save_button)
    assert context.store.workshops.count() == before
    assert not screen.form.title_error.isHidden()
    assert "titre" in screen.form.title_error.text()
    assert not screen.form.time_error.isHidden()
    qtbot.keyClicks(screen.form.title_edit, "Atelier du soir")
    assert screen.form.title_error.isHidden()
    screen.form.end_edit.setTime(QTime(17, 0))
    assert screen.form.time_error.isHidden()
    _click(qtbot, screen.save_button)
    assert context.store.workshops.count() == before + 1


def test_edit_saves_an_undoable_change(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """Editing a workshop and saving stores it; undo brings the previous values back on screen."""
    original = screen.form.record
    assert original is not None
    screen.form.place_edit.clear()
    qtbot.keyClicks(screen.form.place_edit, "Mairie de Saint-Aubin")
    _click(qtbot, screen.form.sdg_picker.tile(1))
    assert screen.status_label.text() == "Modifications non enregistrées"
    _click(qtbot, screen.save_button)
    stored = context.store.workshops.get(original.id)
    assert stored.place == "Mairie de Saint-Aubin" and 1 in stored.sdgs
    assert context.undo_stack.undoText().startswith("Modifier l'atelier")
    context.undo_stack.undo()
    assert context.store.workshops.get(original.id) == original
    assert screen.form.place_edit.text() == original.place
    assert screen.form.sdg_picker.selected() == original.sdgs


def test_duplicate_copies_details_and_zones(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """Duplicate makes a copy titled "(copie)" with the same zones and no cards; undo removes it."""
    original = screen.form.record
    assert original is not None
    _click(qtbot, screen.duplicate_button)
    copy = screen.form.record
    assert copy is not None and copy.id != original.id
    assert copy.title == f"{original.title} (copie)"
    assert copy.agenda == original.agenda and copy.sdgs == original.sdgs
    zones = context.store.board.zones
    assert len(zones.of_workshop(copy.id)) == len(zones.of_workshop(original.id))
    assert context.store.board.cards.of_workshop(copy.id) == []
    assert context.current_workshop_id == copy.id
    context.undo_stack.undo()
    assert context.store.workshops.count("id = ?", [copy.id]) == 0
    assert context.current_workshop_id == original.id


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_delete_asks_first_and_can_be_undone(
    screen: WorkshopsScreen,
    context: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    """Delete asks for confirmation; once confirmed, undo brings back the workshop and its board."""
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *_a: asked.append(text) or answer
    )
    workshop = screen.form.record
    assert workshop is not None
    cards = len(context.store.board.cards.of_workshop(workshop.id))
    _click(qtbot, screen.delete_button)
    assert asked and workshop.title in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert context.store.workshops.count() == 1
        return
    assert context.store.workshops.count() == 0
    assert screen.model.rowCount() == 0
    assert context.current_workshop_id is None
    assert screen.form.is_new()
    context.undo_stack.undo()
    assert context.store.workshops.get(workshop.id) == workshop
    assert len(context.store.board.cards.of_workshop(workshop.id)) == cards
    assert screen.model.rowCount() == 1


def test_agenda_steps_can_be_added_removed_and_reordered(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """The agenda table adds, removes and reorders timed steps, shows their times, and saves."""
    editor = screen.form.agenda_editor
    workshop = screen.form.record
    assert workshop is not None
    editor.set_agenda(
        (AgendaStep(title="Accueil", minutes=15), AgendaStep(title="Idées", minutes=45)),
        dt.time(9, 0),
    )
    editor.table.setCurrentCell(1, 1)
    _click(qtbot, editor.add_button)
    editor.table.item(2, 1).setText("Pause")
    editor.table.item(2, 2).setData(Qt.ItemDataRole.EditRole, 10)
    assert editor.table.item(2, 0).text() == "10:00–10:10"
    _click(qtbot, editor.up_button)
    assert [s.title for s in editor.agenda()] == ["Accueil", "Pause", "Idées"]
    assert editor.table.item(2, 0).text() == "09:25–10:10"
    assert "1 h 10" in editor.total_label.text() and "10:10" in editor.total_label.text()
    screen.form.end_edit.setTime(QTime(10, 0))
    assert "au-delà de l'heure de fin (10:00)" in editor.total_label.text()
    editor.table.setCurrentCell(0, 1)
    _click(qtbot, editor.remove_button)
    assert [(s.title, s.minutes) for s in editor.agenda()] == [("Pause", 10), ("Idées", 45)]
    _click(qtbot, screen.save_button)
    assert context.store.workshops.get(WorkshopId(workshop.id)).agenda == editor.agenda()


def test_selecting_a_workshop_makes_it_current(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """Clicking a workshop in the list makes it the current workshop of the whole app."""
    other = context.store.workshops.add(
        Workshop(title="Atelier précédent", date=dt.date(2025, 3, 1))
    )
    context.notify(Changes.of(Area.WORKSHOPS))
    row = screen.model.row_of(other.id)
    rect = screen.table.visualRect(screen.model.index(row, 1))
    with qtbot.waitSignal(context.data_changed) as blocker:
        qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] == Changes.of(Area.CURRENT_WORKSHOP)
    assert context.current_workshop_id == other.id
    assert screen.form.title_edit.text() == "Atelier précédent"


@pytest.mark.parametrize("via", ["list", "picker"])
def test_switching_workshop_saves_pending_edits(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot, via: str
) -> None:
    """Going to another workshop with valid unsaved edits saves them, then shows the other."""
    demo = screen.form.record
    assert demo is not None
    other = context.store.workshops.add(
        Workshop(title="Atelier précédent", date=dt.date(2025, 3, 1))
    )
    context.notify(Changes.of(Area.WORKSHOPS))
    screen.form.place_edit.clear()
    qtbot.keyClicks(screen.form.place_edit, "Halle aux grains")
    if via == "list":
        row = screen.model.row_of(other.id)
        rect = screen.table.visualRect(screen.model.index(row, 1))
        qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        context.set_current_workshop(other.id)
    assert context.store.workshops.get(demo.id).place == "Halle aux grains"
    assert context.current_workshop_id == other.id
    assert screen.form.record == other and screen.selected_workshop() == other
    assert not screen.form.is_dirty()


def test_switching_away_from_a_new_workshop_creates_it(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A new workshop typed then left for another one is created, and the other one is shown."""
    other = context.store.workshops.add(Workshop(title="Ancien", date=dt.date(2025, 3, 1)))
    context.notify(Changes.of(Area.WORKSHOPS))
    _click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.form.title_edit, "Forum")
    context.set_current_workshop(other.id)
    assert len(context.store.workshops.find("title = ?", ["Forum"])) == 1
    assert context.current_workshop_id == other.id and screen.form.record == other


def test_a_workshop_without_date_or_times_keeps_them_empty(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A workshop with no date nor times shows "—" and "--:--", and saving keeps them empty."""
    undated = context.store.workshops.add(Workshop(title="Date à fixer"))
    context.notify(Changes.of(Area.WORKSHOPS))
    context.set_current_workshop(undated.id)
    assert screen.form.date_edit.text() == "—"
    assert screen.form.start_edit.text() == "--:--"
    assert screen.model.data(screen.model.index(screen.model.row_of(undated.id), 0)) == ""
    qtbot.keyClicks(screen.form.place_edit, "Mairie")
    _click(qtbot, screen.save_button)
    saved = context.store.workshops.get(undated.id)
    assert saved.place == "Mairie"
    assert (saved.date, saved.start_time, saved.end_time) == (None, None, None)


def test_a_hidden_screen_shows_what_changed_when_it_is_shown_again(
    screen: WorkshopsScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A workshop added while the screen is hidden is listed as soon as it is shown."""
    screen.hide()
    other = context.store.workshops.add(Workshop(title="Atelier d'hiver"))
    context.notify(Changes.of(Area.WORKSHOPS))
    assert screen.model.row_of(other.id) == -1  # not read while hidden
    screen.show()
    assert screen.model.row_of(other.id) >= 0
