"""The backups dialog writes dates and sizes in the interface language, whatever the system."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

import ui.i18n
from ui.backups.dialog import BackupsDialog
from ui.context import AppContext
from workshop.backup import take_backup

TAKEN = dt.datetime(2026, 12, 1, 8, 16, 0)


@pytest.fixture
def c_system() -> Iterator[None]:
    """A system whose locale is "C" (the tester's: "1 12 2026 08:16", "188.00 KiB")."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def _dialog(context: AppContext, tmp_path: Path, qtbot: QtBot) -> BackupsDialog:
    folder = tmp_path / "sauvegardes"
    take_backup(context.store, folder=folder, now=TAKEN)
    widget = BackupsDialog(context, folder=folder)
    qtbot.addWidget(widget)
    return widget


def _row(dialog: BackupsDialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(0, column)) for column in range(model.columnCount())]


def test_french_dates_and_sizes(
    context: AppContext, tmp_path: Path, qtbot: QtBot, c_system: None, monkeypatch: Any
) -> None:
    """In French, a backup is dated 01/12/2026 08:16 and weighs "188 Ko" (not KiB); Restaurer
    asks about "1er décembre 2026 à 08:16"."""
    dialog = _dialog(context, tmp_path, qtbot)
    row = _row(dialog)
    assert row[0] == "01/12/2026 08:16"
    assert re.fullmatch(r"\d+(,\d)?\u00a0(Ko|Mo)", row[-1]), row[-1]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    dialog.restore_button.click()
    assert asked and "du 1er décembre 2026 à 08:16 ?" in asked[0]


def test_english_dates_and_sizes(
    context: AppContext, tmp_path: Path, qtbot: QtBot, c_system: None, monkeypatch: Any
) -> None:
    """In English, the same backup weighs "… KB" and is dated the British way."""
    monkeypatch.setattr(ui.i18n, "_current", "en")
    row = _row(_dialog(context, tmp_path, qtbot))
    assert row[0] == "01/12/2026 08:16"
    assert re.fullmatch(r"\d+(\.\d)?\u00a0(KB|MB)", row[-1]), row[-1]
