"""The organisation form's commune: typing a postcode or a name offers the communes, picked
by keyboard; the list shows each organisation's commune."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.stakeholders.screen import StakeholdersScreen

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def screen(context: Any, qtbot: Any) -> StakeholdersScreen:
    widget = StakeholdersScreen(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _offered(field: Any) -> list[str]:
    model = field.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_postcode_typed_offers_its_communes_and_enter_picks_one(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """Typing "41000" in Commune offers Blois first; Down and Enter pick it; Tab, an address,
    Ctrl+Enter save the organisation in Blois, 41000, shown in the list's Commune column."""
    tab = screen.organisations
    store = screen.context.store
    tab.start_new()
    form = tab.form
    qtbot.keyClicks(form.name, "Maison des associations")
    form.commune.setFocus()
    qtbot.keyClicks(form.commune, "41000")
    popup = form.commune.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert _offered(form.commune)[0] == "Blois (41000)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.commune.text() == "Blois (41000)"
    assert store.organisations.by_name("Maison des associations") is None  # Enter only picked
    qtbot.keyClick(form.commune, Qt.Key.Key_Tab)
    assert form.address.hasFocus()
    qtbot.keyClicks(form.address, "2 place Louis XII")
    qtbot.keyClick(form.address, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = store.organisations.by_name("Maison des associations")
    assert saved is not None
    assert (saved.commune_code, saved.commune_name, saved.postcode) == ("41018", "Blois", "41000")
    assert saved.address == "2 place Louis XII" and saved.latitude is not None
    row = next(r for r, o in enumerate(tab.model.records()) if o.id == saved.id)
    column = next(
        c
        for c in range(tab.model.columnCount())
        if tab.model.headerData(c, Qt.Orientation.Horizontal) == "Commune"
    )
    assert tab.model.index(row, column).data() == "Blois"


def test_a_name_several_communes_share_or_none_has_is_refused_with_a_message(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """ "Saint-Aubin" typed without picking asks to pick one of the communes; "Zzzville" is not
    recognised; neither saves; a demo organisation shows its commune and saves unchanged."""
    tab = screen.organisations
    store = screen.context.store
    tab.start_new()
    qtbot.keyClicks(tab.form.name, "Comite des fetes")
    tab.form.commune.setText("Saint-Aubin")
    tab.form.submit()
    assert "Plusieurs communes correspondent à « Saint-Aubin »" in tab.form.error_text("commune")
    tab.form.commune.setText("Zzzville")
    tab.form.submit()
    assert "« Zzzville » n'est pas reconnue" in tab.form.error_text("commune")
    assert store.organisations.by_name("Comite des fetes") is None

    mairie = store.organisations.by_name("Commune de Montlouvier")
    tab.load_form(mairie)
    assert tab.form.commune.text() == "Montlouvier (99320)"
    tab.form.submit()
    assert tab.form.error_text("commune") == ""
    assert store.organisations.by_name("Commune de Montlouvier") == mairie


def test_typing_a_commune_in_the_search_lists_its_organisations(
    screen: StakeholdersScreen, qtbot: Any
) -> None:
    """ "chantel" lists the demo's organisation in Chantelise, whose other fields do not say it."""
    tab = screen.organisations
    with qtbot.waitSignal(tab.refreshed, timeout=3000):
        qtbot.keyClicks(tab.search, "chantel")
    assert [o.name for o in tab.model.records()] == ["Transports Rivière"]
