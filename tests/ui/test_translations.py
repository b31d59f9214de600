"""The English translation: the update script's tools exist and the shell's strings are covered."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import resources

from ui.translations import TRANSLATIONS, qt_tool

SHELL_CONTEXTS = {
    "app",
    "MainWindow",
    "WorkshopsScreen",
    "WorkshopTableModel",
    "WorkshopForm",
    "AgendaEditor",
    "MinutesDelegate",
    "SdgPicker",
    "SdgTile",
}


def test_linguist_tools_ship_with_pyside() -> None:
    """`python -m ui.translations` finds lupdate and lrelease in the installed PySide6."""
    assert qt_tool("lupdate").is_file()
    assert qt_tool("lrelease").is_file()


def test_every_shell_string_has_an_english_translation() -> None:
    """Menus, the workshops screen and the shared widgets read in English when chosen."""
    root = ET.parse(TRANSLATIONS / "catalyse_en.ts").getroot()
    seen, missing = set(), []
    for context in root.iter("context"):
        name = context.findtext("name")
        if name not in SHELL_CONTEXTS:
            continue
        seen.add(name)
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append(f"{name}: {message.findtext('source')}")
    assert seen == SHELL_CONTEXTS
    assert missing == []
    compiled = resources.files("catalyse_assets").joinpath("translations/catalyse_en.qm")
    assert compiled.is_file() and len(compiled.read_bytes()) > 1000
