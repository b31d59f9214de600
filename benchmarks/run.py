"""Run benchmark groups and print one JSON line per figure.

    python benchmarks/run.py [GROUP…]      (all groups when none is named)

Each line: {"figure": NAME, "value": N, "unit": "...", "target": N}. A group is a function
returning those dicts; figure and group names are stable (the issues name them).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# group -> (module in benchmarks/, function)
GROUPS: dict[str, tuple[str, str]] = {
    "startup": ("startup", "run"),
    "search": ("search", "run"),
    "import": ("stakeholders", "run_import"),
    "import_bomb": ("stakeholders", "run_xlsx_bomb"),
    "board": ("board", "run"),
    "report": ("report", "run"),
    "crash": ("crash", "run"),
    "live": ("live", "run"),
    "live_abuse": ("live_abuse", "run"),
    "live_500": ("live", "run_500"),
    "followup": ("followup", "run"),
    "territory": ("territory", "run"),
}


def group_function(name: str) -> Callable[[], list[dict[str, object]]]:
    module_name, function = GROUPS[name]
    module = importlib.import_module(f"benchmarks.{module_name}")
    run: Callable[[], list[dict[str, object]]] = getattr(module, function)
    return run


def main(argv: list[str]) -> int:
    names = argv or list(GROUPS)
    unknown = [n for n in names if n not in GROUPS]
    if unknown:
        print(
            f"run.py: error: unknown group {', '.join(unknown)} (groups: {', '.join(GROUPS)})",
            file=sys.stderr,
        )
        return 2
    for name in names:
        os.sync()  # one group's pending writes must not slow the next group's fsyncs
        for figure in group_function(name)():
            print(json.dumps(figure, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
