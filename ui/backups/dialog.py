"""The "Restaurer une sauvegarde" dialog: the database's backups with what each holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang, interface_locale, typed_date_format
from ui.widgets.date_field import long_date
from workshop.backup import BackupInfo, format_size, list_backups, restore, take_backup
from workshop.errors import CatalyseError
from workshop.storage.store import Store

Index = QModelIndex | QPersistentModelIndex
FIGURES = ("workshops", "people", "organisations", "cards", "commitments")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsModel", text)


class BackupsModel(QAbstractTableModel):
    """The backups of one database, newest first: date, content figures and size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupInfo] = []
        self._headers = [
            _tr("Date"),
            _tr("Ateliers"),
            _tr("Personnes"),
            _tr("Organisations"),
            _tr("Contributions"),
            _tr("Engagements"),
            _tr("Taille"),
        ]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return info
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None

    def _display(self, info: BackupInfo, column: int) -> str:
        """In the interface language, whatever the system's: 01/12/2026 08:16, 188 Ko."""
        locale = interface_locale()
        if column == 0:
            return short_date_time(info.taken_at)
        if column == len(self._headers) - 1:
            return format_size(info.size, current_lang())
        if info.figures is None:
            return _tr("illisible") if column == 1 else ""
        return locale.toString(int(getattr(info.figures, FIGURES[column - 1])))


def short_date_time(when: dt.datetime) -> str:
    """A backup's date and time as the interface language writes them (01/12/2026 08:16)."""
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return interface_locale().toString(moment, f"{typed_date_format()} HH:mm")


def long_date_time(when: dt.datetime) -> str:
    """A backup's date and time in words: "1 décembre 2026 à 08:16"."""
    return _tr("{date} à {time}").format(date=long_date(when.date()), time=when.strftime("%H:%M"))


class BackupsDialog(QDialog):
    """Lists the open database's backups; takes one now, or restores the one selected.

    Restoring replaces the open database (the current file is kept aside, never overwritten),
    then the application switches to the restored file through `context.replace_store`.
    """

    restored = Signal(object)  # the Path where the previous file was set aside (or None)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._folder = folder
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.resize(760, 420)

        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Sauvegardes"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self._empty = QLabel(self.tr("Aucune sauvegarde pour l'instant."), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"), self)
        self.backup_button.setAccessibleName(self.tr("Sauvegarder maintenant"))
        self.restore_button = QPushButton(self.tr("Restaurer…"), self)
        self.restore_button.setAccessibleName(self.tr("Restaurer la sauvegarde choisie"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._empty)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the backups folder again (reading changes no file)."""
        store = self.context.store
        self._intro.setText(
            self.tr(
                "Sauvegardes de « {name} », de la plus récente à la plus ancienne. Catalyse "
                "en fait une à l'ouverture d'un atelier et toutes les 10 minutes pendant "
                "qu'il change."
            ).format(name=store.path.name)
        )
        self.model.set_backups(list_backups(store.path, folder=self._folder))
        self._empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        read_only = self.context.store.read_only
        info = self.selected_backup()
        self.restore_button.setEnabled(
            info is not None and info.figures is not None and not read_only
        )
        self.backup_button.setEnabled(not read_only)
        if read_only:
            self.restore_button.setToolTip(
                self.tr("La base est ouverte en lecture seule : impossible de la remplacer.")
            )

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        if self.restore_button.isEnabled():
            self._on_restore_button_clicked()

    def _on_backup_button_clicked(self) -> None:
        try:
            take_backup(self.context.store, folder=self._folder, lang=current_lang())
        except CatalyseError as error:
            self._warn(self.tr("La sauvegarde a échoué"), str(error))
        self.refresh()

    def _on_restore_button_clicked(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        when = long_date_time(info.taken_at)
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer la base ouverte par la sauvegarde du {when} ?\n\n"
                "La base actuelle n'est pas effacée : elle est gardée à part, à côté "
                "d'elle. L'historique d'annulation est vidé."
            ).format(when=when),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_backup(info)

    def restore_backup(self, info: BackupInfo) -> Path | None:
        """Put a backup in place of the open database and switch the application to it."""
        path = self.context.store.path
        self.context.store.close()  # releases the lock, so that restore can take it
        try:
            aside = restore(info.path, path, lang=current_lang())
        except CatalyseError as error:
            self._reopen(path)
            self._warn(self.tr("La restauration a échoué"), str(error))
            return None
        self._reopen(path)
        self.refresh()
        self.restored.emit(aside)
        QMessageBox.information(
            self,
            self.tr("Sauvegarde restaurée"),
            self.tr(
                "La sauvegarde est restaurée. L'ancienne base est gardée sous le nom « {name} »."
            ).format(name=aside.name if aside else "—"),
        )
        return aside

    def _reopen(self, path: Path) -> None:
        try:
            store = Store.open(path, lang=current_lang())
        except CatalyseError as error:
            self._warn(self.tr("Impossible de rouvrir la base"), str(error))
            return
        self.context.replace_store(store)

    def _warn(self, title: str, reason: str) -> None:
        QMessageBox.warning(self, title, reason)
