"""While phones are served, the garbage collector's full passes wait for a quiet moment."""

from __future__ import annotations

import gc
import time
from typing import Any


def _full_passes() -> int:
    return int(gc.get_stats()[2]["collections"])


def test_full_collections_wait_for_a_quiet_moment_while_phones_are_served(live: Any) -> None:
    """Under the phones' load no full pass interrupts the UI (they took up to 380 ms with 500
    phones); one runs once no phone has called for a second; the usual passes come back when
    the server stops."""
    _service, server = live
    server.stop()
    usual = gc.get_threshold()
    assert usual[2] < 1_000
    server.start("127.0.0.1")
    assert gc.get_threshold()[2] > 1_000_000  # no full pass started by allocations
    collections = server._collections
    collections.last_call = time.monotonic()  # a phone just called
    collections.last_full = time.monotonic() - 10
    before = _full_passes()
    collections.collect_if_quiet()
    assert _full_passes() == before
    collections.last_call = time.monotonic() - 2  # quiet for two seconds
    collections.collect_if_quiet()
    assert _full_passes() == before + 1
    collections.last_call = time.monotonic()  # busy for two minutes: one pass all the same
    collections.last_full = time.monotonic() - 121
    collections.collect_if_quiet()
    assert _full_passes() == before + 2
    server.stop()
    assert gc.get_threshold() == usual
