"""Crash safety: 200 SIGKILLs of a worker doing random actions; nothing committed may be lost."""

from __future__ import annotations

import tempfile
from pathlib import Path

from workshop.crash_check import run_import_kills, run_kills

KILLS = 200
IMPORT_KILLS = 30


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="catalyse-crash-") as folder:
        figures = run_kills(Path(folder), KILLS, seed=2026, max_delay=0.5)
        imports = run_import_kills(Path(folder) / "import", IMPORT_KILLS, seed=2026)
    for problem in figures.problems + imports.problems:
        print(f"crash: {problem}")
    return [
        {"figure": "crash_kills", "value": figures.kills, "unit": "kills", "target": KILLS},
        {
            "figure": "crash_lost_actions",
            "value": figures.lost_actions,
            "unit": "actions",
            "target": 0,
        },
        {
            "figure": "crash_unopenable",
            "value": figures.unopenable,
            "unit": "databases",
            "target": 0,
        },
        {
            "figure": "crash_torn_actions",
            "value": figures.torn_actions,
            "unit": "actions",
            "target": 0,
        },
        {
            "figure": "crash_actions_committed",
            "value": figures.actions_committed,
            "unit": "actions",
            "target": None,
        },
        {
            "figure": "crash_kills_mid_action",
            "value": figures.kills_mid_action,
            "unit": "kills",
            "target": None,
        },
        {
            "figure": "crash_import_kills",
            "value": imports.kills,
            "unit": "kills",
            "target": IMPORT_KILLS,
        },
        {
            "figure": "crash_import_kills_while_running",
            "value": imports.while_running,
            "unit": "kills",
            "target": None,
        },
        {
            "figure": "crash_import_partial",
            "value": imports.partial + imports.unopenable,
            "unit": "databases",
            "target": 0,
        },
    ]
