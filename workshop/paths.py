"""Where Catalyse keeps its files: the user's application-data folder."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import platformdirs

APP_NAME = "Catalyse"


def data_dir() -> Path:
    """The application-data folder (CATALYSE_DATA_DIR overrides it, for tests and kiosks)."""
    override = os.environ.get("CATALYSE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_database() -> Path:
    return data_dir() / "catalyse.sqlite"


def backups_dir() -> Path:
    return data_dir() / "backups"


def scratch_dir() -> Path:
    """A private folder for the files the app writes for a moment (report previews, a sign-in
    sheet on its way to the printer): emptied of what crashed sessions left at the next start,
    never the system's shared temporary folder (the previews hold names)."""
    folder = data_dir() / "scratch"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def scratch_prefix() -> str:
    """How this process's scratch entries begin (the next start keeps those of live ones)."""
    return f"{os.getpid()}-"


def clean_scratch() -> list[Path]:
    """Remove what processes that are gone left in the scratch folder; returns it."""
    folder = data_dir() / "scratch"
    if not folder.is_dir():
        return []
    removed = []
    for entry in folder.iterdir():
        pid, _, _ = entry.name.partition("-")
        if pid.isdigit() and _process_is_alive(int(pid), entry):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    return removed


def _process_is_alive(pid: int, entry: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would end the process there: a day-old entry is a crash's
        return time.time() - entry.stat().st_mtime < 24 * 3600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a system that cannot tell: keep it
    return True
