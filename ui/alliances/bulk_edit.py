"""Recording the partners' replies at once: the commitments chosen in the follow-up list get a
status, a done date and a note, by keyboard, in one undoable step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from ui.widgets.date_field import DateField, confirm_far_date
from workshop.domain.records import CommitmentId
from workshop.domain.vocabulary import CommitmentStatus
from workshop.errors import InvalidInput
from workshop.ops import alliances as ops


class BulkEditDialog(QDialog):
    """Status (or unchanged), done date (optional: it makes them done) and a note to add."""

    def __init__(
        self,
        context: AppContext,
        commitment_ids: Sequence[CommitmentId],
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ids = list(commitment_ids)
        self.today = today or dt.date.today()
        lang = current_lang()
        self.setWindowTitle(self.tr("Modifier {count} engagement(s)").format(count=len(self.ids)))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Nouveau statut"))
        self.status.addItem(self.tr("— inchangé —"), None)
        for status in CommitmentStatus:
            self.status.addItem(status.label(lang), status)
        self.done_date = DateField(optional=True)
        self.done_date.setAccessibleName(self.tr("Réalisé le (laisser vide si non réalisé)"))
        self.done_date.set_value(None)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note ajoutée à chaque engagement"))
        self.note.setPlaceholderText(self.tr("ex. Réponse du 03/12 : confirmé par courriel"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #B71C1C;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for text, field in (
            (self.tr("&Statut"), self.status),
            (self.tr("&Réalisé le"), self.done_date),
            (self.tr("&Note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.setFocus()

    def save(self) -> None:
        """Apply what was chosen (nothing chosen: the dialog just closes)."""
        status = self.status.currentData()
        done = self.done_date.value()
        note = self.note.text().strip()
        if status is None and done is None and not note:
            self.reject()
            return
        if not confirm_far_date(self, done, self.today):
            self.done_date.setFocus(Qt.FocusReason.OtherFocusReason)  # 2002 typed for 2026
            return
        try:
            self.context.apply(
                self.tr("Modifier {count} engagement(s)").format(count=len(self.ids)),
                lambda store: ops.update_commitments(
                    store,
                    self.ids,
                    status=status,
                    done_date=done,
                    note=note,
                    today=self.today,
                    lang=current_lang(),
                ),
            )
        except InvalidInput as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
