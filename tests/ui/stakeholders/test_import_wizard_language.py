"""The import wizard explains an unreadable file in the interface language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import ui.i18n
from ui.stakeholders.import_wizard import ImportWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def wizard(context: Any, qtbot: Any) -> ImportWizard:
    widget = ImportWizard(context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_binary_file_is_explained_in_french(wizard: ImportWizard, tmp_path: Path) -> None:
    """A photo picked by mistake: "photo.csv n'est ni un fichier texte ni un tableur"."""
    junk = tmp_path / "photo.csv"
    junk.write_bytes(bytes(range(256)) * 20)
    wizard.file_page.path.setText(str(junk))
    wizard.next()
    shown = wizard.file_page.error.text()
    assert "photo.csv n'est ni un fichier texte ni un tableur" in shown
    assert "not a text file" not in shown


def test_a_binary_file_is_explained_in_english(
    wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the English interface the same file is "not a text file nor a spreadsheet"."""
    monkeypatch.setattr(ui.i18n, "_current", "en")
    junk = tmp_path / "photo.csv"
    junk.write_bytes(bytes(range(256)) * 20)
    wizard.file_page.path.setText(str(junk))
    wizard.next()
    assert "photo.csv is not a text file nor a spreadsheet" in wizard.file_page.error.text()
