"""Restoring a backup from the app, and automatic backups while a workshop is under way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ui.backups.auto import AutoBackup
from ui.backups.dialog import BackupsDialog, BackupsModel
from ui.context import AppContext
from workshop.backup import BackupInfo, list_backups, take_backup
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Card, Workshop
from workshop.ops.board import add_card
from workshop.storage.store import Store

NOON = dt.datetime(2026, 11, 26, 12, 0, 0)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "sauvegardes"


@pytest.fixture
def dialog(context: AppContext, folder: Path, qtbot: QtBot) -> BackupsDialog:
    take_backup(context.store, folder=folder, now=NOON)
    context.store.workshops.add(Workshop(title="Atelier ajouté après"))
    take_backup(context.store, folder=folder, now=NOON + dt.timedelta(hours=2))
    widget = BackupsDialog(context, folder=folder)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Say yes to every question; record questions, warnings and notices as they are shown."""
    shown: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    def notice(_parent: Any, title: str, text: str, *_args: Any) -> Any:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", notice)
    monkeypatch.setattr(QMessageBox, "information", notice)
    return shown


def test_the_model_is_a_correct_qt_model(context: AppContext, qtmodeltester: Any) -> None:
    """The backups model follows Qt's model rules and gives each row's backup under UserRole."""
    take_backup(context.store, now=NOON)
    model = BackupsModel()
    model.set_backups(list_backups(context.store.path))
    qtmodeltester.check(model, force_py=True)
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.UserRole), BackupInfo)


def test_backups_are_listed_newest_first_with_their_figures(dialog: BackupsDialog) -> None:
    """Each backup shows its date and how many workshops, people, organisations, cards and
    commitments it holds, the newest first."""
    model = dialog.model
    assert model.rowCount() == 2
    rows = [[model.data(model.index(r, c)) for c in range(1, 6)] for r in range(2)]
    assert rows == [["2", "44", "29", "22", "14"], ["1", "44", "29", "22", "14"]]
    assert model.backup(0).taken_at > model.backup(1).taken_at
    assert "26" in model.data(model.index(0, 0))
    assert dialog.restore_button.isEnabled()


def test_backup_now_adds_a_row(dialog: BackupsDialog, qtbot: QtBot) -> None:
    """ "Sauvegarder maintenant" takes a backup and lists it at the top."""
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 3
    assert dialog.model.backup(0).taken_at.date() == dt.date.today()


def test_restoring_switches_to_the_backup_and_keeps_the_current_file_aside(
    dialog: BackupsDialog, context: AppContext, answers: list[str], qtbot: QtBot
) -> None:
    """After a confirmation the older backup replaces the data shown, the undo history is
    cleared, and the previous file is kept aside with everything it held."""
    workshop_id = context.current_workshop_id
    assert workshop_id is not None
    context.apply(
        "Ajouter une contribution",
        lambda store: add_card(store, Card(workshop_id=workshop_id, text="Idée non sauvegardée")),
    )
    dialog.view.selectRow(1)  # the older backup: one workshop
    with (
        qtbot.waitSignal(
            context.data_changed, check_params_cb=lambda changes, _i: changes.touches(Area.FILE)
        ),
        qtbot.waitSignal(dialog.restored) as signal,
    ):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    aside = signal.args[0]
    assert "gardée à part" in answers[0]
    assert "Sauvegarde restaurée" in answers[-1]
    assert context.store.workshops.count() == 1
    assert context.undo_stack.count() == 0
    assert context.store.check() == []
    assert aside.exists() and aside.parent == context.store.path.parent
    with Store.open(aside, read_only=True) as previous:
        assert previous.workshops.count() == 2
        texts = [c.text for c in previous.board.cards.all()]
        assert "Idée non sauvegardée" in texts


def test_a_failed_restore_is_explained_and_the_data_stays(
    dialog: BackupsDialog, context: AppContext, answers: list[str], qtbot: QtBot
) -> None:
    """A damaged backup is refused with a message; the app goes on with the same data."""
    dialog.model.backup(1).path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 400)
    dialog.view.selectRow(1)
    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "La restauration a échoué" in answers[-1]
    assert context.store.workshops.count() == 2
    assert context.store.check() == []
    assert not list(context.store.path.parent.glob("*before-restore*"))


def test_the_dialog_looks_right(dialog: BackupsDialog) -> None:
    """The dialog renders its list (saved for a look at /work/shots/backups)."""
    shots = Path("/work/shots/backups")
    if shots.parent.is_dir():
        shots.mkdir(exist_ok=True)
        dialog.grab().save(str(shots / "backups_dialog.png"))
    assert not dialog.view.isHidden() and dialog._empty.isHidden()


def test_autobackup_backs_up_at_start_and_only_after_changes(
    context: AppContext, folder: Path, qtbot: QtBot
) -> None:
    """A backup is taken when the workshop opens, then on a tick only if something changed."""
    auto = AutoBackup(context, folder=folder, interval_ms=60_000)
    with qtbot.waitSignal(auto.backup_taken):
        auto.start()
    assert len(list_backups(context.store.path, folder=folder)) == 1
    with qtbot.assertNotEmitted(auto.backup_taken):
        auto.timer.timeout.emit()
    context.store.board.cards.add(Card(workshop_id=context.current_workshop_id, text="Nouvelle"))  # type: ignore[arg-type]
    context.notify(Changes.of(Area.BOARD))
    with qtbot.waitSignal(auto.backup_taken, timeout=1000):
        auto.timer.timeout.emit()
    backups = list_backups(context.store.path, folder=folder)
    assert len(backups) == 2
    assert backups[0].figures is not None and backups[0].figures.cards == 23
    assert auto.timer.interval() == 60_000 and auto.timer.isActive()


def test_autobackup_ticks_every_ten_minutes_by_default(context: AppContext) -> None:
    """Unless told otherwise, the automatic backup runs every 10 minutes."""
    assert AutoBackup(context).timer.interval() == 10 * 60 * 1000


def test_autobackup_reports_a_failure_without_a_dialog(
    context: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    """When the backups folder cannot be written, the failure is signalled (in French), not
    raised."""
    blocker = tmp_path / "occupe"
    blocker.write_text("un fichier, pas un dossier")
    auto = AutoBackup(context, folder=blocker)
    with qtbot.waitSignal(auto.backup_failed) as signal:
        auto.start()
    assert "impossible d'écrire une sauvegarde" in signal.args[0]


def test_autobackup_backs_up_when_another_workshop_is_shown_only_after_changes(
    context: AppContext, folder: Path, qtbot: QtBot
) -> None:
    """Showing another workshop backs up what changed, and is not itself a change."""
    other = context.store.workshops.add(Workshop(title="Autre atelier"))
    auto = AutoBackup(context, folder=folder, interval_ms=60_000)
    auto.start()
    first = context.current_workshop_id
    with qtbot.assertNotEmitted(auto.backup_taken):
        context.set_current_workshop(other.id)
        auto.timer.timeout.emit()
    context.notify(Changes.of(Area.BOARD))
    with qtbot.waitSignal(auto.backup_taken, timeout=1000):
        context.set_current_workshop(first)
