"""The territory group: the roll-up of every workshop, the map of actors, a workshop handed over.

Each figure has its own module: communes_load first (before another figure reads the data),
then territory_rollup, territory_map, share_import."""

from __future__ import annotations

import importlib


def run() -> list[dict[str, object]]:
    figures: list[dict[str, object]] = []
    for name in ("communes_load", "territory_rollup", "territory_map", "share_import"):
        figures.extend(importlib.import_module(f"benchmarks.{name}").run())
    return figures
