"""In the app, an unusable database file is explained in a message and changes nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.damaged_files import DAMAGES, folder
from ui.app import open_store_interactively
from ui.context import AppContext
from ui.main_window import MainWindow
from workshop.storage.store import Store


def _demo_copy(store: Store, target: Path) -> None:
    """A complete copy of an open database (its WAL included)."""
    copy = sqlite3.connect(target)
    store.db.conn.backup(copy)
    copy.close()


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    **{case: DAMAGES[case] for case in ("not SQLite", "truncated", "newer schema")},
    "a folder": (folder, "is a folder"),
}


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a: shown.append(f"{title}\n{text}")
    )
    return shown


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"


@pytest.mark.parametrize("case", list(CASES))
def test_opening_a_bad_file_from_the_file_menu_explains_and_keeps_the_current_one(
    context: AppContext, qtbot: Any, tmp_path: Path, warnings: list[str], case: str
) -> None:
    """File > Open on a bad file shows why it cannot be opened; the open database stays."""
    damage, reason = CASES[case]
    bad = tmp_path / "mauvais.sqlite"
    _demo_copy(context.store, bad)
    damage(bad)
    before = _digest(bad)
    window = MainWindow(context)
    qtbot.addWidget(window)
    store = context.store
    assert window.open_path(bad) is False
    assert len(warnings) == 1 and reason in warnings[0] and "mauvais.sqlite" in warnings[0]
    assert context.store is store and store.check() == []
    assert _digest(bad) == before


def test_a_file_open_in_another_window_is_explained(
    context: AppContext, qtbot: Any, tmp_path: Path, warnings: list[str]
) -> None:
    """Opening a database another Catalyse window holds explains, in French, that it is
    already open and which process holds it."""
    other_path = tmp_path / "ailleurs.sqlite"
    with Store.open(other_path) as other:
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert window.open_path(other.path) is False
    assert "déjà ouvert dans une autre fenêtre de Catalyse (processus" in warnings[0]
    assert "already open" not in warnings[0]


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_file_at_start_up_is_explained_not_a_traceback(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    """Started on a bad file, the app shows the reason and offers another file or to quit."""
    damage, reason = CASES[case]
    bad = tmp_path / "mauvais.sqlite"
    with Store.open(bad):
        pass
    damage(bad)
    before = _digest(bad)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0  # closed without choosing "open another file": give up

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert open_store_interactively(bad) is None
    assert len(shown) == 1 and reason in shown[0]
    assert _digest(bad) == before


def test_an_edit_that_hits_a_full_disk_is_not_offered_for_undo(context: AppContext) -> None:
    """When the disk is full, an edit fails cleanly: nothing saved, nothing to undo."""
    from workshop.domain.records import Card
    from workshop.ops import board as board_ops

    store = context.store
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow any more
    card = Card(workshop_id=context.current_workshop_id, text="x" * 480)  # type: ignore[arg-type]
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for _ in range(5000):  # until the file cannot hold one more
            context.apply("Ajouter une contribution", lambda s: board_ops.add_card(s, card))
    cards = store.board.cards.count()
    context.undo_stack.clear()
    with pytest.raises(sqlite3.OperationalError, match="full"):
        context.apply("Ajouter une contribution", lambda s: board_ops.add_card(s, card))
    assert store.board.cards.count() == cards
    assert store.check() == []
    assert context.undo_stack.count() == 0


def test_a_read_only_database_at_start_up_is_explained(
    tmp_path: Path, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started on a database the user may not write, the app says it is read-only."""
    path = tmp_path / "lecture.sqlite"
    with Store.open(path):
        pass
    before = _digest(path)
    writable = os.access
    monkeypatch.setattr(
        "workshop.storage.store.os.access",
        lambda p, mode: False if Path(p) == path and mode == os.W_OK else writable(p, mode),
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    assert open_store_interactively(path) is None
    assert len(shown) == 1 and "read-only" in shown[0]
    assert _digest(path) == before
