"""File > Exporter l'atelier / Importer un atelier: a workshop handed over in the app, the
import previewed before anything is written, merged in one undo, and refused when not a bundle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.context import AppContext
from ui.sharing import export_workshop, import_workshop
from workshop.storage.store import Store


def test_a_workshop_exported_then_imported_in_another_file(
    context: AppContext, qtbot, tmp_path: Path
) -> None:
    """Exported from the demo, imported into an empty file: the preview names what is new,
    Importer merges it, and one undo takes it back."""
    written = export_workshop(context, None, str(tmp_path / "atelier"))
    assert written == tmp_path / "atelier.catalyse" and written.exists()
    other = AppContext(Store.open(tmp_path / "other.sqlite"))
    dialog = import_workshop(other, None, str(written))
    qtbot.addWidget(dialog)
    preview = dialog.summary.toPlainText()
    assert "Organisations : " in preview and "0 déjà connue(s)" in preview
    assert other.store.workshops.count() == 0
    assert dialog.import_button.isDefault()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    assert other.store.workshops.count() == 1 and other.store.board.cards.count() > 0
    assert other.undo_stack.undoText().startswith("Importer l'atelier")
    other.undo_stack.undo()
    assert other.store.workshops.count() == 0


def test_a_file_that_is_not_a_bundle_is_refused_with_a_message(
    context: AppContext, tmp_path: Path, monkeypatch
) -> None:
    """A PDF renamed .catalyse: a message says so and nothing is imported."""
    fake = tmp_path / "rapport.catalyse"
    fake.write_bytes(b"%PDF-1.4 not a bundle")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()))
    assert import_workshop(context, None, str(fake)) is None
    assert said and "n'est pas un atelier Catalyse" in said[0]
