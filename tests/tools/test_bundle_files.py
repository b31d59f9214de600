"""The standalone application's build files hold together (fast checks only, no build)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGING = ROOT / "packaging"
SPEC = (PACKAGING / "catalyse.spec").read_text(encoding="utf-8")


def _spec_list(name: str) -> list[str]:
    """A top-level list literal of the PyInstaller spec (the spec is Python)."""
    for node in ast.parse(SPEC).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return [str(item) for item in ast.literal_eval(node.value)]
    raise AssertionError(f"no {name} in the spec")


def test_the_spec_ships_every_kind_of_asset_the_package_ships() -> None:
    """Every asset pattern pyproject installs (fonts, icons, web page...) goes into the bundle."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    installed = {
        p.removeprefix("**/")
        for p in config["tool"]["setuptools"]["package-data"]["catalyse_assets"]
    }
    assert installed <= set(_spec_list("ASSET_PATTERNS"))
    assert (
        'collect_data_files("catalyse_assets", includes=' in SPEC
        and 'copy_metadata("catalyse")' in SPEC
    )
    assert '"catalyse_build"' in SPEC  # the build shown in Help > À propos


def test_the_spec_leaves_out_what_the_app_never_uses() -> None:
    """No WebEngine, no QML/Quick, no Multimedia, no test or dev tools in the bundle."""
    excluded = set(_spec_list("EXCLUDES"))
    for module in (
        "PySide6.QtWebEngineCore",
        "PySide6.QtQml",
        "PySide6.QtQuick",
        "PySide6.QtMultimedia",
        "pytest",
        "pytestqt",
        "hypothesis",
        "mypy",
        "ruff",
    ):
        assert module in excluded
    kept = _spec_list("KEEP_TRANSLATIONS")
    assert "qtbase_fr.qm" in kept  # Qt's own dialogs in French


def test_the_spec_excludes_no_qt_module_the_app_imports() -> None:
    """An excluded Qt module the code imports would break the bundle at run time."""
    used = {
        match
        for folder in ("ui", "workshop")
        for path in (ROOT / folder).rglob("*.py")
        for match in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))
    }
    excluded = {name.removeprefix("PySide6.") for name in _spec_list("EXCLUDES")}
    assert used and not used & excluded


def test_the_desktop_entry_opens_catalyse_files() -> None:
    """The Linux menu entry starts catalyse with its icon and opens .catalyse files."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "catalyse.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Catalyse"
    assert desktop["Exec"].split()[0] == "catalyse" and "%f" in desktop["Exec"].split()
    assert desktop["Icon"] == "catalyse" and (ROOT / "assets/icons/catalyse.svg").is_file()
    assert desktop["Terminal"] == "false"
    assert "application/x-catalyse" in desktop["MimeType"].split(";")
    assert all(desktop[key].endswith(";") for key in ("Categories", "MimeType", "Keywords"))
    validator = shutil.which("desktop-file-validate")
    if validator:  # freedesktop's own check, where desktop-file-utils is installed
        done = subprocess.run(
            [validator, str(PACKAGING / "catalyse.desktop")], capture_output=True, text=True
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_mime_type_names_the_catalyse_files() -> None:
    """Files ending in .catalyse are of the type the desktop entry opens."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(PACKAGING / "catalyse-mime.xml").getroot()
    kind = root.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "application/x-catalyse"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.catalyse"]
    metainfo = ET.parse(PACKAGING / "org.catalyse.Catalyse.metainfo.xml").getroot()
    assert metainfo.findtext("launchable") == "catalyse.desktop"


def test_the_release_workflow_builds_for_the_three_platforms() -> None:
    """The CI workflow builds Linux, Windows (Inno Setup) and macOS (hdiutil) bundles."""
    text = (ROOT / ".github/workflows/release.yml").read_text(encoding="utf-8")
    if importlib.util.find_spec("yaml") is None:
        pytest.skip("PyYAML is not installed")
    import yaml

    workflow = yaml.safe_load(text)
    jobs = workflow["jobs"]
    assert {"linux", "windows", "macos"} <= set(jobs)
    steps = {job: " ".join(str(step.get("run", "")) for step in jobs[job]["steps"]) for job in jobs}
    assert all("tools/bundle.py" in steps[job] for job in ("linux", "windows", "macos"))
    assert "ISCC.exe" in steps["windows"] and (PACKAGING / "catalyse.iss").is_file()
    assert "hdiutil create" in steps["macos"] and "bundle_check.sh" in steps["linux"]


def test_the_generated_build_module_is_what_about_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The module tools/bundle.py writes is the one Help > À propos reads its build from."""
    import sys

    from tools import bundle
    from ui import build_info

    monkeypatch.setattr(bundle, "git_commit", lambda: "abc1234")
    info = bundle.write_build_module(tmp_path, Path(sys.executable))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, build_info.BUILD_MODULE, raising=False)
    assert info["VERSION"] == build_info.app_version()
    shown = build_info.build_id()
    assert shown is not None and shown == info["BUILD"]
    assert "commit abc1234" in shown and f"Python {sys.version.split()[0]}" in shown
    monkeypatch.delitem(sys.modules, build_info.BUILD_MODULE, raising=False)
