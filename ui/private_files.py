"""Files the app writes for its user only: the settings file, the moment's scratch files."""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QSettings, QTemporaryDir

from workshop.paths import scratch_dir, scratch_prefix


def private_temporary_dir(purpose: str) -> QTemporaryDir:
    """A temporary folder in the app's private scratch folder, removed when dropped, and at the
    next start if the app crashed before (see workshop.paths.clean_scratch)."""
    return QTemporaryDir(str(scratch_dir() / f"{scratch_prefix()}{purpose}-XXXXXX"))


def keep_settings_private(settings: QSettings | None = None) -> None:
    """The settings file (it holds the phones' access code) readable by its owner only."""
    settings = settings or QSettings()
    settings.sync()
    with contextlib.suppress(OSError):
        os.chmod(settings.fileName(), 0o600)
