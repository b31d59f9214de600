"""Open a written file (a PDF, a folder) with the system's program, and say so when none can."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def open_with_system(parent: QWidget | None, path: Path) -> bool:
    """Open `path` in the program the system uses for it (a PDF viewer, the file manager).

    When there is none (no PDF viewer installed), a message says so and gives the file's
    full path, with a button to copy it, instead of nothing happening. Returns whether it
    opened.
    """
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("open_file", "Ouvrir le fichier"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        translate(
            "open_file",
            "Aucun programme de cet ordinateur n'a pu ouvrir « {name} ». Le fichier est bien "
            "enregistré ; ouvrez-le depuis ce dossier, ou installez un lecteur de PDF :\n\n{path}",
        ).format(name=path.name, path=path)
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = box.addButton(
        translate("open_file", "Copier le chemin"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is copy:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(str(path))
    return False
