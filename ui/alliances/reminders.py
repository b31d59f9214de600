"""The reminders (relances) of the commitments chosen in the follow-up list: one draft per
partner and recipient, read before it goes, copied, opened in the mail program or saved as
`.eml` files. Catalyse sends nothing itself; each reminder made is recorded on its commitments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import current_lang
from workshop.exporting.reminders import Draft, draft_of, mailto_link, write_drafts
from workshop.ops.reminders import Reminded, record_reminders
from workshop.queries.commitments import CommitmentView
from workshop.queries.reminders import grouped_reminders

MAX_MAILTO = 1800  # characters: longer mailto links are cut by some mail programs


def drafts_for(
    context: AppContext, views: Sequence[CommitmentView], today: dt.date, now: dt.datetime
) -> list[Draft]:
    """The drafts reminding these commitments on `today`, in the interface's language."""
    lang = current_lang()
    return [
        draft_of(reminder, today, now, lang) for reminder in grouped_reminders(context.store, views)
    ]


class ReminderDialog(QDialog):
    """The drafts, one per line, and the one chosen in full; what is done with each is kept."""

    def __init__(
        self,
        context: AppContext,
        drafts: list[Draft],
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        choose_folder: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.drafts = drafts
        self._now = now
        self._choose_folder = choose_folder or self._ask_folder
        self.saved_to: list[Path] = []
        self.setWindowTitle(self.tr("Relancer les partenaires"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Messages de relance"))
        for draft in drafts:
            to = draft.to_email or self.tr("adresse à compléter")
            count = len(draft.reminder.commitments)
            self.list.addItem(
                self.tr("{organisation} – {name} <{to}> ({count} engagement(s))").format(
                    organisation=draft.reminder.organisation,
                    name=draft.to_name or self.tr("destinataire inconnu"),
                    to=to,
                    count=count,
                )
            )
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Message choisi"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copier le message"))
        self.mail_button = QPushButton(self.tr("&Ouvrir dans la messagerie"))
        self.save_button = QPushButton(self.tr("&Enregistrer tous les brouillons (.eml)…"))
        self.copy_button.clicked.connect(self.copy_current)
        self.mail_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.save_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.mail_button, self.save_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        intro = QLabel(
            self.tr(
                "Catalyse n'envoie aucun courriel : relisez chaque message, puis copiez-le, "
                "ouvrez-le dans votre messagerie ou enregistrez les brouillons. Chaque relance "
                "est notée sur ses engagements."
            )
        )
        intro.setWordWrap(True)
        panes = QHBoxLayout()
        panes.addWidget(self.list, 2)
        panes.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(panes, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.list.currentRowChanged.connect(self._show)
        self.resize(1000, 560)
        if drafts:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def current(self) -> Draft | None:
        row = self.list.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _show(self, _row: int) -> None:
        draft = self.current()
        if draft is None:
            self.preview.clear()
            return
        to = draft.to_email or self.tr("(adresse à compléter)")
        self.preview.setPlainText(
            self.tr("À : {to}\nObjet : {subject}\n\n{body}").format(
                to=to, subject=draft.subject, body=draft.body
            )
        )

    def _record(self, drafts: Sequence[Draft], channel: str) -> None:
        reminded = [
            Reminded(view.id, draft.to_name, draft.to_email)
            for draft in drafts
            for view in draft.reminder.commitments
        ]
        now = self._now()
        self.context.apply(
            self.tr("Relancer {count} partenaire(s)").format(count=len(drafts)),
            lambda store: record_reminders(store, reminded, made_at=now, channel=channel),
        )

    def copy_current(self) -> None:
        """The chosen message (recipient, subject, body) on the clipboard, to paste in a mail."""
        draft = self.current()
        if draft is None:
            return
        QGuiApplication.clipboard().setText(self.preview.toPlainText())
        self._record([draft], "copy")
        self.status.setText(
            self.tr("Message pour {organisation} copié : collez-le dans votre messagerie.").format(
                organisation=draft.reminder.organisation
            )
        )

    def open_current(self) -> None:
        """The chosen message opened in the mail program (mailto:); too long, it is copied."""
        draft = self.current()
        if draft is None:
            return
        link = mailto_link(draft)
        if len(link) > MAX_MAILTO or not QDesktopServices.openUrl(QUrl(link)):
            self.copy_current()
            self.status.setText(
                self.tr(
                    "La messagerie n'a pas pu s'ouvrir avec ce message (trop long, ou aucune "
                    "messagerie) : il est copié, collez-le dans un nouveau courriel."
                )
            )
            return
        self._record([draft], "mailto")
        self.status.setText(
            self.tr("Message pour {organisation} ouvert dans la messagerie.").format(
                organisation=draft.reminder.organisation
            )
        )

    def _ask_folder(self, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("Dossier des brouillons"))

    def save_all(self) -> None:
        """Every draft as an .eml file in a folder the user picks, which then opens."""
        if not self.drafts:
            return
        folder = self._choose_folder(self)
        if not folder:
            return
        try:
            self.saved_to = write_drafts(self.drafts, Path(folder))
        except OSError as error:
            self.status.setText(
                self.tr("Les brouillons n'ont pas pu être enregistrés : {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        self._record(self.drafts, "eml")
        self.status.setText(
            self.tr("{count} brouillon(s) enregistré(s) dans {folder}.").format(
                count=len(self.saved_to), folder=folder
            )
        )
