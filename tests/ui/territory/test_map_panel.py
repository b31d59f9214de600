"""The territory map: the outline, discs coloured by kind, alliances, filters, the keyboard,
the export, and the refresh when the registry changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from workshop.domain.records import Alliance, Organisation, Partner, Person, Workshop
from workshop.domain.vocabulary import KIND_COLOURS, OrganisationKind, PartnerRole


@pytest.fixture
def territory(store: Any) -> dict[str, Any]:
    """A workshop on the Val de Lise with a town hall (west, pilot of "Navette"), a company
    (east, its partner) and an association (south) present; a foundation without a commune;
    a second workshop with nobody."""
    workshop = store.workshops.add(
        Workshop(title="Atelier mobilités", territory_code="demo-val-de-lise")
    )
    store.workshops.add(Workshop(title="Atelier vide"))

    def add(name: str, kind: OrganisationKind, lon: float | None, lat: float | None) -> Any:
        organisation = store.organisations.add(
            Organisation(name=name, kind=kind, longitude=lon, latitude=lat, commune_name="Lise")
        )
        person = store.people.add(
            Person(first_name="A", last_name=name[:3], organisation_id=organisation.id)
        )
        store.attendance.set_present(workshop.id, person.id, True)
        return organisation

    mairie = add("Mairie <b>& Fils</b>", OrganisationKind.COLLECTIVITE, 1.45, 47.12)
    boite = add("Transports Lise", OrganisationKind.ENTREPRISE, 1.76, 47.12)
    asso = add("Les Jardins", OrganisationKind.ASSOCIATION, 1.6, 46.98)
    fondation = add("Fondation Sans Lieu", OrganisationKind.FONDATION, None, None)
    alliance = store.alliances.add(Alliance(workshop_id=workshop.id, name="Navette"))
    store.partners.add(Partner(alliance_id=alliance.id, organisation_id=boite.id))
    store.partners.add(
        Partner(alliance_id=alliance.id, organisation_id=mairie.id, role=PartnerRole.PILOTE)
    )
    return {
        "workshop": workshop,
        "mairie": mairie,
        "boite": boite,
        "asso": asso,
        "fondation": fondation,
    }


@pytest.fixture
def panel(store: Any, territory: dict[str, Any], qtbot: Any) -> Any:
    from ui.context import AppContext
    from ui.territory import map_panel

    context = AppContext(store)
    context.set_current_workshop(territory["workshop"].id)
    widget = map_panel.TerritoryMapPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _colours(panel: Any) -> dict[str, str]:
    return {p.actor.name: p.colour for p in panel.scene.points.values()}


def test_the_map_draws_the_outline_the_placed_organisations_by_kind_and_counts_the_rest(
    panel: Any,
) -> None:
    """Three discs in their kind's colour on the territory's outline named above; the alliance's
    link; the foundation without a commune counted; the legend names the kinds drawn."""
    assert panel.title.text() == "Communauté de communes du Val de Lise"
    assert _colours(panel) == {
        "Mairie <b>& Fils</b>": KIND_COLOURS[OrganisationKind.COLLECTIVITE],
        "Transports Lise": KIND_COLOURS[OrganisationKind.ENTREPRISE],
        "Les Jardins": KIND_COLOURS[OrganisationKind.ASSOCIATION],
    }
    assert len(panel.drawn.outline) == 1 and len(panel.drawn.links) == 1
    assert panel.unplaced.text() == "1 acteur sans commune"
    assert "Fondation Sans Lieu" in panel.unplaced.toolTip().replace("\xa0", " ")
    assert "Collectivité" in panel.legend.text() and "Fondation" not in panel.legend.text()
    mairie = next(p for p in panel.scene.points.values() if p.actor.kind.value == "collectivite")
    assert "&lt;b&gt;" in panel.tooltip(mairie.actor.id)  # the name literally, not as markup


def test_the_keyboard_enters_the_map_and_walks_from_one_organisation_to_the_next(
    panel: Any, qtbot: Any
) -> None:
    """Tab from the workshop filter enters the map on the first organisation by name; Tab goes
    to the next; the Right arrow to the one east; the details name it and its alliance; + zooms;
    Escape lets it go and Tab then leaves the map."""
    panel.workshop_combo.setFocus()
    qtbot.keyClick(panel.workshop_combo, Qt.Key.Key_Tab)
    assert panel.view.hasFocus()
    assert panel.chosen_name() == "Les Jardins"
    assert panel.details.text().startswith(
        "Les Jardins\nAssociation · Lise\n1 atelier\n• Atelier mobilités"
    )
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert panel.chosen_name() == "Mairie <b>& Fils</b>" and panel.view.hasFocus()
    assert "• Navette — pilote, avec Transports Lise" in panel.details.text()
    assert panel.scene.name.text() == "Mairie <b>& Fils</b>"  # written beside its disc
    assert panel.scene.ring.isVisible()
    chosen = panel.scene.points[panel.chosen]
    assert (panel.scene.ring.pos().x(), panel.scene.ring.pos().y()) == (chosen.x, chosen.y)
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    assert panel.chosen_name() == "Transports Lise"
    qtbot.keyClick(panel.view, Qt.Key.Key_Left)
    assert panel.chosen_name() == "Mairie <b>& Fils</b>"
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.chosen_name() == "Les Jardins"
    before = panel.view.scale_now()
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.view.scale_now() == pytest.approx(before * 1.25)
    chosen = panel.scene.points[panel.chosen]
    assert panel.view.viewport().rect().contains(panel.view.mapFromScene(chosen.x, chosen.y))
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus)  # never smaller than the whole map
    assert panel.view.scale_now() == pytest.approx(before)
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert panel.chosen is None and not panel.scene.ring.isVisible()
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert not panel.view.hasFocus()


def test_the_filters_keep_a_kind_or_a_workshop(panel: Any, qtbot: Any, territory: Any) -> None:
    """Choosing "Entreprise" on the keyboard (Alt+U) keeps the company alone (no link left);
    another workshop shows nobody and says so; "Tous les ateliers" brings everyone back."""
    panel.view.setFocus()
    qtbot.keyClick(panel, "u", Qt.KeyboardModifier.AltModifier)  # "Nat&ure :"
    assert panel.kind_combo.hasFocus()
    qtbot.keyClicks(panel.kind_combo, "Entreprise")
    assert panel.kind_combo.currentText() == "Entreprise"
    assert set(_colours(panel)) == {"Transports Lise"} and not panel.drawn.links
    panel.kind_combo.setCurrentIndex(0)
    panel.workshop_combo.setCurrentIndex(panel.workshop_combo.findText("Atelier vide"))
    assert panel.scene.points == {}
    assert panel.details.text() == "Aucune organisation ne correspond à ces filtres."
    assert panel.title.text().startswith("Territoire non précisé")
    panel.workshop_combo.setCurrentIndex(panel.workshop_combo.findText("Tous les ateliers"))
    assert len(panel.scene.points) == 3


def test_an_organisation_added_in_the_registry_appears_and_undo_removes_it(
    panel: Any, qtbot: Any
) -> None:
    """A new organisation with a point shows as a disc at once; undoing removes it."""
    from workshop.ops.registry import add_organisation

    new = Organisation(name="Nouvelle Asso", longitude=1.2, latitude=47.3)
    panel.context.apply("Ajouter", lambda s: add_organisation(s, new))
    assert "Nouvelle Asso" in _colours(panel)
    panel.context.undo_stack.undo()
    assert "Nouvelle Asso" not in _colours(panel)
    panel.hide()  # on another tab: drawn again only when shown
    panel.context.undo_stack.redo()
    assert "Nouvelle Asso" not in _colours(panel)
    panel.show()
    assert "Nouvelle Asso" in _colours(panel)


def test_the_territoire_screen_shows_the_map_as_its_carte_tab(context: Any, qtbot: Any) -> None:
    """Territoire has a "Carte" tab holding the map; its export is among the screen's actions
    (the screen's menu) and, triggered from another tab, shows the map first."""
    from ui.territory.screen import TerritoryScreen

    screen = TerritoryScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    tabs = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert "Carte" in tabs
    assert screen.map.export_action in screen.actions()
    screen.tabs.setCurrentIndex(0)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
        screen.map.export_action.trigger()
    assert screen.tabs.currentWidget() is screen.map


def test_the_map_exports_as_png_and_svg_with_its_title(
    panel: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export writes a 1600-pixel PNG whose discs show in their kind's colour, and an SVG
    holding the territory's name; a name typed without extension gets the chosen one."""
    target = tmp_path / "carte"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Image PNG (*.png)")
    )
    panel.export_button.click()
    image = QImage(str(tmp_path / "carte.png"))
    assert image.width() == 1600
    company = next(p for p in panel.scene.points.values() if p.actor.name == "Transports Lise")
    rect = panel.scene.sceneRect()
    scale = image.width() / rect.width()
    x = (company.x - rect.x()) * scale
    y = 80 + (company.y - rect.y()) * scale  # under the title's band (40 px at scale 2)
    assert image.pixelColor(round(x), round(y)) == QColor(KIND_COLOURS[OrganisationKind.ENTREPRISE])
    svg = tmp_path / "carte.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(svg), ""))
    panel.export_action.trigger()
    assert "Val de Lise" in svg.read_text("utf-8")


def test_the_wheel_scrolls_and_ctrl_wheel_zooms(panel: Any, qtbot: Any) -> None:
    """Ctrl+wheel zooms in under the pointer; the wheel alone never changes the zoom."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        viewport = panel.view.viewport()
        centre = QPointF(viewport.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(viewport, event)

    before = panel.view.scale_now()
    wheel(Qt.KeyboardModifier.NoModifier)
    assert panel.view.scale_now() == pytest.approx(before)
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert panel.view.scale_now() == pytest.approx(before * 1.25)


def test_an_organisation_of_the_neighbouring_agglomeration_sits_on_its_pale_outline(
    store: Any, territory: dict[str, Any], qtbot: Any, tmp_path: Path
) -> None:
    """An organisation of Bourg-Lise, outside the Val de Lise, is drawn on the Bourg-Lise
    agglomeration's outline, named, under the territory's; the view's frame holds it; the
    exported PNG is still drawn."""
    from ui.context import AppContext
    from ui.territory import map_panel

    centre = {"commune_code": "ZL010", "commune_name": "Bourg-Lise"}
    gare = store.organisations.add(
        Organisation(name="Gare de Bourg", longitude=1.975, latitude=47.105, **centre)
    )
    person = store.people.add(Person(first_name="B", last_name="Gar", organisation_id=gare.id))
    store.attendance.set_present(territory["workshop"].id, person.id, True)
    context = AppContext(store)
    context.set_current_workshop(territory["workshop"].id)
    panel = map_panel.TerritoryMapPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1100, 650)
    panel.show()
    qtbot.waitExposed(panel)
    assert [n.name for n in panel.drawn.neighbours] == ["Agglomération de Bourg-Lise"]
    [outline] = panel.scene.neighbour_outlines
    [name] = panel.scene.neighbour_names
    assert name.text() == "Agglomération de Bourg-Lise"
    territory_outline = next(
        item
        for item in panel.scene.items()
        if isinstance(item, map_panel.QGraphicsPathItem) and item not in (outline,)
    )
    assert outline.zValue() < name.zValue() < territory_outline.zValue()
    assert outline.pen().style() == Qt.PenStyle.DashLine
    assert outline.pen().widthF() < territory_outline.pen().widthF()
    point = panel.scene.points[gare.id]
    assert outline.contains(outline.mapFromScene(point.x, point.y))
    assert not territory_outline.contains(territory_outline.mapFromScene(point.x, point.y))
    assert panel.scene.sceneRect().contains(outline.sceneBoundingRect())
    panel.export_png(tmp_path / "carte.png")
    assert QImage(str(tmp_path / "carte.png")).width() == 1600
