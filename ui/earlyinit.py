"""What must happen before Qt starts, in one place (as qutebrowser's misc/earlyinit.py).

Imported first by `ui/__init__` and by `ui.app` (an editable install run from another folder
imports `ui` as a namespace package, which skips `ui/__init__`); every step runs once:
- a crash in Qt's C++ code prints the Python stack (faulthandler);
- on Python < 3.12 only, the PySide6 6.12 reference-count guard (ui/refcount_guard.py); from
  3.12 on, None, True and False are immortal and the guard is not even imported;
- the store is imported before Qt and without numpy or pandas: sqlite-utils imports them when
  installed, only to map their number types, which Catalyse never stores (~0.5 s), and once
  PySide6 is loaded every module imported is scanned by PySide's feature hook.
"""

from __future__ import annotations

import faulthandler
import sys


def enable_crash_traces() -> None:
    if sys.stderr is not None and not faulthandler.is_enabled():
        faulthandler.enable()


def guard_refcounts() -> bool:
    """Install the PySide6 refcount guard where it is needed; whether it was."""
    if sys.version_info >= (3, 12):
        return False
    from ui.refcount_guard import protect_singletons

    return protect_singletons()


def import_store_quickly() -> None:
    import workshop.paths

    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import workshop.storage.store  # noqa: F401
    finally:
        for name in blocked:
            del sys.modules[name]


def early_init() -> None:
    enable_crash_traces()
    guard_refcounts()
    import_store_quickly()


early_init()
