"""The app's version, and in a standalone bundle its build (the module tools/bundle.py writes).

tools/bundle.py generates a top-level module `catalyse_build` (VERSION, BUILD) and puts it in
the bundle only: a pip-installed Catalyse has none, and says so in Help > À propos.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version

BUILD_MODULE = "catalyse_build"


def _generated(name: str) -> str | None:
    try:
        module = importlib.import_module(BUILD_MODULE)
    except ImportError:
        return None
    value = getattr(module, name, None)
    return str(value) if value else None


def app_version() -> str:
    """The installed distribution's version, else the bundle's, else '?'."""
    try:
        return version("catalyse")
    except PackageNotFoundError:
        return _generated("VERSION") or "?"


def build_id() -> str | None:
    """The bundle's build (date, commit, platform, Python), or None when not a bundle."""
    return _generated("BUILD")
