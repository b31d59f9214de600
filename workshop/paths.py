"""Where Catalyse keeps its files: the user's application-data folder."""

from __future__ import annotations

import os
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
