"""Starting the application: options, refused database files, the window shown."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ui.app import open_store_interactively, parse_options, run
from workshop.storage.store import Store


def _answer_with(monkeypatch: pytest.MonkeyPatch, button_text: str, seen: list[str]) -> None:
    """Make every QMessageBox answer by clicking the button whose text starts with this."""

    def fake_exec(box: QMessageBox) -> int:
        seen.append(f"{box.text()} {box.informativeText()}")
        for button in box.buttons():
            if button.text().startswith(button_text):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)


def test_db_option_is_read(tmp_path: Path) -> None:
    """`--db PATH` picks the file; Qt's own options are left alone."""
    options = parse_options(["--db", str(tmp_path / "x.sqlite"), "-style", "fusion"])
    assert options.db == tmp_path / "x.sqlite"
    assert parse_options([]).db is None


def test_a_refused_file_offers_to_quit(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that is not a Catalyse database is explained, untouched, and Quit gives up."""
    bad = tmp_path / "tableur.sqlite"
    bad.write_bytes(b"PK\x03\x04 not a database")
    seen: list[str] = []
    _answer_with(monkeypatch, "Quitter", seen)
    assert open_store_interactively(bad) is None
    assert "tableur.sqlite" in seen[0] and "not a Catalyse database" in seen[0]
    assert bad.read_bytes() == b"PK\x03\x04 not a database"


def test_a_refused_file_offers_another_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a refused file the user can pick another one, which opens."""
    bad = tmp_path / "abime.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    good = tmp_path / "bon.sqlite"
    Store.open(good).close()
    seen: list[str] = []
    _answer_with(monkeypatch, "Ouvrir un autre", seen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(good), ""))
    store = open_store_interactively(bad)
    assert store is not None and store.path == good
    store.close()
    assert len(seen) == 1


def test_run_opens_the_window_on_the_database(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`catalyse --db FILE` opens the main window on that file and exits cleanly."""
    monkeypatch.setenv("CATALYSE_QUIT_WHEN_SHOWN", "1")
    monkeypatch.setattr("ui.app.preferred_lang", lambda: "fr")  # no translator left behind
    qt_translations: list[str] = []
    monkeypatch.setattr(
        "ui.app._install_qt_translator", lambda _a, lang: qt_translations.append(lang)
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "atelier.sqlite"
    windows: list[Any] = []
    monkeypatch.setattr("ui.main_window.MainWindow.show", lambda self: windows.append(self))
    assert run(["--db", str(path)]) == 0
    assert "shown" in capsys.readouterr().out
    assert windows and windows[0].windowTitle() == "Catalyse — atelier.sqlite"
    assert qapp.applicationName() == "Catalyse" and not qapp.windowIcon().isNull()
    assert qt_translations == ["fr"]
    Store.open(path).close()  # the lock was released


def test_the_interface_language_sets_the_default_locale(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an American system, the French interface writes dates and numbers the French way."""
    from PySide6.QtCore import QLocale

    from ui.app import create_application

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    monkeypatch.setattr("ui.app.preferred_lang", lambda: "fr")
    try:
        create_application([])
        assert QLocale().name() == "fr_FR"
        assert QLocale().toString(1500.5, "f", 1) == "1\u202f500,5"
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def qt_french(qapp: QApplication) -> Any:
    """Qt's own strings in French, as the French interface installs them; removed after."""
    from ui.app import _install_qt_translator

    installed = _install_qt_translator(qapp, "fr")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def _texts(widget: Any) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    labels = {label.text() for label in widget.findChildren(QLabel)}
    return labels | {button.text() for button in widget.findChildren(QAbstractButton)}


def test_qt_dialogs_speak_french(qt_french: Any, qtbot: Any) -> None:
    """In French, Qt's file dialog says "Voir dans" and "Fichiers de type", the print dialog
    "Ensemble de pages", and a message box's buttons are Oui / Non / Annuler."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    files = QFileDialog(None, "Ouvrir")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    shown = _texts(files)
    assert "&Voir dans\u00a0:" in shown and "Fichiers de &type\u00a0:" in shown
    assert not {"&Look in:", "Files of &type:"} & shown
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    assert "En&semble de pages\u00a0:" in _texts(printing)
    assert "Page &Set:" not in _texts(printing)
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Oui", "Non", "Annuler"}


def test_the_app_starts_without_qts_translation_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    """With no qtbase_fr.qm installed, the app still starts, and the strings it knows Qt leaves
    in English are French."""
    from ui.app import _install_qt_translator

    monkeypatch.setattr("ui.app.QLibraryInfo.path", lambda _which: str(tmp_path))
    installed = _install_qt_translator(qapp, "fr")
    try:
        assert len(installed) == 1  # only the app's own few
        files = QFileDialog()
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        assert "&Voir dans\u00a0:" in _texts(files)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_a_file_open_elsewhere_is_explained_in_french_at_start_up(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting on a file another Catalyse window holds says so in French, naming the process."""
    path = tmp_path / "atelier.sqlite"
    seen: list[str] = []
    _answer_with(monkeypatch, "Quitter", seen)
    with Store.open(path):
        assert open_store_interactively(path) is None
    assert "déjà ouvert dans une autre fenêtre de Catalyse (processus" in seen[0]
