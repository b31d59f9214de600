"""The session report on a large workshop: full build, and from a click to the preview shown.

The workshop (tools/report_sample.py): 120 people, 60 organisations, 1,000 cards,
15 alliances, 300 commitments, in a temporary database. `report_large_s` times collect() and
build_report() to a file, the median of three runs in one process (the first includes the
font registration a command-line run pays); `report_large_cpu_s` is the same in process CPU
time, which other processes on the machine do not inflate. `report_preview_s` times, on an offscreen
QApplication, a click on "Actualiser l'aperçu" until the new document is loaded in the
QPdfView and its first page painted (the median of three clicks). `report_large_pages` is the
number of pages of the main report (summary to participants): the pages before the one the
appendices' outline entry points to ("Annexes"), read with qpdf. `report_docx_s` times collect()
and write_editable_report() of the same workshop (the editable DOCX), the median of three.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import figure
from tools.report_sample import make_large_workshop
from workshop.report.data import collect
from workshop.report.document import build_report
from workshop.report.editable import write_editable_report
from workshop.storage.store import Store

RUNS = 3
APPENDIX_TITLES = ("Annexe", "Appendi")  # how the appendices' outline entry begins (fr, en)


def _time_build(store: Store, workshop_id: int, out: Path) -> tuple[list[float], list[float]]:
    """Wall-clock and process CPU seconds of each full build."""
    wall, cpu = [], []
    for _ in range(RUNS):
        start, start_cpu = time.perf_counter(), time.process_time()
        build_report(collect(store, workshop_id), out)  # type: ignore[arg-type]
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return wall, cpu


def _time_docx(store: Store, workshop_id: int, out: Path) -> list[float]:
    """Wall-clock seconds of each build of the editable report."""
    wall = []
    for _ in range(RUNS):
        start = time.perf_counter()
        write_editable_report(collect(store, workshop_id), out)  # type: ignore[arg-type]
        wall.append(time.perf_counter() - start)
    return wall


def _outline(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """qpdf's outline entries, depth first."""
    flat = []
    for entry in entries:
        flat.append(entry)
        flat += _outline(entry.get("kids", []))
    return flat


def main_report_pages(pdf: Path) -> int:
    """Pages before the appendices (all pages when the report has none), through qpdf."""
    if shutil.which("qpdf") is None:
        raise RuntimeError("report_large_pages needs qpdf (the appendices' outline entry)")
    listing = subprocess.run(
        ["qpdf", "--json", "--json-key=outlines", str(pdf)],
        check=True,
        capture_output=True,
        text=True,
    )
    for entry in _outline(json.loads(listing.stdout)["outlines"]):
        if entry["title"].strip().startswith(APPENDIX_TITLES) and entry["destpageposfrom1"]:
            return int(entry["destpageposfrom1"]) - 1
    pages = subprocess.run(
        ["qpdf", "--show-npages", str(pdf)], check=True, capture_output=True, text=True
    )
    return int(pages.stdout)


def _time_preview(store: Store, workshop_id: int) -> list[float]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext
    from ui.report.view import ReportScreen

    app = QApplication.instance() or QApplication([])
    context = AppContext(store)
    context.set_current_workshop(workshop_id)  # type: ignore[arg-type]
    screen = ReportScreen(context)
    screen.resize(1200, 850)
    loop = QEventLoop()
    screen.preview_ready.connect(loop.quit)
    timeout = QTimer(singleShot=True, interval=60_000)
    timeout.timeout.connect(loop.quit)
    timeout.start()
    screen.show()  # the first preview, built when the screen shows
    loop.exec()
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        screen.refresh_button.click()
        timeout.start()
        loop.exec()  # until preview_ready (never processEvents() in a loop: see the report)
        screen.view.viewport().grab()  # the first page painted
        timings.append(time.perf_counter() - start)
        assert screen.document.pageCount() > 10, "the preview is not the large report"
    screen.close()
    screen.deleteLater()
    del app
    return timings


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder / "large.sqlite")
        try:
            workshop = make_large_workshop(store)
            build, build_cpu = _time_build(store, workshop.id, folder / "large.pdf")
            pages = main_report_pages(folder / "large.pdf")
            docx = _time_docx(store, workshop.id, folder / "large.docx")
            preview = _time_preview(store, workshop.id)
        finally:
            store.close()
    return [
        figure("report_large_s", round(statistics.median(build), 2), "s", 3),
        # the same build in CPU seconds: what it costs when the machine is not shared
        figure("report_large_cpu_s", round(statistics.median(build_cpu), 2), "s", 3),
        figure("report_preview_s", round(statistics.median(preview), 2), "s", 4),
        # the main report, summary to participants (the cards and SDG coverage are appendices)
        figure("report_large_pages", pages, "pages", 20),
        figure("report_docx_s", round(statistics.median(docx), 2), "s", 3),
    ]


if __name__ == "__main__":
    import json
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for figure in run():
        print(json.dumps(figure))
