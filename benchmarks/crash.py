"""Crash safety: 200 SIGKILLs of a worker doing random actions; nothing committed may be lost."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.figures import figure
from tools.crash.check import run_import_kills, run_kills

KILLS = 200
IMPORT_KILLS = 30


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="catalyse-crash-") as folder:
        figures = run_kills(Path(folder), KILLS, seed=2026, max_delay=0.5)
        imports = run_import_kills(Path(folder) / "import", IMPORT_KILLS, seed=2026)
    for problem in figures.problems + imports.problems:
        print(f"crash: {problem}")
    return [
        figure("crash_kills", figures.kills, "kills", KILLS),
        figure("crash_lost_actions", figures.lost_actions, "actions", 0),
        figure("crash_unopenable", figures.unopenable, "databases", 0),
        figure("crash_torn_actions", figures.torn_actions, "actions", 0),
        figure("crash_actions_committed", figures.actions_committed, "actions", None),
        figure("crash_kills_mid_action", figures.kills_mid_action, "kills", None),
        figure("crash_import_kills", imports.kills, "kills", IMPORT_KILLS),
        figure("crash_import_kills_while_running", imports.while_running, "kills", None),
        figure("crash_import_partial", imports.partial + imports.unopenable, "databases", 0),
    ]
