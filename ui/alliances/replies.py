"""Importing a partner's return sheet: what each row changes, shown before anything is saved,
then applied in one undoable step (rows that cannot be read are listed with their reason)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from workshop.domain.quantities import format_date
from workshop.importing.replies import Reply, ReplyPreview, apply_replies


class ReplyImportDialog(QDialog):
    """The rows of the sheet with what they change; Appliquer saves the applicable ones."""

    def __init__(
        self,
        context: AppContext,
        preview: ReplyPreview,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preview = preview
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Réponses d'un partenaire"))
        applicable, refused = len(preview.applicable), len(preview.refused)
        summary = QLabel(
            self.tr(
                "{organisations} : {applicable} engagement(s) à mettre à jour, {refused} ligne(s) "
                "illisible(s) laissée(s) de côté."
            ).format(
                organisations=", ".join(preview.organisations) or self.tr("aucun partenaire"),
                applicable=applicable,
                refused=refused,
            )
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        headers = [
            self.tr("Ligne"),
            self.tr("Engagement"),
            self.tr("Statut"),
            self.tr("Réalisé le"),
            self.tr("Nouvelle échéance"),
            self.tr("Commentaire"),
            self.tr("Problème"),
        ]
        rows = [r for r in preview.replies if r.changes or r.problems]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setAccessibleName(self.tr("Modifications lues dans la fiche"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, reply in enumerate(rows):
            for column, text in enumerate(self._cells(reply)):
                item = QTableWidgetItem(text)
                if reply.problems:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("&Appliquer {count} mise(s) à jour").format(count=applicable),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.apply_button.setEnabled(applicable > 0)
        self.apply_button.setDefault(True)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 460)
        (self.apply_button if applicable else self.table).setFocus()  # Entrée applies

    def _cells(self, reply: Reply) -> list[str]:
        lang = current_lang()
        view = reply.view
        what = f"{view.organisation} – {view.commitment.description}" if view else reply.reference
        status = ""
        if reply.status is not None and view is not None:
            status = f"{view.commitment.status.label(lang)} → {reply.status.label(lang)}"
        return [
            str(reply.row),
            what,
            status,
            format_date(reply.done_date),
            format_date(reply.new_due),
            reply.comment,
            "; ".join(reply.problems),
        ]

    def apply(self) -> None:
        """Save every applicable row at once (one step in the Edit menu)."""
        count = len(self.preview.applicable)
        if count == 0:
            return
        self.context.apply(
            self.tr("Réponses de {organisations}").format(
                organisations=", ".join(self.preview.organisations)
            ),
            lambda store: apply_replies(store, self.preview, today=self.today, lang=current_lang()),
        )
        self.accept()
