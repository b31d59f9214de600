"""Saving a file the user names: the save dialog, the suffix, a clear message on failure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from workshop.errors import CatalyseError


def save_to_chosen_file(
    parent: QWidget,
    title: str,
    suggested: str,
    filters: Sequence[tuple[str, str]],
    write: Callable[[Path], object],
) -> Path | None:
    """Ask where to save, write there, warn if it fails; the path written, or None.

    `filters` are (label, suffix) pairs such as ("Fichier CSV (*.csv)", ".csv"); a name
    typed without one of the suffixes gets the chosen filter's.
    """
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, suggested, ";;".join(label for label, _ in filters)
    )
    if not path:
        return None
    target = Path(path)
    suffixes = {suffix for _, suffix in filters}
    if target.suffix.lower() not in suffixes:
        suffix = next((s for label, s in filters if label == chosen), filters[0][1])
        target = target.with_name(target.name + suffix)
    try:
        write(target)
    except (OSError, CatalyseError) as error:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate("SaveFile", "Impossible d'écrire {path} : {error}").format(
                path=target, error=error
            ),
        )
        return None
    return target
