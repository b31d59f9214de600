"""Backups speak the interface's language: refusals in French or English, sizes as written."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from workshop.backup import format_size, restore
from workshop.errors import CatalyseError, DatabaseInUse
from workshop.storage.store import Store


@pytest.mark.parametrize(
    ("size", "fr", "en"),
    [
        (1, "1\u00a0octet", "1\u00a0byte"),
        (512, "512\u00a0octets", "512\u00a0bytes"),
        (192_512, "188\u00a0Ko", "188\u00a0KB"),
        (5_500_000, "5,2\u00a0Mo", "5.2\u00a0MB"),
        (10 * 1024 * 1024, "10\u00a0Mo", "10\u00a0MB"),
        (3 * 1024**3, "3\u00a0Go", "3\u00a0GB"),
    ],
)
def test_sizes_are_written_the_way_each_language_does(size: int, fr: str, en: str) -> None:
    """A backup of 192 512 bytes is "188 Ko" in French and "188 KB" in English."""
    assert format_size(size, "fr") == fr
    assert format_size(size, "en") == en


def test_a_restore_refusal_is_in_french(db_path: Path, tmp_path: Path) -> None:
    """Restoring something that is not a backup, or over an open file, is refused in French."""
    with pytest.raises(CatalyseError, match="n'est pas un fichier de sauvegarde"):
        restore(tmp_path / "rien.sqlite", db_path, lang="fr")
    backup = tmp_path / "copie.sqlite"
    Store.open(backup).close()
    with Store.open(db_path), pytest.raises(DatabaseInUse) as refused:
        restore(backup, db_path, lang="fr")
    message = str(refused.value)
    assert "est déjà ouvert dans une autre fenêtre de Catalyse" in message
    assert f"processus {os.getpid()} sur {socket.gethostname()}" in message
    with pytest.raises(CatalyseError, match="is not a backup file"):
        restore(tmp_path / "rien.sqlite", db_path)  # the command line's English
