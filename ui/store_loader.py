"""Import the store quickly at start-up: before Qt, and without numpy or pandas.

sqlite-utils imports numpy and pandas when they are installed, only to map their number
types, which Catalyse never stores (~0.5 s). And once PySide6 is loaded, every module imported
afterwards is scanned by PySide's feature hook: importing the store first avoids that too.
"""

from __future__ import annotations

import sys

import workshop.paths  # noqa: F401 (platformdirs, also before Qt)


def _import_store() -> None:
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import workshop.storage.store  # noqa: F401
    finally:
        for name in blocked:
            del sys.modules[name]


_import_store()
