"""Keys a screen claims for itself, before the window's menu shortcuts (Ctrl+N, Ctrl+F, Del).

A menu action and a screen's QShortcut on the same keys are ambiguous in Qt, and neither
fires. Accepting the ShortcutOverride event instead makes the key press come to the widget
that has the focus, or to its parents, where the claim runs its callback.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class KeyClaims(QObject):
    """Runs a callback for each claimed key sequence pressed in a widget or its children."""

    def __init__(
        self,
        widget: QWidget,
        bindings: list[tuple[QKeySequence | QKeySequence.StandardKey | str, Callable[[], object]]],
    ) -> None:
        super().__init__(widget)
        self._bindings = [
            (sequence, callback)
            for keys, callback in bindings
            for sequence in (
                QKeySequence.keyBindings(keys)
                if isinstance(keys, QKeySequence.StandardKey)
                else [QKeySequence(keys)]
            )
        ]
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for keys, callback in self._bindings:
            if keys.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    callback()
                return True
        return False
