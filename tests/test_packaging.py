"""The package ships what it needs: every subpackage, the assets, the entry point."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_in_pyproject() -> None:
    """A subpackage missing from pyproject would be missing from a real install."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("workshop", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject packages: {sorted(found - listed)}"


def test_assets_load_through_importlib_resources() -> None:
    """The SDG reference data is read from the installed assets, not from the working dir."""
    from workshop.domain.sdg import all_sdgs

    assert resources.files("catalyse_assets").joinpath("data/sdg.json").is_file()
    goals = all_sdgs()
    assert [g.number for g in goals] == list(range(1, 18))
    assert goals[16].title_fr.startswith("Partenariats") and goals[0].colour == "#E5243B"
