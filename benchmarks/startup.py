"""Start-up: process start to main window shown on the demo database, against bare Qt."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import figure

RUNS = 7
BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _time_until_shown(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching a process to it printing 'shown' (the window is on screen)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never showed its window")
    process.wait(timeout=30)
    return elapsed


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            CATALYSE_DATA_DIR=folder,
            XDG_CONFIG_HOME=folder,
            CATALYSE_QUIT_WHEN_SHOWN="1",
        )
        db = Path(folder) / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "ui.launcher", "demo", "--db", str(db)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        app = [sys.executable, "-m", "ui.launcher", "--db", str(db)]
        bare = [sys.executable, "-c", BARE_QT]
        _time_until_shown(app, env)  # warm the file cache once
        catalyse, qt = [], []
        for _ in range(RUNS):
            catalyse.append(_time_until_shown(app, env))
            qt.append(_time_until_shown(bare, env))
    startup, bare_startup = statistics.median(catalyse), statistics.median(qt)
    return [
        figure("startup_s", round(startup, 3), "s", None),
        figure("bare_qt_startup_s", round(bare_startup, 3), "s", None),
        figure("startup_ratio", round(startup / bare_startup, 2), "x", 1.5),
    ]
