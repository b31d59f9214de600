"""Shared fixtures: a store on a temporary file, the demo workshop, the app context."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real data folder or settings."""
    monkeypatch.setenv("CATALYSE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _garbage_collected_in_the_gui_thread() -> Iterator[None]:
    """Once a test has made the QApplication, what it left in reference cycles (its screens,
    the live server's service and timers) is collected when it ends, in the GUI thread: else
    the next test's threads (its phones, its server) may collect it, and a Qt object destroyed
    outside the GUI thread crashes the process (seen: a segmentation fault after
    test_live_crash, whose phones run in threads). What is still alive then is set aside
    (gc.freeze), so that each pass walks only what the last test made."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            gc.collect()
            gc.freeze()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "atelier.sqlite"


def _closed_database(path: Path, fill: Callable[[Any], object] | None = None) -> object:
    """Create a database at `path` (filled by `fill(store)`, whose result is returned) and close
    it: its WAL checkpointed into the one file, which can then be copied."""
    from workshop.storage.store import Store

    s = Store.open(path)
    result = fill(s) if fill else None
    s.close()
    assert not Path(f"{path}-wal").exists(), "the template's WAL was not checkpointed"
    return result


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database, migrated once per test process; `store` copies it."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    _closed_database(path)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The demo workshop's database, built once per test process; `demo_store` copies it."""
    from workshop.demo import load_demo

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    demo_id = _closed_database(path, lambda s: load_demo(s).id)
    return path, demo_id  # type: ignore[return-value]


def _open_copy(template: Path, db_path: Path) -> object:
    """The template copied to `db_path` (its 0600 mode too) and opened as the app opens a file."""
    from workshop.storage.store import Store

    shutil.copy(template, db_path)
    return Store.open(db_path)


@pytest.fixture
def store(db_path: Path, _empty_template: Path) -> Iterator[object]:
    """An empty store (a copy of a new database: migrating costs more than copying)."""
    s = _open_copy(_empty_template, db_path)
    yield s
    s.close()  # type: ignore[attr-defined]


@pytest.fixture
def demo_store(db_path: Path, demo_template: tuple[Path, int]) -> Iterator[object]:
    """A store holding the demo workshop (its id is `demo_store.demo_id`), copied from a
    database built once per test process (building the demo costs more than copying it)."""
    template, demo_id = demo_template
    s = _open_copy(template, db_path)
    s.demo_id = demo_id  # type: ignore[attr-defined]
    yield s
    s.close()  # type: ignore[attr-defined]


@pytest.fixture
def context(demo_store: object, qapp: object) -> object:
    """The app context over the demo database, with the demo workshop current."""
    from ui.context import AppContext

    return AppContext(demo_store)  # type: ignore[arg-type]
