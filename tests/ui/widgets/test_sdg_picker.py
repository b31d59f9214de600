"""The SDG picker and the SDG badge painter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from ui.widgets.sdg_badges import paint_sdg_tiles, sdg_tiles_pixmap, text_colour_on
from ui.widgets.sdg_picker import SdgPicker


def test_clicking_tiles_picks_goals_and_signals(qtbot: QtBot) -> None:
    """Clicking a tile picks its goal, clicking again unpicks it, and each change is signalled."""
    picker = SdgPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        qtbot.mouseClick(picker.tile(17), Qt.MouseButton.LeftButton)
    assert blocker.args == [(17,)]
    qtbot.mouseClick(picker.tile(3), Qt.MouseButton.LeftButton)
    assert picker.selected() == (3, 17)
    qtbot.mouseClick(picker.tile(17), Qt.MouseButton.LeftButton)
    assert picker.selected() == (3,)


def test_keyboard_moves_and_toggles(qtbot: QtBot) -> None:
    """Arrow keys move the focus between tiles and Space picks the focused goal."""
    picker = SdgPicker(columns=9)
    qtbot.addWidget(picker)
    picker.tile(1).setFocus()
    qtbot.keyClick(picker.tile(1), Qt.Key.Key_Right)
    assert picker.focusProxy() is picker.tile(2)
    qtbot.keyClick(picker.tile(2), Qt.Key.Key_Down)
    assert picker.focusProxy() is picker.tile(11)
    qtbot.keyClick(picker.tile(11), Qt.Key.Key_Space)
    assert picker.selected() == (11,)
    qtbot.keyClick(picker.tile(11), Qt.Key.Key_End)
    assert picker.focusProxy() is picker.tile(17)
    # Only the last tile used is a Tab stop, so Tab leaves the picker in one step.
    tab_stops = [n for n in range(1, 18) if picker.tile(n).focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab_stops == [17]


def test_set_selected_and_tooltips(qtbot: QtBot) -> None:
    """set_selected picks exactly the given goals; each tile names its goal in its tooltip."""
    picker = SdgPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.selection_changed) as blocker:
        picker.set_selected([17, 5, 99])
    assert blocker.args == [(5, 17)]
    assert picker.selected() == (5, 17)
    assert "Partenariats" in picker.tile(17).toolTip()
    assert picker.tile(5).accessibleName().startswith("ODD 5")
    with qtbot.assertNotEmitted(picker.selection_changed):
        picker.set_selected((5, 17))


def test_badges_paint_in_official_colours(qapp: object) -> None:
    """Painted SDG tiles use the UN colour of each goal, with readable numbers."""
    image = QImage(100, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    area = paint_sdg_tiles(painter, QPointF(0, 0), [1, 17], size=20, spacing=4)
    painter.end()
    assert area.width() == 44
    assert QColor(image.pixel(2, 10)).name() == "#e5243b"
    assert QColor(image.pixel(26, 10)).name() == "#19486a"
    assert text_colour_on(QColor("#FCC30B")).name() == "#1b1b1b"
    assert text_colour_on(QColor("#19486A")).name() == "#ffffff"
    assert sdg_tiles_pixmap([1, 2, 3], size=10, spacing=2).width() == 34
