"""The commitment wall for the projector: per alliance, who commits what, and the totals."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.alliances.readback import STATUS_COLOURS
from ui.context import AppContext
from ui.i18n import current_lang
from ui.refresh import Refresher
from workshop.domain.changes import Area, Changes
from workshop.domain.records import Alliance, Commitment
from workshop.domain.totals import (
    SUMMED_STATUSES,
    format_amount,
    resource_line,
    status_line,
    status_word,
)
from workshop.domain.vocabulary import KIND_COLOURS, CommitmentStatus, Lang
from workshop.queries.commitments import CommitmentView, commitment_totals, commitment_views


def _text(text: str, point_size: int, *, bold: bool = False, colour: str = "#111111") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {colour};")
    return label


def totals_text(views: list[CommitmentView], lang: Lang) -> str:
    """One line per resource kind, each status apart (abandoned ones never summed):

    "Financier : 4 500 € confirmés · 37 000 € proposés"
    "Humain / bénévolat : 14 heures confirmées · 12 heures proposées · 6 personnes proposées"
    """
    totals = commitment_totals(v.commitment for v in views)
    return "\n".join(
        QCoreApplication.translate("CommitmentWall", "{kind} : {amounts}").format(
            kind=kind.label(lang), amounts=resource_line(group, lang)
        )
        for kind, group in totals.by_kind()
    )


class TotalsGrid(QWidget):
    """What some commitments sum to, one row per status in its colour, never added together:

    Confirmés (7)   Financier : 4 500 € · Humain / bénévolat : 14 heures · …
    Proposés (7)    Financier : 37 000 € · …
    """

    def __init__(self, point_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.point_size = point_size
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.headings: dict[CommitmentStatus, QLabel] = {}
        self.lines: dict[CommitmentStatus, QLabel] = {}

    def set_commitments(self, commitments: Iterable[Commitment], lang: Lang) -> bool:
        """Show these commitments' totals; False when there is nothing to total."""
        for label in (*self.headings.values(), *self.lines.values()):
            self.grid.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.headings.clear()
        self.lines.clear()
        totals = commitment_totals(commitments)
        row = 0
        for status in SUMMED_STATUSES:
            count = totals.count(status)
            if not count:
                continue
            colour = STATUS_COLOURS[status]
            word = status_word(status, lang, plural=count > 1, feminine=False).capitalize()
            heading = _text(f"{word} ({count})", self.point_size, bold=True, colour=colour)
            line = _text(status_line(totals, status, lang), self.point_size, colour="#0D2A4A")
            line.setAccessibleName(
                self.tr("Total {status}").format(status=status.label(lang).lower())
            )
            self.grid.addWidget(heading, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(line, row, 1)
            self.headings[status], self.lines[status] = heading, line
            row += 1
        return bool(row)

    def line(self, status: CommitmentStatus) -> str:
        """The total shown for one status ('' when none of the commitments has it)."""
        label = self.lines.get(status)
        return label.text() if label else ""


class CommitmentWall(QWidget):
    """Every alliance of the current workshop as a block: partner, commitment, amount, status."""

    read_back_requested = Signal()
    point_size = 17

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Mur des engagements"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.read_back_button = QPushButton(self.tr("Relecture des engagements (Espace)"))
        self.read_back_button.setAccessibleName(self.tr("Lancer la relecture des engagements"))
        self.read_back_button.clicked.connect(self.read_back_requested)
        self.title = _text("", 22, bold=True)
        self.title.setAccessibleName(self.tr("Titre du mur"))
        self.totals_title = _text(self.tr("Total de l'atelier"), self.point_size, bold=True)
        self.totals = TotalsGrid(self.point_size - 2)
        self.totals.setAccessibleName(self.tr("Totaux de l'atelier par statut"))
        self.content = QWidget()
        self.content.setObjectName("wallContent")
        self.content.setStyleSheet("#wallContent { background: #FFFFFF; }")
        self.blocks = QVBoxLayout(self.content)
        self.blocks.setContentsMargins(24, 16, 24, 16)
        self.blocks.setSpacing(18)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.read_back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals_title)
        layout.addWidget(self.totals)
        layout.addWidget(scroll, 1)
        self.refresher = Refresher(
            context,
            self,
            {
                Area.ALLIANCES,
                Area.COMMITMENTS,
                Area.ORGANISATIONS,
                Area.WORKSHOPS,
                Area.CURRENT_WORKSHOP,
            },
            self._on_data_changed,
        )
        self.refresh()

    def _on_data_changed(self, _changes: Changes, _initiator: object) -> None:
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space starts the read-back; Ctrl + and Ctrl - make the type larger or smaller."""
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.read_back_requested.emit()
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
            Qt.Key.Key_Minus,
        ):
            step = -2 if key == Qt.Key.Key_Minus else 2
            self.point_size = min(max(self.point_size + step, 9), 40)
            self.refresh()
        else:
            super().keyPressEvent(event)

    def views(self) -> list[CommitmentView]:
        workshop_id = self.context.current_workshop_id
        if workshop_id is None:
            return []
        return commitment_views(self.context.store, workshop_id=workshop_id)

    def refresh(self) -> None:
        """Rebuild the blocks from the store."""
        while self.blocks.count():
            item = self.blocks.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        store = self.context.store
        workshop_id = self.context.current_workshop_id
        views = self.views()
        workshop = store.workshops.get(workshop_id) if workshop_id else None
        self.title.setText(workshop.title if workshop else self.tr("Engagements"))
        font = self.totals_title.font()
        font.setPointSize(self.point_size)
        self.totals_title.setFont(font)
        self.totals.point_size = self.point_size - 2
        shown = self.totals.set_commitments((v.commitment for v in views), current_lang())
        self.totals_title.setVisible(shown)
        self.totals.setVisible(shown)
        alliances = store.alliances.of_workshop(workshop_id) if workshop_id else []
        by_alliance = {key: list(group) for key, group in groupby(views, lambda v: v.alliance_id)}
        for alliance in alliances:
            self.blocks.addWidget(self._block(alliance, by_alliance.get(alliance.id, [])))
        if not alliances:
            self.blocks.addWidget(
                _text(self.tr("Aucune alliance pour cet atelier."), self.point_size)
            )
        self.blocks.addStretch(1)

    def _block(self, alliance: Alliance, views: list[CommitmentView]) -> QFrame:
        lang = current_lang()
        size = self.point_size
        frame = QFrame()
        frame.setObjectName("allianceBlock")
        frame.setAccessibleName(alliance.name)
        frame.setStyleSheet(
            "#allianceBlock { border: 2px solid #263238; border-radius: 8px; background: #FAFAFA; }"
        )
        layout = QVBoxLayout(frame)
        layout.addWidget(_text(alliance.name, size + 6, bold=True))
        if alliance.objective:
            layout.addWidget(_text(alliance.objective, size - 3, colour="#37474F"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for row, view in enumerate(views):
            c = view.commitment
            who = _text(
                "● " + view.organisation,
                size,
                bold=True,
                colour=KIND_COLOURS[view.organisation_kind],
            )
            amount = format_amount(c.quantity, c.unit, lang) if c.quantity else ""
            grid.addWidget(who, row, 0)
            grid.addWidget(_text(c.description, size), row, 1)
            grid.addWidget(_text(amount, size, bold=True), row, 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(
                _text(c.status.label(lang), size - 2, bold=True, colour=STATUS_COLOURS[c.status]),
                row,
                3,
            )
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(0, 2)
        layout.addLayout(grid)
        if not views:
            layout.addWidget(_text(self.tr("Pas encore d'engagement."), size - 2, colour="#616161"))
        total = totals_text(views, lang)
        if total:
            layout.addWidget(
                _text(
                    self.tr("Total\n{total}").format(total=total),
                    size - 1,
                    bold=True,
                    colour="#0D47A1",
                )
            )
        return frame
