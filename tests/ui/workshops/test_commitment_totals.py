"""The workshops list: hovering a workshop's commitments tells confirmed and proposed apart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.workshops.screen import WorkshopsScreen
from workshop.domain.records import Workshop
from workshop.domain.vocabulary import CommitmentStatus
from workshop.ops.alliances import set_commitments_status
from workshop.ops.workshops import create_workshop
from workshop.queries.commitments import commitment_views


def _tooltip_lines(screen: WorkshopsScreen, row: int) -> list[str]:
    """The "Engag." cell's tooltip as the user reads it (rich text turned back into lines)."""
    tip = screen.model.data(screen.model.index(row, 7), Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText().replace("\u00a0", " ").replace("\u202f", " ").splitlines()


def test_the_commitments_figure_tells_confirmed_and_proposed_apart(
    context: AppContext, qtbot: QtBot
) -> None:
    """The demo's 14 commitments read 4 500 € confirmed and 37 000 € proposed, not 41 500 €."""
    screen = WorkshopsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    lines = _tooltip_lines(screen, 0)
    assert lines[0] == "Confirmés (7)"
    assert lines[1].startswith("Financier : 4 500 € · Humain / bénévolat : 14 heures")
    assert lines[2] == "Proposés (7)"
    assert lines[3].startswith("Financier : 37 000 € · ")
    assert not any("41 500" in line for line in lines)
    region = next(
        v
        for v in commitment_views(context.store, workshop_id=context.store.demo_id)
        if v.commitment.quantity == 25000
    )
    context.apply(
        "abandonner",
        lambda store: set_commitments_status(store, [region.id], CommitmentStatus.ABANDONNE),
    )
    assert _tooltip_lines(screen, 0)[2] == "Proposés (6)"
    assert _tooltip_lines(screen, 0)[3].startswith("Financier : 12 000 € · ")


def test_a_workshop_with_no_commitment_says_so(context: AppContext, qtbot: QtBot) -> None:
    """A new workshop's commitments tooltip says there are none."""
    context.apply("créer", lambda store: create_workshop(store, Workshop(title="Atelier neuf")))
    screen = WorkshopsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    row = next(
        r
        for r in range(screen.model.rowCount())
        if screen.model.workshop(r).title == "Atelier neuf"
    )
    assert _tooltip_lines(screen, row) == ["Aucun engagement"]
