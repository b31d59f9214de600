"""The English translation: every string of the interface is translated, and the .qm is current.

When one of these fails after a UI change: run `python -m tools.update_translations`, translate
what is marked unfinished in assets/translations/catalyse_en.ts, and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from tools.update_translations import TRANSLATIONS, lupdate, qt_tool

TS = TRANSLATIONS / "catalyse_en.ts"
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
# Every screen, including the strings only reachable through a module's `_tr` helper.
SCREEN_CONTEXTS = {
    "StakeholdersScreen",
    "AttendancePanel",
    "BoardScreen",
    "BoardMenus",
    "AlliancesScreen",
    "ReportScreen",
    "LivePanel",
    "StakeholdersModels",
    "BackupsModel",
}
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")
ACCELERATOR = re.compile(r"&(?!&|#?\w+;)")  # not "&&" (a literal &) nor "&nbsp;"


def messages(ts: Path) -> dict[tuple[str, str], list[str | None]]:
    """(context, source) -> its translation texts (one per plural form), None when unfinished."""
    found: dict[tuple[str, str], list[str | None]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            found[(name, message.findtext("source") or "")] = [
                None if unfinished or not (f.text or "").strip() else f.text for f in forms
            ]
    return found


def test_linguist_tools_ship_with_pyside() -> None:
    """`python -m tools.update_translations` finds lupdate and lrelease in the installed PySide6."""
    assert qt_tool("lupdate").is_file()
    assert qt_tool("lrelease").is_file()


def test_every_message_has_an_english_translation() -> None:
    """No message of the .ts is unfinished or empty, plural forms included."""
    found = messages(TS)
    contexts = {context for context, _ in found}
    assert contexts >= SHELL_CONTEXTS | SCREEN_CONTEXTS
    missing = [f"{c}: {s}" for (c, s), texts in found.items() if None in texts]
    assert missing == []


def test_the_translation_follows_the_sources(tmp_path: Path) -> None:
    """lupdate over today's ui/ finds no new string, and no string the sources dropped:
    a tr() added without its translation fails here, even if nobody ran lupdate."""
    fresh = tmp_path / TS.name
    shutil.copyfile(TS, fresh)
    lupdate("en", fresh)
    committed, current = messages(TS), messages(fresh)
    untranslated = [f"{c}: {s}" for (c, s), texts in current.items() if None in texts]
    assert untranslated == []
    assert sorted(current.keys() - committed.keys()) == []
    assert sorted(committed.keys() - current.keys()) == []


def test_translations_keep_placeholders_accelerators_and_lines() -> None:
    """{name}, %1, %n, the & of a keyboard accelerator and line breaks survive translation."""
    wrong = []
    for (context, source), texts in messages(TS).items():
        for text in texts:
            if text is None:
                continue
            if (
                sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
                or len(ACCELERATOR.findall(source.replace("&&", "")))
                != len(ACCELERATOR.findall(text.replace("&&", "")))
                or source.count("\n") != text.count("\n")
            ):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert wrong == []


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    """catalyse_en.qm is what lrelease makes of catalyse_en.ts (not a stale build)."""
    rebuilt = tmp_path / "catalyse_en.qm"
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(TS), "-qm", str(rebuilt)], check=True)
    compiled = resources.files("catalyse_assets").joinpath("translations/catalyse_en.qm")
    assert compiled.is_file() and len(compiled.read_bytes()) > 1000
    assert compiled.read_bytes() == rebuilt.read_bytes()


def test_lookups_the_interface_makes_find_english() -> None:
    """The strings lupdate cannot see on its own reach the .qm: a module's `_tr` helper, tr() in
    an f-string, and a base class's plural asked in its subclass's context (as PySide6 does)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    data = resources.files("catalyse_assets").joinpath("translations/catalyse_en.qm").read_bytes()
    assert translator.load(data)
    assert translator.translate("BoardMenus", "Dégrouper") == "Ungroup"
    assert translator.translate("StakeholdersModels", "Téléphone") == "Phone"
    assert translator.translate("ReportScreen", "compte-rendu") == "report"
    for tab in ("OrganisationsTab", "PeopleTab"):
        assert translator.translate(tab, "%n résultat(s)", "", 2) == "%n results"
