"""Automatic backups: one when a workshop opens, then every 10 minutes while the data changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ui.context import AppContext
from ui.i18n import current_lang
from workshop.backup import take_backup
from workshop.domain.changes import Area, Changes
from workshop.errors import CatalyseError

INTERVAL_MS = 10 * 60 * 1000


class AutoBackup(QObject):
    """Takes backups of the open database without ever interrupting the facilitator.

    A backup is taken at start, when another workshop or database is opened (unless nothing
    changed since the last one), and on each 10-minute tick if the store changed in between.
    A failure is reported through `backup_failed` (for the status bar), never as a dialog.
    """

    backup_taken = Signal(object)  # Path of the new backup
    backup_failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._folder = folder
        self._changed = True  # nothing backed up yet
        self._backed_up_path: Path | None = None
        self.last_backup: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        context.data_changed.connect(self._on_context_data_changed)

    def start(self) -> None:
        """Back up the database as it is opened, then keep the 10-minute rhythm."""
        self.back_up_if_needed()
        self.timer.start()

    def back_up_if_needed(self) -> Path | None:
        """Take a backup unless this database has not changed since the last one."""
        store = self.context.store
        if store.read_only:
            return None  # the window that writes it keeps its backups
        if not self._changed and self._backed_up_path == store.path:
            return None
        try:
            path = take_backup(store, folder=self._folder, lang=current_lang())
        except CatalyseError as error:
            self.backup_failed.emit(str(error))
            return None
        self._changed = False
        self._backed_up_path = store.path
        self.last_backup = path
        self.backup_taken.emit(path)
        return path

    def _on_timer_timeout(self) -> None:
        if self._changed:
            self.back_up_if_needed()

    def _on_context_data_changed(self, changes: Changes, _initiator: object) -> None:
        """Data changed: back up at the next tick; another file or workshop: back up now."""
        if changes.areas - {Area.CURRENT_WORKSHOP, Area.FILE}:
            self._changed = True
        if changes.touches(Area.FILE):
            self._changed = True
            self.back_up_if_needed()
        elif changes.touches(Area.CURRENT_WORKSHOP) and self.context.current_workshop_id:
            self.back_up_if_needed()
