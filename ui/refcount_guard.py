"""Protect None, True and False from PySide6 6.12's reference-count underflow (CPython < 3.12).

With PySide6 6.12.0 on Python 3.11, some calls from Qt into Python overrides (paintEvent,
resizeEvent, QGraphicsItem.paint, toggled slots…) release one reference to None or to a
bool too many. None starts with ~10,000 references, so after that many repaints the process
aborts with "Fatal Python error: none_dealloc" (seen here within a test run and while
painting SDG tiles). Python 3.12 makes these objects immortal; on 3.11 we give them a
reference count so large (2**40) that no session can exhaust it. Remove this module once
the project requires a PySide6 without the bug or Python >= 3.12. ui/earlyinit.py calls it,
on Python < 3.12 only.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40


def protect_singletons() -> bool:
    """Raise the reference counts of None, True and False once; False when not needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if getattr(sys, "_catalyse_singletons_protected", False):
        return True
    for singleton in (None, True, False):
        # On CPython < 3.12, ob_refcnt (a Py_ssize_t) is the first field of every object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    sys._catalyse_singletons_protected = True  # type: ignore[attr-defined]
    return True
