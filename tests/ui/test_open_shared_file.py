"""A double-clicked .catalyse file (`catalyse FILE.catalyse`) opens the app on its import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from ui.app import run
from ui.launcher import opens_a_shared_workshop
from workshop.demo import load_demo
from workshop.exporting.share import write_share
from workshop.storage.store import Store


def test_a_catalyse_file_opens_the_app_not_a_command() -> None:
    """The file manager's `catalyse FILE.catalyse` opens the window; the commands stay commands."""
    assert opens_a_shared_workshop(["/home/anne/Téléchargements/atelier.catalyse"])
    assert opens_a_shared_workshop(["--db", "base.sqlite", "Atelier.CATALYSE"])
    assert not opens_a_shared_workshop(["share", "import", "atelier.catalyse"])
    assert not opens_a_shared_workshop(["demo"])
    assert not opens_a_shared_workshop(["--db", "x.catalyse"])


def test_the_window_opens_on_the_import_preview_of_the_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named_application: None
) -> None:
    """Opened with a .catalyse file, the window shows what importing that workshop would do."""
    source = Store.open(tmp_path / "other.sqlite")
    demo = load_demo(source)
    bundle = tmp_path / "atelier.catalyse"
    write_share(source, demo.id, bundle)
    source.close()
    monkeypatch.setenv("CATALYSE_QUIT_WHEN_SHOWN", "1")
    monkeypatch.setattr("ui.app.preferred_lang", lambda: "fr")
    monkeypatch.setattr("ui.app._install_qt_translator", lambda _a, _lang: [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    windows: list[Any] = []
    monkeypatch.setattr("ui.main_window.MainWindow.show", lambda self: windows.append(self))
    assert run(["--db", str(tmp_path / "mine.sqlite"), str(bundle)]) == 0
    dialog = windows[0].share_dialog
    assert dialog is not None and dialog.windowTitle() == "Importer un atelier"
    dialog.close()
