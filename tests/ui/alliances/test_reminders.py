"""Relancer from the follow-up list: the drafts of the partners concerned, read, copied or
saved as .eml files, each reminder then shown on its commitments."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.alliances.followup import FollowUpPanel

TODAY = dt.date(2027, 2, 1)


def _due_soon(store, days: list[int]) -> None:
    """Give the demo's commitments due dates around TODAY (cycling through `days`)."""
    for n, commitment in enumerate(store.commitments.all()):
        due = TODAY + dt.timedelta(days=days[n % len(days)])
        store.db.execute(
            "UPDATE commitments SET due_date = ? WHERE id = ?", [due.isoformat(), commitment.id]
        )


def _panel(context, qtbot) -> FollowUpPanel:
    panel = FollowUpPanel(context, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1300, 700)
    panel.show()
    return panel


def test_relancer_drafts_the_due_partners_and_copy_records_the_reminder(context, qtbot) -> None:
    """With nothing chosen, Relancer drafts for the open commitments due within the 14 days or
    overdue; Down shows the next draft; Copier puts it on the clipboard and the list then says
    when and to whom it was reminded."""
    _due_soon(context.store, [-3, 5, 60])
    panel = _panel(context, qtbot)
    due = [
        v for v in panel.model.records() if v.commitment.due_date <= TODAY + dt.timedelta(days=14)
    ]
    qtbot.keyClick(panel.remind_button, Qt.Key.Key_Space)
    dialog = panel.reminder_dialog
    qtbot.waitUntil(dialog.isVisible)
    reminded = {view.id for draft in dialog.drafts for view in draft.reminder.commitments}
    assert reminded == {v.id for v in due}
    assert dialog.list.count() == len(dialog.drafts) >= 2
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    second = dialog.drafts[1]
    assert f"Objet : {second.subject}" in dialog.preview.toPlainText()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Space)
    assert second.body in QGuiApplication.clipboard().text()
    reminders = context.store.reminders.all()
    assert {r.commitment_id for r in reminders} == {v.id for v in second.reminder.commitments}
    assert {r.channel for r in reminders} == {"copy"}
    row = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.record(r).id == reminders[0].commitment_id
    )
    column = panel.model.columnCount() - 1
    shown = panel.model.data(panel.model.index(row, column))
    assert shown.startswith(dt.date.today().strftime("%d/%m/%Y"))
    context.undo_stack.undo()
    assert context.store.reminders.count() == 0
    dialog.close()


def test_saving_the_drafts_writes_one_eml_each_for_the_chosen_commitments(
    context, qtbot, tmp_path: Path
) -> None:
    """Two commitments chosen: their drafts are saved in the folder picked, read back by
    Python's mail parser, and every reminder is recorded as an .eml one."""
    _due_soon(context.store, [200])
    panel = _panel(context, qtbot)
    panel.table.selectRow(0)
    chosen = panel.selected_views()
    qtbot.keyClick(panel.remind_button, Qt.Key.Key_Space)
    dialog = panel.reminder_dialog
    dialog._choose_folder = lambda _parent: str(tmp_path)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == len(dialog.drafts) == 1
    message = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert chosen[0].commitment.description in body
    assert "brouillon(s) enregistré(s)" in dialog.status.text()
    assert [r.commitment_id for r in context.store.reminders.all()] == [chosen[0].id]
    dialog.close()


def test_relancer_with_nothing_due_says_so(context, qtbot, monkeypatch) -> None:
    """Nothing chosen and nothing due in the window: a message says what to do."""
    from PySide6.QtWidgets import QMessageBox

    _due_soon(context.store, [300])
    panel = _panel(context, qtbot)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    qtbot.keyClick(panel.remind_button, Qt.Key.Key_Space)
    assert said and "Aucun engagement ouvert" in said[0]


def test_history_shows_the_reminder_and_the_status_change_of_a_commitment(context, qtbot) -> None:
    """After a reminder and "Réalisé", Historique on that row lists both, latest last."""
    from workshop.domain.vocabulary import CommitmentStatus

    _due_soon(context.store, [3])
    panel = _panel(context, qtbot)
    panel.table.selectRow(0)
    view = panel.selected_views()[0]
    qtbot.keyClick(panel.remind_button, Qt.Key.Key_Space)
    qtbot.keyClick(panel.reminder_dialog.copy_button, Qt.Key.Key_Space)
    panel.reminder_dialog.close()
    panel.table.selectRow(
        next(r for r in range(panel.model.rowCount()) if panel.model.record(r).id == view.id)
    )
    qtbot.keyClick(panel.status_buttons[CommitmentStatus.REALISE], Qt.Key.Key_Space)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.table.setFocus()
    # The done commitment left the open list: show done ones too, then open its history.
    panel.status_boxes[CommitmentStatus.REALISE].setChecked(True)
    row = next(r for r in range(panel.model.rowCount()) if panel.model.record(r).id == view.id)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    qtbot.keyClick(panel.history_button, Qt.Key.Key_Space)
    steps = panel.history_dialog.steps
    lines = [steps.item(i).text() for i in range(steps.count())]
    assert any("Relance à" in line and "(message copié)" in line for line in lines)
    assert "Statut : " in lines[-1] and lines[-1].endswith("→ réalisé")
    panel.history_dialog.close()


