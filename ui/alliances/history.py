"""A commitment's history on screen: idea card, alliance, making, reminders, status changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import current_lang
from workshop.queries.commitments import CommitmentView
from workshop.queries.timeline import commitment_timeline, describe


class CommitmentHistoryDialog(QDialog):
    """The timeline of one commitment, oldest first, one line per step (plain text)."""

    def __init__(
        self, context: AppContext, view: CommitmentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historique de l'engagement"))
        lang = current_lang()
        title = QLabel(
            self.tr("{organisation} – {what} (alliance « {alliance} »)").format(
                organisation=view.organisation,
                what=view.commitment.description or view.commitment.resource_kind.label(lang),
                alliance=view.alliance,
            )
        )
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Étapes de l'engagement"))
        for event in commitment_timeline(context.store, view.id):
            when = event.at.strftime("%d/%m/%Y %H:%M") if event.at else "—"
            self.steps.addItem(f"{when}   {describe(event, lang)}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.steps, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.steps.setCurrentRow(self.steps.count() - 1)
        self.steps.setFocus()
