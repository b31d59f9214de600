"""The Territoire screen's Vue d'ensemble: every workshop rolled up, for a period chosen by
keyboard, refreshed as the data changes, exported as a PDF and a workbook from its menu."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.territory.rollup import RowsModel
from ui.territory.screen import TerritoryScreen
from workshop.domain.records import (
    Alliance,
    Commitment,
    Organisation,
    Partner,
    Person,
    Workshop,
)
from workshop.domain.vocabulary import CatalystNeed, CommitmentStatus, ResourceKind
from workshop.ops import workshops as workshop_ops
from workshop.storage.store import Store

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def context(store: Store, qapp: object) -> AppContext:
    """Two workshops (2025 and 2026) of one mairie, an alliance and two commitments."""
    mairie = store.organisations.add(Organisation(name="Mairie <b>& Cie</b>"))
    anne = store.people.add(Person(first_name="Anne", organisation_id=mairie.id))
    for title, date in (("Atelier 2025", dt.date(2025, 5, 6)), ("Atelier 2026", TODAY)):
        workshop = store.workshops.add(Workshop(title=title, date=date))
        store.attendance.register(workshop.id, [anne.id])
        store.attendance.set_present(workshop.id, anne.id, True)
    alliance = store.alliances.add(
        Alliance(
            workshop_id=workshop.id, name="Lieu", sdgs=(11,), needs=(CatalystNeed.TIERS_LIEUX,)
        )
    )
    partner = store.partners.add(Partner(alliance_id=alliance.id, organisation_id=mairie.id))
    for status in (CommitmentStatus.CONFIRME, CommitmentStatus.PROPOSE):
        store.commitments.add(
            Commitment(
                partner_id=partner.id,
                description="Don",
                resource_kind=ResourceKind.FINANCIER,
                quantity=1000,
                unit="€",
                status=status,
            )
        )
    return AppContext(store)


@pytest.fixture
def screen(context: AppContext, qtbot: QtBot) -> TerritoryScreen:
    widget = TerritoryScreen(context)
    widget.rollup.today = lambda: TODAY
    qtbot.addWidget(widget)
    widget.resize(1150, 690)
    widget.show()
    return widget


def _figures(screen: TerritoryScreen) -> dict[str, str]:
    return {t.caption.text(): t.value.text() for t in screen.rollup.tiles}


def test_rows_model_is_a_correct_qt_model(qtmodeltester: Any) -> None:
    """The tables' model follows Qt's rules; numbers sort as numbers, not as text."""
    model = RowsModel()
    model.set_rows(("Nom", "Ateliers"), [("a", 9), ("b", 10), ("c", 2)])
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == ["10", "9", "2"]
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )


def test_the_overview_is_the_first_tab_with_figures_charts_and_tables(
    screen: TerritoryScreen,
) -> None:
    """The first tab, Vue d'ensemble, shows every workshop's figures, the organisation's name
    as typed, the alliance under its SDG and need, and the commitments by status apart."""
    assert screen.tabs.tabText(0) == "Vue d'ensemble"
    panel = screen.rollup
    figures = _figures(screen)
    assert figures["ateliers"] == "2" and figures["organisations engagées"] == "1"
    assert figures["revenues à 2 ateliers ou plus"] == "1"
    assert figures["engagements confirmés ou réalisés"] == "1"
    assert figures["engagements proposés"] == "1"
    assert panel.organisations.index(0, 0).data() == "Mairie <b>& Cie</b>"
    assert panel.organisations.index(0, 2).data() == "2"
    assert "11. Villes et communautés durables : 1" in panel.sdg_chart.accessibleDescription()
    assert "Tiers-lieux : 1" in panel.needs_chart.accessibleDescription()
    financial = panel.resources.rows()[0]
    assert financial[0] == "Financier" and financial[2] == "1\u202f000\u202f€"
    assert financial[3] == "1\u202f000\u202f€"  # proposed apart, never added to confirmed
    assert panel.kinds_chart.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_period_chosen_by_keyboard_keeps_its_workshops(
    screen: TerritoryScreen, qtbot: QtBot
) -> None:
    """Choosing 'L'année dernière' in the period list (arrow keys) shows only 2025's
    workshop; 'Toutes les dates' brings everything back."""
    panel = screen.rollup
    panel.preset.setFocus()
    qtbot.keyClick(panel.preset, Qt.Key.Key_Down)
    qtbot.keyClick(panel.preset, Qt.Key.Key_Down)
    assert panel.preset.currentData() == "last_year"
    assert panel.start.value() == dt.date(2025, 1, 1)
    assert _figures(screen)["atelier"] == "1"
    assert [row[1] for row in panel.workshops.rows()] == ["Atelier 2025"]
    assert panel.rollup.alliances == 0
    qtbot.keyClick(panel.preset, Qt.Key.Key_Home)
    assert _figures(screen)["ateliers"] == "2"


def test_the_overview_follows_the_data_and_a_hidden_one_when_shown(
    screen: TerritoryScreen, context: AppContext, qtbot: QtBot
) -> None:
    """A workshop created elsewhere shows at once; while the screen is hidden it is rolled up
    when the screen is shown again."""
    context.apply(
        "Créer",
        lambda store: workshop_ops.create_workshop(store, Workshop(title="Nouveau", date=TODAY)),
    )
    assert _figures(screen)["ateliers"] == "3"
    screen.hide()
    context.undo_stack.undo()
    assert _figures(screen)["ateliers"] == "3"  # hidden: not yet
    screen.show()
    assert _figures(screen)["ateliers"] == "2"


@pytest.mark.parametrize(("index", "suffix", "magic"), [(0, ".pdf", b"%PDF-"), (1, ".xlsx", b"PK")])
def test_the_screen_menu_exports_a_private_pdf_and_workbook(
    screen: TerritoryScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    index: int,
    suffix: str,
    magic: bytes,
) -> None:
    """The screen's menu holds 'Exporter le bilan en PDF…' and '… en Excel…'; each writes
    the file named (its suffix added), readable by its owner only, and says so."""
    target = tmp_path / "bilan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions = [a for a in screen.actions() if a.text()]
    assert [a.text() for a in actions][:2] == [
        "Exporter le bilan en &PDF…",
        "Exporter le bilan en E&xcel…",
    ]
    actions[index].trigger()
    written = target.with_suffix(suffix)
    assert written.read_bytes().startswith(magic)
    if sys.platform != "win32":
        assert os.stat(written).st_mode & 0o777 == 0o600
    assert screen.rollup.status.text() == f"Bilan enregistré : {written.name}"
    assert screen.rollup.open_button.isVisible()


def test_each_alt_letter_of_the_overview_reaches_one_field(screen: TerritoryScreen) -> None:
    """Alt+P, Alt+D and Alt+U reach the period, its first and its last day, each one field."""
    import re

    from PySide6.QtWidgets import QLabel

    letters = [
        re.search(r"&(\w)", label.text()).group(1).lower()  # type: ignore[union-attr]
        for label in screen.rollup.findChildren(QLabel)
        if label.buddy() is not None and "&" in label.text()
    ]
    assert sorted(letters) == ["d", "p", "u"]


def test_an_empty_file_says_so(db_path: Path, qapp: object, qtbot: QtBot) -> None:
    """A file with no workshop shows zeros and says it holds no workshop, charts included."""
    with Store.open(db_path) as store:
        screen = TerritoryScreen(AppContext(store))
        qtbot.addWidget(screen)
        screen.show()
        assert screen.rollup.held.text() == "Aucun atelier dans ce fichier."
        assert _figures(screen)["ateliers"] == "0"
        assert (
            screen.rollup.sdg_chart.accessibleDescription() == "Rien à montrer pour cette période."
        )
        screen.close()
