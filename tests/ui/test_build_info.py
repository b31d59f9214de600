"""Help > À propos names the version, and in a standalone bundle the build it comes from."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ui.build_info import BUILD_MODULE, app_version, build_id
from ui.context import AppContext
from ui.main_window import MainWindow


def _about_text(context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> str:
    shown: list[str] = []

    def about(parent: Any, title: str, text: str) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "about", about)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.about_action.trigger()
    assert len(shown) == 1
    return shown[0]


def test_about_names_the_build_of_a_bundle(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, named_application: None
) -> None:
    """In the standalone application, À propos shows the version and the build it came from."""
    generated = types.ModuleType(BUILD_MODULE)
    generated.VERSION = "0.1.0"  # type: ignore[attr-defined]
    generated.BUILD = "2026-12-01 15:40 UTC, commit 907a06e, linux-x86_64"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, BUILD_MODULE, generated)
    text = _about_text(context, qtbot, monkeypatch)
    assert f"Catalyse {app_version()}" in text
    assert "Application autonome, compilation 2026-12-01 15:40 UTC, commit 907a06e" in text


def test_about_says_a_pip_install_has_no_build(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, named_application: None
) -> None:
    """Installed with pip, À propos shows the version and says it is the Python install."""
    monkeypatch.setitem(sys.modules, BUILD_MODULE, None)  # no generated module: not a bundle
    assert build_id() is None
    text = _about_text(context, qtbot, monkeypatch)
    assert "Catalyse 0.1.0" in text and "Installée avec Python (pip)" in text
