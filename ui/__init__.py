"""Catalyse's Qt application (PySide6). Importing this package alone loads no Qt."""

import ui.earlyinit  # noqa: F401 (before any Qt code runs: see its docstring)
