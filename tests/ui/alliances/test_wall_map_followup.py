"""The wall, read-back, map and follow-up views on the demo workshop."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel

from ui.alliances.followup import FollowUpPanel
from ui.alliances.map_view import AllianceMapPanel, NodeItem
from ui.alliances.models import OVERDUE_TEXT
from workshop.domain.vocabulary import CommitmentStatus
from workshop.queries.commitments import commitment_views

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_wall_shows_who_commits_what_with_totals(context, screen) -> None:
    """Each alliance, each partner's commitment and the amounts summed are on the wall."""
    texts = [label.text() for label in screen.wall.findChildren(QLabel)]
    for alliance in context.store.alliances.of_workshop(context.store.demo_id):
        assert alliance.name in texts
    assert "Financer l'achat de caisses isothermes" in texts
    assert "4\u202f500\u202f€" in texts


def test_the_wall_totals_keep_confirmed_and_proposed_apart(context, screen) -> None:
    """The wall never adds a proposed pledge to a confirmed one: 4 500 € confirmed, 37 000 € not."""
    n, b = "\u202f", "\u00a0"
    totals = screen.wall.totals
    assert [h.text() for h in totals.headings.values()] == ["Confirmés (7)", "Proposés (7)"]
    assert totals.line(CommitmentStatus.CONFIRME) == (
        f"Financier{b}:{b}4{n}500{n}€\u00a0· Humain / bénévolat{b}:{b}14{n}heures"
        f"\u00a0· Matériel / locaux{b}:{b}120{n}m², 150{n}objets"
        f"\u00a0· Réseau / mise en relation{b}:{b}30{n}mises en relation"
        f"\u00a0· Communication{b}:{b}4{n}actions"
    )
    assert totals.line(CommitmentStatus.PROPOSE) == (
        f"Financier{b}:{b}37{n}000{n}€\u00a0· Humain / bénévolat{b}:{b}12{n}heures, 6{n}personnes"
        f"\u00a0· Compétences{b}:{b}10{n}jours\u00a0· Matériel / locaux{b}:{b}40{n}jours"
        f"\u00a0· Données / études{b}:{b}1{n}étude"
    )
    texts = [label.text() for label in screen.wall.findChildren(QLabel)]
    assert (
        f"Total\nFinancier : 4{n}500{n}€ confirmés\n"
        f"Humain / bénévolat : 8{n}heures confirmées\u00a0· 6{n}personnes proposées\n"
        f"Matériel / locaux : 150{n}objets confirmés\u00a0· 40{n}jours proposés" in texts
    )
    assert not any("41" in t for t in texts)


def test_confirming_a_pledge_in_the_read_back_moves_it_to_the_confirmed_total(
    context, screen, qtbot
) -> None:
    """Enter on the Région's 25 000 € in the read-back moves it from proposed to confirmed."""
    n, b = "\u202f", "\u00a0"
    screen.wall.setFocus()
    qtbot.keyClick(screen.wall, Qt.Key.Key_Space)
    view = screen.read_back
    while view.current().commitment.quantity != 25000:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert screen.wall_stack.currentWidget() is screen.wall
    totals = screen.wall.totals
    assert totals.line(CommitmentStatus.CONFIRME).startswith(
        f"Financier{b}:{b}29{n}500{n}€\u00a0· "
    )
    assert totals.line(CommitmentStatus.PROPOSE).startswith(f"Financier{b}:{b}12{n}000{n}€\u00a0· ")
    texts = [label.text() for label in screen.wall.findChildren(QLabel)]
    assert any(f"Financier : 25{n}000{n}€ confirmés\n" in t for t in texts)
    context.undo_stack.undo()
    assert totals.line(CommitmentStatus.CONFIRME).startswith(f"Financier{b}:{b}4{n}500{n}€\u00a0· ")
    assert totals.line(CommitmentStatus.PROPOSE).startswith(f"Financier{b}:{b}37{n}000{n}€\u00a0· ")


def test_an_abandoned_pledge_leaves_every_total_of_the_wall(context, screen, qtbot) -> None:
    """A commitment dropped in the follow-up is no longer summed on the wall, in any status."""
    n, b = "\u202f", "\u00a0"
    panel = screen.follow_up
    screen.tabs.setCurrentWidget(panel)
    row = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.record(r).commitment.quantity == 25000
    )
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.status_buttons[CommitmentStatus.ABANDONNE], Qt.MouseButton.LeftButton)
    screen.tabs.setCurrentWidget(screen.wall_stack)
    totals = screen.wall.totals
    assert totals.line(CommitmentStatus.CONFIRME).startswith(f"Financier{b}:{b}4{n}500{n}€\u00a0· ")
    assert totals.line(CommitmentStatus.PROPOSE).startswith(f"Financier{b}:{b}12{n}000{n}€\u00a0· ")
    assert totals.line(CommitmentStatus.ABANDONNE) == ""
    assert [h.text() for h in totals.headings.values()] == ["Confirmés (7)", "Proposés (6)"]


