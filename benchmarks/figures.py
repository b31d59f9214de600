"""The one shape every benchmark figure takes: one JSON line of benchmarks/run.py."""

from __future__ import annotations

Figure = dict[str, object]


def figure(name: str, value: float, unit: str, target: float | None) -> Figure:
    """A measured figure with its unit and target (None when a figure has no target)."""
    return {"figure": name, "value": value, "unit": unit, "target": target}
