"""Start the desktop application: options, Qt application, translation, database, main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

# Explicitly, not only through ui/__init__: an editable install run from another folder
# imports `ui` as a namespace package, which skips ui/__init__.
import ui.earlyinit  # noqa: F401 (first: see its docstring)

# isort: split
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import (
    QT_FRENCH_GAPS,
    QtGapsTranslator,
    current_lang,
    install_translator,
    preferred_lang,
)
from ui.private_files import keep_settings_private
from workshop.domain.bundle import BUNDLE_SUFFIX
from workshop.errors import CatalyseError
from workshop.paths import APP_NAME, clean_scratch, default_database
from workshop.storage.store import Store

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ORGANISATION = "Catalyse"
DATABASE_FILTER = "Catalyse (*.sqlite *.db);;* (*)"


def parse_options(argv: list[str]) -> argparse.Namespace:
    """The app's own options (`--db PATH`); Qt's options are left to Qt."""
    parser = argparse.ArgumentParser(prog="catalyse", add_help=True)
    parser.add_argument("--db", type=Path, default=None, help="database file to open")
    options, rest = parser.parse_known_args(argv)
    # A .catalyse file given (a double-click in the file manager): offered for import.
    shared = [Path(arg) for arg in rest if arg.lower().endswith(BUNDLE_SUFFIX)]
    options.shared = shared[0] if shared else None
    return options


def open_store_interactively(path: Path, parent: QWidget | None = None) -> Store | None:
    """Open a database; on a refused file, explain and offer another file, or give up (None)."""
    while True:
        try:
            return Store.open(path, lang=current_lang())
        except CatalyseError as error:
            from PySide6.QtWidgets import QFileDialog, QMessageBox  # only when refused

            box = QMessageBox(parent)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(
                QCoreApplication.translate("app", "Catalyse ne peut pas ouvrir ce fichier")
            )
            box.setText(
                QCoreApplication.translate(
                    "app", "Le fichier « {name} » ne peut pas être ouvert."
                ).format(name=path.name)
            )
            box.setInformativeText(str(error))
            other = box.addButton(
                QCoreApplication.translate("app", "Ouvrir un autre fichier…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("app", "Quitter"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(other)
            box.exec()
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                parent,
                QCoreApplication.translate("app", "Ouvrir une base Catalyse"),
                str(path.parent),
                DATABASE_FILTER,
            )
            if not chosen:
                return None
            path = Path(chosen)


def _show_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Errors escaping a slot: a readable message for the user, the details on stderr."""
    from PySide6.QtWidgets import QMessageBox

    if isinstance(error, CatalyseError):
        QMessageBox.warning(QApplication.activeWindow(), "Catalyse", str(error))
        return
    traceback.print_exception(kind, error, trace, file=sys.stderr)
    QMessageBox.critical(
        QApplication.activeWindow(),
        "Catalyse",
        QCoreApplication.translate(
            "app",
            "Une erreur inattendue s'est produite ; votre travail déjà enregistré est en "
            "sécurité.\n\n{error}",
        ).format(error=error),
    )


def create_application(argv: list[str]) -> QApplication:
    """The Qt application, named for QSettings, with the app icon and the user's language."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough  # crisp at 125 % and 150 %
        )
        app = QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("catalyse")
    from ui.icons import icon

    app.setWindowIcon(icon("catalyse"))
    clean_scratch()  # previews a crashed session left behind
    keep_settings_private()
    lang = preferred_lang()
    install_translator(app, lang)
    _install_qt_translator(app, lang)
    return app


def _install_qt_translator(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (Yes/No, file dialogs, undo's "Undo %1") in the interface language:
    Qt's translation file when there is one (the app starts without it), then the few strings
    it leaves in English ("Look in", "Page Set"). Returns the translators installed."""
    installed: list[QTranslator] = []
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        installed.append(translator)
    if lang == "fr":
        installed.append(QtGapsTranslator(QT_FRENCH_GAPS, app))
    for one in installed:
        app.installTranslator(one)
    return installed


SETTLE_DELAY_MS = 2000  # after the first paint, the deferred form and the first backup


def set_startup_objects_aside() -> None:
    """Keep what start-up made (modules, widgets, the open workshop) out of the garbage
    collector's full passes: they then walk only what the session adds, and stay short enough
    not to stall the board while phones post (a full pass over everything took 70 ms)."""
    gc.collect()
    gc.freeze()


def offer_shared_workshop(window: MainWindow, path: Path) -> None:
    """`catalyse FILE.catalyse`: the window opens with the import preview of that workshop."""
    from ui.sharing import import_workshop

    window.share_dialog = import_workshop(window.context, window, str(path))


def run(argv: list[str]) -> int:
    """Open the application on `--db PATH` (default: the data folder's database)."""
    options = parse_options(argv)
    app = create_application(argv)
    store = open_store_interactively(options.db or default_database())
    if store is None:
        return 1
    sys.excepthook = _show_unexpected_error
    from ui.context import AppContext
    from ui.main_window import MainWindow

    context = AppContext(store)
    window = MainWindow(context)
    window.show()
    if options.shared is not None:
        QTimer.singleShot(0, lambda: offer_shared_workshop(window, options.shared))
    QTimer.singleShot(SETTLE_DELAY_MS, set_startup_objects_aside)
    if os.environ.get("CATALYSE_QUIT_WHEN_SHOWN"):  # start-up benchmark
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    code = app.exec()
    context.store.close()
    return code
