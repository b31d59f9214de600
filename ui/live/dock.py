"""The live-participation panel, docked beside the board and built the first time it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QWidget

from ui.context import AppContext


class LiveDock(QDockWidget):
    """Holds the LivePanel; hidden until the facilitator asks for it (no server runs before)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Participation en direct"), parent)
        self.setObjectName("live_dock")
        self.setAccessibleName(self.tr("Participation en direct"))
        self.context = context
        self.panel: QWidget | None = None
        self.toggleViewAction().setText(self.tr("&Participation depuis les téléphones"))
        self.toggleViewAction().setShortcut("Ctrl+Shift+P")
        self.visibilityChanged.connect(self._on_visibility_changed)
        self.hide()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self.panel is None:
            from ui.live.panel import LivePanel

            self.panel = LivePanel(self.context, self)
            self.setWidget(self.panel)