def test_read_back_steps_and_confirms_undoably(context, screen, qtbot) -> None:
    """Space moves on, Enter turns a proposed commitment into a confirmed one; undo reverts."""
    screen.wall.setFocus()
    qtbot.keyClick(screen.wall, Qt.Key.Key_Space)
    view = screen.read_back
    assert screen.wall_stack.currentWidget() is view
    assert view.position == 0
    while view.current().commitment.status != CommitmentStatus.PROPOSE:
        qtbot.keyClick(view, Qt.Key.Key_Space)
    target = view.current()
    position = view.position
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert context.store.commitments.get(target.id).status == CommitmentStatus.CONFIRME
    assert view.position == position + 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current().id == target.id
    assert view.status.text() == "Confirmé"
    context.undo_stack.undo()
    assert context.store.commitments.get(target.id).status == CommitmentStatus.PROPOSE
    assert view.status.text() == "Proposé"
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert screen.wall_stack.currentWidget() is screen.wall


def test_clicking_a_map_node_lists_its_commitments(context, qtbot) -> None:
    """A click on an organisation's disc shows that organisation's commitments beside the map."""
    panel = AllianceMapPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    item = next(
        i
        for i in panel.scene.items()
        if isinstance(i, NodeItem) and i.node.label == "Transports Rivière"
    )
    point = panel.view.mapFromScene(item.scenePos())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.commitments.rowCount() == 1
    assert panel.commitments.record(0).organisation == "Transports Rivière"
    assert "Transports Rivière" in panel.selected_title.text()


def test_the_map_exports_to_png_and_svg(context, qtbot, tmp_path: Path, monkeypatch) -> None:
    """Both exports write a readable file with the organisations' names in the SVG."""
    panel = AllianceMapPanel(context)
    qtbot.addWidget(panel)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "carte"), "")
    )
    qtbot.mouseClick(panel.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "carte.png"))
    assert not image.isNull() and image.width() > 500
    qtbot.mouseClick(panel.svg_button, Qt.MouseButton.LeftButton)
    root = ET.parse(tmp_path / "carte.svg").getroot()
    assert root.tag.endswith("svg")
    assert "Paniers" in (tmp_path / "carte.svg").read_text("utf-8")


def _make_overdue(store) -> int:
    view = commitment_views(store, workshop_id=store.demo_id)[-1]
    store.commitments.update(
        dataclasses.replace(
            view.commitment, due_date=dt.date(2027, 1, 10), status=CommitmentStatus.PROPOSE
        )
    )
    return view.id


