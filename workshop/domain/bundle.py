"""The `.catalyse` bundle a catalyst hands a workshop over with: its format name and version
(a bundle of a newer version is refused by an older Catalyse, never half read)."""

from __future__ import annotations

import hashlib

BUNDLE_FORMAT = "catalyse-workshop"
BUNDLE_VERSION = 1
BUNDLE_SUFFIX = ".catalyse"


def derived_origin(workshop_id: int, created_at: str) -> str:
    """The bundle id of a workshop made in this database (one that came in a bundle keeps the
    bundle's): stable across exports, so that importing a bundle twice is recognised."""
    return hashlib.sha256(f"catalyse:{workshop_id}:{created_at}".encode()).hexdigest()[:32]
