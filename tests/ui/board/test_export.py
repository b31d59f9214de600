"""The board's exported picture: headed by the workshop, free of the search highlight."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _export(board: Any, target: Path, kind: str, monkeypatch: Any) -> Path:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    board.export(kind)
    return target.with_suffix(f".{kind}")


def test_the_exported_png_leaves_out_the_search_highlight(
    board: Any, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    """A card found by a search is framed in orange on screen, and the exported PNG is the same
    as with no search at all."""
    plain = QImage(str(_export(board, tmp_path / "sans", "png", monkeypatch)))
    qtbot.keyClicks(board.find_edit, "legumerie")
    assert any(item.highlighted for item in board.scene.card_items.values())
    searched = QImage(str(_export(board, tmp_path / "avec", "png", monkeypatch)))
    assert searched == plain
    assert any(item.highlighted for item in board.scene.card_items.values())  # still on screen


def test_the_export_is_headed_by_the_title_question_and_date(
    board: Any, context: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The exported pictures carry the workshop's title, question and date above the board."""
    from ui.widgets.date_field import long_date

    workshop = context.store.workshops.get(board.workshop_id)
    svg = _export(board, tmp_path / "tableau", "svg", monkeypatch).read_text("utf-8")
    for text in (workshop.title, workshop.question, long_date(workshop.date)):
        assert text in svg
    image = QImage(str(_export(board, tmp_path / "tableau", "png", monkeypatch)))
    top_band = [
        image.pixelColor(x, y).lightness()
        for y in range(60, 110, 2)
        for x in range(60, min(image.width(), 900), 3)
    ]
    assert min(top_band) < 80  # the title's dark letters, where the board had white margin
