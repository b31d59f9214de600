"""The app killed mid-drag or while a card is typed reopens with every completed action."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from workshop.storage.store import Store

# A board session: two cards typed and a finished drag (completed actions), then either a
# drag left hanging (button held, cards moved on screen) or a card half typed; it prints
# what a reopened board must show, then waits to be killed.
SESSION = textwrap.dedent(
    """
    import json, sys, time
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.board.screen import BoardScreen
    from ui.context import AppContext
    from workshop.storage.store import Store

    def send(view, kind, scene_point, buttons):
        pos = view.mapFromScene(scene_point)
        button = Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseMove:
            button = Qt.MouseButton.NoButton
        event = QMouseEvent(kind, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)),
                            button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)

    def press_and_move(view, item, dy):
        start = item.sceneBoundingRect().center()
        held = Qt.MouseButton.LeftButton
        send(view, QEvent.Type.MouseButtonPress, start, held)
        for n in range(1, 6):
            send(view, QEvent.Type.MouseMove, start + QPointF(0, dy * n / 5), held)
        return start + QPointF(0, dy)

    def state(board):
        items = board.scene.card_items.items()
        return {str(i): [it.x(), it.y(), it.view.card.text] for i, it in items}

    store = Store.open(sys.argv[1])
    board = BoardScreen(AppContext(store))
    board.resize(1400, 900)
    board.show()
    board.view.fit_all()
    app.processEvents()
    entry = board.quick_entry
    for n in range(2):
        entry.text_edit.setText(f"tapee et validee {n}")
        entry.text_edit.returnPressed.emit()
    items = list(board.scene.card_items.values())
    done = items[0]
    end = press_and_move(board.view, done, 200)
    send(board.view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    app.processEvents()
    expected = state(board)
    hanging = items[1]
    if sys.argv[2] == "drag":
        press_and_move(board.view, hanging, 250)
        app.processEvents()
        moved = hanging.y() - expected[str(hanging.card_id)][1]
    else:
        entry.text_edit.setFocus()
        QTest.keyClicks(entry.text_edit, "carte en cours de frappe")
        moved = 0.0
    print(json.dumps({"expected": expected, "moved": moved,
                      "finished_drag": done.card_id,
                      "typed": entry.text_edit.text()}), flush=True)
    time.sleep(60)
    """
)


@pytest.mark.parametrize("moment", ["drag", "typing"])
def test_killed_during_a_drag_or_typing_reopens_with_every_completed_action(
    demo_store: Store, db_path: Path, qtbot: Any, moment: str
) -> None:
    """SIGKILLed mid-drag or mid-typing, the app reopens showing every completed action (cards
    typed, the finished drag) and nothing of the unfinished one."""
    from ui.board.screen import BoardScreen
    from ui.context import AppContext

    before = {c.id: (c.x, c.y) for c in demo_store.board.cards.all()}
    demo_store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(db_path), moment],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    shown = json.loads(line)
    finished = shown["finished_drag"]
    assert shown["expected"][str(finished)][1] > before[finished][1] + 100  # the drag happened
    if moment == "drag":
        assert shown["moved"] > 100  # the hanging drag had moved the card on screen
    else:
        assert shown["typed"] == "carte en cours de frappe"
    with Store.open(db_path) as store:
        assert store.check() == []
        screen = BoardScreen(AppContext(store))
        qtbot.addWidget(screen)
        reopened = {
            str(i): [item.x(), item.y(), item.view.card.text]
            for i, item in screen.scene.card_items.items()
        }
    assert reopened == shown["expected"]
    assert sum("tapee et validee" in v[2] for v in reopened.values()) == 2
    assert not any("en cours de frappe" in v[2] for v in reopened.values())