def test_replies_are_recorded_for_a_selection_by_keyboard(context, qtbot) -> None:
    """Two commitments chosen, Modifier la sélection: a done date and a note typed, Entrée saves
    both as done with that date and the note added, in one undo."""
    from PySide6.QtCore import QDate

    from workshop.domain.vocabulary import CommitmentStatus

    _due_soon(context.store, [3])
    panel = _panel(context, qtbot)
    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.model.index(1, 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    ids = [v.id for v in panel.selected_views()]
    notes = {i: context.store.commitments.get(i).note for i in ids}
    qtbot.keyClick(panel.bulk_button, Qt.Key.Key_Space)
    dialog = panel.bulk_dialog
    dialog.done_date.setDate(QDate(2027, 1, 20))
    qtbot.keyClicks(dialog.note, "Reponse du 25/01 par courriel")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    for i in ids:
        stored = context.store.commitments.get(i)
        assert stored.status == CommitmentStatus.REALISE
        assert stored.done_date == dt.date(2027, 1, 20)
        assert stored.note.endswith("Reponse du 25/01 par courriel")
        assert stored.note.startswith(notes[i])
    context.undo_stack.undo()
    assert all(context.store.commitments.get(i).done_date is None for i in ids)


def test_a_done_date_after_today_is_refused_in_the_dialog(context, qtbot) -> None:
    """A done date in the future: the dialog says so and nothing is saved."""
    from PySide6.QtCore import QDate

    panel = _panel(context, qtbot)
    panel.table.selectRow(0)
    view = panel.selected_views()[0]
    qtbot.keyClick(panel.bulk_button, Qt.Key.Key_Space)
    dialog = panel.bulk_dialog
    dialog.done_date.setDate(QDate(2027, 5, 1))  # TODAY is 2027-02-01 on this panel
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.isVisible() and "après aujourd'hui" in dialog.error.text()
    assert context.store.commitments.get(view.id) == view.commitment


def test_a_returned_sheet_is_previewed_then_applied_in_one_undo(
    context, qtbot, tmp_path: Path
) -> None:
    """The sheet attached to a reminder, filled in by the partner ("Réalisé", a date): the
    preview lists the change and Entrée applies it; one undo takes it back."""
    from workshop.domain.vocabulary import CommitmentStatus
    from workshop.exporting.return_sheet import write_return_sheet

    panel = _panel(context, qtbot)
    view = panel.model.record(0)
    path = tmp_path / "retour.csv"
    write_return_sheet([view], path, "fr")
    header, row = path.read_text(encoding="utf-8-sig").splitlines()
    cells = row.split(";")
    cells[6], cells[7] = "Réalisé", "20/01/2027"
    path.write_text(f"{header}\n{';'.join(cells)}\n", encoding="utf-8-sig")
    panel.import_replies(str(path))
    dialog = panel.replies_dialog
    assert dialog.table.rowCount() == 1
    assert "→ Réalisé" in dialog.table.item(0, 2).text()
    assert dialog.apply_button.isDefault()
    qtbot.keyClick(dialog.apply_button, Qt.Key.Key_Return)
    stored = context.store.commitments.get(view.id)
    assert stored.status == CommitmentStatus.REALISE and stored.done_date == dt.date(2027, 1, 20)
    context.undo_stack.undo()
    assert context.store.commitments.get(view.id) == view.commitment


def test_a_done_date_years_ago_is_asked_about_before_it_is_kept(
    context, qtbot, monkeypatch
) -> None:
    """A done date typed with the wrong year (2007): asked about; "Corriger" saves nothing."""
    from PySide6.QtCore import QDate

    import ui.alliances.bulk_edit as bulk_edit

    panel = _panel(context, qtbot)
    panel.table.selectRow(0)
    view = panel.selected_views()[0]
    asked: list[dt.date] = []
    monkeypatch.setattr(bulk_edit, "confirm_far_date", lambda _p, d, _t: asked.append(d) or False)
    qtbot.keyClick(panel.bulk_button, Qt.Key.Key_Space)
    dialog = panel.bulk_dialog
    dialog.done_date.setDate(QDate(2007, 1, 20))
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert asked == [dt.date(2007, 1, 20)] and dialog.isVisible()
    assert context.store.commitments.get(view.id) == view.commitment
