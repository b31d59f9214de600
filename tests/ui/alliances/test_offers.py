"""The "Offres et besoins" tab: who brings what another seeks, filtered, allied in one step."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from ui.alliances.screen import AlliancesScreen
from workshop.domain.vocabulary import PartnerRole, ResourceKind
from workshop.ops.registry import edit_organisation

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

ESCALE = "Épicerie solidaire L'Escale"


@pytest.fixture
def offers_screen(context, qtbot) -> AlliancesScreen:
    """The alliances screen on the demo, L'Escale seeking premises and volunteers, on the
    "Offres et besoins" tab reached by keyboard from the tab bar."""
    escale = context.store.organisations.by_name(ESCALE)
    edit_organisation(
        context.store,
        dataclasses.replace(escale, needs="Un LOCAL de stockage et des bénévoles le samedi"),
    )
    screen = AlliancesScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.tabs.tabBar().setFocus()
    qtbot.keyClick(screen.tabs.tabBar(), Qt.Key.Key_Right)
    assert screen.tabs.currentWidget() is screen.offers
    return screen


def _rows(panel) -> list[tuple[str, ...]]:
    model = panel.model
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_tab_ranks_who_brings_what_l_escale_seeks_shared_sdgs_first(offers_screen) -> None:
    """L'Escale's typed need meets the organisations that tick premises or volunteers (or say
    so on a "Ressources et atouts" card), those sharing its SDGs first, all present."""
    rows = _rows(offers_screen.offers)
    assert len(rows) == 17
    assert {row[2] for row in rows} == {ESCALE}
    assert rows[0] == (
        "Association Zéro Gâchis Lise",
        "Humain / bénévolat",
        ESCALE,
        "11, 17",
        "Toutes deux présentes",
        "",
    )
    assert [row[3] for row in rows[:8]] == ["11, 17"] * 8
    assert all(row[3] == "" for row in rows[8:])
    story = offers_screen.offers.story.text()
    assert "Épicerie solidaire L'Escale cherche : « Un LOCAL de stockage" in story
    assert "ODD en commun : 11 " in story


def test_filtering_by_resource_kind_by_keyboard_keeps_those_matches(offers_screen, qtbot) -> None:
    """Choosing "Matériel / locaux" in the resource filter leaves only premises offers."""
    panel = offers_screen.offers
    panel.kind.setFocus()
    for _ in range(len(ResourceKind)):
        if panel.chosen_kind() is ResourceKind.MATERIEL:
            break
        qtbot.keyClick(panel.kind, Qt.Key.Key_Down)
    assert panel.kind.currentText() == "Matériel / locaux"
    rows = _rows(panel)
    assert rows and all("Matériel / locaux" in row[1] for row in rows)
    assert "Commune de Saint-Aubin-sur-Lise" in [row[0] for row in rows]
    assert panel.count.text().startswith(f"{len(rows)} correspondance(s) sur 17")
    panel.sdg.setFocus()
    for _ in range(2):
        qtbot.keyClick(panel.sdg, Qt.Key.Key_Down)
    assert panel.sdg.currentText().startswith("ODD 2 – ")
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisible()
    assert panel.empty.text() == "Aucune correspondance avec ces filtres."


def test_enter_on_a_match_makes_the_alliance_with_both_partners_and_undo_removes_it(
    context, offers_screen, qtbot
) -> None:
    """Enter on the first match creates "Zéro Gâchis et L'Escale" (L'Escale pilots), shows it
    on the alliances tab, and the match then names it; one undo removes it all."""
    panel = offers_screen.offers
    before = len(context.store.alliances.of_workshop(context.store.demo_id))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    alliances = context.store.alliances.of_workshop(context.store.demo_id)
    assert len(alliances) == before + 1
    made = alliances[-1]
    assert made.name == f"Association Zéro Gâchis Lise et {ESCALE}"
    assert made.sdgs == (11, 17)
    assert offers_screen.tabs.currentWidget() is offers_screen.page
    assert offers_screen.page.editor.name.text() == made.name
    partners = offers_screen.page.editor.partners.model
    assert [partners.index(r, 1).data() for r in range(partners.rowCount())] == [
        PartnerRole.PILOTE.label("fr"),
        PartnerRole.PARTENAIRE.label("fr"),
    ]
    offers_screen.tabs.setCurrentWidget(panel)
    assert _rows(panel)[0][5] == made.name
    assert panel.ally_button.text() == "Voir l'alliance (Entrée)"
    context.undo_stack.undo()
    assert len(context.store.alliances.of_workshop(context.store.demo_id)) == before
    assert _rows(panel)[0][5] == ""


def test_the_wall_shows_the_matches_in_large_type_and_moves_with_the_keyboard(
    offers_screen, qtbot
) -> None:
    """Ctrl+Shift+O shows the matches in large type; Down frames the next, Escape returns to
    the list on that match."""
    panel = offers_screen.offers
    panel.table.setFocus()
    qtbot.keyClick(
        panel.table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert panel.stack.currentWidget() is panel.wall
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.wall)
    titles = [label for label in panel.wall.findChildren(QLabel) if "  →  " in label.text()]
    assert titles[0].text() == f"Association Zéro Gâchis Lise  →  {ESCALE}"
    assert titles[0].font().pointSize() >= 20
    qtbot.keyClick(panel.wall, Qt.Key.Key_Down)
    assert panel.wall.current == 1
    qtbot.keyClick(panel.wall, Qt.Key.Key_Escape)
    assert panel.stack.currentWidget() is panel.list_page
    assert panel.table.currentIndex().row() == 1
    assert panel.current_match().giver.name == "CCI de la Lise"


def test_the_demo_without_needs_says_how_to_get_matches(context, screen) -> None:
    """With no organisation stating a need, the tab explains where to write needs."""
    panel = screen.offers
    screen.tabs.setCurrentWidget(panel)
    assert panel.model.rowCount() == 0
    assert panel.empty.text().startswith("Aucune correspondance pour l'instant.")
    assert "« Ce que je cherche »" in panel.empty.text()
    assert not panel.ally_button.isEnabled()


def test_the_match_model_passes_the_model_tester(offers_screen, qtmodeltester) -> None:
    """The matches' table follows Qt's model rules; UserRole gives the match itself."""
    model = offers_screen.offers.model
    qtmodeltester.check(model)
    match = model.data(model.index(0, 0), Qt.ItemDataRole.UserRole)
    assert match.seeker.name == ESCALE
    tooltip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole).replace("\xa0", " ")
    assert "cherche : « Un LOCAL de stockage" in tooltip
