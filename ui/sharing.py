"""File > Exporter l'atelier / Importer un atelier: hand a workshop over to another catalyst as
a `.catalyse` file, and receive one after a preview of what it creates, matches and updates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.bundle import BUNDLE_SUFFIX
from workshop.errors import CatalyseError
from workshop.exporting.share import write_share
from workshop.importing.share import SharePreview, import_share, preview_share, read_bundle


def _tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def export_workshop(context: AppContext, parent: QWidget, path: str = "") -> Path | None:
    """Write the current workshop as a bundle (without contact details: the command line can
    add them with a GDPR basis); returns the file written."""
    workshop_id = context.current_workshop_id
    if workshop_id is None:
        return None
    title = context.store.workshops.get(workshop_id).title
    if not path:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            _tr("Exporter l'atelier pour un autre catalyseur"),
            f"{title[:60]}{BUNDLE_SUFFIX}",
            _tr("Atelier Catalyse (*.catalyse)"),
        )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != BUNDLE_SUFFIX:
        target = target.with_name(target.name + BUNDLE_SUFFIX)
    try:
        write_share(context.store, workshop_id, target)
    except OSError as error:
        QMessageBox.warning(parent, _tr("Export impossible"), error.strerror or str(error))
        return None
    return target


class ShareImportDialog(QDialog):
    """What the bundle creates, matches and updates; Importer merges it (one undo)."""

    def __init__(
        self,
        context: AppContext,
        bundle: dict[str, Any],
        preview: SharePreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.bundle = bundle
        self.setWindowTitle(_tr("Importer un atelier"))
        self.summary = text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(_tr("Ce que l'import fera"))
        text.setPlainText(self.describe(preview))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            _tr("&Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(preview.already is None)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)
        (self.import_button if preview.already is None else text).setFocus()

    @staticmethod
    def describe(preview: SharePreview) -> str:
        if preview.already is not None:
            return _tr("Cet atelier est déjà importé (« {title} ») : rien à faire.").format(
                title=preview.already.title
            )
        lines = [
            _tr(
                "Atelier « {title} » : {cards} carte(s), {alliances} alliance(s), "
                "{commitments} engagement(s)."
            ).format(
                title=preview.workshop,
                cards=preview.cards,
                alliances=preview.alliances,
                commitments=preview.commitments,
            ),
            "",
        ]
        for heading, outcome in (
            (_tr("Organisations"), preview.organisations),
            (_tr("Personnes"), preview.people),
        ):
            lines.append(
                _tr(
                    "{heading} : {created} nouvelle(s), {matched} déjà connue(s), "
                    "{updated} complétée(s)"
                ).format(
                    heading=heading,
                    created=len(outcome["created"]),
                    matched=len(outcome["matched"]),
                    updated=len(outcome["updated"]),
                )
            )
            for key, label in (
                ("created", _tr("nouvelle")),
                ("updated", _tr("complétée")),
                ("matched", _tr("déjà connue")),
            ):
                lines += [f"  • {name} ({label})" for name in outcome[key]]
            lines.append("")
        return "\n".join(lines)

    def merge(self) -> None:
        self.context.apply(
            _tr("Importer l'atelier « {title} »").format(title=self.bundle["workshop"]["title"]),
            lambda store: import_share(store, self.bundle),
        )
        self.accept()


def import_workshop(
    context: AppContext, parent: QWidget, path: str = ""
) -> ShareImportDialog | None:
    """Read a bundle and show what importing it would do (nothing is written before Importer)."""
    if not path:
        path, _ = QFileDialog.getOpenFileName(
            parent, _tr("Importer un atelier"), "", _tr("Atelier Catalyse (*.catalyse)")
        )
    if not path:
        return None
    try:
        bundle = read_bundle(Path(path), current_lang())
    except CatalyseError as error:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Import impossible"), str(error))
        box.setParent(parent, box.windowFlags())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return None
    dialog = ShareImportDialog(context, bundle, preview_share(context.store, bundle), parent)
    dialog.open()
    return dialog
