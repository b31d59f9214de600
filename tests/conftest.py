"""Shared fixtures: a store on a temporary file, the demo workshop, the app context."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's real data folder or settings."""
    monkeypatch.setenv("CATALYSE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "atelier.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[object]:
    from workshop.storage.store import Store

    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def demo_store(db_path: Path) -> Iterator[object]:
    """A store holding the demo workshop (its id is `demo_store.demo_id`)."""
    from workshop.demo import load_demo
    from workshop.storage.store import Store

    s = Store.open(db_path)
    s.demo_id = load_demo(s).id  # type: ignore[attr-defined]
    yield s
    s.close()


@pytest.fixture
def context(demo_store: object, qapp: object) -> object:
    """The app context over the demo database, with the demo workshop current."""
    from ui.context import AppContext

    return AppContext(demo_store)  # type: ignore[arg-type]
