"""Keep PySide6 6.12 on CPython 3.11 from crashing with "deallocating None".

PySide6 6.12 drops one reference to None each time a Qt method that returns nothing is called
(setPos, setPen, setToolTip…), as if None were immortal, which it is only from Python 3.12
(PEP 683). On 3.11, None starts with some 10,000 references, so a board of a few thousand cards
or a few hundred repaints ends in "Fatal Python error: none_dealloc". Giving None a very large
reference count makes it immortal in practice; None is a static object and is never freed.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 52


def protect_none() -> bool:
    """Give None enough references to outlive any session; True if it was needed and done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) >= HEADROOM:
        return False
    before = sys.getrefcount(None)
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt opens every PyObject
    refcount.value += HEADROOM
    if sys.getrefcount(None) < before + HEADROOM // 2:  # not where we thought: put it back
        refcount.value -= HEADROOM
        return False
    return True
