"""Search-as-you-type in the registry screen: from a key press to the table model updated.

50,000 organisations and 100,000 people; each word of `TYPED_WORDS` is typed letter by letter
in the Organisations tab's search field, then in the People tab's. A keystroke is timed from
the key press to the model reset, with the 120 ms debounce timer fired at once (the debounce
is a deliberate wait for the next key, not work; it is reported apart).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figures import figure
from benchmarks.stakeholders import (
    SEARCH_ORGANISATIONS,
    SEARCH_PEOPLE,
    TYPED_WORDS,
    fill_registry,
)
from workshop.storage.store import Store


def _type_words(tab: object) -> list[float]:
    """Milliseconds per keystroke while typing each word in a registry tab's search field."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    timings: list[float] = []
    updated: list[float] = []
    tab.model.modelReset.connect(lambda: updated.append(time.perf_counter()))  # type: ignore[attr-defined]
    for word in TYPED_WORDS:
        tab.search.clear()  # type: ignore[attr-defined]
        tab.refresh()  # type: ignore[attr-defined]
        for letter in word:
            updated.clear()
            start = time.perf_counter()
            QTest.keyClick(tab.search, Qt.Key(ord(letter.upper())))  # type: ignore[attr-defined]
            tab._timer.timeout.emit()  # type: ignore[attr-defined]
            assert updated, "the model was not updated"
            timings.append((updated[-1] - start) * 1000)
    return timings


def run() -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from ui.context import AppContext
    from ui.stakeholders.registry import SEARCH_DELAY_MS
    from ui.stakeholders.screen import StakeholdersScreen

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        store = Store.open(Path(name) / "search.sqlite")
        try:
            fill_registry(store, SEARCH_ORGANISATIONS, SEARCH_PEOPLE)
            context = AppContext(store)
            screen = StakeholdersScreen(context)
            screen.resize(1400, 850)
            screen.show()
            app.processEvents()
            organisations = _type_words(screen.organisations)
            people = _type_words(screen.people)
            screen.close()
            screen.deleteLater()
            app.processEvents()
        finally:
            store.close()
    timings = organisations + people
    return [
        figure("search_keystroke_ms", round(statistics.median(timings), 1), "ms", 50),
        figure(
            "search_keystroke_organisations_ms",
            round(statistics.median(organisations), 1),
            "ms",
            50,
        ),
        figure("search_keystroke_people_ms", round(statistics.median(people), 1), "ms", 50),
        figure("search_keystroke_worst_ms", round(max(timings), 1), "ms", 100),
        figure("search_debounce_ms", SEARCH_DELAY_MS, "ms", 150),
    ]


if __name__ == "__main__":
    import json
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for figure in run():
        print(json.dumps(figure, ensure_ascii=False))
