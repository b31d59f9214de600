"""Read-back: the commitments one at a time in large type, for the room to confirm each one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from ui.widgets.date_field import DateField, confirm_far_date
from workshop.domain.changes import Area, Changes
from workshop.domain.quantities import OPEN_STATUSES, add_months, format_date
from workshop.domain.totals import format_amount
from workshop.domain.vocabulary import KIND_COLOURS, CommitmentStatus
from workshop.ops import alliances as ops
from workshop.queries.commitments import CommitmentView, commitment_views

STATUS_COLOURS = {
    CommitmentStatus.PROPOSE: "#8D6E00",
    CommitmentStatus.CONFIRME: "#1B5E20",
    CommitmentStatus.REALISE: "#0D47A1",
    CommitmentStatus.ABANDONNE: "#616161",
}
KEY_STATUS = {
    Qt.Key.Key_Return: CommitmentStatus.CONFIRME,
    Qt.Key.Key_Enter: CommitmentStatus.CONFIRME,
    Qt.Key.Key_R: CommitmentStatus.REALISE,
    Qt.Key.Key_A: CommitmentStatus.ABANDONNE,
}


def _label(point_size: int, bold: bool = False) -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    return label


class ReadBackView(QWidget):
    """Steps through commitments: Space/→ next, ← back, Enter confirms, R done, A dropped.

    Every status change is one undoable step. Escape emits `finished`.
    """

    finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Relecture des engagements"))
        self.setAutoFillBackground(True)
        self.setStyleSheet("ReadBackView { background: #FFFFFF; } QLabel { color: #111111; }")
        self._ids: list[int] = []
        self.title = ""
        self._views: list[CommitmentView] = []
        self.position = 0
        self.counter = _label(18)
        self.alliance = _label(22)
        self.organisation = _label(40, bold=True)
        self.description = _label(34)
        self.amount = _label(30, bold=True)
        self.due = _label(22)
        self.status = _label(26, bold=True)
        self.help = _label(13)
        self.help.setText(
            self.tr(
                "Espace ou → : suivant · ← : précédent · Entrée : confirmé · "
                "R : réalisé · A : abandonné · D : reporter à une nouvelle date · Échap : quitter"
            )
        )
        self.help.setStyleSheet("color: #455A64;")
        self.new_date = DateField()
        self.new_date.setAccessibleName(self.tr("Nouvelle échéance"))
        date_font = QFont()
        date_font.setPointSize(20)  # read from the back of the room, like the rest
        self.new_date.setFont(date_font)
        self.new_date_label = _label(20)
        self.new_date_label.setText(
            self.tr("Nouvelle échéance (Entrée pour reporter, Échap pour annuler) :")
        )
        self.new_date.installEventFilter(self)
        carry = QHBoxLayout()
        carry.addStretch(1)
        carry.addWidget(self.new_date_label)
        carry.addWidget(self.new_date)
        carry.addStretch(1)
        self.carry_row = QWidget()
        self.carry_row.setLayout(carry)
        self.carry_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.counter)
        layout.addWidget(self.alliance)
        layout.addStretch(1)
        for label in (self.organisation, self.description, self.amount, self.due, self.status):
            layout.addWidget(label)
            layout.addSpacing(12)
        layout.addWidget(self.carry_row)
        layout.addStretch(2)
        layout.addWidget(self.help)
        self.refresher = Refresher(
            context,
            self,
            {Area.COMMITMENTS, Area.ALLIANCES, Area.ORGANISATIONS, Area.PEOPLE},
            self._on_data_changed,
        )

    def start(self, views: Sequence[CommitmentView], position: int = 0, title: str = "") -> None:
        """Read back these commitments, from `position` (`title`: what is reviewed)."""
        self.title = title
        self._ids = [v.id for v in views]
        self._views = list(views)
        self.position = min(max(position, 0), max(len(self._views) - 1, 0))
        self._show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> CommitmentView | None:
        return self._views[self.position] if self._views else None

    def _on_data_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Area.FILE):
            self._ids = []  # another file: these ids name other commitments
        if not self._ids:
            self._views = []
            self._show()
            return
        fresh = {v.id: v for v in commitment_views(self.context.store)}
        self._views = [fresh[i] for i in self._ids if i in fresh]
        self._ids = [v.id for v in self._views]
        self.position = min(self.position, max(len(self._views) - 1, 0))
        self._show()

    def _show(self) -> None:
        view = self.current()
        lang = current_lang()
        if view is None:
            for label in (self.alliance, self.description, self.amount, self.due, self.status):
                label.clear()
            self.counter.clear()
            self.organisation.setText(self.tr("Aucun engagement à relire."))
            return
        c = view.commitment
        counter = self.tr("Engagement {n} sur {total}").format(
            n=self.position + 1, total=len(self._views)
        )
        self.counter.setText(f"{self.title} · {counter}" if self.title else counter)
        self.alliance.setText(view.alliance)
        self.organisation.setText(view.organisation)
        colour = KIND_COLOURS[view.organisation_kind]
        self.organisation.setStyleSheet(f"color: {colour};")
        self.description.setText(c.description)
        amount = format_amount(c.quantity, c.unit, current_lang()) if c.quantity else ""
        self.amount.setText(
            " · ".join(part for part in (c.resource_kind.label(lang), amount) if part)
        )
        due = (
            self.tr("Échéance : {date}").format(date=format_date(c.due_date))
            if c.due_date
            else self.tr("Sans échéance")
        )
        if view.overdue(dt.date.today()):
            due = self.tr("{due} – en retard").format(due=due)  # not by colour alone
        self.due.setText(due)
        self.status.setText(c.status.label(lang))
        self.status.setStyleSheet(f"color: {STATUS_COLOURS[c.status]};")
        self.setAccessibleDescription(
            f"{view.organisation} : {c.description}, {amount}, {c.status.label(lang)}"
        )

    def step(self, delta: int) -> None:
        if self._views:
            self.position = min(max(self.position + delta, 0), len(self._views) - 1)
            self._show()

    def set_status(self, status: CommitmentStatus) -> None:
        """Give the current commitment a status (undoable), then move to the next one."""
        view = self.current()
        if view is None:
            return
        if view.commitment.status != status:
            self.context.apply(
                QCoreApplication.translate(
                    "AllianceCommands", "Passer l'engagement à « {status} »"
                ).format(status=status.label(current_lang())),
                lambda store: ops.set_commitment_status(store, view.id, status),
            )
        self.step(1)

    def ask_new_date(self) -> None:
        """Carry the current commitment over: a date field opens under it (three months on)."""
        view = self.current()
        if view is None or view.commitment.status not in OPEN_STATUSES:
            return
        start = view.commitment.due_date or dt.date.today()
        self.new_date.set_value(add_months(max(start, dt.date.today()), 3))
        self.carry_row.show()
        self.new_date.setFocus(Qt.FocusReason.OtherFocusReason)

    def carry_over(self) -> None:
        """Give the current commitment the date typed (undoable), then move to the next one."""
        view = self.current()
        due = self.new_date.value()
        if due is not None and not confirm_far_date(self, due):
            self.new_date.setFocus(Qt.FocusReason.OtherFocusReason)  # 2202 for 2026: corrected
            return
        self._close_carry()
        if view is None or due is None:
            return
        if due != view.commitment.due_date:
            self.context.apply(
                QCoreApplication.translate(
                    "AllianceCommands", "Reporter l'engagement au {date}"
                ).format(date=format_date(due)),
                lambda store: ops.carry_over_commitment(store, view.id, due, lang=current_lang()),
            )
        self.step(1)

    def _close_carry(self) -> None:
        self.carry_row.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if watched is self.new_date and pressed:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.carry_over()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._close_carry()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.step(-1)
        elif key == Qt.Key.Key_D:
            self.ask_new_date()
        elif key in KEY_STATUS:
            self.set_status(KEY_STATUS[Qt.Key(key)])
        elif key == Qt.Key.Key_Escape:
            self.finished.emit()
        else:
            super().keyPressEvent(event)
