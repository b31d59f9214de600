"""The guard against PySide6 6.12's reference-count underflow on None and the bools."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

REPAINTS = textwrap.dedent(
    """
    import ui  # installs the guard
    from PySide6.QtWidgets import QApplication, QWidget

    class Painted(QWidget):
        def paintEvent(self, event):
            pass

    app = QApplication([])
    widget = Painted()
    widget.resize(8, 8)
    widget.show()
    for _ in range(30_000):
        widget.repaint()
    print("ok")
    """
)


def test_a_long_session_of_repaints_does_not_abort() -> None:
    """30,000 repaints of a widget painted in Python (a long workshop) do not crash the app."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", REPAINTS], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"


def test_the_guard_is_installed_only_where_it_is_needed() -> None:
    """On Python 3.12 and newer the guard is not even imported; on 3.11 it is in place."""
    code = "import sys, ui; print('ui.refcount_guard' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == str(sys.version_info < (3, 12))