def test_follow_up_puts_overdue_commitments_first_in_red(context, qtbot) -> None:
    """An overdue commitment comes first, in red; filtering by partner keeps only theirs."""
    late = _make_overdue(context.store)
    panel = FollowUpPanel(context, today=dt.date(2027, 2, 1))
    qtbot.addWidget(panel)
    first = panel.model.record(0)
    assert first.id == late
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == (
        OVERDUE_TEXT
    )
    assert panel.model.data(panel.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert "1 en retard" in panel.summary.text()
    panel.partner.setCurrentIndex(panel.partner.findData(first.organisation_id))
    assert {v.organisation_id for v in panel.model.records()} == {first.organisation_id}


def test_follow_up_changes_status_of_a_selection_in_one_undo(context, qtbot) -> None:
    """Marking two commitments done is one undoable step; done ones leave the open list."""
    panel = FollowUpPanel(context, today=dt.date(2027, 2, 1))
    qtbot.addWidget(panel)
    panel.show()
    count = panel.model.rowCount()
    ids = [panel.model.record(0).id, panel.model.record(1).id]
    panel.table.selectRow(0)
    panel.table.selectionModel().select(
        panel.model.index(1, 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    qtbot.mouseClick(panel.status_buttons[CommitmentStatus.REALISE], Qt.MouseButton.LeftButton)
    assert all(context.store.commitments.get(i).status == "realise" for i in ids)
    assert panel.model.rowCount() == count - 2
    context.undo_stack.undo()
    assert panel.model.rowCount() == count


def test_a_new_workshop_starts_by_reviewing_open_commitments(context, screen, qtbot) -> None:
    """ "Revoir les engagements ouverts" steps through the open ones in the read-back view."""
    screen.tabs.setCurrentWidget(screen.follow_up)
    qtbot.mouseClick(screen.follow_up.review_button, Qt.MouseButton.LeftButton)
    assert screen.wall_stack.currentWidget() is screen.read_back
    assert len(screen.read_back._views) == screen.follow_up.model.rowCount()
    reviewed = screen.read_back.current().id
    qtbot.keyClick(screen.read_back, Qt.Key.Key_R)
    assert context.store.commitments.get(reviewed).status == CommitmentStatus.REALISE
    screen.tabs.setCurrentWidget(screen.follow_up)  # hidden meanwhile, it refreshes when shown
    assert reviewed not in [v.id for v in screen.follow_up.model.records()]


def test_follow_up_starts_on_the_current_workshop_territory(context, qtbot) -> None:
    """Another territory's commitments stay out of the list until all territories are shown."""
    store = context.store
    demo = store.workshops.get(store.demo_id)
    other = store.workshops.add(dataclasses.replace(demo, id=0, territory="Autre pays"))
    alliance = store.alliances.add(
        type(store.alliances.all()[0])(workshop_id=other.id, name="Ailleurs")
    )
    from workshop.domain.records import Commitment, PartnerId
    from workshop.domain.vocabulary import OrganisationKind
    from workshop.ops.alliances import add_commitment

    context.apply(
        "Ajouter",
        lambda s: add_commitment(
            s,
            alliance.id,
            "Mairie d'ailleurs",
            Commitment(partner_id=PartnerId(0), description="Loin"),
            kind=OrganisationKind.COLLECTIVITE,
        ),
    )
    panel = FollowUpPanel(context, today=dt.date(2027, 2, 1))
    qtbot.addWidget(panel)
    assert panel.territory.currentData() == demo.territory
    assert "Loin" not in [v.commitment.description for v in panel.model.records()]
    panel.territory.setCurrentIndex(0)
    assert "Loin" in [v.commitment.description for v in panel.model.records()]


def test_the_wall_type_grows_for_the_back_of_the_room(context, qtbot) -> None:
    """Ctrl + makes the wall's type larger, Ctrl - smaller."""
    from ui.alliances.wall import CommitmentWall

    wall = CommitmentWall(context)
    qtbot.addWidget(wall)
    name = context.store.alliances.of_workshop(context.store.demo_id)[0].name

    def title_size() -> int:
        return (
            next(
                lb for lb in wall.findChildren(QLabel) if lb.text() == name and lb.isVisibleTo(wall)
            )
            .font()
            .pointSize()
        )

    before = title_size()
    qtbot.keyClick(wall, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert title_size() == before + 2
    qtbot.keyClick(wall, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(wall, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert title_size() == before - 2


def test_follow_up_totals_what_it_lists_with_each_status_apart(context, qtbot) -> None:
    """The follow-up sums the listed commitments by status; ticking 'Réalisé' adds its own total."""
    n, b = "\u202f", "\u00a0"
    panel = FollowUpPanel(context, today=dt.date(2027, 2, 1))
    qtbot.addWidget(panel)
    panel.show()
    assert panel.totals.line(CommitmentStatus.CONFIRME).startswith(
        f"Financier{b}:{b}4{n}500{n}€\u00a0· "
    )
    assert panel.totals.line(CommitmentStatus.PROPOSE).startswith(
        f"Financier{b}:{b}37{n}000{n}€\u00a0· "
    )
    panel.alliance.setFocus()
    qtbot.keyClicks(panel.alliance, "Cantines")
    assert panel.totals.line(CommitmentStatus.PROPOSE).startswith(
        f"Financier{b}:{b}25{n}000{n}€\u00a0· "
    )
    row = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.record(r).commitment.quantity == 25000
    )
    panel.table.selectRow(row)
    qtbot.mouseClick(panel.status_buttons[CommitmentStatus.REALISE], Qt.MouseButton.LeftButton)
    assert "Financier" not in panel.totals.line(CommitmentStatus.PROPOSE)  # no longer listed
    done = panel.status_boxes[CommitmentStatus.REALISE]
    done.setFocus()
    qtbot.keyClick(done, Qt.Key.Key_Space)
    assert panel.totals.line(CommitmentStatus.REALISE) == f"Financier{b}:{b}25{n}000{n}€"
    assert panel.totals.headings[CommitmentStatus.REALISE].text() == "Réalisé (1)"


def test_the_wall_totals_in_english_put_the_euro_first(context, qtbot, monkeypatch) -> None:
    """In English the wall reads 'Confirmed (7)  Financial: €4,500 · …', 'Proposed (7) …'."""
    from ui.alliances.wall import CommitmentWall

    monkeypatch.setattr("ui.i18n._current", "en")
    wall = CommitmentWall(context)
    qtbot.addWidget(wall)
    n, b = "\u202f", "\u00a0"
    assert [h.text() for h in wall.totals.headings.values()] == ["Confirmed (7)", "Proposed (7)"]
    assert wall.totals.line(CommitmentStatus.CONFIRME).startswith(
        f"Financial:{b}€4,500{b}· People / volunteering:{b}14{n}hours{b}· "
    )
    assert wall.totals.line(CommitmentStatus.PROPOSE).endswith(f"Data / studies:{b}1{n}study")
    texts = [label.text() for label in wall.findChildren(QLabel)]
    assert "€4,500" in texts


def test_the_commitments_table_writes_amounts_in_the_interface_language(
    context, monkeypatch
) -> None:
    """In English a commitment's quantity reads '€25,000' and '1 study', not '25 000 €' and
    '1 études'."""
    from ui.alliances.models import CommitmentTableModel
    from workshop.queries.commitments import commitment_views

    monkeypatch.setattr("ui.i18n._current", "en")
    model = CommitmentTableModel()
    model.set_records(commitment_views(context.store, workshop_id=context.current_workshop_id))
    quantities = {model.index(row, 3).data() for row in range(model.rowCount())}
    assert "€25,000" in quantities
    assert "1\u202fstudy" in quantities
