"""Why a file cannot be imported, in French or English."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.importing import UnreadableFile, read_table


@pytest.mark.parametrize(
    ("content", "french", "english"),
    [
        (b"", "inscrits.csv est vide : aucune ligne d'en-têtes trouvée", "is empty"),
        (b"\x00\x01binary\x00\xff", "inscrits.csv n'est ni un fichier texte ni un tableur", "nor"),
        (b"\xd0\xcf\x11\xe0" + b"\x00" * 64, "ancien fichier Excel (.xls)", "old Excel"),
        (b"PK\x03\x04 pas un zip", "inscrits.csv n'est pas un fichier .xlsx lisible", "readable"),
    ],
)
def test_unreadable_files_are_explained_in_the_language_asked(
    tmp_path: Path, content: bytes, french: str, english: str
) -> None:
    """The same unreadable file is explained in French for the French interface, in English
    for the command line."""
    path = tmp_path / "inscrits.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as in_french:
        read_table(path, "fr")
    assert french in str(in_french.value)
    with pytest.raises(UnreadableFile, match=english):
        read_table(path)


def test_missing_files_and_folders_in_french(tmp_path: Path) -> None:
    """A missing file or a folder is named, in French."""
    with pytest.raises(UnreadableFile, match=r"absent\.csv n'existe pas"):
        read_table(tmp_path / "absent.csv", "fr")
    with pytest.raises(UnreadableFile, match="est un dossier, pas un fichier"):
        read_table(tmp_path, "fr")
